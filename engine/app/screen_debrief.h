// Nabespreking: the ending, grade and scores, the meters over the turns, the
// key moments with better options, the best path, an ALACT reflection, and
// the portfolio report and export.
#pragma once
#include <string>

#include "debrief_model.h"
#include "portfolio_files.h"
#include "reflection.h"
#include "screen_common.h"

namespace lab {

struct DebriefScreen {
    bool best_revealed = false;  // the student asked to see the best path
    bool scroll_top = false;     // start at the top next frame
    int scroll_to_portfolio = 0; // frames left to bring the portfolio card into view
    Reflection reflection;       // what the student writes (saved by SaveReflection, and with the report)

    // Forgets what belonged to the previous attempt.
    void new_attempt() {
        best_revealed = false;
        reflection = Reflection{};
    }

    // What the debrief shows.
    struct Model {
        const Session& session;
        const std::string& title;          // the scenario's title in the student's language
        const BestPathSearch& best;
        const AttemptFiles& files;
        bool recording = false;            // there is a results store (the history button)
    };
    Commands draw(const Model& m, const ViewContext& cx);
};

}  // namespace lab
