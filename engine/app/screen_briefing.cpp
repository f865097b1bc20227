// Voorbereiding: the situation, the goals, who you talk to, and the mode;
// an unfinished attempt to resume, and (once) the question for a name.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

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

    const bool asking = asking_student();
    if (back_button(s("briefing.back")) || (escape_pressed() && !asking)) {
        show_library();
        return;
    }
    // What the student asked for, done after drawing.
    enum class Act { None, Start, Resume, StartOver, History } act = Act::None;
    if (v.attempts_here > 0) {
        const std::string label = s.fmt("history.open_count", {std::to_string(v.attempts_here)});
        const float w = ImGui::CalcTextSize(label.c_str()).x + e * 2.6f;
        // Left of the author toggle, which sits at the right edge.
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - w - author_toggle_width() - ImGui::GetStyle().ItemSpacing.x);
        if (ui::button(label.c_str(), ImVec2(w, 0), ui::Tone::Quiet)) act = Act::History;
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
    const bool playable = !en.checking() && en.to_play();
    bool can_resume = false;
    if (resume_offer() && can_start) {
        // An unfinished attempt: continue it, or start over (it is kept).
        ResumeOffer& o = *v.resume;
#ifdef LAB_HAVE_STORE
        if (!o.checked && playable && m_store) {
            try {
                check_resume(o, *m_store, en.to_play());
            } catch (const StoreError& x) {
                m_notice = x.what();
                o.checked = true;
            }
        }
#endif
        can_resume = playable && (o.fits || o.turns_fit > 0);
        {
            // Where the card's top border covers whole pixels: elsewhere the
            // software renderer draws it a pixel thicker on its left half.
            const ImVec2 c = ImGui::GetCursorScreenPos();
            const float half = std::fmod(p.border_width, 2.0f) == 1.0f ? 0.5f : 0.0f;
            ImGui::SetCursorScreenPos(ImVec2(std::floor(c.x), std::floor(c.y) + half));
        }
        ui::Card card(ImGui::GetContentRegionAvail().x, o.fits ? p.accent_soft : p.mixed_soft, o.fits ? p.accent : p.mixed, 0.9f);
        // The buttons at the right of the text when there is room, else below it.
        const std::string resume_label =
            o.fits ? std::string(s("results.resume")) + "  \xE2\x96\xB6" : s.fmt("results.resume_from", {std::to_string(o.turns_fit + 1)});
        const float pad_x = style.FramePadding.x * 1.3f * 2;
        const float buttons_w = (can_resume ? ImGui::CalcTextSize(resume_label.c_str()).x + pad_x + style.ItemSpacing.x : 0) +
                                ImGui::CalcTextSize(s("results.start_over")).x + pad_x;
        const float inner = card.inner_width();
        const bool beside = inner - buttons_w - e * 1.5f > e * 24;
        const ImVec2 top = ImGui::GetCursorScreenPos();
        ImGui::BeginGroup();
        if (beside) ImGui::PushTextWrapPos(ImGui::GetCursorPos().x + inner - buttons_w - e * 1.5f);
        ui::text(s(o.fits ? "results.resume_title" : "results.changed_title"), fonts().heading);
        if (o.fits) {
            const char* how = o.attempt.mode == Mode::Test ? "results.as_test" : "results.as_practice";
            ui::text(s.fmt("results.resume_text", {std::to_string(o.attempt.turns + 1), when_text(o.attempt.started_ms, lang, unix_ms_now()), s(how)}));
        } else {
            std::string why = o.problem;
            if (!why.empty() && why[0] >= 'a' && why[0] <= 'z') why[0] = char(why[0] - 'a' + 'A');
            ui::text(s.fmt(o.turns_fit > 0 ? "results.changed_text" : "results.changed_none", {why, std::to_string(o.turns_fit + 1)}));
        }
        ui::text_muted(s("results.kept"), fonts().small);
        if (beside) ImGui::PopTextWrapPos();
        ImGui::EndGroup();
        const float text_h = ImGui::GetItemRectSize().y;
        if (beside) ImGui::SetCursorScreenPos(ImVec2(top.x + inner - buttons_w, top.y + std::max(0.0f, (text_h - ImGui::GetFrameHeight() * 1.25f) * 0.5f)));
        else ui::space(0.2f);
        if (can_resume) {
            if (ui::button(resume_label.c_str(), ImVec2(0, 0), ui::Tone::Primary)) act = Act::Resume;
            if (!asking) ImGui::SetItemDefaultFocus();
            ImGui::SameLine();
        }
        if (ui::button(s("results.start_over"), ImVec2(0, 0), can_resume ? ui::Tone::Neutral : ui::Tone::Primary, playable)) act = Act::StartOver;
        card.end();
        ui::space(0.4f);
    }
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
    ImGui::BeginGroup();
    ImGui::SetCursorPosY(top + ImGui::GetTextLineHeightWithSpacing());
    ImGui::PushFont(fonts().heading);
    std::string label = en.checking() ? std::string(s("briefing.checking_short")) : std::string(s("briefing.start")) + "  \xE2\x96\xB6";
    bool go = ui::button(label.c_str(), ImVec2(start_w, std::max(opt_h * 0.62f, e * 2.6f)), ui::Tone::Primary, playable);
    if (!v.resume) ImGui::SetItemDefaultFocus();
    ImGui::PopFont();
    ui::text_muted(en.checking() ? s("briefing.checking") : s("briefing.keys_hint"), fonts().small);
    ImGui::EndGroup();
    // Enter without a focused button: continue the unfinished attempt when
    // there is one, else begin.
    if (!asking && !ui::focus_claimed() && ui::enter_pressed() && playable) act = can_resume ? Act::Resume : v.resume ? Act::StartOver : Act::Start;
    // Starting anew while an attempt is unfinished sets that one aside.
    if (go) act = v.resume ? Act::StartOver : Act::Start;
    draw_ask_student();
    if (asking) return;
    switch (act) {
        case Act::Start:
        case Act::StartOver: {
            const bool over = act == Act::StartOver;
            if (m_store && m_settings.student.empty() && !m_settings.student_asked) {
                // Once: under which name are the results kept?
                v.ask_then = over ? View::Then::StartOver : View::Then::Start;
                v.ask_focus = true;
                v.name_edit.clear();
            } else if (over) {
                start_over();
            } else {
                start(m_mode, m_seed);
            }
            break;
        }
        case Act::Resume: resume(); break;
        case Act::History: show_history(); break;
        case Act::None: break;
    }
}

