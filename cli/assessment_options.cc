#include "assessment_options.h"

namespace iso20k::cli {

void add_assess_options(po::options_description& opts) {
  opts.add_options()("checklist", po::value<std::string>(),
                     "checklist id or path (default: the one the profile names)")(
      "tailoring", po::value<std::string>(),
      "tailoring file applied to the checklist (docs/tailoring.md; default: the one the profile "
      "names)")("model", po::value<std::string>()->default_value(to_string(ScoringModel::weighted)),
                ("scoring model: " + enum_alternatives<ScoringModel>() + " (docs/scoring.md)").c_str())(
      "as-of", po::value<std::string>(),
      "assessment date YYYY-MM-DD (default: the profile's assessment date)");
}

InputSources input_sources(const std::string& command, const std::string& workspace,
                           const po::variables_map& vm) {
  InputSources s;
  s.workspace = workspace;
  require_exists(command, workspace);
  if (vm.count("checklist")) s.checklist = vm["checklist"].as<std::string>();
  if (vm.count("tailoring")) {
    s.tailoring = vm["tailoring"].as<std::string>();
    require_exists(command, s.tailoring);
  }
  return s;
}

AssessOptions assess_options(const std::string& command, const po::variables_map& vm) {
  AssessOptions o;
  const std::string model = vm["model"].as<std::string>();
  const auto m = enum_from_name<ScoringModel>(model);
  if (!m) throw UsageError("unknown scoring model '" + model + "' (" + enum_alternatives<ScoringModel>() + ")", command);
  o.model = *m;
  if (vm.count("as-of")) {
    o.as_of = parse_date(vm["as-of"].as<std::string>());
    if (!o.as_of) throw UsageError("--as-of needs a date YYYY-MM-DD", command);
  }
  return o;
}

void require_checklist(const std::string& command, const Library& lib, const std::string& id_or_path) {
  Diagnostics unknown;
  if (!lib.catalog.find(id_or_path, unknown)) {
    throw UsageError(unknown.empty() ? "unknown checklist '" + id_or_path + "'" : unknown.front().message, command);
  }
}

AssessmentInputs open_inputs(Context& ctx, const InputSources& sources, const std::string& command) {
  const Library lib = open_library_or_throw(ctx, {});
  if (!sources.checklist.empty()) require_checklist(command, lib, sources.checklist);
  InputsOpen open = open_assessment_inputs(lib, sources);
  print(ctx.err, open.diagnostics);
  if (!open.inputs) throw InvalidInput(open.failure + " (see above)");
  return std::move(*open.inputs);
}

Checklist open_checklist(Context& ctx, const Library& lib, const std::string& id_or_path,
                         const std::string& tailoring) {
  ChecklistOpen open = open_tailored_checklist(lib, id_or_path, tailoring);
  print(ctx.err, open.diagnostics);
  if (!open.checklist) throw InvalidInput(open.failure + " (see above)");
  return std::move(*open.checklist);
}

Assessment assess_or_throw(const std::string& command, const AssessmentInputs& in,
                           const AssessOptions& options) {
  try {
    return assess(in.checklist, in.workspace, options);
  } catch (const std::invalid_argument& e) {
    throw UsageError(std::string(e.what()) + ": set it in the profile or give --as-of", command);
  }
}

}  // namespace iso20k::cli
