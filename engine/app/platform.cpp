#include "platform.h"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_sdl.h>
#include <imgui_impl_sdlrenderer.h>
#include <stb_image.h>

#include <algorithm>
#include <cstring>

#include "fonts.h"
#include "widgets.h"

namespace lab {

std::unique_ptr<Platform> Platform::open(const PlatformOptions& opt, std::string* error, bool* no_display) {
    if (no_display) *no_display = false;
    if (opt.offscreen) {
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
        // The software renderer draws into the window's own framebuffer; no
        // GL library is loaded to back it.
        SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    }
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
        if (error) *error = SDL_GetError();
        if (no_display) *no_display = true;
        return nullptr;
    }
    const char* driver = SDL_GetCurrentVideoDriver();
    if (!opt.offscreen && driver && (std::strcmp(driver, "offscreen") == 0 || std::strcmp(driver, "dummy") == 0)) {
        // SDL fell back to a driver without a screen: nobody would see the window.
        if (error) *error = std::string("no display (SDL video driver \"") + driver + "\")";
        if (no_display) *no_display = true;
        SDL_Quit();
        return nullptr;
    }
    std::unique_ptr<Platform> p(new Platform());
    p->m_offscreen = opt.offscreen;
    Uint32 flags = SDL_WINDOW_RESIZABLE;
    if (opt.offscreen) flags |= SDL_WINDOW_HIDDEN;
    if (opt.maximized && !opt.offscreen) flags |= SDL_WINDOW_MAXIMIZED;
    p->m_window = SDL_CreateWindow(opt.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, opt.width, opt.height, flags);
    if (!p->m_window) {
        if (error) *error = SDL_GetError();
        if (no_display) *no_display = true;
        return nullptr;
    }
    SDL_SetWindowMinimumSize(p->m_window, 640, 480);
    if (!opt.offscreen) p->m_renderer = SDL_CreateRenderer(p->m_window, -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC);
    if (!p->m_renderer) p->m_renderer = SDL_CreateRenderer(p->m_window, -1, SDL_RENDERER_SOFTWARE);
    if (!p->m_renderer) {
        if (error) *error = SDL_GetError();
        return nullptr;
    }
    p->m_wake_event = SDL_RegisterEvents(1);
    SDL_StartTextInput();  // typed characters arrive as text events (also off-screen)

    IMGUI_CHECKVERSION();
    p->m_imgui = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;  // no timer needed while typing: idle stays idle
    io.ConfigWindowsMoveFromTitleBarOnly = true;
    ImGui_ImplSDL2_InitForSDLRenderer(p->m_window);
    ImGui_ImplSDLRenderer_Init(p->m_renderer);
    return p;
}

Platform::~Platform() {
    if (m_imgui) {
        ImGui::SetCurrentContext(m_imgui);
        ImGui_ImplSDLRenderer_Shutdown();
        ImGui_ImplSDL2_Shutdown();
        ImGui::DestroyContext(m_imgui);
    }
    for (auto& [path, tex] : m_textures)
        if (tex) SDL_DestroyTexture(tex);
    if (m_renderer) SDL_DestroyRenderer(m_renderer);
    if (m_window) SDL_DestroyWindow(m_window);
    SDL_Quit();
}

void Platform::rebuild_fonts(float px) {
    ImGui::SetCurrentContext(m_imgui);
    build_fonts(px);
    ImGui_ImplSDLRenderer_DestroyFontsTexture();
    ImGui_ImplSDLRenderer_CreateFontsTexture();
}

double Platform::clock() { return double(SDL_GetPerformanceCounter()) / double(SDL_GetPerformanceFrequency()); }

const char* Platform::video_driver() const { return SDL_GetCurrentVideoDriver(); }

bool Platform::process_events(double timeout) {
    std::vector<SDL_Event> batch;
    batch.swap(m_deferred);
    SDL_Event ev;
    if (batch.empty()) {
        bool got = false;
        if (timeout < 0) got = SDL_WaitEvent(&ev) == 1;
        else if (timeout > 0) got = SDL_WaitEventTimeout(&ev, int(timeout * 1000.0 + 0.5)) == 1;
        else got = SDL_PollEvent(&ev) == 1;
        if (got) batch.push_back(ev);
    }
    while (SDL_PollEvent(&ev) == 1) batch.push_back(ev);
    const bool any = !batch.empty();
    std::vector<int> pressed;  // keys that went down in this batch
    for (size_t i = 0; i < batch.size(); ++i) {
        SDL_Event& e = batch[i];
        const bool tab = (e.type == SDL_KEYDOWN || e.type == SDL_KEYUP) && e.key.keysym.scancode == SDL_SCANCODE_TAB;
        const int key_up = e.type != SDL_KEYUP ? -1 : int(e.key.keysym.scancode);
        if (key_up >= 0 && std::find(pressed.begin(), pressed.end(), key_up) != pressed.end()) {
            // Released in the same frame as pressed: let one frame see it down.
            m_deferred.assign(batch.begin() + long(i), batch.end());
            break;
        }
        if (e.type == SDL_QUIT) m_quit = true;
        if (e.type == SDL_WINDOWEVENT && e.window.event == SDL_WINDOWEVENT_CLOSE && e.window.windowID == SDL_GetWindowID(m_window)) m_quit = true;
        // Tab and Shift+Tab move the keyboard focus through the app's own
        // tab order (ImGui 1.86 tabs only between text fields).
        if (tab) {
            if (e.type == SDL_KEYDOWN) ui::request_tab((SDL_GetModState() & KMOD_SHIFT) ? -1 : 1);
            continue;
        }
        if (e.type == SDL_KEYDOWN) pressed.push_back(int(e.key.keysym.scancode));
        if (e.type != m_wake_event) ImGui_ImplSDL2_ProcessEvent(&e);
    }
    return any;
}

