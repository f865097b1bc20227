#include "text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lab {

const std::string& LocalText::get(const std::string& lang, const std::string& fallback) const {
    static const std::string empty_text;
    if (by_lang.empty()) return empty_text;
    auto it = by_lang.find(lang);
    if (it != by_lang.end()) return it->second;
    it = by_lang.find(fallback);
    if (it != by_lang.end()) return it->second;
    return by_lang.begin()->second;
}

LocalText LocalText::plain(const std::string& lang, std::string text) {
    LocalText t;
    t.by_lang.emplace(lang, std::move(text));
    return t;
}

std::vector<std::string> placeholders(const std::string& text) {
    std::vector<std::string> names;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '{') continue;
        if (i + 1 < text.size() && text[i + 1] == '{') { ++i; continue; }
        size_t close = text.find('}', i + 1);
        if (close == std::string::npos) break;
        names.push_back(text.substr(i + 1, close - i - 1));
        i = close;
    }
    return names;
}

bool valid_utf8(const std::string& s, size_t* bad_offset) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    size_t n = s.size();
    for (size_t i = 0; i < n;) {
        unsigned char c = p[i];
        size_t len;
        uint32_t cp;
        if (c < 0x80) { ++i; continue; }
        if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
        else { if (bad_offset) *bad_offset = i; return false; }
        if (i + len > n) { if (bad_offset) *bad_offset = i; return false; }
        for (size_t k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) { if (bad_offset) *bad_offset = i; return false; }
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            if (bad_offset) *bad_offset = i;
            return false;
        }
        i += len;
    }
    return true;
}

size_t edit_distance(const std::string& a, const std::string& b) {
    // Optimal string alignment: insertions, deletions, substitutions and
    // swaps of two neighbouring letters (a common typo) each cost 1.
    const size_t n = a.size(), m = b.size();
    std::vector<std::vector<size_t>> d(n + 1, std::vector<size_t>(m + 1));
    for (size_t i = 0; i <= n; ++i) d[i][0] = i;
    for (size_t j = 0; j <= m; ++j) d[0][j] = j;
    for (size_t i = 1; i <= n; ++i)
        for (size_t j = 1; j <= m; ++j) {
            size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[n][m];
}

std::string suggest(const std::string& name, const std::vector<std::string>& candidates) {
    std::string best;
    size_t best_d = SIZE_MAX;
    for (const auto& c : candidates) {
        size_t d = edit_distance(name, c);
        if (d < best_d) { best_d = d; best = c; }
    }
    // A likely typo: one edit in short names, else two or a third of the letters.
    size_t limit = name.size() <= 3 ? 1 : std::max<size_t>(2, name.size() / 3);
    if (best_d == 0 || best_d > limit) return {};
    return best;
}

std::string format_number(double v) {
    if (v == 0) v = 0;  // no "-0"
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.0f", v);
        return buf;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

}  // namespace lab
