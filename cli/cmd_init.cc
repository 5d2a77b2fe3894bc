// iso20k init DIR --checklist ID [--tailoring FILE] [--format xml|ini] [--force]: creates a
// workspace (docs/workspace-format.md) — a profile skeleton with comments and the evidence request
// lists to send to the client, which once filled in are the workspace's evidence.csv and
// metrics.csv as they stand. Every file is written to a temporary file renamed into place; an
// existing workspace is never overwritten without --force.
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "assessment_options.h"
#include "commands.h"
#include "iso20k/format/atomic_write.h"
#include "iso20k/format/csv.h"
#include "iso20k/format/number_text.h"
#include "iso20k/format/text.h"
#include "iso20k/format/xml_escape.h"
#include "iso20k/format/input_file.h"
#include "iso20k/load/tailoring/tailoring_loader.h"
#include "iso20k/load/workspace/schema.h"
#include "iso20k/util/printable.h"

namespace iso20k::cli {
namespace {

namespace fs = std::filesystem;

// The file names a workspace consists of (any format), and those init writes.
bool is_workspace_file(const std::string& name) {
  if (name == "requests.csv" || name == "metric-requests.csv" || name == "tailoring.xml") {
    return true;
  }
  const std::size_t dot = name.rfind('.');
  if (dot == std::string::npos || !enum_from_name<ws::Format>(name.substr(dot + 1))) return false;
  const std::string_view stem = std::string_view(name).substr(0, dot);
  return std::any_of(std::begin(ws::kFileKinds), std::end(ws::kFileKinds),
                     [&](ws::FileKind k) { return ws::file_spec(k).stem == stem; });
}

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
  s += "<profile xmlns=\"urn:iso20k:workspace:1\" checklist=\"" + xml_escape(checklist_ref, XmlContext::attribute) + "\"";
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

// Writes the workspace's files all or nothing. A new folder is built beside where it goes (a
// hidden sibling) and renamed into place, so that a failure (a full disk, say) leaves nothing and
// a retry starts afresh. Into an existing folder every file is first written to a temporary file
// there; only when all are written are they renamed into place (renaming needs no space), and on
// a failure the temporary files are removed.
void write_workspace(const fs::path& root, const std::vector<std::pair<std::string, std::string>>& files) {
  std::error_code ec;
  if (fs::is_directory(root, ec)) {
    std::vector<std::pair<std::string, std::string>> written;  // temporary, target
    try {
      for (const auto& [name, bytes] : files) {
        const std::string target = (root / name).string();
        written.emplace_back(write_temporary(target, bytes), target);
      }
    } catch (const WriteError& e) {
      for (const auto& w : written) std::remove(w.first.c_str());
      throw CannotWrite(e.what());
    }
    for (std::size_t i = 0; i < written.size(); ++i) {
      try {
        commit_temporary(written[i].first, written[i].second);
      } catch (const WriteError& e) {
        for (std::size_t k = i + 1; k < written.size(); ++k) std::remove(written[k].first.c_str());
        throw CannotWrite(e.what());
      }
    }
    return;
  }
  const fs::path target = root.has_filename() ? root : root.parent_path();
  const fs::path parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  fs::create_directories(parent, ec);
  if (ec) throw CannotWrite("cannot create the folder " + parent.string() + ": " + ec.message());
  const fs::path building = sibling_name_for(target.string(), "init");
  fs::remove_all(building, ec);  // left by an earlier run that had this process id
  const auto fail = [&](const std::string& why) {
    std::error_code ignored;
    fs::remove_all(building, ignored);
    throw CannotWrite("cannot create the workspace " + target.string() + ": " + why);
  };
  if (!fs::create_directory(building, ec)) fail(ec ? ec.message() : "a temporary folder is in the way");
  for (const auto& [name, bytes] : files) {
    try {
      write_file_atomically((building / name).string(), bytes);
    } catch (const WriteError& e) {
      fail(e.what());
    }
  }
  fs::rename(building, target, ec);
  if (ec) fail(ec.message());
}

}  // namespace

int run_init(const Args& args, Context& ctx) {
  po::options_description opts("Options");
  opts.add_options()("help,h", "show this help")("dir", po::value<std::string>()->required(),
                                                  "the workspace folder to create")(
      "checklist", po::value<std::string>()->required(), "checklist id or path")(
      "tailoring", po::value<std::string>(),
      "a tailoring file (docs/tailoring.md): copied into the workspace and applied to the "
      "request lists")("format", po::value<std::string>()->default_value("xml"),
                       "format of the profile: xml or ini")(
      "force", "replace the files init writes in an existing workspace")(
      "checklist-dir", po::value<std::vector<std::string>>()->composing(),
      "also look for checklists in this folder");
  po::positional_options_description pos;
  pos.add("dir", 1);
  const auto vm = parse("init", args, opts, pos);
  if (vm.count("help")) {
    print_help(ctx.out, "init DIR --checklist ID [--tailoring FILE] [--format xml|ini] [--force]",
               "Creates a workspace: profile.xml (or .ini) to fill in, requests.csv (one row per "
               "evidence item to request from the organisation; filled in, it is the evidence "
               "register evidence.csv) and metric-requests.csv (likewise metrics.csv). Never "
               "overwrites an existing workspace unless --force is given.",
               opts);
    return kOk;
  }
  const std::string dir = vm["dir"].as<std::string>();
  const std::string format = vm["format"].as<std::string>();
  if (format != "xml" && format != "ini") {
    throw UsageError("--format is xml or ini, not '" + format + "'", "init");
  }
  std::string tailoring;
  if (vm.count("tailoring")) {
    tailoring = vm["tailoring"].as<std::string>();
    require_exists("init", tailoring);
  }
  std::vector<std::string> dirs;
  if (vm.count("checklist-dir")) dirs = vm["checklist-dir"].as<std::vector<std::string>>();
  for (const std::string& d : dirs) require_exists("init", d);

  const Library lib = open_library_or_throw(ctx, dirs);
  const std::string id = vm["checklist"].as<std::string>();
  require_checklist("init", lib, id);
  ChecklistLoad cl = load_from_catalog(lib.catalog, id, lib.registries);
  if (!cl.checklist) {
    print(ctx.err, cl.diagnostics);
    throw InvalidInput("checklist '" + id + "' cannot be used (see above)");
  }
  Checklist checklist = std::move(*cl.checklist);
  std::string tailoring_bytes;
  if (!tailoring.empty()) {
    const Diagnostics problems = load_and_apply_tailoring(checklist, tailoring, &lib.registries);
    if (!problems.empty()) {
      print(ctx.err, problems);
      throw InvalidInput("the tailoring file " + tailoring + " cannot be used (see above)");
    }
    InputRead in = read_input_file(tailoring, kTailoringInput);
    if (!in.ok()) throw InvalidInput(tailoring + ": " + in.error);
    tailoring_bytes = std::move(in.bytes);
  }

  // Never write over an input: the checklist, the tailoring file, the bundled data.
  InputSet read = bundled_inputs(ctx);
  for (const std::string& d : dirs) read.add_folder(d, "the checklist folder");
  read.add_file(checklist.path, "the checklist");
  read.add_file(tailoring, "the tailoring file");
  guard_output(read, dir);
  for (const char* name : {"profile.xml", "profile.ini", "requests.csv", "metric-requests.csv", "tailoring.xml"}) {
    guard_output(read, (fs::path(dir) / name).string());
  }

  // Refuse to overwrite an existing workspace.
  std::error_code ec;
  const fs::path root(dir);
  if (fs::exists(root, ec) && !fs::is_directory(root, ec)) {
    throw CannotWrite(dir + " exists and is not a folder");
  }
  const std::string profile_name = "profile." + format;
  std::vector<std::string> present;
  if (fs::is_directory(root, ec)) {
    for (fs::directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (is_workspace_file(name)) present.push_back(name);
    }
    std::sort(present.begin(), present.end());
  }
  if (!present.empty() && !vm.count("force")) {
    throw CannotWrite(dir + " already holds a workspace (" + join(present, ", ") +
                      "); init never overwrites one: use --force to replace " + profile_name +
                      ", requests.csv and metric-requests.csv");
  }
  for (const std::string& name : present) {
    if (name.starts_with("profile.") && name != profile_name) {
      throw CannotWrite(dir + " holds " + name + "; a workspace has one profile: remove it "
                        "before writing " + profile_name);
    }
  }

  // The profile names the checklist as the user did: an id, or a file relative to the workspace.
  std::string checklist_ref = checklist.id;
  if (lib.catalog.entries().end() ==
      std::find_if(lib.catalog.entries().begin(), lib.catalog.entries().end(),
                   [&](const CatalogEntry& e) { return e.id == id; })) {
    checklist_ref = fs::proximate(fs::absolute(id), fs::absolute(root)).generic_string();
    if (checklist_ref.find('/') == std::string::npos) checklist_ref = "./" + checklist_ref;
  }
  const std::string tailoring_name = tailoring.empty() ? "" : "tailoring.xml";
  std::size_t metrics = 0, evidence = 0;
  const std::string metric_requests = metric_requests_csv(checklist, metrics);
  const std::string requests = requests_csv(checklist, evidence);

  std::vector<std::pair<std::string, std::string>> files;
  files.emplace_back(profile_name, format == "xml" ? profile_xml(checklist, checklist_ref, tailoring_name)
                                                   : profile_ini(checklist, checklist_ref, tailoring_name));
  files.emplace_back("requests.csv", requests);
  if (metrics > 0) files.emplace_back("metric-requests.csv", metric_requests);
  if (!tailoring.empty()) files.emplace_back(tailoring_name, tailoring_bytes);
  write_workspace(root, files);

  ctx.out << "Created the workspace " << printable(dir) << " for " << checklist.id << ":\n"
          << "  " << profile_name << "          the organisation profile: fill it in\n"
          << "  requests.csv         " << evidence
          << " evidence requests: send it to the organisation; filled in, save it as "
             "evidence.csv\n";
  if (metrics > 0) {
    ctx.out << "  metric-requests.csv  " << metrics
            << " metrics: filled in, save it as metrics.csv\n";
  }
  if (!tailoring.empty()) ctx.out << "  tailoring.xml        the tailoring applied\n";
  ctx.out << "Then run: iso20k validate " << printable(dir) << '\n';
  return kOk;
}

}  // namespace iso20k::cli
