// View: what the screens remember between frames (search text, timers,
// animations, the debrief's best path and reflection). Internal to
// engine/app; the model itself stays in Session and LibraryModel.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <imgui.h>

#include "app_ui.h"
#include "author_view.h"
#include "debrief_model.h"
#include "history_model.h"
#include "portrait.h"
#include "reflection.h"
#include "worker.h"

namespace lab {

struct View {
    Worker worker;
    std::function<void*(const std::string&)> load_texture;
    std::map<std::string, void*> textures;  // image path -> texture (null: could not load)
    double now = 0;
    bool style_dirty = true;
    bool message_lang_pending = false;

    // Library.
    std::string search;
    std::string theme;  // "" = all
    std::vector<float> card_heights;  // per entry, from the last frame

    // Conversation.
    size_t timer_key = size_t(-1);  // which choosing moment the countdown belongs to
    double choice_started = 0;
    double last_now = 0;            // time of the previous frame (pauses the countdown)
    size_t seen_steps = 0;          // steps shown last frame (scroll to the newest line)
    size_t seen_log = 0;
    int scroll_frames = 0;          // frames left to keep the transcript at its end
    bool confirm_stop = false;

    // Portrait: the mood shown and a short blend to it.
    Mood mood = Mood::Neutraal;
    Expression from = expression_for(Mood::Neutraal);
    double blend_start = -1;
    static constexpr double kBlendSeconds = 0.35;

    // Debrief.
    enum class Best { Idle, Running, Ready, Failed } best_state = Best::Idle;
    const void* best_for = nullptr;  // scenario the best path belongs to
    uint64_t best_seed = 0;
    BestPath best;
    std::unique_ptr<Session> best_session;  // the best path, played
    bool best_revealed = false;
    bool open_rewind_popup = false;
    Reflection reflection;
    std::string reflection_saved;  // path, after saving
    bool debrief_scroll_top = false;

    // Results: resume offer, name question, history, portfolio files.
    std::optional<ResumeOffer> resume;      // for the open entry (briefing)
    std::set<std::string> unfinished_ids;   // scenarios with an attempt to resume (library cards)
    int attempts_here = 0;                  // the student's attempts of the open entry (briefing)
    enum class Then { Nothing, Start, StartOver } ask_then = Then::Nothing;  // the name question is open
    bool ask_focus = false;                 // put the keyboard in the name field
    std::string name_edit;                  // the name field (question and settings)
    bool name_editing = false;              // the settings' name field is being edited
    History history;                        // of the open scenario
    bool history_all_names = false;
    std::vector<int64_t> selected;          // up to two attempts to compare (store ids)
    std::unique_ptr<Comparison> comparison; // of `selected`
    int scroll_to_diverge = 0;              // frames left to bring the turn where the paths parted into view
    std::string report_path, export_path;   // written for the current attempt
    int scroll_to_portfolio = 0;            // frames left to bring the debrief's portfolio card into view
    // Author mode (panel_author.cpp).
    AuthorView author;

    // Resets what belongs to one attempt.
    void new_attempt() {
        timer_key = size_t(-1);
        seen_steps = seen_log = 0;
        scroll_frames = 3;
        confirm_stop = false;
        blend_start = -1;
        best_revealed = false;
        reflection = Reflection{};
        reflection_saved.clear();
        report_path.clear();
        export_path.clear();
    }
};

// [SECTION] helpers shared by the screens (app_ui.cpp)

// The texture for an image file, loaded once (null when it cannot be).
void* texture_for(View& v, const std::string& path);
// A character's portrait at the cursor, `size` pixels square, showing `mood`
// (blended in when `live`). `behind` = the colour around it.
void portrait_widget(View& v, const Character& c, float size, Mood mood, bool live, ImU32 behind);
// The mood as a student reads it: "kijkt gespannen".
std::string mood_words(const UiStrings& s, Mood m);
// Level 1..3 as words.
std::string level_words(const UiStrings& s, int level);
// The grade as words (Grade::Good -> "Goed").
std::string grade_words(const UiStrings& s, std::optional<Grade> grade);
std::string outcome_words(const UiStrings& s, Outcome o);
ImU32 outcome_color(Outcome o, bool soft);
// The top bar of a screen: a back button (returns true when pressed), a title.
bool back_button(const char* label);
// Digit key 1..9 pressed this frame (0 = none), outside text fields.
int digit_pressed();
bool escape_pressed();
bool backspace_pressed();

}  // namespace lab
