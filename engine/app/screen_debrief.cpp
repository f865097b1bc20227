#include "screen_debrief.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

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

// A full-width line of the card's border colour.
void rule(float w) {
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(a.x, std::floor(a.y)), ImVec2(a.x + w, std::floor(a.y) + 1), palette().border);
    ImGui::Dummy(ImVec2(w, 1));
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

// What the student asked for; the buttons write into it as they are drawn.
struct Asked {
    Commands now;                 // in the order given (report, export, reflection)
    std::optional<Command> act;   // where to go next: the last of again, rewind, library, history
    bool rewind_popup = false;    // instead: "back to a choice" opens its list
    void then(Command c) {
        act = std::move(c);
        rewind_popup = false;
    }
    void open_rewind_list() {
        act.reset();
        rewind_popup = true;
    }
};

// [SECTION] header: the ending, and what to do next

// Again, back to a choice, library (and at the top the report), history.
void action_row(DebriefScreen& st, const DebriefScreen::Model& m, bool top, bool any_moment, Asked& asked, const ViewContext& cx) {
    const UiStrings& s = cx.strings;
    ui::Id id(top ? "top" : "bottom");
    if (ui::button(s("debrief.again"), ImVec2(0, 0), ui::Tone::Primary)) asked.then(Command::Restart{});
    if (top) ImGui::SetItemDefaultFocus();  // keyboard focus starts here
    ImGui::SameLine();
    if (any_moment && ui::button(s("debrief.rewind"))) asked.open_rewind_list();
    ImGui::SameLine();
    if (ui::button(s("common.library"))) asked.then(Command::Show{Screen::Library});
    if (top) {
        // The report, from the top too: made, then shown where it is (below the reflection).
        ImGui::SameLine();
        if (ui::button(s("results.report"))) {
            asked.now.push_back(Command::WriteReport{});
            st.scroll_to_portfolio = 3;
        }
    }
    if (m.recording) {
        ImGui::SameLine();
        if (ui::button(s("history.open"))) asked.then(Command::Show{Screen::History});
    }
}

void header(DebriefScreen& st, const DebriefScreen::Model& m, const Result& r, bool any_moment, float full_w, Asked& asked, const ViewContext& cx) {
    const Session& ses = m.session;
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    ui::text_muted(s.fmt("debrief.label", {m.title}));
    ui::space(0.2f);
    const bool ended = r.outcome == Outcome::Good || r.outcome == Outcome::Mixed || r.outcome == Outcome::Bad;
    ui::Card card(full_w, ended ? outcome_color(r.outcome, true) : p.surface, ended || r.outcome == Outcome::Failed ? outcome_color(r.outcome, false) : p.border, 1.3f);
    std::string title = ending_title(ses, cx.lang);
    if (title.empty()) title = outcome_words(s, r.outcome);
    ui::text(title, fonts().title);
    ui::pill(outcome_words(s, r.outcome), outcome_color(r.outcome, false), p.high_contrast ? IM_COL32(0, 0, 0, 255) : IM_COL32(255, 255, 255, 255));
    const std::string text = ses.phase() == Phase::Ended && ses.current().arrival.at.kind == TargetRef::Kind::Ending ? ses.text_of(ses.current(), cx.lang) : "";
    if (!text.empty()) {
        ui::space(0.2f);
        ui::text(text);
    }
    if (ses.phase() == Phase::Failed && ses.error()) ui::text(ses.error()->what(), fonts().small, p.bad);
    ui::space(0.3f);
    action_row(st, m, true, any_moment, asked, cx);
}

// [SECTION] grade and competencies

// One competency: its label (wrapped left of the percentage), a bar, the points.
void competency_row(const Scenario& sc, const CompetencyScore& c, float inner, const ViewContext& cx) {
    const Palette& p = palette();
    const float e = em();
    const Competency& comp = sc.competencies[size_t(sc.competency_index(c.id))];
    std::string label = comp.label.get(cx.lang, sc.language);
    if (label.empty()) label = comp.id;
    const std::string pct = percent(c.percent);
    {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImFont* bf = fonts().bold;
        const float pw = bf->CalcTextSizeA(bf->FontSize, FLT_MAX, 0, pct.c_str()).x;
        {
            ui::WrapPos wrap(ImGui::GetCursorPos().x + inner - pw - e);
            ui::text(label, bf);
        }
        ImGui::GetWindowDrawList()->AddText(bf, bf->FontSize, ImVec2(at.x + inner - pw, at.y), grade_color(grade_for(sc, c.percent)), pct.c_str());
    }
    ui::bar(float(c.percent), ImVec2(inner, e * 0.6f), grade_color(grade_for(sc, c.percent)), p.neutral);
    ui::text_muted(cx.strings.fmt("debrief.points", {format_number(c.raw), format_number(c.max)}), fonts().small);
    ui::space(0.2f);
}

