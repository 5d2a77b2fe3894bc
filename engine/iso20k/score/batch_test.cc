#include "iso20k/score/batch.h"

#include <doctest/doctest.h>

#include "iso20k/export/results_json.h"
#include "iso20k/load/checklist/checklist_loader.h"

using namespace iso20k;

TEST_CASE("assessing on worker threads gives the same results as one by one") {
  const ChecklistLoad l =
      load_checklist(std::string(ISO20K_SOURCE_DIR) + "/checklists/iso20000-1-2018.xml");
  REQUIRE(l.checklist);
  const Checklist& c = *l.checklist;
  std::vector<Workspace> many;
  for (int n = 0; n < 24; ++n) {
    Workspace w;
    w.profile.organisation = "Org " + std::to_string(n);
    w.profile.assessment_date = parse_date("2026-06-30");
    int k = 0;
    for (const EvidenceItem& e : c.evidence) {
      ++k;
      if ((k + n) % 3 == 0) continue;  // not registered: some requirements not assessed
      if (e.kind == EvidenceKind::metric) {
        MetricRecord m;
        m.id = e.id;
        m.value = e.target + ((k * 7 + n) % 5 - 2);
        w.metrics[e.id] = m;
      } else {
        EvidenceRecord r;
        r.id = e.id;
        r.status = static_cast<EvidenceStatus>((k + n) % 3);
        r.reviewed = Date{parse_date("2026-06-30")->days - (k * 13 + n * 29) % 500};
        if ((k + n) % 4 != 0) r.approved_by = "Owner";
        w.evidence[e.id] = r;
      }
    }
    many.push_back(std::move(w));
  }
  const std::vector<Assessment> parallel = assess_all(c, many, {}, 4);
  REQUIRE(parallel.size() == many.size());
  for (std::size_t i = 0; i < many.size(); ++i) {
    CHECK(results_to_json(parallel[i], c, many[i]) == results_to_json(assess(c, many[i]), c, many[i]));
  }
  // The generated organisations differ, so the comparison above is not vacuous.
  CHECK(parallel[0].overall.score != doctest::Approx(parallel[1].overall.score));
}

TEST_CASE("a failing workspace is reported after the others finish") {
  const ChecklistLoad l =
      load_checklist(std::string(ISO20K_SOURCE_DIR) + "/tests/fixtures/checklists/small.xml");
  REQUIRE(l.checklist);
  std::vector<Workspace> ws(3);
  ws[0].profile.assessment_date = parse_date("2026-01-01");
  ws[2].profile.assessment_date = parse_date("2026-01-01");  // ws[1] has no date
  CHECK_THROWS_AS(assess_all(*l.checklist, ws, {}, 2), std::invalid_argument);
}
