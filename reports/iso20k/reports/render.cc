#include "iso20k/reports/render.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "iso20k/reports/content/gap_report.h"
#include "iso20k/reports/content/readiness_report.h"
#include "iso20k/reports/layout/error.h"
#include "iso20k/pipeline/checklist_translation.h"
#include "iso20k/reports/html/render_html.h"
#include "iso20k/reports/pdf/render_pdf.h"
#include "iso20k/format/atomic_write.h"

namespace iso20k::reports {
namespace {

std::vector<std::uint8_t> bytes_of(const std::string& text) { return {text.begin(), text.end()}; }

// The readiness report with as much detail as fits in kReadinessMaxPages PDF pages; as HTML, the
// content whose PDF fits.
std::vector<std::uint8_t> render_readiness(const ReportInput& input, const Template& tmpl, OutputFormat format) {
  for (const ReadinessBudget& budget : kReadinessBudgets) {
    const ReportContent content = readiness_report_content(input, tmpl, budget);
    RenderedPdf pdf = render_pdf(content, tmpl);
    if (pdf.pages <= static_cast<std::size_t>(kReadinessMaxPages)) {
      return format == OutputFormat::html ? bytes_of(render_html(content, tmpl)) : std::move(pdf.bytes);
    }
  }
  throw layout::LayoutError("the readiness report does not fit in " + std::to_string(kReadinessMaxPages) +
                            " pages, even without listing major findings among the blockers");
}

// The gap report; its client edition in the first budget whose PDF fits in kGapMaxPages pages (as
// HTML, that budget's content), with the technical annex in the first.
std::vector<std::uint8_t> render_gap(const ReportInput& input, const Template& tmpl, const ReportOptions& options,
                                     OutputFormat format) {
  ReportContent content = gap_report_content(input, tmpl, options, kGapBudgets.front());
  if (options.detail && format == OutputFormat::html) return bytes_of(render_html(content, tmpl));
  RenderedPdf pdf = render_pdf(content, tmpl);
  for (std::size_t i = 1; !options.detail && i < kGapBudgets.size() && pdf.pages > static_cast<std::size_t>(kGapMaxPages); ++i) {
    content = gap_report_content(input, tmpl, options, kGapBudgets[i]);
    pdf = render_pdf(content, tmpl);
  }
  return format == OutputFormat::html ? bytes_of(render_html(content, tmpl)) : std::move(pdf.bytes);
}

}  // namespace

OutputFormat output_format_for(const std::filesystem::path& out) {
  std::string ext = out.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".html" || ext == ".htm" ? OutputFormat::html : OutputFormat::pdf;
}

std::vector<std::uint8_t> render_report(const ReportInput& given, const Template& tmpl, ReportKind kind,
                                        const ReportOptions& options, OutputFormat output) {
  // Clause titles, process names and evidence titles in the template's language, from the checklist's
  // translation overlay when there is one (docs/translations.md); an overlay that is broken is an error.
  ChecklistInLanguage local = checklist_in_language(given.checklist, tmpl.language);
  if (!local.open.diagnostics.empty()) throw ReportError(format(local.open.diagnostics.front()));
  ReportInput translated;
  if (local.translated()) {
    translated = given;
    translated.checklist = std::move(local.checklist);
  }
  const ReportInput& input = local.translated() ? translated : given;
  try {
    switch (kind) {
      case ReportKind::gap: return render_gap(input, tmpl, options, output);
      case ReportKind::readiness: return render_readiness(input, tmpl, output);
    }
  } catch (const layout::LayoutError& e) {
    throw ReportError(e.what());
  } catch (const std::out_of_range& e) {
    // A template that did not come through the loader lacks a string the report needs.
    throw ReportError(e.what());
  }
  throw ReportError("unknown report kind");
}

void write_report(const ReportInput& input, const Template& tmpl, ReportKind kind, const std::filesystem::path& out,
                  const ReportOptions& options, OutputFormat format) {
  const std::vector<std::uint8_t> bytes = render_report(input, tmpl, kind, options, format);
  // A WriteError is not caught: the caller tells an output it cannot write from a bad input.
  write_file_atomically(out.string(), std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

}  // namespace iso20k::reports
