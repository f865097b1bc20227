#include "app_driver.h"

#include <SDL.h>
#include <stb_image_write.h>

#include "fonts.h"
#include "platform.h"
#include "theme.h"

namespace lab {

Key digit_key(int number) { return Key(int(Key::D1) + number - 1); }

namespace {
int scancode(Key k) {
    switch (k) {
        case Key::Enter: return SDL_SCANCODE_RETURN;
        case Key::Space: return SDL_SCANCODE_SPACE;
        case Key::Escape: return SDL_SCANCODE_ESCAPE;
        case Key::Tab: return SDL_SCANCODE_TAB;
        case Key::Up: return SDL_SCANCODE_UP;
        case Key::Down: return SDL_SCANCODE_DOWN;
        case Key::Left: return SDL_SCANCODE_LEFT;
        case Key::Right: return SDL_SCANCODE_RIGHT;
        case Key::Backspace: return SDL_SCANCODE_BACKSPACE;
        default: return SDL_SCANCODE_1 + (int(k) - int(Key::D1));
    }
}
}  // namespace

std::unique_ptr<AppDriver> AppDriver::open(const Options& opt, std::string* error) {
    std::unique_ptr<AppDriver> d(new AppDriver());
    d->m_app = std::make_unique<App>(opt.app);
    PlatformOptions po;
    po.width = opt.width;
    po.height = opt.height;
    po.offscreen = true;
    d->m_platform = Platform::open(po, error);
    if (!d->m_platform) return nullptr;
    d->m_platform->rebuild_fonts(text_pixels(d->m_app->settings().text_size));
    Platform* pl = d->m_platform.get();
    d->m_app->set_texture_loader([pl](const std::string& path) { return pl->load_texture(path); });
    return d;
}

AppDriver::~AppDriver() {
    m_app.reset();  // joins the worker before the window goes
    m_platform.reset();
}

void AppDriver::one_frame() {
    m_platform->process_events(0);
    if (m_app->take_fonts_dirty()) m_platform->rebuild_fonts(text_pixels(m_app->settings().text_size));
    m_platform->begin_frame();
    m_app->frame(m_now);
    m_platform->end_frame(palette().bg);
    m_now += 1.0 / 60.0;
}

void AppDriver::frames(int n) {
    for (int i = 0; i < n; ++i) one_frame();
}

void AppDriver::press(Key k, int settle) {
    m_platform->push_key(scancode(k), true);
    one_frame();
    m_platform->push_key(scancode(k), false);
    one_frame();
    frames(settle);
}

void AppDriver::type(const std::string& utf8) {
    m_platform->push_text(utf8);
    frames(2);
}

void AppDriver::click(float x, float y, int settle) {
    m_platform->set_mouse(x, y, false);
    one_frame();
    m_platform->set_mouse(x, y, true);
    one_frame();
    m_platform->set_mouse(x, y, false);
    one_frame();
    m_platform->release_mouse();
    frames(settle);
}

void AppDriver::advance_time(double seconds) {
    m_now += seconds;
    frames(2);
}

bool AppDriver::capture(std::vector<unsigned char>& rgba, int& w, int& h, std::string* error) {
    return m_platform->capture(rgba, w, h, error);
}

bool AppDriver::save_png(const std::string& path, std::string* error) {
    std::vector<unsigned char> px;
    int w = 0, h = 0;
    if (!capture(px, w, h, error)) return false;
    return write_png(path, px, w, h, error);
}

bool write_png(const std::string& path, const std::vector<unsigned char>& rgba, int w, int h, std::string* error) {
    if (!stbi_write_png(path.c_str(), w, h, 4, rgba.data(), w * 4)) {
        if (error) *error = "cannot write " + path;
        return false;
    }
    return true;
}

}  // namespace lab