// The grade card at the left and the competencies at the right, equally high.
void scores(const Scenario& sc, const Result& r, float full_w, const ViewContext& cx) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float e = em();
    const float gap = e * 1.2f;
    const float score_w = std::floor(std::clamp(full_w * 0.3f, e * 13, e * 20));
    const float comp_w = full_w - score_w - gap;
    const float row_top = ImGui::GetCursorScreenPos().y;
    float comp_h = 0;
    {
        // Competencies first (to know the row's height), drawn at the right.
        ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x + score_w + gap, row_top));
        ui::Group group;
        ui::Card card(comp_w);
        ui::heading(s("debrief.competencies"));
        ui::space(0.2f);
        for (const CompetencyScore& c : r.competencies) competency_row(sc, c, card.inner_width(), cx);
        card.end();
        group.end();
        comp_h = ImGui::GetItemRectSize().y;
    }
    const float after_row = ImGui::GetCursorScreenPos().y;
    ImGui::SetCursorScreenPos(ImVec2(ImGui::GetWindowPos().x + style.WindowPadding.x, row_top));
    {
        ui::Group group;
        ui::Card card(score_w, 0, 0, 1.3f, comp_h);
        ui::heading(s("debrief.result"));
        ui::space(0.3f);
        {
            ui::Font big(fonts().big);
            ui::Style color(ImGuiCol_Text, grade_color(r.grade));
            ImGui::TextUnformatted(grade_words(s, r.grade).c_str());
        }
        ui::text(s.fmt("debrief.overall", {percent(r.overall)}), fonts().bold);
        ui::bar(float(r.overall), ImVec2(card.inner_width(), e * 0.8f), grade_color(r.grade), p.neutral);
        ui::space(0.2f);
        ui::text_muted(s.fmt("debrief.thresholds", {percent(sc.grading.pass), percent(sc.grading.good)}), fonts().small);
        if (!sc.max_exact) ui::text_muted(s("debrief.max_estimated"), fonts().small);
    }
    ImGui::SetCursorScreenPos(ImVec2(ImGui::GetWindowPos().x + style.WindowPadding.x, std::max(after_row, ImGui::GetCursorScreenPos().y)));
}

// [SECTION] meters over the turns

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

void meters_card(const Session& ses, float full_w, const ViewContext& cx) {
    const std::vector<MeterSeries> series = meter_series(ses, cx.lang);
    if (series.empty()) return;
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    const float e = em();
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
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(a.x, a.y + e * 0.35f), ImVec2(a.x + e * 1.1f, a.y + e * 0.65f), p.chart[size_t(series[k].meter) % 6],
                                                  e * 0.15f);
        ImGui::SameLine(0, e * 0.3f);
        ImGui::TextUnformatted(series[k].label.c_str());
    }
}

// [SECTION] key moments

// One decision: what was said, what the student said, its feedback, a
// better option when there was one, and "try this moment again".
void moment_row(const KeyMoment& m, size_t i, float inner, Asked& asked, const ViewContext& cx) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    const float e = em();
    ui::Id id{int(i)};
    ui::space(0.4f);
    rule(inner);
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
    ui::Font font(fonts().small);
    if (ui::button(label.c_str(), ImVec2(0, 0), ui::Tone::Quiet)) asked.then(Command::Rewind{m.turn});
}

void moments_card(const std::vector<KeyMoment>& moments, float full_w, Asked& asked, const ViewContext& cx) {
    const UiStrings& s = cx.strings;
    ui::Card card(full_w);
    ui::heading(s("debrief.moments"));
    ui::text_muted(s("debrief.moments_text"), fonts().small);
    if (moments.empty()) ui::text_muted(s("debrief.no_moments"));
    for (size_t i = 0; i < moments.size(); ++i) moment_row(moments[i], i, card.inner_width(), asked, cx);
}

