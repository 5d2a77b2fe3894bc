// iso20k report (WORKSPACE | results.json) --kind gap|readiness [--template NAME] [--out FILE.pdf|FILE.html]
// [--format pdf|html]: renders a PDF report, or the same report as one HTML document, from a workspace (loaded and assessed as `assess` does) or from the
// results.json `assess --out` wrote (with the checklist it names, from the catalogue).
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string_view>
#include <vector>

#include "assessment_options.h"
#include "commands.h"
#include "iso20k/format/text.h"
#include "iso20k/pipeline/results_inputs.h"
#include "iso20k/reports/render.h"
#include "iso20k/reports/template/report_sections.h"
#include "iso20k/reports/template/template_loader.h"
#include "iso20k/format/atomic_write.h"
#include "iso20k/util/printable.h"

namespace iso20k::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kUsageLine =
    "report (WORKSPACE | results.json) --kind gap|readiness [--template NAME] [--out FILE.pdf|FILE.html] "
    "[--format pdf|html]";

// A bundled template by name, or a template folder or template.xml by path.
reports::Template load_report_template(Context& ctx, const std::string& name) {
  const std::string dir = ctx.data.templates();
  if (name.find('/') == std::string::npos && !name.ends_with(".xml")) {
    const std::vector<std::string> bundled = reports::bundled_templates(dir);
    if (std::find(bundled.begin(), bundled.end(), name) == bundled.end()) {
      const std::string known = join(bundled, ", ");
      throw UsageError("unknown template '" + name + "' (bundled: " + (known.empty() ? "none" : known) +
                           "); give a bundled name or the path of a template folder",
                       "report");
    }
  } else {
    require_exists("report", name);
  }
  Diagnostics problems;
  std::optional<reports::Template> t = reports::load_template(name, dir, problems);
  if (!t) {
    print(ctx.err, problems);
    throw InvalidInput("the template " + name + " cannot be used (see above)");
  }
  return std::move(*t);
}

// The report's input from results.json and the checklist it names (or --checklist), tailored as
// the assessment was: by --tailoring, else by the tailoring file results.json records.
reports::ReportInput from_results(Context& ctx, const std::string& path, const InputSources& choices) {
  const Library lib = open_library_or_throw(ctx, {});
  if (!choices.checklist.empty()) require_checklist("report", lib, choices.checklist);
  ResultsOpen open = open_results_inputs(lib, {path, choices.checklist, choices.tailoring});
  print(ctx.err, open.diagnostics);
  if (!open.results) {
    // The engine says which input failed; the command adds the option that supplies it.
    switch (open.need) {
      case ResultsNeed::checklist_file: throw InvalidInput(open.failure + ": name its file with --checklist PATH");
      case ResultsNeed::tailoring_file: throw InvalidInput(open.failure + ": pass --tailoring PATH");
      case ResultsNeed::tailoring_if_any:
        throw InvalidInput(open.failure + " (see above); if it was made with a tailoring, name the file with --tailoring");
      case ResultsNeed::nothing: break;
    }
    throw InvalidInput(open.failure + (open.diagnostics.empty() ? "" : " (see above)"));
  }
  for (const std::string& w : open.warnings) ctx.err << "iso20k: warning: " << printable(w) << '\n';
  Results& results = *open.results;
  return {std::move(results.assessment), std::move(open.checklist), std::move(results.workspace)};
}

// An earlier assessment for the trend (--previous).
Assessment earlier_assessment(Context& ctx, const std::string& path, const Assessment& current) {
  EarlierOpen open = open_earlier_results(path, current);
  print(ctx.err, open.diagnostics);
  if (!open.assessment) throw InvalidInput(printable(open.failure) + (open.diagnostics.empty() ? "" : " (see above)"));
  return std::move(*open.assessment);
}

reports::ReportInput from_workspace(Context& ctx, const InputSources& sources,
                                    const AssessOptions& options) {
  AssessmentInputs in = open_inputs(ctx, sources, "report");
  reports::ReportInput input;
  input.assessment = assess_or_throw("report", in, options);
  input.checklist = std::move(in.checklist);
  input.workspace = std::move(in.workspace);
  return input;
}

// The folder --out writes into must exist (the file is created there and renamed into place).
void check_output(const std::string& out) {
  std::error_code ec;
  if (fs::is_directory(out, ec)) throw CannotWrite("cannot write " + out + ": it is a folder");
  const fs::path parent = fs::path(out).parent_path();
  if (!parent.empty() && !fs::is_directory(parent, ec)) {
    throw CannotWrite("cannot write " + out + ": the folder " + parent.string() + " does not exist");
  }
}

}  // namespace

