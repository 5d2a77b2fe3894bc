#include "iso20k/load/workspace/workspace_loader.h"

#include <algorithm>
#include <filesystem>
#include <tuple>

#include "iso20k/format/input_file.h"
#include "iso20k/format/source_text.h"
#include "iso20k/load/workspace/workspace_file.h"
#include "iso20k/util/suggest.h"

namespace iso20k {
namespace {

namespace fs = std::filesystem;

using ws::FileKind;
using ws::FileSpec;
using ws::Format;

std::string lower(std::string s) {
  for (char& c : s) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return s;
}

std::string formats_list(const FileSpec& spec) {
  std::string s;
  for (std::size_t i = 0; i < spec.formats.size(); ++i) {
    if (i) s += i + 1 == spec.formats.size() ? " or " : ", ";
    s += std::string(spec.stem) + "." + ws::extension(spec.formats[i]);
  }
  return s;
}

bool allowed(const FileSpec& spec, Format f) {
  return std::find(spec.formats.begin(), spec.formats.end(), f) != spec.formats.end();
}

struct Found {
  std::string path;
  Format format;
};

class Loader {
 public:
  Loader(std::string dir, Diagnostics& out) : dir_(std::move(dir)), out_(out) {}

  std::optional<Workspace> load() {
    std::error_code ec;
    if (!fs::is_directory(dir_, ec)) {
      problem(dir_, fs::exists(dir_, ec) ? "not a folder: a workspace is a folder holding "
                                           "profile.xml (or .json, .ini) and its registers"
                                         : "no such folder");
      return std::nullopt;
    }
    // Every entry, whatever it is: a register that is a folder, a FIFO, a device or a dangling
    // symbolic link is an error when it is read below, not a file silently skipped.
    std::vector<std::string> names;
    std::vector<std::string> folders;
    for (fs::directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) {
      names.push_back(it->path().filename().string());
      std::error_code fe;
      if (it->is_directory(fe) && !names.back().starts_with(".")) folders.push_back(names.back());
    }
    if (ec) {
      problem(dir_, "cannot list the folder: " + ec.message());
      return std::nullopt;
    }
    std::sort(names.begin(), names.end());
    std::sort(folders.begin(), folders.end());
    std::vector<std::vector<Found>> found(std::size(ws::kFileKinds));
    for (const std::string& name : names) classify(name, found);
    misplaced(folders, found);
    unrenamed_requests(names, found);

    Workspace w;
    w.dir = dir_;
    for (std::size_t k = 0; k < found.size(); ++k) {
      const FileSpec& spec = ws::file_spec(ws::kFileKinds[k]);
      if (found[k].size() > 1) {
        std::string list;
        for (std::size_t i = 0; i < found[k].size(); ++i) {
          list += (i ? (i + 1 == found[k].size() ? " and " : ", ") : "") + found[k][i].path;
        }
        problem(found[k][0].path, "the " + std::string(spec.noun) + " is in " +
                                      std::to_string(found[k].size()) + " files: " + list +
                                      "; keep one");
        continue;
      }
      if (found[k].empty()) {
        if (spec.kind == FileKind::profile) {
          problem(dir_, "no profile: a workspace needs " + formats_list(spec) +
                            " (iso20k init creates one)");
        }
        continue;
      }
      const InputRead in = read_input_file(found[k][0].path, kWorkspaceInput);
      if (!in.ok()) {
        problem(found[k][0].path, "the " + std::string(spec.noun) + " cannot be read: " + in.error);
        continue;
      }
      ws::read_workspace_file(spec.kind, found[k][0].format, SourceText(found[k][0].path, in.bytes),
                              w, out_);
      if (spec.kind == FileKind::profile) profile_read_ = true;
    }
    if (profile_read_) cross_checks(w);
    return w;
  }

  bool profile_read() const { return profile_read_; }

 private:
  void problem(const std::string& file, std::string message) {
    out_.push_back({{file, 0, 0}, std::move(message)});
  }

  std::string path_of(const std::string& name) const { return (fs::path(dir_) / name).string(); }

