// The metrics register built from its records: values and the organisation's targets as numbers,
// rows of the metric request list nobody has answered skipped, numbers written as people do
// (a unit, a decimal comma) refused with advice, and a metric recorded twice.
#include <doctest/doctest.h>

#include "iso20k/load/workspace/builders.h"
#include "iso20k/load/workspace/workspace_file.h"

using namespace iso20k;
using namespace iso20k::ws;

namespace {

std::string all(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& x : d) out += format(x) + "\n";
  return out;
}

}  // namespace

TEST_CASE("metrics register: value, target, unit, period and source, unanswered request rows skipped") {
  Workspace w;
  Diagnostics d;
  read_workspace_file(FileKind::metrics, Format::csv,
                      SourceText("metric-requests.csv",
                                 "metric id,title,value,target,unit,period,source,default-target\n"
                                 "MET-A,Resolved in time, 92.5 ,95,%,2026-Q1,ServiceNow,90\n"
                                 "MET-B,Availability,,,%,,,99.9\n"
                                 "MET-C,Restore time,-0.5,,h,,,\n"),
                      w, d);
  CHECK(all(d).empty());
  REQUIRE(w.metrics.size() == 2);  // MET-B: only its unit, filled in by init
  const MetricRecord& a = w.metrics.at("MET-A");
  CHECK(a.value == 92.5);
  CHECK(a.target == std::optional<double>(95));
  CHECK(a.unit == "%");
  CHECK(a.period == "2026-Q1");
  CHECK(a.source == "ServiceNow");
  CHECK(w.metrics.at("MET-C").value == -0.5);
  CHECK_FALSE(w.metrics.at("MET-C").target);
}

TEST_CASE("metrics register: a value with its unit, with a decimal comma, missing, and a metric twice") {
  Workspace w;
  Diagnostics d;
  read_workspace_file(FileKind::metrics, Format::ini,
                      SourceText("metrics.ini",
                                 "[MET-A]\nvalue = 92.5%\n\n[MET-B]\nvalue = 92,5\ntarget = 1,000.5\n\n[MET-C]\nunit = h\n\n"
                                 "[MET-D]\nvalue = 1\n"),
                      w, d);
  CHECK(all(d) ==
        "metrics.ini:2:9: error: 'value' must be a number, not '92.5%': write the number alone (the unit has its own field)\n"
        "metrics.ini:5:9: error: 'value' must be a number, not '92,5': use '.' as the decimal separator\n"
        "metrics.ini:6:10: error: 'target' must be a number, not '1,000.5'\n"
        "metrics.ini:8:1: error: metric MET-C has no 'value'\n");
  CHECK(w.metrics.at("MET-A").value == 0);
  CHECK(w.metrics.size() == 4);
  Diagnostics twice;
  read_workspace_file(FileKind::metrics, Format::csv, SourceText("m.csv", "id,value\nMET-A,1\nMET-A,2\n"), w, twice);
  CHECK(all(twice) == "m.csv:3:1: error: metric MET-A is recorded twice (first at line 2)\n");
}
