// The peer input for the report benchmark (bench/report_bench.sh): the content of the gap report
// of a workspace — cover, contents, executive summary with its chart, scope and method, results by
// clause, process capability, findings register, improvement plan, evidence register and the score
// computation — as one HTML document with CSS paged media (A4, page breaks, running footer with
// "Page X of Y", table headers repeated), for WeasyPrint to render to PDF. The texts come from the
// same template strings as the PDF report, so both documents say the same.
//
//   report_html WORKSPACE OUT.html [TEMPLATE]
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "iso20k/format/number_text.h"
#include "iso20k/format/text.h"
#include "iso20k/format/xml_escape.h"
#include "iso20k/pipeline/assessment_inputs.h"
#include "iso20k/rules/evidence_state.h"
#include "iso20k/score/assess.h"
#include "iso20k/reports/template/template_loader.h"

using namespace iso20k;
using reports::Template;

namespace {

using Values = std::map<std::string, std::string>;

// HTML text: escaped as XML text, line breaks as <br>.
std::string esc(const std::string& s) {
  std::string out;
  for (char c : xml_escape(s)) {
    if (c == '\n') {
      out += "<br>";
    } else {
      out += c;
    }
  }
  return out;
}

std::string pct(double v) { return percent(v, 1); }

std::string num(double v) { return trimmed_text(v, 2); }

class Html {
 public:
  Html(const Template& t, const Checklist& c, const Workspace& w, const Assessment& a)
      : t_(t), c_(c), w_(w), a_(a) {
    base_ = {{"standard", c.standard}, {"edition", c.edition}, {"organisation", w.profile.organisation},
             {"firm", t.branding.firm}};
  }

  std::string render() {
    head();
    cover();
    contents();
    summary();
    scope();
    clause_results();
    capability();
    findings();
    plan();
    evidence();
    computation();
    o_ << "</body></html>\n";
    return o_.str();
  }

 private:
  // The template's string `id` with its placeholders filled in, escaped. The template strings
  // evolve with the reports; one this generator names that the template lacks is shown as its id.
  std::string s(const std::string& id, Values v = {}) {
    if (!t_.strings.count(id)) return esc(id);
    for (const auto& [k, val] : base_) v.emplace(k, val);
    return esc(t_.format(id, v));
  }
  std::string raw(const std::string& id) { return t_.strings.count(id) ? t_.text(id) : id; }
  std::string date(Date d) {
    const std::string iso = to_string(d);
    return s("date.format", {{"day", std::to_string(std::stoi(iso.substr(8, 2)))},
                             {"month", raw("month." + std::to_string(std::stoi(iso.substr(5, 2))))},
                             {"year", iso.substr(0, 4)}});
  }
  void h1(const std::string& id, const std::string& title) {
    o_ << "<h1 id=\"" << id << "\">" << ++section_ << " " << title << "</h1>\n";
  }

