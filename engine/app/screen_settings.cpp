// Instellingen: language, text size, contrast, the name in the results;
// stored in the user's config.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "app_view.h"
#include "fonts.h"
#include "theme.h"
#include "widgets.h"

namespace lab {

void App::draw_settings() {
    const UiStrings& s = m_strings;
    const float e = em();
    if (back_button(s("settings.back")) || escape_pressed()) {
        m_screen = m_settings_return == Screen::Settings ? Screen::Library : m_settings_return;
        return;
    }
    const float w = std::min(ImGui::GetContentRegionAvail().x, e * 42);
    const float indent = std::max(0.0f, (ImGui::GetContentRegionAvail().x - w) * 0.5f);
    if (indent > 0) ImGui::Indent(indent);
    ui::space(0.2f);
    ui::title(s("settings.title"));
    ui::space(0.5f);
    Settings next = m_settings;

    {
        ui::Card card(w);
        ui::heading(s("settings.language"));
        ui::text_muted(s("settings.language_text"), fonts().small);
        ui::space(0.3f);
        const float ow = (card.inner_width() - e * 0.6f) * 0.5f;
        if (ui::option_card("##nl", "Nederlands", s("settings.lang_nl_text"), next.lang == "nl", ow)) next.lang = "nl";
        ImGui::SameLine(0, e * 0.6f);
        if (ui::option_card("##en", "English", s("settings.lang_en_text"), next.lang == "en", ow)) next.lang = "en";
    }
    ui::space(0.5f);
    {
        ui::Card card(w);
        ui::heading(s("settings.text_size"));
        ui::text_muted(s("settings.text_size_text"), fonts().small);
        ui::space(0.3f);
        static const char* keys[kTextSizeCount] = {"settings.size_small", "settings.size_normal", "settings.size_large", "settings.size_larger"};
        const float bw = (card.inner_width() - e * 0.6f * 3) / 4;
        for (int k = 0; k < kTextSizeCount; ++k) {
            if (k > 0) ImGui::SameLine(0, e * 0.6f);
            const bool on = next.text_size == TextSize(k);
            ImGui::PushID(k);
            if (ui::button(s(keys[k]), ImVec2(bw, e * 2.4f), on ? ui::Tone::Primary : ui::Tone::Neutral)) next.text_size = TextSize(k);
            ImGui::PopID();
        }
        ui::space(0.3f);
        ui::text(s("settings.sample"));
    }
    ui::space(0.5f);
    {
        ui::Card card(w);
        ui::heading(s("settings.contrast"));
        ui::space(0.2f);
        const float ow = (card.inner_width() - e * 0.6f) * 0.5f;
        if (ui::option_card("##calm", s("settings.contrast_calm"), s("settings.contrast_calm_text"), !next.high_contrast, ow)) next.high_contrast = false;
        ImGui::SameLine(0, e * 0.6f);
        if (ui::option_card("##high", s("settings.contrast_high"), s("settings.contrast_high_text"), next.high_contrast, ow)) next.high_contrast = true;
    }
    ui::space(0.5f);
    {
        // The name or alias recorded with each attempt (never an e-mail).
        View& v = *m_view;
        const Palette& p = palette();
        ui::Card card(w);
        ui::heading(s("results.settings_name"));
        ui::text_muted(s("results.settings_name_text"), fonts().small);
        ui::space(0.3f);
        const ImGuiID field = ImGui::GetID("##student");
        if (ImGui::GetActiveID() != field) v.name_edit = m_settings.student;  // typed spaces stay while typing
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(e * 0.8f, e * 0.55f));
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, p.border_width);
        ImGui::PushStyleColor(ImGuiCol_FrameBg, p.surface_alt);
        ImGui::SetNextItemWidth(std::min(card.inner_width(), e * 22));
        ui::before_text_field(field);
        if (ImGui::InputTextWithHint("##student", s("results.name_hint"), &v.name_edit)) {
            next.student = clean_student_name(v.name_edit);
            next.student_asked = true;
        }
        ui::note_focusable(true, field);
        ImGui::PopStyleColor();
        ImGui::PopStyleVar(2);
    }
    ui::space(0.5f);
    if (!m_cfg.settings_path.empty()) ui::text_muted(s.fmt("settings.stored", {m_cfg.settings_path}), fonts().small);
    ui::text_muted(s("settings.keys_hint"), fonts().small);
    if (indent > 0) ImGui::Unindent(indent);
    if (next != m_settings) set_settings(next);
}

}  // namespace lab
