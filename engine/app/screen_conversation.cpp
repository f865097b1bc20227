#include "screen_conversation.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "author_model.h"
#include "fonts.h"
#include "theme.h"
#include "transcript.h"
#include "widgets.h"

namespace lab {

namespace {

// [SECTION] helpers

// Which choosing moment the session is at (a new one after every step or log entry).
size_t moment_key(const Session& ses) { return ses.steps().size() * 1000003u + ses.log().size(); }

// The seconds the student has at this moment before the silence counts as
// the answer (the one place to give extra time).
double countdown_seconds(const Session& ses) { return ses.timeout_seconds(); }

// Height of choice_button for `text` at `width` (as widgets.cpp lays it out).
float choice_height(const std::string& text, float width) {
    ImFont* f = fonts().body;
    const float e = em();
    const float pad = e * 0.75f, badge = e * 1.75f;
    const float text_w = std::max(e * 4, width - pad * 3 - badge);
    const ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, text_w, text.c_str());
    return std::max(badge, ts.y) + pad * 2;
}

// Text in `f` and `col`, wrapped at `wrap_w` and centred in `w` (narration, author lines).
void centred_note(const std::string& text, ImFont* f, ImU32 col, float w, float wrap_w) {
    const ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, wrap_w, text.c_str());
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (w - ts.x) * 0.5f);
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ts);
    ImGui::GetWindowDrawList()->AddText(f, f->FontSize, a, col, text.c_str(), nullptr, wrap_w);
}

// A character's portrait at the cursor, `size` pixels square, showing
// `mood` (blended in from the mood shown before when `live`).
void portrait_widget(PortraitState& ps, const Character& c, float size, Mood mood, ImU32 behind, const ViewContext& cx) {
    Expression e = expression_for(mood);
    const double now = cx.now;
    if (mood != ps.mood) {
        // Start a blend from what is showing now.
        Expression showing = expression_for(ps.mood);
        if (ps.blending(now)) showing = blend(ps.from, showing, float((now - ps.blend_start) / PortraitState::kBlendSeconds));
        ps.from = showing;
        ps.mood = mood;
        ps.blend_start = cx.live ? now : -1;
    }
    if (cx.live && ps.blend_start >= 0) {
        double t = (now - ps.blend_start) / PortraitState::kBlendSeconds;
        if (t < 1) {
            float s = float(t * t * (3 - 2 * t));  // smoothstep
            e = blend(ps.from, e, s);
        }
    }
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(size, size));
    draw_portrait(ImGui::GetWindowDrawList(), pos, size, c.portrait, e, behind, cx.textures.get(c.portrait.image));
}

// The countdown shown: seconds left of `total` (remaining < 0: none).
struct Countdown {
    double remaining = -1, total = 0;
};

// What the student asked for this frame; the first that is set wins (in
// the order of the fields).
struct Asked {
    int chosen = -1;
    bool go_on = false, to_debrief = false, back_one = false, again = false;
    bool to_library = false;  // at once, leaving the rest of the frame undrawn
};

// The screen's columns: who you talk to, the conversation, and (oefenen,
// when wide enough) the feedback.
struct Columns {
    float avail_h, gap, left_w, center_w, right_w;
    bool side;
};

Columns columns(const ConversationLook& look, float full_w, float avail_h) {
    const float e = em();
    Columns c;
    c.avail_h = avail_h;
    c.gap = e * 1.1f;
    c.left_w = look.author ? std::clamp(full_w * 0.25f, e * 9, e * 14) : std::clamp(full_w * 0.23f, e * 12, e * 18);
    c.side = look.feedback && full_w > e * 52;
    c.right_w = c.side ? std::clamp(full_w * 0.24f, e * 13, e * 19) : 0;
    c.center_w = full_w - c.left_w - c.gap - (c.side ? c.right_w + c.gap : 0);
    return c;
}

// [SECTION] top bar: title and mode at the left (the title wraps before
// the mode pill), the stop button at the right