  void head() {
    o_ << "<!DOCTYPE html><html lang=\"" << t_.language << "\"><head><meta charset=\"utf-8\">"
       << "<title>" << s("gap.title") << "</title><style>\n"
       << "@page { size: A4; margin: 22mm 18mm 20mm 18mm;\n"
          "  @top-left { content: \"" << esc(t_.branding.firm) << "\"; font-size: 8pt; color: #555; }\n"
          "  @top-right { content: \"" << s("gap.title") << "\"; font-size: 8pt; color: #555; }\n"
          "  @bottom-left { content: \"" << esc(t_.branding.confidentiality) << "\"; font-size: 8pt; }\n"
          "  @bottom-center { content: \"" << esc(w_.profile.organisation) << "\"; font-size: 8pt; }\n"
          "  @bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); font-size: 8pt; } }\n"
          "@page :first { @top-left { content: none } @top-right { content: none }\n"
          "  @bottom-left { content: none } @bottom-center { content: none } @bottom-right { content: none } }\n"
          "body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; line-height: 1.4; color: #1F2933; }\n"
          "h1 { color: #1B365D; font-size: 17pt; page-break-before: always; bookmark-level: 1;\n"
          "  border-bottom: 1pt solid #0072B2; }\n"
          "h2 { color: #1B365D; font-size: 13pt; bookmark-level: 2; page-break-after: avoid; }\n"
          "h2.clause { page-break-before: always; }\n"
          "h3 { color: #1F2933; font-size: 10.5pt; page-break-after: avoid; }\n"
          "table { width: 100%; border-collapse: collapse; margin: 4pt 0 10pt; }\n"
          "thead { display: table-header-group; } tr { page-break-inside: avoid; }\n"
          "th { background: #1B365D; color: white; text-align: left; padding: 4pt; font-size: 8.5pt; }\n"
          "td { padding: 4pt; vertical-align: top; border-bottom: 0.5pt solid #C5CCD6; font-size: 8.5pt;\n"
          "  line-height: 1.3; }\n"
          "tr:nth-child(even) td { background: #f2f5f8; }\n"
          ".cover { page-break-after: always; } .band { background: #1B365D; color: white; padding: 20mm 10mm; }\n"
          ".tiles { display: flex; }\n"
          ".tile { flex: 1; border: 1pt solid #0072B2; padding: 6pt; } .tile b { font-size: 16pt; display: block; }\n"
          ".toc a { color: #1F2933; text-decoration: none; } .toc a::after { content: leader('.') target-counter(attr(href), page); }\n"
          ".statement { white-space: normal; } .mono { font-family: 'DejaVu Sans Mono', monospace; }\n"
          "</style></head><body>\n";
  }

  void cover() {
    o_ << "<div class=\"cover\"><div class=\"band\"><div style=\"font-size:26pt\">" << s("gap.title")
       << "</div><p>" << s("gap.subtitle") << "</p></div>\n<h2 style=\"font-size:20pt\">"
       << esc(w_.profile.organisation) << "</h2>\n<table>"
       << "<tr><td>" << s("cover.checklist") << "</td><td>"
       << s("cover.checklist-value", {{"version", c_.version}}) << "</td></tr>"
       << "<tr><td>" << s("cover.assessment-date") << "</td><td>" << date(a_.as_of) << "</td></tr>"
       << "<tr><td>" << s("cover.assessors") << "</td><td>" << esc(join(w_.profile.assessors, ", ")) << "</td></tr>"
       << "<tr><td>" << s("cover.verdict") << "</td><td>" << s(std::string("verdict.") + to_string(a_.verdict))
       << "</td></tr></table>\n<p>" << s("cover.prepared-by") << "<br><b>" << esc(t_.branding.firm)
       << "</b></p><p>" << esc(t_.branding.confidentiality) << "</p></div>\n";
  }

  void contents() {
    o_ << "<h2>" << s("label.contents") << "</h2><div class=\"toc\">\n";
    const char* ids[] = {"executive-summary", "scope-and-method", "clause-results", "process-capability",
                         "findings-register", "improvement-plan", "evidence-register", "score-computation"};
    int n = 0;
    for (const char* id : ids) {
      o_ << "<p><a href=\"#" << id << "\">" << ++n << " " << s(std::string("section.") + id) << "</a></p>\n";
    }
    o_ << "</div>\n";
  }