void Platform::begin_frame() {
    ImGui::SetCurrentContext(m_imgui);
    ImGui_ImplSDLRenderer_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    if (m_mouse.on) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2(m_mouse.x, m_mouse.y);
        io.MouseDown[0] = m_mouse.down;
        io.MouseWheel = m_mouse.wheel;
        m_mouse.wheel = 0;
    }
    ImGui::NewFrame();
}

void Platform::end_frame(uint32_t c) {
    ImGui::Render();
    m_clear = c;
    if (m_offscreen) return;
    SDL_SetRenderDrawColor(m_renderer, Uint8(c & 0xFF), Uint8((c >> 8) & 0xFF), Uint8((c >> 16) & 0xFF), 255);
    SDL_RenderClear(m_renderer);
    ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
    SDL_RenderPresent(m_renderer);
}

bool Platform::capture(std::vector<unsigned char>& rgba, int& w, int& h, std::string* error) {
    ImGui::SetCurrentContext(m_imgui);
    if (m_offscreen) {
        // The draw data of the last frame stays valid until the next NewFrame.
        const uint32_t c = m_clear;
        SDL_SetRenderDrawColor(m_renderer, Uint8(c & 0xFF), Uint8((c >> 8) & 0xFF), Uint8((c >> 16) & 0xFF), 255);
        SDL_RenderClear(m_renderer);
        if (ImDrawData* dd = ImGui::GetDrawData(); dd && dd->Valid) ImGui_ImplSDLRenderer_RenderDrawData(dd);
    }
    if (SDL_GetRendererOutputSize(m_renderer, &w, &h) != 0) {
        if (error) *error = SDL_GetError();
        return false;
    }
    rgba.assign(size_t(w) * size_t(h) * 4, 0);
    if (SDL_RenderReadPixels(m_renderer, nullptr, SDL_PIXELFORMAT_RGBA32, rgba.data(), w * 4) != 0) {
        if (error) *error = SDL_GetError();
        return false;
    }
    return true;
}

void Platform::push_key(int scancode, bool down) {
    SDL_Event ev{};
    ev.type = down ? SDL_KEYDOWN : SDL_KEYUP;
    ev.key.windowID = SDL_GetWindowID(m_window);
    ev.key.state = down ? SDL_PRESSED : SDL_RELEASED;
    ev.key.keysym.scancode = SDL_Scancode(scancode);
    ev.key.keysym.sym = SDL_GetKeyFromScancode(SDL_Scancode(scancode));
    SDL_PushEvent(&ev);
}

void Platform::push_text(const std::string& utf8) {
    // A text event holds at most 31 bytes: send pieces cut between characters.
    size_t at = 0;
    while (at < utf8.size()) {
        size_t n = std::min(utf8.size() - at, sizeof(SDL_TextInputEvent::text) - 1);
        while (n > 0 && at + n < utf8.size() && (static_cast<unsigned char>(utf8[at + n]) & 0xC0) == 0x80) --n;
        SDL_Event ev{};
        ev.type = SDL_TEXTINPUT;
        ev.text.windowID = SDL_GetWindowID(m_window);
        std::memcpy(ev.text.text, utf8.data() + at, n);
        SDL_PushEvent(&ev);
        at += n;
    }
}

void Platform::set_mouse(float x, float y, bool down, float wheel) { m_mouse = {true, down, x, y, wheel}; }

void Platform::release_mouse() { m_mouse = {}; }

void Platform::wake() {
    SDL_Event ev{};
    ev.type = m_wake_event;
    SDL_PushEvent(&ev);
}

void* Platform::load_texture(const std::string& path) {
    auto it = m_textures.find(path);
    if (it != m_textures.end()) return it->second;
    SDL_Texture* tex = nullptr;
    int w = 0, h = 0, n = 0;
    if (unsigned char* px = stbi_load(path.c_str(), &w, &h, &n, 4)) {
        // Centre square crop, so a portrait fills its circle undistorted.
        const int side = std::min(w, h);
        const int x0 = (w - side) / 2, y0 = (h - side) / 2;
        tex = SDL_CreateTexture(m_renderer, SDL_PIXELFORMAT_RGBA32, SDL_TEXTUREACCESS_STATIC, side, side);
        if (tex) {
            SDL_UpdateTexture(tex, nullptr, px + (size_t(y0) * size_t(w) + size_t(x0)) * 4, w * 4);
            SDL_SetTextureBlendMode(tex, SDL_BLENDMODE_BLEND);
            SDL_SetTextureScaleMode(tex, SDL_ScaleModeLinear);
        }
        stbi_image_free(px);
    }
    m_textures[path] = tex;
    return tex;
}

void Platform::window_size(int& w, int& h, bool& maximized) const {
    SDL_GetWindowSize(m_window, &w, &h);
    maximized = (SDL_GetWindowFlags(m_window) & SDL_WINDOW_MAXIMIZED) != 0;
}

}  // namespace lab