void top_bar(ConversationScreen& st, const std::string& title, const ConversationLook& look, float full_w, const ViewContext& cx) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float e = em();
    const bool practice = look.mode == Mode::Practice;
    const char* stop = s("conversation.stop");
    const float stop_w = ImGui::CalcTextSize(stop).x + e * 2.5f;
    const std::string mode = practice ? s("mode.practice") : s("mode.test");
    const float pill_w = fonts().small->CalcTextSizeA(fonts().small->FontSize, FLT_MAX, 0, mode.c_str()).x + e * 2;
    const float title_w = std::max(e * 8, full_w - stop_w - pill_w - e * 2);
    const float y0 = ImGui::GetCursorPosY();
    ImFont* tf = fonts().heading;
    float tw = 0;
    {
        ui::WrapPos wrap(ImGui::GetCursorPosX() + title_w);
        tw = std::min(title_w, tf->CalcTextSizeA(tf->FontSize, FLT_MAX, title_w, title.c_str()).x);
        ui::text(title, tf);
    }
    const float y1 = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(style.WindowPadding.x + tw + e, y0 + e * 0.15f));
    ui::pill(mode, practice ? p.accent_soft : p.mixed_soft, practice ? p.accent_active : p.text);
    ImGui::SetCursorPos(ImVec2(full_w - stop_w + style.WindowPadding.x, y0 - e * 0.25f));
    if (ui::button(stop, ImVec2(stop_w, 0))) st.confirm_stop = true;
    ImGui::SetCursorPosY(std::max(y1, ImGui::GetCursorPosY()));
}

// [SECTION] left: who you talk to, how it goes

// The meters under the portrait: those the student may see (all in author mode).
void meters(const Session& ses, const ConversationLook& look, float inner, const ViewContext& cx) {
    const Scenario& sc = ses.scenario();
    const Palette& p = palette();
    const std::string& lang = cx.lang;
    const float e = em();
    bool any_meter = false;
    for (size_t i = 0; i < sc.meters.size(); ++i) {
        const Meter& m = sc.meters[i];
        if (!m.visible && !look.author) continue;
        if (!any_meter) {
            ui::space(0.5f);
            const ImVec2 a = ImGui::GetCursorScreenPos();
            ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(a.x, std::floor(a.y)), ImVec2(a.x + inner, std::floor(a.y) + 1), p.border);
            ImGui::Dummy(ImVec2(inner, 1));
            ui::space(0.2f);
            any_meter = true;
        }
        const double val = ses.state().meters[i];
        const double frac = m.max > m.min ? (val - m.min) / (m.max - m.min) : 0;
        std::string meter_name = m.label.get(lang, sc.language).empty() ? m.id : m.label.get(lang, sc.language);
        if (!m.visible) meter_name += "  " + std::string(cx.strings("author.hidden"));
        ui::text(meter_name, fonts().small, m.visible ? 0 : p.text_muted);
        ImGui::SameLine(inner - ImGui::CalcTextSize(format_number(val).c_str()).x * 0.84f);
        ui::text_muted(format_number(val), fonts().small);
        ui::bar(float(frac), ImVec2(inner, e * 0.55f), p.chart[i % 6], p.neutral);
    }
}

void who_panel(const Session& ses, const ConversationLook& look, PortraitState& portrait, const Columns& col, const ViewContext& cx) {
    const Scenario& sc = ses.scenario();
    const Palette& p = palette();
    const std::string& lang = cx.lang;
    const float e = em();
    ui::Child child("##who", ImVec2(col.left_w, col.avail_h), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NavFlattened);
    Mood mood = Mood::Neutraal;
    const int who = current_speaker(ses, &mood);
    ui::Card card(col.left_w);
    const float inner = card.inner_width();
    if (who >= 0) {
        const Character& c = sc.characters[size_t(who)];
        const float ps = std::min(inner, look.author ? e * 7 : e * 13);
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (inner - ps) * 0.5f);
        portrait_widget(portrait, c, ps, mood, p.surface, cx);
        ui::space(0.2f);
        ui::text(interpolate_text(sc, c.name.get(lang, sc.language), lang), fonts().heading);
        if (!c.role.empty()) ui::text_muted(interpolate_text(sc, c.role.get(lang, sc.language), lang));
        ui::space(0.1f);
        ui::pill(mood_words(cx.strings, mood), p.neutral, p.text);
    }
    meters(ses, look, inner, cx);
}