  // Score by top-level clause as an SVG bar chart with the stage 2 threshold.
  void clause_chart() {
    std::vector<std::size_t> top;
    for (std::size_t i = 0; i < c_.clauses.size(); ++i) {
      if (c_.clauses[i].depth == 0) top.push_back(i);
    }
    const int row = 18, width = 480, label = 140;
    const int height = static_cast<int>(top.size()) * row + 30;
    o_ << "<h3>" << s("chart.clause-scores.title") << "</h3><svg width=\"" << width << "\" height=\"" << height
       << "\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"DejaVu Sans\" font-size=\"8\">\n";
    int y = 4;
    for (std::size_t i : top) {
      const Rollup& r = a_.clauses[i].rollup;
      const double w = (width - label - 40) * r.score;
      const bool ok = r.score >= c_.scoring.stage2_min_score;
      o_ << "<text x=\"0\" y=\"" << y + 11 << "\">" << esc(c_.clauses[i].number + " " + c_.clauses[i].title)
         << "</text><rect x=\"" << label << "\" y=\"" << y << "\" width=\"" << num(w) << "\" height=\"" << row - 6
         << "\" fill=\"" << (ok ? "#0072B2" : "#E69F00") << "\"/><text x=\"" << num(label + w + 3) << "\" y=\""
         << y + 11 << "\">" << pct(r.score) << "</text>\n";
      y += row;
    }
    const double tx = label + (width - label - 40) * c_.scoring.stage2_min_score;
    o_ << "<line x1=\"" << num(tx) << "\" y1=\"0\" x2=\"" << num(tx) << "\" y2=\"" << y
       << "\" stroke=\"#D55E00\" stroke-dasharray=\"4 2\"/><text x=\"" << num(tx) << "\" y=\"" << y + 12 << "\">"
       << s("chart.threshold") << "</text></svg>\n";
  }

  void summary() {
    h1("executive-summary", s("section.executive-summary"));
    o_ << "<p>" << s("summary.intro", {{"date", date(a_.as_of)}}) << "</p>\n<div class=\"tiles\">"
       << "<div class=\"tile\">" << s("summary.tile.score") << "<b>" << pct(a_.overall.score) << "</b>"
       << s("summary.tile.score-note", {{"model", raw(std::string("model.") + to_string(a_.model))}})
       << "</div><div class=\"tile\">" << s("summary.tile.coverage") << "<b>" << pct(a_.overall.coverage)
       << "</b>"
       << s("summary.tile.coverage-note",
            {{"assessed", std::to_string(a_.overall.requirements - a_.overall.counts[3] - a_.overall.counts[4])},
             {"requirements", std::to_string(a_.overall.requirements)}})
       << "</div><div class=\"tile\">" << s("summary.tile.findings") << "<b>" << a_.findings.size() << "</b>"
       << s("summary.tile.findings-note", {{"major", std::to_string(a_.finding_counts[0])},
                                           {"minor", std::to_string(a_.finding_counts[1])},
                                           {"ofi", std::to_string(a_.finding_counts[2])}})
       << "</div><div class=\"tile\">" << s("summary.tile.verdict") << "<b>"
       << s(std::string("verdict.") + to_string(a_.verdict)) << "</b></div></div>\n";
    o_ << "<p>"
       << s("summary.result", {{"score", pct(a_.overall.score)},
                               {"coverage", pct(a_.overall.coverage)},
                               {"min-score", pct(c_.scoring.stage2_min_score)},
                               {"min-coverage", pct(c_.scoring.stage2_min_coverage)},
                               {"max-majors", std::to_string(c_.scoring.max_open_majors)}})
       << "</p><p>"
       << s("summary.verdict", {{"verdict", raw(std::string("verdict.") + to_string(a_.verdict))},
                                {"explanation", raw(std::string("verdict.explain.") + to_string(a_.verdict))}})
       << "</p>\n<h2>" << s("summary.blockers") << "</h2><ul>\n";
    for (const Blocker& b : a_.blockers) {
      o_ << "<li>" << s("blocker.item", {{"stage", std::to_string(b.stage)}, {"text", b.text}}) << "</li>\n";
    }
    o_ << "</ul><h2>" << s("summary.top-gaps") << "</h2><p>" << s("summary.top-gaps-intro") << "</p><ol>\n";
    for (std::size_t i = 0; i < a_.findings.size() && i < 5; ++i) {
      o_ << "<li>" << esc(a_.findings[i].id + " " + a_.findings[i].nonconformity) << "</li>\n";
    }
    o_ << "</ol>\n";
    clause_chart();
  }

