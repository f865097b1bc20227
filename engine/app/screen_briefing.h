// Voorbereiding: the situation, the goals, who you talk to, and the mode;
// an unfinished attempt to resume, and (once) the question for a name.
#pragma once
#include <optional>
#include <string>

#include "history_model.h"
#include "library_model.h"
#include "screen_common.h"

namespace lab {

struct BriefingScreen {
    // The name question, asked once before the first recorded attempt.
    enum class Then { Nothing, Start, StartOver } ask_then = Then::Nothing;  // what follows the answer
    bool ask_focus = false;  // put the keyboard in the name field
    std::string name_edit;   // the name field

    // Opens the name question; the answer starts (over) as `start_over` says.
    void ask_name(bool start_over);
    bool asking() const { return ask_then != Then::Nothing; }

    // What the briefing shows.
    struct Model {
        const LibraryEntry& entry;
        Mode mode;                                // the mode picked for the next attempt
        const std::optional<ResumeOffer>& resume; // an unfinished attempt of this scenario (checked by App)
        int attempts_here = 0;                    // the student's attempts of it so far
        bool author = false;                      // author mode is on (the toggle; no resume card)
    };
    Commands draw(const Model& m, const ViewContext& cx);
};

}  // namespace lab