// [SECTION] centre: the transcript

// "[node]" beside a line in author mode ("" otherwise).
std::string author_tag(const Session& ses, const ConversationLook& look, size_t step) {
    return look.author ? "[" + ses.scenario().target_id(ses.steps()[step].arrival.at) + "]" : std::string();
}

// What the student said (or the silence), at the right; the last choice's
// feedback under it when there is no side panel; "back to this choice".
// True when the student asked to go back to this turn.
bool student_line(const Session& ses, const TranscriptLine& l, const ConversationLook& look, bool side, float w, float bubble_w,
                  const ViewContext& cx) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    const ImGuiStyle& style = ImGui::GetStyle();
    std::string you = s("conversation.you");
    if (look.author) {
        const Step& st = ses.steps()[l.step];
        const Node& node = ses.scenario().nodes[size_t(st.arrival.at.index)];
        std::string tag = l.kind == TranscriptLine::Kind::Silence ? std::string("t") : "#" + std::to_string(st.chosen + 1);
        if (l.kind == TranscriptLine::Kind::Student && !node.choices[size_t(st.chosen)].id.empty()) tag += " " + node.choices[size_t(st.chosen)].id;
        you = "[" + tag + "]   " + you;
    }
    const float yw = fonts().small->CalcTextSizeA(fonts().small->FontSize, FLT_MAX, 0, you.c_str()).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + w - yw);
    ui::text(you, fonts().small, p.text_muted);
    if (l.kind == TranscriptLine::Kind::Student) {
        ui::bubble(l.text, bubble_w, w, true, p.student_bubble, p.student_border, p.text, fonts().body);
    } else {
        const char* silent = s("conversation.silence");
        ImFont* f = fonts().italic;
        const float sw = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, silent).x;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + w - sw);
        ui::text(silent, f, p.narration);
    }
    // Without the side panel, the last choice's feedback shows here.
    if (look.feedback && !side && l.kind == TranscriptLine::Kind::Student && int(l.step) == last_choice_step(ses)) {
        const std::string fb = ses.feedback_of(ses.steps()[l.step], cx.lang);
        if (!fb.empty()) {
            const float fw = std::min(bubble_w, w);
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + w - fw);
            ui::Card card(fw, p.accent_soft, p.accent, 0.7f);
            ui::text(s("feedback.title"), fonts().small, p.text_muted);
            ui::text(fb);
        }
    }
    if (!look.rewind || l.turn < 0 || ses.phase() == Phase::Ended) return false;
    std::string label = std::string("\xE2\x86\xB6  ") + s("conversation.rewind_here");
    ui::Font font(fonts().small);
    const float bw = ImGui::CalcTextSize(label.c_str()).x + style.FramePadding.x * 2.6f;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + w - bw);
    return ui::button(label.c_str(), ImVec2(bw, 0), ui::Tone::Quiet);
}