  void scope() {
    h1("scope-and-method", s("section.scope-and-method"));
    const Profile& p = w_.profile;
    o_ << "<h2>" << s("scope.criteria") << "</h2><table><tr><td>" << s("scope.standard") << "</td><td>"
       << esc(c_.standard + ":" + c_.edition) << "</td></tr><tr><td>" << s("scope.checklist") << "</td><td>"
       << s("scope.checklist-value", {{"title", c_.title}, {"id", c_.id}, {"version", c_.version}})
       << "</td></tr><tr><td>" << s("scope.tailoring") << "</td><td>" << s("scope.no-tailoring")
       << "</td></tr><tr><td>" << s("scope.scoring-model") << "</td><td>"
       << s(std::string("model.") + to_string(a_.model) + ".text") << "</td></tr><tr><td>"
       << s("scope.assessment-date") << "</td><td>" << date(a_.as_of) << "</td></tr><tr><td>"
       << s("scope.assessors") << "</td><td>" << esc(join(p.assessors, ", ")) << "</td></tr></table>\n";
    o_ << "<h2>" << s("scope.sms-scope") << "</h2><p><b>" << s("scope.statement") << "</b> " << esc(p.scope)
       << "</p><h3>" << s("scope.services") << "</h3><ul>";
    for (const Service& sv : p.services) o_ << "<li>" << esc(sv.name) << "</li>";
    o_ << "</ul><p><b>" << s("scope.sites") << ":</b> " << esc(join(p.sites, ", ")) << "</p><p><b>" << s("scope.units")
       << ":</b> " << esc(join(p.units, ", ")) << "</p><p><b>" << s("scope.persons") << ":</b> " << p.persons
       << "</p><h3>" << s("scope.parties") << "</h3><ul>";
    for (const OtherParty& op : p.parties) {
      o_ << "<li>"
         << s("scope.party", {{"name", op.name},
                              {"kind", raw(std::string("party.") + to_string(op.kind))},
                              {"operates", join(op.operates, ", ")}})
         << "</li>";
    }
    o_ << "</ul><h2>" << s("scope.method") << "</h2>";
    for (const char* id : {"method.sampling", "method.results", "method.grading", "method.capability"}) {
      o_ << "<p>" << s(id) << "</p>";
    }
    o_ << "<p>" << s("method.trail", {{"letter", "A"}}) << "</p>\n";
  }

  std::string result_text(const RequirementResult& r) {
    const std::string res = raw(std::string("result.") + to_string(r.result));
    if (r.result != Result::partial) return esc(res);
    return s("result.with-achievement", {{"result", res}, {"achievement", pct(r.achievement)}});
  }

