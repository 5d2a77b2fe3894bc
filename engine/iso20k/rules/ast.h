#pragma once
// The syntax tree of a rule: a flat vector of nodes linked by index. The parser fills in the syntax
// (what was written); the type checker annotates each node with its type and the operation the
// evaluator runs (`op`), so evaluation is a switch over a small, cache-friendly array.
#include <cstdint>
#include <string>
#include <vector>

namespace iso20k::rules {

// Rules nest at most this deep (levels of the tree; parentheses do not count).
inline constexpr int kMaxDepth = 200;

// What was written.
enum class Syntax : std::uint8_t {
  number, string, duration, name, call, member, list,  // primaries and postfix
  not_, negate,                                          // unary
  ternary,                                               // c ? a : b
  or_, and_, eq, ne, lt, le, gt, ge, in, add, sub, mul, div, mod,  // binary
};

enum class Type : std::uint8_t {
  error,  // a subexpression that failed to check; suppresses follow-on errors
  any,    // the element type of the empty list []
  boolean, number, string, duration, date, evidence, metric, result, profile, list,
};

// What the evaluator runs; chosen by the type checker from the syntax and the operand types.
enum class Op : std::uint8_t {
  invalid,
  const_bool, const_number, const_string, const_duration, const_date, const_result,  // `value`
  as_of, profile,
  evidence_ref, metric_ref,  // `slot`: index into CompiledRule::evidence / ::metrics
  ev_present, ev_status, ev_approved, ev_issued, ev_reviewed, ev_expires, ev_age, ev_stale,
  ev_expired, ev_valid, ev_age_days, ev_within,
  m_value, m_target, m_unit, m_met, m_present,
  p_persons, p_services, p_sites, p_suppliers,
  count, all, any, ratio, min, max, days,
  not_, neg_number, neg_duration, or_, and_,
  // Comparisons by operand type; which comparison is in `syntax` (eq … ge).
  cmp_bool, cmp_number, cmp_string, cmp_duration, cmp_date, cmp_result,
  // `x in list` by element type.
  in_bool, in_number, in_string, in_duration, in_date, in_result,
  add_number, sub_number, mul_number, div_number, mod_number,
  add_duration, sub_duration, mul_duration_number, mul_number_duration,
  add_date_duration, sub_date_duration, sub_date_date,
  ternary, list,
};

struct Node {
  Syntax syntax = Syntax::number;
  Op op = Op::invalid;       // set by the type checker
  Type type = Type::error;   // set by the type checker
  Type elem = Type::error;   // the element type when type is list
  std::uint16_t depth = 1;   // levels of the subtree rooted here
  std::uint32_t start = 0;   // byte offset of the expression's first character
  std::uint32_t offset = 0;  // byte offset of its key token: operator, name, member or literal
  // Operands: unary a; binary a, b; ternary a ? b : c; member a; for calls the checker copies the
  // first two arguments into a and b.
  std::int32_t a = -1, b = -1, c = -1;
  // Call arguments and list elements: Ast::operands[first, first + count).
  std::uint32_t first = 0, count = 0;
  std::uint32_t text = 0;  // name, function, member or string literal: index into Ast::texts
  std::uint32_t slot = 0;  // evidence_ref / metric_ref: the rule's evidence or metric slot
  double value = 0;        // number; duration and date in days; result as its enum value
};

struct Ast {
  std::vector<Node> nodes;
  std::vector<std::int32_t> operands;
  std::vector<std::string> texts;
  std::int32_t root = -1;

  const Node& at(std::int32_t i) const { return nodes[static_cast<std::size_t>(i)]; }
  Node& at(std::int32_t i) { return nodes[static_cast<std::size_t>(i)]; }
  const std::string& text(const Node& n) const { return texts[n.text]; }
  std::int32_t operand(const Node& n, std::uint32_t k) const {
    return operands[static_cast<std::size_t>(n.first + k)];
  }
};

// The same rule as written, offsets and annotations aside: same syntax, names, literals, shape.
bool same_syntax(const Ast& x, const Ast& y);

// "a number", "evidence", "a list of bool", …: for messages.
std::string describe(Type type, Type elem = Type::error);
const char* type_name(Type type);  // "number", "evidence", …

// Binding strength of the syntax at a node, 1 (ternary) to 9 (primaries), docs/rules.md.
int precedence(Syntax s);
// The operator as written: "&&", "in", "!", "?", …; "" for primaries.
const char* spelling(Syntax s);

}  // namespace iso20k::rules
