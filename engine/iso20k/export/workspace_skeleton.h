#pragma once
// The skeleton of a new workspace (docs/workspace-format.md) for a checklist, as `iso20k init`
// writes it: the profile to fill in (XML or INI, with comments saying what goes where), the
// evidence request list requests.csv (one row per evidence item to request from the organisation;
// filled in, it is the evidence register evidence.csv), metric-requests.csv (likewise metrics.csv)
// and a copy of the tailoring file applied. The bytes are computed first (workspace_skeleton), then
// written all or nothing (write_workspace_skeleton).
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iso20k/model/checklist.h"
#include "iso20k/util/enum_names.h"

namespace iso20k {

enum class ProfileFormat { xml, ini };
constexpr auto enum_table(ProfileFormat) {
  return std::to_array<EnumName<ProfileFormat>>({{ProfileFormat::xml, "xml"}, {ProfileFormat::ini, "ini"}});
}

struct WorkspaceSkeletonOptions {
  ProfileFormat profile_format = ProfileFormat::xml;
  // How the profile names the checklist: its id in the catalogue, or a file relative to the
  // workspace (relative_reference).
  std::string checklist_ref;
  // The bytes of the tailoring file applied to the checklist, when there is one: copied into the
  // workspace as tailoring.xml, which the profile names.
  std::optional<std::string> tailoring;
};

struct WorkspaceFile {
  std::string name;  // in the workspace folder: "profile.xml"
  std::string bytes;
};

struct WorkspaceSkeleton {
  // In the order written: the profile, requests.csv, metric-requests.csv (only when the checklist
  // asks for metrics), tailoring.xml (only with a tailoring).
  std::vector<WorkspaceFile> files;
  std::size_t evidence_requests = 0;  // rows of requests.csv
  std::size_t metric_requests = 0;    // rows of metric-requests.csv
};

// The skeleton for `checklist` (tailored already, when there is a tailoring). An evidence item is
// requested when a requirement cites it or the scoring needs it for a stage 1 verdict; metrics go
// to metric-requests.csv, every other kind to requests.csv, in the checklist's order, each with
// the requirements and clauses citing it. Deterministic: the same inputs give the same bytes.
WorkspaceSkeleton workspace_skeleton(const Checklist& checklist, const WorkspaceSkeletonOptions& options);

// Every file a skeleton can hold, whatever the options: the output guard checks them all.
inline constexpr std::array<std::string_view, 5> kSkeletonFileNames = {
    "profile.xml", "profile.ini", "requests.csv", "metric-requests.csv", "tailoring.xml"};

// Whether a file of this name belongs to a workspace: a workspace file of any kind in any format
// ("evidence.json"), or one of the files a skeleton holds besides the profile.
bool is_workspace_file(std::string_view name);

// What is at `dir`, where a skeleton with a profile in `format` is to be written.
struct SkeletonTarget {
  bool not_a_folder = false;                 // `dir` exists and is not a folder
  std::vector<std::string> workspace_files;  // the workspace files already in it, sorted by name
  // The first of them that is a profile in another format ("profile.ini"), or "": a workspace
  // has one profile, so it would have two.
  std::string other_profile;
};
SkeletonTarget inspect_skeleton_target(const std::string& dir, ProfileFormat format);

// `file` as a workspace in `workspace_dir` names it: relative to the workspace, "./" prefixed
// when it lies in it ("./small.xml", "../checklists/x.xml").
std::string relative_reference(const std::string& file, const std::string& workspace_dir);

// Writes the skeleton's files into `dir`, all or nothing. A new folder is built beside where it
// goes (a hidden sibling) and renamed into place, so that a failure (a full disk, say) leaves
// nothing and a retry starts afresh. Into an existing folder every file is first written to a
// temporary file there; only when all are written are they renamed into place (renaming needs no
// space), and on a failure the temporary files are removed. Throws WriteError (format/
// atomic_write.h) naming what failed. Checking the outputs against the inputs (format/
// output_guard.h, kSkeletonFileNames) and against an existing workspace (inspect_skeleton_target)
// comes first, and is the caller's.
void write_workspace_skeleton(const std::string& dir, const WorkspaceSkeleton& skeleton);

}  // namespace iso20k
