// The evidence register: what the assessor found for each evidence item.
#include "iso20k/load/workspace/builders.h"
#include "iso20k/load/workspace/record_reader.h"

namespace iso20k::ws {
namespace {

// A row of a request list nobody has answered yet: only the id (the request columns are
// dropped by the CSV reader). Skipped, so a half-filled requests.csv is a valid register.
bool unanswered(const Record& r) {
  for (const Field& f : r.fields) {
    if (f.name == "id") continue;
    if (f.value.find_first_not_of(" \t\r\n") != std::string::npos) return false;
  }
  return true;
}

}  // namespace

std::map<std::string, EvidenceRecord> build_evidence(const RecordFile& file, Diagnostics& out) {
  const RecordSpec& spec = *file_spec(FileKind::evidence).item;
  std::map<std::string, EvidenceRecord> register_;
  for (const Record& rec : file.records) {
    if (file.format == Format::csv && unanswered(rec)) continue;
    RecordReader r(file, rec, spec, out);
    EvidenceRecord e;
    e.id = r.text("id");
    r.check_required(e.id.empty() ? std::string("this evidence record")
                                  : "evidence record " + e.id);
    if (auto s = r.choice<EvidenceStatus>("status")) e.status = *s;
    e.reference = r.text("reference");
    e.version = r.text("version");
    e.issued = r.date("issued");
    e.reviewed = r.date("reviewed");
    e.expires = r.date("expires");
    e.owner = r.text("owner");
    e.approved_by = r.text("approved-by");
    e.notes = r.text("notes");
    e.where = r.where();
    e.locations = r.locations();
    if (e.issued && e.reviewed && *e.reviewed < *e.issued) {
      out.push_back({r.at("reviewed"), "reviewed " + to_string(*e.reviewed) +
                                           " is before issued " + to_string(*e.issued)});
    }
    if (e.issued && e.expires && *e.expires < *e.issued) {
      out.push_back({r.at("expires"), "expires " + to_string(*e.expires) + " is before issued " +
                                          to_string(*e.issued)});
    }
    if (e.id.empty()) continue;
    auto [it, fresh] = register_.emplace(e.id, e);
    if (!fresh) {
      out.push_back({r.at("id"), "evidence " + e.id + " is registered twice" +
                                     first_at(it->second.locations.of("id", it->second.where),
                                              r.at("id"))});
    }
  }
  return register_;
}

}  // namespace iso20k::ws
