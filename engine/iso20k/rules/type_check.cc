#include "iso20k/rules/type_check.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "iso20k/model/workspace.h"
#include "iso20k/util/suggest.h"

namespace iso20k::rules {
namespace {

struct TypeRef {
  Type type = Type::error;
  Type elem = Type::error;
  bool operator==(const TypeRef&) const = default;
};

constexpr TypeRef kBool{Type::boolean}, kNumber{Type::number}, kString{Type::string},
    kDuration{Type::duration}, kDate{Type::date}, kEvidence{Type::evidence}, kMetric{Type::metric},
    kResult{Type::result}, kProfile{Type::profile}, kBoolList{Type::list, Type::boolean},
    kError{Type::error}, kNone{Type::error};

std::string phrase(TypeRef t) { return describe(t.type, t.elem); }

// Built-in names (docs/rules.md): constants and the two context values.
struct NameDef {
  std::string_view name;
  Op op;
  TypeRef type;
  double value;
};
constexpr std::array<NameDef, 7> kNames = {{
    {"true", Op::const_bool, kBool, 1},
    {"false", Op::const_bool, kBool, 0},
    {"conformant", Op::const_result, kResult, static_cast<double>(Result::conformant)},
    {"partial", Op::const_result, kResult, static_cast<double>(Result::partial)},
    {"nonconformant", Op::const_result, kResult, static_cast<double>(Result::nonconformant)},
    {"as_of", Op::as_of, kDate, 0},
    {"profile", Op::profile, kProfile, 0},
}};

// Functions. evidence, metric and date take a string literal and are checked specially.
struct FunctionDef {
  std::string_view name;
  Op op;
  int arity;
  TypeRef params[2];
  TypeRef result;
};
constexpr std::array<FunctionDef, 17> kFunctions = {{
    {"evidence", Op::evidence_ref, 1, {kString, kNone}, kEvidence},
    {"metric", Op::metric_ref, 1, {kString, kNone}, kMetric},
    {"date", Op::const_date, 1, {kString, kNone}, kDate},
    {"present", Op::ev_present, 1, {kEvidence, kNone}, kBool},
    {"approved", Op::ev_approved, 1, {kEvidence, kNone}, kBool},
    {"valid", Op::ev_valid, 1, {kEvidence, kNone}, kBool},
    {"age_days", Op::ev_age_days, 1, {kEvidence, kNone}, kNumber},
    {"within", Op::ev_within, 2, {kEvidence, kDuration}, kBool},
    {"meets_target", Op::m_met, 1, {kMetric, kNone}, kBool},
    {"value", Op::m_value, 1, {kMetric, kNone}, kNumber},
    {"count", Op::count, 1, {kBoolList, kNone}, kNumber},
    {"all", Op::all, 1, {kBoolList, kNone}, kBool},
    {"any", Op::any, 1, {kBoolList, kNone}, kBool},
    {"ratio", Op::ratio, 1, {kBoolList, kNone}, kNumber},
    {"min", Op::min, 2, {kNumber, kNumber}, kNumber},
    {"max", Op::max, 2, {kNumber, kNumber}, kNumber},
    {"days", Op::days, 1, {kDuration, kNone}, kNumber},
}};

struct MemberDef {
  Type of;
  std::string_view name;
  Op op;
  TypeRef type;
};
constexpr std::array<MemberDef, 19> kMembers = {{
    {Type::evidence, "present", Op::ev_present, kBool},
    {Type::evidence, "status", Op::ev_status, kString},
    {Type::evidence, "approved", Op::ev_approved, kBool},
    {Type::evidence, "issued", Op::ev_issued, kDate},
    {Type::evidence, "reviewed", Op::ev_reviewed, kDate},
    {Type::evidence, "expires", Op::ev_expires, kDate},
    {Type::evidence, "age", Op::ev_age, kDuration},
    {Type::evidence, "stale", Op::ev_stale, kBool},
    {Type::evidence, "expired", Op::ev_expired, kBool},
    {Type::evidence, "valid", Op::ev_valid, kBool},
    {Type::metric, "value", Op::m_value, kNumber},
    {Type::metric, "target", Op::m_target, kNumber},
    {Type::metric, "unit", Op::m_unit, kString},
    {Type::metric, "met", Op::m_met, kBool},
    {Type::metric, "present", Op::m_present, kBool},
    {Type::profile, "persons", Op::p_persons, kNumber},
    {Type::profile, "services", Op::p_services, kNumber},
    {Type::profile, "sites", Op::p_sites, kNumber},
    {Type::profile, "suppliers", Op::p_suppliers, kNumber},
}};

bool equatable(Type t) {
  return t == Type::boolean || t == Type::number || t == Type::string || t == Type::duration ||
         t == Type::date || t == Type::result;
}
bool orderable(Type t) {
  return t == Type::number || t == Type::string || t == Type::duration || t == Type::date;
}

Op compare_op(Type t) {
  switch (t) {
    case Type::boolean: return Op::cmp_bool;
    case Type::number: return Op::cmp_number;
    case Type::string: return Op::cmp_string;
    case Type::duration: return Op::cmp_duration;
    case Type::date: return Op::cmp_date;
    default: return Op::cmp_result;
  }
}

Op in_op(Type t) {
  switch (t) {
    case Type::boolean: return Op::in_bool;
    case Type::number: return Op::in_number;
    case Type::string: return Op::in_string;
    case Type::duration: return Op::in_duration;
    case Type::date: return Op::in_date;
    default: return Op::in_result;
  }
}

const char* ordinal(std::uint32_t k) { return k == 0 ? "first" : "second"; }

// Two types a ternary's branches may both have; kError when they differ.
TypeRef unify(TypeRef x, TypeRef y) {
  if (x.type == Type::list && y.type == Type::list) {
    if (x.elem == Type::any) return y;
    if (y.elem == Type::any || x.elem == y.elem) return x;
    return kError;
  }
  return x == y ? x : kError;
}

class Checker {
 public:
  Checker(CompiledRule& rule, const Checklist& checklist)
      : rule_(rule), ast_(rule.ast), checklist_(checklist) {}

