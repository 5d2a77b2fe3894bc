// Rule evaluation throughput: a set of realistic rules over a generated workspace (300 evidence
// items, 60 metrics, 4 in 5 of them recorded), evaluated without explanation (the scoring fast
// path) and with it, and the default rule. The peer is the same judgements written by hand in
// C++ over rules/evidence_state.h, i.e. what the interpreter would cost if it cost nothing; the
// ratio is interpreter time / hand-written time.
// Throughput is per second of this thread's CPU time (one core).
//   rules_bench [CPU seconds per measurement, default 1]
#include <time.h>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "iso20k/model/checklist.h"
#include "iso20k/model/workspace.h"
#include "iso20k/rules/compiled_rule.h"
#include "iso20k/rules/default_rule.h"
#include "iso20k/rules/evidence_state.h"
#include "iso20k/rules/rule.h"

using namespace iso20k;
using namespace iso20k::rules;

namespace {

std::string id(const char* prefix, int i) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s-%03d", prefix, i);
  return buf;
}

struct World {
  Checklist checklist;
  Workspace workspace;
  Date as_of = *parse_date("2025-05-10");
};

World make_world() {
  World w;
  w.checklist.id = "bench:1";
  const char* prefixes[] = {"DOC-SMS", "REC-OPS", "INT-LEAD", "OBS-DESK"};
  const EvidenceKind kinds[] = {EvidenceKind::document, EvidenceKind::record, EvidenceKind::interview,
                                EvidenceKind::observation};
  for (int i = 0; i < 300; ++i) {
    EvidenceItem e;
    e.id = id(prefixes[i % 4], i);
    e.kind = kinds[i % 4];
    e.mandatory = i % 5 == 0;
    if (i % 4 < 2) e.max_age = Duration{i % 2 ? 90 : 360};
    e.approval_required = i % 4 == 0;
    w.checklist.evidence.push_back(e);
  }
  for (int i = 0; i < 60; ++i) {
    EvidenceItem m;
    m.id = id("MET-PERF", i);
    m.kind = EvidenceKind::metric;
    m.unit = "%";
    m.target = 90;
    m.better = i % 3 ? Better::higher : Better::lower;
    w.checklist.evidence.push_back(m);
  }
  w.checklist.reindex();
  unsigned seed = 12345;
  auto next = [&seed] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7FFF; };
  for (const EvidenceItem& e : w.checklist.evidence) {
    if (next() % 5 == 0) continue;  // one in five not recorded
    if (e.kind == EvidenceKind::metric) {
      MetricRecord m;
      m.id = e.id;
      m.value = 80 + next() % 20;
      w.workspace.metrics.emplace(m.id, m);
      continue;
    }
    EvidenceRecord r;
    r.id = e.id;
    r.status = next() % 6 == 0 ? EvidenceStatus::partial : EvidenceStatus::seen;
    r.issued = Date{w.as_of.days - static_cast<int>(next() % 700)};
    if (next() % 2) r.reviewed = Date{w.as_of.days - static_cast<int>(next() % 200)};
    if (next() % 3 == 0) r.approved_by = "J. Doe";
    w.workspace.evidence.emplace(r.id, r);
  }
  w.workspace.profile.persons = 180;
  return w;
}

// A rule and the same judgement written by hand.
struct Case {
  std::string text;
  std::function<double(const World&)> by_hand;
};

// An item the hand-written peer reads: resolved in the checklist once, as compile() does.
struct Ref {
  std::string id;
  const EvidenceItem* item;
};

EvidenceState ev(const World& w, const Ref& r) {
  return evidence_state(r.item, w.workspace.find_evidence(r.id), w.as_of);
}
MetricState met(const World& w, const Ref& r) {
  return metric_state(r.item, w.workspace.find_metric(r.id));
}

