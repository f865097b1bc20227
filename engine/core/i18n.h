// i18n: the language of messages for lecturers and students (nl default, en).
#pragma once
#include <string>
#include <vector>

namespace lab {

// The program-wide message language, set once at start-up ("nl" or "en").
void set_message_language(const std::string& lang);
const std::string& message_language();

// Picks the Dutch or English wording by the message language.
const char* tr(const char* nl, const char* en);

// Replaces {0}, {1}... in `pattern` by args; {{ writes a literal {.
std::string fmt(const std::string& pattern, const std::vector<std::string>& args);
inline std::string fmt(const char* nl, const char* en, const std::vector<std::string>& args) {
    return fmt(std::string(tr(nl, en)), args);
}
// "name" in typographic quotes for messages.
std::string q(const std::string& name);

}  // namespace lab
