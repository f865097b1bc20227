// Gesprek: the parent's portrait, the transcript, the choices; feedback and
// rewind in oefenen; meters and a countdown when the node has a timeout.
#include <algorithm>
#include <cfloat>
#include <cmath>

#include "app_view.h"
#include "author_model.h"
#include "fonts.h"
#include "theme.h"
#include "transcript.h"
#include "widgets.h"

namespace lab {

namespace {

// Height of choice_button for `text` at `width` (as widgets.cpp lays it out).
float choice_height(const std::string& text, float width) {
    ImFont* f = fonts().body;
    const float e = em();
    const float pad = e * 0.75f, badge = e * 1.75f;
    const float text_w = std::max(e * 4, width - pad * 3 - badge);
    const ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, text_w, text.c_str());
    return std::max(badge, ts.y) + pad * 2;
}

}  // namespace

void App::draw_conversation(double now) {
    View& v = *m_view;
    if (!m_session) {
        show_library();
        return;
    }
    Session& ses = *m_session;
    const Scenario& sc = ses.scenario();
    const Palette& p = palette();
    const UiStrings& s = m_strings;
    const std::string& lang = m_settings.lang;
    const float e = em();
    const bool practice = m_mode == Mode::Practice;
    const ImGuiStyle& style = ImGui::GetStyle();
    // Author mode: every meter, ids beside the texts, what each choice does.
    const bool author = author_mode();
    auto author_tag = [&](size_t step) {
        return author ? "[" + sc.target_id(ses.steps()[step].arrival.at) + "]" : std::string();
    };

    // [SECTION] countdown
    double remaining = -1, total = 0;
    if (ses.phase() == Phase::Choosing && ses.has_timeout()) {
        const size_t key = ses.steps().size() * 1000003u + ses.log().size();
        if (key != v.timer_key) {
            v.timer_key = key;
            v.choice_started = now;
        }
        if (v.confirm_stop) v.choice_started += now - v.last_now;  // paused while asking
        total = ses.timeout_seconds();
        remaining = m_cfg.live ? std::max(0.0, total - (now - v.choice_started)) : total;
        if (m_cfg.live && remaining <= 0) {
            ses.timeout();
            on_session_changed();
            remaining = -1;
        }
    }
    v.last_now = now;

    // [SECTION] top bar
    const float full_w = ImGui::GetContentRegionAvail().x;
    {
        // Title and mode on the left (the title wraps before the mode pill),
        // the stop button on the right.
        const char* stop = s("conversation.stop");
        const float stop_w = ImGui::CalcTextSize(stop).x + e * 2.5f;
        const std::string mode = practice ? s("mode.practice") : s("mode.test");
        const float pill_w = fonts().small->CalcTextSizeA(fonts().small->FontSize, FLT_MAX, 0, mode.c_str()).x + e * 2;
        const float title_w = std::max(e * 8, full_w - stop_w - pill_w - e * 2);
        const float y0 = ImGui::GetCursorPosY();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + title_w);
        ImFont* tf = fonts().heading;
        const std::string title = tr_scn(sc.title);
        const float tw = std::min(title_w, tf->CalcTextSizeA(tf->FontSize, FLT_MAX, title_w, title.c_str()).x);
        ui::text(title, tf);
        ImGui::PopTextWrapPos();
        const float y1 = ImGui::GetCursorPosY();
        ImGui::SetCursorPos(ImVec2(ImGui::GetStyle().WindowPadding.x + tw + e, y0 + e * 0.15f));
        ui::pill(mode, practice ? p.accent_soft : p.mixed_soft, practice ? p.accent_active : p.text);
        ImGui::SetCursorPos(ImVec2(full_w - stop_w + style.WindowPadding.x, y0 - e * 0.25f));
        if (ui::button(stop, ImVec2(stop_w, 0))) v.confirm_stop = true;
        ImGui::SetCursorPosY(std::max(y1, ImGui::GetCursorPosY()));
    }
    ui::space(0.3f);

    // [SECTION] columns
    const float avail_h = ImGui::GetContentRegionAvail().y;
    const float gap = e * 1.1f;
    const float left_w = author ? std::clamp(full_w * 0.25f, e * 9, e * 14) : std::clamp(full_w * 0.23f, e * 12, e * 18);
    const bool side = practice && full_w > e * 52;
    const float right_w = side ? std::clamp(full_w * 0.24f, e * 13, e * 19) : 0;
    const float center_w = full_w - left_w - gap - (side ? right_w + gap : 0);

    // Left: who you talk to, how it goes.
    ImGui::BeginChild("##who", ImVec2(left_w, avail_h), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NavFlattened);
    {
        Mood mood = Mood::Neutraal;
        const int who = current_speaker(ses, &mood);
        ui::Card card(left_w);
        const float inner = card.inner_width();
        if (who >= 0) {
            const Character& c = sc.characters[size_t(who)];
            const float ps = std::min(inner, author ? e * 7 : e * 13);
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (inner - ps) * 0.5f);
            portrait_widget(v, c, ps, mood, m_cfg.live, p.surface);
            ui::space(0.2f);
            ui::text(interpolate_text(sc, c.name.get(lang, sc.language), lang), fonts().heading);
            if (!c.role.empty()) ui::text_muted(interpolate_text(sc, c.role.get(lang, sc.language), lang));
            ui::space(0.1f);
            ui::pill(mood_words(s, mood), p.neutral, p.text);
        }
        bool any_meter = false;
        for (size_t i = 0; i < sc.meters.size(); ++i) {
            const Meter& m = sc.meters[i];
            if (!m.visible && !author) continue;
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
            if (!m.visible) meter_name += "  " + std::string(s("author.hidden"));
            ui::text(meter_name, fonts().small, m.visible ? 0 : p.text_muted);
            ImGui::SameLine(inner - ImGui::CalcTextSize(format_number(val).c_str()).x * 0.84f);
            ui::text_muted(format_number(val), fonts().small);
            ui::bar(float(frac), ImVec2(inner, e * 0.55f), p.chart[i % 6], p.neutral);
        }
    }
    ImGui::EndChild();
    ImGui::SameLine(0, gap);

    // Center: the transcript and what you can do now.
    const float panel_w = center_w;
    float panel_h = 0;
    const Phase phase = ses.phase();
    const Step& cur = ses.current();
    if (phase == Phase::Choosing) {
        panel_h = e * 2.2f;  // heading
        if (remaining >= 0) panel_h += e * 2.0f;
        for (size_t k = 0; k < cur.arrival.offered.size(); ++k) panel_h += choice_height(ses.choice_text(cur, k, lang), panel_w) + style.ItemSpacing.y;
        if (author) panel_h += float(cur.arrival.offered.size()) * (fonts().small->FontSize + style.ItemSpacing.y);
        panel_h = std::min(panel_h, avail_h * 0.58f);
    } else if (phase == Phase::Talking) {
        panel_h = e * 3.4f;
    } else if (phase == Phase::Ended) {
        panel_h = e * 7.5f;
    } else {
        panel_h = std::min(avail_h * 0.5f, e * 12.0f);
    }
    panel_h += 12;  // the panel's own padding
    const float transcript_h = std::max(e * 6, avail_h - panel_h - style.ItemSpacing.y);

    ImGui::BeginGroup();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, p.surface_alt);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, e * 0.8f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(e * 1.1f, e * 0.9f));
    ImGui::BeginChild("##transcript", ImVec2(center_w, transcript_h), false, ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NavFlattened);
    ImGui::PopStyleVar();
    {
        const float w = ImGui::GetContentRegionAvail().x;
        const float bubble_w = std::min(w * 0.8f, e * 36);
        const std::vector<TranscriptLine> lines = build_transcript(ses, lang);
        int rewind_to = -1;
        for (size_t li = 0; li < lines.size(); ++li) {
            const TranscriptLine& l = lines[li];
            ImGui::PushID(int(li));
            switch (l.kind) {
                case TranscriptLine::Kind::Parent:
                    ui::text(author ? l.who + "   " + author_tag(l.step) : l.who, fonts().small, p.text_muted);
                    ui::bubble(l.text, bubble_w, w, false, p.parent_bubble, p.parent_border, p.text, fonts().body);
                    break;
                case TranscriptLine::Kind::Narration: {
                    if (author) ui::text(author_tag(l.step), fonts().small, p.text_muted);
                    ImFont* f = fonts().italic;
                    const float nw = std::min(w * 0.85f, e * 34);
                    ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, nw, l.text.c_str());
                    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (w - ts.x) * 0.5f);
                    const ImVec2 a = ImGui::GetCursorScreenPos();
                    ImGui::Dummy(ts);
                    ImGui::GetWindowDrawList()->AddText(f, f->FontSize, a, p.narration, l.text.c_str(), nullptr, nw);
                    break;
                }
                case TranscriptLine::Kind::Student:
                case TranscriptLine::Kind::Silence: {
                    std::string you = s("conversation.you");
                    if (author) {
                        const Step& st = ses.steps()[l.step];
                        const Node& node = sc.nodes[size_t(st.arrival.at.index)];
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
                    if (practice && !side && l.kind == TranscriptLine::Kind::Student && int(l.step) == last_choice_step(ses)) {
                        const std::string fb = ses.feedback_of(ses.steps()[l.step], lang);
                        if (!fb.empty()) {
                            const float fw = std::min(bubble_w, w);
                            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + w - fw);
                            ui::Card card(fw, p.accent_soft, p.accent, 0.7f);
                            ui::text(s("feedback.title"), fonts().small, p.text_muted);
                            ui::text(fb);
                        }
                    }
                    if (practice && l.turn >= 0 && phase != Phase::Ended) {
                        std::string label = std::string("\xE2\x86\xB6  ") + s("conversation.rewind_here");
                        ImGui::PushFont(fonts().small);
                        const float bw = ImGui::CalcTextSize(label.c_str()).x + style.FramePadding.x * 2.6f;
                        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + w - bw);
                        if (ui::button(label.c_str(), ImVec2(bw, 0), ui::Tone::Quiet)) rewind_to = l.turn;
                        ImGui::PopFont();
                    }
                    break;
                }
                case TranscriptLine::Kind::Ending: {
                    ui::space(0.3f);
                    const Outcome o = sc.endings[size_t(ses.steps()[l.step].arrival.at.index)].outcome;
                    ui::Card card(w, outcome_color(o, true), outcome_color(o, false));
                    if (author) ui::text(author_tag(l.step), fonts().small, p.text_muted);
                    ui::text(s.fmt("conversation.ending", {l.title}), fonts().heading);
                    if (!l.text.empty()) ui::text(l.text);
                    break;
                }
                case TranscriptLine::Kind::Author: {
                    // An author move, small and centred: "sprong naar advies".
                    const std::string key = "author.line_" + l.title;
                    const std::string t = "\xE2\x9C\x8E  " + s.fmt(key.c_str(), {l.text});  // ✎
                    ImFont* f = fonts().small;
                    const float nw = std::min(w * 0.9f, e * 36);
                    const ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, nw, t.c_str());
                    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (w - ts.x) * 0.5f);
                    const ImVec2 a = ImGui::GetCursorScreenPos();
                    ImGui::Dummy(ts);
                    ImGui::GetWindowDrawList()->AddText(f, f->FontSize, a, p.accent_active, t.c_str(), nullptr, nw);
                    break;
                }
            }
            ImGui::PopID();
            ui::space(0.35f);
        }
        if (v.scroll_frames > 0) ImGui::SetScrollHereY(1.0f);
        if (rewind_to >= 0) {
            ImGui::EndChild();
            ImGui::PopStyleVar();
            ImGui::PopStyleColor();
            ImGui::EndGroup();
            rewind(rewind_to);
            return;
        }
    }
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();

    // What you can do now.
    int chosen = -1;
    bool go_on = false, to_debrief = false, back_one = false, again = false;
    // A little padding keeps the focus ring of the answer buttons inside the panel.
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(5, 5));
    ImGui::BeginChild("##act", ImVec2(panel_w, 0), false, ImGuiWindowFlags_NavFlattened | ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    if (phase == Phase::Choosing) {
        if (remaining >= 0) {
            const float frac = total > 0 ? float(remaining / total) : 0;
            ui::text_muted(s.fmt("conversation.time_left", {std::to_string(int(std::ceil(remaining)))}), fonts().small);
            ui::bar(frac, ImVec2(panel_w - 10, e * 0.5f), frac > 0.3f ? p.accent : p.mixed, p.neutral);
        }
        ui::text(s("conversation.what_do_you_say"), fonts().bold);
        for (size_t k = 0; k < cur.arrival.offered.size(); ++k) {
            if (ui::choice_button(int(k + 1), ses.choice_text(cur, k, lang), panel_w - 10)) chosen = int(k);
            if (k == 0) ImGui::SetItemDefaultFocus();
            if (author) {
                ImGui::SetCursorPosX(ImGui::GetCursorPosX() + e * 0.6f);
                ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + panel_w - 10 - e);
                ui::text(choice_summary(sc, cur.arrival.at.index, cur.arrival.offered[k]), fonts().small, p.text_muted);
                ImGui::PopTextWrapPos();
            }
        }
        const int d = digit_pressed();
        if (d > 0 && size_t(d) <= cur.arrival.offered.size() && !v.confirm_stop) chosen = d - 1;
    } else if (phase == Phase::Talking) {
        ui::space(0.2f);
        std::string label = std::string(s("conversation.continue")) + "  \xE2\x96\xB6";
        ImGui::PushFont(fonts().bold);
        if (ui::button(label.c_str(), ImVec2(e * 12, e * 2.6f), ui::Tone::Primary)) go_on = true;
        ImGui::SetItemDefaultFocus();
        ImGui::PopFont();
        ImGui::SameLine(0, e);
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + e * 0.7f);
        ui::text_muted(s("conversation.continue_hint"), fonts().small);
        if (!ui::focus_claimed() && ui::enter_pressed() && !v.confirm_stop) go_on = true;
    } else if (phase == Phase::Ended) {
        ui::space(0.2f);
        ui::text(s("conversation.ended"), fonts().bold);
        ui::text_muted(s("conversation.ended_hint"));
        ui::space(0.2f);
        std::string label = std::string(s("conversation.to_debrief")) + "  \xE2\x96\xB6";
        ImGui::PushFont(fonts().bold);
        if (ui::button(label.c_str(), ImVec2(e * 16, e * 2.6f), ui::Tone::Primary)) to_debrief = true;
        ImGui::SetItemDefaultFocus();
        ImGui::PopFont();
        if (!ui::focus_claimed() && ui::enter_pressed() && !v.confirm_stop) to_debrief = true;
    } else {  // Failed
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
        bool to_library = false;
        if (ses.turns() > 0) {
            place(s("conversation.failed_back"));
            if (ui::button(s("conversation.failed_back"), ImVec2(0, 0), ui::Tone::Primary)) back_one = true;
        }
        place(s("conversation.failed_restart"));
        if (ui::button(s("conversation.failed_restart"))) again = true;
        place(s("common.library"));
        if (ui::button(s("common.library"))) to_library = true;
        if (!ui::focus_claimed() && ui::enter_pressed() && !v.confirm_stop) (ses.turns() > 0 ? back_one : again) = true;
        if (to_library) {
            card.end();
            ImGui::EndChild();
            ImGui::EndGroup();
            show_library();
            return;
        }
    }
    ImGui::EndChild();
    ImGui::EndGroup();

    // Right: feedback on the last choice (oefenen).
    if (side) {
        ImGui::SameLine(0, gap);
        ImGui::BeginChild("##feedback", ImVec2(right_w, avail_h), false, ImGuiWindowFlags_NavFlattened);
        {
            ui::Card card(right_w - style.ScrollbarSize * 0.2f);
            ui::heading(s("feedback.title"));
            ui::space(0.2f);
            const int at = last_choice_step(ses);
            if (at < 0) {
                ui::text_muted(s("feedback.none_yet"));
            } else {
                const Step& st = ses.steps()[size_t(at)];
                ui::text(s("feedback.your_choice"), fonts().small, p.text_muted);
                ui::text(ses.choice_text(st, size_t(st.chosen_pos), lang), fonts().italic, p.text_muted);
                ui::space(0.3f);
                const std::string fb = ses.feedback_of(st, lang);
                ui::text(fb.empty() ? std::string(s("feedback.empty")) : fb);
            }
        }
        ui::space(0.4f);
        {
            ui::Card card(right_w - style.ScrollbarSize * 0.2f, p.surface_alt);
            ui::text(s("keys.title"), fonts().bold);
            // One "key<TAB>what it does" per line.
            const std::string all = s("keys.conversation");
            ImFont* f = fonts().small;
            const float col = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, "Backspace").x + e * 0.8f;
            ImGui::PushFont(f);
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
                    ImGui::PushStyleColor(ImGuiCol_Text, p.text_muted);
                    ImGui::PushTextWrapPos(ImGui::GetCursorPos().x + card.inner_width() - col);
                    ImGui::TextWrapped("%s", line.substr(tab + 1).c_str());
                    ImGui::PopTextWrapPos();
                    ImGui::PopStyleColor();
                }
                at = nl + 1;
            }
            ImGui::PopFont();
        }
        ImGui::EndChild();
    }

    // [SECTION] keys and the stop question
    if (practice && backspace_pressed() && ses.turns() > 0 && !v.confirm_stop) back_one = true;
    if (escape_pressed()) v.confirm_stop = !v.confirm_stop;
    if (v.confirm_stop) ImGui::OpenPopup("##stop");
    ImGui::SetNextWindowPos(ImVec2(ImGui::GetIO().DisplaySize.x * 0.5f, ImGui::GetIO().DisplaySize.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(e * 28, ImGui::GetIO().DisplaySize.x - 2 * e), 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(e * 1.4f, e * 1.2f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, e * 0.8f);
    if (ImGui::BeginPopupModal("##stop", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings)) {
        ui::heading(s("stop.title"));
        ui::text(s("stop.text"));
        ui::space(0.4f);
        if (ui::button(s("stop.continue"), ImVec2(0, 0), ui::Tone::Primary) || (!ui::focus_claimed() && ui::enter_pressed())) {
            v.confirm_stop = false;
        }
        ImGui::SameLine();
        if (ses.turns() > 0 && ui::button(s("stop.debrief"))) {
            v.confirm_stop = false;
            to_debrief = true;
        }
        ImGui::SameLine();
        if (ui::button(s("stop.library"))) {
            v.confirm_stop = false;
            ImGui::CloseCurrentPopup();
            ImGui::EndPopup();
            ImGui::PopStyleVar(2);
            show_library();
            return;
        }
        if (!v.confirm_stop) ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
    }
    ImGui::PopStyleVar(2);

    // [SECTION] commands (after drawing, so the frame saw one consistent state)
    if (chosen >= 0) choose(chosen);
    else if (go_on) advance();
    else if (to_debrief) show_debrief();
    else if (back_one) rewind(ses.turns() - 1);
    else if (again) restart();
}

}  // namespace lab
