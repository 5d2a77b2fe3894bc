#pragma once
// SourceLocation and Diagnostic, part of the model's vocabulary: defined in format/diagnostic.h,
// where the source text of every input format locates them (format/ comes before model/ in the
// flow).
#include "iso20k/format/diagnostic.h"
