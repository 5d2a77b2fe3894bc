#pragma once
// Prints a syntax tree back as rule text in canonical form: single spaces around binary operators,
// ", " between arguments and elements, parentheses only where precedence or associativity needs
// them, numbers in their shortest exact spelling, durations in their largest exact unit (rule.h's
// print() prints a compiled rule this way). Parsing the output gives the same tree.
#include <string>

#include "iso20k/rules/ast.h"

namespace iso20k::rules {

std::string print(const Ast& ast);

// A string literal as written in a rule: quoted, with \" \\ \n \t escapes.
std::string quote(const std::string& s);

}  // namespace iso20k::rules