// One line of the transcript, `w` wide. True when the student asked to go
// back to the turn of this line.
bool transcript_line(const Session& ses, const TranscriptLine& l, const ConversationLook& look, bool side, float w, const ViewContext& cx) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    const float e = em();
    const float bubble_w = std::min(w * 0.8f, e * 36);
    switch (l.kind) {
        case TranscriptLine::Kind::Parent:
            ui::text(look.author ? l.who + "   " + author_tag(ses, look, l.step) : l.who, fonts().small, p.text_muted);
            ui::bubble(l.text, bubble_w, w, false, p.parent_bubble, p.parent_border, p.text, fonts().body);
            return false;
        case TranscriptLine::Kind::Narration:
            if (look.author) ui::text(author_tag(ses, look, l.step), fonts().small, p.text_muted);
            centred_note(l.text, fonts().italic, p.narration, w, std::min(w * 0.85f, e * 34));
            return false;
        case TranscriptLine::Kind::Student:
        case TranscriptLine::Kind::Silence:
            return student_line(ses, l, look, side, w, bubble_w, cx);
        case TranscriptLine::Kind::Ending: {
            ui::space(0.3f);
            const Outcome o = ses.scenario().endings[size_t(ses.steps()[l.step].arrival.at.index)].outcome;
            ui::Card card(w, outcome_color(o, true), outcome_color(o, false));
            if (look.author) ui::text(author_tag(ses, look, l.step), fonts().small, p.text_muted);
            ui::text(s.fmt("conversation.ending", {l.title}), fonts().heading);
            if (!l.text.empty()) ui::text(l.text);
            return false;
        }
        case TranscriptLine::Kind::Author: {
            // An author move, small and centred: "sprong naar advies".
            const std::string key = "author.line_" + l.title;
            centred_note("\xE2\x9C\x8E  " + s.fmt(key.c_str(), {l.text}), fonts().small, p.accent_active, w, std::min(w * 0.9f, e * 36));  // ✎
            return false;
        }
    }
    return false;
}

// The lines so far, scrolled to the newest while `scroll`. Returns the turn
// the student asked to go back to, if any.
std::optional<int> transcript_lines(const Session& ses, const ConversationLook& look, bool side, bool scroll, const ViewContext& cx) {
    const float w = ImGui::GetContentRegionAvail().x;
    const std::vector<TranscriptLine> lines = build_transcript(ses, cx.lang);
    std::optional<int> rewind_to;
    for (size_t li = 0; li < lines.size(); ++li) {
        {
            ui::Id id{int(li)};
            if (transcript_line(ses, lines[li], look, side, w, cx)) rewind_to = lines[li].turn;
        }
        ui::space(0.35f);
    }
    if (scroll) ImGui::SetScrollHereY(1.0f);
    return rewind_to;
}

// [SECTION] centre: what the student can do now

// The height the action panel wants (the transcript gets the rest).
float action_height(const Session& ses, const ConversationLook& look, const Countdown& cd, float panel_w, float avail_h, const ViewContext& cx) {
    const float e = em();
    const ImGuiStyle& style = ImGui::GetStyle();
    float h = 0;
    const Step& cur = ses.current();
    switch (ses.phase()) {
        case Phase::Choosing:
            h = e * 2.2f;  // heading
            if (cd.remaining >= 0) h += e * 2.0f;
            for (size_t k = 0; k < cur.arrival.offered.size(); ++k) h += choice_height(ses.choice_text(cur, k, cx.lang), panel_w) + style.ItemSpacing.y;
            if (look.author) h += float(cur.arrival.offered.size()) * (fonts().small->FontSize + style.ItemSpacing.y);
            h = std::min(h, avail_h * 0.58f);
            break;
        case Phase::Talking: h = e * 3.4f; break;
        case Phase::Ended: h = e * 7.5f; break;
        case Phase::Failed: h = std::min(avail_h * 0.5f, e * 12.0f); break;
    }
    return h + 12;  // the panel's own padding
}

// The countdown (when there is one), "what do you say?" and the answers;
// in author mode what each answer does under it.
void choosing_panel(const Session& ses, const ConversationLook& look, const Countdown& cd, bool stopping, float panel_w, Asked& asked,
                    const ViewContext& cx) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    const float e = em();
    const Step& cur = ses.current();
    if (cd.remaining >= 0) {
        const float frac = cd.total > 0 ? float(cd.remaining / cd.total) : 0;
        ui::text_muted(s.fmt("conversation.time_left", {std::to_string(int(std::ceil(cd.remaining)))}), fonts().small);
        ui::bar(frac, ImVec2(panel_w - 10, e * 0.5f), frac > 0.3f ? p.accent : p.mixed, p.neutral);
    }
    ui::text(s("conversation.what_do_you_say"), fonts().bold);
    for (size_t k = 0; k < cur.arrival.offered.size(); ++k) {
        if (ui::choice_button(int(k + 1), ses.choice_text(cur, k, cx.lang), panel_w - 10)) asked.chosen = int(k);
        if (k == 0) ImGui::SetItemDefaultFocus();
        if (look.author) {
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + e * 0.6f);
            ui::WrapPos wrap(ImGui::GetCursorPosX() + panel_w - 10 - e);
            ui::text(choice_summary(ses.scenario(), cur.arrival.at.index, cur.arrival.offered[k]), fonts().small, p.text_muted);
        }
    }
    const int d = digit_pressed();
    if (d > 0 && size_t(d) <= cur.arrival.offered.size() && !stopping) asked.chosen = d - 1;
}

