// Text: a scenario text that may carry translations; interpolation of {name}.
#pragma once
#include <map>
#include <string>
#include <vector>

namespace lab {

// A text as written by the author: a plain string (stored under the scenario's
// language) or a table of translations. Empty means "no text".
struct LocalText {
    std::map<std::string, std::string> by_lang;

    bool empty() const { return by_lang.empty(); }
    // The text in `lang`, else in `fallback`, else any present translation.
    const std::string& get(const std::string& lang, const std::string& fallback) const;
    static LocalText plain(const std::string& lang, std::string text);
};

// Replaces {name} by lookup(name) and {{ by {. Returns false and sets
// `unknown` to the first name lookup could not resolve (the text is then
// returned with that placeholder left as is).
template <class Lookup>
bool interpolate(const std::string& in, Lookup&& lookup, std::string& out, std::string* unknown = nullptr);

// Names used as {name} in `text`, in order of appearance ({{ skipped).
std::vector<std::string> placeholders(const std::string& text);

// True when `s` is valid UTF-8; else `bad_offset` is the first bad byte.
bool valid_utf8(const std::string& s, size_t* bad_offset = nullptr);

// Levenshtein distance, for "did you mean" suggestions.
size_t edit_distance(const std::string& a, const std::string& b);
// The candidate closest to `name`, if it is close enough to be a likely typo.
std::string suggest(const std::string& name, const std::vector<std::string>& candidates);

// Formats a number the way authors wrote it: 3 not 3.000000, 0.625 not 0.6250.
std::string format_number(double v);

template <class Lookup>
bool interpolate(const std::string& in, Lookup&& lookup, std::string& out, std::string* unknown) {
    out.clear();
    out.reserve(in.size());
    bool ok = true;
    for (size_t i = 0; i < in.size(); ++i) {
        char c = in[i];
        if (c != '{') { out += c; continue; }
        if (i + 1 < in.size() && in[i + 1] == '{') { out += '{'; ++i; continue; }
        size_t close = in.find('}', i + 1);
        if (close == std::string::npos) { out.append(in, i, std::string::npos); break; }
        std::string name = in.substr(i + 1, close - i - 1);
        const std::string* value = lookup(name);
        if (value) {
            out += *value;
        } else {
            if (ok && unknown) *unknown = name;
            ok = false;
            out.append(in, i, close - i + 1);
        }
        i = close;
    }
    return ok;
}

}  // namespace lab
