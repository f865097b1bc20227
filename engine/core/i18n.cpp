#include "i18n.h"

namespace lab {

namespace {
std::string g_lang = "nl";
}

void set_message_language(const std::string& lang) { g_lang = (lang == "en") ? "en" : "nl"; }
const std::string& message_language() { return g_lang; }
const char* tr(const char* nl, const char* en) { return g_lang == "en" ? en : nl; }

std::string fmt(const std::string& pattern, const std::vector<std::string>& args) {
    std::string out;
    out.reserve(pattern.size() + 16);
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 1 < pattern.size() && pattern[i + 1] == '{') {  // {{ writes {
            out += '{';
            ++i;
        } else if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' &&
            pattern[i + 1] >= '0' && pattern[i + 1] <= '9') {
            size_t k = size_t(pattern[i + 1] - '0');
            if (k < args.size()) out += args[k];
            i += 2;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

std::string q(const std::string& name) { return "\"" + name + "\""; }

}  // namespace lab