// [SECTION] best path

// The choices of the best path, numbered, and where it ends.
void best_path_lines(const BestPathSearch& best, const ViewContext& cx) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    const Session& bs = *best.played;
    const Result br = bs.result();
    int n = 0;
    for (const TranscriptLine& l : build_transcript(bs, cx.lang)) {
        if (l.kind == TranscriptLine::Kind::Student) {
            ++n;
            ui::Style color(ImGuiCol_Text, p.accent_active);
            ui::text(std::to_string(n) + ".  " + l.text, fonts().bold, p.high_contrast ? p.accent : p.accent_active);
        } else if (l.kind == TranscriptLine::Kind::Silence) {
            ++n;
            ui::text(std::to_string(n) + ".  " + s("conversation.silence"), fonts().italic, p.accent_active);
        } else if (l.kind == TranscriptLine::Kind::Ending) {
            ui::space(0.2f);
            ui::text(s.fmt("debrief.best_ending", {l.title, grade_words(s, br.grade), percent(br.overall)}), fonts().bold);
        }
    }
    if (!best.best.exact) ui::text_muted(s("debrief.best_estimated"), fonts().small);
}

void best_path_card(DebriefScreen& st, const BestPathSearch& best, float full_w, const ViewContext& cx) {
    const UiStrings& s = cx.strings;
    ui::Card card(full_w);
    ui::heading(s("debrief.best"));
    ui::text_muted(s("debrief.best_text"), fonts().small);
    ui::space(0.3f);
    if (!st.best_revealed) {
        if (ui::button(s("debrief.best_show"))) st.best_revealed = true;
    }
    if (!st.best_revealed) return;
    if (best.state == BestPathSearch::State::Running || best.state == BestPathSearch::State::Idle) ui::text_muted(s("debrief.best_running"));
    else if (best.state == BestPathSearch::State::Failed || !best.played) ui::text_muted(s("debrief.best_failed"));
    else best_path_lines(best, cx);
}

// [SECTION] reflection (Korthagen's ALACT cycle)

void reflection_card(DebriefScreen& st, const DebriefScreen::Model& m, float full_w, Asked& asked, const ViewContext& cx) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float e = em();
    ui::Card card(full_w);
    ui::heading(s("reflection.title"));
    ui::text_muted(s("reflection.text"), fonts().small);
    const float inner = card.inner_width();
    static const char* phases[kReflectionPhases] = {"reflection.1", "reflection.2", "reflection.3", "reflection.4", "reflection.5"};
    static const char* prompts[kReflectionPhases] = {"reflection.1q", "reflection.2q", "reflection.3q", "reflection.4q", "reflection.5q"};
    for (int k = 0; k < kReflectionPhases; ++k) {
        ui::Id id(k);
        ui::space(0.3f);
        ui::text(std::to_string(k + 1) + ".  " + s(phases[k]), fonts().bold);
        ui::text_muted(s(prompts[k]));
        ui::Style field_look(ImGuiCol_FrameBg, p.surface_alt);
        field_look.var(ImGuiStyleVar_FrameBorderSize, p.border_width);
        float wrap_w = inner - style.FramePadding.x * 2 - style.ScrollbarSize - e * 0.5f;
        const ImGuiID field = ImGui::GetID("##answer");
        ui::before_text_field(field);
        ImGui::InputTextMultiline("##answer", &st.reflection.answers[size_t(k)], ImVec2(inner, e * 4.2f), ImGuiInputTextFlags_CallbackEdit, wrap_on_edit,
                                  &wrap_w);
        ui::note_focusable(true, field);
    }
    ui::space(0.4f);
    if (ui::button(s("reflection.save"), ImVec2(0, 0), ui::Tone::Primary, !st.reflection.empty())) asked.now.push_back(Command::SaveReflection{});
    if (!m.files.reflection.empty()) {
        ImGui::SameLine();
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + e * 0.4f);
        ui::text(s.fmt("reflection.saved", {m.files.reflection}), fonts().small, p.good);
    }
}

// [SECTION] for the portfolio: the report (with the reflection) and the export

