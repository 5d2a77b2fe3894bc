#pragma once
// Test helpers (header-only) for the report kinds: real assessments of the demonstration workspaces
// against the bundled ISO/IEC 20000-1:2018 checklist, a large one with a finding for every
// requirement, and the bundled templates.
#include <doctest/doctest.h>

#include <string>

#include "iso20k/load/checklist/checklist_loader.h"
#include "iso20k/load/workspace/workspace_loader.h"
#include "iso20k/reports/report_input.h"
#include "iso20k/score/assess.h"
#include "iso20k/reports/template/template_loader.h"

namespace iso20k::reports::test {

inline std::string source_dir() { return ISO20K_SOURCE_DIR; }
inline std::string templates_dir() { return source_dir() + "/templates"; }

inline const Checklist& bundled_checklist() {
  static const Checklist checklist = [] {
    ChecklistLoad load = load_checklist(source_dir() + "/checklists/iso20000-1-2018.xml");
    for (const Diagnostic& d : load.diagnostics) INFO(format(d));
    REQUIRE(load.checklist);
    return *load.checklist;
  }();
  return checklist;
}

inline Workspace example_workspace(const std::string& name) {
  WorkspaceLoad load = load_workspace(source_dir() + "/examples/" + name);
  for (const Diagnostic& d : load.diagnostics) INFO(format(d));
  REQUIRE(load.workspace);
  return *load.workspace;
}

inline ReportInput assessed(const Workspace& ws) {
  ReportInput input;
  input.checklist = bundled_checklist();
  input.workspace = ws;
  input.assessment = assess(input.checklist, input.workspace);
  return input;
}

// One of the examples/ workspaces, assessed.
inline ReportInput example_input(const std::string& name) { return assessed(example_workspace(name)); }

// As large as an assessment of this checklist gets: every requirement judged nonconformant (so every
// one is a finding, most of them major, each a stage 2 blocker) and an action per requirement.
inline ReportInput large_input() {
  Workspace ws = example_workspace("northgate-msp");
  ws.judgements.clear();
  ws.actions.clear();
  for (const Requirement& r : bundled_checklist().requirements) {
    Judgement j;
    j.requirement = r.id;
    j.result = Result::nonconformant;
    j.justification = "No evidence of " + r.text;
    j.assessor = "Test Assessor";
    j.date = ws.profile.assessment_date;
    ws.judgements.push_back(j);
  }
  return assessed(ws);
}

inline Template bundled_template(const std::string& name) {
  Diagnostics diagnostics;
  std::optional<Template> t = load_template(name, templates_dir(), diagnostics);
  for (const Diagnostic& d : diagnostics) INFO(format(d));
  REQUIRE(t);
  return *t;
}

// pdftotext output with every run of whitespace made one space, to find text that wraps.
inline std::string squeeze(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace iso20k::reports::test
