#include "iso20k/score/capability.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "iso20k/format/number_text.h"

namespace iso20k {
namespace {

bool at_least(const AttributeRating& a, Rating r) { return a.rated && a.rating >= r; }

long long basis_points(double fraction) { return std::llround(fraction * 10000.0); }

const char* attribute_name(Attribute a) {
  switch (a) {
    case Attribute::pa1_1: return "process performance";
    case Attribute::pa2_1: return "performance management";
    case Attribute::pa2_2: return "work product management";
    case Attribute::pa3_1: return "process definition";
    case Attribute::pa3_2: return "process deployment";
    case Attribute::pa4_1: return "quantitative analysis";
    case Attribute::pa4_2: return "quantitative control";
    case Attribute::pa5_1: return "process innovation";
    case Attribute::pa5_2: return "process innovation implementation";
  }
  return "";
}

const char* level_name(int level) {
  static constexpr const char* kNames[] = {"incomplete", "performed",   "managed",
                                           "established", "predictable", "innovating"};
  return kNames[level < 0 ? 0 : level > 5 ? 5 : level];
}

std::string rating_text(const AttributeRating& a) {
  std::string s = attribute_name(a.attribute);
  if (!a.rated) return s + " is not rated (nothing assessed)";
  static constexpr const char* kWords[] = {"not achieved", "partially achieved", "largely achieved",
                                           "fully achieved"};
  s.append(" is ").append(kWords[static_cast<int>(a.rating)]);
  s.append(" (").append(percent(a.achievement, 0)).append(")");
  return s;
}

void list(std::string& s, const std::vector<std::string>& parts) {
  for (std::size_t i = 0; i < parts.size(); ++i) {
    s.append(i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ").append(parts[i]);
  }
}

// In words, for the reader of a report: the level, what holds it there and what the next level
// lacks; attributes rated on a single requirement are named as thinly evidenced.
std::string explain(const ProcessCapability& p) {
  std::string s = "Level " + std::to_string(p.level) + " (" + level_name(p.level) + ").";
  const int next = p.level + 1;
  const auto blocks_next = [&](const AttributeRating& a) {
    const int lvl = capability_level(a.attribute);
    return next <= 5 && ((lvl == next && !at_least(a, Rating::L)) || (lvl < next && !at_least(a, Rating::F)));
  };
  std::vector<std::string> achieved, short_of;
  for (const AttributeRating& a : p.attributes) {
    const int lvl = capability_level(a.attribute);
    if (blocks_next(a)) {
      short_of.push_back(rating_text(a));
    } else if (a.rated && lvl <= p.level) {
      achieved.push_back(rating_text(a));
    }
  }
  if (!achieved.empty()) {
    std::string part;
    list(part, achieved);
    part[0] = static_cast<char>(part[0] - 'a' + 'A');
    s.append(" ").append(part).append(".");
  }
  if (!short_of.empty()) {
    s += " Level " + std::to_string(next) + " (" + level_name(next) + ") is not reached: ";
    list(s, short_of);
    s += ".";
  }
  std::vector<std::string> thin;
  for (const AttributeRating& a : p.attributes) {
    if (a.assessed == 1) thin.push_back(attribute_name(a.attribute));
  }
  if (!thin.empty()) {
    std::string part;
    list(part, thin);
    part[0] = static_cast<char>(part[0] - 'a' + 'A');
    s.append(" ").append(part).append(thin.size() == 1 ? " rests on a single assessed requirement (thinly evidenced)."
                                                       : " each rest on a single assessed requirement (thinly evidenced).");
  }
  return s;
}

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
    pc.explanation = explain(pc);
    out.push_back(std::move(pc));
  }
  return out;
}

}  // namespace iso20k
