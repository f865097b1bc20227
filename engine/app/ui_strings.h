// UiStrings: the app's own words (buttons, headings, hints) in the student's
// language, read from assets/ui/<lang>.json. No SDL or ImGui here.
#pragma once
#include <string>
#include <unordered_map>
#include <vector>

namespace lab {

// The assets folder: $GESPREKSLAB_ASSETS, else the one next to the source
// tree the program was built from, else "assets" in the working directory.
std::string assets_dir();

class UiStrings {
public:
    // Loads <dir>/<lang>.json with <dir>/nl.json as fallback for missing
    // keys. Returns false with `problem` when a file is missing or damaged;
    // whatever could be read stays usable (unknown keys show as the key).
    bool load(const std::string& dir, const std::string& lang, std::string* problem = nullptr);

    // The text for `key`; the key itself when no file has it. The pointer
    // stays valid until the next load().
    const char* get(const char* key) const;
    const char* operator()(const char* key) const { return get(key); }
    // get(key) with {0}, {1}... replaced by args.
    std::string fmt(const char* key, const std::vector<std::string>& args) const;
    bool has(const std::string& key) const;

    const std::string& lang() const { return m_lang; }
    std::vector<std::string> keys() const;  // keys of the chosen language, sorted

private:
    std::string m_lang = "nl";
    std::unordered_map<std::string, std::string> m_text;      // chosen language
    std::unordered_map<std::string, std::string> m_fallback;  // nl
};

// Reads a flat JSON object of strings (nested objects give "a.b" keys).
bool read_string_table(const std::string& path, std::unordered_map<std::string, std::string>& out, std::string* problem);

}  // namespace lab
