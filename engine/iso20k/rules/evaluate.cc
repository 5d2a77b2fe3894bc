#include "iso20k/rules/evaluate.h"

#include <array>
#include <climits>
#include <cmath>
#include <limits>
#include <new>
#include <string_view>
#include <type_traits>

#include "iso20k/rules/compiled_rule.h"
#include "iso20k/rules/evidence_state.h"

namespace iso20k::rules {
namespace {

constexpr int kUnset = INT_MIN;  // an unset date
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Per-evaluation cache of the state of each evidence or metric slot, computed on first use. Small
// rules keep it on the stack; no allocation unless a rule reads more than N items.
template <class T, std::size_t N>
class SlotCache {
  static_assert(std::is_trivially_destructible_v<T>);

 public:
  explicit SlotCache(std::size_t n) {
    if (n > N) {
      heap_.resize(n);
      heap_ready_.assign(n, 0);
    }
  }
  const T* find(std::size_t k) const {
    if (!heap_.empty()) return heap_ready_[k] ? &heap_[k] : nullptr;
    return ready_[k] ? &inline_[k].value : nullptr;
  }
  const T& put(std::size_t k, const T& v) {
    if (!heap_.empty()) {
      heap_ready_[k] = 1;
      return heap_[k] = v;
    }
    ready_[k] = true;
    return *::new (&inline_[k].value) T(v);
  }

 private:
  union Raw {  // storage constructed only when used
    Raw() {}
    T value;
  };
  std::array<Raw, N> inline_;
  std::array<bool, N> ready_{};
  std::vector<T> heap_;
  std::vector<char> heap_ready_;
};

bool nan(double v) { return std::isnan(v); }

template <class T>
bool compare(Syntax s, const T& x, const T& y) {
  switch (s) {
    case Syntax::eq: return x == y;
    case Syntax::ne: return x != y;
    case Syntax::lt: return x < y;
    case Syntax::le: return x <= y;
    case Syntax::gt: return x > y;
    case Syntax::ge: return x >= y;
    default: return false;
  }
}

// NaN (a number, or an unset duration) compares false in every comparison, != included.
bool compare_double(Syntax s, double x, double y) {
  return !nan(x) && !nan(y) && compare(s, x, y);
}
bool compare_date(Syntax s, int x, int y) { return x != kUnset && y != kUnset && compare(s, x, y); }

int shift_date(int date, double days) {
  if (date == kUnset || nan(days)) return kUnset;
  const double r = std::floor(static_cast<double>(date) + days);
  if (!(r >= kFirstDate && r <= kLastDate)) return kUnset;
  return static_cast<int>(r);
}

class Evaluator {
 public:
  Evaluator(const CompiledRule& rule, const EvalContext& ctx, std::vector<Observation>* out)
      : rule_(rule), ast_(rule.ast), ctx_(ctx), out_(out), evidence_(rule.evidence.size()),
        metrics_(rule.metrics.size()) {}

  bool boolean(std::int32_t i) {
    const Node& n = ast_.at(i);
    switch (n.op) {
      case Op::const_bool: return n.value != 0;
      case Op::ev_present: return ev(n.a).present;
      case Op::ev_approved: return ev(n.a).approved;
      case Op::ev_stale: return ev(n.a).stale;
      case Op::ev_expired: return ev(n.a).expired;
      case Op::ev_valid: return ev(n.a).valid;
      case Op::ev_within: {
        const EvidenceState& s = ev(n.a);
        const double limit = duration(n.b);
        return s.present && compare_double(Syntax::le, s.age.days, limit);
      }
      case Op::m_met: return met(n.a).met;
      case Op::m_present: return met(n.a).present;
      case Op::all: {
        bool r = true;
        for_each(n.a, [&](std::int32_t e) { r = boolean(e) && r; });
        return r;
      }
      case Op::any: {
        bool r = false;
        for_each(n.a, [&](std::int32_t e) { r = boolean(e) || r; });
        return r;
      }
      case Op::not_: return !boolean(n.a);
      case Op::or_: return boolean(n.a) || boolean(n.b);
      case Op::and_: return boolean(n.a) && boolean(n.b);
      // Operands are evaluated left to right (into locals: C++ leaves argument order open), so
      // observations come in the order the rule reads.
      case Op::cmp_bool: {
        const bool x = boolean(n.a);
        return compare(n.syntax, x, boolean(n.b));
      }
      case Op::cmp_number: {
        const double x = number(n.a);
        return compare_double(n.syntax, x, number(n.b));
      }
      case Op::cmp_string: {
        const std::string_view x = string(n.a);
        return compare(n.syntax, x, string(n.b));
      }
      case Op::cmp_duration: {
        const double x = duration(n.a);
        return compare_double(n.syntax, x, duration(n.b));
      }
      case Op::cmp_date: {
        const int x = date(n.a);
        return compare_date(n.syntax, x, date(n.b));
      }
      case Op::cmp_result: {
        const Result x = result(n.a);
        return compare(n.syntax, x, result(n.b));
      }
      case Op::in_bool: {
        const bool x = boolean(n.a);
        bool found = false;
        for_each(n.b, [&](std::int32_t e) { found = boolean(e) == x || found; });
        return found;
      }
      case Op::in_number: return in_double(n, &Evaluator::number);
      case Op::in_duration: return in_double(n, &Evaluator::duration);
      case Op::in_string: {
        const std::string_view x = string(n.a);
        bool found = false;
        for_each(n.b, [&](std::int32_t e) { found = string(e) == x || found; });
        return found;
      }
      case Op::in_date: {
        const int x = date(n.a);
        bool found = false;
        for_each(n.b, [&](std::int32_t e) { found = compare_date(Syntax::eq, x, date(e)) || found; });
        return found;
      }
      case Op::in_result: {
        const Result x = result(n.a);
        bool found = false;
        for_each(n.b, [&](std::int32_t e) { found = result(e) == x || found; });
        return found;
      }
      case Op::ternary: return boolean(boolean(n.a) ? n.b : n.c);
      default: return false;
    }
  }