  void classify(const std::string& name, std::vector<std::vector<Found>>& found) {
    const std::size_t dot = name.rfind('.');
    if (dot == std::string::npos || dot == 0) return;
    const std::string stem = name.substr(0, dot), ext = name.substr(dot + 1);
    const std::string lstem = lower(stem), lext = lower(ext);
    const std::optional<Format> format = enum_from_name<Format>(ext);
    const std::optional<Format> lformat = enum_from_name<Format>(lext);
    static constexpr std::string_view kSpreadsheets[] = {"xlsx", "xls", "ods", "numbers"};
    static constexpr std::string_view kOther[] = {"yaml", "yml", "toml", "txt"};
    for (std::size_t k = 0; k < std::size(ws::kFileKinds); ++k) {
      const FileSpec& spec = ws::file_spec(ws::kFileKinds[k]);
      const std::string proper = std::string(spec.stem) + "." + lext;
      if (stem == spec.stem) {
        if (format && allowed(spec, *format)) {
          found[k].push_back({path_of(name), *format});
        } else if (lformat && allowed(spec, *lformat)) {
          problem(path_of(name), "workspace file names are lower case: rename it to " + proper);
        } else if (std::find(std::begin(kSpreadsheets), std::end(kSpreadsheets), lext) !=
                   std::end(kSpreadsheets)) {
          problem(path_of(name), "a spreadsheet cannot be read: save it as CSV (comma-separated "
                                 "values, UTF-8) named " + std::string(spec.stem) + ".csv" +
                                     (allowed(spec, Format::csv) ? "" : ", or write " +
                                                                            formats_list(spec)));
        } else if (lformat || std::find(std::begin(kOther), std::end(kOther), lext) !=
                                  std::end(kOther)) {
          problem(path_of(name), "the " + std::string(spec.noun) + " is read from " +
                                     formats_list(spec) + ", not ." + ext);
        }
        return;
      }
      if (!lformat) continue;
      if (lstem == spec.stem) {
        problem(path_of(name), "workspace file names are lower case: rename it to " + proper);
        return;
      }
      // "evidence.csv.csv", "Evidence.xlsx.csv": an extension added to a full name (a file
      // manager that hides extensions, a spreadsheet's "save as").
      const std::size_t inner = lstem.find('.');
      if (inner != std::string::npos && lstem.substr(0, inner) == spec.stem &&
          allowed(spec, *lformat)) {
        problem(path_of(name), "the name has an extension too many: rename it to " + proper);
        return;
      }
      if (stem.size() <= 64) {
        const std::size_t d = edit_distance(lstem, spec.stem);
        if (d > 0 && d <= 2) {
          problem(path_of(name), "not a workspace file name (did you mean " + proper + "?)");
          return;
        }
      }
    }
  }

  // A workspace file in a subfolder is not read: when its kind is missing from the workspace
  // folder itself, say where it is and where it belongs.
  void misplaced(const std::vector<std::string>& folders, const std::vector<std::vector<Found>>& found) {
    for (const std::string& folder : folders) {
      std::vector<std::string> inner;
      std::error_code ec;
      for (fs::directory_iterator it(fs::path(dir_) / folder, ec), end; !ec && it != end; it.increment(ec)) {
        inner.push_back(it->path().filename().string());
      }
      std::sort(inner.begin(), inner.end());
      for (const std::string& name : inner) {
        const std::size_t dot = name.rfind('.');
        if (dot == std::string::npos || dot == 0) continue;
        const std::string stem = lower(name.substr(0, dot)), ext = lower(name.substr(dot + 1));
        const std::optional<Format> format = enum_from_name<Format>(ext);
        for (std::size_t k = 0; k < std::size(ws::kFileKinds); ++k) {
          const FileSpec& spec = ws::file_spec(ws::kFileKinds[k]);
          if (stem != spec.stem || !format || !allowed(spec, *format) || !found[k].empty()) continue;
          problem((fs::path(dir_) / folder / name).string(),
                  "the " + std::string(spec.noun) + " is read only from the workspace folder itself, "
                  "not from the subfolder " + folder + ": move it to " +
                  path_of(std::string(spec.stem) + "." + ext));
        }
      }
    }
  }

