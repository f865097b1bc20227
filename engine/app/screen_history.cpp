#include "screen_history.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <optional>

#include "fonts.h"
#include "theme.h"
#include "widgets.h"

namespace lab {

namespace {

// [SECTION] drawing helpers

// "+12%", "−5%" (a real minus), "±0%".
std::string signed_percent(double d) {
    const long n = std::lround(d * 100);
    if (n > 0) return "+" + std::to_string(n) + "%";
    if (n < 0) return "\xE2\x88\x92" + std::to_string(-n) + "%";
    return "\xC2\xB1" "0%";
}

std::string signed_number(double d) {
    if (d > 0) return "+" + format_number(d);
    if (d < 0) return "\xE2\x88\x92" + format_number(-d);
    return "0";
}

ImU32 grade_color(std::optional<Grade> grade) {
    const Palette& p = palette();
    if (!grade) return p.text_muted;
    if (grade == Grade::Good) return p.good;
    if (grade == Grade::Sufficient) return p.accent;
    return p.bad;
}

// `text` cut to `width` pixels in `font`, ending in "…" when cut.
std::string fit(ImFont* font, const std::string& text, float width) {
    auto w = [&](const std::string& t) { return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, t.c_str()).x; };
    if (w(text) <= width) return text;
    std::string t = text;
    while (!t.empty() && w(t + "\xE2\x80\xA6") > width) {
        t.pop_back();
        while (!t.empty() && (static_cast<unsigned char>(t.back()) & 0xC0) == 0x80) t.pop_back();
        if (!t.empty() && (static_cast<unsigned char>(t.back()) & 0xC0) == 0xC0) t.pop_back();
    }
    return t + "\xE2\x80\xA6";
}

void dashed_line(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 col, float dash, float thickness) {
    const float len = b.x - a.x;
    for (float x = 0; x < len; x += dash * 2) dl->AddLine(ImVec2(a.x + x, a.y), ImVec2(a.x + std::min(len, x + dash), b.y), col, thickness);
}

// A mode's marker: a circle for practice, a square for a test.
void marker(ImDrawList* dl, ImVec2 c, float r, bool test, ImU32 col) {
    if (test) dl->AddRectFilled(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), col, r * 0.25f);
    else dl->AddCircleFilled(c, r, col, 20);
}

