// Grade: the verdict on an attempt, from its overall score and the
// scenario's thresholds (`grading.pass`, `grading.good`).
#pragma once
#include <optional>
#include <string>

namespace lab {

// Ordered from low to high, so that a cap is a maximum (std::min).
enum class Grade { Insufficient, Sufficient, Good };

// The name as scenarios, results, exports and `run --json` write it:
// "onvoldoende" | "voldoende" | "goed".
const char* grade_name(Grade g);
// The inverse of grade_name(); nullopt for any other text.
std::optional<Grade> parse_grade(const std::string& s);

}  // namespace lab
