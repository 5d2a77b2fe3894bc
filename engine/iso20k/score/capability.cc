#include "iso20k/score/capability.h"

#include <algorithm>

namespace iso20k {
namespace {

bool at_least(const AttributeRating& a, Rating r) { return a.rated && a.rating >= r; }

std::string rating_text(const AttributeRating& a) {
  return std::string(to_string(a.attribute)) + " " + (a.rated ? to_string(a.rating) : "not rated");
}

std::string explain(const ProcessCapability& p) {
  std::string s = "Level " + std::to_string(p.level) + ".";
  std::string achieved;
  for (const AttributeRating& a : p.attributes) {
    if (capability_level(a.attribute) <= p.level) achieved += (achieved.empty() ? "" : ", ") + rating_text(a);
  }
  if (!achieved.empty()) s += " Achieved: " + achieved + ".";
  if (p.level < 5) {
    const int next = p.level + 1;
    std::string blocking;
    for (const AttributeRating& a : p.attributes) {
      const int lvl = capability_level(a.attribute);
      const bool blocks = (lvl == next && !at_least(a, Rating::L)) ||
                          (lvl < next && !at_least(a, Rating::F));
      if (blocks) blocking += (blocking.empty() ? "" : ", ") + rating_text(a);
    }
    s += " Level " + std::to_string(next) + " needs its attributes rated L or F and all lower ones F;"
         " short: " + blocking + ".";
  }
  return s;
}

}  // namespace

Rating rate(double x, const RatingBands& b) {
  if (x <= b.n_max) return Rating::N;
  if (x <= b.p_max) return Rating::P;
  if (x <= b.l_max) return Rating::L;
  return Rating::F;
}

int capability_level(const std::array<AttributeRating, kAttributeCount>& attrs) {
  int level = 0;
  for (int n = 1; n <= 5; ++n) {
    bool ok = true;
    for (const AttributeRating& a : attrs) {
      const int lvl = iso20k::capability_level(a.attribute);
      if (lvl == n) ok = ok && at_least(a, Rating::L);
      if (lvl < n) ok = ok && at_least(a, Rating::F);
    }
    if (!ok) break;
    level = n;
  }
  return level;
}

void rate_capability(const Checklist& c, const Workspace& w, Assessment& a) {
  a.capability.clear();
  for (const Process& p : c.processes) {
    ProcessCapability pc;
    pc.process = p.id;
    std::array<double, kAttributeCount> achieved{}, assessed{};
    for (int k = 0; k < kAttributeCount; ++k) pc.attributes[static_cast<std::size_t>(k)].attribute = static_cast<Attribute>(k);
    for (std::size_t i = 0; i < c.requirements.size(); ++i) {
      const Requirement& r = c.requirements[i];
      if (!r.capability) continue;
      if (std::find(r.processes.begin(), r.processes.end(), p.id) == r.processes.end()) continue;
      const auto k = static_cast<std::size_t>(*r.capability);
      ++pc.attributes[k].requirements;
      const RequirementResult& res = a.results[i];
      if (res.result == Result::not_assessed || res.result == Result::not_applicable) continue;
      achieved[k] += r.weight * res.achievement;
      assessed[k] += r.weight;
    }
    for (std::size_t k = 0; k < kAttributeCount; ++k) {
      AttributeRating& ar = pc.attributes[k];
      ar.rated = assessed[k] > 0;
      if (ar.rated) {
        ar.achievement = achieved[k] / assessed[k];
        ar.rating = rate(ar.achievement, c.scoring.bands);
      }
    }
    pc.level = capability_level(pc.attributes);
    if (auto it = w.profile.target_levels.find(p.id); it != w.profile.target_levels.end()) {
      pc.target_level = it->second;
      pc.gap = std::max(0, it->second - pc.level);
    }
    pc.explanation = explain(pc);
    a.capability.push_back(std::move(pc));
  }
}

}  // namespace iso20k
