#include "grade.h"

namespace lab {

const char* grade_name(Grade g) {
    switch (g) {
        case Grade::Insufficient: return "onvoldoende";
        case Grade::Sufficient: return "voldoende";
        case Grade::Good: return "goed";
    }
    return "onvoldoende";
}

std::optional<Grade> parse_grade(const std::string& s) {
    for (Grade g : {Grade::Insufficient, Grade::Sufficient, Grade::Good})
        if (s == grade_name(g)) return g;
    return std::nullopt;
}

}  // namespace lab
