#include "mode.h"

namespace lab {

const char* mode_name(Mode m) { return m == Mode::Test ? "toets" : "oefenen"; }

std::optional<Mode> parse_mode(const std::string& s) {
    for (Mode m : {Mode::Practice, Mode::Test})
        if (s == mode_name(m)) return m;
    return std::nullopt;
}

}  // namespace lab
