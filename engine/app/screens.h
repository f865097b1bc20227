// Screens: the app's screens and the author panel, each with what it
// remembers between frames, and the portrait textures they share. Owned by
// App (behind a pointer, so that app.h stays free of ImGui). Internal to
// engine/app.
#pragma once
#include "panel_author.h"
#include "screen_briefing.h"
#include "screen_common.h"
#include "screen_conversation.h"
#include "screen_debrief.h"
#include "screen_history.h"
#include "screen_library.h"
#include "screen_settings.h"

namespace lab {

struct Screens {
    LibraryScreen library;
    BriefingScreen briefing;
    ConversationScreen conversation;
    DebriefScreen debrief;
    SettingsScreen settings;
    HistoryScreen history;
    AuthorPanel author;
    Textures textures;
};

}  // namespace lab
