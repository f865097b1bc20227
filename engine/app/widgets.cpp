#include "widgets.h"

#include <algorithm>
#include <cfloat>
#include <vector>

#include "fonts.h"
#include "theme.h"

namespace lab::ui {

namespace {
bool g_focus_claimed = false;

struct Focusable {
    ImGuiID id;
    ImGuiWindow* window;
    ImRect rect;
    bool text_field;
};
std::vector<Focusable> g_drawn, g_last;  // this frame's and the last frame's items, in drawing order
int g_tab = 0;
ImGuiID g_focus_text = 0;  // a text field Tab moved to (activated when drawn)

void apply_tab(int dir) {
    ImGuiContext& g = *GImGui;
    // Only the items of the window in front (a popup, or the screen).
    ImGuiWindow* front = g.NavWindow ? g.NavWindow->RootWindow : nullptr;
    std::vector<const Focusable*> order;
    for (const Focusable& f : g_last)
        if (!front || f.window->RootWindow == front) order.push_back(&f);
    if (order.empty()) return;
    // Where the focus is: the text field being typed in, else the nav focus.
    const ImGuiID current = g.ActiveId ? g.ActiveId : g.NavId;
    int at = -1;
    for (size_t i = 0; i < order.size(); ++i)
        if (order[i]->id == current) at = int(i);
    const int n = int(order.size());
    int next = at < 0 ? (dir > 0 ? 0 : n - 1) : ((at + dir) % n + n) % n;
    // The first Tab shows where the focus is (each screen starts it on its
    // main action) rather than moving past it unseen.
    if (at >= 0 && g.NavDisableHighlight && !g.ActiveId) next = at;
    const Focusable& f = *order[size_t(next)];
    if (g.ActiveId) ImGui::ClearActiveID();
    ImGui::FocusWindow(f.window);
    ImGui::SetFocusID(f.id, f.window);
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = g.NavMousePosDirty = true;
    ImGui::ScrollToBringRectIntoView(f.window, f.rect);
    if (f.text_field) g_focus_text = f.id;  // ready for typing (before_text_field)
}
}  // namespace

void begin_frame() {
    g_focus_claimed = false;
    static ImGuiContext* context = nullptr;
    if (context != GImGui) {  // a new context: the items noted belong to the old one
        context = GImGui;
        g_drawn.clear();
        g_tab = 0;
        g_focus_text = 0;
    }
    g_last.swap(g_drawn);
    g_drawn.clear();
    if (g_tab != 0) {
        apply_tab(g_tab);
        g_tab = 0;
    }
}

void note_focusable(bool text_field, ImGuiID id) {
    ImGuiContext& g = *GImGui;
    if (id == 0) id = g.LastItemData.ID;
    if (id == 0 || (g.LastItemData.InFlags & ImGuiItemFlags_Disabled)) return;
    g_drawn.push_back({id, g.CurrentWindow, g.LastItemData.Rect, text_field});
}

void request_tab(int dir) { g_tab = dir; }

void before_text_field(ImGuiID id) {
    if (g_focus_text != 0 && g_focus_text == id) {
        ImGui::SetKeyboardFocusHere(0);
        g_focus_text = 0;
    }
}

bool nav_visible() {
    ImGuiContext& g = *GImGui;
    return g.NavId != 0 && !g.NavDisableHighlight;
}

bool focus_claimed() { return g_focus_claimed; }

bool enter_pressed() {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) return false;
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), false);
}

bool item_entered() {
    if (!ImGui::IsItemFocused() || !nav_visible()) return false;
    g_focus_claimed = true;
    return enter_pressed();
}

void focus_ring(ImVec2 a, ImVec2 b, float rounding) {
    if (!ImGui::IsItemFocused() || !nav_visible()) return;
    g_focus_claimed = true;
    const float d = 3.0f;
    ImGui::GetWindowDrawList()->AddRect(ImVec2(a.x - d, a.y - d), ImVec2(b.x + d, b.y + d), palette().focus, rounding + d, 0, 3.0f);
}

