// Bibliotheek: the scenarios as cards, with search and theme filter.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

#include "app_view.h"
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

}  // namespace

void App::draw_library() {
    View& v = *m_view;
    const Palette& p = palette();
    const UiStrings& s = m_strings;
    const float e = em();
    const float gap = e * 1.2f;

    // Header.
    const float full_w = ImGui::GetContentRegionAvail().x;
    ImGui::BeginGroup();
    ui::text(s("app.name"), fonts().title, p.accent_active);
    ui::text_muted(s("library.tagline"));
    ImGui::EndGroup();
    {
        const char* label = s("library.settings");
        const float w = ImGui::CalcTextSize(label).x + e * 3;
        // Author mode: open any scenario by path (panel_author.cpp).
        const char* open = s("author.open");
        const float ow = ImGui::CalcTextSize(open).x + e * 2;
        ImGui::SameLine(full_w - w - ow - e * 0.5f + ImGui::GetStyle().WindowPadding.x);
        if (ui::button(open, ImVec2(ow, 0), ui::Tone::Quiet)) v.author.open_field = !v.author.open_field;
        ImGui::SameLine(full_w - w + ImGui::GetStyle().WindowPadding.x);
        if (ui::button(label, ImVec2(w, 0))) show_settings();
    }
    ui::space(0.6f);
    draw_author_open();

    // Search and theme filter.
    std::vector<std::string> themes = m_library.themes();
    if (!v.theme.empty() && std::find(themes.begin(), themes.end(), v.theme) == themes.end()) v.theme.clear();
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(e * 0.8f, e * 0.55f));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, p.border_width);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, p.surface);
    ImGui::PushStyleColor(ImGuiCol_FrameBgHovered, p.surface_alt);
    ImGui::SetNextItemWidth(std::min(full_w * 0.5f, e * 22));
    const ImGuiID search = ImGui::GetID("##search");
    ui::before_text_field(search);
    ImGui::InputTextWithHint("##search", s("library.search_hint"), &v.search);
    ui::note_focusable(true, search);
    ImGui::SameLine(0, e * 0.8f);
    {
        const std::string preview = s.fmt("library.theme", {v.theme.empty() ? std::string(s("library.all_themes")) : v.theme});
        ImGui::SetNextItemWidth(std::min(full_w * 0.45f, e * 20));
        ImGui::PushStyleColor(ImGuiCol_Button, p.surface);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.surface_alt);
        ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, e * 22));
        const bool open_combo = ImGui::BeginCombo("##theme", preview.c_str());
        ui::note_focusable();
        if (open_combo) {
            if (ImGui::Selectable(s("library.all_themes"), v.theme.empty())) v.theme.clear();
            ui::note_focusable();
            for (const std::string& t : themes) {
                size_t n = 0;
                for (const auto& en : m_library.entries()) n += std::count(en.tags.begin(), en.tags.end(), t) > 0 ? 1 : 0;
                std::string label = t + "  (" + std::to_string(n) + ")";
                if (ImGui::Selectable(label.c_str(), v.theme == t)) v.theme = t;
                ui::note_focusable();
                if (v.theme == t) ImGui::SetItemDefaultFocus();
            }
            ImGui::EndCombo();
        }
        ImGui::PopStyleColor(2);
    }
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar(2);
    if (!v.theme.empty() || !v.search.empty()) {
        ImGui::SameLine(0, e * 0.8f);
        if (ui::button(s("library.clear_filter"), ImVec2(0, 0), ui::Tone::Quiet)) {
            v.theme.clear();
            v.search.clear();
        }
    }
    ui::space(0.4f);

    std::vector<size_t> shown = m_library.filter(v.theme, v.search, m_settings.lang);
    // Starters first, then by title.
    std::stable_sort(shown.begin(), shown.end(), [&](size_t a, size_t b) {
        const LibraryEntry &x = m_library.entry(a), &y = m_library.entry(b);
        if (x.level != y.level) return x.level < y.level;
        return fold_for_search(x.display_title(m_settings.lang)) < fold_for_search(y.display_title(m_settings.lang));
    });
    if (m_library.size() == 0) {
        ui::Card card;
        ui::heading(s("library.empty_title"));
        ui::text_muted(s.fmt("library.empty_text", {m_library.dir().empty() ? std::string("scenarios/") : m_library.dir()}));
        return;
    }
    {
        std::string count = s.fmt(shown.size() == 1 ? "library.count_one" : "library.count", {std::to_string(shown.size())});
        if (!m_library.all_checked()) count += "  \xC2\xB7  " + std::string(s("library.checking_some"));
        ui::text_muted(count, fonts().small);
    }
    if (shown.empty()) {
        ui::space(0.5f);
        ui::Card card;
        ui::heading(s("library.none_found"));
        ui::text_muted(s("library.none_found_hint"));
        return;
    }

    // The cards, in rows of equal height.
    const int cols = std::max(1, std::min(3, int((full_w + gap) / (e * 17 + gap))));
    const float card_w = std::floor((full_w - gap * float(cols - 1)) / float(cols));
    v.card_heights.resize(m_library.size(), e * 12);
    for (size_t k = 0; k < shown.size(); ++k) {
        const size_t i = shown[k];
        const LibraryEntry& en = m_library.entry(i);
        const int col = int(k % size_t(cols));
        if (col > 0) ImGui::SameLine(0, gap);
        float row_h = 0;
        const size_t row_start = k - size_t(col);
        for (size_t j = row_start; j < std::min(shown.size(), row_start + size_t(cols)); ++j) row_h = std::max(row_h, v.card_heights[shown[j]]);

        ImGui::PushID(int(i));
        const ImVec2 a = ImGui::GetCursorScreenPos();
        bool open = ImGui::InvisibleButton("##card", ImVec2(card_w, row_h));
        ui::note_focusable();
        if (k == 0) ImGui::SetItemDefaultFocus();
        if (ui::item_entered()) open = true;
        const bool hovered = ImGui::IsItemHovered();
        ui::focus_ring(a, ImVec2(a.x + card_w, a.y + row_h), e * 0.8f);
        ImGui::SetCursorScreenPos(a);

        const bool broken = en.broken();
        ImU32 border = broken ? p.bad : hovered ? p.accent : p.border;
        ImGui::BeginGroup();
        ui::Card card(card_w, hovered ? p.surface_alt : p.surface, border, 1.2f, row_h);
        if (hovered || broken) card.set_border_width(std::max(1.5f, p.border_width));
        ui::text(en.display_title(m_settings.lang), fonts().heading);
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
            ui::text(en.summary.get(m_settings.lang, en.language));
        }
        if (!en.tags.empty()) {
            ui::space(0.15f);
            const float card_right = a.x + card_w - e * 1.2f;
            ImFont* f = fonts().small;
            bool first = true;
            for (const std::string& t : en.tags) {
                const float w = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, t.c_str()).x + e;
                if (!first) flow_next(w, card_right);
                first = false;
                ui::pill(t, v.theme == t ? p.accent_soft : p.neutral, p.text);
            }
        }
        ui::space(0.2f);
        if (en.checking()) {
            ui::pill(s("library.checking"), p.neutral, p.text_muted);
        } else if (broken) {
            ui::pill(s("library.broken"), p.bad_soft, p.bad);
            const auto& all = en.diagnostics.all();
            size_t listed = 0;
            for (const Diagnostic& d : all) {
                if (d.severity != Severity::Error) continue;
                if (listed == 3) break;
                ui::text(d.format(), fonts().small, p.bad);
                ++listed;
            }
            const size_t errors = en.diagnostics.error_count();
            if (errors > listed) ui::text_muted(s.fmt("library.more_errors", {std::to_string(errors - listed)}), fonts().small);
            if (en.playable) ui::text_muted(s("library.broken_playable"), fonts().small);
        } else if (const BestResult* b = m_library.best(en.id)) {
            ImGui::PushStyleColor(ImGuiCol_Text, b->grade == Grade::Insufficient ? p.bad : p.good);
            ui::text(s.fmt("library.best", {grade_words(s, b->grade), std::to_string(int(std::lround(b->overall * 100)))}), fonts().bold);
            ImGui::PopStyleColor();
        } else if (!v.unfinished_ids.count(en.id)) {
            ui::text_muted(s("library.not_played"), fonts().small);
        }
        if (!en.checking() && !broken && v.unfinished_ids.count(en.id)) ui::pill(s("results.unfinished_pill"), p.mixed_soft, p.text);
        card.end();
        ImGui::EndGroup();
        v.card_heights[i] = std::max(e * 6, card.natural_height());
        ImGui::PopID();
        if (open) open_entry(i);
    }
    ui::space(1.0f);
    ui::text_muted(s("library.keys_hint"), fonts().small);
}

}  // namespace lab