// A big primary button with `label` and an arrow, where the keyboard focus starts.
bool primary_button(const std::string& label, float width) {
    ui::Font font(fonts().bold);
    const bool pressed = ui::button((label + "  \xE2\x96\xB6").c_str(), ImVec2(width, em() * 2.6f), ui::Tone::Primary);
    ImGui::SetItemDefaultFocus();
    return pressed;
}

void talking_panel(bool stopping, Asked& asked, const ViewContext& cx) {
    const UiStrings& s = cx.strings;
    const float e = em();
    ui::space(0.2f);
    if (primary_button(s("conversation.continue"), e * 12)) asked.go_on = true;
    ImGui::SameLine(0, e);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + e * 0.7f);
    ui::text_muted(s("conversation.continue_hint"), fonts().small);
    if (!ui::focus_claimed() && ui::enter_pressed() && !stopping) asked.go_on = true;
}

void ended_panel(bool stopping, Asked& asked, const ViewContext& cx) {
    const UiStrings& s = cx.strings;
    ui::space(0.2f);
    ui::text(s("conversation.ended"), fonts().bold);
    ui::text_muted(s("conversation.ended_hint"));
    ui::space(0.2f);
    if (primary_button(s("conversation.to_debrief"), em() * 16)) asked.to_debrief = true;
    if (!ui::focus_claimed() && ui::enter_pressed() && !stopping) asked.to_debrief = true;
}

// The script failed: why, and the ways on (back one choice, again, library).
void failed_panel(const Session& ses, bool stopping, float panel_w, Asked& asked, const ViewContext& cx) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    const ImGuiStyle& style = ImGui::GetStyle();
    ui::Card card(panel_w - 10, p.bad_soft, p.bad);
    ui::text(s("conversation.failed_title"), fonts().heading, p.bad);
    ui::text(s("conversation.failed_text"));
    if (ses.error()) ui::text(ses.error()->what(), fonts().small, p.text);
    ui::space(0.3f);
    // Buttons flow onto the next line when the panel is narrow.
    const float right_edge = ImGui::GetCursorScreenPos().x + card.inner_width();
    bool first = true;
    auto place = [&](const char* label) {
        const float w = ImGui::CalcTextSize(label).x + style.FramePadding.x * 2.6f;
        if (!first) {
            ImGui::SameLine();
            if (ImGui::GetCursorScreenPos().x + w > right_edge) ImGui::NewLine();
        }
        first = false;
    };
    if (ses.turns() > 0) {
        place(s("conversation.failed_back"));
        if (ui::button(s("conversation.failed_back"), ImVec2(0, 0), ui::Tone::Primary)) asked.back_one = true;
    }
    place(s("conversation.failed_restart"));
    if (ui::button(s("conversation.failed_restart"))) asked.again = true;
    place(s("common.library"));
    if (ui::button(s("common.library"))) asked.to_library = true;
    if (!ui::focus_claimed() && ui::enter_pressed() && !stopping) (ses.turns() > 0 ? asked.back_one : asked.again) = true;
}

void action_panel(const Session& ses, const ConversationLook& look, const Countdown& cd, bool stopping, float panel_w, Asked& asked,
                  const ViewContext& cx) {
    // A little padding keeps the focus ring of the answer buttons inside the panel.
    ui::Style pad(ImGuiStyleVar_WindowPadding, ImVec2(5, 5));
    ui::Child child("##act", ImVec2(panel_w, 0), false, ImGuiWindowFlags_NavFlattened | ImGuiWindowFlags_AlwaysUseWindowPadding);
    pad.end();
    switch (ses.phase()) {
        case Phase::Choosing: choosing_panel(ses, look, cd, stopping, panel_w, asked, cx); break;
        case Phase::Talking: talking_panel(stopping, asked, cx); break;
        case Phase::Ended: ended_panel(stopping, asked, cx); break;
        case Phase::Failed: failed_panel(ses, stopping, panel_w, asked, cx); break;
    }
}