  std::vector<CompileError> run() {
    if (ast_.root < 0) return errors_;
    const TypeRef t = check(ast_.root);
    if (t.type != Type::error && t.type != Type::boolean && t.type != Type::number &&
        t.type != Type::result) {
      error(ast_.at(ast_.root).start,
            "a rule must yield a bool, a number or a result, got " + phrase(t));
    }
    std::stable_sort(errors_.begin(), errors_.end(),
                     [](const CompileError& x, const CompileError& y) { return x.offset < y.offset; });
    return std::move(errors_);
  }

 private:
  void error(std::uint32_t offset, std::string message) {
    errors_.push_back(CompileError{offset, std::move(message)});
  }

  TypeRef type_of(std::int32_t i) const { return {ast_.at(i).type, ast_.at(i).elem}; }

  TypeRef set(std::int32_t i, Op op, TypeRef t) {
    Node& n = ast_.at(i);
    n.op = op;
    n.type = t.type;
    n.elem = t.elem;
    return t;
  }

  TypeRef check(std::int32_t i) {
    Node& n = ast_.at(i);
    switch (n.syntax) {
      case Syntax::number: return set(i, Op::const_number, kNumber);
      case Syntax::duration: return set(i, Op::const_duration, kDuration);
      case Syntax::string: return set(i, Op::const_string, kString);
      case Syntax::name: return name(i);
      case Syntax::call: return call(i);
      case Syntax::member: return member(i);
      case Syntax::list: return list(i);
      case Syntax::not_: {
        const TypeRef a = check(n.a);
        if (a.type == Type::error) return set(i, Op::invalid, kError);
        if (a.type != Type::boolean) {
          error(ast_.at(n.a).start, "'!' expects a bool, got " + phrase(a));
          return set(i, Op::invalid, kError);
        }
        return set(i, Op::not_, kBool);
      }
      case Syntax::negate: {
        const TypeRef a = check(n.a);
        if (a.type == Type::number) return set(i, Op::neg_number, kNumber);
        if (a.type == Type::duration) return set(i, Op::neg_duration, kDuration);
        if (a.type != Type::error) {
          error(ast_.at(n.a).start, "'-' expects a number or a duration, got " + phrase(a));
        }
        return set(i, Op::invalid, kError);
      }
      case Syntax::ternary: return ternary(i);
      default: return binary(i);
    }
  }

  TypeRef name(std::int32_t i) {
    Node& n = ast_.at(i);
    const std::string& word = ast_.text(n);
    for (const NameDef& d : kNames) {
      if (d.name == word) {
        n.value = d.value;
        return set(i, d.op, d.type);
      }
    }
    for (const FunctionDef& f : kFunctions) {
      if (f.name == word) {
        error(n.offset, "'" + word + "' is a function: call it as " + word + "(...)");
        return set(i, Op::invalid, kError);
      }
    }
    std::vector<std::string_view> known;
    for (const NameDef& d : kNames) known.push_back(d.name);
    std::string message = "unknown name '" + word + "'";
    const std::string guess = nearest(word, known);
    if (!guess.empty()) message += " (did you mean '" + guess + "'?)";
    error(n.offset, message);
    return set(i, Op::invalid, kError);
  }

