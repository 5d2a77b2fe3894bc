#include "iso20k/reports/content/evidence_view.h"

#include <algorithm>

#include "iso20k/format/text.h"

namespace iso20k::reports {
namespace {

bool contains(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

std::string evidence_title(const Checklist& checklist, const std::string& id) {
  const EvidenceItem* item = checklist.find_evidence(id);
  return item == nullptr || item->title.empty() ? id : item->title;
}

std::vector<std::string> evidence_lines(const ReportInput& input, const ReportText& text, const RequirementResult& r) {
  std::vector<std::string> lines;
  const Requirement* req = input.checklist.find_requirement(r.requirement);
  std::vector<std::string> seen;
  if (req != nullptr) {
    for (const std::string& id : req->evidence) {
      if (contains(r.outstanding, id) || contains(r.absent, id) || contains(r.partly, id) || contains(r.stale, id) ||
          contains(r.expired, id) || contains(r.unapproved, id) || contains(r.targets_missed, id) ||
          contains(r.benchmarks_missed, id) || contains(seen, id)) {
        continue;
      }
      const EvidenceItem* item = input.checklist.find_evidence(id);
      if (item == nullptr) continue;
      const auto pos = static_cast<std::size_t>(item - input.checklist.evidence.data());
      if (pos < input.assessment.evidence.size() && input.assessment.evidence[pos].review == Review::provided) {
        seen.push_back(id);
      }
    }
  }
  const auto add = [&](const char* string_id, const std::vector<std::string>& ids) {
    if (!ids.empty()) lines.push_back(text(string_id, {{"items", join(ids, "; ", [&](const std::string& id) { return evidence_title(input.checklist, id); })}}));
  };
  add("results.seen", seen);
  add("results.outstanding", r.outstanding);
  add("results.missing", r.absent);
  add("results.partly", r.partly);
  add("results.stale", r.stale);
  add("results.expired", r.expired);
  add("results.unapproved", r.unapproved);
  add("results.targets-missed", r.targets_missed);
  add("results.benchmarks-missed", r.benchmarks_missed);
  if (lines.empty() && (req == nullptr || req->evidence.empty())) lines.push_back(text("results.no-evidence"));
  return lines;
}

}  // namespace iso20k::reports