// The overall score of each finished attempt, oldest left; the grade
// thresholds as faint dotted lines (their values on the axis); selected
// attempts ringed. The legend (legend_line) explains markers and lines.
void score_chart(const std::vector<ChartPoint>& pts, const std::vector<int64_t>& selected, double pass, double good, float w, float h,
                 const UiStrings& s) {
    const Palette& p = palette();
    const float e = em();
    ImFont* f = fonts().small;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(w, h));
    auto size = [&](const std::string& t) { return f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, t.c_str()); };
    const char* axis = s("history.chart_axis");
    const float left = a.x + std::max(size("100%").x, size(axis).x) + e * 0.5f, right = a.x + w - e * 0.3f;
    const float top = a.y + e * 1.3f, bottom = a.y + h - e * 1.4f;
    auto ypos = [&](double v) { return bottom - (bottom - top) * float(std::clamp(v, 0.0, 1.0)); };
    // Axis values: 0% and 100%, and the thresholds in their colours
    // (moved apart when they are close).
    const float lh = size("0%").y;
    float y_pass = ypos(pass), y_good = ypos(good);
    if (y_pass - y_good < lh) {
        const float mid = (y_pass + y_good) * 0.5f;
        y_pass = mid + lh * 0.5f;
        y_good = mid - lh * 0.5f;
    }
    struct Tick { double v; float label_y; ImU32 col; };
    for (const Tick& t : {Tick{0, ypos(0), p.text_muted}, Tick{1, ypos(1), p.text_muted}, Tick{pass, y_pass, p.high_contrast ? p.accent : p.accent_active},
                          Tick{good, y_good, p.good}}) {
        const std::string l = percent(t.v);
        dl->AddText(f, f->FontSize, ImVec2(left - size(l).x - e * 0.35f, t.label_y - lh * 0.5f), t.col, l.c_str());
    }
    dl->AddLine(ImVec2(left, ypos(0)), ImVec2(right, ypos(0)), p.text_muted, 1.5f);
    dl->AddLine(ImVec2(left, ypos(1)), ImVec2(right, ypos(1)), with_alpha(p.border, 0.9f), 1.0f);
    dashed_line(dl, ImVec2(left, ypos(pass)), ImVec2(right, ypos(pass)), with_alpha(p.accent, 0.6f), e * 0.35f, 1.5f);
    dashed_line(dl, ImVec2(left, ypos(good)), ImVec2(right, ypos(good)), with_alpha(p.good, 0.6f), e * 0.35f, 1.5f);
    dl->AddText(f, f->FontSize, ImVec2(left - size(axis).x - e * 0.35f, bottom + e * 0.3f), p.text_muted, axis);
    if (pts.empty()) {
        const char* none = s("history.chart_empty");
        dl->AddText(f, f->FontSize, ImVec2((left + right - size(none).x) * 0.5f, (top + bottom) * 0.5f - lh), p.text_muted, none);
        return;
    }
    const float pad = e * 1.2f;
    const size_t n = pts.size();
    auto xpos = [&](size_t i) { return n <= 1 ? (left + right) * 0.5f : left + pad + (right - left - 2 * pad) * float(i) / float(n - 1); };
    std::vector<ImVec2> line;
    for (size_t i = 0; i < n; ++i) line.push_back(ImVec2(xpos(i), ypos(pts[i].overall)));
    if (line.size() >= 2) dl->AddPolyline(line.data(), int(line.size()), with_alpha(p.text_muted, 0.8f), ImDrawFlags_None, 2.0f);
    // Labels thin out when the points are close: values need more room than numbers.
    const float step = n <= 1 ? FLT_MAX : (right - left - 2 * pad) / float(n - 1);
    const size_t every_value = std::max<size_t>(1, size_t(std::ceil((size("100%").x + e * 0.4f) / step)));
    const size_t every_number = std::max<size_t>(1, size_t(std::ceil((size("99").x + e * 0.6f) / step)));
    const float r = e * 0.33f;
    for (size_t i = 0; i < n; ++i) {
        const ChartPoint& pt = pts[i];
        const ImVec2 c = line[i];
        const bool sel = std::find(selected.begin(), selected.end(), pt.id) != selected.end();
        if (sel) dl->AddCircle(c, r + e * 0.3f, p.text, 24, 2.5f);
        marker(dl, c, r + 1.5f, pt.mode == Mode::Test, p.surface);
        marker(dl, c, r, pt.mode == Mode::Test, grade_color(pt.grade));
        const size_t from_end = n - 1 - i;  // the newest always labelled
        if (sel || from_end % every_value == 0) {
            const std::string v = percent(pt.overall);
            dl->AddText(f, f->FontSize, ImVec2(c.x - size(v).x * 0.5f, c.y - r - e * 0.35f - lh), p.text, v.c_str());
        }
        if (from_end % every_number == 0) {
            const std::string num = std::to_string(pt.number);
            dl->AddText(f, f->FontSize, ImVec2(c.x - size(num).x * 0.5f, bottom + e * 0.3f), p.text_muted, num.c_str());
        }
    }
}

// The chart's legend at the cursor: the modes' markers and the thresholds' lines.
void legend_line(const UiStrings& s) {
    const Palette& p = palette();
    const float e = em();
    ImFont* f = fonts().small;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float right_edge = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    for (int k = 0; k < 4; ++k) {
        std::string label = s(k == 0 ? "history.legend_practice" : k == 1 ? "history.legend_test" : k == 2 ? "history.pass_line" : "history.good_line");
        // Items flow like words: to the next line when this one does not fit.
        const float item_w = (k < 2 ? e * 0.8f : e * 1.4f) + e * 0.25f + f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, label.c_str()).x;
        if (k > 0) {
            ImGui::SameLine(0, e * 1.0f);
            if (ImGui::GetCursorScreenPos().x + item_w > right_edge) ImGui::NewLine();
        }
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float cy = at.y + f->FontSize * 0.55f;
        if (k < 2) {
            ImGui::Dummy(ImVec2(e * 0.8f, f->FontSize));
            marker(dl, ImVec2(at.x + e * 0.35f, cy), e * 0.28f, k == 1, p.text_muted);
        } else {
            ImGui::Dummy(ImVec2(e * 1.4f, f->FontSize));
            dashed_line(dl, ImVec2(at.x, cy), ImVec2(at.x + e * 1.3f, cy), k == 2 ? p.accent : p.good, e * 0.3f, 2.0f);
        }
        ImGui::SameLine(0, e * 0.25f);
        ui::text_muted(label, f);
    }
}

