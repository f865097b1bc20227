// Bibliotheek: the scenarios as cards, with search and theme filter, and
// (author mode) a field to open a scenario anywhere by its path.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "library_model.h"
#include "screen_common.h"

namespace lab {

struct LibraryScreen {
    std::string search;
    std::string theme;                // "" = every theme
    std::vector<float> card_heights;  // per entry, from the last frame (rows of equal height)

    // Open a scenario by path (author mode).
    bool open_field = false;
    std::string open_path;
    std::string open_error;           // why the last path could not be opened

    // `unfinished`: ids of the scenarios with an attempt to resume.
    Commands draw(const LibraryModel& library, const std::set<std::string>& unfinished, const ViewContext& cx);
};

}  // namespace lab
