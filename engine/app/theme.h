// Theme: the app's colours and spacing. A warm, calm palette by default and
// a high-contrast one; sizes follow the body text size (em).
#pragma once
#include <imgui.h>

namespace lab {

struct Palette {
    ImU32 bg, surface, surface_alt, border, shadow;
    ImU32 text, text_muted, text_on_accent;
    ImU32 accent, accent_hover, accent_active, accent_soft;
    ImU32 neutral, neutral_hover, neutral_active;
    ImU32 parent_bubble, parent_border, student_bubble, student_border, narration;
    ImU32 good, good_soft, mixed, mixed_soft, bad, bad_soft;
    ImU32 focus;
    ImU32 chart[6];
    ImU32 portrait_bg;
    float border_width;  // card and bubble borders
    bool high_contrast;
};

// The current palette (set by apply_theme).
const Palette& palette();
// Sets the palette and the ImGui style for `high_contrast` at body size `em` pixels.
void apply_theme(bool high_contrast, float em);
// Body text size in pixels (the unit for layout).
float em();

ImVec4 to_vec4(ImU32 c);
ImU32 with_alpha(ImU32 c, float a);
ImU32 mix(ImU32 a, ImU32 b, float t);

}  // namespace lab
