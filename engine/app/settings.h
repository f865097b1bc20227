// Settings: the student's view preferences, kept in the user's config
// directory (XDG) as JSON. No SDL or ImGui here, so it is tested on its own.
#pragma once
#include <string>

namespace lab {

enum class TextSize { Small, Normal, Large, Larger };
constexpr int kTextSizeCount = 4;

// Body text height in pixels for a text size.
float text_pixels(TextSize t);
// Stable id used in the settings file: "klein", "normaal", "groot", "extra-groot".
const char* text_size_id(TextSize t);

struct Settings {
    std::string lang = "nl";  // nl | en
    TextSize text_size = TextSize::Normal;
    bool high_contrast = false;
    int window_width = 1280, window_height = 800;
    bool window_maximized = false;
    // Results: the name or alias recorded with each attempt ("" = anonymous;
    // never an e-mail), and whether the app has asked for it once.
    std::string student;
    bool student_asked = false;

    bool operator==(const Settings& o) const;
    bool operator!=(const Settings& o) const { return !(*this == o); }
};

// $XDG_CONFIG_HOME/gesprekslab (else ~/.config/gesprekslab).
std::string config_dir();
// $XDG_DATA_HOME/gesprekslab (else ~/.local/share/gesprekslab).
std::string data_dir();
// config_dir()/settings.json
std::string settings_path();

// Reads settings from `path`. A missing file gives the defaults; a damaged
// file or out-of-range values give the defaults for what is wrong, and
// `problem` (when given) says what was wrong. Never throws.
Settings load_settings(const std::string& path, std::string* problem = nullptr);
// Writes settings to `path`, creating its folder; replaces the file in one
// step (write then rename). Returns false with `problem` on failure.
bool save_settings(const Settings& s, const std::string& path, std::string* problem = nullptr);

std::string settings_to_json(const Settings& s);
// Parses JSON text; fields that are absent or invalid keep their defaults.
Settings settings_from_json(const std::string& text, std::string* problem = nullptr);

// A name or alias as the settings keep it: spaces around it and control
// characters removed, at most kStudentNameMax bytes (cut between characters).
constexpr size_t kStudentNameMax = 80;
std::string clean_student_name(const std::string& name);

}  // namespace lab
