#include "iso20k/export/workspace_skeleton.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <utility>

#include "iso20k/format/atomic_write.h"
#include "iso20k/format/csv.h"
#include "iso20k/format/number_text.h"
#include "iso20k/format/text.h"
#include "iso20k/format/xml_escape.h"
#include "iso20k/load/workspace/schema.h"

namespace iso20k {
namespace {

namespace fs = std::filesystem;

// "--" may not appear inside an XML comment.
std::string comment_safe(std::string s) {
  for (std::size_t i; (i = s.find("--")) != std::string::npos;) s.replace(i, 2, "-");
  return s;
}

struct Citations {
  std::vector<std::string> requirements, clauses;
};

Citations citations(const Checklist& c, const std::string& evidence_id) {
  Citations out;
  for (const Requirement& r : c.requirements) {
    for (const std::string& e : r.evidence) {
      if (e != evidence_id) continue;
      out.requirements.push_back(r.id);
      if (std::find(out.clauses.begin(), out.clauses.end(), r.clause) == out.clauses.end()) {
        out.clauses.push_back(r.clause);
      }
    }
  }
  return out;
}

// Worth requesting: cited by a requirement (a tailoring may have removed all that cited it) or
// needed for a stage 1 verdict.
bool requested(const Checklist& c, const EvidenceItem& e, const Citations& cit) {
  return !cit.requirements.empty() ||
         std::find(c.scoring.stage1_evidence.begin(), c.scoring.stage1_evidence.end(), e.id) !=
             c.scoring.stage1_evidence.end();
}

std::string processes_comment(const Checklist& c, const char* indent) {
  std::string s;
  for (const Process& p : c.processes) {
    s += std::string(indent) + p.id + std::string(p.id.size() < 24 ? 24 - p.id.size() : 1, ' ') +
         comment_safe(p.name) + "\n";
  }
  return s;
}

std::string profile_xml(const Checklist& c, const std::string& checklist_ref,
                        const std::string& tailoring) {
  std::string s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  s += "<!-- Organisation profile for an assessment against " + comment_safe(c.id) + " (" +
       comment_safe(c.title) + ").\n"
       "     Fill in every empty value; `iso20k validate <this folder>` says what is still missing.\n"
       "     The format is described in docs/workspace-format.md. -->\n";
  s += "<profile xmlns=\"" + std::string(ws::kWorkspaceNamespace) + "\" checklist=\"" +
       xml_escape(checklist_ref, XmlContext::attribute) + "\"";
  if (!tailoring.empty()) s += " tailoring=\"" + xml_escape(tailoring, XmlContext::attribute) + "\"";
  s += "\n         assessment-date=\"\" persons=\"\">\n";
  s += R"(  <!-- assessment-date: the date the assessment speaks for, YYYY-MM-DD.
       persons: the number of persons doing work in the scope of the SMS (a whole number). -->

  <!-- The organisation assessed, as its legal name reads. -->
  <organisation></organisation>

  <!-- Who carries out the assessment: one <assessor> each. -->
  <assessor></assessor>

  <!-- The scope statement in the organisation's words: the services, the organisational units
       and the locations that deliver them, the customers they serve. -->
  <scope></scope>

  <!-- Organisational units and sites in scope: one <unit> / <site> each (remove unused ones). -->
  <unit></unit>
  <site></site>

  <services>
    <!-- One <service> per service in scope: a short id (one word; other parties refer to it)
         and the service's name in the catalogue. -->
    <service id="" name=""/>
  </services>

  <parties>
    <!-- Other parties involved in the service lifecycle (clause 8.2.3), one <party> each:
         kind       external-supplier, internal-supplier or customer-as-supplier
         services   ids of the services above that the party operates (space-separated)
         processes  ids of the processes it operates (space-separated, see the list below)
         <component> a service component it operates, free text (one element each)
    <party name="" kind="external-supplier" services="" processes="">
      <component></component>
    </party>
    -->
  </parties>

  <targets>
    <!-- The capability level (0-5, ISO/IEC 33020) the organisation aims at for a process,
         where it sets one, e.g. <target process="incident" level="3"/>. The processes:
)";
  s += processes_comment(c, "           ");
  s += "    -->\n  </targets>\n</profile>\n";
  return s;
}

std::string profile_ini(const Checklist& c, const std::string& checklist_ref,
                        const std::string& tailoring) {
  std::string s = "; Organisation profile for an assessment against " + c.id + " (" + c.title +
                  ").\n"
                  "; Fill in every empty value; `iso20k validate <this folder>` says what is still "
                  "missing.\n; The format is described in docs/workspace-format.md. Lists are "
                  "separated by ';'.\n\n[profile]\n";
  s += "; The organisation assessed, as its legal name reads.\norganisation =\n";
  s += "checklist = " + checklist_ref + "\n";
  if (!tailoring.empty()) s += "tailoring = " + tailoring + "\n";
  s += R"(; The date the assessment speaks for, YYYY-MM-DD.
assessment-date =
; Who carries out the assessment, separated by ';'.
assessors =
; The scope statement in the organisation's words, on one line.
scope =
; Organisational units and sites in scope, separated by ';'.
units =
sites =
; The number of persons doing work in the scope of the SMS.
persons =

; One section per service in scope, named by a short id (one word; other parties refer to it).
[service EDIT-ME]
name =

; Other parties involved in the service lifecycle (clause 8.2.3), one section each:
; [party <name>]
; kind = external-supplier        (or internal-supplier, customer-as-supplier)
; services = <service ids it operates, separated by spaces>
; processes = <process ids it operates, separated by spaces>
; components = <service components it operates, separated by ';'>

; Target capability levels (0-5, ISO/IEC 33020) per process, where the organisation sets one:
; [targets]
; incident = 3
; The processes:
)";
  s += processes_comment(c, ";   ");
  return s;
}

