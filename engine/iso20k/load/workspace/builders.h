#pragma once
// One builder per kind of workspace file: records (whatever format they were read from) → the
// model, with every check that needs no checklist: required fields, dates, numbers, enumerations,
// duplicates, consistency within a record. Checks against the checklist are in workspace_check.h.
#include <map>
#include <string>
#include <vector>

#include "iso20k/load/workspace/record.h"
#include "iso20k/model/workspace.h"

namespace iso20k::ws {

Profile build_profile(const RecordFile& file, Diagnostics& out);
std::map<std::string, EvidenceRecord> build_evidence(const RecordFile& file, Diagnostics& out);
std::map<std::string, MetricRecord> build_metrics(const RecordFile& file, Diagnostics& out);
std::vector<Judgement> build_judgements(const RecordFile& file, Diagnostics& out);
std::vector<Action> build_actions(const RecordFile& file, Diagnostics& out);

}  // namespace iso20k::ws