  double number(std::int32_t i) {
    const Node& n = ast_.at(i);
    switch (n.op) {
      case Op::const_number: return n.value;
      case Op::ev_age_days: return ev(n.a).age.days;
      case Op::m_value: return met(n.a).value;
      case Op::m_target: return met(n.a).target;
      case Op::p_persons: return profile().persons;
      case Op::p_services: return static_cast<double>(profile().services.size());
      case Op::p_sites: return static_cast<double>(profile().sites.size());
      case Op::p_suppliers: return static_cast<double>(profile().parties.size());
      case Op::count: {
        double k = 0;
        for_each(n.a, [&](std::int32_t e) { k += boolean(e) ? 1 : 0; });
        return k;
      }
      case Op::ratio: {
        double k = 0, total = 0;
        for_each(n.a, [&](std::int32_t e) {
          k += boolean(e) ? 1 : 0;
          total += 1;
        });
        return total == 0 ? 0 : k / total;
      }
      case Op::min:
      case Op::max: {
        const double x = number(n.a);
        const double y = number(n.b);
        if (nan(x) || nan(y)) return kNaN;
        return n.op == Op::min ? (y < x ? y : x) : (y > x ? y : x);
      }
      case Op::days: return duration(n.a);
      case Op::neg_number: return -number(n.a);
      case Op::add_number: {
        const double x = number(n.a);
        return x + number(n.b);
      }
      case Op::sub_number: {
        const double x = number(n.a);
        return x - number(n.b);
      }
      case Op::mul_number: {
        const double x = number(n.a);
        return x * number(n.b);
      }
      case Op::div_number: {
        const double x = number(n.a);
        const double y = number(n.b);
        return y == 0 ? 0 : x / y;
      }
      case Op::mod_number: {
        const double x = number(n.a);
        const double y = number(n.b);
        return y == 0 ? 0 : std::fmod(x, y);
      }
      case Op::ternary: return number(boolean(n.a) ? n.b : n.c);
      default: return 0;
    }
  }

  // In days; NaN when computed from an unset date.
  double duration(std::int32_t i) {
    const Node& n = ast_.at(i);
    switch (n.op) {
      case Op::const_duration: return n.value;
      case Op::ev_age: return ev(n.a).age.days;
      case Op::neg_duration: return -duration(n.a);
      case Op::add_duration: {
        const double x = duration(n.a);
        return x + duration(n.b);
      }
      case Op::sub_duration: {
        const double x = duration(n.a);
        return x - duration(n.b);
      }
      case Op::mul_duration_number: {
        const double x = duration(n.a);
        return x * number(n.b);
      }
      case Op::mul_number_duration: {
        const double x = number(n.a);
        return x * duration(n.b);
      }
      case Op::sub_date_date: {
        const int x = date(n.a);
        const int y = date(n.b);
        if (x == kUnset || y == kUnset) return kNaN;
        return static_cast<double>(x) - static_cast<double>(y);
      }
      case Op::ternary: return duration(boolean(n.a) ? n.b : n.c);
      default: return 0;
    }
  }

  // In days since 1970-01-01; kUnset when unset.
  int date(std::int32_t i) {
    const Node& n = ast_.at(i);
    switch (n.op) {
      case Op::const_date: return static_cast<int>(n.value);
      case Op::as_of: return ctx_.as_of.days;
      case Op::ev_issued: return days_of(ev(n.a).issued);
      case Op::ev_reviewed: return days_of(ev(n.a).reviewed);
      case Op::ev_expires: return days_of(ev(n.a).expires);
      case Op::add_date_duration: {
        const int d = date(n.a);
        return shift_date(d, duration(n.b));
      }
      case Op::sub_date_duration: {
        const int d = date(n.a);
        return shift_date(d, -duration(n.b));
      }
      case Op::ternary: return date(boolean(n.a) ? n.b : n.c);
      default: return kUnset;
    }
  }

  std::string_view string(std::int32_t i) {
    const Node& n = ast_.at(i);
    switch (n.op) {
      case Op::const_string: return ast_.text(n);
      case Op::ev_status: return to_string(ev(n.a).status);
      case Op::m_unit: {
        const MetricState& s = met(n.a);
        return s.item ? std::string_view(s.item->unit) : std::string_view();
      }
      case Op::ternary: return string(boolean(n.a) ? n.b : n.c);
      default: return {};
    }
  }

