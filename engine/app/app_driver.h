// AppDriver: the real app in an off-screen window, driven by synthetic input
// and a controllable clock. Used by `gesprekslab shot` and the tests. No SDL
// or ImGui in this header.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "app.h"

namespace lab {

class Platform;

enum class Key { D1, D2, D3, D4, D5, D6, D7, D8, D9, Enter, Space, Escape, Tab, Up, Down, Left, Right, Backspace };
// Key::D1 + k for digit k+1 (0..8).
Key digit_key(int number);

class AppDriver {
public:
    struct Options {
        int width = 1280, height = 800;
        AppConfig app;  // `live` decides whether the app's clock (advance_time) moves things
    };
    // Opens the off-screen window and the app. Null with `error` on failure.
    static std::unique_ptr<AppDriver> open(const Options& opt, std::string* error);
    ~AppDriver();

    App& app() { return *m_app; }
    // Renders `n` frames (applying background results in between).
    void frames(int n = 3);
    // Presses and releases a key (a frame each), then renders `settle` frames.
    void press(Key k, int settle = 2);
    // Types text as SDL text input events.
    void type(const std::string& utf8);
    // Moves the mouse to (x, y) (a frame), presses and releases the left
    // button there (a frame each), then renders `settle` frames.
    void click(float x, float y, int settle = 2);
    // Moves the app's clock on (countdowns), rendering a frame.
    void advance_time(double seconds);
    double now() const { return m_now; }

    // The last frame's pixels (RGBA rows, top first).
    bool capture(std::vector<unsigned char>& rgba, int& w, int& h, std::string* error = nullptr);
    // Writes the last frame as PNG.
    bool save_png(const std::string& path, std::string* error = nullptr);

private:
    AppDriver() = default;
    void one_frame();
    std::unique_ptr<Platform> m_platform;
    std::unique_ptr<App> m_app;
    double m_now = 100.0;
};

// Writes RGBA pixels as a PNG file.
bool write_png(const std::string& path, const std::vector<unsigned char>& rgba, int w, int h, std::string* error);

}  // namespace lab
