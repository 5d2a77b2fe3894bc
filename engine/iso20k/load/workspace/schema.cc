#include "iso20k/load/workspace/schema.h"

namespace iso20k::ws {
namespace {

struct Schema {
  RecordSpec profile{"profile",
                     {
                         {.name = "organisation", .xml_element = true, .required = true},
                         {.name = "checklist", .required = true},
                         {.name = "tailoring"},
                         {.name = "assessment-date", .required = true},
                         {.name = "assessors", .shape = Shape::text_list, .xml_element = true,
                          .xml_name = "assessor", .required = true},
                         {.name = "scope", .xml_element = true, .required = true},
                         {.name = "units", .shape = Shape::text_list, .xml_element = true,
                          .xml_name = "unit"},
                         {.name = "sites", .shape = Shape::text_list, .xml_element = true,
                          .xml_name = "site"},
                         {.name = "persons", .required = true},
                         {.name = "assessing-organisation", .xml_element = true},
                         {.name = "summary", .xml_element = true},
                         {.name = "distribution", .shape = Shape::text_list, .xml_element = true,
                          .xml_name = "recipient"},
                         {.name = "report-version"},
                     }};
  RecordSpec service{"service", {{.name = "id", .required = true}, {.name = "name", .required = true}}, "id"};
  RecordSpec party{"party",
                   {
                       {.name = "name", .required = true},
                       {.name = "kind", .required = true},
                       {.name = "services", .shape = Shape::id_list},
                       {.name = "processes", .shape = Shape::id_list},
                       {.name = "components", .shape = Shape::text_list, .xml_element = true,
                        .xml_name = "component"},
                   },
                   "name"};
  RecordSpec target{"target", {{.name = "process", .required = true}, {.name = "level", .required = true}}, "process"};

  RecordSpec evidence{"evidence",
                      {
                          {.name = "id", .csv_alias = "evidence id", .required = true},
                          {.name = "status", .required = true},
                          {.name = "reference"},
                          {.name = "version"},
                          {.name = "issued"},
                          {.name = "reviewed"},
                          {.name = "expires"},
                          {.name = "owner"},
                          {.name = "approved-by"},
                          {.name = "notes", .xml_element = true},
                          // The request list's columns (iso20k init), so a filled-in
                          // requests.csv is an evidence register as it stands.
                          {.name = "title", .informational = true},
                          {.name = "kind", .informational = true},
                          {.name = "mandatory", .informational = true},
                          {.name = "approval", .informational = true},
                          {.name = "max-age", .informational = true},
                          {.name = "requirements", .informational = true},
                          {.name = "clauses", .informational = true},
                          {.name = "what-good-looks-like", .informational = true},
                      },
                      "id"};
  RecordSpec metric{"metric",
                    {
                        {.name = "id", .csv_alias = "metric id", .required = true},
                        {.name = "value", .required = true},
                        {.name = "target"},
                        {.name = "unit"},
                        {.name = "period"},
                        {.name = "source"},
                        {.name = "title", .informational = true},
                        {.name = "better", .informational = true},
                        {.name = "default-target", .informational = true},
                        {.name = "requirements", .informational = true},
                        {.name = "clauses", .informational = true},
                        {.name = "what-good-looks-like", .informational = true},
                    },
                    "id"};
  RecordSpec judgement{"judgement",
                       {
                           {.name = "requirement", .required = true},
                           {.name = "result", .required = true},
                           {.name = "achievement"},
                           {.name = "justification", .xml_element = true, .required = true},
                           {.name = "assessor"},
                           {.name = "date"},
                       },
                       "requirement"};
  RecordSpec action{"action",
                    {
                        {.name = "id", .csv_alias = "action id", .required = true},
                        {.name = "requirements", .shape = Shape::id_list},
                        {.name = "title", .xml_element = true, .required = true},
                        {.name = "owner"},
                        {.name = "due"},
                        {.name = "status", .required = true},
                        {.name = "progress"},
                    },
                    "id"};

  FileSpec profile_file{
      .kind = FileKind::profile,
      .stem = "profile",
      .root = "profile",
      .noun = "profile",
      .formats = {Format::xml, Format::json, Format::ini},
      .top = &profile,
      .containers = {
          {.name = "services", .record = &service, .ini_section = "service"},
          {.name = "parties", .record = &party, .ini_section = "party"},
          {.name = "targets", .record = &target, .ini_section = "targets", .map = true,
           .map_value = "level"},
      }};
  FileSpec evidence_file{.kind = FileKind::evidence,
                         .stem = "evidence",
                         .root = "evidence-register",
                         .noun = "evidence register",
                         .formats = {Format::xml, Format::json, Format::ini, Format::csv},
                         .item = &evidence};
  FileSpec metrics_file{.kind = FileKind::metrics,
                        .stem = "metrics",
                        .root = "metrics",
                        .noun = "metrics register",
                        .formats = {Format::xml, Format::json, Format::ini, Format::csv},
                        .item = &metric};
  FileSpec judgements_file{.kind = FileKind::judgements,
                           .stem = "judgements",
                           .root = "judgements",
                           .noun = "judgements register",
                           .formats = {Format::xml, Format::json, Format::ini},
                           .item = &judgement};
  FileSpec actions_file{.kind = FileKind::actions,
                        .stem = "actions",
                        .root = "actions",
                        .noun = "improvement actions",
                        .formats = {Format::xml, Format::json, Format::ini, Format::csv},
                        .item = &action};
};

const Schema& schema() {
  static const Schema s;
  return s;
}

}  // namespace

const char* to_string(Format f) {
  switch (f) {
    case Format::xml: return "XML";
    case Format::json: return "JSON";
    case Format::ini: return "INI";
    case Format::csv: return "CSV";
  }
  return "?";
}

const char* extension(Format f) { return enum_name(f); }

const FieldSpec* RecordSpec::find(std::string_view name) const {
  for (const FieldSpec& f : fields) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

std::vector<std::string_view> RecordSpec::names(bool include_informational) const {
  std::vector<std::string_view> n;
  for (const FieldSpec& f : fields) {
    if (include_informational || !f.informational) n.push_back(f.name);
  }
  return n;
}

const FileSpec& file_spec(FileKind kind) {
  const Schema& s = schema();
  switch (kind) {
    case FileKind::profile: return s.profile_file;
    case FileKind::evidence: return s.evidence_file;
    case FileKind::metrics: return s.metrics_file;
    case FileKind::judgements: return s.judgements_file;
    case FileKind::actions: return s.actions_file;
  }
  return s.profile_file;
}

}  // namespace iso20k::ws
