#include "screen_library.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "fonts.h"
#include "theme.h"
#include "widgets.h"

namespace lab {

namespace {

// Chips and pills flow like words: wrap to the next line when full.
void flow_next(float item_w, float right_edge) {
    ImGui::SameLine();
    if (ImGui::GetCursorScreenPos().x + item_w > right_edge) ImGui::NewLine();
}

void level_dots(int level) {
    const Palette& p = palette();
    const float e = em();
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const float r = e * 0.22f, gap = e * 0.62f;
    ImGui::Dummy(ImVec2(gap * 3, e));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int i = 0; i < 3; ++i) {
        ImVec2 c(a.x + r + i * gap, a.y + e * 0.55f);
        if (i < level) dl->AddCircleFilled(c, r, p.accent, 16);
        else dl->AddCircle(c, r, p.text_muted, 16, 1.5f);
    }
}

// The app's name, and the buttons at the right: open by path, settings.
void header(LibraryScreen& st, float full_w, const ViewContext& cx, Commands& out) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    const float e = em();
    {
        ui::Group g;
        ui::text(s("app.name"), fonts().title, p.accent_active);
        ui::text_muted(s("library.tagline"));
    }
    const char* label = s("library.settings");
    const float w = ImGui::CalcTextSize(label).x + e * 3;
    const char* open = s("author.open");
    const float ow = ImGui::CalcTextSize(open).x + e * 2;
    ImGui::SameLine(full_w - w - ow - e * 0.5f + ImGui::GetStyle().WindowPadding.x);
    if (ui::button(open, ImVec2(ow, 0), ui::Tone::Quiet)) st.open_field = !st.open_field;
    ImGui::SameLine(full_w - w + ImGui::GetStyle().WindowPadding.x);
    if (ui::button(label, ImVec2(w, 0))) out.push_back(Command::Show{Screen::Settings});
}

// Author mode: a card with a path field, shown once "open" is pressed.
void open_by_path(LibraryScreen& st, const ViewContext& cx, Commands& out) {
    if (!st.open_field) return;
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    const float e = em();
    ui::Card card(ImGui::GetContentRegionAvail().x, p.surface_alt);
    ui::text(s("author.open_title"), fonts().bold);
    ui::text_muted(s("author.open_text"), fonts().small);
    const char* open = s("author.open_button");
    const float open_w = ImGui::CalcTextSize(open).x + e * 2;
    ImGui::SetNextItemWidth(card.inner_width() - open_w - e * 0.6f);
    const ImGuiID field = ImGui::GetID("##author-path");
    ui::before_text_field(field);
    bool go = ImGui::InputTextWithHint("##author-path", s("author.open_hint"), &st.open_path, ImGuiInputTextFlags_EnterReturnsTrue);
    ui::note_focusable(true, field);
    ImGui::SameLine();
    if (ui::button(open, ImVec2(open_w, 0), ui::Tone::Primary)) go = true;
    if (go) out.push_back(Command::OpenAuthor{st.open_path});  // App closes the card, or sets open_error
    if (!st.open_error.empty()) ui::text(st.open_error, fonts().small, p.bad);
}