// What was said in one turn, the student's answer, its feedback and score changes.
void turn_lines(const TurnCell& c, float w, const UiStrings& s) {
    const Palette& p = palette();
    const float e = em();
    for (const SaidLine& l : c.said) {
        if (l.who.empty()) {
            ui::text(l.text, fonts().italic, p.narration);
        } else {
            ui::text(l.who, fonts().small, p.text_muted);
            ui::text(l.text);
        }
    }
    if (c.decided) {
        ui::space(0.15f);
        const ImU32 you = p.high_contrast ? p.accent : p.accent_active;
        if (c.silence) {
            ui::text(s("history.silence"), fonts().italic, you);
        } else {
            ui::text(s("conversation.you"), fonts().small, p.text_muted);
            ui::text(c.answer, fonts().bold, you);
        }
    }
    if (!c.feedback.empty()) {
        const ImVec2 a = ImGui::GetCursorScreenPos();
        ImGui::Indent(e * 0.7f);
        {
            ui::WrapPos wrap(ImGui::GetCursorPos().x + w - e * 0.7f);
            ui::text(c.feedback, fonts().small, p.text_muted);
        }
        ImGui::Unindent(e * 0.7f);
        ImGui::GetWindowDrawList()->AddRectFilled(a, ImVec2(a.x + e * 0.18f, ImGui::GetItemRectMax().y), p.accent, e * 0.1f);
    }
    if (!c.deltas.empty()) {
        std::string d;
        for (const auto& [label, delta] : c.deltas) d += (d.empty() ? "" : "  \xC2\xB7  ") + label + " " + signed_number(delta);
        ui::text(d, fonts().small, p.text_muted);
    }
}

// One turn of one attempt, `w` pixels wide, at the cursor.
void turn_cell(const TurnCell& c, float w, const UiStrings& s) {
    ui::Group group;
    ImGui::Dummy(ImVec2(w, 0.0f));  // the group is at least `w` wide
    ui::WrapPos wrap(ImGui::GetCursorPos().x + w);
    if (c.present) turn_lines(c, w, s);
    else ui::text(s("history.missing"), fonts().italic, palette().text_muted);
}


// [SECTION] top: the title, whose attempts, the way back

// True when the student goes back.
bool top(const HistoryScreen::Model& m, const ViewContext& cx, Commands& out) {
    const UiStrings& s = cx.strings;
    const float e = em();
    if (back_button(s("history.back")) || escape_pressed()) {
        out.push_back(Command::Back{});
        return true;
    }
    ui::text(s.fmt("history.title", {m.entry.display_title(cx.lang)}), fonts().title);
    std::string who = m.all_names ? s("history.of_everyone")
                      : m.student.empty() ? s("history.of_nobody")
                                          : s.fmt("history.of_student", {m.student});
    if (!m.all_names && m.history.other_names > 0) who += "  \xC2\xB7  " + s.fmt("history.other_names", {std::to_string(m.history.other_names)});
    ui::text_muted(who);
    if (m.all_names || m.history.other_names > 0) {
        ImGui::SameLine(0, e * 0.8f);
        if (ui::chip(s(m.all_names ? "history.show_mine" : "history.show_all"), false)) out.push_back(Command::ShowAllNames{!m.all_names});
    }
    return false;
}

// [SECTION] left: the chart and the list

