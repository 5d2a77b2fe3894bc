#include "iso20k/load/workspace/workspace_file.h"

#include "iso20k/load/workspace/builders.h"
#include "iso20k/load/workspace/csv_reader.h"
#include "iso20k/load/workspace/ini_reader.h"
#include "iso20k/load/workspace/json_reader.h"
#include "iso20k/load/workspace/xml_reader.h"

namespace iso20k::ws {

void read_workspace_file(FileKind kind, Format format, SourceText source, Workspace& ws,
                         Diagnostics& out) {
  const FileSpec& spec = file_spec(kind);
  std::optional<RecordFile> records;
  switch (format) {
    case Format::xml: records = read_xml_records(std::move(source), spec, out); break;
    case Format::json: records = read_json_records(std::move(source), spec, out); break;
    case Format::ini: records = read_ini_records(std::move(source), spec, out); break;
    case Format::csv: records = read_csv_records(std::move(source), spec, out); break;
  }
  if (!records) return;
  switch (kind) {
    case FileKind::profile: ws.profile = build_profile(*records, out); break;
    case FileKind::evidence: ws.evidence = build_evidence(*records, out); break;
    case FileKind::metrics: ws.metrics = build_metrics(*records, out); break;
    case FileKind::judgements: ws.judgements = build_judgements(*records, out); break;
    case FileKind::actions: ws.actions = build_actions(*records, out); break;
  }
}

}  // namespace iso20k::ws
