// The organisation profile: who is assessed, against which checklist, when, and what is in scope.
#include "iso20k/load/workspace/builders.h"
#include "iso20k/load/workspace/record_reader.h"
#include "iso20k/util/suggest.h"

namespace iso20k::ws {
namespace {

constexpr int kMaxPersons = 10'000'000;

bool is_word(std::string_view s) {
  for (char c : s) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_' || c == '.';
    if (!ok) return false;
  }
  return !s.empty();
}

class ProfileBuilder {
 public:
  ProfileBuilder(const RecordFile& file, Diagnostics& out)
      : file_(file), spec_(file_spec(FileKind::profile)), out_(out) {}

  Profile build() {
    for (const Record& rec : file_.records) {
      if (rec.type == spec_.top->type) {
        if (!top_done_) top(rec);
        top_done_ = true;
      } else if (rec.type == "service") {
        service(rec);
      } else if (rec.type == "party") {
        party(rec);
      } else if (rec.type == "target") {
        target(rec);
      }
    }
    check_party_services();
    return std::move(p_);
  }

 private:
  static const RecordSpec& record_spec(const FileSpec& fs, std::string_view type) {
    for (const ContainerSpec& c : fs.containers) {
      if (c.record->type == type) return *c.record;
    }
    return *fs.top;
  }

  void top(const Record& rec) {
    RecordReader r(file_, rec, *spec_.top, out_);
    r.check_required("the profile");
    p_.organisation = r.text("organisation");
    p_.checklist = r.text("checklist");
    p_.tailoring = r.text("tailoring");
    p_.assessment_date = r.date("assessment-date");
    for (auto& i : r.list("assessors")) p_.assessors.push_back(i.value);
    p_.scope = r.text("scope");
    for (auto& i : r.list("units")) p_.units.push_back(i.value);
    for (auto& i : r.list("sites")) p_.sites.push_back(i.value);
    p_.persons = r.whole("persons", 1, kMaxPersons).value_or(0);
    p_.assessing_organisation = r.text("assessing-organisation");
    p_.summary = r.text("summary");
    for (auto& i : r.list("distribution")) p_.distribution.push_back(i.value);
    p_.report_version = r.text("report-version");
    p_.where = r.where();
    p_.locations = r.locations();
  }

  void service(const Record& rec) {
    RecordReader r(file_, rec, record_spec(spec_, "service"), out_);
    Service s;
    s.id = r.text("id");
    r.check_required(s.id.empty() ? std::string("this service") : "service " + s.id);
    s.name = r.text("name");
    s.where = r.where();
    s.locations = r.locations();
    if (s.id.empty()) return;
    if (!is_word(s.id)) {
      out_.push_back({r.at("id"), "service id '" + s.id +
                                      "' must be one word: letters, digits, '-', '_' and '.'"});
    }
    if (auto [it, fresh] = service_index_.emplace(s.id, p_.services.size()); !fresh) {
      const Service& other = p_.services[it->second];
      out_.push_back({r.at("id"), "service " + s.id + " appears twice" +
                                      first_at(other.locations.of("id", other.where), r.at("id"))});
      return;
    }
    p_.services.push_back(std::move(s));
  }

  void party(const Record& rec) {
    RecordReader r(file_, rec, record_spec(spec_, "party"), out_);
    OtherParty o;
    o.name = r.text("name");
    r.check_required(o.name.empty() ? std::string("this party") : "party " + o.name);
    if (auto k = r.choice<PartyKind>("kind")) o.kind = *k;
    for (auto& i : r.list("services")) {
      o.services.push_back(i.value);
      service_refs_.push_back({i.value, i.where, o.name});
    }
    for (auto& i : r.list("processes")) o.processes.push_back(i.value);
    for (auto& i : r.list("components")) o.components.push_back(i.value);
    o.operates = o.services;
    o.operates.insert(o.operates.end(), o.processes.begin(), o.processes.end());
    o.operates.insert(o.operates.end(), o.components.begin(), o.components.end());
    o.where = r.where();
    o.locations = r.locations();
    if (o.name.empty()) return;
    if (auto [it, fresh] = party_index_.emplace(o.name, p_.parties.size()); !fresh) {
      const OtherParty& other = p_.parties[it->second];
      out_.push_back({r.at("name"), "party " + o.name + " appears twice" +
                                        first_at(other.locations.of("name", other.where),
                                                 r.at("name"))});
      return;
    }
    p_.parties.push_back(std::move(o));
  }

  void target(const Record& rec) {
    RecordReader r(file_, rec, record_spec(spec_, "target"), out_);
    const std::string process = r.text("process");
    r.check_required(process.empty() ? std::string("this target") : "the target of " + process);
    const std::optional<int> level = r.whole("level", 0, 5);
    if (process.empty() || !level) return;
    const std::string key = "targets[" + process + "]";
    if (auto it = p_.locations.by_field.find(key); it != p_.locations.by_field.end()) {
      out_.push_back({r.at("process"), "the target level of " + process + " is given twice" +
                                           first_at(it->second, r.at("process"))});
      return;
    }
    p_.target_levels[process] = *level;
    p_.locations.by_field[key] = r.at("process");
  }

  // Every service a party operates is one of the services in scope.
  void check_party_services() {
    std::vector<std::string_view> ids;
    for (const Service& s : p_.services) ids.push_back(s.id);
    for (const ServiceRef& ref : service_refs_) {
      if (service_index_.count(ref.id)) continue;
      std::string msg = "party " + ref.party + " operates service '" + ref.id +
                        "', which is not one of the services in scope";
      if (ref.id.size() <= 64) msg += did_you_mean(ref.id, ids);
      out_.push_back({ref.where, msg});
    }
  }

  struct ServiceRef {
    std::string id;
    SourceLocation where;
    std::string party;
  };

  const RecordFile& file_;
  const FileSpec& spec_;
  Diagnostics& out_;
  Profile p_;
  bool top_done_ = false;
  std::vector<ServiceRef> service_refs_;
  std::map<std::string, std::size_t> service_index_, party_index_;
};

}  // namespace

Profile build_profile(const RecordFile& file, Diagnostics& out) {
  return ProfileBuilder(file, out).build();
}

}  // namespace iso20k::ws
