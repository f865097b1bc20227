#include "screen_briefing.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

#include "fonts.h"
#include "portrait.h"
#include "settings.h"
#include "theme.h"
#include "widgets.h"

namespace lab {

namespace {

const char* author_toggle_label(bool author, const UiStrings& s) { return author ? s("author.off") : s("author.on"); }

float author_toggle_width(bool author, const UiStrings& s) { return ImGui::CalcTextSize(author_toggle_label(author, s)).x + em() * 2; }

// The top line: back at the left; the history and author mode at the right.
// True when the student goes back to the library.
bool top_bar(const BriefingScreen::Model& m, bool asking, const ViewContext& cx, Commands& out, std::optional<Command>& act) {
    const UiStrings& s = cx.strings;
    const float e = em();
    if (back_button(s("briefing.back")) || (escape_pressed() && !asking)) {
        out.push_back(Command::Show{Screen::Library});
        return true;
    }
    if (m.attempts_here > 0) {
        const std::string label = s.fmt("history.open_count", {std::to_string(m.attempts_here)});
        const float w = ImGui::CalcTextSize(label.c_str()).x + e * 2.6f;
        // Left of the author toggle, which sits at the right edge.
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - w - author_toggle_width(m.author, s) - ImGui::GetStyle().ItemSpacing.x);
        if (ui::button(label.c_str(), ImVec2(w, 0), ui::Tone::Quiet)) act = Command::Show{Screen::History};
    }
    // Author mode on or off, at the right edge.
    const float w = author_toggle_width(m.author, s);
    ImGui::SameLine(std::max(0.0f, ImGui::GetWindowContentRegionMax().x - w));
    if (ui::button(author_toggle_label(m.author, s), ImVec2(w, 0), ui::Tone::Quiet)) out.push_back(Command::SetAuthorMode{!m.author});
    return false;
}

// The card offering the unfinished attempt: continue it, or start over (it
// is kept). Returns whether it can be resumed.
bool resume_card(const ResumeOffer& o, bool playable, bool asking, const ViewContext& cx, std::optional<Command>& act) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float e = em();
    const bool can_resume = playable && (o.fits || o.turns_fit > 0);
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
    {
        ui::Group text;
        std::optional<ui::WrapPos> wrap;  // left of the buttons when they are beside the text
        if (beside) wrap.emplace(ImGui::GetCursorPos().x + inner - buttons_w - e * 1.5f);
        ui::text(s(o.fits ? "results.resume_title" : "results.changed_title"), fonts().heading);
        if (o.fits) {
            const char* how = o.attempt.mode == Mode::Test ? "results.as_test" : "results.as_practice";
            ui::text(s.fmt("results.resume_text", {std::to_string(o.attempt.turns + 1), when_text(o.attempt.started_ms, cx.lang, unix_ms_now()), s(how)}));
        } else {
            std::string why = o.problem;
            if (!why.empty() && why[0] >= 'a' && why[0] <= 'z') why[0] = char(why[0] - 'a' + 'A');
            ui::text(s.fmt(o.turns_fit > 0 ? "results.changed_text" : "results.changed_none", {why, std::to_string(o.turns_fit + 1)}));
        }
        ui::text_muted(s("results.kept"), fonts().small);
    }
    const float text_h = ImGui::GetItemRectSize().y;
    if (beside) ImGui::SetCursorScreenPos(ImVec2(top.x + inner - buttons_w, top.y + std::max(0.0f, (text_h - ImGui::GetFrameHeight() * 1.25f) * 0.5f)));
    else ui::space(0.2f);
    if (can_resume) {
        if (ui::button(resume_label.c_str(), ImVec2(0, 0), ui::Tone::Primary)) act = Command::Resume{};
        if (!asking) ImGui::SetItemDefaultFocus();
        ImGui::SameLine();
    }
    if (ui::button(s("results.start_over"), ImVec2(0, 0), can_resume ? ui::Tone::Neutral : ui::Tone::Primary, playable))
        act = Command::Begin{true};
    return can_resume;
}

// Left column: the situation and the goals.
void situation(const LibraryEntry& en, const Scenario* sc, float w, const ViewContext& cx) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    const std::string& lang = cx.lang;
    auto text_of = [&](const LocalText& t) {
        return sc ? interpolate_text(*sc, t.get(lang, sc->language), lang) : t.get(lang, en.language);
    };
    {
        ui::Card card(w);
        ui::heading(s("briefing.situation"));
        ui::space(0.2f);
        std::string briefing = sc ? text_of(sc->briefing) : "";
        if (briefing.empty()) briefing = en.summary.get(lang, en.language);
        if (briefing.empty()) briefing = s("briefing.no_briefing");
        ui::text(briefing);
    }
    if (sc && !sc->goals.empty()) {
        ui::space(0.5f);
        ui::Card card(w);
        ui::heading(s("briefing.goals"));
        ui::space(0.2f);
        for (const LocalText& g : sc->goals) {
            {
                ui::Style check(ImGuiCol_Text, p.good);
                ImGui::TextUnformatted("\xE2\x9C\x93");  // ✓
            }
            ImGui::SameLine(0, em() * 0.6f);
            ui::text(text_of(g));
        }
    }
}