bool button(const char* label, ImVec2 size, Tone tone, bool enabled) {
    const Palette& p = palette();
    int colors = 0;
    auto push = [&](ImGuiCol c, ImU32 v) { ImGui::PushStyleColor(c, v); ++colors; };
    switch (tone) {
        case Tone::Primary:
            push(ImGuiCol_Button, p.accent);
            push(ImGuiCol_ButtonHovered, p.accent_hover);
            push(ImGuiCol_ButtonActive, p.accent_active);
            push(ImGuiCol_Text, p.text_on_accent);
            break;
        case Tone::Quiet:
            push(ImGuiCol_Button, IM_COL32(0, 0, 0, 0));
            push(ImGuiCol_ButtonHovered, p.neutral);
            push(ImGuiCol_ButtonActive, p.neutral_hover);
            push(ImGuiCol_Text, p.high_contrast ? p.accent : p.accent_active);
            break;
        case Tone::Danger:
            push(ImGuiCol_Button, p.bad);
            push(ImGuiCol_ButtonHovered, mix(p.bad, IM_COL32(0, 0, 0, 255), 0.15f));
            push(ImGuiCol_ButtonActive, mix(p.bad, IM_COL32(0, 0, 0, 255), 0.3f));
            push(ImGuiCol_Text, p.high_contrast ? IM_COL32(0, 0, 0, 255) : IM_COL32(255, 255, 255, 255));
            break;
        case Tone::Neutral: break;
    }
    ImGui::BeginDisabled(!enabled);
    const ImVec2 pad = ImGui::GetStyle().FramePadding;
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(pad.x * 1.3f, pad.y * 1.25f));
    bool pressed = ImGui::Button(label, size);
    ImGui::PopStyleVar();
    ImGui::EndDisabled();
    ImGui::PopStyleColor(colors);
    note_focusable();
    if (ImGui::IsItemFocused() && nav_visible()) g_focus_claimed = true;
    if (enabled && item_entered()) pressed = true;
    return pressed && enabled;
}

bool choice_button(int number, const std::string& label, float width, bool enabled) {
    const Palette& p = palette();
    ImFont* f = fonts().body;
    const float e = em();
    const float pad = e * 0.75f, badge = e * 1.75f;
    const float text_w = std::max(e * 4, width - pad * 3 - badge);
    const ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, text_w, label.c_str());
    const float h = std::max(badge, ts.y) + pad * 2;
    ImGui::PushID(number);
    const ImVec2 a = ImGui::GetCursorScreenPos();
    bool clicked = ImGui::InvisibleButton("##choice", ImVec2(width, h));
    note_focusable();
    const bool hovered = ImGui::IsItemHovered(), active = ImGui::IsItemActive();
    if (enabled && item_entered()) clicked = true;
    const ImVec2 b(a.x + width, a.y + h);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = e * 0.6f;
    ImU32 bg = active ? mix(p.accent_soft, p.accent, 0.25f) : hovered ? p.accent_soft : p.surface;
    ImU32 border = hovered || active ? p.accent : p.border;
    if (!p.high_contrast) dl->AddRectFilled(ImVec2(a.x, a.y + 2), ImVec2(b.x, b.y + 2), p.shadow, r);
    dl->AddRectFilled(a, b, bg, r);
    dl->AddRect(a, b, border, r, 0, hovered ? std::max(1.5f, p.border_width) : p.border_width);
    const ImVec2 bc(a.x + pad + badge * 0.5f, a.y + h * 0.5f);
    dl->AddCircleFilled(bc, badge * 0.5f, hovered || active ? p.accent_active : p.accent, 32);
    char num[4];
    std::snprintf(num, sizeof num, "%d", number);
    ImFont* bf = fonts().bold;
    ImVec2 ns = bf->CalcTextSizeA(bf->FontSize, FLT_MAX, 0, num);
    dl->AddText(bf, bf->FontSize, ImVec2(bc.x - ns.x * 0.5f, bc.y - ns.y * 0.5f), p.text_on_accent, num);
    dl->AddText(f, f->FontSize, ImVec2(a.x + pad * 2 + badge, a.y + (h - ts.y) * 0.5f), p.text, label.c_str(), nullptr, text_w);
    focus_ring(a, b, r);
    ImGui::PopID();
    return clicked && enabled;
}

float option_card_height(const std::string& title, const std::string& body, float width) {
    const float e = em();
    const float pad = e * 0.9f, dot = e * 1.1f;
    ImFont* tf = fonts().bold;
    ImFont* bf = fonts().body;
    const float text_w = std::max(e * 4, width - pad * 3 - dot);
    return pad * 2 + tf->CalcTextSizeA(tf->FontSize, FLT_MAX, text_w, title.c_str()).y + e * 0.25f +
           bf->CalcTextSizeA(bf->FontSize, FLT_MAX, text_w, body.c_str()).y;
}

