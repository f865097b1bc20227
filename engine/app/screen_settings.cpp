#include "screen_settings.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "fonts.h"
#include "theme.h"
#include "widgets.h"

namespace lab {

namespace {

void language_card(Settings& next, float w, const UiStrings& s) {
    const float e = em();
    ui::Card card(w);
    ui::heading(s("settings.language"));
    ui::text_muted(s("settings.language_text"), fonts().small);
    ui::space(0.3f);
    const float ow = (card.inner_width() - e * 0.6f) * 0.5f;
    if (ui::option_card("##nl", "Nederlands", s("settings.lang_nl_text"), next.lang == "nl", ow)) next.lang = "nl";
    ImGui::SameLine(0, e * 0.6f);
    if (ui::option_card("##en", "English", s("settings.lang_en_text"), next.lang == "en", ow)) next.lang = "en";
}

void text_size_card(Settings& next, float w, const UiStrings& s) {
    const float e = em();
    ui::Card card(w);
    ui::heading(s("settings.text_size"));
    ui::text_muted(s("settings.text_size_text"), fonts().small);
    ui::space(0.3f);
    static const char* keys[kTextSizeCount] = {"settings.size_small", "settings.size_normal", "settings.size_large", "settings.size_larger"};
    const float bw = (card.inner_width() - e * 0.6f * 3) / 4;
    for (int k = 0; k < kTextSizeCount; ++k) {
        if (k > 0) ImGui::SameLine(0, e * 0.6f);
        const bool on = next.text_size == TextSize(k);
        ui::Id id(k);
        if (ui::button(s(keys[k]), ImVec2(bw, e * 2.4f), on ? ui::Tone::Primary : ui::Tone::Neutral)) next.text_size = TextSize(k);
    }
    ui::space(0.3f);
    ui::text(s("settings.sample"));
}

void contrast_card(Settings& next, float w, const UiStrings& s) {
    const float e = em();
    ui::Card card(w);
    ui::heading(s("settings.contrast"));
    ui::space(0.2f);
    const float ow = (card.inner_width() - e * 0.6f) * 0.5f;
    if (ui::option_card("##calm", s("settings.contrast_calm"), s("settings.contrast_calm_text"), !next.high_contrast, ow)) next.high_contrast = false;
    ImGui::SameLine(0, e * 0.6f);
    if (ui::option_card("##high", s("settings.contrast_high"), s("settings.contrast_high_text"), next.high_contrast, ow)) next.high_contrast = true;
}

// The name or alias recorded with each attempt (never an e-mail).
void name_card(Settings& next, std::string& edit, const std::string& student, float w, const UiStrings& s) {
    const Palette& p = palette();
    const float e = em();
    ui::Card card(w);
    ui::heading(s("results.settings_name"));
    ui::text_muted(s("results.settings_name_text"), fonts().small);
    ui::space(0.3f);
    const ImGuiID field = ImGui::GetID("##student");
    if (ImGui::GetActiveID() != field) edit = student;  // typed spaces stay while typing
    ui::Style look;
    look.var(ImGuiStyleVar_FramePadding, ImVec2(e * 0.8f, e * 0.55f)).var(ImGuiStyleVar_FrameBorderSize, p.border_width);
    look.color(ImGuiCol_FrameBg, p.surface_alt);
    ImGui::SetNextItemWidth(std::min(card.inner_width(), e * 22));
    ui::before_text_field(field);
    if (ImGui::InputTextWithHint("##student", s("results.name_hint"), &edit)) {
        next.student = clean_student_name(edit);
        next.student_asked = true;
    }
    ui::note_focusable(true, field);
}

}  // namespace

Commands SettingsScreen::draw(const Settings& settings, const std::string& stored_at, const ViewContext& cx) {
    const UiStrings& s = cx.strings;
    const float e = em();
    if (back_button(s("settings.back")) || escape_pressed()) return {Command::Back{}};
    const float w = std::min(ImGui::GetContentRegionAvail().x, e * 42);
    const float indent = std::max(0.0f, (ImGui::GetContentRegionAvail().x - w) * 0.5f);
    if (indent > 0) ImGui::Indent(indent);
    ui::space(0.2f);
    ui::title(s("settings.title"));
    ui::space(0.5f);
    Settings next = settings;
    language_card(next, w, s);
    ui::space(0.5f);
    text_size_card(next, w, s);
    ui::space(0.5f);
    contrast_card(next, w, s);
    ui::space(0.5f);
    name_card(next, name_edit, settings.student, w, s);
    ui::space(0.5f);
    if (!stored_at.empty()) ui::text_muted(s.fmt("settings.stored", {stored_at}), fonts().small);
    ui::text_muted(s("settings.keys_hint"), fonts().small);
    if (indent > 0) ImGui::Unindent(indent);
    if (next != settings) return {Command::SetSettings{next}};
    return {};
}

}  // namespace lab
