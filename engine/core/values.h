// Values: a few numbers per step (meters, scores) without allocation.
#pragma once
#include "small_vec.h"

namespace lab {
using Values = SmallVec<double, 6>;
}  // namespace lab