  void clause_results() {
    h1("clause-results", s("section.clause-results"));
    o_ << "<p>" << s("results.intro") << "</p>\n";
    for (std::size_t i = 0; i < c_.clauses.size(); ++i) {
      const Clause& cl = c_.clauses[i];
      const Rollup& r = a_.clauses[i].rollup;
      if (cl.depth == 0) {
        o_ << "<h2 class=\"clause\">"
           << (t_.strings.count("results.clause-heading")
                   ? s("results.clause-heading", {{"number", cl.number}, {"title", cl.title}})
                   : esc(cl.number + " " + cl.title))
           << "</h2>";
      } else {
        o_ << "<h3>" << esc(cl.number + " " + cl.title) << "</h3>";
      }
      const int assessed = r.requirements - r.counts[3] - r.counts[4];
      if (r.requirements == 0) {
        o_ << "<p>" << s("results.clause-empty") << "</p>\n";
        continue;
      }
      o_ << "<p>"
         << (assessed == 0 ? s("results.clause-unassessed", {{"requirements", std::to_string(r.requirements)}})
                           : s("results.clause-score", {{"score", pct(r.score)},
                                                        {"coverage", pct(r.coverage)},
                                                        {"assessed", std::to_string(assessed)},
                                                        {"requirements", std::to_string(r.requirements)}}))
         << "</p>\n";
      bool any = false;
      for (std::size_t q = 0; q < c_.requirements.size(); ++q) {
        if (c_.requirements[q].clause != cl.number) continue;
        if (!any) {
          o_ << "<table><thead><tr><th>" << s("col.requirement") << "</th><th>" << s("col.result") << "</th><th>"
             << s("col.evidence") << "</th><th>" << s("col.finding") << "</th></tr></thead><tbody>\n";
          any = true;
        }
        const RequirementResult& res = a_.results[q];
        o_ << "<tr><td>" << esc(c_.requirements[q].id) << "<br>" << esc(c_.requirements[q].text) << "</td><td>"
           << result_text(res) << "</td><td>";
        std::vector<std::string> seen;
        for (const std::string& e : c_.requirements[q].evidence) seen.push_back(e);
        o_ << (seen.empty() ? s("results.no-evidence") : s("results.seen", {{"items", join(seen, ", ")}}));
        if (!res.outstanding.empty()) o_ << "<br>" << s("results.outstanding", {{"items", join(res.outstanding, ", ")}});
        if (!res.absent.empty()) o_ << "<br>" << s("results.missing", {{"items", join(res.absent, ", ")}});
        if (!res.partly.empty()) o_ << "<br>" << s("results.partly", {{"items", join(res.partly, ", ")}});
        if (!res.stale.empty()) o_ << "<br>" << s("results.stale", {{"items", join(res.stale, ", ")}});
        if (!res.expired.empty()) o_ << "<br>" << s("results.expired", {{"items", join(res.expired, ", ")}});
        if (!res.unapproved.empty()) o_ << "<br>" << s("results.unapproved", {{"items", join(res.unapproved, ", ")}});
        if (!res.targets_missed.empty()) {
          o_ << "<br>" << s("results.targets-missed", {{"items", join(res.targets_missed, ", ")}});
        }
        o_ << "</td><td>";
        for (const Finding& f : a_.findings) {
          if (std::find(f.requirements.begin(), f.requirements.end(), c_.requirements[q].id) != f.requirements.end()) {
            o_ << "<b>" << esc(f.id) << "<br>" << s(std::string("grade.") + to_string(f.grade)) << "</b>";
          }
        }
        o_ << "</td></tr>\n";
      }
      if (any) o_ << "</tbody></table>\n";
    }
  }

  void capability() {
    h1("process-capability", s("section.process-capability"));
    o_ << "<p>" << s("capability.intro") << "</p><h2>" << s("capability.ratings")
       << "</h2><table><thead><tr><th>" << s("col.process") << "</th>";
    for (int k = 0; k < kAttributeCount; ++k) o_ << "<th>" << to_string(static_cast<Attribute>(k)) << "</th>";
    o_ << "<th>" << s("col.level") << "</th><th>" << s("col.target") << "</th></tr></thead><tbody>\n";
    for (std::size_t i = 0; i < c_.processes.size(); ++i) {
      const ProcessCapability& pc = a_.capability[i];
      o_ << "<tr><td>" << esc(c_.processes[i].name) << "</td>";
      for (const AttributeRating& ar : pc.attributes) o_ << "<td>" << (ar.rated ? to_string(ar.rating) : "–") << "</td>";
      o_ << "<td>" << pc.level << "</td><td>" << (pc.target_level ? std::to_string(*pc.target_level) : "–")
         << "</td></tr>\n";
    }
    o_ << "</tbody></table><p>"
       << s("capability.legend", {{"n", pct(c_.scoring.bands.n_max)}, {"p", pct(c_.scoring.bands.p_max)},
                                  {"l", pct(c_.scoring.bands.l_max)}})
       << "</p>\n";
    // Achieved against target, as bars.
    const int row = 16;
    o_ << "<h3>" << s("chart.capability.title") << "</h3><svg width=\"480\" height=\""
       << c_.processes.size() * row + 10 << "\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"DejaVu Sans\" font-size=\"8\">\n";
    int y = 2;
    for (std::size_t i = 0; i < c_.processes.size(); ++i) {
      const ProcessCapability& pc = a_.capability[i];
      o_ << "<text x=\"0\" y=\"" << y + 10 << "\">" << esc(c_.processes[i].name) << "</text><rect x=\"200\" y=\""
         << y << "\" width=\"" << pc.level * 50 << "\" height=\"10\" fill=\"#0072B2\"/>";
      if (pc.target_level) {
        o_ << "<rect x=\"200\" y=\"" << y << "\" width=\"" << *pc.target_level * 50
           << "\" height=\"10\" fill=\"none\" stroke=\"#D55E00\" stroke-dasharray=\"3 2\"/>";
      }
      o_ << "\n";
      y += row;
    }
    o_ << "</svg><h2>" << s("capability.why") << "</h2><table><thead><tr><th>" << s("col.process") << "</th><th>"
       << s("col.explanation") << "</th></tr></thead><tbody>\n";
    for (std::size_t i = 0; i < c_.processes.size(); ++i) {
      o_ << "<tr><td>" << esc(c_.processes[i].name) << "</td><td>" << esc(a_.capability[i].explanation)
         << "</td></tr>\n";
    }
    o_ << "</tbody></table>\n";
  }

