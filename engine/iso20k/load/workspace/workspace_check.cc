#include "iso20k/load/workspace/workspace_check.h"

#include <algorithm>

#include "iso20k/load/workspace/workspace_loader.h"
#include "iso20k/util/suggest.h"

namespace iso20k {
namespace {

std::string article(const char* noun) {
  return (noun[0] == 'a' || noun[0] == 'e' || noun[0] == 'i' || noun[0] == 'o' ? "an " : "a ") +
         std::string(noun);
}

class Checker {
 public:
  Checker(const Workspace& ws, const Checklist& c) : ws_(ws), c_(c) {
    for (const Process& p : c.processes) processes_.push_back(p.id);
    for (const Requirement& r : c.requirements) requirements_.push_back(r.id);
    for (const EvidenceItem& e : c.evidence) {
      (e.kind == EvidenceKind::metric ? metrics_ : evidence_).push_back(e.id);
    }
  }

  Diagnostics run() {
    profile();
    evidence();
    metrics();
    judgements();
    actions();
    sort_by_position(out_);
    return std::move(out_);
  }

 private:
  void error(const SourceLocation& where, std::string message) {
    out_.push_back({where, std::move(message)});
  }

  std::string unknown(const char* what, const std::string& id,
                      const std::vector<std::string_view>& known) {
    std::string msg = std::string("unknown ") + what + " '" + id + "': checklist " + c_.id +
                      " has no such " + what;
    if (id.size() <= 64) msg += did_you_mean(id, known);
    return msg;
  }

  void profile() {
    const Profile& p = ws_.profile;
    if (!p.checklist.empty() && !names_checklist_file(p) && p.checklist != c_.id) {
      error(p.locations.of("checklist", p.where),
            "the profile names checklist '" + p.checklist + "' but is checked against " + c_.id);
    }
    for (const auto& [process, level] : p.target_levels) {
      if (!c_.find_process(process)) {
        error(p.locations.of("targets[" + process + "]", p.where),
              unknown("process", process, processes_));
      }
    }
    for (const OtherParty& o : p.parties) {
      for (std::size_t i = 0; i < o.processes.size(); ++i) {
        if (!c_.find_process(o.processes[i])) {
          error(o.locations.of("processes[" + std::to_string(i) + "]", o.where),
                unknown("process", o.processes[i], processes_));
        }
      }
    }
  }

  void evidence() {
    for (const auto& [id, e] : ws_.evidence) {
      const SourceLocation& at = e.locations.of("id", e.where);
      const EvidenceItem* item = c_.find_evidence(id);
      if (!item) {
        error(at, unknown("evidence item", id, evidence_));
      } else if (item->kind == EvidenceKind::metric) {
        error(at, id + " is a metric: record its value in the metrics register, not here");
      }
    }
  }

  void metrics() {
    for (const auto& [id, m] : ws_.metrics) {
      const SourceLocation& at = m.locations.of("id", m.where);
      const EvidenceItem* item = c_.find_evidence(id);
      if (!item) {
        error(at, unknown("metric", id, metrics_));
      } else if (item->kind != EvidenceKind::metric) {
        error(at, id + " is " + article(to_string(item->kind)) +
                      ", not a metric: record it in the evidence register");
      } else if (!m.unit.empty() && m.unit != item->unit) {
        error(m.locations.of("unit", m.where), "metric " + id + " is measured in '" + item->unit +
                                                   "' (checklist " + c_.id + "), not '" + m.unit +
                                                   "'");
      }
    }
  }

  // Whether the checklist's tailoring removed requirement `id` (docs/tailoring.md): then it is
  // not unknown, and saying so would send the user looking for a typo.
  bool deselected(const std::string& id) const {
    const std::vector<std::string>& d = c_.tailoring.deselected;
    return !c_.tailoring.id.empty() && std::find(d.begin(), d.end(), id) != d.end();
  }
  std::string deselected_by() const { return "which tailoring " + c_.tailoring.id + " deselected (out of scope)"; }

  void judgements() {
    for (const Judgement& j : ws_.judgements) {
      if (!j.requirement.empty() && !c_.find_requirement(j.requirement)) {
        error(j.locations.of("requirement", j.where),
              deselected(j.requirement)
                  ? "judgement for requirement " + j.requirement + ", " + deselected_by() +
                        ": remove the judgement or the deselection"
                  : unknown("requirement", j.requirement, requirements_));
      }
      if (j.result == Result::not_applicable && !c_.allow_not_applicable) {
        error(j.locations.of("result", j.where),
              "checklist " + c_.id + " allows no not-applicable result: none of its requirements "
              "can be excluded (narrow the scope's services, units or sites instead)");
      }
    }
  }

  void actions() {
    for (const Action& a : ws_.actions) {
      for (std::size_t i = 0; i < a.requirements.size(); ++i) {
        const std::string& id = a.requirements[i];
        if (!c_.find_requirement(id)) {
          error(a.locations.of("requirements[" + std::to_string(i) + "]", a.where),
                deselected(id) ? "action " + a.id + " names requirement " + id + ", " + deselected_by() +
                                     ": remove it from the action or remove the deselection"
                               : unknown("requirement", id, requirements_));
        }
      }
    }
  }

  const Workspace& ws_;
  const Checklist& c_;
  std::vector<std::string_view> processes_, requirements_, evidence_, metrics_;
  Diagnostics out_;
};

}  // namespace

Diagnostics check_workspace(const Workspace& ws, const Checklist& checklist) {
  return Checker(ws, checklist).run();
}

}  // namespace iso20k