std::string requests_csv(const Checklist& c, std::size_t& count) {
  count = 0;
  std::string s = "\xEF\xBB\xBF";  // spreadsheets then open the file as UTF-8
  s += csv_row({"evidence id", "title", "kind", "mandatory", "approval", "max age", "requirements",
                "clauses", "what good looks like", "status", "reference", "version", "issued",
                "reviewed", "expires", "owner", "approved by", "notes"});
  for (const EvidenceItem& e : c.evidence) {
    if (e.kind == EvidenceKind::metric) continue;
    const Citations cit = citations(c, e.id);
    if (!requested(c, e, cit)) continue;
    ++count;
    s += csv_row({e.id, e.title, to_string(e.kind), e.mandatory ? "yes" : "no",
                  e.approval_required ? "required" : "", e.max_age ? to_string(*e.max_age) : "",
                  join(cit.requirements, " "), join(cit.clauses, " "), e.description, "", "", "",
                  "", "", "", "", "", ""});
  }
  return s;
}

std::string metric_requests_csv(const Checklist& c, std::size_t& count) {
  std::string s = "\xEF\xBB\xBF";
  s += csv_row({"metric id", "title", "unit", "better", "default target", "requirements",
                "clauses", "what good looks like", "value", "target", "period", "source"});
  count = 0;
  for (const EvidenceItem& e : c.evidence) {
    if (e.kind != EvidenceKind::metric) continue;
    const Citations cit = citations(c, e.id);
    if (!requested(c, e, cit)) continue;
    s += csv_row({e.id, e.title, e.unit, to_string(e.better), general_text(e.target),
                  join(cit.requirements, " "), join(cit.clauses, " "), e.description, "", "", "",
                  ""});
    ++count;
  }
  return s;
}

std::string profile_name(ProfileFormat format) {
  return "profile." + std::string(to_string(format));
}

}  // namespace