  // The request lists `init` writes are registers once answered and renamed: an answered one
  // beside no register of its kind was most likely never renamed.
  void unrenamed_requests(const std::vector<std::string>& names, const std::vector<std::vector<Found>>& found) {
    static constexpr struct {
      std::string_view file;
      FileKind kind;
      std::string_view rename;
    } kRequests[] = {{"requests.csv", FileKind::evidence, "evidence.csv"},
                     {"metric-requests.csv", FileKind::metrics, "metrics.csv"}};
    for (const auto& r : kRequests) {
      if (!found[static_cast<std::size_t>(r.kind)].empty()) continue;
      if (std::find(names.begin(), names.end(), r.file) == names.end()) continue;
      const std::string path = path_of(std::string(r.file));
      const InputRead in = read_input_file(path, kWorkspaceInput);
      if (!in.ok()) continue;
      Workspace scratch;
      Diagnostics ignored;
      ws::read_workspace_file(r.kind, Format::csv, SourceText(path, in.bytes), scratch, ignored);
      const std::size_t answered = r.kind == FileKind::evidence ? scratch.evidence.size() : scratch.metrics.size();
      if (answered == 0) continue;
      problem(path, std::string(r.file) + " holds " + std::to_string(answered) +
                        (answered == 1 ? " answered request" : " answered requests") + " but the workspace has no " +
                        std::string(ws::file_spec(r.kind).noun) + ": save it as " + std::string(r.rename) +
                        " (it is read as it stands)");
    }
  }

  // Checks across files that need no checklist.
  void cross_checks(Workspace& w) {
    const Profile& p = w.profile;
    if (!p.tailoring.empty()) {
      const std::string why = input_file_problem((fs::path(dir_) / p.tailoring).string());
      if (why.starts_with("no such file")) {
        out_.push_back({p.locations.of("tailoring", p.where),
                        "the tailoring file '" + p.tailoring + "' does not exist in " + dir_});
      } else if (!why.empty()) {
        out_.push_back({p.locations.of("tailoring", p.where),
                        "the tailoring file '" + p.tailoring + "' cannot be read: " + why});
      }
    }
    if (names_checklist_file(p)) {
      const std::string why = input_file_problem((fs::path(dir_) / p.checklist).string());
      if (why.starts_with("no such file")) {
        out_.push_back({p.locations.of("checklist", p.where),
                        "the checklist file '" + p.checklist + "' does not exist in " + dir_ +
                            " (a checklist is named by its id, or by a path relative to the "
                            "workspace folder)"});
      } else if (!why.empty()) {
        out_.push_back({p.locations.of("checklist", p.where),
                        "the checklist file '" + p.checklist + "' cannot be read: " + why});
      }
    }
    if (!p.assessment_date) return;
    const Date as_of = *p.assessment_date;
    for (const auto& [id, e] : w.evidence) {
      for (const auto& [name, date] : {std::pair{"issued", e.issued}, {"reviewed", e.reviewed}}) {
        if (date && *date > as_of) {
          out_.push_back({e.locations.of(name, e.where),
                          std::string(name) + " " + to_string(*date) +
                              " is after the assessment date " + to_string(as_of) +
                              " (profile)"});
        }
      }
    }
  }

  std::string dir_;
  Diagnostics& out_;
  bool profile_read_ = false;
};

}  // namespace

bool names_checklist_file(const Profile& profile) {
  const std::string& ref = profile.checklist;
  return ref.find('/') != std::string::npos || (ref.size() > 4 && ref.ends_with(".xml"));
}

void sort_by_position(Diagnostics& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::tie(a.where.file, a.where.line, a.where.column) <
                            std::tie(b.where.file, b.where.line, b.where.column);
                   });
}

WorkspaceLoad load_workspace(const std::string& dir, const WorkspaceLoadOptions& options) {
  WorkspaceLoad result;
  Loader loader(dir, result.diagnostics);
  std::optional<Workspace> w = loader.load();
  sort_by_position(result.diagnostics);
  if (w && (result.diagnostics.empty() || (options.keep_partial && loader.profile_read()))) {
    result.workspace = std::move(w);
  }
  return result;
}

std::string checklist_reference(const Workspace& ws) {
  if (!names_checklist_file(ws.profile)) return ws.profile.checklist;
  return (fs::path(ws.dir) / ws.profile.checklist).lexically_normal().string();
}

}  // namespace iso20k
