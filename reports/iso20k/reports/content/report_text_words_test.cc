// The words of a report (strings, dates, names, lists); report_text_test.cc covers its numbers.
// The words and numbers of a report in the template's language: strings with the common
// placeholders, dates, numbers, percentages and weights with the decimal separator, and the names
// of results, grades, statuses and verdicts, in English and German.
#include "iso20k/reports/content/report_text.h"

#include <doctest/doctest.h>

#include "support/report_fixture.h"

using namespace iso20k;
using namespace iso20k::reports;
using iso20k::reports::test::bundled_template;

namespace {

ReportInput input() {
  ReportInput in;
  in.assessment.standard = "ISO/IEC 20000-1";
  in.assessment.edition = "2018";
  in.assessment.organisation = "Acme Hosting";
  return in;
}

const Template& en() {
  static const Template t = bundled_template("default");
  return t;
}

const Template& de() {
  static const Template t = bundled_template("default-de");
  return t;
}

Date day(const char* ymd) { return *parse_date(ymd); }

}  // namespace

TEST_CASE("report text: strings with the placeholders every string offers filled in") {
  const ReportText t(en(), input());
  CHECK(t("cover.checklist-value", {{"version", "1.1"}}) == "ISO/IEC 20000-1:2018, checklist version 1.1");
  CHECK(ReportText(de(), input())("cover.checklist-value", {{"version", "1.1"}}) ==
        "ISO/IEC 20000-1:2018, Checkliste Version 1.1");
  // From results of an older kind without them: the checklist's standard and edition, the profile's name.
  ReportInput bare;
  bare.checklist.standard = "Test Standard";
  bare.checklist.edition = "2024";
  CHECK(ReportText(en(), bare)("cover.checklist-value", {{"version", "0.1"}}) == "Test Standard:2024, checklist version 0.1");
  // A value given for a common placeholder wins.
  CHECK(t("cover.checklist-value", {{"version", "2"}, {"edition", "2011"}}) == "ISO/IEC 20000-1:2011, checklist version 2");
}

TEST_CASE("report text: dates in the template's language") {
  const ReportText e(en(), input());
  const ReportText g(de(), input());
  CHECK(e.date(day("2026-03-14")) == "14 March 2026");
  CHECK(g.date(day("2026-03-14")) == "14. März 2026");
  CHECK(e.short_date(day("2025-12-24")) == "24 Dec 2025");
  CHECK(g.short_date(day("2025-12-24")) == "24. Dez. 2025");
  CHECK(e.date(day("2024-02-29")) == "29 February 2024");
  CHECK(e.date(day("2000-01-01")) == "1 January 2000");
  CHECK(e.date(day("1969-12-31")) == "31 December 1969");
}

TEST_CASE("report text: numbers, percentages and weights with the template's decimal separator") {
  const ReportText e(en(), input());
  const ReportText g(de(), input());
  CHECK(e.number(1234.5, 1) == "1234.5");
  CHECK(g.number(1234.5, 1) == "1234,5");
  CHECK(e.number(-0.004, 2) == "0.00");  // never "-0.00"
  CHECK(e.number(2.25, 0) == "2");
  CHECK(e.percent(0.725) == "73%");
  CHECK(e.percent(0.7249) == "72%");
  CHECK(g.percent(0.725, 1) == "72,5 %");
  CHECK(e.percent(1) == "100%");
  CHECK(e.weight(2) == "2");
  CHECK(e.weight(1.5) == "1.5");
  CHECK(e.weight(0.75) == "0.75");
  CHECK(e.weight(0.125) == "0.125");
  CHECK(g.weight(1.5) == "1,5");
}

TEST_CASE("report text: names of results, grades, statuses, bases, models, verdicts and parties") {
  const ReportText e(en(), input());
  const ReportText g(de(), input());
  CHECK(e.result(Result::not_assessed) == "Not assessed");
  CHECK(g.result(Result::not_assessed) == "Nicht bewertet");
  CHECK(e.grade(Grade::major) == "Major");
  CHECK(e.grade_long(Grade::major) == "Major nonconformity");
  CHECK(g.grade_long(Grade::major) == "Hauptabweichung");
  CHECK(e.status(ActionStatus::in_progress) == "In progress");
  CHECK(e.basis(Basis::judgement) == "Assessor judgement");
  CHECK(e.model(ScoringModel::flat) == "flat");
  CHECK(g.model(ScoringModel::flat) == "einfaches");
  CHECK(e.verdict(Verdict::stage1) == "Ready for stage 1");
  CHECK(g.verdict(Verdict::stage1) == "Bereit für Stufe 1");
  CHECK(e.party_kind(PartyKind::internal_supplier) == "internal supplier");
  CHECK(e.evidence_status(EvidenceStatus::partial) == "Partly seen");
  CHECK(g.evidence_status(EvidenceStatus::missing) == "Nachweislich nicht vorhanden");
  CHECK(g.evidence_status(EvidenceStatus::requested) == "Angefordert");
}

TEST_CASE("report text: lists joined, an empty one in the template's words") {
  const ReportText e(en(), input());
  CHECK(e.list({"incident", "change"}) == "incident, change");
  CHECK(e.list({}) == "None recorded");
  CHECK(ReportText(de(), input()).list({}) == "Keine Angaben");
}
