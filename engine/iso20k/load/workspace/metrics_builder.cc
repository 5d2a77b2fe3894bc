// The metrics register: measured values of the checklist's metric items.
#include "iso20k/load/workspace/builders.h"
#include "iso20k/load/workspace/record_reader.h"

namespace iso20k::ws {
namespace {

// A row of the metric request list nobody has answered yet: no value, target, period or source
// (the unit comes filled in). Skipped, so a half-filled metric-requests.csv is a valid register.
bool unanswered(const Record& r) {
  for (const Field& f : r.fields) {
    if (f.name == "id" || f.name == "unit") continue;
    if (f.value.find_first_not_of(" \t\r\n") != std::string::npos) return false;
  }
  return true;
}

}  // namespace

std::map<std::string, MetricRecord> build_metrics(const RecordFile& file, Diagnostics& out) {
  const RecordSpec& spec = *file_spec(FileKind::metrics).item;
  std::map<std::string, MetricRecord> metrics;
  for (const Record& rec : file.records) {
    if (file.format == Format::csv && unanswered(rec)) continue;
    RecordReader r(file, rec, spec, out);
    MetricRecord m;
    m.id = r.text("id");
    r.check_required(m.id.empty() ? std::string("this metric") : "metric " + m.id);
    const std::optional<double> value = r.number("value");
    m.value = value.value_or(0);
    m.target = r.number("target");
    m.unit = r.text("unit");
    m.period = r.text("period");
    m.source = r.text("source");
    m.where = r.where();
    m.locations = r.locations();
    if (m.id.empty()) continue;
    auto [it, fresh] = metrics.emplace(m.id, m);
    if (!fresh) {
      out.push_back({r.at("id"), "metric " + m.id + " is recorded twice" +
                                     first_at(it->second.locations.of("id", it->second.where),
                                              r.at("id"))});
    }
  }
  return metrics;
}

}  // namespace iso20k::ws
