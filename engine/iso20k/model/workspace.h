#pragma once
// An organisation's assessment data as plain values: profile, evidence register, metrics, assessor
// judgements and improvement actions. One model whatever the file format it came from (XML, JSON,
// INI, CSV); see docs/workspace-format.md and load/workspace/workspace_loader.h.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iso20k/model/date.h"
#include "iso20k/model/diagnostic.h"
#include "iso20k/util/enum_names.h"

namespace iso20k {

// Where the values of a record's fields were read, by field name ("status", "issued") and, for
// the items of a list, name[index] ("requirements[1]"); the profile's target levels are keyed
// "targets[<process id>]". Lets checks that run after loading point at the offending value.
struct FieldLocations {
  std::map<std::string, SourceLocation, std::less<>> by_field;
  // The location of `field`'s value, or `fallback` when none was recorded.
  const SourceLocation& of(std::string_view field, const SourceLocation& fallback) const;
};

enum class PartyKind { external_supplier, internal_supplier, customer_as_supplier };
constexpr auto enum_table(PartyKind) {
  return std::to_array<EnumName<PartyKind>>({
      {PartyKind::external_supplier, "external-supplier"},
      {PartyKind::internal_supplier, "internal-supplier"},
      {PartyKind::customer_as_supplier, "customer-as-supplier"}});
}

struct OtherParty {
  std::string name;
  PartyKind kind = PartyKind::external_supplier;
  std::vector<std::string> services;    // ids of services in scope (Profile::services) it operates
  std::vector<std::string> processes;   // process ids of the checklist it operates
  std::vector<std::string> components;  // service components it operates (free text)
  std::vector<std::string> operates;    // all of the above: services, then processes, then components
  SourceLocation where;
  FieldLocations locations;
};

struct Service {
  std::string id;
  std::string name;
  SourceLocation where;
  FieldLocations locations;
};

struct Profile {
  std::string organisation;
  std::string checklist;              // checklist id, e.g. "iso20000-1:2018", or a path to a
                                      // checklist file relative to the workspace folder
  std::string tailoring;              // tailoring file, relative to the workspace; empty: none
  std::optional<Date> assessment_date;
  std::vector<std::string> assessors;
  std::string scope;
  std::vector<Service> services;
  std::vector<std::string> units;
  std::vector<std::string> sites;
  int persons = 0;
  std::vector<OtherParty> parties;
  std::map<std::string, int> target_levels;  // process id → target capability level 0–5
  // For the reports: who assessed (the firm or team named on them; empty: the template's), the
  // assessor's own summary for the executive summary (paragraphs separated by blank lines), who
  // receives the reports, and the reports' version.
  std::string assessing_organisation;
  std::string summary;
  std::vector<std::string> distribution;
  std::string report_version;
  SourceLocation where;
  FieldLocations locations;
};

// seen: provided and reviewed; partial: provided in part; missing: looked for and confirmed absent;
// requested: asked for, not yet provided or not yet reviewed (counts as no record at all).
enum class EvidenceStatus { seen, partial, missing, requested };
constexpr auto enum_table(EvidenceStatus) {
  return std::to_array<EnumName<EvidenceStatus>>({
      {EvidenceStatus::seen, "seen"}, {EvidenceStatus::partial, "partial"},
      {EvidenceStatus::missing, "missing"}, {EvidenceStatus::requested, "requested"}});
}

struct EvidenceRecord {
  std::string id;  // evidence item id in the checklist
  EvidenceStatus status = EvidenceStatus::missing;
  std::string reference;
  std::string version;
  std::optional<Date> issued, reviewed, expires;
  std::string owner;
  std::string approved_by;  // empty: not approved
  std::string notes;
  SourceLocation where;
  FieldLocations locations;
};

struct MetricRecord {
  std::string id;  // metric evidence item id
  double value = 0;
  std::optional<double> target;  // overrides the checklist's default target
  std::string unit;
  std::string period;
  std::string source;
  SourceLocation where;
  FieldLocations locations;
};

enum class Result { conformant, partial, nonconformant, not_assessed, not_applicable };
constexpr auto enum_table(Result) {
  return std::to_array<EnumName<Result>>({
      {Result::conformant, "conformant"}, {Result::partial, "partial"},
      {Result::nonconformant, "nonconformant"}, {Result::not_assessed, "not-assessed"},
      {Result::not_applicable, "not-applicable"}});
}

struct Judgement {
  std::string requirement;
  Result result = Result::not_assessed;
  std::optional<double> achievement;  // for partial: 0–1; default 0.5
  std::string justification;
  std::string assessor;
  std::optional<Date> date;
  SourceLocation where;
  FieldLocations locations;
};

enum class ActionStatus { open, in_progress, done, cancelled };
constexpr auto enum_table(ActionStatus) {
  return std::to_array<EnumName<ActionStatus>>({
      {ActionStatus::open, "open"}, {ActionStatus::in_progress, "in-progress"},
      {ActionStatus::done, "done"}, {ActionStatus::cancelled, "cancelled"}});
}

struct Action {
  std::string id;
  std::vector<std::string> requirements;
  std::string title;
  std::string owner;
  std::optional<Date> due;
  ActionStatus status = ActionStatus::open;
  int progress = 0;  // percent
  SourceLocation where;
  FieldLocations locations;
};

struct Workspace {
  std::string dir;  // the folder, as given to load_workspace
  Profile profile;
  std::map<std::string, EvidenceRecord> evidence;  // by evidence id
  std::map<std::string, MetricRecord> metrics;     // by metric id
  std::vector<Judgement> judgements;
  std::vector<Action> actions;

  const EvidenceRecord* find_evidence(const std::string& id) const;
  const MetricRecord* find_metric(const std::string& id) const;
};

}  // namespace iso20k