  TypeRef call(std::int32_t i) {
    // Check the arguments first: their errors come first and their types are needed below.
    bool args_ok = true;
    {
      const Node& n = ast_.at(i);
      for (std::uint32_t k = 0; k < n.count; ++k) {
        if (check(ast_.operand(n, k)).type == Type::error) args_ok = false;
      }
    }
    Node& n = ast_.at(i);
    const std::string& word = ast_.text(n);
    const FunctionDef* fn = nullptr;
    for (const FunctionDef& f : kFunctions) {
      if (f.name == word) fn = &f;
    }
    if (!fn) {
      for (const NameDef& d : kNames) {
        if (d.name == word) {
          error(n.offset, "'" + word + "' is not a function");
          return set(i, Op::invalid, kError);
        }
      }
      std::vector<std::string_view> known;
      for (const FunctionDef& f : kFunctions) known.push_back(f.name);
      std::string message = "unknown function '" + word + "'";
      const std::string guess = nearest(word, known);
      if (!guess.empty()) message += " (did you mean '" + guess + "'?)";
      error(n.offset, message);
      return set(i, Op::invalid, kError);
    }
    if (static_cast<int>(n.count) != fn->arity) {
      error(n.offset, word + " expects " + std::to_string(fn->arity) +
                          (fn->arity == 1 ? " argument" : " arguments") + ", got " +
                          std::to_string(n.count));
      return set(i, Op::invalid, kError);
    }
    if (fn->arity >= 1) n.a = ast_.operand(n, 0);
    if (fn->arity >= 2) n.b = ast_.operand(n, 1);
    if (!args_ok) return set(i, Op::invalid, kError);
    if (fn->op == Op::evidence_ref || fn->op == Op::metric_ref || fn->op == Op::const_date) {
      return literal_call(i, *fn);
    }
    for (std::uint32_t k = 0; k < n.count; ++k) {
      const TypeRef want = fn->params[k];
      const TypeRef got = type_of(ast_.operand(n, k));
      const bool ok = got == want || (want.type == Type::list && got.type == Type::list &&
                                      got.elem == Type::any);
      if (!ok) {
        std::string message = word + " expects " + phrase(want);
        if (fn->arity > 1) message += std::string(" as its ") + ordinal(k) + " argument";
        error(ast_.at(ast_.operand(n, k)).start, message + ", got " + phrase(got));
        return set(i, Op::invalid, kError);
      }
    }
    return set(i, fn->op, fn->result);
  }

  // evidence("ID"), metric("ID"), date("YYYY-MM-DD"): the argument is a string literal, resolved now.
  TypeRef literal_call(std::int32_t i, const FunctionDef& fn) {
    Node& n = ast_.at(i);
    const Node& arg = ast_.at(n.a);
    const std::string& word = ast_.text(n);
    if (arg.syntax != Syntax::string) {
      const std::string example = fn.op == Op::const_date ? "\"2025-03-31\"" : "\"DOC-SMS-SCOPE\"";
      error(arg.start, word + " expects a string literal such as " + word + "(" + example +
                           "), got " + (arg.type == Type::string ? std::string("an expression")
                                                                 : phrase(type_of(n.a))));
      return set(i, Op::invalid, kError);
    }
    const std::string& id = ast_.text(arg);
    if (fn.op == Op::const_date) {
      const std::optional<Date> d = parse_date(id);
      if (!d) {
        error(arg.start, "invalid date '" + id + "' (expected YYYY-MM-DD, a real calendar day)");
        return set(i, Op::invalid, kError);
      }
      n.value = d->days;
      return set(i, Op::const_date, kDate);
    }
    const bool want_metric = fn.op == Op::metric_ref;
    const EvidenceItem* item = checklist_.find_evidence(id);
    if (!item) {
      std::vector<std::string_view> known;
      for (const EvidenceItem& e : checklist_.evidence) {
        if ((e.kind == EvidenceKind::metric) == want_metric) known.push_back(e.id);
      }
      std::string message = std::string("unknown ") + (want_metric ? "metric" : "evidence") +
                            " id '" + id + "' (not in checklist " + checklist_.id;
      const std::string guess = nearest(id, known);
      if (!guess.empty()) message += "; did you mean '" + guess + "'?";
      error(arg.start, message + ")");
      return set(i, Op::invalid, kError);
    }
    const bool is_metric = item->kind == EvidenceKind::metric;
    if (want_metric && !is_metric) {
      const std::string kind = to_string(item->kind);
      const bool vowel = kind.find_first_of("aeiou") == 0;
      error(arg.start, "metric expects a metric item, '" + id + "' is " + (vowel ? "an " : "a ") +
                           kind + " item");
      return set(i, Op::invalid, kError);
    }
    if (!want_metric && is_metric) {
      error(arg.start, "'" + id + "' is a metric item: use metric(\"" + id + "\")");
      return set(i, Op::invalid, kError);
    }
    std::vector<ItemSlot>& slots = want_metric ? rule_.metrics : rule_.evidence;
    std::size_t slot = 0;
    while (slot < slots.size() && slots[slot].id != id) ++slot;
    if (slot == slots.size()) {
      slots.push_back(ItemSlot{id, static_cast<std::uint32_t>(item - checklist_.evidence.data())});
    }
    n.slot = static_cast<std::uint32_t>(slot);
    return set(i, fn.op, want_metric ? kMetric : kEvidence);
  }

