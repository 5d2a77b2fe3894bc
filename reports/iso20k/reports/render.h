#pragma once
// The public entry of the reports library: render a report of one kind for an assessment with a
// template, to PDF bytes (deterministic: the same input gives the same bytes) or to a file written
// through a temporary file renamed into place.
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "iso20k/reports/report_input.h"
#include "iso20k/reports/report_options.h"
#include "iso20k/reports/template/template.h"
#include "iso20k/format/atomic_write.h"

namespace iso20k::reports {

// A problem with the report's inputs that the user can fix (a corrupt logo, a template string that
// is missing): exit code 3 in the CLI. Layout failures inside libharu are reported the same way.
struct ReportError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The PDF bytes of the report. Throws ReportError for a problem with the inputs or the layout.
std::vector<std::uint8_t> render_report(const ReportInput& input, const Template& tmpl, ReportKind kind,
                                        const ReportOptions& options = {});

// render_report, then the bytes written to `out` through a temporary file renamed into place.
// Throws ReportError as render_report does (nothing is written then), and iso20k::WriteError
// (util/atomic_write.h), unchanged, when `out` cannot be written: the CLI gives exit code 3 for the
// first and 4 for the second. Either way no file is left behind and an existing `out` is kept.
void write_report(const ReportInput& input, const Template& tmpl, ReportKind kind,
                  const std::filesystem::path& out, const ReportOptions& options = {});

}  // namespace iso20k::reports