  Result result(std::int32_t i) {
    const Node& n = ast_.at(i);
    switch (n.op) {
      case Op::const_result: return static_cast<Result>(static_cast<int>(n.value));
      case Op::ternary: return result(boolean(n.a) ? n.b : n.c);
      default: return Result::nonconformant;
    }
  }

 private:
  static int days_of(const std::optional<Date>& d) { return d ? d->days : kUnset; }

  // The slot an evidence-typed expression refers to.
  std::uint32_t evidence_slot(std::int32_t i) {
    const Node& n = ast_.at(i);
    if (n.op == Op::ternary) return evidence_slot(boolean(n.a) ? n.b : n.c);
    return n.slot;
  }
  std::uint32_t metric_slot(std::int32_t i) {
    const Node& n = ast_.at(i);
    if (n.op == Op::ternary) return metric_slot(boolean(n.a) ? n.b : n.c);
    return n.slot;
  }
  // The list literal a list-typed expression refers to.
  std::int32_t list_node(std::int32_t i) {
    while (ast_.at(i).op == Op::ternary) {
      const Node& n = ast_.at(i);
      i = boolean(n.a) ? n.b : n.c;
    }
    return i;
  }

  template <class F>
  void for_each(std::int32_t list, F&& f) {
    const Node& l = ast_.at(list_node(list));
    for (std::uint32_t k = 0; k < l.count; ++k) f(ast_.operand(l, k));
  }

  bool in_double(const Node& n, double (Evaluator::*get)(std::int32_t)) {
    const double x = (this->*get)(n.a);
    bool found = false;
    for_each(n.b, [&](std::int32_t e) { found = compare_double(Syntax::eq, x, (this->*get)(e)) || found; });
    return found;
  }

  const EvidenceItem* item_of(const ItemSlot& slot) const {
    const auto& items = ctx_.checklist.evidence;
    if (slot.item < items.size() && items[slot.item].id == slot.id) return &items[slot.item];
    return ctx_.checklist.find_evidence(slot.id);  // a different checklist object than compiled against
  }

  const EvidenceState& ev(std::int32_t i) {
    const std::uint32_t k = evidence_slot(i);
    if (const EvidenceState* s = evidence_.find(k)) return *s;
    const ItemSlot& slot = rule_.evidence[k];
    const EvidenceItem* item = item_of(slot);
    const EvidenceState& s =
        evidence_.put(k, evidence_state(item, ctx_.evidence_record(item, slot.id), ctx_.as_of));
    if (out_) out_->push_back(Observation{slot.id, describe(s), Standing::unjudged, false});
    return s;
  }

  const MetricState& met(std::int32_t i) {
    const std::uint32_t k = metric_slot(i);
    if (const MetricState* s = metrics_.find(k)) return *s;
    const ItemSlot& slot = rule_.metrics[k];
    const EvidenceItem* item = item_of(slot);
    const MetricState& s = metrics_.put(k, metric_state(item, ctx_.metric_record(item, slot.id)));
    if (out_) out_->push_back(Observation{slot.id, describe(s), Standing::unjudged, false});
    return s;
  }

  const Profile& profile() {
    if (out_ && !profile_seen_) out_->push_back(Observation{"profile", describe(ctx_.workspace.profile), Standing::unjudged, false});
    profile_seen_ = true;
    return ctx_.workspace.profile;
  }

  const CompiledRule& rule_;
  const Ast& ast_;
  const EvalContext& ctx_;
  std::vector<Observation>* out_;
  SlotCache<EvidenceState, 8> evidence_;
  SlotCache<MetricState, 4> metrics_;
  bool profile_seen_ = false;
};

}  // namespace

double clamp_achievement(double v) {
  if (!(v > 0)) return 0;  // NaN too
  return v > 1 ? 1 : v;
}

Result result_for(double achievement) {
  if (achievement >= 1) return Result::conformant;
  if (achievement <= 0) return Result::nonconformant;
  return Result::partial;
}

double achievement_of(Result r) {
  switch (r) {
    case Result::conformant: return 1;
    case Result::partial: return 0.5;
    default: return 0;
  }
}

Outcome evaluate(const CompiledRule& rule, const EvalContext& ctx, bool explain) {
  Outcome o;
  const Ast& ast = rule.ast;
  if (ast.root < 0) return o;
  Evaluator e(rule, ctx, explain ? &o.observations : nullptr);
  const Node& root = ast.at(ast.root);
  switch (root.type) {
    case Type::boolean: o.achievement = e.boolean(ast.root) ? 1 : 0; break;
    case Type::number: o.achievement = clamp_achievement(e.number(ast.root)); break;
    case Type::result: {
      const Result r = e.result(ast.root);
      o.result = r;
      o.achievement = achievement_of(r);
      return o;
    }
    default: return o;
  }
  o.result = result_for(o.achievement);
  return o;
}

}  // namespace iso20k::rules
