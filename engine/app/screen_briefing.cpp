// Voorbereiding: the situation, the goals, who you talk to, and the mode.
#include <algorithm>

#include "app_view.h"
#include "fonts.h"
#include "theme.h"
#include "widgets.h"

namespace lab {

void App::draw_briefing() {
    View& v = *m_view;
    const Palette& p = palette();
    const UiStrings& s = m_strings;
    const float e = em();
    const ImGuiStyle& style = ImGui::GetStyle();
    if (m_entry < 0 || size_t(m_entry) >= m_library.size()) {
        show_library();
        return;
    }
    const LibraryEntry& en = m_library.entry(size_t(m_entry));
    const Scenario* sc = en.preview.get();
    const std::string& lang = m_settings.lang;
    auto text_of = [&](const LocalText& t) {
        return sc ? interpolate_text(*sc, t.get(lang, sc->language), lang) : t.get(lang, en.language);
    };

    if (back_button(s("briefing.back")) || escape_pressed()) {
        show_library();
        return;
    }
    draw_author_toggle();  // author mode on/off (panel_author.cpp)
    ui::text(en.display_title(lang), fonts().title);
    {
        std::string meta = level_words(s, en.level);
        if (en.minutes > 0) meta += "  \xC2\xB7  " + s.fmt("library.minutes", {std::to_string(en.minutes)});
        ui::text_muted(meta);
    }
    ui::space(0.3f);

    const bool can_start = !(en.broken() && !en.playable);
    const float full_w = ImGui::GetContentRegionAvail().x;
    const float start_w = std::min(e * 17, full_w * 0.34f);
    const float opt_w = std::floor((full_w - start_w - e * 1.2f - e * 0.8f) * 0.5f);
    float footer_h = 0;
    if (can_start) {
        const float opt_h = std::max(ui::option_card_height(s("mode.practice"), s("mode.practice_text"), opt_w),
                                     ui::option_card_height(s("mode.test"), s("mode.test_text"), opt_w));
        footer_h = ImGui::GetTextLineHeightWithSpacing() + opt_h + style.ItemSpacing.y * 2 + e * 0.2f;
    }
    const float body_h = std::max(e * 6, ImGui::GetContentRegionAvail().y - footer_h);
    const float gap = e * 1.4f;
    const bool two_cols = full_w > e * 40;
    const float inner_w = full_w - style.ScrollbarSize - 2;
    const float left_w = two_cols ? std::floor((inner_w - gap) * 0.6f) : inner_w;
    const float right_w = two_cols ? inner_w - gap - left_w : inner_w;

    ImGui::BeginChild("##body", ImVec2(full_w, body_h), false, ImGuiWindowFlags_NavFlattened);
    // Left: the situation and the goals.
    ImGui::BeginGroup();
    {
        ui::Card card(left_w);
        ui::heading(s("briefing.situation"));
        ui::space(0.2f);
        std::string briefing = sc ? text_of(sc->briefing) : "";
        if (briefing.empty()) briefing = en.summary.get(lang, en.language);
        if (briefing.empty()) briefing = s("briefing.no_briefing");
        ui::text(briefing);
    }
    if (sc && !sc->goals.empty()) {
        ui::space(0.5f);
        ui::Card card(left_w);
        ui::heading(s("briefing.goals"));
        ui::space(0.2f);
        for (const LocalText& g : sc->goals) {
            ImGui::PushStyleColor(ImGuiCol_Text, p.good);
            ImGui::TextUnformatted("\xE2\x9C\x93");  // ✓
            ImGui::PopStyleColor();
            ImGui::SameLine(0, e * 0.6f);
            ui::text(text_of(g));
        }
    }
    ImGui::EndGroup();
    if (two_cols) ImGui::SameLine(0, gap);
    else ui::space(0.5f);

    // Right: who you talk to (or why it cannot be played).
    ImGui::BeginGroup();
    if (sc && !sc->characters.empty()) {
        ui::Card card(right_w);
        ui::heading(s("briefing.talking_to"));
        ui::space(0.3f);
        const float ps = std::min(e * 5.0f, right_w * 0.3f);
        for (size_t i = 0; i < sc->characters.size(); ++i) {
            const Character& c = sc->characters[i];
            ImGui::PushID(int(i));
            const ImVec2 a = ImGui::GetCursorScreenPos();
            ImGui::Dummy(ImVec2(ps, ps));
            draw_portrait(ImGui::GetWindowDrawList(), a, ps, c.portrait, expression_for(Mood::Neutraal), p.surface, texture_for(v, c.portrait.image));
            ImGui::SameLine(0, e * 0.9f);
            ImGui::BeginGroup();
            ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, a.y + ps * 0.5f - e * 1.2f));
            ui::text(interpolate_text(*sc, c.name.get(lang, sc->language), lang), fonts().heading);
            if (!c.role.empty()) ui::text_muted(interpolate_text(*sc, c.role.get(lang, sc->language), lang));
            ImGui::EndGroup();
            ImGui::SetCursorScreenPos(ImVec2(a.x, a.y + ps));
            if (i + 1 < sc->characters.size()) ImGui::Dummy(ImVec2(1, e * 0.4f));
            ImGui::PopID();
        }
    }
    if (en.broken()) {
        ui::space(0.5f);
        ui::Card card(right_w, en.playable ? p.mixed_soft : p.bad_soft, en.playable ? p.mixed : p.bad);
        if (en.playable) {
            ui::text(s("briefing.broken_playable"));
        } else {
            ui::text(s("briefing.broken_title"), fonts().heading, p.bad);
            ui::text(s("briefing.broken_text"));
        }
        ui::space(0.2f);
        for (const Diagnostic& d : en.diagnostics.all()) ui::text(d.format(), fonts().small, d.severity == Severity::Error ? p.bad : p.text_muted);
    }
    ImGui::EndGroup();
    ImGui::EndChild();

    if (!can_start) return;
    // Footer: the mode and the start button, always in view.
    ui::space(0.2f);
    const float top = ImGui::GetCursorPosY();
    ui::text(s("briefing.mode"), fonts().bold);
    if (ui::option_card("##practice", s("mode.practice"), s("mode.practice_text"), m_mode == Mode::Practice, opt_w)) m_mode = Mode::Practice;
    const float opt_h = ImGui::GetItemRectSize().y;
    ImGui::SameLine(0, e * 0.8f);
    if (ui::option_card("##test", s("mode.test"), s("mode.test_text"), m_mode == Mode::Test, opt_w)) m_mode = Mode::Test;
    ImGui::SameLine(0, e * 1.2f);
    const bool playable = !en.checking() && en.to_play();
    ImGui::BeginGroup();
    ImGui::SetCursorPosY(top + ImGui::GetTextLineHeightWithSpacing());
    ImGui::PushFont(fonts().heading);
    std::string label = en.checking() ? std::string(s("briefing.checking_short")) : std::string(s("briefing.start")) + "  \xE2\x96\xB6";
    bool go = ui::button(label.c_str(), ImVec2(start_w, std::max(opt_h * 0.62f, e * 2.6f)), ui::Tone::Primary, playable);
    ImGui::SetItemDefaultFocus();
    ImGui::PopFont();
    ui::text_muted(en.checking() ? s("briefing.checking") : s("briefing.keys_hint"), fonts().small);
    ImGui::EndGroup();
    if (!ui::focus_claimed() && ui::enter_pressed() && playable) go = true;
    if (go) start(m_mode, m_seed);
}

}  // namespace lab