bool option_card(const char* id, const std::string& title, const std::string& body, bool selected, float width) {
    const Palette& p = palette();
    const float e = em();
    const float pad = e * 0.9f, dot = e * 1.1f;
    ImFont* tf = fonts().bold;
    ImFont* bf = fonts().body;
    const float text_w = std::max(e * 4, width - pad * 3 - dot);
    const ImVec2 t1 = tf->CalcTextSizeA(tf->FontSize, FLT_MAX, text_w, title.c_str());
    const ImVec2 t2 = bf->CalcTextSizeA(bf->FontSize, FLT_MAX, text_w, body.c_str());
    const float h = pad * 2 + t1.y + e * 0.25f + t2.y;
    const ImVec2 a = ImGui::GetCursorScreenPos();
    bool clicked = ImGui::InvisibleButton(id, ImVec2(width, h));
    note_focusable();
    if (item_entered()) clicked = true;
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 b(a.x + width, a.y + h);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = e * 0.6f;
    dl->AddRectFilled(a, b, selected ? p.accent_soft : hovered ? p.surface_alt : p.surface, r);
    dl->AddRect(a, b, selected ? p.accent : p.border, r, 0, selected ? 2.0f : p.border_width);
    const ImVec2 dc(a.x + pad + dot * 0.5f, a.y + pad + t1.y * 0.5f);
    dl->AddCircle(dc, dot * 0.5f, selected ? p.accent : p.text_muted, 24, 2.0f);
    if (selected) dl->AddCircleFilled(dc, dot * 0.28f, p.accent, 24);
    dl->AddText(tf, tf->FontSize, ImVec2(a.x + pad * 2 + dot, a.y + pad), p.text, title.c_str(), nullptr, text_w);
    dl->AddText(bf, bf->FontSize, ImVec2(a.x + pad * 2 + dot, a.y + pad + t1.y + e * 0.25f), p.text_muted, body.c_str(), nullptr, text_w);
    focus_ring(a, b, r);
    return clicked;
}

bool chip(const char* label, bool selected) {
    const Palette& p = palette();
    ImFont* f = fonts().small;
    const float e = em();
    const char* end = ImGui::FindRenderedTextEnd(label);
    const ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, label, end);
    const ImVec2 size(ts.x + e * 1.3f, ts.y + e * 0.6f);
    const ImVec2 a = ImGui::GetCursorScreenPos();
    bool clicked = ImGui::InvisibleButton(label, size);
    note_focusable();
    if (item_entered()) clicked = true;
    const bool hovered = ImGui::IsItemHovered();
    const ImVec2 b(a.x + size.x, a.y + size.y);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImU32 bg = selected ? p.accent : hovered ? p.neutral_hover : p.neutral;
    dl->AddRectFilled(a, b, bg, size.y * 0.5f);
    if (p.high_contrast) dl->AddRect(a, b, p.border, size.y * 0.5f, 0, 1.5f);
    dl->AddText(f, f->FontSize, ImVec2(a.x + e * 0.65f, a.y + e * 0.3f), selected ? p.text_on_accent : p.text, label, end);
    focus_ring(a, b, size.y * 0.5f);
    return clicked;
}

void text(const std::string& s, ImFont* font, ImU32 col) {
    if (font) ImGui::PushFont(font);
    if (col) ImGui::PushStyleColor(ImGuiCol_Text, col);
    const bool own_wrap = GImGui->CurrentWindow->DC.TextWrapPos < 0;
    if (own_wrap) ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(s.c_str(), s.c_str() + s.size());
    if (own_wrap) ImGui::PopTextWrapPos();
    if (col) ImGui::PopStyleColor();
    if (font) ImGui::PopFont();
}

void text_muted(const std::string& s, ImFont* font) { text(s, font, palette().text_muted); }
void heading(const std::string& s) { text(s, fonts().heading); }
void title(const std::string& s) { text(s, fonts().title); }

void pill(const std::string& s, ImU32 bg, ImU32 fg, ImFont* font) {
    if (!font) font = fonts().small;
    const float e = em();
    const ImVec2 ts = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, s.c_str());
    const ImVec2 size(ts.x + e * 1.0f, ts.y + e * 0.4f);
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::Dummy(size);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(a, ImVec2(a.x + size.x, a.y + size.y), bg, size.y * 0.5f);
    if (palette().high_contrast) dl->AddRect(a, ImVec2(a.x + size.x, a.y + size.y), fg, size.y * 0.5f, 0, 1.5f);
    dl->AddText(font, font->FontSize, ImVec2(a.x + e * 0.5f, a.y + e * 0.2f), fg, s.c_str());
}

void bar(float frac, ImVec2 size, ImU32 fill, ImU32 track) {
    frac = std::clamp(frac, 0.0f, 1.0f);
    const ImVec2 a = ImGui::GetCursorScreenPos();
    ImGui::Dummy(size);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = size.y * 0.5f;
    dl->AddRectFilled(a, ImVec2(a.x + size.x, a.y + size.y), track, r);
    if (frac > 0) dl->AddRectFilled(a, ImVec2(a.x + std::max(size.y, size.x * frac), a.y + size.y), fill, r);
    if (palette().high_contrast) dl->AddRect(a, ImVec2(a.x + size.x, a.y + size.y), palette().border, r, 0, 1.0f);
}