WorkspaceSkeleton workspace_skeleton(const Checklist& checklist, const WorkspaceSkeletonOptions& options) {
  WorkspaceSkeleton out;
  const std::string tailoring_name = options.tailoring ? "tailoring.xml" : "";
  const std::string metric_requests = metric_requests_csv(checklist, out.metric_requests);
  const std::string requests = requests_csv(checklist, out.evidence_requests);
  out.files.push_back({profile_name(options.profile_format),
                       options.profile_format == ProfileFormat::xml
                           ? profile_xml(checklist, options.checklist_ref, tailoring_name)
                           : profile_ini(checklist, options.checklist_ref, tailoring_name)});
  out.files.push_back({"requests.csv", requests});
  if (out.metric_requests > 0) out.files.push_back({"metric-requests.csv", metric_requests});
  if (options.tailoring) out.files.push_back({tailoring_name, *options.tailoring});
  return out;
}

bool is_workspace_file(std::string_view name) {
  if (name == "requests.csv" || name == "metric-requests.csv" || name == "tailoring.xml") {
    return true;
  }
  const std::size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || !enum_from_name<ws::Format>(name.substr(dot + 1))) return false;
  const std::string_view stem = name.substr(0, dot);
  return std::any_of(std::begin(ws::kFileKinds), std::end(ws::kFileKinds),
                     [&](ws::FileKind k) { return ws::file_spec(k).stem == stem; });
}

SkeletonTarget inspect_skeleton_target(const std::string& dir, ProfileFormat format) {
  SkeletonTarget t;
  std::error_code ec;
  const fs::path root(dir);
  if (fs::exists(root, ec) && !fs::is_directory(root, ec)) {
    t.not_a_folder = true;
    return t;
  }
  if (fs::is_directory(root, ec)) {
    for (fs::directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (is_workspace_file(name)) t.workspace_files.push_back(name);
    }
    std::sort(t.workspace_files.begin(), t.workspace_files.end());
  }
  const std::string own = profile_name(format);
  for (const std::string& name : t.workspace_files) {
    if (name.starts_with("profile.") && name != own) {
      t.other_profile = name;
      break;
    }
  }
  return t;
}

std::string relative_reference(const std::string& file, const std::string& workspace_dir) {
  std::string ref = fs::proximate(fs::absolute(file), fs::absolute(workspace_dir)).generic_string();
  if (ref.find('/') == std::string::npos) ref = "./" + ref;
  return ref;
}

void write_workspace_skeleton(const std::string& dir, const WorkspaceSkeleton& skeleton) {
  const fs::path root(dir);
  std::error_code ec;
  if (fs::is_directory(root, ec)) {
    std::vector<std::pair<std::string, std::string>> written;  // temporary, target
    try {
      for (const WorkspaceFile& f : skeleton.files) {
        const std::string target = (root / f.name).string();
        written.emplace_back(write_temporary(target, f.bytes), target);
      }
    } catch (const WriteError&) {
      for (const auto& w : written) std::remove(w.first.c_str());
      throw;
    }
    for (std::size_t i = 0; i < written.size(); ++i) {
      try {
        commit_temporary(written[i].first, written[i].second);
      } catch (const WriteError&) {
        for (std::size_t k = i + 1; k < written.size(); ++k) std::remove(written[k].first.c_str());
        throw;
      }
    }
    return;
  }
  const fs::path target = root.has_filename() ? root : root.parent_path();
  const fs::path parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  fs::create_directories(parent, ec);
  if (ec) throw WriteError("cannot create the folder " + parent.string() + ": " + ec.message());
  const fs::path building = sibling_name_for(target.string(), "init");
  fs::remove_all(building, ec);  // left by an earlier run that had this process id
  const auto fail = [&](const std::string& why) {
    std::error_code ignored;
    fs::remove_all(building, ignored);
    throw WriteError("cannot create the workspace " + target.string() + ": " + why);
  };
  if (!fs::create_directory(building, ec)) fail(ec ? ec.message() : "a temporary folder is in the way");
  for (const WorkspaceFile& f : skeleton.files) {
    try {
      write_file_atomically((building / f.name).string(), f.bytes);
    } catch (const WriteError& e) {
      fail(e.what());
    }
  }
  fs::rename(building, target, ec);
  if (ec) fail(ec.message());
}

}  // namespace iso20k