void portfolio_card(DebriefScreen& st, const AttemptFiles& files, float full_w, Asked& asked, const ViewContext& cx) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    if (st.scroll_to_portfolio > 0) {
        // Show the reflection above it too when there is room.
        ImGui::SetScrollFromPosY(ImGui::GetCursorScreenPos().y - ImGui::GetWindowPos().y, 0.6f);
        --st.scroll_to_portfolio;
    }
    ui::Card card(full_w);
    ui::heading(s("results.portfolio"));
    ui::text_muted(s("results.portfolio_text"), fonts().small);
    ui::space(0.3f);
    if (ui::button(s("results.report"), ImVec2(0, 0), ui::Tone::Primary)) asked.now.push_back(Command::WriteReport{});
    ImGui::SameLine();
    if (ui::button(s("results.export"))) asked.now.push_back(Command::WriteExport{});
    if (!files.report.empty()) {
        ui::space(0.2f);
        ui::text(s.fmt("results.report_written", {files.report}), fonts().small, p.good);
        std::string label = std::string("\xE2\x86\x97  ") + s("results.open_report");  // ↗
        if (ui::button(label.c_str(), ImVec2(0, 0), ui::Tone::Quiet)) asked.now.push_back(Command::OpenReport{files.report});
    }
    if (!files.exported.empty()) {
        ui::space(0.2f);
        ui::text(s.fmt("results.export_written", {files.exported}), fonts().small, p.good);
    }
}

// [SECTION] back to a choice: the list of moments

void rewind_popup(const std::vector<KeyMoment>& moments, bool open, Asked& asked, const ViewContext& cx) {
    const UiStrings& s = cx.strings;
    const ImGuiIO& io = ImGui::GetIO();
    const float e = em();
    if (open) ImGui::OpenPopup("##rewind");
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(e * 20, 0), ImVec2(std::min(e * 40, io.DisplaySize.x - 2 * e), io.DisplaySize.y * 0.8f));
    ui::Style pad(ImGuiStyleVar_WindowPadding, ImVec2(e * 1.2f, e * 1.0f));
    if (!ImGui::BeginPopup("##rewind")) return;
    ui::heading(s("debrief.rewind_title"));
    ui::text_muted(s("debrief.rewind_text"), fonts().small);
    ui::space(0.2f);
    for (size_t i = 0; i < moments.size(); ++i) {
        const KeyMoment& m = moments[i];
        std::string label = std::to_string(i + 1) + ".  " + (m.timed_out ? std::string(s("conversation.silence")) : m.chosen);
        if (label.size() > 90) label = label.substr(0, 87) + "...";
        ui::Id id{int(i)};
        bool picked = ImGui::Selectable(label.c_str());
        ui::note_focusable();
        if (picked || ui::item_entered()) {
            asked.then(Command::Rewind{m.turn});
            ImGui::CloseCurrentPopup();
        }
    }
    ImGui::EndPopup();
}

}  // namespace

// [SECTION] the screen

Commands DebriefScreen::draw(const Model& m, const ViewContext& cx) {
    const Session& ses = m.session;
    if (scroll_top) {
        ImGui::SetScrollY(0);
        scroll_top = false;
    }
    const Result r = ses.result();
    const float full_w = ImGui::GetContentRegionAvail().x;
    const std::vector<KeyMoment> moments = key_moments(ses, cx.lang);
    Asked asked;

    header(*this, m, r, !moments.empty(), full_w, asked, cx);
    ui::space(0.6f);
    scores(ses.scenario(), r, full_w, cx);
    ui::space(0.6f);
    meters_card(ses, full_w, cx);
    ui::space(0.6f);
    moments_card(moments, full_w, asked, cx);
    ui::space(0.6f);
    best_path_card(*this, m.best, full_w, cx);
    ui::space(0.6f);
    reflection_card(*this, m, full_w, asked, cx);
    ui::space(0.6f);
    portfolio_card(*this, m.files, full_w, asked, cx);
    ui::space(0.8f);
    action_row(*this, m, false, !moments.empty(), asked, cx);
    ui::space(0.5f);
    rewind_popup(moments, asked.rewind_popup, asked, cx);

    if (escape_pressed() && !ImGui::IsPopupOpen("##rewind")) asked.then(Command::Show{Screen::Library});
    Commands out = std::move(asked.now);
    if (asked.act) out.push_back(std::move(*asked.act));
    return out;
}

}  // namespace lab
