#include "screen_common.h"

#include <SDL.h>

#include <algorithm>
#include <cmath>

#include "theme.h"
#include "widgets.h"

namespace lab {

void* Textures::get(const std::string& path) {
    if (path.empty() || !m_load) return nullptr;
    auto it = m_loaded.find(path);
    if (it != m_loaded.end()) return it->second;
    void* t = m_load(path);
    m_loaded[path] = t;
    return t;
}

std::string mood_words(const UiStrings& s, Mood m) {
    std::string key = std::string("mood.") + mood_name(m);
    return s(key.c_str());
}

std::string level_words(const UiStrings& s, int level) {
    if (level <= 1) return s("level.1");
    if (level == 2) return s("level.2");
    return s("level.3");
}

std::string grade_words(const UiStrings& s, std::optional<Grade> grade) {
    if (!grade) return s("grade.none");
    std::string key = std::string("grade.") + grade_name(*grade);
    return s(key.c_str());
}

std::string outcome_words(const UiStrings& s, Outcome o) {
    std::string key = std::string("outcome.") + outcome_name(o);
    return s(key.c_str());
}

ImU32 outcome_color(Outcome o, bool soft) {
    const Palette& p = palette();
    switch (o) {
        case Outcome::Good: return soft ? p.good_soft : p.good;
        case Outcome::Mixed: return soft ? p.mixed_soft : p.mixed;
        case Outcome::Bad:
        case Outcome::Failed: return soft ? p.bad_soft : p.bad;
        case Outcome::Stuck:
        case Outcome::Unfinished: return soft ? p.neutral : p.text_muted;
    }
    return p.text_muted;
}

std::string percent(double v) { return std::to_string(int(std::lround(std::clamp(v, 0.0, 1.0) * 100))) + "%"; }

bool back_button(const char* label) {
    std::string l = std::string("\xE2\x86\x90  ") + label;  // ←
    return ui::button(l.c_str(), ImVec2(0, 0), ui::Tone::Quiet);
}

int digit_pressed() {
    if (ImGui::GetIO().WantTextInput) return 0;
    for (int k = 0; k < 9; ++k) {
        if (ImGui::IsKeyPressed(SDL_SCANCODE_1 + k, false)) return k + 1;
        if (ImGui::IsKeyPressed(SDL_SCANCODE_KP_1 + k, false)) return k + 1;
    }
    return 0;
}

bool escape_pressed() { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false); }

bool backspace_pressed() {
    return !ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace), false);
}

Commands draw_notice(const std::string& notice, const ViewContext& cx) {
    if (notice.empty()) return {};
    const Palette& p = palette();
    const ImGuiIO& io = ImGui::GetIO();
    const float e = em();
    const float w = std::min(io.DisplaySize.x - 2 * e, e * 40);
    ImGui::SetNextWindowPos(ImVec2((io.DisplaySize.x - w) * 0.5f, io.DisplaySize.y - e), ImGuiCond_Always, ImVec2(0, 1));
    ImGui::SetNextWindowSize(ImVec2(w, 0));
    ui::Style look;
    look.color(ImGuiCol_WindowBg, p.mixed_soft).color(ImGuiCol_Border, p.mixed);
    look.var(ImGuiStyleVar_WindowBorderSize, p.border_width).var(ImGuiStyleVar_WindowRounding, e * 0.6f);
    Commands out;
    ImGui::Begin("##notice", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                                          ImGuiWindowFlags_NoFocusOnAppearing);
    {
        ui::WrapPos wrap(w - e * 8);
        ImGui::TextUnformatted(notice.c_str());
    }
    ImGui::SameLine(w - e * 6.5f);
    if (ui::button(cx.strings("common.close"), ImVec2(e * 5, 0), ui::Tone::Quiet)) out.push_back(Command::CloseNotice{});
    ImGui::End();
    return out;
}

}  // namespace lab
