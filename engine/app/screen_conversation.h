// Gesprek: the parent's portrait, the transcript, the choices; feedback and
// rewind in oefenen; meters and a countdown when the node has a timeout.
// A view over a const Session: what the student does comes back as commands.
#pragma once
#include <cstddef>
#include <optional>
#include <string>

#include "portrait.h"
#include "screen_common.h"

namespace lab {

// What the conversation shows of an attempt; App derives it from the mode
// and author mode (a test hides feedback and rewind until the end).
struct ConversationLook {
    Mode mode = Mode::Practice;  // the pill beside the title
    bool feedback = true;        // feedback on the last choice (side panel, or under the answer)
    bool rewind = true;          // take choices back ("terug naar deze keuze", Backspace)
    bool author = false;         // every meter, node ids beside the texts, what each choice does
};

// The portrait's mood as shown, and a short blend when it changes.
struct PortraitState {
    Mood mood = Mood::Neutraal;
    Expression from = expression_for(Mood::Neutraal);
    double blend_start = -1;  // < 0: not blending
    static constexpr double kBlendSeconds = 0.35;
    bool blending(double now) const { return blend_start >= 0 && now - blend_start < kBlendSeconds; }
};

struct ConversationScreen {
    // The countdown of the choosing moment that has a timeout.
    size_t timer_key = size_t(-1);  // which choosing moment it belongs to
    double choice_started = 0;
    double last_now = 0;            // time of the previous frame (the countdown pauses while asking to stop)
    int scroll_frames = 0;          // frames left to keep the transcript at its end
    bool confirm_stop = false;      // the question "stop?" is open
    PortraitState portrait;

    // Forgets what belonged to the previous attempt.
    void new_attempt();
    // Keeps the transcript at its newest line for the next few frames.
    void follow_newest() { scroll_frames = 3; }

    // Call every frame before draw(): moves the countdown on, and returns
    // Timeout when it ran out (only when `live`).
    std::optional<Command> tick(const Session& ses, double now, bool live);
    // `title`: the scenario's title in the student's language.
    Commands draw(const Session& ses, const ConversationLook& look, const std::string& title, const ViewContext& cx);
};

}  // namespace lab