  void findings() {
    h1("findings-register", s("section.findings-register"));
    o_ << "<p>" << s("findings.intro") << "</p><p>"
       << s("findings.counts", {{"total", std::to_string(a_.findings.size())},
                                {"major", std::to_string(a_.finding_counts[0])},
                                {"minor", std::to_string(a_.finding_counts[1])},
                                {"ofi", std::to_string(a_.finding_counts[2])}})
       << "</p>\n<table><thead><tr><th>" << s("col.finding") << "</th><th>" << s("col.statement") << "</th><th>"
       << s("col.recommendation") << "</th></tr></thead><tbody>\n";
    for (const Finding& f : a_.findings) {
      o_ << "<tr><td><b>" << esc(f.id) << "</b><br>" << s(std::string("grade.") + to_string(f.grade)) << "<br>"
         << s("findings.clause", {{"clause", f.clause}}) << "</td><td class=\"statement\">" << esc(f.statement)
         << "<br><i>" << s("findings.grade-reasons", {{"reasons", join(f.grade_reasons, "; ")}})
         << "</i></td><td>" << esc(f.recommendation) << "<br>" << s("findings.action", {{"action", f.action}})
         << "</td></tr>\n";
    }
    o_ << "</tbody></table>\n";
  }

  void plan() {
    h1("improvement-plan", s("section.improvement-plan"));
    int open = 0, overdue = 0, done = 0, proposed = 0;
    for (const PlannedAction& p : a_.plan) {
      open += p.status == ActionStatus::open || p.status == ActionStatus::in_progress;
      overdue += p.overdue;
      done += p.status == ActionStatus::done;
      proposed += p.proposed;
    }
    o_ << "<p>" << s("plan.intro") << "</p><p>"
       << s("plan.summary", {{"actions", std::to_string(a_.plan.size())}, {"open", std::to_string(open)},
                             {"overdue", std::to_string(overdue)}, {"done", std::to_string(done)},
                             {"proposed", std::to_string(proposed)}})
       << "</p>\n";
    for (int phase = 1; phase <= 4; ++phase) {
      o_ << "<h2>" << s("plan.phase", {{"number", std::to_string(phase)}, {"title", raw("phase." + std::to_string(phase))}})
         << "</h2>\n";
      bool any = false;
      for (const PlannedAction& p : a_.plan) {
        if (p.phase != phase) continue;
        if (!any) {
          o_ << "<table><thead><tr><th>" << s("col.action") << "</th><th>" << s("col.owner") << "</th><th>"
             << s("col.due") << "</th><th>" << s("col.status") << "</th><th>" << s("col.findings")
             << "</th></tr></thead><tbody>\n";
          any = true;
        }
        o_ << "<tr><td><b>" << esc(p.id) << "</b> " << esc(p.title) << (p.proposed ? " (" + s("plan.proposed") + ")" : "")
           << "</td><td>" << (p.owner.empty() ? s("plan.unassigned") : esc(p.owner)) << "</td><td>"
           << (p.due ? date(*p.due) : "") << (p.overdue ? "<br>" + s("plan.overdue") : "") << "</td><td>"
           << s("plan.progress", {{"status", raw(std::string("status.") + to_string(p.status))},
                                  {"progress", std::to_string(p.progress) + "%"}})
           << "</td><td>" << esc(join(p.findings, ", ")) << "</td></tr>\n";
      }
      o_ << (any ? "</tbody></table>\n" : "<p>" + s("plan.empty-phase") + "</p>\n");
    }
  }

