#pragma once
// Date and Duration, part of the model's vocabulary: defined in format/date.h, where the readers
// of every input format parse them (format/ comes before model/ in the flow).
#include "iso20k/format/date.h"