void App::draw_ask_student() {
    View& v = *m_view;
    if (v.ask_then == View::Then::Nothing) return;
    const UiStrings& s = m_strings;
    const float e = em();
    const ImGuiIO& io = ImGui::GetIO();
    if (!ImGui::IsPopupOpen("##name")) ImGui::OpenPopup("##name");
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(e * 32, io.DisplaySize.x - 2 * e), 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(e * 1.4f, e * 1.2f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, e * 0.8f);
    enum { Open, Save, Skip, Cancel } done = Open;
    if (ImGui::BeginPopupModal("##name", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings)) {
        const Palette& p = palette();
        ui::heading(s("results.name_title"));
        ui::space(0.2f);
        ui::text(s("results.name_text"));
        ui::space(0.4f);
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(e * 0.8f, e * 0.55f));
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, p.border_width);
        ImGui::PushStyleColor(ImGuiCol_FrameBg, p.surface_alt);
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
        const ImGuiID field = ImGui::GetID("##alias");
        ui::before_text_field(field);
        if (v.ask_focus) {
            ImGui::SetKeyboardFocusHere(0);
            v.ask_focus = false;
        }
        const bool entered = ImGui::InputTextWithHint("##alias", s("results.name_hint"), &v.name_edit, ImGuiInputTextFlags_EnterReturnsTrue);
        ui::note_focusable(true, field);
        ImGui::PopStyleColor();
        ImGui::PopStyleVar(2);
        ui::text_muted(s("results.name_later"), fonts().small);
        ui::space(0.4f);
        const bool named = !clean_student_name(v.name_edit).empty();
        if (ui::button(s("results.name_save"), ImVec2(0, 0), ui::Tone::Primary, named) || (entered && named)) done = Save;
        ImGui::SameLine();
        if (ui::button(s("results.name_skip"))) done = Skip;
        if (escape_pressed()) done = Cancel;
        if (done != Open) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    ImGui::PopStyleVar(2);
    if (done == Open) return;
    const View::Then then = v.ask_then;
    v.ask_then = View::Then::Nothing;
    if (done == Cancel) return;
    // The attempts to set aside are those under the name used so far.
    if (then == View::Then::StartOver) set_aside_unfinished();
    Settings next = m_settings;
    next.student = done == Save ? clean_student_name(v.name_edit) : std::string();
    next.student_asked = true;
    set_settings(next);
    v.resume.reset();
    start(m_mode, m_seed);
}

}  // namespace lab
