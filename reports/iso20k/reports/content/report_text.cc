#include "iso20k/reports/content/report_text.h"

#include <cmath>

#include "iso20k/format/number_text.h"
#include "iso20k/format/text.h"

namespace iso20k::reports {
namespace {

void civil_from_days(int days, int& year, unsigned& month, unsigned& day) {
  // Howard Hinnant's algorithm, the inverse of date_from_ymd.
  const int z = days + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  day = doy - (153 * mp + 2) / 5 + 1;
  month = mp < 10 ? mp + 3 : mp - 9;
  year = static_cast<int>(yoe) + era * 400 + (month <= 2 ? 1 : 0);
}

}  // namespace

ReportText::ReportText(const Template& tmpl, const ReportInput& input) : tmpl_(&tmpl) {
  common_["standard"] = input.assessment.standard.empty() ? input.checklist.standard : input.assessment.standard;
  common_["edition"] = input.assessment.edition.empty() ? input.checklist.edition : input.assessment.edition;
  common_["organisation"] =
      input.assessment.organisation.empty() ? input.workspace.profile.organisation : input.assessment.organisation;
  common_["firm"] = assessed_by(tmpl, input.workspace.profile);
}

std::string assessed_by(const Template& tmpl, const Profile& profile) {
  if (!profile.assessing_organisation.empty()) return profile.assessing_organisation;
  if (!tmpl.branding.firm.empty()) return tmpl.branding.firm;
  return join(profile.assessors, ", ");
}

bool shows_template_logo(const Template& tmpl, const Profile& profile) {
  return !tmpl.branding.logo.empty() &&
         (profile.assessing_organisation.empty() || profile.assessing_organisation == tmpl.branding.firm);
}

std::string ReportText::operator()(const std::string& id, const std::map<std::string, std::string>& values) const {
  if (values.empty()) return tmpl_->format(id, common_);
  std::map<std::string, std::string> all = common_;
  for (const auto& [k, v] : values) all[k] = v;
  return tmpl_->format(id, all);
}

std::string ReportText::date(Date d) const { return date_as(d, "date.format", "month."); }

std::string ReportText::short_date(Date d) const { return date_as(d, "date.short-format", "month.short."); }

std::string ReportText::date_as(Date d, const std::string& format, const std::string& month_prefix) const {
  int year = 0;
  unsigned month = 0;
  unsigned day = 0;
  civil_from_days(d.days, year, month, day);
  return (*this)(format, {{"day", std::to_string(day)},
                          {"month", tmpl_->text(month_prefix + std::to_string(month))},
                          {"year", std::to_string(year)}});
}

std::string ReportText::number(double value, int decimals) const {
  return with_decimal_separator(rounded_text(value, decimals), tmpl_->text("format.decimal-separator"));
}

std::string ReportText::percent(double fraction, int decimals) const {
  return (*this)("format.percent", {{"value", number(fraction * 100, decimals)}});
}

std::string ReportText::weight(double w) const {
  for (int decimals = 0; decimals < 3; ++decimals) {
    const double scale = std::pow(10.0, decimals);
    if (std::abs(std::round(w * scale) - w * scale) < 1e-6) return number(w, decimals);
  }
  return number(w, 3);
}

std::string ReportText::result(Result r) const { return tmpl_->text(std::string("result.") + to_string(r)); }

std::string ReportText::grade(Grade g) const { return tmpl_->text(std::string("grade.") + to_string(g)); }

std::string ReportText::grade_long(Grade g) const {
  return tmpl_->text(std::string("grade.") + to_string(g) + ".long");
}

std::string ReportText::status(ActionStatus s) const { return tmpl_->text(std::string("status.") + to_string(s)); }

std::string ReportText::basis(Basis b) const { return tmpl_->text(std::string("basis.") + to_string(b)); }

std::string ReportText::model(ScoringModel m) const { return tmpl_->text(std::string("model.") + to_string(m)); }

std::string ReportText::model_text(ScoringModel m) const {
  return tmpl_->text(std::string("model.") + to_string(m) + ".text");
}

std::string ReportText::verdict(Verdict v) const { return tmpl_->text(std::string("verdict.") + to_string(v)); }

std::string ReportText::verdict_explanation(Verdict v) const {
  return tmpl_->text(std::string("verdict.explain.") + to_string(v));
}

std::string ReportText::party_kind(PartyKind k) const { return tmpl_->text(std::string("party.") + to_string(k)); }

std::string ReportText::evidence_status(EvidenceStatus s) const {
  return tmpl_->text(std::string("evidence.status.") + to_string(s));
}

std::string ReportText::list(const std::vector<std::string>& items) const {
  return items.empty() ? tmpl_->text("label.none") : join(items, ", ");
}

}  // namespace iso20k::reports