int run_report(const Args& args, Context& ctx) {
  po::options_description opts("Options");
  opts.add_options()("help,h", "show this help")(
      "input", po::value<std::string>()->required(), "a workspace folder or a results.json file")(
      "kind", po::value<std::string>()->required(), enum_alternatives<reports::ReportKind>().c_str())(
      "template", po::value<std::string>()->default_value("default"),
      "a bundled template name, or the path of a template folder (docs/templates.md)")(
      "out,o", po::value<std::string>(),
      "the file to write: HTML when it ends in .html or .htm, else PDF (default: <kind>-report.pdf here, "
      "or <kind>-report.html with --format html)")(
      "format", po::value<std::string>(),
      "pdf or html: the format to write whatever --out is called (default: from --out's extension)")(
      "detail", "add the technical annex to the gap report: every requirement's result, the evidence "
                "register and how each score was computed")(
      "previous", po::value<std::vector<std::string>>()->composing(),
      "an earlier results.json of the same organisation and checklist: the gap report shows the trend "
      "of the scores (may be given several times)");
  add_assess_options(opts);
  opts.add_options()("quiet,q", "print nothing on success");
  po::positional_options_description pos;
  pos.add("input", 1);
  const auto vm = parse("report", args, opts, pos);
  if (vm.count("help")) {
    print_help(ctx.out, kUsageLine,
               "Renders the PDF gap report (cover, summary, results by clause and process, "
               "findings, improvement plan, evidence register) or the readiness report (verdict, "
               "blockers, what stage 1 and stage 2 need) for a workspace, assessed as `assess` "
               "does, or for a results.json written by `assess --out` (then the checklist it names "
               "is loaded again, with the tailoring file it records unless --tailoring names it). With "
               "--out FILE.html or --format html the same report is written as one self-contained HTML "
               "document (CSS for screen and print, charts as SVG). The same inputs give the same bytes.",
               opts);
    return kOk;
  }
  const std::string kind_name = vm["kind"].as<std::string>();
  const auto kind = enum_from_name<reports::ReportKind>(kind_name);
  if (!kind) {
    throw UsageError("unknown report kind '" + kind_name + "' (" + enum_alternatives<reports::ReportKind>() + ")",
                     "report");
  }
  const std::string input = vm["input"].as<std::string>();
  require_exists("report", input);
  const InputSources sources = input_sources("report", input, vm);
  const AssessOptions options = assess_options("report", vm);
  std::error_code ec;
  const bool from_folder = fs::is_directory(input, ec);
  if (!from_folder && (!vm["model"].defaulted() || vm.count("as-of"))) {
    throw UsageError("--model and --as-of apply to a workspace; " + input + " is assessed already",
                     "report");
  }
  std::optional<reports::OutputFormat> format_flag;
  if (vm.count("format")) {
    const std::string name = vm["format"].as<std::string>();
    format_flag = enum_from_name<reports::OutputFormat>(name);
    if (!format_flag) {
      throw UsageError("unknown format '" + name + "' (" + enum_alternatives<reports::OutputFormat>() + ")", "report");
    }
  }
  const std::string out =
      vm.count("out") ? vm["out"].as<std::string>()
                      : std::string(to_string(*kind)) + "-report." +
                            (format_flag == reports::OutputFormat::html ? "html" : "pdf");
  const reports::OutputFormat format = format_flag ? *format_flag : reports::output_format_for(out);
  InputSet read = bundled_inputs(ctx);
  if (from_folder) {
    read.add_folder(input, "the workspace folder");
  } else {
    read.add_file(input, "the results file");
  }
  guard_output(read, out);
  check_output(out);
  const reports::Template tmpl = load_report_template(ctx, vm["template"].as<std::string>());
  for (const std::string& folder : tmpl.folders) read.add_folder(folder, "the template folder");
  guard_output(read, out);
  const reports::ReportInput report_input =
      from_folder ? from_workspace(ctx, sources, options) : from_results(ctx, input, sources);
  read.add_file(report_input.checklist.path, "the checklist");
  read.add_file(report_input.checklist.tailoring.file, "the tailoring file");
  guard_output(read, out);
  reports::ReportOptions report_options;
  report_options.detail = vm.count("detail") > 0;
  if (vm.count("previous")) {
    for (const std::string& path : vm["previous"].as<std::vector<std::string>>()) {
      require_exists("report", path);
      read.add_file(path, "an earlier results file");
      report_options.earlier.push_back(earlier_assessment(ctx, path, report_input.assessment));
    }
    guard_output(read, out);
  }
  try {
    reports::write_report(report_input, tmpl, *kind, out, report_options, format);
  } catch (const reports::ReportError& e) {
    throw InvalidInput(e.what());
  } catch (const WriteError& e) {
    throw CannotWrite(e.what());
  }
  if (!vm.count("quiet")) ctx.out << to_string(*kind) << " report written to " << printable(out) << '\n';
  return kOk;
}

}  // namespace iso20k::cli
