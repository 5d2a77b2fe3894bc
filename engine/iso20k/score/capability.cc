#include "iso20k/score/capability.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "iso20k/format/number_text.h"
#include "iso20k/model/phrase_text.h"

namespace iso20k {
namespace {

bool at_least(const AttributeRating& a, Rating r) { return a.rated && a.rating >= r; }

long long basis_points(double fraction) { return std::llround(fraction * 10000.0); }


Phrase level_phrase(int level) { return Phrase{"level." + std::to_string(std::clamp(level, 0, 5)), {}}; }

Phrase attribute_phrase(Attribute a) { return Phrase{"attribute." + std::string(to_string(a)), {}}; }

Phrase rating_phrase(const AttributeRating& a) {
  if (!a.rated) return Phrase{"capability.not-rated", {list_arg("attribute", {attribute_phrase(a.attribute)})}};
  static constexpr const char* kRatings[] = {"rating.n", "rating.p", "rating.l", "rating.f"};
  return Phrase{"capability.rating", {list_arg("attribute", {attribute_phrase(a.attribute)}),
                                      list_arg("rating", {Phrase{kRatings[static_cast<int>(a.rating)], {}}}),
                                      percent_arg("achievement", a.achievement)}};
}

}  // namespace

std::vector<Phrase> capability_phrases(const ProcessCapability& p) {
  std::vector<Phrase> out{Phrase{"capability.level", {count_arg("level", p.level), list_arg("name", {level_phrase(p.level)})}}};
  const int next = p.level + 1;
  const auto blocks_next = [&](const AttributeRating& a) {
    const int lvl = capability_level(a.attribute);
    return next <= 5 && ((lvl == next && !at_least(a, Rating::L)) || (lvl < next && !at_least(a, Rating::F)));
  };
  std::vector<Phrase> achieved, short_of;
  for (const AttributeRating& a : p.attributes) {
    const int lvl = capability_level(a.attribute);
    if (blocks_next(a)) {
      short_of.push_back(rating_phrase(a));
    } else if (a.rated && lvl <= p.level) {
      achieved.push_back(rating_phrase(a));
    }
  }
  if (!achieved.empty()) out.push_back(Phrase{"capability.achieved", {list_arg("ratings", std::move(achieved))}});
  if (!short_of.empty()) {
    out.push_back(Phrase{"capability.not-reached", {count_arg("level", next), list_arg("name", {level_phrase(next)}),
                                                    list_arg("ratings", std::move(short_of))}});
  }
  std::vector<Phrase> thin;
  for (const AttributeRating& a : p.attributes) {
    if (a.assessed == 1) thin.push_back(attribute_phrase(a.attribute));
  }
  if (!thin.empty()) {
    const char* key = thin.size() == 1 ? "capability.thin" : "capability.thin-many";
    out.push_back(Phrase{key, {list_arg("attributes", std::move(thin))}});
  }
  return out;
}

namespace {
}  // namespace

Rating rate(double x, const RatingBands& b) {
  // Compared in hundredths of a percent, so that an achievement of exactly 15 %, 50 % or 85 %
  // reached through a weighted sum (0.1499999…, 0.8500000…1) falls in the lower band as
  // ISO/IEC 33020 defines it.
  const long long v = basis_points(x);
  if (v <= basis_points(b.n_max)) return Rating::N;
  if (v <= basis_points(b.p_max)) return Rating::P;
  if (v <= basis_points(b.l_max)) return Rating::L;
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

std::vector<ProcessCapability> rate_capability(const Checklist& c, const Workspace& w,
                                               const std::vector<RequirementResult>& results) {
  std::vector<ProcessCapability> out;
  out.reserve(c.processes.size());
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
      const RequirementResult& res = results[i];
      if (res.result == Result::not_assessed || res.result == Result::not_applicable) continue;
      ++pc.attributes[k].assessed;
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
    pc.explanation = phrases_text(capability_phrases(pc), EnglishWords(c), " ");
    out.push_back(std::move(pc));
  }
  return out;
}

}  // namespace iso20k