// The ending's title as the scenario says it now, else the outcome in words.
std::string ending_words(const Scenario* sc, const AttemptSummary& a, const ViewContext& cx) {
    if (sc && !a.ending.empty())
        for (const Ending& x : sc->endings)
            if (x.id == a.ending && !x.title.fixed.empty()) return interpolate_text(*sc, x.title.fixed.get(cx.lang, sc->language), cx.lang);
    return std::string(cx.strings(("outcome." + a.outcome).c_str()));
}

// One attempt as a row of the list, `w` wide; true when it was picked.
bool attempt_row(const HistoryItem& it, size_t i, bool sel, const Scenario* sc, float w, const ViewContext& cx) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    const float e = em();
    const AttemptSummary& a = it.summary;
    ImFont* bf = fonts().bold;
    ImFont* sf = fonts().small;
    const float pad = e * 0.55f;
    const float row_h = bf->FontSize + sf->FontSize + e * 0.4f + pad * 2 + e * 0.3f;
    ui::Id id{int(i)};
    const ImVec2 at = ImGui::GetCursorScreenPos();
    bool pressed = ImGui::InvisibleButton("##row", ImVec2(w, row_h));
    ui::note_focusable();
    if (i == 0) ImGui::SetItemDefaultFocus();
    if (ui::item_entered()) pressed = true;
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 b(at.x + w, at.y + row_h);
    const float r = e * 0.6f;
    dl->AddRectFilled(at, b, sel ? p.accent_soft : hovered ? p.surface_alt : p.surface, r);
    dl->AddRect(at, b, sel ? p.accent : p.border, r, 0, sel ? 2.0f : p.border_width);
    ui::focus_ring(at, b, r);
    const bool finished = a.status == AttemptStatus::Finished;
    // Line 1: which attempt and when; the overall score at the right.
    float x = at.x + pad;
    const float y1 = at.y + pad;
    if (sel) {
        dl->AddText(bf, bf->FontSize, ImVec2(x, y1), p.accent, "\xE2\x9C\x93");  // ✓
        x += bf->CalcTextSizeA(bf->FontSize, FLT_MAX, 0, "\xE2\x9C\x93").x + e * 0.35f;
    }
    const std::string name = s.fmt("history.attempt", {std::to_string(it.number)});
    dl->AddText(bf, bf->FontSize, ImVec2(x, y1), p.text, name.c_str());
    x += bf->CalcTextSizeA(bf->FontSize, FLT_MAX, 0, name.c_str()).x;
    const std::string when = "  \xC2\xB7  " + when_text(a.started_ms, cx.lang, unix_ms_now());
    const std::string score = finished ? percent(a.overall) : "\xE2\x80\x94";  // —
    const float score_w = bf->CalcTextSizeA(bf->FontSize, FLT_MAX, 0, score.c_str()).x;
    dl->AddText(bf, bf->FontSize, ImVec2(x, y1), p.text_muted, fit(bf, when, b.x - pad - score_w - e - x).c_str());
    dl->AddText(bf, bf->FontSize, ImVec2(b.x - pad - score_w, y1), finished ? grade_color(a.grade) : p.text_muted, score.c_str());
    // Line 2: mode and grade as pills, then the ending and the turns.
    ImGui::SetCursorScreenPos(ImVec2(at.x + pad, y1 + bf->FontSize + e * 0.3f));
    ui::pill(s(a.mode == Mode::Test ? "mode.test" : "mode.practice"), p.neutral, p.text);
    ImGui::SameLine(0, e * 0.35f);
    if (finished) ui::pill(grade_words(s, a.grade), grade_color(a.grade), p.high_contrast ? IM_COL32(0, 0, 0, 255) : IM_COL32(255, 255, 255, 255));
    else ui::pill(s("history.unfinished"), p.mixed_soft, p.text);
    {
        const ImVec2 c(ImGui::GetItemRectMax().x + e * 0.5f, ImGui::GetItemRectMin().y);
        std::string rest = (finished ? ending_words(sc, a, cx) + "  \xC2\xB7  " : std::string()) +
                           (a.turns == 1 ? std::string(s("history.turns_one")) : s.fmt("history.turns", {std::to_string(a.turns)}));
        dl->AddText(sf, sf->FontSize, ImVec2(c.x, c.y + e * 0.2f), p.text_muted, fit(sf, rest, b.x - pad - c.x).c_str());
    }
    ImGui::SetCursorScreenPos(ImVec2(at.x, b.y));
    ImGui::Dummy(ImVec2(w, 1.0f));
    return pressed;
}

