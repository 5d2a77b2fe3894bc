// Assessor judgements: a result set by hand for a requirement, always with its justification.
#include "iso20k/load/workspace/builders.h"
#include "iso20k/load/workspace/record_reader.h"

namespace iso20k::ws {

std::vector<Judgement> build_judgements(const RecordFile& file, Diagnostics& out) {
  const RecordSpec& spec = *file_spec(FileKind::judgements).item;
  std::vector<Judgement> judgements;
  std::map<std::string, std::size_t> by_requirement;
  for (const Record& rec : file.records) {
    RecordReader r(file, rec, spec, out);
    Judgement j;
    j.requirement = r.text("requirement");
    r.check_required(j.requirement.empty() ? std::string("this judgement")
                                           : "the judgement of " + j.requirement);
    const std::optional<Result> result = r.choice<Result>("result");
    if (result) j.result = *result;
    j.achievement = r.fraction("achievement");
    if (j.achievement && result && *result != Result::partial) {
      out.push_back({r.at("achievement"), "'achievement' is only for a partial result (this one is " +
                                              std::string(to_string(*result)) + ")"});
    }
    j.justification = r.text("justification");
    j.assessor = r.text("assessor");
    j.date = r.date("date");
    j.where = r.where();
    j.locations = r.locations();
    if (!j.requirement.empty()) {
      auto [it, fresh] = by_requirement.emplace(j.requirement, judgements.size());
      if (!fresh) {
        const Judgement& other = judgements[it->second];
        out.push_back({r.at("requirement"),
                       "requirement " + j.requirement + " is judged twice" +
                           first_at(other.locations.of("requirement", other.where),
                                    r.at("requirement"))});
      }
    }
    judgements.push_back(std::move(j));
  }
  return judgements;
}

}  // namespace iso20k::ws