// [SECTION] right: feedback on the last choice, and the keys

void feedback_card(const Session& ses, float w, const ViewContext& cx) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    ui::Card card(w);
    ui::heading(s("feedback.title"));
    ui::space(0.2f);
    const int at = last_choice_step(ses);
    if (at < 0) {
        ui::text_muted(s("feedback.none_yet"));
        return;
    }
    const Step& st = ses.steps()[size_t(at)];
    ui::text(s("feedback.your_choice"), fonts().small, p.text_muted);
    ui::text(ses.choice_text(st, size_t(st.chosen_pos), cx.lang), fonts().italic, p.text_muted);
    ui::space(0.3f);
    const std::string fb = ses.feedback_of(st, cx.lang);
    ui::text(fb.empty() ? std::string(s("feedback.empty")) : fb);
}

// The keys of this screen, one "key<TAB>what it does" per line.
void keys_card(float w, const ViewContext& cx) {
    const Palette& p = palette();
    const float e = em();
    ui::Card card(w, p.surface_alt);
    ui::text(cx.strings("keys.title"), fonts().bold);
    const std::string all = cx.strings("keys.conversation");
    ImFont* f = fonts().small;
    const float col = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, "Backspace").x + e * 0.8f;
    ui::Font font(f);
    size_t at = 0;
    while (at < all.size()) {
        size_t nl = all.find('\n', at);
        if (nl == std::string::npos) nl = all.size();
        const std::string line = all.substr(at, nl - at);
        const size_t tab = line.find('\t');
        const float x0 = ImGui::GetCursorPosX();
        ImGui::TextUnformatted(line.substr(0, tab).c_str());
        if (tab != std::string::npos) {
            ImGui::SameLine(x0 + col);
            ui::Style muted(ImGuiCol_Text, p.text_muted);
            ui::WrapPos wrap(ImGui::GetCursorPos().x + card.inner_width() - col);
            ImGui::TextWrapped("%s", line.substr(tab + 1).c_str());
        }
        at = nl + 1;
    }
}

void side_panel(const Session& ses, const Columns& col, const ViewContext& cx) {
    ImGui::SameLine(0, col.gap);
    ui::Child child("##feedback", ImVec2(col.right_w, col.avail_h), false, ImGuiWindowFlags_NavFlattened);
    const float w = col.right_w - ImGui::GetStyle().ScrollbarSize * 0.2f;
    feedback_card(ses, w, cx);
    ui::space(0.4f);
    keys_card(w, cx);
}

// [SECTION] the stop question

// Escape opens and closes it. True when the student leaves for the library.
bool stop_question(ConversationScreen& st, const Session& ses, Asked& asked, const ViewContext& cx) {
    const UiStrings& s = cx.strings;
    const ImGuiIO& io = ImGui::GetIO();
    const float e = em();
    if (escape_pressed()) st.confirm_stop = !st.confirm_stop;
    if (st.confirm_stop) ImGui::OpenPopup("##stop");
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(e * 28, io.DisplaySize.x - 2 * e), 0));
    ui::Style frame;
    frame.var(ImGuiStyleVar_WindowPadding, ImVec2(e * 1.4f, e * 1.2f)).var(ImGuiStyleVar_WindowRounding, e * 0.8f);
    if (!ImGui::BeginPopupModal("##stop", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings)) return false;
    bool leave = false;
    ui::heading(s("stop.title"));
    ui::text(s("stop.text"));
    ui::space(0.4f);
    if (ui::button(s("stop.continue"), ImVec2(0, 0), ui::Tone::Primary) || (!ui::focus_claimed() && ui::enter_pressed())) st.confirm_stop = false;
    ImGui::SameLine();
    if (ses.turns() > 0 && ui::button(s("stop.debrief"))) {
        st.confirm_stop = false;
        asked.to_debrief = true;
    }
    ImGui::SameLine();
    if (ui::button(s("stop.library"))) {
        st.confirm_stop = false;
        ImGui::CloseCurrentPopup();
        leave = true;
    }
    if (!st.confirm_stop && !leave) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return leave;
}

}  // namespace

