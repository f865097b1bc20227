// Nabespreking: the ending, grade and scores, the meters over the turns, the
// key moments with better options, the best path, an ALACT reflection, and
// the portfolio report and export.
#include <SDL.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "app_view.h"
#include "fonts.h"
#include "theme.h"
#include "transcript.h"
#include "widgets.h"

namespace lab {

namespace {

ImU32 grade_color(Grade grade) {
    const Palette& p = palette();
    if (grade == Grade::Good) return p.good;
    if (grade == Grade::Sufficient) return p.accent;
    return p.bad;
}

// ImGui 1.86 does not wrap multi-line text fields: this edit callback turns
// the space before a word that would run past the field's width into a line
// break (same length, so the cursor stays put).
int wrap_on_edit(ImGuiInputTextCallbackData* data) {
    const float width = *static_cast<const float*>(data->UserData);
    ImFont* f = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    char* buf = data->Buf;
    int line_start = 0, last_space = -1;
    for (int i = 0; i <= data->BufTextLen; ++i) {
        const char c = i < data->BufTextLen ? buf[i] : '\0';
        if (c == '\n') {
            line_start = i + 1;
            last_space = -1;
            continue;
        }
        if (c == ' ' || c == '\0') {
            const float w = f->CalcTextSizeA(size, FLT_MAX, 0, buf + line_start, buf + i).x;
            if (w > width && last_space > line_start) {
                buf[last_space] = '\n';
                data->BufDirty = true;
                line_start = last_space + 1;
                i = line_start - 1;
                last_space = -1;
                continue;
            }
            if (c == ' ') last_space = i;
        }
    }
    return 0;
}

std::string percent(double v) { return std::to_string(int(std::lround(std::clamp(v, 0.0, 1.0) * 100))) + "%"; }

// A line chart of the meters over the steps of the attempt.
void meter_chart(const std::vector<MeterSeries>& series, const Session& ses, float w, float h, const UiStrings& s) {
    const Palette& p = palette();
    const float e = em();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(w, h));
    bool same_range = true;
    for (const auto& m : series) same_range = same_range && m.min == series[0].min && m.max == series[0].max;
    const double lo = same_range ? series[0].min : 0, hi = same_range ? series[0].max : 1;
    const float left = a.x + e * 2.4f, right = a.x + w - e * 0.5f, top = a.y + e * 0.5f, bottom = a.y + h - e * 1.6f;
    ImFont* f = fonts().small;
    for (int g = 0; g <= 4; ++g) {
        const float y = bottom - (bottom - top) * float(g) / 4.0f;
        dl->AddLine(ImVec2(left, y), ImVec2(right, y), g == 0 ? p.text_muted : with_alpha(p.border, 0.9f), g == 0 ? 1.5f : 1.0f);
        const double val = lo + (hi - lo) * g / 4.0;
        std::string label = same_range ? format_number(std::round(val * 10) / 10) : percent(val);
        const ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, label.c_str());
        dl->AddText(f, f->FontSize, ImVec2(left - ts.x - e * 0.4f, y - ts.y * 0.5f), p.text_muted, label.c_str());
    }
    const size_t n = series.empty() ? 0 : series[0].values.size();
    auto xpos = [&](size_t i) { return n <= 1 ? (left + right) * 0.5f : left + (right - left) * float(i) / float(n - 1); };
    // Ticks at the student's decisions, numbered by turn.
    int turn = 0;
    for (size_t i = 0; i < n && i < ses.steps().size(); ++i) {
        const Step& st = ses.steps()[i];
        if (st.decision != Decision::Choice && st.decision != Decision::Timeout) continue;
        ++turn;
        const float x = xpos(i);
        dl->AddLine(ImVec2(x, bottom), ImVec2(x, bottom + e * 0.25f), p.text_muted, 1.0f);
        std::string label = std::to_string(turn);
        const ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, label.c_str());
        dl->AddText(f, f->FontSize, ImVec2(x - ts.x * 0.5f, bottom + e * 0.3f), p.text_muted, label.c_str());
    }
    {
        const char* axis = s("debrief.chart_axis");
        const ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, axis);
        dl->AddText(f, f->FontSize, ImVec2(right - ts.x, bottom + e * 0.3f), p.text_muted, axis);
    }
    for (size_t k = 0; k < series.size(); ++k) {
        const MeterSeries& m = series[k];
        const ImU32 col = p.chart[size_t(m.meter) % 6];
        std::vector<ImVec2> pts;
        for (size_t i = 0; i < m.values.size(); ++i) {
            const double r = m.max > m.min ? (m.values[i] - m.min) / (m.max - m.min) : 0;
            const double yr = same_range ? (m.values[i] - lo) / std::max(1e-9, hi - lo) : r;
            pts.push_back(ImVec2(xpos(i), bottom - (bottom - top) * float(std::clamp(yr, 0.0, 1.0))));
        }
        if (pts.size() >= 2) dl->AddPolyline(pts.data(), int(pts.size()), col, ImDrawFlags_None, 3.0f);
        for (const ImVec2& q : pts) {
            dl->AddCircleFilled(q, 4.5f, col, 12);
            dl->AddCircleFilled(q, 2.0f, p.surface, 8);
        }
    }
}

}  // namespace

