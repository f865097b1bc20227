// Fonts: found through fontconfig (a sans-serif that covers Dutch), loaded
// into the ImGui atlas at the student's text size with the glyphs Dutch text
// needs beyond Latin-1 (Latin Extended-A/B, dashes, quotes, €, arrows).
#pragma once
#include <string>

#include <imgui.h>

namespace lab {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* italic = nullptr;
    ImFont* small = nullptr;
    ImFont* heading = nullptr;  // bold, 1.3 em
    ImFont* title = nullptr;    // bold, 1.75 em
    ImFont* big = nullptr;      // bold, 2.6 em (grade)
    float px = 19;              // body size
    std::string regular_file, bold_file, italic_file;
};

const Fonts& fonts();

// The file of the best match for `family` (e.g. "DejaVu Sans") with Dutch
// coverage; `weight` / `slant` as fontconfig values (FC_WEIGHT_BOLD...).
// "" when fontconfig finds nothing usable.
std::string find_font_file(const char* family, int weight, int slant);

// Clears the atlas and loads the fonts at body size `px`. The renderer's
// font texture must be rebuilt afterwards. Falls back to ImGui's built-in
// font (ASCII only) when no font file is found, with `problem` set.
bool build_fonts(float px, std::string* problem = nullptr);

// The glyph ranges loaded (zero-terminated pairs).
const ImWchar* glyph_ranges();

}  // namespace lab
