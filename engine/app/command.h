// Command: what a screen asks the app to do. Screens draw from models they
// may only read (a const Session, the library, the results) and return
// commands; App::apply carries them out in one place, in order, after the
// frame is drawn, so every frame shows one consistent state. No SDL or ImGui.
//
// To add a student action (a hint, a text of the student's own), add a
// struct here, return it from the screen, and handle it in App::apply.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "core/mode.h"
#include "core/session.h"
#include "settings.h"

namespace lab {

enum class Screen { Library, Briefing, Conversation, Debrief, Settings, History };
// "library", "briefing", "conversation", "debrief", "settings", "history".
const char* screen_id(Screen s);
std::optional<Screen> parse_screen(const std::string& id);

struct Command {
    // [SECTION] the attempt
    struct Choose { int pos; };      // the offered choice at `pos` (0-based)
    struct Advance {};               // on from a node without choices
    struct Timeout {};               // the countdown ran out: the student said nothing
    struct Rewind { int turn; };     // back to just before turn `turn`
    struct Restart {};               // a new attempt, same scenario and mode
    struct SetMode { Mode mode; };   // the mode the next attempt starts in
    struct Begin { bool start_over; };  // the briefing's start (asks the name first when needed)
    // The name question answered: keep `student` ("" = anonymous) and start
    // (setting the unfinished attempt aside first when `start_over`).
    struct StartAs { std::string student; bool start_over; };
    struct Resume {};                // the unfinished attempt offered

    // [SECTION] navigation
    struct Show { Screen screen; };
    struct Back {};                  // from settings or history to where they were opened
    struct OpenEntry { size_t index; };
    struct OpenAuthor { std::string path; };  // author mode on a scenario anywhere
    struct SetAuthorMode { bool on; };

    // [SECTION] results and settings
    struct WriteReport {};
    struct WriteExport {};
    struct OpenReport { std::string path; };  // in the student's browser
    struct SaveReflection {};
    struct ToggleAttempt { int64_t id; };     // select or deselect an attempt to compare (history)
    struct ShowAllNames { bool all; };        // the history of every name, or the student's own
    struct SetSettings { Settings settings; };
    struct CloseNotice {};

    // [SECTION] author moves (author mode only)
    struct AuthorJump { std::string id; };     // to node or ending `id`, keeping the state
    struct PlayFromHere { std::string id; };   // a fresh attempt beginning at `id`
    struct AuthorSetMeter { int index; double value; };
    struct AuthorSetScore { int index; double value; };
    struct AuthorSetFlag { std::string name; FlagValue value; };
    struct AuthorClearFlag { std::string name; };
    struct AuthorSetVisits { TargetRef target; int count; };

    using What = std::variant<Choose, Advance, Timeout, Rewind, Restart, SetMode, Begin, StartAs, Resume, Show, Back, OpenEntry,
                              OpenAuthor, SetAuthorMode, WriteReport, WriteExport, OpenReport, SaveReflection, ToggleAttempt,
                              ShowAllNames, SetSettings, CloseNotice, AuthorJump, PlayFromHere, AuthorSetMeter, AuthorSetScore,
                              AuthorSetFlag, AuthorClearFlag, AuthorSetVisits>;
    What what;

    // A command is made from any of its kinds: `Command::Choose{2}`.
    template <class T, class = std::enable_if_t<!std::is_same_v<std::decay_t<T>, Command>>>
    Command(T t) : what(std::move(t)) {}
};

// A frame's commands, in the order they were given.
using Commands = std::vector<Command>;

inline void append(Commands& to, Commands more) {
    for (Command& c : more) to.push_back(std::move(c));
}

}  // namespace lab
