// The desktop app's entry points, callable from the CLI (no SDL/ImGui here).
#pragma once
#include <cstdint>
#include <string>

namespace lab {

struct AppOptions {
    std::string scenarios_dir;  // the library shown
    std::string lang;           // "" = from settings, else nl|en
    std::string data_dir;       // "" = XDG data directory
    std::string author;         // a scenario file or folder to open in author mode ("" = none)
};

// Opens the app window and runs until closed. Returns the exit status; with
// no display it prints why (suggesting `gesprekslab play`) and returns 1.
int run_app(const AppOptions& opt);

struct ShotOptions {
    std::string path;        // scenario
    std::string choices;     // "1,2,t"
    uint64_t seed = 1;
    std::string screen;      // library|briefing|conversation|debrief|settings|history
    int width = 1280, height = 800;
    std::string lang = "nl";
    std::string scenarios_dir;  // for the library screen
    std::string out;         // PNG path
    std::string data_dir;    // a results store to show (history, resume offer); "" = none. Read from a copy, never changed
    std::string student;     // the student's name or alias in the app's settings
    bool author = false;     // in author mode (the author panel beside the screen)
    std::string panel;       // author panel tab: graph|state|messages ("" = graph)
};

// Renders one screen off-screen to a PNG. Returns 0, or 1 with a message on stderr.
int take_shot(const ShotOptions& opt);

}  // namespace lab
