#include "theme.h"

namespace lab {

namespace {
Palette g_palette;
float g_em = 19.0f;

constexpr ImU32 rgb(unsigned v) { return IM_COL32((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF, 0xFF); }

Palette warm() {
    Palette p{};
    p.bg = rgb(0xF6F1EA);
    p.surface = rgb(0xFFFFFF);
    p.surface_alt = rgb(0xFBF7F2);
    p.border = rgb(0xE6DCCF);
    p.shadow = IM_COL32(90, 70, 50, 22);
    p.text = rgb(0x2B2622);
    p.text_muted = rgb(0x6B6157);
    p.text_on_accent = rgb(0xFFFFFF);
    p.accent = rgb(0x2E7A72);
    p.accent_hover = rgb(0x276A63);
    p.accent_active = rgb(0x1F5650);
    p.accent_soft = rgb(0xDDEFEB);
    p.neutral = rgb(0xEFE7DC);
    p.neutral_hover = rgb(0xE6DBCC);
    p.neutral_active = rgb(0xDACBB8);
    p.parent_bubble = rgb(0xFFFFFF);
    p.parent_border = rgb(0xE6DCCF);
    p.student_bubble = rgb(0xDDEFEB);
    p.student_border = rgb(0xBBDCD5);
    p.narration = rgb(0x7A6F64);
    p.good = rgb(0x3B8556);
    p.good_soft = rgb(0xE3F1E7);
    p.mixed = rgb(0xB97A1E);
    p.mixed_soft = rgb(0xF8ECD8);
    p.bad = rgb(0xB04A36);
    p.bad_soft = rgb(0xF6E2DC);
    p.focus = rgb(0xE0761A);
    const ImU32 chart[6] = {rgb(0x2E7A72), rgb(0xD9822B), rgb(0x7B5EA7), rgb(0x3A6EA5), rgb(0xB84A62), rgb(0x7A8B2E)};
    for (int i = 0; i < 6; ++i) p.chart[i] = chart[i];
    p.portrait_bg = rgb(0xEADFD0);
    p.border_width = 1.0f;
    p.high_contrast = false;
    return p;
}

Palette contrast() {
    Palette p{};
    p.bg = rgb(0x000000);
    p.surface = rgb(0x0A0A0A);
    p.surface_alt = rgb(0x161616);
    p.border = rgb(0xFFFFFF);
    p.shadow = IM_COL32(0, 0, 0, 0);
    p.text = rgb(0xFFFFFF);
    p.text_muted = rgb(0xE6E6E6);
    p.text_on_accent = rgb(0x000000);
    p.accent = rgb(0xFFD400);
    p.accent_hover = rgb(0xFFE45C);
    p.accent_active = rgb(0xFFF0A0);
    p.accent_soft = rgb(0x2A2400);
    p.neutral = rgb(0x1E1E1E);
    p.neutral_hover = rgb(0x3A3A3A);
    p.neutral_active = rgb(0x555555);
    p.parent_bubble = rgb(0x0A0A0A);
    p.parent_border = rgb(0xFFFFFF);
    p.student_bubble = rgb(0x00304A);
    p.student_border = rgb(0x7FDBFF);
    p.narration = rgb(0xF0F0F0);
    p.good = rgb(0x66F266);
    p.good_soft = rgb(0x0B2A0B);
    p.mixed = rgb(0xFFD400);
    p.mixed_soft = rgb(0x2A2400);
    p.bad = rgb(0xFF7A7A);
    p.bad_soft = rgb(0x330A0A);
    p.focus = rgb(0x00E5FF);
    const ImU32 chart[6] = {rgb(0xFFD400), rgb(0x00E5FF), rgb(0xFF7AF0), rgb(0x66F266), rgb(0xFF9E40), rgb(0xFFFFFF)};
    for (int i = 0; i < 6; ++i) p.chart[i] = chart[i];
    p.portrait_bg = rgb(0x1E1E1E);
    p.border_width = 2.0f;
    p.high_contrast = true;
    return p;
}
}  // namespace

const Palette& palette() { return g_palette; }
float em() { return g_em; }

ImVec4 to_vec4(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

ImU32 with_alpha(ImU32 c, float a) {
    ImVec4 v = to_vec4(c);
    v.w *= a;
    return ImGui::ColorConvertFloat4ToU32(v);
}

ImU32 mix(ImU32 a, ImU32 b, float t) {
    ImVec4 x = to_vec4(a), y = to_vec4(b);
    return ImGui::ColorConvertFloat4ToU32(ImVec4(x.x + (y.x - x.x) * t, x.y + (y.y - x.y) * t, x.z + (y.z - x.z) * t, x.w + (y.w - x.w) * t));
}

void apply_theme(bool high_contrast, float em_px) {
    g_palette = high_contrast ? contrast() : warm();
    g_em = em_px;
    const Palette& p = g_palette;
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();
    const float e = em_px;
    s.WindowPadding = ImVec2(e * 1.4f, e * 1.1f);
    s.FramePadding = ImVec2(e * 0.75f, e * 0.45f);
    s.ItemSpacing = ImVec2(e * 0.6f, e * 0.55f);
    s.ItemInnerSpacing = ImVec2(e * 0.45f, e * 0.35f);
    s.IndentSpacing = e * 1.2f;
    s.ScrollbarSize = e * 0.75f;
    s.GrabMinSize = e * 0.8f;
    s.WindowRounding = 0;
    s.ChildRounding = e * 0.6f;
    s.FrameRounding = e * 0.45f;
    s.PopupRounding = e * 0.6f;
    s.ScrollbarRounding = e * 0.4f;
    s.GrabRounding = e * 0.4f;
    s.WindowBorderSize = 0;
    s.ChildBorderSize = 0;
    s.PopupBorderSize = p.border_width;
    s.FrameBorderSize = high_contrast ? 2.0f : 0.0f;
    s.AntiAliasedLines = s.AntiAliasedFill = true;

    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = to_vec4(p.text);
    c[ImGuiCol_TextDisabled] = to_vec4(p.text_muted);
    c[ImGuiCol_WindowBg] = to_vec4(p.bg);
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = to_vec4(p.surface);
    c[ImGuiCol_Border] = to_vec4(p.border);
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = to_vec4(high_contrast ? p.surface : p.surface);
    c[ImGuiCol_FrameBgHovered] = to_vec4(high_contrast ? p.neutral_hover : p.surface_alt);
    c[ImGuiCol_FrameBgActive] = to_vec4(high_contrast ? p.neutral_active : p.surface);
    c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgActive] = c[ImGuiCol_TitleBgCollapsed] = to_vec4(p.surface);
    c[ImGuiCol_MenuBarBg] = to_vec4(p.surface);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = to_vec4(high_contrast ? p.neutral_active : p.neutral_hover);
    c[ImGuiCol_ScrollbarGrabHovered] = to_vec4(high_contrast ? p.text_muted : p.neutral_active);
    c[ImGuiCol_ScrollbarGrabActive] = to_vec4(p.accent);
    c[ImGuiCol_CheckMark] = to_vec4(p.accent);
    c[ImGuiCol_SliderGrab] = c[ImGuiCol_SliderGrabActive] = to_vec4(p.accent);
    c[ImGuiCol_Button] = to_vec4(p.neutral);
    c[ImGuiCol_ButtonHovered] = to_vec4(p.neutral_hover);
    c[ImGuiCol_ButtonActive] = to_vec4(p.neutral_active);
    c[ImGuiCol_Header] = to_vec4(p.accent_soft);
    c[ImGuiCol_HeaderHovered] = to_vec4(mix(p.accent_soft, p.accent, 0.15f));
    c[ImGuiCol_HeaderActive] = to_vec4(mix(p.accent_soft, p.accent, 0.3f));
    c[ImGuiCol_Separator] = c[ImGuiCol_SeparatorHovered] = c[ImGuiCol_SeparatorActive] = to_vec4(p.border);
    c[ImGuiCol_ResizeGrip] = c[ImGuiCol_ResizeGripHovered] = c[ImGuiCol_ResizeGripActive] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PlotLines] = c[ImGuiCol_PlotHistogram] = to_vec4(p.accent);
    c[ImGuiCol_TextSelectedBg] = to_vec4(with_alpha(p.accent, 0.35f));
    c[ImGuiCol_NavHighlight] = to_vec4(p.focus);
    c[ImGuiCol_NavWindowingHighlight] = to_vec4(p.focus);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.1f, 0.08f, 0.06f, high_contrast ? 0.8f : 0.45f);
}

}  // namespace lab