// The search field, the theme menu and "show all".
void filters(LibraryScreen& st, const LibraryModel& lib, float full_w, const ViewContext& cx) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    const float e = em();
    std::vector<std::string> themes = lib.themes();
    if (!st.theme.empty() && std::find(themes.begin(), themes.end(), st.theme) == themes.end()) st.theme.clear();
    {
        ui::Style look;
        look.var(ImGuiStyleVar_FramePadding, ImVec2(e * 0.8f, e * 0.55f)).var(ImGuiStyleVar_FrameBorderSize, p.border_width);
        look.color(ImGuiCol_FrameBg, p.surface).color(ImGuiCol_FrameBgHovered, p.surface_alt);
        ImGui::SetNextItemWidth(std::min(full_w * 0.5f, e * 22));
        const ImGuiID search = ImGui::GetID("##search");
        ui::before_text_field(search);
        ImGui::InputTextWithHint("##search", s("library.search_hint"), &st.search);
        ui::note_focusable(true, search);
        ImGui::SameLine(0, e * 0.8f);
        const std::string preview = s.fmt("library.theme", {st.theme.empty() ? std::string(s("library.all_themes")) : st.theme});
        ImGui::SetNextItemWidth(std::min(full_w * 0.45f, e * 20));
        ui::Style button(ImGuiCol_Button, p.surface);
        button.color(ImGuiCol_ButtonHovered, p.surface_alt);
        ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, e * 22));
        const bool open_combo = ImGui::BeginCombo("##theme", preview.c_str());
        ui::note_focusable();
        if (open_combo) {
            if (ImGui::Selectable(s("library.all_themes"), st.theme.empty())) st.theme.clear();
            ui::note_focusable();
            for (const std::string& t : themes) {
                size_t n = 0;
                for (const auto& en : lib.entries()) n += std::count(en.tags.begin(), en.tags.end(), t) > 0 ? 1 : 0;
                std::string label = t + "  (" + std::to_string(n) + ")";
                if (ImGui::Selectable(label.c_str(), st.theme == t)) st.theme = t;
                ui::note_focusable();
                if (st.theme == t) ImGui::SetItemDefaultFocus();
            }
            ImGui::EndCombo();
        }
    }
    if (!st.theme.empty() || !st.search.empty()) {
        ImGui::SameLine(0, e * 0.8f);
        if (ui::button(s("library.clear_filter"), ImVec2(0, 0), ui::Tone::Quiet)) {
            st.theme.clear();
            st.search.clear();
        }
    }
}

// What a card says under its title about the scenario's state: checking,
// broken (the first errors), the best result, or not played yet.
void card_status(const LibraryEntry& en, const LibraryModel& lib, bool unfinished, const ViewContext& cx) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    if (en.checking()) {
        ui::pill(s("library.checking"), p.neutral, p.text_muted);
    } else if (en.broken()) {
        ui::pill(s("library.broken"), p.bad_soft, p.bad);
        size_t listed = 0;
        for (const Diagnostic& d : en.diagnostics.all()) {
            if (d.severity != Severity::Error) continue;
            if (listed == 3) break;
            ui::text(d.format(), fonts().small, p.bad);
            ++listed;
        }
        const size_t errors = en.diagnostics.error_count();
        if (errors > listed) ui::text_muted(s.fmt("library.more_errors", {std::to_string(errors - listed)}), fonts().small);
        if (en.playable) ui::text_muted(s("library.broken_playable"), fonts().small);
    } else if (const BestResult* b = lib.best(en.id)) {
        ui::Style color(ImGuiCol_Text, b->grade == Grade::Insufficient ? p.bad : p.good);
        ui::text(s.fmt("library.best", {grade_words(s, b->grade), std::to_string(int(std::lround(b->overall * 100)))}), fonts().bold);
    } else if (!unfinished) {
        ui::text_muted(s("library.not_played"), fonts().small);
    }
    if (!en.checking() && !en.broken() && unfinished) ui::pill(s("results.unfinished_pill"), p.mixed_soft, p.text);
}

