// Portrait: a character's face drawn with ImDrawList from the scenario's
// portrait table (skin, hair style and colour, glasses, beard, age, shirt),
// with an expression for every mood; or a loaded image.
#pragma once
#include <string>

#include <imgui.h>

#include "core/scenario.h"

namespace lab {

// The face's parameters; moods are points in this space, so a change of
// mood can be shown as a short blend.
struct Expression {
    float brow_raise = 0;   // -1 lowered .. 1 raised
    float brow_tilt = 0;    // -1 inner ends down (anger) .. 1 inner ends up (worry)
    float brow_asym = 0;    // 0 .. 1 one brow raised (puzzled)
    float eye_open = 1;     // 0.5 narrowed .. 1.2 wide
    float eye_smile = 0;    // 0 .. 1 eyes become smiling arcs
    float look_x = 0;       // -1 .. 1 gaze sideways
    float look_y = 0;       // -1 up .. 1 down
    float mouth_curve = 0;  // -1 frown .. 1 smile
    float mouth_open = 0;   // 0 .. 1
    float mouth_width = 1;  // relative width
    float mouth_wave = 0;   // 0 .. 1 uneven (unsure)
    float mouth_skew = 0;   // -1 .. 1 one corner higher
    float blush = 0;        // 0 .. 1 warm cheeks
    float flush = 0;        // 0 .. 1 red face (anger)
    float tear = 0;         // 0 .. 1
    float sweat = 0;        // 0 .. 1
    float head_tilt = 0;    // radians
};

Expression expression_for(Mood m);
Expression blend(const Expression& a, const Expression& b, float t);

// Skin tone 1 (lightest) .. 6 (darkest).
ImU32 skin_color(int skin);
// "#rrggbb" -> colour; false when it is not one.
bool parse_hex_color(const std::string& s, ImU32& out);

// Draws the portrait in the square at `pos` with side `size`, as a circle.
// `behind` is the colour around the square (it hides what is drawn outside
// the circle). With `image` the picture is shown instead of a drawing.
void draw_portrait(ImDrawList* dl, ImVec2 pos, float size, const Portrait& p, const Expression& e, ImU32 behind,
                   ImTextureID image = nullptr);

}  // namespace lab
