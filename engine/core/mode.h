// Mode: the two ways a student plays an attempt.
#pragma once
#include <optional>
#include <string>

namespace lab {

// Practice: feedback, meters and taking back as you go. Test: none of
// that until the end, and the choices shuffled per seed.
enum class Mode { Practice, Test };

// The name as the command line, the results store and exports write it:
// "oefenen" | "toets".
const char* mode_name(Mode m);
// The inverse of mode_name(); nullopt for any other text.
std::optional<Mode> parse_mode(const std::string& s);

}  // namespace lab
