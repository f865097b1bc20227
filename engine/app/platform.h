// Platform: the SDL window and renderer and the ImGui context with its SDL
// backends; events in, frames out, pixels back. One per process at a time.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

struct SDL_Window;
struct SDL_Renderer;
struct SDL_Texture;
union SDL_Event;
struct ImGuiContext;

namespace lab {

struct PlatformOptions {
    int width = 1280, height = 800;
    bool maximized = false;
    // Render without a display (SDL's offscreen video driver, software
    // renderer): for `shot` and the tests.
    bool offscreen = false;
    std::string title = "Gesprekslab";
};

class Platform {
public:
    // Opens SDL video, a window, a renderer and an ImGui context. Null with
    // `error` when it cannot; `no_display` is then set when the reason is
    // that there is no display to open a window on.
    static std::unique_ptr<Platform> open(const PlatformOptions& opt, std::string* error, bool* no_display = nullptr);
    ~Platform();
    Platform(const Platform&) = delete;
    Platform& operator=(const Platform&) = delete;

    // Loads the fonts at body size `px` and remakes the font texture
    // (between frames).
    void rebuild_fonts(float px);

    // Waits up to `timeout` seconds for an event (< 0: until one comes; 0:
    // do not wait), then hands every pending event to ImGui. Returns whether
    // any event came; sets quit_requested() on a close request.
    bool process_events(double timeout);
    // Events held back for the next frame (a key released in the same batch
    // as it was pressed: ImGui 1.86 would never see it down).
    bool has_pending() const { return !m_deferred.empty(); }
    bool quit_requested() const { return m_quit; }

    void begin_frame();
    // Ends the frame and draws it to the window. Off-screen, drawing waits
    // until capture() asks for the pixels (software rasterising is the
    // slow part, and most frames of a test are never looked at).
    void end_frame(uint32_t clear_rgba);
    // The last frame as RGBA rows (top first).
    bool capture(std::vector<unsigned char>& rgba, int& w, int& h, std::string* error);

    // Synthetic input (tests), through the same event path as real input.
    void push_key(int sdl_scancode, bool down);
    void push_text(const std::string& utf8);
    // Synthetic mouse (tests): from the next frame on, the mouse is at (x, y)
    // with the left button `down` and the wheel turned by `wheel` (once),
    // whatever the system mouse does; release_mouse() hands it back.
    void set_mouse(float x, float y, bool down, float wheel = 0);
    void release_mouse();

    // Thread-safe: wakes process_events() from another thread.
    void wake();
    // An image file as a texture (cropped to a centred square); cached;
    // null when it cannot be read.
    void* load_texture(const std::string& path);

    void window_size(int& w, int& h, bool& maximized) const;
    // Seconds since some fixed point (monotonic).
    static double clock();
    const char* video_driver() const;

private:
    Platform() = default;
    SDL_Window* m_window = nullptr;
    SDL_Renderer* m_renderer = nullptr;
    ImGuiContext* m_imgui = nullptr;
    std::map<std::string, SDL_Texture*> m_textures;
    std::vector<SDL_Event> m_deferred;
    uint32_t m_wake_event = 0;
    bool m_quit = false;
    bool m_offscreen = false;
    uint32_t m_clear = 0;
    struct MouseOverride {
        bool on = false, down = false;
        float x = 0, y = 0, wheel = 0;
    } m_mouse;
};

}  // namespace lab
