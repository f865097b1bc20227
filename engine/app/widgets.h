// Widgets: the app's own building blocks on top of ImGui (cards, big
// buttons, bubbles, bars, chips) in the theme's colours. Every button can be
// reached and pressed with the keyboard (arrows or Tab, then Enter or Space),
// with a visible focus ring.
#pragma once
#include <string>

#include <imgui.h>
#include <imgui_internal.h>

namespace lab::ui {

// Call once at the start of every frame (after ImGui::NewFrame).
void begin_frame();
// Tab order: every focusable item of the app registers itself (the widgets
// below do; call note_focusable() after other items such as text fields).
// Tab and Shift+Tab then move the keyboard focus to the next or previous
// item in the order they were drawn, within the window in front.
// `id` names the item when it is not the last item's (a multi-line text
// field ends with a group: pass ImGui::GetID(label) taken before it).
void note_focusable(bool text_field = false, ImGuiID id = 0);
// Asks for the focus to move by `dir` (+1 Tab, -1 Shift+Tab) next frame.
void request_tab(int dir);
// Call just before drawing a text field with `id` (ImGui::GetID(label)):
// when Tab moved to it, it becomes active for typing.
void before_text_field(ImGuiID id);
// The keyboard focus highlight is showing (the student navigates by keys).
bool nav_visible();
// A focused item was drawn this frame (then Enter belongs to it).
bool focus_claimed();
// Enter (or keypad Enter) went down this frame.
bool enter_pressed();
// The last item has keyboard focus and Enter was pressed.
bool item_entered();
// Draws a focus ring around [a, b] when the last item has visible focus.
void focus_ring(ImVec2 a, ImVec2 b, float rounding);

enum class Tone { Neutral, Primary, Quiet, Danger };

// A button in the theme; Enter activates it when focused. `size` 0 = fit.
bool button(const char* label, ImVec2 size = ImVec2(0, 0), Tone tone = Tone::Neutral, bool enabled = true);
// A large answer button: a number badge and wrapped text, full `width`.
bool choice_button(int number, const std::string& text, float width, bool enabled = true);
// A selectable option card (radio-like): title and explanation.
bool option_card(const char* id, const std::string& title, const std::string& text, bool selected, float width);
float option_card_height(const std::string& title, const std::string& text, float width);
// A small rounded filter chip; returns true when clicked.
bool chip(const char* label, bool selected);

// Text wrapped to the available width (or the current wrap position).
void text(const std::string& s, ImFont* font = nullptr, ImU32 col = 0);
void text_muted(const std::string& s, ImFont* font = nullptr);
void heading(const std::string& s);
void title(const std::string& s);
// A small pill with text, at the cursor; use ImGui::SameLine() to chain.
void pill(const std::string& s, ImU32 bg, ImU32 fg, ImFont* font = nullptr);
// Horizontal bar filled to `frac` (0..1).
void bar(float frac, ImVec2 size, ImU32 fill, ImU32 track);
// Vertical space in em.
void space(float ems);

// A speech bubble for `text` at most `max_width` wide, at the cursor (or
// right-aligned within `avail` when `right`).
void bubble(const std::string& text, float max_width, float avail, bool right, ImU32 bg, ImU32 border, ImU32 fg, ImFont* font);

// [SECTION] scopes
// Each pushes onto one of ImGui's stacks when made and pops when it goes out
// of scope (or at end()), so a screen can return early without popping by
// hand. Declare them in the order the pushes happen; they pop in reverse.

// Style colours and variables. pop_vars(n) pops the last n variables early
// (e.g. a child window's padding, which only its Begin reads).
class Style {
public:
    Style() = default;
    Style(ImGuiCol c, ImU32 col) { color(c, col); }
    Style(ImGuiCol c, const ImVec4& col) { color(c, col); }
    Style(ImGuiStyleVar v, float x) { var(v, x); }
    Style(ImGuiStyleVar v, ImVec2 x) { var(v, x); }
    Style(const Style&) = delete;
    Style& operator=(const Style&) = delete;
    ~Style() { end(); }
    Style& color(ImGuiCol c, ImU32 col);
    Style& color(ImGuiCol c, const ImVec4& col);
    Style& var(ImGuiStyleVar v, float x);
    Style& var(ImGuiStyleVar v, ImVec2 x);
    void pop_vars(int n);
    void end();

private:
    int m_colors = 0, m_vars = 0;
};

// PushFont / PopFont.
class Font {
public:
    explicit Font(ImFont* f) { ImGui::PushFont(f); }
    Font(const Font&) = delete;
    Font& operator=(const Font&) = delete;
    ~Font() { end(); }
    void end() {
        if (m_open) ImGui::PopFont();
        m_open = false;
    }

private:
    bool m_open = true;
};

// PushTextWrapPos / PopTextWrapPos.
class WrapPos {
public:
    explicit WrapPos(float local_x) { ImGui::PushTextWrapPos(local_x); }
    WrapPos(const WrapPos&) = delete;
    WrapPos& operator=(const WrapPos&) = delete;
    ~WrapPos() { ImGui::PopTextWrapPos(); }
};

// PushID / PopID.
class Id {
public:
    explicit Id(int id) { ImGui::PushID(id); }
    explicit Id(const char* id) { ImGui::PushID(id); }
    Id(const Id&) = delete;
    Id& operator=(const Id&) = delete;
    ~Id() { ImGui::PopID(); }
};

// BeginGroup / EndGroup.
class Group {
public:
    Group() { ImGui::BeginGroup(); }
    Group(const Group&) = delete;
    Group& operator=(const Group&) = delete;
    ~Group() { end(); }
    void end() {
        if (m_open) ImGui::EndGroup();
        m_open = false;
    }

private:
    bool m_open = true;
};

// BeginChild / EndChild (EndChild whatever BeginChild returned, as ImGui 1.86 wants).
class Child {
public:
    Child(const char* id, ImVec2 size, bool border = false, ImGuiWindowFlags flags = 0) { ImGui::BeginChild(id, size, border, flags); }
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;
    ~Child() { end(); }
    void end() {
        if (m_open) ImGui::EndChild();
        m_open = false;
    }

private:
    bool m_open = true;
};

// [SECTION] cards

// A rounded card drawn behind its content (sized after it).
class Card {
public:
    explicit Card(float width = 0, ImU32 bg = 0, ImU32 border = 0, float pad_em = 1.1f, float min_height = 0);
    // Once ended: the card's height, and the height its content needs.
    float height() const { return m_height; }
    float natural_height() const { return m_natural; }
    ~Card();
    void end();
    float inner_width() const { return m_inner; }
    void set_border_width(float w) { m_border_width = w; }

private:
    ImDrawListSplitter m_split;
    ImDrawList* m_dl;
    ImVec2 m_start;
    float m_width, m_inner, m_pad, m_min_height, m_height = 0, m_natural = 0;
    ImU32 m_bg, m_border;
    float m_border_width = 0;
    bool m_open = true;
};

}  // namespace lab::ui
