// iso20k checklists list | show ID [--clause N] | map --from STD:ED --clause N [--to STD:ED]
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string_view>
#include <utility>
#include <vector>

#include "commands.h"
#include "iso20k/format/number_text.h"
#include "iso20k/format/text.h"
#include "iso20k/query/clause_map.h"
#include "terminal_text.h"

namespace iso20k::cli {
namespace {

int list(const Args& args, Context& ctx) {
  po::options_description opts("Options");
  opts.add_options()("help,h", "show this help")(
      "checklist-dir", po::value<std::vector<std::string>>()->composing(),
      "also list the checklists in this folder (repeatable)");
  const auto vm = parse("checklists list", args, opts, {});
  if (vm.count("help")) {
    print_help(ctx.out, "checklists list [--checklist-dir DIR]...",
               "Lists the bundled checklists and those in the given folders.", opts);
    return kOk;
  }
  std::vector<std::string> dirs;
  if (vm.count("checklist-dir")) dirs = vm["checklist-dir"].as<std::vector<std::string>>();
  for (const std::string& d : dirs) require_exists("checklists list", d);
  const Library lib = open_library_or_throw(ctx, dirs);
  Table t({"ID", "STANDARD", "EDITION", "VERSION", "CLAUSES", "REQUIREMENTS", "EVIDENCE", "FROM"});
  bool failed = false;
  for (const CatalogEntry& e : lib.catalog.entries()) {
    ChecklistLoadOptions o;
    o.registries = &lib.registries;
    const ChecklistLoad load = load_checklist(e.path, o);
    if (!load.checklist) {
      print(ctx.err, load.diagnostics);
      failed = true;
      continue;
    }
    const Checklist& c = *load.checklist;
    t.add({c.id, c.standard, c.edition, c.version, std::to_string(c.clauses.size()),
           std::to_string(c.requirements.size()), std::to_string(c.evidence.size()),
           e.bundled ? std::string("bundled") : e.path});
  }
  t.print(ctx.out);
  return failed ? kInvalidInput : kOk;
}

Checklist load_or_throw(const Library& lib, const std::string& id, Context& ctx) {
  ChecklistOpen open = open_tailored_checklist(lib, id, "");
  print(ctx.err, open.diagnostics);
  if (!open.checklist) throw InvalidInput(open.failure + " (see above)");
  return std::move(*open.checklist);
}

// "ITIL", "ISO/IEC 20000-2", "a note of the standard": where good practice comes from, for people.
std::string practice_source_name(const std::string& from) {
  static const std::vector<std::pair<std::string_view, std::string_view>> kNames = {
      {"note", "a note of the standard"},  {"iso20000-2", "ISO/IEC 20000-2"},
      {"itil", "ITIL"},                    {"iso20000-1:2011", "ISO/IEC 20000-1:2011"},
      {"iso20000-1:2018", "ISO/IEC 20000-1:2018"}, {"iso9001:2008", "ISO 9001:2008"},
      {"iso9001:2015", "ISO 9001:2015"},   {"iso27001:2013", "ISO/IEC 27001:2013"},
      {"iso27001:2022", "ISO/IEC 27001:2022"}, {"iso33020", "ISO/IEC 33020 (process capability)"},
      {"advice", "iso20k advice"}};
  for (const auto& [id, name] : kNames) {
    if (id == from) return std::string(name);
  }
  return from;
}

void show_requirement(std::ostream& out, const Checklist& c, const Requirement& r) {
  out << "\n  " << r.id << "  (clause " << r.clause << ", weight " << general_text(r.weight)
      << ", severity " << to_string(r.severity);
  if (r.capability) out << ", " << to_string(*r.capability);
  if (!r.processes.empty()) out << ", process " << join(r.processes, " ");
  if (!r.source.empty()) out << ", from " << r.source;
  out << ")\n";
  wrap(out, r.text, 4);
  if (r.provenance == Provenance::obligation) {
    wrap(out, "Basis: obligation of clause " + r.clause + " (unmet, a nonconformity)", 4, 6);
  } else {
    wrap(out,
         "Basis: good practice from " + practice_source_name(r.practice_source) +
             " (unmet, at most an opportunity for improvement)",
         4, 6);
  }
  out << "    Guidance:\n";
  wrap(out, r.guidance, 6);
  if (!r.questions.empty()) {
    out << "    Interview questions:\n";
    for (const std::string& q : r.questions) wrap(out, "- " + q, 6, 8);
  }
  out << "    Evidence:\n";
  for (const std::string& id : r.evidence) {
    const EvidenceItem* e = c.find_evidence(id);
    if (!e) continue;
    std::string line = "- " + e->id + " [" + to_string(e->kind);
    if (e->mandatory) line += ", mandatory";
    if (e->approval_required) line += ", approval required";
    if (e->max_age) line += ", max age " + to_string(*e->max_age);
    if (e->kind == EvidenceKind::metric) {
      line += std::string(", target ") + (e->better == Better::higher ? ">= " : "<= ") +
              general_text(e->target) + " " + e->unit;
    }
    if (!e->documented_information.empty()) line += ", " + e->documented_information;
    line += "] " + e->title;
    wrap(out, line, 6, 8);
  }
  if (!r.rule_text.empty()) {
    out << "    Rule:\n";
    wrap(out, r.rule_text, 6);
  }
  if (!r.mappings.empty()) {
    out << "    Maps to:\n";
    for (const Mapping& m : r.mappings) {
      out << "      - " << m.standard << ":" << m.edition << " " << m.clause << '\n';
    }
  }
}

int show(const Args& args, Context& ctx) {
  po::options_description opts("Options");
  opts.add_options()("help,h", "show this help")("id", po::value<std::string>()->required(),
                                                  "checklist id or path")(
      "clause", po::value<std::string>(), "show this clause and its requirements in full")(
      "checklist-dir", po::value<std::vector<std::string>>()->composing(),
      "also look for checklists in this folder");
  po::positional_options_description pos;
  pos.add("id", 1);
  const auto vm = parse("checklists show", args, opts, pos);
  if (vm.count("help")) {
    print_help(ctx.out, "checklists show ID [--clause NUMBER]",
               "Shows a checklist's clause tree, or one clause with its requirements, evidence and "
               "mappings.",
               opts);
    return kOk;
  }
  std::vector<std::string> dirs;
  if (vm.count("checklist-dir")) dirs = vm["checklist-dir"].as<std::vector<std::string>>();
  const Library lib = open_library_or_throw(ctx, dirs);
  const Checklist c = load_or_throw(lib, vm["id"].as<std::string>(), ctx);
  std::ostream& out = ctx.out;
  if (!vm.count("clause")) {
    out << c.title << "\n" << c.id << " — " << c.standard << ":" << c.edition << ", version "
        << c.version << "\n\n";
    for (const Clause& cl : c.clauses) {
      int n = 0, good_practice = 0;
      for (const Requirement& r : c.requirements) {
        if (r.clause != cl.number) continue;
        ++n;
        good_practice += r.provenance == Provenance::good_practice;
      }
      out << std::string(static_cast<std::size_t>(2 * cl.depth), ' ') << cl.number << "  "
          << cl.title << "  [" << to_string(cl.kind) << "]";
      if (n) out << "  " << n << (n == 1 ? " requirement" : " requirements");
      if (good_practice) out << " (" << good_practice << " good practice)";
      out << '\n';
    }
    return kOk;
  }
  const std::string number = vm["clause"].as<std::string>();
  const Clause* cl = c.find_clause(number);
  if (!cl) throw UsageError("clause " + number + " is not in " + c.id, "checklists show");
  out << c.standard << ":" << c.edition << " clause " << cl->number << " " << cl->title << "  ["
      << to_string(cl->kind) << "]\n";
  for (const Requirement& r : c.requirements) {
    if (r.clause == number || r.clause.starts_with(number + ".")) show_requirement(out, c, r);
  }
  return kOk;
}

int map(const Args& args, Context& ctx) {
  po::options_description opts("Options");
  opts.add_options()("help,h", "show this help")(
      "from", po::value<std::string>()->required(),
      "the standard and edition of the clause, e.g. iso20000-1:2011 or \"ISO 9001:2015\"")(
      "clause", po::value<std::string>()->required(), "the clause number, e.g. 6.3")(
      "to", po::value<std::string>(), "show only this standard and edition");
  const auto vm = parse("checklists map", args, opts, {});
  if (vm.count("help")) {
    print_help(ctx.out, "checklists map --from STANDARD:EDITION --clause NUMBER [--to STANDARD:EDITION]",
               "Shows the clauses of other editions and standards that correspond to a clause.",
               opts);
    return kOk;
  }
  std::string standard, edition, to_standard, to_edition;
  if (!parse_standard_edition(vm["from"].as<std::string>(), standard, edition)) {
    throw UsageError("--from needs STANDARD:EDITION, e.g. iso20000-1:2011", "checklists map");
  }
  if (vm.count("to") && !parse_standard_edition(vm["to"].as<std::string>(), to_standard, to_edition)) {
    throw UsageError("--to needs STANDARD:EDITION, e.g. iso27001:2022", "checklists map");
  }
  const Library lib = open_library_or_throw(ctx, {});
  const std::string clause = vm["clause"].as<std::string>();
  const ClauseRegistry* reg = lib.registries.find(standard, edition);
  if (!reg) throw UsageError("no clause registry for " + standard + ":" + edition, "checklists map");
  const RegistryClause* rc = reg->find(clause);
  if (!rc) throw UsageError("clause " + clause + " is not in " + standard + ":" + edition, "checklists map");
  ctx.out << standard << ":" << edition << " " << clause << " " << rc->title << "\n";
  int shown = 0;
  for (const MappedClause& m : map_clause(lib.registries, standard, edition, clause)) {
    if (!to_standard.empty() && (m.standard != to_standard || m.edition != to_edition)) continue;
    ctx.out << "  -> " << m.standard << ":" << m.edition << " " << m.clause;
    if (!m.title.empty()) ctx.out << " " << m.title;
    if (!m.via.empty()) ctx.out << "  (via " << m.via << ")";
    if (!m.note.empty()) ctx.out << "  [" << m.note << "]";
    ctx.out << '\n';
    ++shown;
  }
  if (shown == 0) ctx.out << "  (no corresponding clause)\n";
  return kOk;
}

}  // namespace

int run_checklists(const Args& args, Context& ctx) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    std::ostream& o = args.empty() ? ctx.err : ctx.out;
    o << "Usage: iso20k checklists <list|show|map> [options]\n\n"
         "  list   the bundled checklists (and --checklist-dir ones) with their counts\n"
         "  show   a checklist's clause tree, or one clause in full (--clause 8.5.1.3)\n"
         "  map    corresponding clauses in other editions and standards\n";
    return args.empty() ? kUsage : kOk;
  }
  const Args rest(args.begin() + 1, args.end());
  if (args[0] == "list") return list(rest, ctx);
  if (args[0] == "show") return show(rest, ctx);
  if (args[0] == "map") return map(rest, ctx);
  throw UsageError("unknown checklists action '" + args[0] + "' (expected list, show or map)",
                   "checklists");
}

}  // namespace iso20k::cli
