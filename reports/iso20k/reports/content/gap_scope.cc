// Scope and method: the criteria (standard, checklist, tailoring, scoring model, date, assessors),
// the scope of the service management system, and how the assessment was done.
#include "iso20k/format/text.h"
#include "iso20k/reports/content/gap_sections.h"
#include "iso20k/reports/content/report_frame.h"
#include "iso20k/reports/template/report_sections.h"

namespace iso20k::reports {
namespace {

std::string lines(const std::vector<std::string>& items, const ReportText& t) {
  return items.empty() ? t("label.none") : join(items, "\n");
}

}  // namespace

std::vector<LabelValue> scope_rows(const ReportInput& input, const ReportText& t) {
  const Checklist& cl = input.checklist;
  const Profile& p = input.workspace.profile;
  std::vector<std::string> services;
  for (const Service& s : p.services) services.push_back(s.name.empty() ? s.id : s.name);
  std::vector<std::string> parties;
  for (const OtherParty& party : p.parties) {
    std::vector<std::string> operates;
    for (const std::string& o : party.operates) {
      const Process* process = cl.find_process(o);
      std::string name = process != nullptr ? process->name : o;
      for (const Service& s : p.services) {
        if (s.id == o && !s.name.empty()) name = s.name;
      }
      operates.push_back(name);
    }
    parties.push_back(operates.empty()
                          ? t("scope.party-plain", {{"name", party.name}, {"kind", t.party_kind(party.kind)}})
                          : t("scope.party", {{"name", party.name},
                                              {"kind", t.party_kind(party.kind)},
                                              {"operates", t.list(operates)}}));
  }
  return {{t("scope.statement"), p.scope.empty() ? t("label.none") : p.scope},
          {t("scope.services"), lines(services, t), true},
          {t("scope.sites"), lines(p.sites, t), true},
          {t("scope.units"), lines(p.units, t), true},
          {t("scope.persons"), p.persons > 0 ? std::to_string(p.persons) : t("label.none")},
          {t("scope.parties"), lines(parties, t), true}};
}

void add_scope_and_method(GapContext& c) {
  const Assessment& a = c.input.assessment;
  const Checklist& cl = c.input.checklist;
  const Profile& p = c.input.workspace.profile;
  const ReportText& t = c.text;

  c.out.heading(2, t("scope.criteria"));
  std::vector<LabelValue> criteria;
  std::string standard = t("scope.standard-value");
  for (const Amendment& amendment : cl.amendments) {
    standard += "\n" + amendment.id + (amendment.title.empty() ? "" : " — " + amendment.title);
  }
  criteria.push_back({t("scope.standard"), standard});
  criteria.push_back({t("scope.checklist"),
                      t("scope.checklist-value", {{"title", cl.title}, {"id", a.checklist_id}, {"version", a.checklist_version}})});
  const AppliedTailoring& tailoring = cl.tailoring;
  criteria.push_back({t("scope.tailoring"),
                      tailoring.id.empty() ? t("scope.no-tailoring")
                                           : t("scope.tailoring-value", {{"title", tailoring.title},
                                                                          {"id", tailoring.id},
                                                                          {"version", tailoring.version}})});
  criteria.push_back({t("scope.scoring-model"), first_sentence(t.model_text(a.model))});
  criteria.push_back({t("scope.assessment-date"), t.date(a.as_of)});
  criteria.push_back({t("scope.assessors"), lines(p.assessors, t), true});
  c.out.table(label_values(t, criteria));
  if (!tailoring.id.empty()) {
    if (!tailoring.notes.empty()) {
      c.out.paragraph(t("scope.tailoring-notes"));
      c.out.bullets(tailoring.notes);
    }
    if (!tailoring.deselected.empty()) c.out.paragraph(t("scope.deselected", {{"list", t.list(tailoring.deselected)}}));
  }

  c.out.heading(2, t("scope.sms-scope"));
  c.out.table(label_values(t, scope_rows(c.input, t)));

  c.out.heading(2, t("scope.method"));
  c.out.paragraph(t("method.sampling"));
  c.out.paragraph(t("method.results"));
  c.out.paragraph(t("method.grading"));
  if (!a.capability.empty()) c.out.paragraph(t("method.capability"));
  const std::string letter = SectionNumbers::appendix_letter(c.order, ReportKind::gap, "score-computation");
  if (!letter.empty()) c.out.paragraph(t("method.trail", {{"letter", letter}}));
}

}  // namespace iso20k::reports