// Right column: who you talk to, each with a portrait.
void characters(const Scenario& sc, float w, const ViewContext& cx) {
    const Palette& p = palette();
    const std::string& lang = cx.lang;
    const float e = em();
    ui::Card card(w);
    ui::heading(cx.strings("briefing.talking_to"));
    ui::space(0.3f);
    const float ps = std::min(e * 5.0f, w * 0.3f);
    for (size_t i = 0; i < sc.characters.size(); ++i) {
        const Character& c = sc.characters[i];
        ui::Id id{int(i)};
        const ImVec2 a = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(ps, ps));
        draw_portrait(ImGui::GetWindowDrawList(), a, ps, c.portrait, expression_for(Mood::Neutraal), p.surface, cx.textures.get(c.portrait.image));
        ImGui::SameLine(0, e * 0.9f);
        {
            ui::Group name;
            ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, a.y + ps * 0.5f - e * 1.2f));
            ui::text(interpolate_text(sc, c.name.get(lang, sc.language), lang), fonts().heading);
            if (!c.role.empty()) ui::text_muted(interpolate_text(sc, c.role.get(lang, sc.language), lang));
        }
        ImGui::SetCursorScreenPos(ImVec2(a.x, a.y + ps));
        if (i + 1 < sc.characters.size()) ImGui::Dummy(ImVec2(1, e * 0.4f));
    }
}

// Right column, for a broken scenario: why, with its diagnostics.
void broken_card(const LibraryEntry& en, float w, const ViewContext& cx) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    ui::Card card(w, en.playable ? p.mixed_soft : p.bad_soft, en.playable ? p.mixed : p.bad);
    if (en.playable) {
        ui::text(s("briefing.broken_playable"));
    } else {
        ui::text(s("briefing.broken_title"), fonts().heading, p.bad);
        ui::text(s("briefing.broken_text"));
    }
    ui::space(0.2f);
    for (const Diagnostic& d : en.diagnostics.all()) ui::text(d.format(), fonts().small, d.severity == Severity::Error ? p.bad : p.text_muted);
}

// The footer, always in view: the mode and the start button. True when start was pressed.
bool footer(const BriefingScreen::Model& m, bool playable, float opt_w, float start_w, const ViewContext& cx, Commands& out) {
    const UiStrings& s = cx.strings;
    const LibraryEntry& en = m.entry;
    const float e = em();
    ui::space(0.2f);
    const float top = ImGui::GetCursorPosY();
    ui::text(s("briefing.mode"), fonts().bold);
    if (ui::option_card("##practice", s("mode.practice"), s("mode.practice_text"), m.mode == Mode::Practice, opt_w))
        out.push_back(Command::SetMode{Mode::Practice});
    const float opt_h = ImGui::GetItemRectSize().y;
    ImGui::SameLine(0, e * 0.8f);
    if (ui::option_card("##test", s("mode.test"), s("mode.test_text"), m.mode == Mode::Test, opt_w)) out.push_back(Command::SetMode{Mode::Test});
    ImGui::SameLine(0, e * 1.2f);
    ui::Group group;
    ImGui::SetCursorPosY(top + ImGui::GetTextLineHeightWithSpacing());
    bool go = false;
    {
        ui::Font font(fonts().heading);
        std::string label = en.checking() ? std::string(s("briefing.checking_short")) : std::string(s("briefing.start")) + "  \xE2\x96\xB6";
        go = ui::button(label.c_str(), ImVec2(start_w, std::max(opt_h * 0.62f, e * 2.6f)), ui::Tone::Primary, playable);
        if (!m.resume) ImGui::SetItemDefaultFocus();
    }
    ui::text_muted(en.checking() ? s("briefing.checking") : s("briefing.keys_hint"), fonts().small);
    return go;
}

