// Transcript: the conversation so far as lines a student reads, derived from
// a Session's current line. No SDL or ImGui.
#pragma once
#include <string>
#include <vector>

#include "core/session.h"

namespace lab {

struct TranscriptLine {
    enum class Kind {
        Parent,     // a character speaks (speaker >= 0)
        Narration,  // a node without speaker
        Student,    // the student's choice
        Silence,    // the student let the timeout run out
        Ending,     // the ending reached (title, text)
        Author,     // an author move: `title` is "begin" (play from here),
                    // "edits" (state changed) or "jump"; `text` the id(s) or changes
    };
    Kind kind = Kind::Narration;
    size_t step = 0;    // index in Session::steps()
    int turn = -1;      // Student/Silence: the turn this decision was (rewind target)
    int speaker = -1;   // Parent: character index
    Mood mood = Mood::Neutraal;
    std::string who;    // Parent: the character's name
    std::string title;  // Ending: its title
    std::string text;
};

// Every line of the session's current line, in order, in `lang`.
std::vector<TranscriptLine> build_transcript(const Session& s, const std::string& lang);

// The character who spoke last on the current line (node speaker), or the
// first character; -1 when the scenario has none. `mood` is set to the
// mood of that moment.
int current_speaker(const Session& s, Mood* mood);

// Index of the step that holds the most recent choice, or -1.
int last_choice_step(const Session& s);

// The title of the ending reached (current step), in `lang`; "" otherwise.
std::string ending_title(const Session& s, const std::string& lang);

}  // namespace lab