  TypeRef member(std::int32_t i) {
    const TypeRef of = check(ast_.at(i).a);
    Node& n = ast_.at(i);
    if (of.type == Type::error) return set(i, Op::invalid, kError);
    const std::string& word = ast_.text(n);
    std::vector<std::string_view> known;
    for (const MemberDef& m : kMembers) {
      if (m.of != of.type) continue;
      if (m.name == word) return set(i, m.op, m.type);
      known.push_back(m.name);
    }
    if (known.empty()) {
      error(n.offset, phrase(of) + " has no members (found '." + word + "')");
      return set(i, Op::invalid, kError);
    }
    std::string message = phrase(of) + " has no member '" + word + "'";
    const std::string guess = nearest(word, known);
    if (!guess.empty()) {
      message += " (did you mean '" + guess + "'?)";
    } else {
      message += " (members:";
      for (std::size_t k = 0; k < known.size(); ++k) {
        message += (k == 0 ? " " : ", ") + std::string(known[k]);
      }
      message += ")";
    }
    error(n.offset, message);
    return set(i, Op::invalid, kError);
  }

  TypeRef list(std::int32_t i) {
    TypeRef elem{Type::any};
    bool ok = true;
    const std::uint32_t count = ast_.at(i).count;
    for (std::uint32_t k = 0; k < count; ++k) {
      const std::int32_t e = ast_.operand(ast_.at(i), k);
      const TypeRef t = check(e);
      if (t.type == Type::error) {
        ok = false;
      } else if (t.type == Type::list) {
        error(ast_.at(e).start, "a list cannot contain a list");
        ok = false;
      } else if (elem.type == Type::any) {
        elem = t;
      } else if (ok && t.type != elem.type) {
        error(ast_.at(e).start, "list elements must all have the same type: expected " +
                                    phrase(elem) + ", got " + phrase(t));
        ok = false;
      }
    }
    if (!ok) return set(i, Op::invalid, kError);
    return set(i, Op::list, TypeRef{Type::list, elem.type});
  }

  TypeRef ternary(std::int32_t i) {
    const Node& n0 = ast_.at(i);
    const std::int32_t ci = n0.a, ai = n0.b, bi = n0.c;
    const TypeRef c = check(ci);
    const TypeRef a = check(ai);
    const TypeRef b = check(bi);
    if (c.type != Type::error && c.type != Type::boolean) {
      error(ast_.at(ci).start, "'?' expects a bool condition, got " + phrase(c));
      return set(i, Op::invalid, kError);
    }
    if (c.type == Type::error || a.type == Type::error || b.type == Type::error) {
      return set(i, Op::invalid, kError);
    }
    const TypeRef t = unify(a, b);
    if (t.type == Type::error) {
      error(ast_.at(bi).start, "the branches of '?' must have the same type, got " + phrase(a) +
                                   " and " + phrase(b));
      return set(i, Op::invalid, kError);
    }
    return set(i, Op::ternary, t);
  }

