// What every screen draws with (ViewContext), and the helpers the screens
// share: words for moods, levels, grades and outcomes, the back button, the
// keys, the notice bar. Internal to engine/app.
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>

#include <imgui.h>

#include "command.h"
#include "core/grade.h"
#include "core/result.h"
#include "ui_strings.h"

namespace lab {

// Images (portraits) as textures of the renderer, each loaded once.
class Textures {
public:
    // `load` turns an image file into a texture (null when it cannot).
    void set_loader(std::function<void*(const std::string& path)> load) { m_load = std::move(load); }
    // The texture for `path`; null when there is no loader or it could not be loaded.
    void* get(const std::string& path);

private:
    std::function<void*(const std::string&)> m_load;
    std::map<std::string, void*> m_loaded;  // path -> texture (null: could not load)
};

// Passed to every screen's draw: the app's words and the student's
// language, the clock, and the textures.
struct ViewContext {
    const UiStrings& strings;
    const std::string& lang;
    double now;        // seconds, as App::frame got it
    bool live;         // real time: countdowns run, portraits blend
    Textures& textures;
};

// The mood as a student reads it: "kijkt gespannen".
std::string mood_words(const UiStrings& s, Mood m);
// Level 1..3 as words.
std::string level_words(const UiStrings& s, int level);
// The grade as words (Grade::Good -> "Goed").
std::string grade_words(const UiStrings& s, std::optional<Grade> grade);
std::string outcome_words(const UiStrings& s, Outcome o);
ImU32 outcome_color(Outcome o, bool soft);
// 0.72 -> "72%" (clamped to 0..100%).
std::string percent(double v);

// The top bar of a screen: a back button (returns true when pressed).
bool back_button(const char* label);
// Digit key 1..9 pressed this frame (0 = none), outside text fields.
int digit_pressed();
bool escape_pressed();
bool backspace_pressed();

// The notice at the bottom of the window (a problem to tell the student);
// nothing when `notice` is "". CloseNotice when closed.
Commands draw_notice(const std::string& notice, const ViewContext& cx);

}  // namespace lab
