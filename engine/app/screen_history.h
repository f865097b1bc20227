// Jouw pogingen: a student's attempts of one scenario: the list, the overall
// score over the attempts as a chart, and two attempts side by side, aligned
// by turn, with the turn where the paths parted highlighted and scrolled to.
// The data comes from history_model.h (App loads it from the results store).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "history_model.h"
#include "library_model.h"
#include "screen_common.h"

namespace lab {

struct HistoryScreen {
    int scroll_to_diverge = 0;  // frames left to bring the turn where the paths parted into view

    // Brings the turn where the compared attempts parted into view (a new comparison).
    void show_where_paths_part() { scroll_to_diverge = 3; }

    // What the history shows.
    struct Model {
        const LibraryEntry& entry;
        const std::string& student;         // the name in the settings
        bool recording = false;             // there is a results store
        const History& history;
        bool all_names = false;             // every name's attempts, not only the student's
        const std::vector<int64_t>& selected;  // up to two attempts (store ids)
        const Comparison* comparison;       // of the two selected; null when not two
    };
    Commands draw(const Model& m, const ViewContext& cx);
};

}  // namespace lab
