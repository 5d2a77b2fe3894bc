#include "iso20k/reports/render.h"

#include <string_view>

#include "iso20k/reports/kinds/gap_report.h"
#include "iso20k/reports/kinds/readiness_report.h"
#include "iso20k/reports/layout/error.h"
#include "iso20k/format/atomic_write.h"

namespace iso20k::reports {

std::vector<std::uint8_t> render_report(const ReportInput& input, const Template& tmpl, ReportKind kind) {
  try {
    switch (kind) {
      case ReportKind::gap: return render_gap_report(input, tmpl);
      case ReportKind::readiness: return render_readiness_report(input, tmpl);
    }
  } catch (const layout::LayoutError& e) {
    throw ReportError(e.what());
  } catch (const std::out_of_range& e) {
    // A template that did not come through the loader lacks a string the report needs.
    throw ReportError(e.what());
  }
  throw ReportError("unknown report kind");
}

void write_report(const ReportInput& input, const Template& tmpl, ReportKind kind, const std::filesystem::path& out) {
  const std::vector<std::uint8_t> bytes = render_report(input, tmpl, kind);
  // A WriteError is not caught: the caller tells an output it cannot write from a bad input.
  write_file_atomically(out.string(), std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

}  // namespace iso20k::reports
