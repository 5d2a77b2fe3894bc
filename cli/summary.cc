#include "summary.h"

#include <array>
#include <ostream>

#include "terminal_text.h"
#include "iso20k/format/number_text.h"
#include "iso20k/util/printable.h"

namespace iso20k::cli {
namespace {

std::string pct(double x) { return pad_left(fixed_text(x * 100, 1), 5) + "%"; }

std::string bar(double x, int width) {
  const int full = static_cast<int>(x * width + 0.5);
  std::string s;
  for (int i = 0; i < width; ++i) s += i < full ? "█" : "░";
  return s;
}

std::string pad(const std::string& s, std::size_t width) {
  const std::size_t w = display_width(s);
  if (w >= width) {
    // Cut at a code point boundary and mark the cut.
    std::string out;
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size() && n + 1 < width; ++i) {
      out += s[i];
      if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
      while (i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) out += s[++i];
    }
    return out + "…";
  }
  return s + std::string(width - w, ' ');
}

// `s` centred in `width` columns (the extra space goes right).
std::string centred(const std::string& s, std::size_t width) {
  const std::size_t w = display_width(s);
  if (w >= width) return s;
  const std::size_t left = (width - w) / 2;
  return std::string(left, ' ') + s + std::string(width - w - left, ' ');
}

std::string counted(int n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

struct Paint {
  bool on;
  std::string operator()(const std::string& s, const char* code) const {
    return on ? std::string("\033[") + code + "m" + s + "\033[0m" : s;
  }
};


const char* score_colour(double x, double threshold) {
  return x >= threshold ? "32" : x >= threshold * 0.6 ? "33" : "31";
}

}  // namespace

void print_summary(std::ostream& out, const Assessment& a, const Checklist& c, const SummaryStyle& st) {
  const Paint paint{st.colour};
  const double threshold = c.scoring.stage2_min_score;
  out << paint("iso20k assessment", "1") << " — " << printable(a.organisation) << "\n"
      << c.standard << ":" << c.edition << " (checklist " << c.id << " " << c.version << "), as of "
      << to_string(a.as_of) << ", " << to_string(a.model) << " model\n\n";

  std::string verdict = describe(a.verdict);
  for (char& ch : verdict) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  const char* vcol = a.verdict == Verdict::stage2 ? "1;32" : a.verdict == Verdict::stage1 ? "1;33" : "1;31";
  out << "Overall " << paint(pct(a.overall.score), score_colour(a.overall.score, threshold))
      << "   coverage " << pct(a.overall.coverage) << "   HLS " << pct(a.hls.score) << "   SMS "
      << pct(a.sms.score) << "\nVerdict: " << paint(verdict, vcol) << "   (this tool's criteria: stage 2 needs "
      << percent(threshold, 1) << " with " << percent(c.scoring.stage2_min_coverage, 1) << " coverage)\n";
  if (c.edition == "2011") out << a.readiness_note << "\n";  // certificates to 2011 are no longer issued
  if (a.finding_counts[0] > c.scoring.max_open_majors) {
    out << "Certification decision: blocked until the "
        << counted(a.finding_counts[0], "major nonconformity is", "major nonconformities are") << " corrected and verified\n";
  }
  out << "\n";

  out << paint("Clauses", "1") << std::string(44, ' ') << "score   coverage\n";
  for (std::size_t i = 0; i < a.clauses.size(); ++i) {
    const Clause& cl = c.clauses[i];
    if (cl.depth > st.clause_depth) continue;
    const Rollup& r = a.clauses[i].rollup;
    const std::string label = std::string(static_cast<std::size_t>(2 + 2 * cl.depth), ' ') +
                              pad(printable(cl.number + " " + cl.title), static_cast<std::size_t>(38 - 2 * cl.depth));
    out << label << " " << paint(bar(r.score, 12), score_colour(r.score, threshold)) << " "
        << pct(r.score) << "  " << pct(r.coverage) << "\n";
  }

  // Capability: one row per process; level, target and gap, then one centred cell per attribute
  // under its name ("·" when not rated). Header and rows share the column widths. Attributes no
  // requirement of the checklist carries (PA5.x in the bundled ones) get no column.
  constexpr std::size_t kName = 36, kCell = 6;
  std::array<bool, kAttributeCount> column{};
  for (const ProcessCapability& pc : a.capability) {
    for (std::size_t k = 0; k < kAttributeCount; ++k) column[k] = column[k] || pc.attributes[k].requirements > 0;
  }
  out << "\n" << paint(pad("Process capability", kName), "1") << centred("level", kCell)
      << centred("target", kCell) << centred("gap", kCell);
  for (std::size_t k = 0; k < kAttributeCount; ++k) {
    if (column[k]) out << centred(to_string(static_cast<Attribute>(k)), kCell);
  }
  out << "\n";
  for (std::size_t i = 0; i < a.capability.size(); ++i) {
    const ProcessCapability& pc = a.capability[i];
    out << "  " << pad(printable(c.processes[i].name), kName - 2) << centred(std::to_string(pc.level), kCell)
        << centred(pc.target_level ? std::to_string(*pc.target_level) : "-", kCell);
    const std::string gap = centred(pc.gap > 0 ? "▼" + std::to_string(pc.gap) : "", kCell);
    out << (pc.gap > 0 ? paint(gap, "31") : gap);
    for (const AttributeRating& ar : pc.attributes) {
      if (!column[static_cast<std::size_t>(ar.attribute)]) continue;
      const std::string cell = centred(ar.rated ? to_string(ar.rating) : "·", kCell);
      out << (ar.rated && ar.rating == Rating::F ? paint(cell, "32") : cell);
    }
    out << "\n";
  }

  out << "\n" << paint("Findings", "1") << ": " << counted(a.finding_counts[0], "major", "major")
      << ", " << counted(a.finding_counts[1], "minor", "minor") << ", "
      << counted(a.finding_counts[2], "opportunity for improvement", "opportunities for improvement")
      << "\n";
  int overdue = 0;
  for (const PlannedAction& p : a.plan) overdue += p.overdue;
  out << "Improvement plan: " << counted(static_cast<int>(a.plan.size()), "action", "actions") << " ("
      << overdue << " overdue)\n";
  if (!a.blockers.empty()) {
    out << "\n" << paint("Blockers", "1") << "\n";
    std::size_t shown = 0;
    for (const Blocker& b : a.blockers) {
      if (++shown > 12) {
        out << "  … and " << a.blockers.size() - 12
            << " more (all are in results.json, written with --out, and in the reports)\n";
        break;
      }
      out << (b.stage == 3 ? "  decision: " : b.stage == 1 ? "  stage 1:  " : "  stage 2:  ") << printable(b.text) << "\n";
    }
  }
}

}  // namespace iso20k::cli