// [SECTION] the screen

void ConversationScreen::new_attempt() {
    timer_key = size_t(-1);
    scroll_frames = 3;
    confirm_stop = false;
    portrait.blend_start = -1;
}

std::optional<Command> ConversationScreen::tick(const Session& ses, double now, bool live) {
    std::optional<Command> out;
    if (ses.phase() == Phase::Choosing && ses.has_timeout()) {
        const size_t key = moment_key(ses);
        if (key != timer_key) {
            timer_key = key;
            choice_started = now;
        }
        if (confirm_stop) choice_started += now - last_now;  // paused while asking
        if (live && countdown_seconds(ses) - (now - choice_started) <= 0) out = Command::Timeout{};
    }
    last_now = now;
    return out;
}

Commands ConversationScreen::draw(const Session& ses, const ConversationLook& look, const std::string& title, const ViewContext& cx) {
    const Palette& p = palette();
    const float e = em();
    const ImGuiStyle& style = ImGui::GetStyle();
    // The countdown of this moment (none the frame a timeout moved the
    // session on: tick() starts the next one).
    Countdown cd;
    if (ses.phase() == Phase::Choosing && ses.has_timeout() && moment_key(ses) == timer_key) {
        cd.total = countdown_seconds(ses);
        cd.remaining = cx.live ? std::max(0.0, cd.total - (cx.now - choice_started)) : cd.total;
        if (cx.live && cd.remaining <= 0) cd.remaining = -1;  // run out: the Timeout is applied
    }

    const float full_w = ImGui::GetContentRegionAvail().x;
    top_bar(*this, title, look, full_w, cx);
    ui::space(0.3f);
    const Columns col = columns(look, full_w, ImGui::GetContentRegionAvail().y);
    who_panel(ses, look, portrait, col, cx);
    ImGui::SameLine(0, col.gap);

    // Centre: the transcript and what you can do now.
    const float transcript_h = std::max(e * 6, col.avail_h - action_height(ses, look, cd, col.center_w, col.avail_h, cx) - style.ItemSpacing.y);
    Asked asked;
    {
        ui::Group centre;
        std::optional<int> rewind_to;
        {
            ui::Style look_of(ImGuiCol_ChildBg, p.surface_alt);
            look_of.var(ImGuiStyleVar_ChildRounding, e * 0.8f).var(ImGuiStyleVar_WindowPadding, ImVec2(e * 1.1f, e * 0.9f));
            ui::Child child("##transcript", ImVec2(col.center_w, transcript_h), false, ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NavFlattened);
            look_of.pop_vars(1);  // the padding is the transcript window's own
            rewind_to = transcript_lines(ses, look, col.side, scroll_frames > 0, cx);
        }
        if (rewind_to) return {Command::Rewind{*rewind_to}};
        action_panel(ses, look, cd, confirm_stop, col.center_w, asked, cx);
    }
    if (asked.to_library) return {Command::Show{Screen::Library}};

    // Right: feedback on the last choice (oefenen).
    if (col.side) side_panel(ses, col, cx);

    if (look.rewind && backspace_pressed() && ses.turns() > 0 && !confirm_stop) asked.back_one = true;
    if (stop_question(*this, ses, asked, cx)) return {Command::Show{Screen::Library}};

    // One command, after drawing, so that the frame showed one consistent state.
    if (asked.chosen >= 0) return {Command::Choose{asked.chosen}};
    if (asked.go_on) return {Command::Advance{}};
    if (asked.to_debrief) return {Command::Show{Screen::Debrief}};
    if (asked.back_one) return {Command::Rewind{ses.turns() - 1}};
    if (asked.again) return {Command::Restart{}};
    return {};
}

}  // namespace lab