  void evidence() {
    h1("evidence-register", s("section.evidence-register"));
    o_ << "<p>" << s("evidence.intro") << "</p>\n";
    for (EvidenceKind kind : {EvidenceKind::document, EvidenceKind::record, EvidenceKind::interview,
                              EvidenceKind::observation, EvidenceKind::metric}) {
      const bool metric = kind == EvidenceKind::metric;
      o_ << "<h2>" << s(std::string("evidence.kind.") + to_string(kind)) << "</h2><table><thead><tr><th>"
         << s("col.item") << "</th>";
      if (metric) {
        o_ << "<th>" << s("col.value") << "</th><th>" << s("col.target") << "</th><th>" << s("col.period")
           << "</th><th>" << s("col.source") << "</th><th>" << s("col.state") << "</th>";
      } else {
        o_ << "<th>" << s("col.status") << "</th><th>" << s("col.reference") << "</th><th>" << s("col.dates")
           << "</th><th>" << s("col.approval") << "</th><th>" << s("col.state") << "</th>";
      }
      o_ << "</tr></thead><tbody>\n";
      for (const EvidenceItem& e : c_.evidence) {
        if (e.kind != kind) continue;
        o_ << "<tr><td><b>" << esc(e.id) << "</b> " << esc(e.title) << (e.mandatory ? " (" + s("evidence.mandatory") + ")" : "")
           << "</td>";
        if (metric) {
          const rules::MetricState m = rules::metric_state(&e, w_.find_metric(e.id));
          const MetricRecord* r = w_.find_metric(e.id);
          o_ << "<td>" << (m.present ? num(m.value) + " " + esc(e.unit) : s("metric.no-value")) << "</td><td>"
             << s(e.better == Better::higher ? "metric.higher" : "metric.lower", {{"target", num(m.target) + " " + e.unit}})
             << "</td><td>" << (r ? esc(r->period) : "") << "</td><td>" << (r ? esc(r->source) : "") << "</td><td>"
             << (m.met ? s("metric.met") : s("metric.not-met")) << "</td>";
        } else {
          const EvidenceRecord* r = w_.find_evidence(e.id);
          const rules::EvidenceState st = rules::evidence_state(&e, r, a_.as_of);
          std::string dates;
          if (st.issued) dates += s("evidence.issued", {{"date", date(*st.issued)}}) + "<br>";
          if (st.reviewed) dates += s("evidence.reviewed", {{"date", date(*st.reviewed)}}) + "<br>";
          if (st.expires) dates += s("evidence.expires", {{"date", date(*st.expires)}});
          const std::string state = st.valid     ? s("evidence.valid")
                                    : st.expired ? s("evidence.expired")
                                    : st.stale   ? s("evidence.stale")
                                    : !st.present ? s("evidence.not-seen")
                                                  : s("evidence.unapproved");
          o_ << "<td>" << (r ? s(std::string("evidence.status.") + to_string(st.status)) : s("evidence.not-registered"))
             << "</td><td>" << (r ? esc(r->reference) : "") << "</td><td>" << dates << "</td><td>"
             << (r ? esc(r->approved_by) : "") << "</td><td>" << state << "</td>";
        }
        o_ << "</tr>\n";
      }
      o_ << "</tbody></table>\n";
    }
  }

