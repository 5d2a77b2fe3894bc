// Scoring benchmarks (issue: scoring, capability, findings, readiness):
//  (a) parse vs assess: loading the 2018 checklist and a demo workspace, against assessing it.
//      Target: assessing adds at most half again to the parse time (ratio ≤ 0.5).
//  (b) 1,000 generated workspaces assessed in one process on worker threads. Target: at least
//      1,000 organisations per second on two cores, with results identical to one by one. Two
//      populations: variations of the three demonstration organisations (realistic), and random
//      evidence (a worst case with about 330 findings per organisation).
//
//   build-bench/bench/assess_bench [WORKSPACE (default examples/harrow-vale-it)] [THREADS (default 2)]
//   ISO20K_BENCH_PROFILE=1: only the batch over the random population, for a profiler
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "iso20k/export/results_json.h"
#include "iso20k/load/workspace/workspace_loader.h"
#include "iso20k/pipeline/assessment_inputs.h"
#include "iso20k/score/assess.h"
#include "iso20k/score/batch.h"

using namespace iso20k;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

// Runs `f` repeatedly for at least `budget` seconds; returns seconds per run.
template <class F>
double time_per_run(F&& f, double budget = 2.0) {
  int runs = 0;
  const auto start = Clock::now();
  do {
    f();
    ++runs;
  } while (seconds_since(start) < budget);
  return seconds_since(start) / runs;
}

Workspace generate(const Checklist& c, int n) {
  Workspace w;
  w.profile.organisation = "Generated organisation " + std::to_string(n);
  w.profile.assessment_date = parse_date("2026-06-30");
  int k = 0;
  for (const EvidenceItem& e : c.evidence) {
    ++k;
    if ((k * 31 + n) % 11 == 0) continue;  // some items not registered
    if (e.kind == EvidenceKind::metric) {
      MetricRecord m;
      m.id = e.id;
      m.value = e.target + ((k * 7 + n) % 9 - 4);
      w.metrics[e.id] = m;
    } else {
      EvidenceRecord r;
      r.id = e.id;
      r.status = (k + n) % 7 == 0 ? EvidenceStatus::missing
                 : (k + n) % 5 == 0 ? EvidenceStatus::partial : EvidenceStatus::seen;
      r.reviewed = Date{w.profile.assessment_date->days - (k * 13 + n * 29) % 500};
      if ((k + n) % 6 != 0) r.approved_by = "Process owner";
      w.evidence[e.id] = r;
    }
  }
  for (const Process& p : c.processes) w.profile.target_levels[p.id] = 1 + (n + static_cast<int>(p.id.size())) % 3;
  return w;
}

// A realistic population: each generated organisation is one of the demonstration workspaces with
// about one evidence item in twenty changed (status, review date, approval, metric value).
Workspace perturb(const Workspace& base, int n) {
  Workspace w = base;
  w.profile.organisation += " #" + std::to_string(n);
  int k = 0;
  for (auto& [id, r] : w.evidence) {
    if ((++k * 37 + n * 11) % 20 != 0) continue;
    r.status = static_cast<EvidenceStatus>((k + n) % 3);
    if (r.reviewed) r.reviewed = Date{r.reviewed->days - (k * 13 + n) % 200};
    if ((k + n) % 2 == 0) r.approved_by.clear();
  }
  for (auto& [id, m] : w.metrics) {
    if ((++k * 37 + n * 11) % 20 == 0) m.value *= 0.9;
  }
  return w;
}

void run_population(const char* name, const Checklist& c, const std::vector<Workspace>& many, int threads) {
  auto start = Clock::now();
  const std::vector<Assessment> parallel = assess_all(c, many, {}, threads);
  const double t_parallel = seconds_since(start);
  start = Clock::now();
  const std::vector<Assessment> serial = assess_all(c, many, {}, 1);
  const double t_serial = seconds_since(start);
  int differ = 0;
  std::size_t findings = 0;
  for (std::size_t i = 0; i < many.size(); ++i) {
    differ += results_to_json(parallel[i], c, many[i]) != results_to_json(serial[i], c, many[i]);
    findings += serial[i].findings.size();
  }
  std::printf("(b) %s: %zu workspaces (%.0f findings each on average), %d threads: %.3f s = %.0f "
              "organisations/s (target >= 1000)\n"
              "    one thread: %.3f s = %.0f organisations/s; speed-up %.2f; identical to one by one: %s\n",
              name, many.size(), static_cast<double>(findings) / static_cast<double>(many.size()), threads,
              t_parallel, static_cast<double>(many.size()) / t_parallel, t_serial,
              static_cast<double>(many.size()) / t_serial, t_serial / t_parallel, differ == 0 ? "yes" : "NO");
  if (differ != 0) std::exit(1);
}

}  // namespace

int main(int argc, char** argv) {
  const std::string root = ISO20K_SOURCE_DIR;
  const std::string ws_dir = argc > 1 ? argv[1] : root + "/examples/harrow-vale-it";
  const int threads = argc > 2 ? std::atoi(argv[2]) : 2;
  DataPaths data;
  data.root = root;
  const LibraryOpen library = open_library(data);
  if (!library.diagnostics.empty()) {
    std::fprintf(stderr, "the bundled checklist library has problems\n");
    std::exit(1);
  }

  // (a) parse vs assess: parse = checklist + workspace + the check of one against the other
  std::optional<Checklist> checklist;
  std::optional<Workspace> workspace;
  const double parse = time_per_run([&] {
    InputsOpen open = open_assessment_inputs(library.library, InputSources{ws_dir, "", "", false});
    if (!open.inputs) {
      std::fprintf(stderr, "cannot open %s: %s\n", ws_dir.c_str(), open.failure.c_str());
      std::exit(1);
    }
    checklist = std::move(open.inputs->checklist);
    workspace = std::move(open.inputs->workspace);
  });
  std::size_t sink = 0;
  const double assessing = time_per_run([&] { sink += assess(*checklist, *workspace).findings.size(); });
  std::printf("(a) %s\n    parse (checklist + workspace + check): %.2f ms\n    assess: %.2f ms\n"
              "    assess / parse = %.2f (target <= 0.50)\n",
              ws_dir.c_str(), parse * 1e3, assessing * 1e3, assessing / parse);

  // (b) 1,000 generated workspaces on worker threads: a realistic population derived from the
  // three demonstration organisations, and a synthetic worst case with random evidence.
  std::vector<Workspace> demos;
  for (const char* d : {"northgate-msp", "harrow-vale-it", "fenwick-cloud"}) {
    WorkspaceLoad wl = load_workspace(root + "/examples/" + d);
    if (wl.workspace) demos.push_back(std::move(*wl.workspace));
  }
  std::vector<Workspace> realistic, random;
  for (int n = 0; n < 1000 && !demos.empty(); ++n) realistic.push_back(perturb(demos[static_cast<std::size_t>(n) % demos.size()], n));
  for (int n = 0; n < 1000; ++n) random.push_back(generate(*checklist, n));
  if (std::getenv("ISO20K_BENCH_PROFILE") != nullptr) {  // only the batch, for a profiler
    for (int k = 0; k < 5; ++k) sink += assess_all(*checklist, random, {}, threads).size();
    return 0;
  }
  if (!realistic.empty()) run_population("demo-derived", *checklist, realistic, threads);
  run_population("random evidence", *checklist, random, threads);
  return sink > 0 ? 0 : 1;

}
