#pragma once
// The public entry of the reports library: render a report of one kind for an assessment with a
// template, as PDF or as one self-contained HTML document (both from the same content, content/;
// deterministic: the same input gives the same bytes), to bytes or to a file written through a
// temporary file renamed into place.
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "iso20k/reports/report_input.h"
#include "iso20k/reports/report_options.h"
#include "iso20k/reports/template/template.h"
#include "iso20k/format/atomic_write.h"
#include "iso20k/util/enum_names.h"

namespace iso20k::reports {

// A problem with the report's inputs that the user can fix (a corrupt logo, a template string that
// is missing): exit code 3 in the CLI. Layout failures inside libharu are reported the same way.
struct ReportError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The formats a report is written in: PDF pages (pdf/), or one HTML document with CSS for the
// screen and for print (html/: charts as inline SVG, the logo embedded).
enum class OutputFormat { pdf, html };
constexpr auto enum_table(OutputFormat) {
  return std::to_array<EnumName<OutputFormat>>({{OutputFormat::pdf, "pdf"}, {OutputFormat::html, "html"}});
}

// The format a file name asks for: HTML for ".html" and ".htm" (in any case), else PDF.
OutputFormat output_format_for(const std::filesystem::path& out);

// The bytes of the report in `format` (the PDF, or the HTML document in UTF-8). Throws ReportError
// for a problem with the inputs or the layout. The readiness report holds the same content in both
// formats: as much detail as fits in its page budget as PDF pages.
std::vector<std::uint8_t> render_report(const ReportInput& input, const Template& tmpl, ReportKind kind,
                                        const ReportOptions& options = {},
                                        OutputFormat format = OutputFormat::pdf);

// render_report, then the bytes written to `out` through a temporary file renamed into place.
// Throws ReportError as render_report does (nothing is written then), and iso20k::WriteError
// (util/atomic_write.h), unchanged, when `out` cannot be written: the CLI gives exit code 3 for the
// first and 4 for the second. Either way no file is left behind and an existing `out` is kept.
void write_report(const ReportInput& input, const Template& tmpl, ReportKind kind,
                  const std::filesystem::path& out, const ReportOptions& options = {},
                  OutputFormat format = OutputFormat::pdf);

}  // namespace iso20k::reports
