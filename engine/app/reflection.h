// Reflection: the student's written reflection on an attempt, following
// Korthagen's ALACT cycle, and where it is kept. No SDL or ImGui.
#pragma once
#include <array>
#include <string>

#include "core/session.h"

namespace lab {

// The five phases of ALACT, in order.
enum class AlactPhase { Action, LookingBack, Awareness, Alternatives, Trial };
constexpr int kReflectionPhases = 5;
// Stable ids: "handelen", "terugblikken", "bewustwording", "alternatieven", "uitproberen".
const char* alact_id(AlactPhase p);

struct Reflection {
    std::array<std::string, kReflectionPhases> answers;
    bool empty() const;
};

// Writes the reflection with the attempt it is about (scenario, seed,
// choices, ending, scores) as JSON to <dir>/reflections/<scenario>-<time>.json.
// `prompts` are the questions as the student saw them. Returns the file's
// path, or "" with `problem` set.
std::string save_reflection(const std::string& dir, const Session& s, const Reflection& r,
                            const std::array<std::string, kReflectionPhases>& prompts, const std::string& lang, std::string* problem);

}  // namespace lab
