// The numbers of a report: rounded for people, with the decimal separator the template chooses,
// and never the C locale's.
#include "iso20k/reports/content/report_text.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "iso20k/export/results_json.h"
#include "iso20k/reports/render.h"
#include "support/report_fixture.h"
#include "support/test_support.h"

namespace iso20k::reports {
namespace {

// An assessed demonstration workspace and the English and German templates, made once.
struct Inputs {
  ReportInput input = test::example_input("harrow-vale-it");
  Template english = test::bundled_template("default");
  Template german = test::bundled_template("default-de");
};

const Inputs& inputs() {
  static const Inputs made;
  return made;
}

// Every kind of number text a report has, in one string.
std::string numbers(const Template& tmpl) {
  const ReportText t(tmpl, inputs().input);
  return t.number(72.45, 1) + " " + t.number(-0.004, 2) + " " + t.number(1234567.891, 2) + " " +
         t.percent(0.725) + " " + t.percent(0.72549, 1) + " " + t.weight(2) + " " + t.weight(1.5) + " " +
         t.weight(0.75) + " " + t.weight(0.1234);
}

}  // namespace

TEST_CASE("report text: numbers are rounded half away from zero, with the template's separator") {
  CHECK(numbers(inputs().english) == "72.5 0.00 1234567.89 73% 72.5% 2 1.5 0.75 0.123");
  CHECK(numbers(inputs().german) == "72,5 0,00 1234567,89 73 % 72,5 % 2 1,5 0,75 0,123");
}

TEST_CASE("report text and results.json: a German C locale changes nothing") {
  const std::string english_before = numbers(inputs().english);
  const std::string german_before = numbers(inputs().german);
  const ReportInput& in = inputs().input;
  const std::string json_before = results_to_json(in.assessment, in.checklist, in.workspace);
  const std::vector<std::uint8_t> pdf_before = render_report(in, inputs().german, ReportKind::gap);

  const iso20k::test::GermanLocale locale;
  if (!locale.active()) {
    MESSAGE("skipped: " << locale.why());
    return;
  }
  REQUIRE(std::to_string(2.5) == "2,500000");  // the locale is in force: printf writes a comma now
  CHECK(numbers(inputs().english) == english_before);
  CHECK(numbers(inputs().german) == german_before);
  CHECK(results_to_json(in.assessment, in.checklist, in.workspace) == json_before);
  CHECK(render_report(in, inputs().german, ReportKind::gap) == pdf_before);
}

}  // namespace iso20k::reports
