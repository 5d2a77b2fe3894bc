#include "iso20k/export/results_json.h"

#include "iso20k/format/json_writer.h"
#include "iso20k/rules/evidence_state.h"

namespace iso20k {
namespace {

void write_date(JsonWriter& w, std::string_view key, const std::optional<Date>& d) {
  w.key(key);
  if (d) {
    w.value(to_string(*d));
  } else {
    w.null();
  }
}

void write_phrases(JsonWriter& w, std::string_view key, const std::vector<Phrase>& phrases) {
  w.key(key).begin_array();
  for (const Phrase& p : phrases) {
    w.begin_object().field("key", p.key);
    w.key("args").begin_array();
    for (const PhraseArg& a : p.args) {
      w.begin_object().field("name", a.name).field("kind", to_string(a.kind));
      if (a.kind == ArgKind::list || a.kind == ArgKind::parts) {
        write_phrases(w, "phrases", a.phrases);
      } else {
        w.field("value", a.value);
        if (!a.unit.empty()) w.field("unit", a.unit);
      }
      w.end_object();
    }
    w.end_array().end_object();
  }
  w.end_array();
}

void write_rollup(JsonWriter& w, const Rollup& r) {
  w.field("score", r.score)
      .field("coverage", r.coverage)
      .field("achieved_weight", r.achieved_weight)
      .field("assessed_weight", r.assessed_weight)
      .field("applicable_weight", r.applicable_weight)
      .field("requirements", r.requirements);
  w.key("results").begin_object();
  for (const auto& [result, name] : enum_names<Result>()) w.field(name, r.counts[static_cast<std::size_t>(result)]);
  w.end_object();
}

void write_profile(JsonWriter& w, const Profile& p) {
  w.key("organisation").begin_object();
  w.field("name", p.organisation).field("scope", p.scope).strings("assessors", p.assessors);
  w.key("services").begin_array();
  for (const Service& s : p.services) w.begin_object().field("id", s.id).field("name", s.name).end_object();
  w.end_array();
  w.strings("units", p.units).strings("sites", p.sites).field("persons", p.persons);
  w.key("parties").begin_array();
  for (const OtherParty& o : p.parties) {
    w.begin_object().field("name", o.name).field("kind", to_string(o.kind)).strings("operates", o.operates).end_object();
  }
  w.end_array();
  // Optional: written only when the profile gives them, so earlier results keep their bytes.
  if (!p.assessing_organisation.empty()) w.field("assessed_by", p.assessing_organisation);
  if (!p.summary.empty()) w.field("summary", p.summary);
  if (!p.distribution.empty()) w.strings("distribution", p.distribution);
  if (!p.report_version.empty()) w.field("report_version", p.report_version);
  w.end_object();
}

void write_evidence_register(JsonWriter& w, const Checklist& c, const Workspace& ws, const Assessment& a) {
  const Date as_of = a.as_of;
  w.key("evidence").begin_array();
  for (std::size_t i = 0; i < c.evidence.size(); ++i) {
    const EvidenceItem& e = c.evidence[i];
    const ItemReview& review = a.evidence[i];
    w.begin_object().field("id", e.id).field("title", e.title).field("kind", to_string(e.kind));
    w.field("mandatory", e.mandatory).field("review", to_string(review.review));
    if (e.kind == EvidenceKind::metric) {
      w.field("present", review.review == Review::provided).field("value", review.value);
      w.key("target");
      if (review.target) {
        w.value(*review.target);
      } else {
        w.null();
      }
      w.field("benchmark", review.benchmark).field("unit", e.unit).field("better", to_string(e.better));
      w.field("met", review.met).field("benchmark_met", review.benchmark_met);
      const MetricRecord* m = ws.find_metric(e.id);
      w.field("period", m ? m->period : std::string()).field("source", m ? m->source : std::string());
    } else {
      const EvidenceRecord* r = ws.find_evidence(e.id);
      const rules::EvidenceState s = rules::evidence_state(&e, r, as_of);
      // The register as written (a `requested` entry or one dated after the assessment date keeps
      // its own status and dates); the review above says what they amount to.
      w.field("registered", r != nullptr).field("status", to_string(r ? r->status : EvidenceStatus::missing));
      w.field("reference", r ? r->reference : std::string()).field("version", r ? r->version : std::string());
      write_date(w, "issued", r ? r->issued : std::nullopt);
      write_date(w, "reviewed", r ? r->reviewed : std::nullopt);
      write_date(w, "expires", r ? r->expires : std::nullopt);
      w.field("owner", r ? r->owner : std::string()).field("approved_by", r ? r->approved_by : std::string());
      w.field("notes", r ? r->notes : std::string());
      w.field("valid", s.valid).field("approved", s.approved).field("stale", review.stale);
      w.field("expired", review.expired).field("unapproved", review.unapproved);
    }
    w.end_object();
  }
  w.end_array();
}

}  // namespace

std::string results_to_json(const Assessment& a, const Checklist& c, const Workspace& ws) {
  JsonWriter w;
  w.begin_object();
  w.field("schema", kResultsSchema);
  w.key("checklist").begin_object();
  w.field("id", c.id).field("standard", c.standard).field("edition", c.edition);
  w.field("version", c.version).field("title", c.title);
  if (!c.tailoring.id.empty()) {  // omitted for a checklist used as published
    const AppliedTailoring& t = c.tailoring;
    w.key("tailoring").begin_object();
    w.field("id", t.id).field("version", t.version).field("title", t.title).field("file", t.file);
    w.strings("notes", t.notes).strings("deselected", t.deselected).end_object();
  }
  w.end_object();
  write_profile(w, ws.profile);
  w.key("assessment").begin_object();
  w.field("as_of", to_string(a.as_of)).field("model", to_string(a.model)).end_object();

  w.key("verdict").begin_object();
  w.field("code", to_string(a.verdict)).field("text", describe(a.verdict));
  w.key("blockers").begin_array();
  for (const Blocker& b : a.blockers) {
    w.begin_object().field("stage", b.stage).field("text", b.text).field("reference", b.reference).end_object();
  }
  w.end_array().strings("concerns", a.concerns).field("note", a.readiness_note).end_object();

  w.key("overall").begin_object();
  write_rollup(w, a.overall);
  w.end_object();
  w.key("hls").begin_object();
  write_rollup(w, a.hls);
  w.end_object();
  w.key("sms").begin_object();
  write_rollup(w, a.sms);
  w.end_object();

  w.key("clauses").begin_array();
  for (std::size_t i = 0; i < a.clauses.size(); ++i) {
    const Clause& cl = c.clauses[i];
    w.begin_object().field("number", cl.number).field("title", cl.title).field("kind", to_string(cl.kind));
    w.field("depth", cl.depth);
    write_rollup(w, a.clauses[i].rollup);
    w.end_object();
  }
  w.end_array();

  w.key("processes").begin_array();
  for (std::size_t i = 0; i < a.processes.size(); ++i) {
    const Process& p = c.processes[i];
    const ProcessCapability& pc = a.capability[i];
    w.begin_object().field("id", p.id).field("name", p.name);
    write_rollup(w, a.processes[i].rollup);
    w.key("capability").begin_object().field("level", pc.level);
    w.key("target");
    if (pc.target_level) {
      w.value(*pc.target_level);
    } else {
      w.null();
    }
    w.field("gap", pc.gap).field("explanation", pc.explanation);
    w.key("attributes").begin_array();
    for (const AttributeRating& ar : pc.attributes) {
      w.begin_object().field("attribute", to_string(ar.attribute)).field("rated", ar.rated);
      w.field("achievement", ar.achievement).field("rating", ar.rated ? to_string(ar.rating) : "");
      w.field("requirements", ar.requirements).field("assessed", ar.assessed).end_object();
    }
    w.end_array().end_object().end_object();
  }
  w.end_array();

  w.key("requirements").begin_array();
  for (std::size_t i = 0; i < a.results.size(); ++i) {
    const Requirement& r = c.requirements[i];
    const RequirementResult& res = a.results[i];
    w.begin_object().field("id", r.id).field("clause", r.clause).field("weight", r.weight);
    w.field("severity", to_string(r.severity)).field("provenance", to_string(r.provenance));
    w.field("practice_source", r.practice_source).strings("processes", r.processes);
    w.field("capability", r.capability ? to_string(*r.capability) : "");
    w.field("result", to_string(res.result)).field("achievement", res.achievement);
    w.field("basis", to_string(res.basis)).field("explanation", res.explanation);
    if (res.basis == Basis::judgement) {
      w.field("judged_by", res.judged_by);
      write_date(w, "judged_on", res.judged_on);
    }
    w.key("observations").begin_array();
    for (const Observation& o : res.observations) {
      w.begin_object().field("subject", o.subject).field("detail", o.detail);
      // How the default rule counted the item; absent for what a checklist rule looked at.
      if (o.standing != Standing::unjudged) w.field("standing", to_string(o.standing)).field("mandatory", o.mandatory);
      w.end_object();
    }
    w.end_array();
    w.key("gaps").begin_object();
    w.strings("outstanding", res.outstanding).strings("absent", res.absent).strings("partly", res.partly);
    w.strings("stale", res.stale).strings("expired", res.expired).strings("unapproved", res.unapproved);
    w.strings("targets_missed", res.targets_missed).strings("benchmarks_missed", res.benchmarks_missed);
    w.end_object().end_object();
  }
  w.end_array();

  w.key("finding_counts").begin_object();
  for (const auto& [grade, name] : enum_names<Grade>()) w.field(name, a.finding_counts[static_cast<std::size_t>(grade)]);
  w.end_object();
  w.key("findings").begin_array();
  for (const Finding& f : a.findings) {
    w.begin_object().field("id", f.id).field("clause", f.clause).field("basis", to_string(f.basis));
    w.strings("requirements", f.requirements);
    w.strings("processes", f.processes).field("grade", to_string(f.grade)).strings("grade_reasons", f.grade_reasons);
    w.field("weight", f.weight).field("requirement_text", f.requirement_text);
    w.field("nonconformity", f.nonconformity).field("objective_evidence", f.objective_evidence);
    w.field("statement", f.statement).field("recommendation", f.recommendation).field("action", f.action);
    // The same texts as phrases, for a report in another language (docs/results-format.md).
    w.key("phrases").begin_object();
    write_phrases(w, "nonconformity", f.phrases.nonconformity);
    write_phrases(w, "objective_evidence", f.phrases.objective_evidence);
    write_phrases(w, "grade_reasons", f.phrases.grade_reasons);
    write_phrases(w, "recommendation", f.phrases.recommendation);
    w.end_object();
    w.end_object();
  }
  w.end_array();

  w.key("plan").begin_array();
  for (const PlannedAction& p : a.plan) {
    w.begin_object().field("id", p.id).field("title", p.title).field("owner", p.owner);
    write_date(w, "due", p.due);
    w.field("status", to_string(p.status)).field("progress", p.progress).field("proposed", p.proposed);
    w.field("overdue", p.overdue).field("phase", p.phase).field("grade", p.grade ? to_string(*p.grade) : "");
    w.strings("requirements", p.requirements).strings("findings", p.findings).end_object();
  }
  w.end_array();
  write_evidence_register(w, c, ws, a);
  w.end_object();
  return w.str();
}

}  // namespace iso20k