// The name question (a modal): StartAs when answered.
Commands name_question(BriefingScreen& st, const ViewContext& cx) {
    if (!st.asking()) return {};
    const UiStrings& s = cx.strings;
    const float e = em();
    const ImGuiIO& io = ImGui::GetIO();
    if (!ImGui::IsPopupOpen("##name")) ImGui::OpenPopup("##name");
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(e * 32, io.DisplaySize.x - 2 * e), 0));
    enum { Open, Save, Skip, Cancel } done = Open;
    {
        ui::Style frame;
        frame.var(ImGuiStyleVar_WindowPadding, ImVec2(e * 1.4f, e * 1.2f)).var(ImGuiStyleVar_WindowRounding, e * 0.8f);
        if (ImGui::BeginPopupModal("##name", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings)) {
            const Palette& p = palette();
            ui::heading(s("results.name_title"));
            ui::space(0.2f);
            ui::text(s("results.name_text"));
            ui::space(0.4f);
            bool entered = false;
            {
                ui::Style field_look;
                field_look.var(ImGuiStyleVar_FramePadding, ImVec2(e * 0.8f, e * 0.55f)).var(ImGuiStyleVar_FrameBorderSize, p.border_width);
                field_look.color(ImGuiCol_FrameBg, p.surface_alt);
                ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
                const ImGuiID field = ImGui::GetID("##alias");
                ui::before_text_field(field);
                if (st.ask_focus) {
                    ImGui::SetKeyboardFocusHere(0);
                    st.ask_focus = false;
                }
                entered = ImGui::InputTextWithHint("##alias", s("results.name_hint"), &st.name_edit, ImGuiInputTextFlags_EnterReturnsTrue);
                ui::note_focusable(true, field);
            }
            ui::text_muted(s("results.name_later"), fonts().small);
            ui::space(0.4f);
            const bool named = !clean_student_name(st.name_edit).empty();
            if (ui::button(s("results.name_save"), ImVec2(0, 0), ui::Tone::Primary, named) || (entered && named)) done = Save;
            ImGui::SameLine();
            if (ui::button(s("results.name_skip"))) done = Skip;
            if (escape_pressed()) done = Cancel;
            if (done != Open) ImGui::CloseCurrentPopup();
            ImGui::EndPopup();
        }
    }
    if (done == Open) return {};
    const bool over = st.ask_then == BriefingScreen::Then::StartOver;
    st.ask_then = BriefingScreen::Then::Nothing;
    if (done == Cancel) return {};
    // The attempts to set aside are those under the name used so far.
    return {Command::StartAs{done == Save ? clean_student_name(st.name_edit) : std::string(), over}};
}

}  // namespace

void BriefingScreen::ask_name(bool start_over) {
    ask_then = start_over ? Then::StartOver : Then::Start;
    ask_focus = true;
    name_edit.clear();
}

Commands BriefingScreen::draw(const Model& m, const ViewContext& cx) {
    const UiStrings& s = cx.strings;
    const float e = em();
    const ImGuiStyle& style = ImGui::GetStyle();
    const LibraryEntry& en = m.entry;
    const Scenario* sc = en.preview.get();
    const bool ask = asking();
    Commands out;                 // done whatever else happens (author mode, the mode)
    std::optional<Command> act;   // what the student asked for last: history, resume, start
    if (top_bar(m, ask, cx, out, act)) return out;
    ui::text(en.display_title(cx.lang), fonts().title);
    {
        std::string meta = level_words(s, en.level);
        if (en.minutes > 0) meta += "  \xC2\xB7  " + s.fmt("library.minutes", {std::to_string(en.minutes)});
        ui::text_muted(meta);
    }
    ui::space(0.3f);

    const bool can_start = !(en.broken() && !en.playable);
    const bool playable = !en.checking() && en.to_play();
    bool can_resume = false;
    if (m.resume && !m.author && can_start) {
        can_resume = resume_card(*m.resume, playable, ask, cx, act);
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
    {
        ui::Child body("##body", ImVec2(full_w, body_h), false, ImGuiWindowFlags_NavFlattened);
        {
            ui::Group left;
            situation(en, sc, left_w, cx);
        }
        if (two_cols) ImGui::SameLine(0, gap);
        else ui::space(0.5f);
        ui::Group right;
        if (sc && !sc->characters.empty()) characters(*sc, right_w, cx);
        if (en.broken()) {
            ui::space(0.5f);
            broken_card(en, right_w, cx);
        }
    }
    if (!can_start) {
        if (act && !ask) out.push_back(std::move(*act));  // the history
        return out;
    }
    const bool go = footer(m, playable, opt_w, start_w, cx, out);
    // Enter without a focused button: continue the unfinished attempt when
    // there is one, else begin. Starting anew while an attempt is
    // unfinished sets that one aside.
    if (!ask && !ui::focus_claimed() && ui::enter_pressed() && playable) act = can_resume ? Command(Command::Resume{}) : Command(Command::Begin{m.resume.has_value()});
    if (go) act = Command::Begin{m.resume.has_value()};
    append(out, name_question(*this, cx));
    if (act && !ask) out.push_back(std::move(*act));  // while the question is open, its answer is the only way on
    return out;
}

}  // namespace lab
