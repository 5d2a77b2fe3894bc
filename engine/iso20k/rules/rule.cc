// compile(): lexer → parser → type checker (rule.h). evaluate() and print() live in evaluate.cc
// and printer.cc.
#include "iso20k/rules/rule.h"

#include "iso20k/rules/compiled_rule.h"
#include "iso20k/rules/parser.h"
#include "iso20k/rules/type_check.h"

namespace iso20k::rules {

CompileResult compile(std::string_view text, const Checklist& checklist) {
  CompileResult result;
  ParseResult parsed = parse(text);
  if (parsed.error) {
    result.errors.push_back(std::move(*parsed.error));
    return result;
  }
  auto rule = std::make_shared<CompiledRule>();
  rule->ast = std::move(parsed.ast);
  result.errors = type_check(*rule, checklist);
  if (result.errors.empty()) result.rule = std::move(rule);
  return result;
}

}  // namespace iso20k::rules