// The chart of the overall score, and the attempts to pick two of.
void attempts_column(const HistoryScreen::Model& m, const Scenario* sc, bool two_cols, Commands& out, const ViewContext& cx) {
    const UiStrings& s = cx.strings;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float e = em();
    const double pass = sc ? sc->grading.pass : 0.55, good = sc ? sc->grading.good : 0.80;
    const float w = ImGui::GetContentRegionAvail().x - (two_cols && ImGui::GetScrollMaxY() > 0 ? style.ScrollbarSize : 0);
    {
        ui::Card card(w, 0, 0, 0.9f);
        ui::heading(s("history.chart"));
        score_chart(chart_points(m.history), m.selected, pass, good, card.inner_width(), e * 7.5f, s);
        legend_line(s);
    }
    ui::space(0.5f);
    ui::text(s("history.list"), fonts().heading);
    ImGui::SameLine(0, e * 0.8f);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (fonts().heading->FontSize - fonts().small->FontSize) * 0.6f);
    ui::text_muted(s("history.list_hint"), fonts().small);
    for (size_t i = 0; i < m.history.items.size(); ++i) {
        const int64_t id = m.history.items[i].summary.id;
        const bool sel = std::find(m.selected.begin(), m.selected.end(), id) != m.selected.end();
        if (attempt_row(m.history.items[i], i, sel, sc, w, cx)) out.push_back(Command::ToggleAttempt{id});
    }
}

// [SECTION] right: two attempts side by side

// The attempt's number in the list ("?" when not listed) and when it began.
std::string number_of(const History& h, int64_t id) {
    for (const HistoryItem& it : h.items)
        if (it.summary.id == id) return std::to_string(it.number);
    return std::string("?");
}

int64_t started_of(const History& h, int64_t id) {
    for (const HistoryItem& it : h.items)
        if (it.summary.id == id) return it.summary.started_ms;
    return 0;
}

// The scores of both attempts, overall and per competency, with the
// difference; then at which turn their paths parted.
void score_table(const Comparison& cmp, const std::string& na, const std::string& nb, float w, const ViewContext& cx) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    const float e = em();
    ui::Card card(w, 0, 0, 0.8f);
    ui::heading(s.fmt("history.compare_title", {na, nb}));
    ui::space(0.2f);
    // Scores: overall, then per competency; the difference from the older to the newer.
    const float inner = card.inner_width();
    const float col = std::floor(std::min(e * 6.5f, inner * 0.17f));
    const float label_w = inner - col * 3;
    ImFont* bf = fonts().bold;
    // One line each, never wrapped; `x` from the card's inner left.
    const float x0 = 0, left_edge = ImGui::GetCursorScreenPos().x;
    float row_y = 0;
    auto cell = [&](float x, const std::string& t, ImFont* f, ImU32 c, bool right) {
        const float tw = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, t.c_str()).x;
        ImGui::SetCursorScreenPos(ImVec2(left_edge + x + (right ? col - tw : 0), row_y));
        ui::Font font(f);
        ui::Style color(ImGuiCol_Text, c);
        ImGui::TextUnformatted(t.c_str());
    };
    row_y = ImGui::GetCursorScreenPos().y;
    cell(x0, s("history.scores"), fonts().small, p.text_muted, false);
    cell(x0 + label_w, s.fmt("history.attempt", {na}), fonts().small, p.text_muted, true);
    cell(x0 + label_w + col, s.fmt("history.attempt", {nb}), fonts().small, p.text_muted, true);
    cell(x0 + label_w + col * 2, s("history.diff"), fonts().small, p.text_muted, true);
    auto row = [&](const std::string& label, double a, double b, bool in_a, bool in_b, ImFont* f) {
        row_y = ImGui::GetCursorScreenPos().y;
        cell(x0, fit(f, label, label_w - e * 0.5f), f, p.text, false);
        cell(x0 + label_w, in_a ? percent(a) : "\xE2\x80\x94", f, p.text, true);
        cell(x0 + label_w + col, in_b ? percent(b) : "\xE2\x80\x94", f, p.text, true);
        const long d = std::lround((b - a) * 100);
        std::string arrow = d > 0 ? "\xE2\x96\xB2 " : d < 0 ? "\xE2\x96\xBC " : "";
        cell(x0 + label_w + col * 2, in_a && in_b ? arrow + signed_percent(b - a) : "", bf, d > 0 ? p.good : d < 0 ? p.bad : p.text_muted, true);
    };
    row(s("history.overall"), cmp.overall_a, cmp.overall_b, true, true, bf);
    for (const ScoreDiff& d : cmp.scores) row(d.label, d.a, d.b, d.in_a, d.in_b, fonts().body);
    ui::space(0.3f);
    std::string where;
    if (cmp.diverge < 0) where = s("history.same_path");
    else if (cmp.diverge == 0) where = s("history.diverge_first");
    else where = s.fmt("history.diverge", {std::to_string(cmp.diverge), std::to_string(cmp.diverge + 1)});
    ui::text(where, fonts().bold, cmp.diverge < 0 ? p.text : p.high_contrast ? p.accent : p.accent_active);
}