std::vector<Case> cases(const World& world) {
  auto ref = [&world](const char* prefix, int i) {
    const std::string s = id(prefix, i);
    return Ref{s, world.checklist.find_evidence(s)};
  };
  const Ref d0 = ref("DOC-SMS", 0), d8 = ref("DOC-SMS", 8), d16 = ref("DOC-SMS", 16),
            d24 = ref("DOC-SMS", 24), r1 = ref("REC-OPS", 1), r5 = ref("REC-OPS", 5),
            i2 = ref("INT-LEAD", 2), o3 = ref("OBS-DESK", 3), m1 = ref("MET-PERF", 1),
            m2 = ref("MET-PERF", 2), m4 = ref("MET-PERF", 4);
  auto q = [](const Ref& r) { return "\"" + r.id + "\""; };
  return {
      {"valid(evidence(" + q(d0) + ")) && meets_target(metric(" + q(m1) + "))",
       [=](const World& w) { return ev(w, d0).valid && met(w, m1).met ? 1.0 : 0.0; }},
      {"present(evidence(" + q(r1) + ")) && within(evidence(" + q(r1) + "), 3m)",
       [=](const World& w) {
         const EvidenceState s = ev(w, r1);
         return s.present && s.age.days <= 90 ? 1.0 : 0.0;
       }},
      {"ratio([valid(evidence(" + q(d0) + ")), valid(evidence(" + q(d8) + ")), valid(evidence(" +
           q(r5) + "))])",
       [=](const World& w) {
         return ((ev(w, d0).valid ? 1 : 0) + (ev(w, d8).valid ? 1 : 0) + (ev(w, r5).valid ? 1 : 0)) /
                3.0;
       }},
      {"value(metric(" + q(m2) + ")) >= metric(" + q(m2) + ").target ? conformant : value(metric(" +
           q(m2) + ")) >= 0.9 * metric(" + q(m2) + ").target ? partial : nonconformant",
       [=](const World& w) {
         const MetricState m = met(w, m2);
         return m.value >= m.target ? 1.0 : m.value >= 0.9 * m.target ? 0.5 : 0.0;
       }},
      {"valid(evidence(" + q(d16) + ")) || valid(evidence(" + q(d24) + "))",
       [=](const World& w) { return ev(w, d16).valid || ev(w, d24).valid ? 1.0 : 0.0; }},
      {"evidence(" + q(r5) + ").status in [\"seen\", \"partial\"] && as_of - evidence(" + q(r5) +
           ").issued <= 12m",
       [=](const World& w) {
         const EvidenceState s = ev(w, r5);
         return s.status != EvidenceStatus::missing && s.issued && w.as_of.days - s.issued->days <= 360
                    ? 1.0
                    : 0.0;
       }},
      {"profile.persons > 250 ? all([present(evidence(" + q(i2) + ")), present(evidence(" + q(o3) +
           "))]) : present(evidence(" + q(i2) + "))",
       [=](const World& w) {
         if (w.workspace.profile.persons > 250) return ev(w, i2).present && ev(w, o3).present ? 1.0 : 0.0;
         return ev(w, i2).present ? 1.0 : 0.0;
       }},
      {"min(1, value(metric(" + q(m4) + ")) / metric(" + q(m4) + ").target)",
       [=](const World& w) {
         const MetricState m = met(w, m4);
         const double r = m.target == 0 ? 0 : m.value / m.target;
         return r < 1 ? r : 1;
       }},
      {"approved(evidence(" + q(d8) + ")) && !evidence(" + q(d8) + ").stale && !evidence(" + q(d8) +
           ").expired",
       [=](const World& w) {
         const EvidenceState s = ev(w, d8);
         return s.approved && !s.stale && !s.expired ? 1.0 : 0.0;
       }},
      {"count([valid(evidence(" + q(d0) + ")), valid(evidence(" + q(d8) + ")), valid(evidence(" +
           q(d16) + ")), present(evidence(" + q(r1) + "))]) >= 3",
       [=](const World& w) {
         const int n = (ev(w, d0).valid ? 1 : 0) + (ev(w, d8).valid ? 1 : 0) + (ev(w, d16).valid ? 1 : 0) +
                       (ev(w, r1).present ? 1 : 0);
         return n >= 3 ? 1.0 : 0.0;
       }},
  };
}

// This thread's CPU time in seconds: throughput on one core, whatever else the machine runs.
double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// Runs `body` (which does `batch` evaluations) for `seconds` of CPU time; evaluations per second.
template <class F>
double measure(double seconds, std::size_t batch, F&& body) {
  for (int i = 0; i < 3; ++i) body();  // warm up
  std::size_t done = 0;
  const double start = cpu_seconds();
  double elapsed = 0;
  do {
    for (int i = 0; i < 100; ++i) body();
    done += 100 * batch;
    elapsed = cpu_seconds() - start;
  } while (elapsed < seconds);
  return static_cast<double>(done) / elapsed;
}

volatile double g_sink;

}  // namespace

int main(int argc, char** argv) {
  const double seconds = argc > 1 ? std::atof(argv[1]) : 1.0;
  const World w = make_world();
  const EvalContext ctx{w.checklist, w.workspace, w.as_of};
  const std::vector<Case> all = cases(w);
  std::vector<std::shared_ptr<const CompiledRule>> rules;
  for (const Case& c : all) {
    CompileResult r = compile(c.text, w.checklist);
    if (!r.rule) {
      std::fprintf(stderr, "does not compile: %s\n  %s\n", c.text.c_str(), r.errors[0].message.c_str());
      return 1;
    }
    // The hand-written peer must agree with the rule, or the comparison means nothing.
    const double expected = c.by_hand(w), got = evaluate(*r.rule, ctx, false).achievement;
    if (expected != got) {
      std::fprintf(stderr, "peer disagrees (%g vs %g): %s\n", expected, got, c.text.c_str());
      return 1;
    }
    rules.push_back(r.rule);
  }

  const double fast = measure(seconds, rules.size(), [&] {
    double s = 0;
    for (const auto& r : rules) s += evaluate(*r, ctx, false).achievement;
    g_sink = s;
  });
  const double explained = measure(seconds, rules.size(), [&] {
    double s = 0;
    for (const auto& r : rules) s += evaluate(*r, ctx, true).achievement;
    g_sink = s;
  });
  const double by_hand = measure(seconds, all.size(), [&] {
    double s = 0;
    for (const Case& c : all) s += c.by_hand(w);
    g_sink = s;
  });
  std::vector<Requirement> requirements(20);
  for (std::size_t i = 0; i < requirements.size(); ++i) {
    for (std::size_t k = 0; k < 4; ++k) {
      requirements[i].evidence.push_back(w.checklist.evidence[(i * 17 + k * 89) % w.checklist.evidence.size()].id);
    }
  }
  const double default_rule = measure(seconds, requirements.size(), [&] {
    double s = 0;
    for (const Requirement& r : requirements) s += default_outcome(r, ctx, false).achievement;
    g_sink = s;
  });

  std::printf("rules_bench (per CPU second, one core): %zu rules, %zu evidence items, %zu recorded, %zu metric values\n",
              rules.size(), w.checklist.evidence.size(), w.workspace.evidence.size(),
              w.workspace.metrics.size());
  std::printf("  evaluate, no explanation    %12.0f evaluations/s\n", fast);
  std::printf("  evaluate, with explanation  %12.0f evaluations/s\n", explained);
  std::printf("  peer: hand-written C++      %12.0f evaluations/s   interpreter/peer time ratio %.2f\n",
              by_hand, by_hand / fast);
  std::printf("  default rule (4 items)      %12.0f evaluations/s\n", default_rule);
  return 0;
}
