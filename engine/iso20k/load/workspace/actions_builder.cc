// The improvement plan: actions with owners, due dates, status and progress.
#include "iso20k/load/workspace/builders.h"
#include "iso20k/load/workspace/record_reader.h"

namespace iso20k::ws {

std::vector<Action> build_actions(const RecordFile& file, Diagnostics& out) {
  const RecordSpec& spec = *file_spec(FileKind::actions).item;
  std::vector<Action> actions;
  std::map<std::string, std::size_t> by_id;
  for (const Record& rec : file.records) {
    RecordReader r(file, rec, spec, out);
    Action a;
    a.id = r.text("id");
    r.check_required(a.id.empty() ? std::string("this action") : "action " + a.id);
    for (RecordReader::Item& item : r.list("requirements")) a.requirements.push_back(item.value);
    a.title = r.text("title");
    a.owner = r.text("owner");
    a.due = r.date("due");
    if (auto s = r.choice<ActionStatus>("status")) a.status = *s;
    const std::optional<int> progress = r.whole("progress", 0, 100);
    a.progress = progress.value_or(a.status == ActionStatus::done ? 100 : 0);
    if (progress && a.status == ActionStatus::done && *progress != 100) {
      out.push_back({r.at("progress"), "action " + a.id + " is done, so its progress is 100, not " +
                                           std::to_string(*progress)});
    }
    a.where = r.where();
    a.locations = r.locations();
    if (!a.id.empty()) {
      auto [it, fresh] = by_id.emplace(a.id, actions.size());
      if (!fresh) {
        const Action& other = actions[it->second];
        out.push_back({r.at("id"), "action " + a.id + " appears twice" +
                                       first_at(other.locations.of("id", other.where), r.at("id"))});
      }
    }
    actions.push_back(std::move(a));
  }
  return actions;
}

}  // namespace iso20k::ws