// Above the turns: each attempt's number, date, grade and ending, `half` wide.
void column_heads(const Comparison& cmp, const History& h, const std::string& na, const std::string& nb, float half, const ViewContext& cx) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    const float e = em();
    const float x = ImGui::GetCursorPosX() + e * 0.9f;
    auto head = [&](int64_t id, const std::string& num, std::optional<Grade> grade, double overall, const std::string& ending) {
        std::string t = s.fmt("history.attempt", {num}) + "  \xC2\xB7  " + when_text(started_of(h, id), cx.lang, unix_ms_now());
        std::string g = !grade ? std::string(s("history.unfinished")) : grade_words(s, grade) + " " + percent(overall);
        std::string end = ending.empty() ? std::string(s("history.no_ending")) : s.fmt("history.ending", {ending});
        ui::Group group;
        ui::text(fit(fonts().bold, t, half), fonts().bold);
        ui::text(fit(fonts().small, g + "  \xC2\xB7  " + end, half), fonts().small, !grade ? p.text_muted : grade_color(grade));
    };
    ImGui::SetCursorPosX(x);
    head(cmp.id_a, na, cmp.grade_a, cmp.overall_a, cmp.ending_a);
    ImGui::SameLine(x + half + e * 1.0f);
    head(cmp.id_b, nb, cmp.grade_b, cmp.overall_b, cmp.ending_b);
}

// One row of turns, `w` wide: once when both attempts did the same, else
// side by side (highlighted where the paths parted).
void turn_row(const TurnRow& r, size_t i, bool here, float w, const ViewContext& cx) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    const float e = em();
    const bool decided = r.a.decided || r.b.decided;
    ui::space(0.25f);
    ui::text(decided ? s.fmt("history.turn", {std::to_string(i + 1)}) : std::string(s("history.after")), fonts().small, p.text_muted);
    if (here) {
        ImGui::SameLine(0, e * 0.6f);
        ui::pill(s("history.diverge_here"), p.accent, p.text_on_accent);
    }
    if (r.same) {
        // The same in both: once, quietly.
        ui::Card card(w, p.surface_alt, p.border, 0.7f);
        ui::text(s("history.same_row"), fonts().small, p.text_muted);
        turn_cell(r.a, card.inner_width(), s);
        return;
    }
    ui::Card card(w, here ? p.accent_soft : p.surface, here ? p.accent : p.border, 0.7f);
    if (here) card.set_border_width(2.5f);
    const float cw = std::floor((card.inner_width() - e * 1.0f) * 0.5f);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    turn_cell(r.a, cw, s);
    const float ha = ImGui::GetItemRectMax().y;
    ImGui::SameLine(0, e * 1.0f);
    turn_cell(r.b, cw, s);
    const float hb = ImGui::GetItemRectMax().y;
    const float mid = top.x + cw + e * 0.5f;
    ImGui::GetWindowDrawList()->AddLine(ImVec2(mid, top.y), ImVec2(mid, std::max(ha, hb)), here ? p.accent : p.border, 1.0f);
}