// One scenario's card, `w` by `h` at the cursor; true when it was opened.
bool card(LibraryScreen& st, const LibraryModel& lib, size_t i, bool first, float w, float h, const std::set<std::string>& unfinished,
          const ViewContext& cx) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    const float e = em();
    const LibraryEntry& en = lib.entry(i);
    ui::Id id{int(i)};
    const ImVec2 a = ImGui::GetCursorScreenPos();
    bool open = ImGui::InvisibleButton("##card", ImVec2(w, h));
    ui::note_focusable();
    if (first) ImGui::SetItemDefaultFocus();
    if (ui::item_entered()) open = true;
    const bool hovered = ImGui::IsItemHovered();
    ui::focus_ring(a, ImVec2(a.x + w, a.y + h), e * 0.8f);
    ImGui::SetCursorScreenPos(a);

    const bool broken = en.broken();
    ImU32 border = broken ? p.bad : hovered ? p.accent : p.border;
    ui::Group group;
    ui::Card c(w, hovered ? p.surface_alt : p.surface, border, 1.2f, h);
    if (hovered || broken) c.set_border_width(std::max(1.5f, p.border_width));
    ui::text(en.display_title(cx.lang), fonts().heading);
    // Level and duration (known once the scenario could be read).
    if (!en.id.empty()) {
        level_dots(en.level);
        ImGui::SameLine();
        std::string meta = level_words(s, en.level);
        if (en.minutes > 0) meta += "  \xC2\xB7  " + s.fmt("library.minutes", {std::to_string(en.minutes)});
        ui::text_muted(meta, fonts().small);
    }
    if (!en.summary.empty()) {
        ui::space(0.1f);
        ui::text(en.summary.get(cx.lang, en.language));
    }
    if (!en.tags.empty()) {
        ui::space(0.15f);
        const float card_right = a.x + w - e * 1.2f;
        ImFont* f = fonts().small;
        bool first_tag = true;
        for (const std::string& t : en.tags) {
            const float tw = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, t.c_str()).x + e;
            if (!first_tag) flow_next(tw, card_right);
            first_tag = false;
            ui::pill(t, st.theme == t ? p.accent_soft : p.neutral, p.text);
        }
    }
    ui::space(0.2f);
    card_status(en, lib, unfinished.count(en.id) > 0, cx);
    c.end();
    group.end();
    st.card_heights[i] = std::max(e * 6, c.natural_height());
    return open;
}

}  // namespace

Commands LibraryScreen::draw(const LibraryModel& lib, const std::set<std::string>& unfinished, const ViewContext& cx) {
    const UiStrings& s = cx.strings;
    const float e = em();
    const float gap = e * 1.2f;
    Commands out;

    const float full_w = ImGui::GetContentRegionAvail().x;
    header(*this, full_w, cx, out);
    ui::space(0.6f);
    open_by_path(*this, cx, out);
    filters(*this, lib, full_w, cx);
    ui::space(0.4f);

    std::vector<size_t> shown = lib.filter(theme, search, cx.lang);
    // Starters first, then by title.
    std::stable_sort(shown.begin(), shown.end(), [&](size_t a, size_t b) {
        const LibraryEntry &x = lib.entry(a), &y = lib.entry(b);
        if (x.level != y.level) return x.level < y.level;
        return fold_for_search(x.display_title(cx.lang)) < fold_for_search(y.display_title(cx.lang));
    });
    if (lib.size() == 0) {
        ui::Card card;
        ui::heading(s("library.empty_title"));
        ui::text_muted(s.fmt("library.empty_text", {lib.dir().empty() ? std::string("scenarios/") : lib.dir()}));
        return out;
    }
    {
        std::string count = s.fmt(shown.size() == 1 ? "library.count_one" : "library.count", {std::to_string(shown.size())});
        if (!lib.all_checked()) count += "  \xC2\xB7  " + std::string(s("library.checking_some"));
        ui::text_muted(count, fonts().small);
    }
    if (shown.empty()) {
        ui::space(0.5f);
        ui::Card card;
        ui::heading(s("library.none_found"));
        ui::text_muted(s("library.none_found_hint"));
        return out;
    }

    // The cards, in rows of equal height.
    const int cols = std::max(1, std::min(3, int((full_w + gap) / (e * 17 + gap))));
    const float card_w = std::floor((full_w - gap * float(cols - 1)) / float(cols));
    card_heights.resize(lib.size(), e * 12);
    for (size_t k = 0; k < shown.size(); ++k) {
        const int col = int(k % size_t(cols));
        if (col > 0) ImGui::SameLine(0, gap);
        float row_h = 0;
        const size_t row_start = k - size_t(col);
        for (size_t j = row_start; j < std::min(shown.size(), row_start + size_t(cols)); ++j) row_h = std::max(row_h, card_heights[shown[j]]);
        if (card(*this, lib, shown[k], k == 0, card_w, row_h, unfinished, cx)) out.push_back(Command::OpenEntry{shown[k]});
    }
    ui::space(1.0f);
    ui::text_muted(s("library.keys_hint"), fonts().small);
    return out;
}

}  // namespace lab