  TypeRef binary(std::int32_t i) {
    const Node& n0 = ast_.at(i);
    const Syntax s = n0.syntax;
    const std::int32_t ai = n0.a, bi = n0.b;
    const std::uint32_t at = n0.offset;
    const TypeRef a = check(ai);
    const TypeRef b = check(bi);
    const std::string op = std::string("'") + spelling(s) + "'";
    if (s == Syntax::and_ || s == Syntax::or_) {
      for (std::int32_t k : {ai, bi}) {
        const TypeRef t = type_of(k);
        if (t.type != Type::error && t.type != Type::boolean) {
          error(ast_.at(k).start, op + " expects a bool, got " + phrase(t));
          return set(i, Op::invalid, kError);
        }
      }
      if (a.type == Type::error || b.type == Type::error) return set(i, Op::invalid, kError);
      return set(i, s == Syntax::and_ ? Op::and_ : Op::or_, kBool);
    }
    if (s == Syntax::in) {
      if (b.type != Type::error && b.type != Type::list) {
        error(ast_.at(bi).start, "'in' expects a list on its right, got " + phrase(b));
        return set(i, Op::invalid, kError);
      }
      if (a.type == Type::error || b.type == Type::error) return set(i, Op::invalid, kError);
      if (!equatable(a.type)) {
        error(at, "'in' cannot compare " + phrase(a));
        return set(i, Op::invalid, kError);
      }
      if (b.elem != Type::any && b.elem != a.type) {
        error(at, "'in' looks for " + phrase(a) + " in " + phrase(b));
        return set(i, Op::invalid, kError);
      }
      return set(i, in_op(a.type), kBool);  // [] has no elements to compare; x is still evaluated
    }
    if (a.type == Type::error || b.type == Type::error) return set(i, Op::invalid, kError);
    const std::string got = ", got " + phrase(a) + " and " + phrase(b);
    switch (s) {
      case Syntax::eq:
      case Syntax::ne:
      case Syntax::lt:
      case Syntax::le:
      case Syntax::gt:
      case Syntax::ge: {
        const bool ordering = s != Syntax::eq && s != Syntax::ne;
        if (!(a == b)) {
          error(at, op + " compares two values of the same type" + got);
          return set(i, Op::invalid, kError);
        }
        if (ordering && !orderable(a.type)) {
          error(at, op + " expects numbers, durations, dates or strings, got " + phrase(a));
          return set(i, Op::invalid, kError);
        }
        if (!ordering && !equatable(a.type)) {
          error(at, op + " cannot compare " + phrase(a));
          return set(i, Op::invalid, kError);
        }
        return set(i, compare_op(a.type), kBool);
      }
      case Syntax::add:
        if (a.type == Type::number && b.type == Type::number) return set(i, Op::add_number, kNumber);
        if (a.type == Type::duration && b.type == Type::duration) {
          return set(i, Op::add_duration, kDuration);
        }
        if (a.type == Type::date && b.type == Type::duration) {
          return set(i, Op::add_date_duration, kDate);
        }
        error(at, op + " expects numbers, durations, or a date and a duration" + got);
        return set(i, Op::invalid, kError);
      case Syntax::sub:
        if (a.type == Type::number && b.type == Type::number) return set(i, Op::sub_number, kNumber);
        if (a.type == Type::duration && b.type == Type::duration) {
          return set(i, Op::sub_duration, kDuration);
        }
        if (a.type == Type::date && b.type == Type::duration) {
          return set(i, Op::sub_date_duration, kDate);
        }
        if (a.type == Type::date && b.type == Type::date) return set(i, Op::sub_date_date, kDuration);
        error(at, op + " expects numbers, durations, a date and a duration, or two dates" + got);
        return set(i, Op::invalid, kError);
      case Syntax::mul:
        if (a.type == Type::number && b.type == Type::number) return set(i, Op::mul_number, kNumber);
        if (a.type == Type::duration && b.type == Type::number) {
          return set(i, Op::mul_duration_number, kDuration);
        }
        if (a.type == Type::number && b.type == Type::duration) {
          return set(i, Op::mul_number_duration, kDuration);
        }
        error(at, op + " expects numbers, or a duration and a number" + got);
        return set(i, Op::invalid, kError);
      default:  // div, mod
        if (a.type == Type::number && b.type == Type::number) {
          return set(i, s == Syntax::div ? Op::div_number : Op::mod_number, kNumber);
        }
        error(at, op + " expects numbers" + got);
        return set(i, Op::invalid, kError);
    }
  }

  CompiledRule& rule_;
  Ast& ast_;
  const Checklist& checklist_;
  std::vector<CompileError> errors_;
};

}  // namespace

std::vector<CompileError> type_check(CompiledRule& rule, const Checklist& checklist) {
  return Checker(rule, checklist).run();
}

}  // namespace iso20k::rules
