// Instellingen: language, text size, contrast, the name in the results;
// stored in the user's config (App saves them on SetSettings).
#pragma once
#include <string>

#include "screen_common.h"
#include "settings.h"

namespace lab {

struct SettingsScreen {
    std::string name_edit;  // the name field as typed (spaces kept while typing)

    // `stored_at`: the settings file ("" = not stored).
    Commands draw(const Settings& settings, const std::string& stored_at, const ViewContext& cx);
};

}  // namespace lab
