#pragma once
// A Pratt parser for the rule language: text → syntax tree (docs/rules.md, "Operators"). Stops at
// the first syntax error. Types and names are not checked here (type_check.h does that).
#include <optional>
#include <string_view>

#include "iso20k/rules/ast.h"
#include "iso20k/rules/lexer.h"
#include "iso20k/rules/rule.h"

namespace iso20k::rules {

struct ParseResult {
  Ast ast;  // unannotated (op and type unset); empty when error is set
  std::optional<CompileError> error;
};

ParseResult parse(std::string_view text);

}  // namespace iso20k::rules