  void computation() {
    o_ << "<h1 id=\"score-computation\">" << s("heading.appendix", {{"letter", "A"}, {"title", raw("section.score-computation")}})
       << "</h1><p>" << s("computation.intro") << "</p><p>"
       << s("computation.model", {{"text", raw(std::string("model.") + to_string(a_.model) + ".text")}}) << "</p><p>"
       << s("computation.overall", {{"achieved", num(a_.overall.achieved_weight)},
                                    {"assessed", num(a_.overall.assessed_weight)},
                                    {"applicable", num(a_.overall.applicable_weight)},
                                    {"score", pct(a_.overall.score)},
                                    {"coverage", pct(a_.overall.coverage)}})
       << "</p><h2>" << s("computation.clauses") << "</h2><table><thead><tr><th>" << s("col.clause") << "</th><th>"
       << s("col.applicable") << "</th><th>" << s("col.assessed") << "</th><th>" << s("col.achieved") << "</th><th>"
       << s("col.score") << "</th><th>" << s("col.coverage") << "</th></tr></thead><tbody>\n";
    for (std::size_t i = 0; i < c_.clauses.size(); ++i) {
      const Rollup& r = a_.clauses[i].rollup;
      o_ << "<tr><td>" << esc(c_.clauses[i].number) << "</td><td>" << num(r.applicable_weight) << "</td><td>"
         << num(r.assessed_weight) << "</td><td>" << num(r.achieved_weight) << "</td><td>" << pct(r.score)
         << "</td><td>" << pct(r.coverage) << "</td></tr>\n";
    }
    o_ << "</tbody></table><h2>" << s("computation.requirements") << "</h2><table><thead><tr><th>"
       << s("col.requirement") << "</th><th>" << s("col.basis") << "</th><th>" << s("col.explanation") << "</th><th>"
       << s("col.weight") << "</th><th>" << s("col.achievement") << "</th><th>" << s("col.product")
       << "</th></tr></thead><tbody>\n";
    for (std::size_t q = 0; q < c_.requirements.size(); ++q) {
      const RequirementResult& r = a_.results[q];
      const bool assessed = r.result != Result::not_assessed && r.result != Result::not_applicable;
      o_ << "<tr><td>" << esc(c_.requirements[q].id) << "<br>" << esc(c_.requirements[q].clause) << "</td><td>"
         << s(std::string("basis.") + to_string(r.basis)) << "<br>" << result_text(r) << "</td><td>"
         << esc(r.explanation) << "</td><td>" << num(c_.requirements[q].weight) << "</td><td>"
         << (assessed ? num(r.achievement) : "–") << "</td><td>"
         << (assessed ? num(c_.requirements[q].weight * r.achievement) : "–") << "</td></tr>\n";
    }
    o_ << "</tbody></table>\n";
  }

  const Template& t_;
  const Checklist& c_;
  const Workspace& w_;
  const Assessment& a_;
  Values base_;
  std::ostringstream o_;
  int section_ = 0;
};

int fail(const Diagnostics& ds, const std::string& what) {
  for (const Diagnostic& d : ds) std::cerr << format(d) << '\n';
  std::cerr << "report_html: " << what << '\n';
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: report_html WORKSPACE OUT.html [TEMPLATE]\n";
    return 2;
  }
  const std::string root = ISO20K_SOURCE_DIR;
  DataPaths data;
  data.root = root;
  const LibraryOpen library = open_library(data);
  if (!library.diagnostics.empty()) return fail(library.diagnostics, "the checklist library has problems");
  InputsOpen open = open_assessment_inputs(library.library, InputSources{argv[1], "", "", false});
  if (!open.inputs) return fail(open.diagnostics, open.failure);
  const Checklist& checklist = open.inputs->checklist;
  const Workspace& workspace = open.inputs->workspace;
  Diagnostics problems;
  const auto tmpl = reports::load_template(argc > 3 ? argv[3] : "default", root + "/templates", problems);
  if (!tmpl) return fail(problems, "the template cannot be loaded");
  const Assessment a = assess(checklist, workspace);
  std::ofstream out(argv[2], std::ios::binary);
  out << Html(*tmpl, checklist, workspace, a).render();
  return out ? 0 : 1;
}
