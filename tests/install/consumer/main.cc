// consumer WORKSPACE [PDF]: assesses a workspace with the installed iso20k libraries, prints
// "<organisation>: score <percent>, verdict <verdict> (<description>)" and, given PDF, writes the
// readiness report there with the bundled default template. The data (checklists/, templates/) is
// the installed share/iso20k that find_package(iso20k) reported as iso20k_DATA_DIR.
#include <cstdio>
#include <iostream>
#include <string>

#include "iso20k/format/number_text.h"
#include "iso20k/load/data_paths.h"
#include "iso20k/pipeline/assessment_inputs.h"
#include "iso20k/reports/render.h"
#include "iso20k/reports/template/report_sections.h"
#include "iso20k/reports/template/template.h"
#include "iso20k/reports/template/template_loader.h"
#include "iso20k/score/assess.h"
#include "iso20k/util/enum_names.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: consumer WORKSPACE [PDF]\n";
    return 2;
  }
  const iso20k::DataPaths data{CONSUMER_DATA_DIR};
  const iso20k::LibraryOpen library = iso20k::open_library(data);
  if (!library.diagnostics.empty()) {
    std::cerr << "consumer: the library in " << data.root << " has problems\n";
    return 3;
  }
  iso20k::InputSources sources;
  sources.workspace = argv[1];
  iso20k::InputsOpen open = iso20k::open_assessment_inputs(library.library, sources);
  if (!open.inputs) {
    std::cerr << "consumer: " << open.failure << '\n';
    return 3;
  }
  iso20k::Assessment a = iso20k::assess(open.inputs->checklist, open.inputs->workspace);
  const std::string score = iso20k::percent(a.overall.score, 1);  // locale-free, as `iso20k assess` prints it
  std::cout << a.organisation << ": score " << score << ", verdict "
            << iso20k::to_string(a.verdict) << " (" << iso20k::describe(a.verdict) << ")\n";
  if (argc > 2) {
    iso20k::Diagnostics problems;
    const auto tmpl = iso20k::reports::load_template("default", data.templates(), problems);
    const auto kind = iso20k::enum_from_name<iso20k::reports::ReportKind>("readiness");
    if (!tmpl || !kind) {
      std::cerr << "consumer: the default template cannot be used\n";
      return 3;
    }
    iso20k::reports::ReportInput input{std::move(a), std::move(open.inputs->checklist),
                                       std::move(open.inputs->workspace)};
    iso20k::reports::write_report(input, *tmpl, *kind, argv[2]);
    std::cout << "readiness report written to " << argv[2] << '\n';
  }
  return 0;
}