void compare_column(HistoryScreen& st, const HistoryScreen::Model& m, bool two_cols, const ViewContext& cx) {
    const UiStrings& s = cx.strings;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float e = em();
    const Comparison* cmp = m.comparison;
    if (!cmp) {
        ui::Card card;
        ui::text_muted(s(m.selected.size() == 1 ? "history.pick_one_more" : "history.pick_two"));
        return;
    }
    const std::string na = number_of(m.history, cmp->id_a), nb = number_of(m.history, cmp->id_b);
    const float w = ImGui::GetContentRegionAvail().x;
    score_table(*cmp, na, nb, w, cx);
    ui::space(0.3f);
    // The turns, aligned; the column heads stay in view.
    column_heads(*cmp, m.history, na, nb, std::floor((w - e * 1.8f - style.ScrollbarSize - e * 1.0f) * 0.5f), cx);
    std::optional<ui::Child> turns;
    if (two_cols) turns.emplace("##turns", ImVec2(w, std::max(e * 6, ImGui::GetContentRegionAvail().y)), false, ImGuiWindowFlags_NavFlattened);
    const float tw = ImGui::GetContentRegionAvail().x - (two_cols ? style.ScrollbarSize : 0);
    for (size_t i = 0; i < cmp->rows.size(); ++i) {
        const bool here = int(i) == cmp->diverge;
        ui::Id id{int(i)};
        if (here && st.scroll_to_diverge > 0) {
            ImGui::SetScrollFromPosY(ImGui::GetCursorScreenPos().y - ImGui::GetWindowPos().y - e * 0.2f, 0.0f);
            --st.scroll_to_diverge;  // again next frame: the child's size is known only then
        }
        turn_row(cmp->rows[i], i, here, tw, cx);
    }
    ui::space(0.5f);
}

}  // namespace

// [SECTION] the screen

Commands HistoryScreen::draw(const Model& m, const ViewContext& cx) {
    const UiStrings& s = cx.strings;
    const float e = em();
    const ImGuiStyle& style = ImGui::GetStyle();
    Commands out;
    if (top(m, cx, out)) return out;
    ui::space(0.3f);
    if (!m.recording) {
        ui::Card card;
        ui::text_muted(s("history.not_recording"));
        return out;
    }
    if (m.history.items.empty()) {
        ui::Card card;
        ui::heading(s("history.none"));
        ui::text_muted(s("history.none_text"));
        return out;
    }

    // The scenario as it is now: thresholds and ending titles.
    const std::shared_ptr<const Scenario> scp = m.entry.to_play() ? m.entry.to_play() : m.entry.preview;
    const float full_w = ImGui::GetContentRegionAvail().x;
    const float hint_h = ImGui::GetTextLineHeightWithSpacing() + style.ItemSpacing.y;
    const float body_h = std::max(e * 12, ImGui::GetContentRegionAvail().y - hint_h);
    const float gap = e * 1.2f;
    const bool two_cols = full_w > e * 48;
    const float left_w = two_cols ? std::floor(std::clamp(full_w * 0.36f, e * 22, e * 30)) : full_w;
    const float right_w = two_cols ? full_w - left_w - gap : full_w;
    // Side by side: each column scrolls on its own. In a narrow window they
    // follow each other and the screen scrolls.
    {
        std::optional<ui::Child> left;
        if (two_cols) left.emplace("##attempts", ImVec2(left_w, body_h), false, ImGuiWindowFlags_NavFlattened);
        attempts_column(m, scp.get(), two_cols, out, cx);
    }
    if (two_cols) ImGui::SameLine(0, gap);
    else ui::space(0.6f);
    {
        std::optional<ui::Child> right;
        if (two_cols) right.emplace("##compare", ImVec2(right_w, body_h), false, ImGuiWindowFlags_NavFlattened);
        compare_column(*this, m, two_cols, cx);
    }
    ui::text_muted(s("history.keys_hint"), fonts().small);
    return out;
}

}  // namespace lab
