#include "iso20k/reports/render.h"

#include <string_view>

#include "iso20k/reports/content/gap_report.h"
#include "iso20k/reports/content/readiness_report.h"
#include "iso20k/reports/layout/error.h"
#include "iso20k/pipeline/checklist_translation.h"
#include "iso20k/reports/pdf/render_pdf.h"
#include "iso20k/format/atomic_write.h"

namespace iso20k::reports {
namespace {

// The readiness report with as much detail as fits in kReadinessMaxPages pages.
std::vector<std::uint8_t> render_readiness(const ReportInput& input, const Template& tmpl) {
  for (const ReadinessBudget& budget : kReadinessBudgets) {
    RenderedPdf pdf = render_pdf(readiness_report_content(input, tmpl, budget), tmpl);
    if (pdf.pages <= static_cast<std::size_t>(kReadinessMaxPages)) return std::move(pdf.bytes);
  }
  throw layout::LayoutError("the readiness report does not fit in " + std::to_string(kReadinessMaxPages) +
                            " pages, even without listing major findings among the blockers");
}

// The gap report; its client edition in the first budget that fits in kGapMaxPages pages.
std::vector<std::uint8_t> render_gap(const ReportInput& input, const Template& tmpl, const ReportOptions& options) {
  RenderedPdf pdf = render_pdf(gap_report_content(input, tmpl, options, kGapBudgets.front()), tmpl);
  if (options.detail) return std::move(pdf.bytes);
  for (std::size_t i = 1; i < kGapBudgets.size() && pdf.pages > static_cast<std::size_t>(kGapMaxPages); ++i) {
    pdf = render_pdf(gap_report_content(input, tmpl, options, kGapBudgets[i]), tmpl);
  }
  return std::move(pdf.bytes);
}

}  // namespace

std::vector<std::uint8_t> render_report(const ReportInput& given, const Template& tmpl, ReportKind kind,
                                        const ReportOptions& options) {
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
      case ReportKind::gap: return render_gap(input, tmpl, options);
      case ReportKind::readiness: return render_readiness(input, tmpl);
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
                  const ReportOptions& options) {
  const std::vector<std::uint8_t> bytes = render_report(input, tmpl, kind, options);
  // A WriteError is not caught: the caller tells an output it cannot write from a bad input.
  write_file_atomically(out.string(), std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

}  // namespace iso20k::reports