void App::draw_debrief() {
    View& v = *m_view;
    if (!m_session) {
        show_library();
        return;
    }
    const Session& ses = *m_session;
    const Scenario& sc = ses.scenario();
    const Palette& p = palette();
    const UiStrings& s = m_strings;
    const std::string& lang = m_settings.lang;
    const float e = em();
    const ImGuiStyle& style = ImGui::GetStyle();
    if (v.debrief_scroll_top) {
        ImGui::SetScrollY(0);
        v.debrief_scroll_top = false;
    }
    const Result r = ses.result();
    const float full_w = ImGui::GetContentRegionAvail().x;
    const float gap = e * 1.2f;
    const std::vector<KeyMoment> moments = key_moments(ses, lang);

    enum class Act { None, Again, Rewind, Library, Popup, History } act = Act::None;
    int rewind_turn = -1;
    auto action_row = [&](const char* id) {
        ImGui::PushID(id);
        if (ui::button(s("debrief.again"), ImVec2(0, 0), ui::Tone::Primary)) act = Act::Again;
        if (std::string(id) == "top") ImGui::SetItemDefaultFocus();  // keyboard focus starts here
        ImGui::SameLine();
        if (!moments.empty() && ui::button(s("debrief.rewind"))) act = Act::Popup;
        ImGui::SameLine();
        if (ui::button(s("common.library"))) act = Act::Library;
        if (std::string(id) == "top") {
            // The report, from the top too: made, then shown where it is (below the reflection).
            ImGui::SameLine();
            if (ui::button(s("results.report"))) {
                write_report();
                v.scroll_to_portfolio = 3;
            }
        }
        if (m_store) {
            ImGui::SameLine();
            if (ui::button(s("history.open"))) act = Act::History;
        }
        ImGui::PopID();
    };

    // [SECTION] header
    ui::text_muted(s.fmt("debrief.label", {tr_scn(sc.title)}));
    ui::space(0.2f);
    {
        const bool ended = r.outcome == Outcome::Good || r.outcome == Outcome::Mixed || r.outcome == Outcome::Bad;
        ui::Card card(full_w, ended ? outcome_color(r.outcome, true) : p.surface, ended || r.outcome == Outcome::Failed ? outcome_color(r.outcome, false) : p.border, 1.3f);
        std::string title = ending_title(ses, lang);
        if (title.empty()) title = outcome_words(s, r.outcome);
        ui::text(title, fonts().title);
        ui::pill(outcome_words(s, r.outcome), outcome_color(r.outcome, false), p.high_contrast ? IM_COL32(0, 0, 0, 255) : IM_COL32(255, 255, 255, 255));
        const std::string text = ses.phase() == Phase::Ended && ses.current().arrival.at.kind == TargetRef::Kind::Ending ? ses.text_of(ses.current(), lang) : "";
        if (!text.empty()) {
            ui::space(0.2f);
            ui::text(text);
        }
        if (ses.phase() == Phase::Failed && ses.error()) ui::text(ses.error()->what(), fonts().small, p.bad);
        ui::space(0.3f);
        action_row("top");
    }
    ui::space(0.6f);

    // [SECTION] grade and competencies
    const float score_w = std::floor(std::clamp(full_w * 0.3f, e * 13, e * 20));
    const float comp_w = full_w - score_w - gap;
    const float row_top = ImGui::GetCursorScreenPos().y;
    float comp_h = 0;
    {
        // Competencies first (to know the row's height), drawn at the right.
        ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x + score_w + gap, row_top));
        ImGui::BeginGroup();
        ui::Card card(comp_w);
        ui::heading(s("debrief.competencies"));
        ui::space(0.2f);
        const float inner = card.inner_width();
        for (const CompetencyScore& c : r.competencies) {
            const int k = sc.competency_index(c.id);
            const Competency& comp = sc.competencies[size_t(k)];
            std::string label = comp.label.get(lang, sc.language);
            if (label.empty()) label = comp.id;
            const std::string pct = percent(c.percent);
            {
                // The label wraps left of the percentage, which sits at the right.
                const ImVec2 at = ImGui::GetCursorScreenPos();
                ImFont* bf = fonts().bold;
                const float pw = bf->CalcTextSizeA(bf->FontSize, FLT_MAX, 0, pct.c_str()).x;
                ImGui::PushTextWrapPos(ImGui::GetCursorPos().x + inner - pw - e);
                ui::text(label, bf);
                ImGui::PopTextWrapPos();
                ImGui::GetWindowDrawList()->AddText(bf, bf->FontSize, ImVec2(at.x + inner - pw, at.y), grade_color(grade_for(sc, c.percent)), pct.c_str());
            }
            ui::bar(float(c.percent), ImVec2(inner, e * 0.6f), grade_color(grade_for(sc, c.percent)), p.neutral);
            ui::text_muted(s.fmt("debrief.points", {format_number(c.raw), format_number(c.max)}), fonts().small);
            ui::space(0.2f);
        }
        card.end();
        ImGui::EndGroup();
        comp_h = ImGui::GetItemRectSize().y;
    }
    const float after_row = ImGui::GetCursorScreenPos().y;
    ImGui::SetCursorScreenPos(ImVec2(ImGui::GetWindowPos().x + style.WindowPadding.x, row_top));
    {
        ImGui::BeginGroup();
        ui::Card card(score_w, 0, 0, 1.3f, comp_h);
        ui::heading(s("debrief.result"));
        ui::space(0.3f);
        ImGui::PushFont(fonts().big);
        ImGui::PushStyleColor(ImGuiCol_Text, grade_color(r.grade));
        ImGui::TextUnformatted(grade_words(s, r.grade).c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();
        ui::text(s.fmt("debrief.overall", {percent(r.overall)}), fonts().bold);
        ui::bar(float(r.overall), ImVec2(card.inner_width(), e * 0.8f), grade_color(r.grade), p.neutral);
        ui::space(0.2f);
        ui::text_muted(s.fmt("debrief.thresholds", {percent(sc.grading.pass), percent(sc.grading.good)}), fonts().small);
        if (!sc.max_exact) ui::text_muted(s("debrief.max_estimated"), fonts().small);
        card.end();
        ImGui::EndGroup();
    }
    ImGui::SetCursorScreenPos(ImVec2(ImGui::GetWindowPos().x + style.WindowPadding.x, std::max(after_row, ImGui::GetCursorScreenPos().y)));
    ui::space(0.6f);

    // [SECTION] meters over the turns
    const std::vector<MeterSeries> series = meter_series(ses, lang);
    if (!series.empty()) {
        ui::Card card(full_w);
        ui::heading(s("debrief.chart"));
        ui::text_muted(s("debrief.chart_text"), fonts().small);
        ui::space(0.3f);
        meter_chart(series, ses, card.inner_width(), e * 12, s);
        // Legend.
        for (size_t k = 0; k < series.size(); ++k) {
            if (k > 0) ImGui::SameLine(0, e * 1.5f);
            const ImVec2 a = ImGui::GetCursorScreenPos();
            ImGui::Dummy(ImVec2(e * 1.4f, e));
            ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(a.x, a.y + e * 0.35f), ImVec2(a.x + e * 1.1f, a.y + e * 0.65f),
                                                      p.chart[size_t(series[k].meter) % 6], e * 0.15f);
            ImGui::SameLine(0, e * 0.3f);
            ImGui::TextUnformatted(series[k].label.c_str());
        }
    }
    ui::space(0.6f);

    // [SECTION] key moments
    {
        ui::Card card(full_w);
        ui::heading(s("debrief.moments"));
        ui::text_muted(s("debrief.moments_text"), fonts().small);
        if (moments.empty()) ui::text_muted(s("debrief.no_moments"));
        const float inner = card.inner_width();
        for (size_t i = 0; i < moments.size(); ++i) {
            const KeyMoment& m = moments[i];
            ImGui::PushID(int(i));
            ui::space(0.4f);
            {
                const ImVec2 a = ImGui::GetCursorScreenPos();
                ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(a.x, std::floor(a.y)), ImVec2(a.x + inner, std::floor(a.y) + 1), p.border);
                ImGui::Dummy(ImVec2(inner, 1));
            }
            ui::space(0.3f);
            ui::text(s.fmt("debrief.moment", {std::to_string(i + 1)}), fonts().small, p.text_muted);
            if (!m.prompt.empty()) {
                std::string said = m.who.empty() ? m.prompt : m.who + ": \xE2\x80\x9C" + m.prompt + "\xE2\x80\x9D";
                ui::text(said, fonts().italic, p.text_muted);
            }
            ui::space(0.15f);
            const std::string you = m.timed_out ? std::string(s("debrief.you_were_silent")) : s.fmt("debrief.you_said", {m.chosen});
            ui::text(you, fonts().bold);
            if (!m.feedback.empty()) {
                const ImVec2 a = ImGui::GetCursorScreenPos();
                ImGui::Indent(e * 0.9f);
                ui::text(m.feedback);
                ImGui::Unindent(e * 0.9f);
                ImGui::GetWindowDrawList()->AddRectFilled(a, ImVec2(a.x + e * 0.22f, ImGui::GetItemRectMax().y), p.accent, e * 0.1f);
            }
            if (m.better_pos) {
                ui::space(0.15f);
                ui::Card better(inner, p.good_soft, p.good, 0.8f);
                ui::text(s.fmt("debrief.better", {m.better_text}), fonts().bold, p.text);
                if (!m.better_feedback.empty()) ui::text(m.better_feedback, fonts().small, p.text_muted);
            }
            ui::space(0.1f);
            std::string label = std::string("\xE2\x86\xB6  ") + s("debrief.retry_moment");
            ImGui::PushFont(fonts().small);
            if (ui::button(label.c_str(), ImVec2(0, 0), ui::Tone::Quiet)) {
                act = Act::Rewind;
                rewind_turn = m.turn;
            }
            ImGui::PopFont();
            ImGui::PopID();
        }
    }
    ui::space(0.6f);

    // [SECTION] best path
    {
        ui::Card card(full_w);
        ui::heading(s("debrief.best"));
        ui::text_muted(s("debrief.best_text"), fonts().small);
        ui::space(0.3f);
        if (!v.best_revealed) {
            if (ui::button(s("debrief.best_show"))) v.best_revealed = true;
        }
        if (v.best_revealed) {
            if (v.best_state == View::Best::Running || v.best_state == View::Best::Idle) {
                ui::text_muted(s("debrief.best_running"));
            } else if (v.best_state == View::Best::Failed || !v.best_session) {
                ui::text_muted(s("debrief.best_failed"));
            } else {
                const Session& bs = *v.best_session;
                const Result br = bs.result();
                const std::vector<TranscriptLine> lines = build_transcript(bs, lang);
                int n = 0;
                for (const TranscriptLine& l : lines) {
                    if (l.kind == TranscriptLine::Kind::Student) {
                        ++n;
                        ImGui::PushStyleColor(ImGuiCol_Text, p.accent_active);
                        ui::text(std::to_string(n) + ".  " + l.text, fonts().bold, p.high_contrast ? p.accent : p.accent_active);
                        ImGui::PopStyleColor();
                    } else if (l.kind == TranscriptLine::Kind::Silence) {
                        ++n;
                        ui::text(std::to_string(n) + ".  " + s("conversation.silence"), fonts().italic, p.accent_active);
                    } else if (l.kind == TranscriptLine::Kind::Ending) {
                        ui::space(0.2f);
                        ui::text(s.fmt("debrief.best_ending", {l.title, grade_words(s, br.grade), percent(br.overall)}), fonts().bold);
                    }
                }
                if (!v.best.exact) ui::text_muted(s("debrief.best_estimated"), fonts().small);
            }
        }
    }
    ui::space(0.6f);

    // [SECTION] reflection (Korthagen's ALACT cycle)
    {
        ui::Card card(full_w);
        ui::heading(s("reflection.title"));
        ui::text_muted(s("reflection.text"), fonts().small);
        const float inner = card.inner_width();
        static const char* phases[kReflectionPhases] = {"reflection.1", "reflection.2", "reflection.3", "reflection.4", "reflection.5"};
        static const char* prompts[kReflectionPhases] = {"reflection.1q", "reflection.2q", "reflection.3q", "reflection.4q", "reflection.5q"};
        for (int k = 0; k < kReflectionPhases; ++k) {
            ImGui::PushID(k);
            ui::space(0.3f);
            ui::text(std::to_string(k + 1) + ".  " + s(phases[k]), fonts().bold);
            ui::text_muted(s(prompts[k]));
            ImGui::PushStyleColor(ImGuiCol_FrameBg, p.surface_alt);
            ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, p.border_width);
            float wrap_w = inner - style.FramePadding.x * 2 - style.ScrollbarSize - e * 0.5f;
            const ImGuiID field = ImGui::GetID("##answer");
            ui::before_text_field(field);
            ImGui::InputTextMultiline("##answer", &v.reflection.answers[size_t(k)], ImVec2(inner, e * 4.2f), ImGuiInputTextFlags_CallbackEdit,
                                      wrap_on_edit, &wrap_w);
            ui::note_focusable(true, field);
            ImGui::PopStyleVar();
            ImGui::PopStyleColor();
            ImGui::PopID();
        }
        ui::space(0.4f);
        if (ui::button(s("reflection.save"), ImVec2(0, 0), ui::Tone::Primary, !v.reflection.empty())) {
            std::string where = keep_reflection();
            if (!where.empty()) v.reflection_saved = where;
        }
        if (!v.reflection_saved.empty()) {
            ImGui::SameLine();
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() + e * 0.4f);
            ui::text(s.fmt("reflection.saved", {v.reflection_saved}), fonts().small, p.good);
        }
    }
    ui::space(0.6f);

    // [SECTION] for the portfolio: the report (with the reflection) and the export
    {
        if (v.scroll_to_portfolio > 0) {
            // Show the reflection above it too when there is room.
            ImGui::SetScrollFromPosY(ImGui::GetCursorScreenPos().y - ImGui::GetWindowPos().y, 0.6f);
            --v.scroll_to_portfolio;
        }
        ui::Card card(full_w);
        ui::heading(s("results.portfolio"));
        ui::text_muted(s("results.portfolio_text"), fonts().small);
        ui::space(0.3f);
        if (ui::button(s("results.report"), ImVec2(0, 0), ui::Tone::Primary)) write_report();
        ImGui::SameLine();
        if (ui::button(s("results.export"))) write_export();
        if (!v.report_path.empty()) {
            ui::space(0.2f);
            ui::text(s.fmt("results.report_written", {v.report_path}), fonts().small, p.good);
            std::string label = std::string("\xE2\x86\x97  ") + s("results.open_report");  // ↗
            if (ui::button(label.c_str(), ImVec2(0, 0), ui::Tone::Quiet)) {
                // The student's browser shows it (xdg-open); SDL 2.0.14 and later.
                std::string why = "SDL_OpenURL";
#if SDL_VERSION_ATLEAST(2, 0, 14)
                const std::string url = "file://" + v.report_path;
                if (SDL_OpenURL(url.c_str()) == 0) why.clear();
                else why = SDL_GetError();
#endif
                if (!why.empty()) m_notice = s.fmt("results.not_opened", {why, v.report_path});
            }
        }
        if (!v.export_path.empty()) {
            ui::space(0.2f);
            ui::text(s.fmt("results.export_written", {v.export_path}), fonts().small, p.good);
        }
    }
    ui::space(0.8f);
    action_row("bottom");
    ui::space(0.5f);

    // [SECTION] back to a choice
    if (act == Act::Popup) ImGui::OpenPopup("##rewind");
    ImGui::SetNextWindowPos(ImVec2(ImGui::GetIO().DisplaySize.x * 0.5f, ImGui::GetIO().DisplaySize.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(e * 20, 0), ImVec2(std::min(e * 40, ImGui::GetIO().DisplaySize.x - 2 * e), ImGui::GetIO().DisplaySize.y * 0.8f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(e * 1.2f, e * 1.0f));
    if (ImGui::BeginPopup("##rewind")) {
        ui::heading(s("debrief.rewind_title"));
        ui::text_muted(s("debrief.rewind_text"), fonts().small);
        ui::space(0.2f);
        for (size_t i = 0; i < moments.size(); ++i) {
            const KeyMoment& m = moments[i];
            std::string label = std::to_string(i + 1) + ".  " + (m.timed_out ? std::string(s("conversation.silence")) : m.chosen);
            if (label.size() > 90) label = label.substr(0, 87) + "...";
            ImGui::PushID(int(i));
            bool picked = ImGui::Selectable(label.c_str());
            ui::note_focusable();
            if (picked || ui::item_entered()) {
                act = Act::Rewind;
                rewind_turn = m.turn;
                ImGui::CloseCurrentPopup();
            }
            ImGui::PopID();
        }
        ImGui::EndPopup();
    }
    ImGui::PopStyleVar();

    if (escape_pressed() && !ImGui::IsPopupOpen("##rewind")) act = Act::Library;
    switch (act) {
        case Act::Again: restart(); break;
        case Act::Rewind: rewind(rewind_turn); break;
        case Act::Library: show_library(); break;
        case Act::History: show_history(); break;
        case Act::Popup:
        case Act::None: break;
    }
}

}  // namespace lab