void space(float ems) { ImGui::Dummy(ImVec2(1, em() * ems)); }

void bubble(const std::string& s, float max_width, float avail, bool right, ImU32 bg, ImU32 border, ImU32 fg, ImFont* font) {
    const float e = em();
    const float pad_x = e * 0.85f, pad_y = e * 0.6f;
    const float wrap = std::max(e * 4, max_width - pad_x * 2);
    const ImVec2 ts = font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap, s.c_str());
    const ImVec2 size(ts.x + pad_x * 2, ts.y + pad_y * 2);
    ImVec2 a = ImGui::GetCursorScreenPos();
    if (right) a.x += std::max(0.0f, avail - size.x);
    ImGui::SetCursorScreenPos(a);
    ImGui::Dummy(size);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 b(a.x + size.x, a.y + size.y);
    const float r = e * 0.8f;
    // Rounded, with the corner nearest the speaker less round.
    ImDrawFlags corners = right ? (ImDrawFlags_RoundCornersAll & ~ImDrawFlags_RoundCornersTopRight)
                                : (ImDrawFlags_RoundCornersAll & ~ImDrawFlags_RoundCornersTopLeft);
    dl->AddRectFilled(a, b, bg, r, corners);
    if (border) dl->AddRect(a, b, border, r, corners, palette().border_width);
    dl->AddText(font, font->FontSize, ImVec2(a.x + pad_x, a.y + pad_y), fg, s.c_str(), nullptr, wrap);
}

Card::Card(float width, ImU32 bg, ImU32 border, float pad_em, float min_height) : m_min_height(min_height) {
    const Palette& p = palette();
    m_dl = ImGui::GetWindowDrawList();
    m_bg = bg ? bg : p.surface;
    m_border = border ? border : p.border;
    m_pad = em() * pad_em;
    m_width = width > 0 ? width : ImGui::GetContentRegionAvail().x;
    m_inner = m_width - m_pad * 2;
    m_start = ImGui::GetCursorScreenPos();
    m_split.Split(m_dl, 2);
    m_split.SetCurrentChannel(m_dl, 1);
    ImGui::SetCursorScreenPos(ImVec2(m_start.x + m_pad, m_start.y + m_pad));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPos().x + m_inner);
}

void Card::end() {
    if (!m_open) return;
    m_open = false;
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    m_natural = ImGui::GetItemRectMax().y + m_pad - m_start.y;
    const float bottom = std::max(ImGui::GetItemRectMax().y + m_pad, m_start.y + m_min_height);
    m_height = bottom - m_start.y;
    const ImVec2 b(m_start.x + m_width, bottom);
    m_split.SetCurrentChannel(m_dl, 0);
    const float r = em() * 0.8f;
    if (!palette().high_contrast) m_dl->AddRectFilled(ImVec2(m_start.x, m_start.y + 3), ImVec2(b.x, b.y + 3), palette().shadow, r);
    m_dl->AddRectFilled(m_start, b, m_bg, r);
    m_dl->AddRect(m_start, b, m_border, r, 0, m_border_width > 0 ? m_border_width : palette().border_width);
    m_split.Merge(m_dl);
    ImGui::SetCursorScreenPos(m_start);
    ImGui::Dummy(ImVec2(m_width, b.y - m_start.y));
}

Card::~Card() { end(); }

Style& Style::color(ImGuiCol c, ImU32 col) {
    ImGui::PushStyleColor(c, col);
    ++m_colors;
    return *this;
}

Style& Style::color(ImGuiCol c, const ImVec4& col) {
    ImGui::PushStyleColor(c, col);
    ++m_colors;
    return *this;
}

Style& Style::var(ImGuiStyleVar v, float x) {
    ImGui::PushStyleVar(v, x);
    ++m_vars;
    return *this;
}

Style& Style::var(ImGuiStyleVar v, ImVec2 x) {
    ImGui::PushStyleVar(v, x);
    ++m_vars;
    return *this;
}

void Style::pop_vars(int n) {
    n = std::min(n, m_vars);
    if (n > 0) ImGui::PopStyleVar(n);
    m_vars -= n;
}

void Style::end() {
    if (m_vars > 0) ImGui::PopStyleVar(m_vars);
    if (m_colors > 0) ImGui::PopStyleColor(m_colors);
    m_vars = m_colors = 0;
}

}  // namespace lab::ui
