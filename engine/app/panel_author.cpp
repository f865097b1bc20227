#include "panel_author.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

#include "core/text.h"
#include "fonts.h"
#include "theme.h"
#include "widgets.h"

namespace lab {

namespace {

// [SECTION] drawing helpers

// "#rrggbb" (Graphviz colours as scenario_dot writes them) as ImU32; a few
// names; anything else is `fallback`.
ImU32 parse_colour(const std::string& c, ImU32 fallback) {
    if (c.size() == 7 && c[0] == '#') {
        unsigned v = 0;
        if (std::sscanf(c.c_str() + 1, "%6x", &v) == 1) return IM_COL32((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF, 255);
    }
    if (c == "black") return IM_COL32(0, 0, 0, 255);
    if (c == "white") return IM_COL32(255, 255, 255, 255);
    if (c == "grey" || c == "gray") return IM_COL32(190, 190, 190, 255);
    return fallback;
}

ImVec2 bezier(const ImVec2& a, const ImVec2& b, const ImVec2& c, const ImVec2& d, float t) {
    const float u = 1 - t;
    const float w0 = u * u * u, w1 = 3 * u * u * t, w2 = 3 * u * t * t, w3 = t * t * t;
    return ImVec2(w0 * a.x + w1 * b.x + w2 * c.x + w3 * d.x, w0 * a.y + w1 * b.y + w2 * c.y + w3 * d.y);
}

// A polyline drawn in dashes of `on` pixels with gaps of `off`.
void dashed(ImDrawList* dl, const std::vector<ImVec2>& pts, ImU32 col, float thickness, float on, float off) {
    float left = on;
    bool drawing = true;
    for (size_t i = 0; i + 1 < pts.size(); ++i) {
        ImVec2 a = pts[i];
        const ImVec2 b = pts[i + 1];
        float len = std::sqrt((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y));
        while (len > 0) {
            const float step = std::min(left, len);
            const float t = step / len;
            const ImVec2 m(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
            if (drawing) dl->AddLine(a, m, col, thickness);
            a = m;
            len -= step;
            left -= step;
            if (left <= 0) {
                drawing = !drawing;
                left = drawing ? on : off;
            }
        }
    }
}

// Text of `size` pixels centred on `c`, shrunk to fit `max_w` (0: any width).
void centred_text(ImDrawList* dl, ImFont* f, float size, ImVec2 c, ImU32 col, const std::string& s, float max_w) {
    ImVec2 ts = f->CalcTextSizeA(size, FLT_MAX, 0, s.c_str());
    if (ts.x > max_w && max_w > 0) {
        size *= max_w / ts.x;
        ts = f->CalcTextSizeA(size, FLT_MAX, 0, s.c_str());
    }
    if (size < 4) return;
    dl->AddText(f, size, ImVec2(std::floor(c.x - ts.x * 0.5f), std::floor(c.y - ts.y * 0.5f)), col, s.c_str());
}

// Graph text about `px` pixels high centred on `c`, within `max_w` (0: any
// width). The renderer samples the font atlas nearest-neighbour, so scaled
// glyphs lose thin strokes (a minus, an underscore): a font at its own size
// is used when one is close enough and fits; else the nearest one, scaled.
void graph_text(ImDrawList* dl, bool bold, float px, ImVec2 c, ImU32 col, const std::string& s, float max_w) {
    const Fonts& f = fonts();
    ImFont* const native[] = {bold ? f.heading : f.body, bold ? f.bold : f.body, f.body, f.small};
    for (ImFont* n : native) {
        if (n->FontSize > px * 1.08f || n->FontSize < px * 0.8f) continue;
        const ImVec2 ts = n->CalcTextSizeA(n->FontSize, FLT_MAX, 0, s.c_str());
        if (max_w > 0 && ts.x > max_w) continue;
        dl->AddText(n, n->FontSize, ImVec2(std::floor(c.x - ts.x * 0.5f), std::floor(c.y - ts.y * 0.5f)), col, s.c_str());
        return;
    }
    ImFont* scaled = bold ? (px <= f.bold->FontSize ? f.bold : f.heading) : (px <= f.small->FontSize ? f.small : f.body);
    centred_text(dl, scaled, px, c, col, s, max_w);
}

// The zoom at which the graph's 10 pt text shows at the app's small text
// size, glyph for glyph ("100%").
float native_zoom() { return fonts().small->FontSize / (10.0f * 1.164f); }

void polygon(ImDrawList* dl, const ImVec2* pts, int n, ImU32 fill, ImU32 line, float thickness) {
    dl->AddConvexPolyFilled(pts, n, fill);
    dl->AddPolyline(pts, n, line, ImDrawFlags_Closed, thickness);
}

void octagon(ImVec2 c, float hw, float hh, float inset, ImVec2* out) {
    hw -= inset;
    hh -= inset;
    const float cx = std::min(hw, hh) * 0.42f;
    out[0] = ImVec2(c.x - hw + cx, c.y - hh);
    out[1] = ImVec2(c.x + hw - cx, c.y - hh);
    out[2] = ImVec2(c.x + hw, c.y - hh + cx);
    out[3] = ImVec2(c.x + hw, c.y + hh - cx);
    out[4] = ImVec2(c.x + hw - cx, c.y + hh);
    out[5] = ImVec2(c.x - hw + cx, c.y + hh);
    out[6] = ImVec2(c.x - hw, c.y + hh - cx);
    out[7] = ImVec2(c.x - hw, c.y - hh + cx);
}

// A wrapped line of text that can be clicked (copies it); returns true when clicked.
bool selectable_text(const std::string& s, ImU32 col, float width) {
    ImFont* f = fonts().small;
    const ImVec2 pad(em() * 0.4f, em() * 0.2f);
    const ImVec2 ts = f->CalcTextSizeA(f->FontSize, FLT_MAX, width - pad.x * 2, s.c_str());
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::Selectable(("##" + s).c_str(), false, 0, ImVec2(width, ts.y + pad.y * 2));
    ImGui::GetWindowDrawList()->AddText(f, f->FontSize, ImVec2(a.x + pad.x, a.y + pad.y), col, s.c_str(), nullptr, width - pad.x * 2);
    return clicked;
}


// [SECTION] the panel's header and banners

// The watched file and the version playing; the way out. True when the
// author left author mode.
bool panel_header(AuthorPanel& a, const AuthorModel& am, float width, Commands& out, const ViewContext& cx) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    const float e = em();
    ui::pill(s("author.title"), p.accent_soft, p.accent_active, fonts().bold);
    const char* off = s("author.off");
    const float off_w = ImGui::CalcTextSize(off).x + e * 2;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - off_w);
    if (ui::button(off, ImVec2(off_w, 0), ui::Tone::Quiet)) {
        out.push_back(Command::SetAuthorMode{false});
        return true;
    }
    ui::text_muted(am.path(), fonts().small);
    std::string status;
    if (am.loading()) status = s("author.reloading");
    else if (am.latest_failed() && am.good_load() > 0) status = s.fmt("author.status_failed", {std::to_string(am.loads()), std::to_string(am.good_load())});
    else if (am.good_load() > 0) status = s.fmt("author.status", {std::to_string(am.good_load())});
    if (!status.empty()) ui::text(status, fonts().small, am.latest_failed() ? p.bad : p.text);
    if (am.latest_failed()) {
        ui::space(0.2f);
        ui::Card card(width - 4, p.bad_soft, p.bad, 0.6f);
        ui::text(s("author.errors_title"), fonts().bold, p.bad);
        ui::text(am.good_load() > 0 ? s("author.errors_text") : s("author.errors_text_none"), fonts().small);
    }
    if (!a.replay_problem.empty()) {
        ui::space(0.2f);
        ui::Card card(width - 4, p.mixed_soft, p.mixed, 0.6f);
        ui::text(s.fmt("author.replay_stopped", {a.replay_problem}), fonts().small);
        if (ui::button(s("common.close"), ImVec2(0, 0), ui::Tone::Quiet)) a.replay_problem.clear();
    }
    ui::space(0.2f);
    return false;
}

// [SECTION] graph

// What the graph's toolbar asks of the view this frame.
struct ViewAsk {
    float zoom;              // the zoom wanted
    bool fit = false;        // the whole graph in view
    bool left = false;       // "play from here" was pressed: the panel is done for this frame
};

// Zoom, fit, actual size, follow; the selected node and its actions. Items
// flow onto the next line when the panel is narrow.
ViewAsk graph_toolbar(AuthorPanel& a, const AuthorModel& am, const Scenario* sc, bool playing, float width, Commands& out, const ViewContext& cx) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float right_edge = ImGui::GetCursorScreenPos().x + width;
    auto flow = [&](float w) {
        ImGui::SameLine();
        if (ImGui::GetCursorScreenPos().x + w > right_edge) ImGui::NewLine();
    };
    auto button_w = [&](const char* label) { return ImGui::CalcTextSize(label, nullptr, true).x + style.FramePadding.x * 2.6f; };
    ViewAsk ask{a.zoom};
    if (ui::button("\xE2\x88\x92##zoom-out", ImVec2(0, 0), ui::Tone::Neutral)) ask.zoom = a.zoom / 1.25f;
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted((std::to_string(int(std::lround(a.zoom / native_zoom() * 100))) + "%").c_str());
    ImGui::SameLine();
    if (ui::button("+##zoom-in", ImVec2(0, 0), ui::Tone::Neutral)) ask.zoom = a.zoom * 1.25f;
    flow(button_w(s("author.graph_fit")));
    if (ui::button(s("author.graph_fit"))) ask.fit = true;
    flow(button_w(s("author.graph_actual")));
    if (ui::button(s("author.graph_actual"))) ask.zoom = native_zoom();
    flow(ImGui::CalcTextSize(s("author.graph_follow")).x + ImGui::GetFrameHeight() + style.ItemInnerSpacing.x);
    ImGui::Checkbox(s("author.graph_follow"), &a.follow);
    ui::note_focusable();
    if (!am.layout().by_dot) ui::text(s.fmt("author.graph_fallback", {am.layout_note()}), fonts().small, p.mixed);
    const bool have = sc && !a.selected.empty() && sc->find_target(a.selected);
    ImGui::AlignTextToFramePadding();
    ui::text_muted(s.fmt("author.graph_selected", {a.selected.empty() ? std::string("-") : a.selected}), fonts().small);
    flow(button_w(s("author.jump")));
    if (ui::button(s("author.jump"), ImVec2(0, 0), ui::Tone::Neutral, have && playing)) out.push_back(Command::AuthorJump{a.selected});
    flow(button_w(s("author.play_from_here")));
    if (ui::button(s("author.play_from_here"), ImVec2(0, 0), ui::Tone::Neutral, have)) {
        out.push_back(Command::PlayFromHere{a.selected});
        ask.left = true;
    }
    return ask;
}

// Settles the zoom and scroll of the canvas about to begin (a new layout, a
// fit, the wheel, following the conversation) and tells ImGui its content
// size and scroll.
void place_view(AuthorPanel& a, const AuthorModel& am, ViewAsk ask, ImVec2 canvas, float pad, const std::string& current) {
    const GraphLayout& gl = am.layout();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float e = em();
    const ImVec2 content(gl.width * a.zoom + pad * 2, gl.height * a.zoom + pad * 2);
    const float fit = std::min((canvas.x - pad * 2 - style.ScrollbarSize) / std::max(1.0f, gl.width),
                               (canvas.y - pad * 2 - style.ScrollbarSize) / std::max(1.0f, gl.height));
    float new_zoom = ask.fit ? fit : ask.zoom;
    ImVec2 anchor(-1, -1);  // a point on the canvas that should stay put while zooming
    // A new layout: choose a zoom (the whole graph when readable, else
    // readable around the current node).
    ImVec2 scroll_to(-1, -1);
    if (a.laid_out_for != am.good_load() && am.graph_state() == AuthorModel::GraphState::Ready) {
        if (a.fit_pending) new_zoom = fit >= native_zoom() * 0.75f ? std::min(fit, native_zoom() * 1.2f) : native_zoom();
        a.fit_pending = false;
        a.laid_out_for = am.good_load();
        a.followed.clear();
    }
    if (a.wheel_zoom > 0) {
        new_zoom = a.wheel_zoom;
        anchor = a.wheel_anchor;
        a.wheel_zoom = 0;
    }
    new_zoom = std::clamp(new_zoom, 0.08f, 4.0f);

    // Scrollbars both ways; a zoom keeps the graph point under the anchor where it is.
    if (new_zoom != a.zoom) {
        const ImVec2 c = anchor.x >= 0 ? anchor : ImVec2(canvas.x * 0.5f, canvas.y * 0.5f);
        ImGui::SetNextWindowContentSize(ImVec2(gl.width * new_zoom + pad * 2, gl.height * new_zoom + pad * 2));
        const ImVec2 wp = style.WindowPadding;
        const ImVec2 gp((a.last_scroll.x + c.x - wp.x - pad) / a.zoom, (a.last_scroll.y + c.y - wp.y - pad) / a.zoom);
        scroll_to = ImVec2(std::max(0.0f, gp.x * new_zoom + pad - c.x + wp.x), std::max(0.0f, gp.y * new_zoom + pad - c.y + wp.y));
        a.zoom = new_zoom;
    } else {
        ImGui::SetNextWindowContentSize(content);
    }
    // Follow the conversation: the current node comes into view when it moves.
    if (a.follow && !current.empty() && current != a.followed && scroll_to.x < 0) {
        const int k = gl.find(current);
        if (k >= 0) {
            const GraphLayout::Node& n = gl.nodes[size_t(k)];
            const ImVec2 at(n.x * a.zoom + pad, n.y * a.zoom + pad);
            const bool visible = at.x > a.last_scroll.x + e * 2 && at.x < a.last_scroll.x + canvas.x - e * 2 && at.y > a.last_scroll.y + e &&
                                 at.y < a.last_scroll.y + canvas.y - e;
            if (!visible || a.followed.empty()) scroll_to = ImVec2(std::max(0.0f, at.x - canvas.x * 0.3f), std::max(0.0f, at.y - canvas.y * 0.5f));
        }
        a.followed = current;
    }
    if (scroll_to.x >= 0) ImGui::SetNextWindowScroll(scroll_to);
}

// Where the graph is drawn this frame: graph points to screen pixels, and
// the visible rectangle (what lies outside it is not drawn).
struct Canvas {
    ImVec2 origin;
    float pad, z;
    ImVec2 clip_min, clip_max;
    ImVec2 to_screen(float x, float y) const { return ImVec2(origin.x + pad + x * z, origin.y + pad + y * z); }
};

// Graphviz's 10 pt at this zoom (ImGui sizes a font by ascent+descent).
float text_px(const Canvas& cv) { return 10.0f * cv.z * 1.164f; }

// The edges: curves (dashed, dotted or solid), arrowheads and labels.
void draw_edges(ImDrawList* dl, const GraphLayout& gl, const Canvas& cv) {
    const Palette& p = palette();
    const float z = cv.z;
    for (const GraphLayout::Edge& ed : gl.edges) {
        const ImU32 col = parse_colour(ed.color, p.text_muted);
        const float th = (ed.style == "bold" ? 2.2f : 1.3f) * std::max(0.6f, std::sqrt(z));
        std::vector<ImVec2> pts;
        for (size_t i = 0; i + 3 < ed.points.size(); i += 3) {
            const ImVec2 p0 = cv.to_screen(ed.points[i].x, ed.points[i].y), p1 = cv.to_screen(ed.points[i + 1].x, ed.points[i + 1].y);
            const ImVec2 p2 = cv.to_screen(ed.points[i + 2].x, ed.points[i + 2].y), p3 = cv.to_screen(ed.points[i + 3].x, ed.points[i + 3].y);
            for (int k = (i == 0 ? 0 : 1); k <= 12; ++k) pts.push_back(bezier(p0, p1, p2, p3, float(k) / 12.0f));
        }
        if (pts.size() < 2) continue;
        float lo_x = pts[0].x, hi_x = pts[0].x, lo_y = pts[0].y, hi_y = pts[0].y;
        for (const ImVec2& q : pts) {
            lo_x = std::min(lo_x, q.x);
            hi_x = std::max(hi_x, q.x);
            lo_y = std::min(lo_y, q.y);
            hi_y = std::max(hi_y, q.y);
        }
        if (hi_x < cv.clip_min.x - 20 || lo_x > cv.clip_max.x + 20 || hi_y < cv.clip_min.y - 20 || lo_y > cv.clip_max.y + 20) continue;
        if (ed.style == "dashed") dashed(dl, pts, col, th, 6 * std::max(0.6f, z), 4 * std::max(0.6f, z));
        else if (ed.style == "dotted") dashed(dl, pts, col, th, 2 * std::max(0.6f, z), 3 * std::max(0.6f, z));
        else dl->AddPolyline(pts.data(), int(pts.size()), col, 0, th);
        // The arrowhead, from where the curve ends, 10 pt long.
        const ImVec2 tip0 = pts.back(), prev = pts[pts.size() - 2];
        float dx = tip0.x - prev.x, dy = tip0.y - prev.y;
        const float len = std::sqrt(dx * dx + dy * dy);
        if (len > 0.01f) {
            dx /= len;
            dy /= len;
            const float al = 10 * z, aw = 3.5f * z;
            const ImVec2 tip(tip0.x + dx * al, tip0.y + dy * al);
            dl->AddTriangleFilled(tip, ImVec2(tip0.x - dy * aw, tip0.y + dx * aw), ImVec2(tip0.x + dy * aw, tip0.y - dx * aw), col);
        }
        if (!ed.label.empty() && text_px(cv) >= 7) {
            const ImVec2 c = cv.to_screen(ed.label_at.x, ed.label_at.y);
            graph_text(dl, false, text_px(cv), c, mix(col, IM_COL32(0, 0, 0, 255), 0.35f), ed.label, 0);
        }
    }
}

// What a node looks like beyond its own shape.
struct NodeMarks {
    bool current = false;      // the attempt is here
    bool hovered = false;      // under the mouse (can be clicked)
    bool selected = false;     // picked for "play from here"
    bool on_line = false;      // the current line passed through it
    bool unreachable = false;  // greyed: the analysis found no way there
};

// One node: its shape in Graphviz's colours, the marks, its label.
void draw_node(ImDrawList* dl, const GraphLayout::Node& n, ImVec2 c, float z, const NodeMarks& mk) {
    const Palette& p = palette();
    const float hw = n.w * z * 0.5f, hh = n.h * z * 0.5f;
    const ImU32 fill = parse_colour(n.fill, IM_COL32(255, 255, 255, 255));
    const ImU32 line = mk.current ? p.accent : parse_colour(n.color, IM_COL32(0, 0, 0, 255));
    const float th = mk.current ? std::max(3.0f, 2.5f * z) : std::max(1.0f, z);
    const ImVec2 a0(c.x - hw, c.y - hh), b0(c.x + hw, c.y + hh);
    if (mk.current) dl->AddRectFilled(ImVec2(a0.x - 5 * z, a0.y - 5 * z), ImVec2(b0.x + 5 * z, b0.y + 5 * z), with_alpha(p.accent, 0.25f), 8 * z);
    if (n.shape == "doubleoctagon" || n.shape == "octagon") {
        ImVec2 o[8];
        octagon(c, hw, hh, 0, o);
        polygon(dl, o, 8, fill, line, th);
        if (n.shape == "doubleoctagon") {
            octagon(c, hw, hh, 3 * z, o);
            dl->AddPolyline(o, 8, line, ImDrawFlags_Closed, std::max(1.0f, z * 0.8f));
        }
    } else if (n.shape == "diamond") {
        const ImVec2 d[4] = {ImVec2(c.x, a0.y), ImVec2(b0.x, c.y), ImVec2(c.x, b0.y), ImVec2(a0.x, c.y)};
        polygon(dl, d, 4, fill, line, th);
    } else {
        const float r = n.style.find("rounded") != std::string::npos ? 6 * z : 0;
        dl->AddRectFilled(a0, b0, fill, r);
        dl->AddRect(a0, b0, line, r, 0, th);
    }
    if (mk.hovered) dl->AddRect(ImVec2(a0.x - 2, a0.y - 2), ImVec2(b0.x + 2, b0.y + 2), p.accent_hover, 6 * z, 0, 2.0f);
    if (mk.selected && !mk.current) dl->AddRect(ImVec2(a0.x - 3, a0.y - 3), ImVec2(b0.x + 3, b0.y + 3), p.accent, 6 * z, 0, 1.5f);
    if (mk.on_line && !mk.current) dl->AddCircleFilled(ImVec2(b0.x - 5 * z, a0.y + 5 * z), std::max(2.0f, 2.5f * z), p.accent, 12);
    // The label: the first line (the id) bold.
    const float px = 10.0f * z * 1.164f;
    if (px >= 5 && !n.lines.empty()) {
        const ImU32 tc = mk.unreachable ? IM_COL32(150, 150, 150, 255) : IM_COL32(30, 30, 30, 255);
        const float line_h = px * 1.02f;
        float y = c.y - line_h * float(n.lines.size()) * 0.5f + line_h * 0.5f;
        for (size_t i = 0; i < n.lines.size(); ++i, y += line_h) graph_text(dl, i == 0 && n.shape != "diamond", px, ImVec2(c.x, y), tc, n.lines[i], n.w * z - 6 * z);
    }
}

// The visible nodes over the edges; remembers where each was drawn.
// Returns the node under the mouse ("" = none).
std::string draw_nodes(AuthorPanel& a, ImDrawList* dl, const AuthorModel& am, const Session* ses, const Scenario* sc, const std::string& current,
                       const Canvas& cv, bool area_hovered) {
    const GraphLayout& gl = am.layout();
    // Which nodes the current line went through (a small mark on each).
    std::vector<std::string> on_line;
    if (ses)
        for (const Step& st : ses->steps()) on_line.push_back(ses->scenario().target_id(st.arrival.at));
    auto unreachable = [&](const std::string& id) {
        const Analysis* r = am.reach();
        if (!r) return false;
        return std::find(r->unreachable_nodes.begin(), r->unreachable_nodes.end(), id) != r->unreachable_nodes.end() ||
               std::find(r->unreachable_endings.begin(), r->unreachable_endings.end(), id) != r->unreachable_endings.end();
    };
    std::string hovered_node;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const float z = cv.z;
    for (const GraphLayout::Node& n : gl.nodes) {
        const ImVec2 c = cv.to_screen(n.x, n.y);
        const float hw = n.w * z * 0.5f, hh = n.h * z * 0.5f;
        if (c.x + hw < cv.clip_min.x || c.x - hw > cv.clip_max.x || c.y + hh < cv.clip_min.y || c.y - hh > cv.clip_max.y) continue;
        const bool is_target = sc && sc->find_target(n.name);
        NodeMarks mk;
        mk.current = n.name == current;
        mk.unreachable = unreachable(n.name);
        mk.hovered = area_hovered && is_target && mouse.x >= c.x - hw && mouse.x <= c.x + hw && mouse.y >= c.y - hh && mouse.y <= c.y + hh;
        mk.selected = n.name == a.selected;
        mk.on_line = std::find(on_line.begin(), on_line.end(), n.name) != on_line.end();
        if (mk.hovered) hovered_node = n.name;
        draw_node(dl, n, c, z, mk);
        if (is_target) a.drawn[n.name] = c;
    }
    return hovered_node;
}

// The mouse on the canvas: the wheel zooms around it (next frame), a press
// on a node jumps there, a drag elsewhere pans. Returns the node clicked.
std::string canvas_input(AuthorPanel& a, const std::string& hovered_node, ImVec2 win_pos, bool area_hovered, bool area_pressed, bool area_active,
                         const ViewContext& cx) {
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    std::string clicked;
    if (area_hovered && ImGui::GetIO().MouseWheel != 0) {
        const float factor = std::pow(1.15f, ImGui::GetIO().MouseWheel);
        a.wheel_zoom = std::clamp(a.zoom * factor, 0.08f, 4.0f);
        a.wheel_anchor = ImVec2(mouse.x - win_pos.x, mouse.y - win_pos.y);
    }
    if (area_pressed) {
        if (!hovered_node.empty()) clicked = hovered_node;
        a.panning = hovered_node.empty();
    }
    if (area_active && a.panning) {
        const ImVec2 d = ImGui::GetIO().MouseDelta;
        if (d.x != 0) ImGui::SetScrollX(ImGui::GetScrollX() - d.x);
        if (d.y != 0) ImGui::SetScrollY(ImGui::GetScrollY() - d.y);
    }
    if (!area_active) a.panning = false;
    if (!hovered_node.empty() && !area_active) {
        ImGui::BeginTooltip();
        {
            ui::WrapPos wrap(em() * 24);
            ImGui::TextUnformatted(hovered_node.c_str());
            ui::text_muted(cx.strings("author.graph_click"), fonts().small);
        }
        ImGui::EndTooltip();
    }
    return clicked;
}

Commands graph_tab(AuthorPanel& a, const AuthorPanel::Model& m, float width, const ViewContext& cx) {
    const Palette& p = palette();
    const AuthorModel& am = m.author;
    const float e = em();
    a.drawn.clear();
    if (am.graph_state() == AuthorModel::GraphState::None || am.layout().nodes.empty()) {
        const bool waiting = am.loading() || am.graph_state() == AuthorModel::GraphState::Laying;
        ui::text_muted(waiting ? cx.strings("author.graph_waiting") : cx.strings("author.graph_none"));
        return {};
    }
    const GraphLayout& gl = am.layout();
    const Scenario* sc = m.session ? &m.session->scenario() : am.scenario().get();
    const std::string current = m.session ? m.session->scenario().target_id(m.session->current().arrival.at) : std::string();
    if (a.selected.empty() || (sc && !sc->find_target(a.selected))) a.selected = current;

    Commands out;
    const ViewAsk ask = graph_toolbar(a, am, sc, m.session != nullptr, width, out, cx);
    if (ask.left) return out;
    const float pad = e * 0.8f;
    const ImVec2 canvas(width, std::max(e * 5, ImGui::GetContentRegionAvail().y));
    place_view(a, am, ask, canvas, pad, current);

    ui::Style bg(ImGuiCol_ChildBg, p.high_contrast ? IM_COL32(245, 245, 245, 255) : p.surface);
    ui::Child child("##canvas", canvas, true, ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    bg.end();
    a.last_scroll = ImVec2(ImGui::GetScrollX(), ImGui::GetScrollY());
    Canvas cv;
    cv.origin = ImGui::GetCursorScreenPos();
    cv.pad = pad;
    cv.z = a.zoom;
    const ImVec2 win_pos = ImGui::GetWindowPos();
    ImGui::InvisibleButton("##graph-area", ImVec2(gl.width * a.zoom + pad * 2, gl.height * a.zoom + pad * 2));
    const bool area_hovered = ImGui::IsItemHovered();
    const bool area_pressed = ImGui::IsItemActivated();
    const bool area_active = ImGui::IsItemActive();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    cv.clip_min = ImGui::GetWindowPos();
    cv.clip_max = ImVec2(cv.clip_min.x + canvas.x, cv.clip_min.y + canvas.y);
    // Edges first, nodes over them.
    draw_edges(dl, gl, cv);
    const std::string hovered_node = draw_nodes(a, dl, am, m.session, sc, current, cv, area_hovered);
    const std::string clicked = canvas_input(a, hovered_node, win_pos, area_hovered, area_pressed, area_active, cx);
    child.end();
    if (!clicked.empty()) out.push_back(Command::AuthorJump{clicked});
    return out;
}

// [SECTION] state inspector

// A label at the left of the inspector's row, then the field's width set.
struct RowLabel {
    float label_w, field_w;
    void operator()(const std::string& text, bool muted = false) const {
        const Palette& p = palette();
        ImGui::AlignTextToFramePadding();
        {
            ui::Style color(ImGuiCol_Text, muted ? p.text_muted : p.text);
            ui::WrapPos wrap(ImGui::GetCursorPosX() + label_w - em() * 0.3f);
            ImGui::TextUnformatted(text.c_str());
        }
        ImGui::SameLine(label_w);
        ImGui::SetNextItemWidth(field_w);
    }
};

// Where the attempt stands: node, phase, turn; how it began; edits.
void where_it_stands(const Session& ses, bool editable, const ViewContext& cx) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    const Scenario& sc = ses.scenario();
    const std::string at = sc.target_id(ses.current().arrival.at);
    static const char* phase_keys[] = {"author.phase_talking", "author.phase_choosing", "author.phase_ended", "author.phase_failed"};
    ui::text(s.fmt("author.state_at", {at, s(phase_keys[int(ses.phase())]), std::to_string(ses.turns())}), fonts().small);
    if (ses.begin().index != sc.start.index || ses.begin().kind != sc.start.kind)
        ui::text_muted(s.fmt("author.state_began_at", {sc.target_id(ses.begin())}), fonts().small);
    if (ses.author_edited()) ui::text_muted(s("author.state_edited"), fonts().small);
    if (!editable) ui::text(s("author.state_failed"), fonts().small, p.bad);
}

// Meters: every one, with its bounds.
void meter_rows(const Session& ses, bool editable, const RowLabel& label, Commands& out, const ViewContext& cx) {
    const UiStrings& s = cx.strings;
    const Scenario& sc = ses.scenario();
    ui::space(0.3f);
    ui::text(s("author.meters"), fonts().bold);
    if (sc.meters.empty()) ui::text_muted(s("author.none"), fonts().small);
    for (size_t i = 0; i < sc.meters.size(); ++i) {
        const Meter& m = sc.meters[i];
        ui::Id id{int(i)};
        std::string name = m.id + "  (" + format_number(m.min) + " \xE2\x80\xA6 " + format_number(m.max) + ")";
        if (!m.visible) name += "  " + std::string(s("author.hidden"));
        label(name, !m.visible);
        double val = ses.state().meters[i];
        // A see-through grab, so that the value under it stays readable.
        ImVec4 grab = ImGui::GetStyleColorVec4(ImGuiCol_SliderGrab);
        grab.w *= 0.45f;
        {
            ui::Style see_through(ImGuiCol_SliderGrab, grab);
            if (ImGui::SliderScalar("##meter", ImGuiDataType_Double, &val, &m.min, &m.max, "%.4g") && editable)
                out.push_back(Command::AuthorSetMeter{int(i), val});
        }
        ui::note_focusable();
    }
}

// Raw competency scores.
void score_rows(const Session& ses, bool editable, const RowLabel& label, Commands& out, const ViewContext& cx) {
    const Scenario& sc = ses.scenario();
    ui::space(0.3f);
    ui::text(cx.strings("author.scores"), fonts().bold);
    for (size_t k = 0; k < sc.competencies.size(); ++k) {
        ui::Id id{int(100 + k)};
        label(sc.competencies[k].id);
        double val = ses.state().scores[k];
        const double max = k < sc.competency_max.size() ? sc.competency_max[k] : 0;
        const std::string format = "%.4g  (max " + format_number(max) + ")";
        if (ImGui::DragScalar("##score", ImGuiDataType_Double, &val, 0.1f, nullptr, nullptr, format.c_str()) && editable)
            out.push_back(Command::AuthorSetScore{int(k), val});
        ui::note_focusable();
    }
}

// Flags as they are: true/false toggles, numbers and texts typed; remove
// one, add one by name.
void flag_rows(AuthorPanel& a, const Session& ses, bool editable, const RowLabel& label, float width, Commands& out, const ViewContext& cx) {
    const UiStrings& s = cx.strings;
    const float e = em();
    const State& st = ses.state();
    ui::space(0.3f);
    ui::text(s("author.flags"), fonts().bold);
    if (st.flags.empty()) ui::text_muted(s("author.none"), fonts().small);
    int id = 0;
    for (const auto& [name, value] : st.flags) {
        ui::Id row(++id);
        label(name);
        const float del_w = ImGui::CalcTextSize("\xC3\x97").x + e;
        ImGui::SetNextItemWidth(label.field_w - del_w - e * 0.3f);
        if (const bool* b = std::get_if<bool>(&value)) {
            bool x = *b;
            if (ImGui::Checkbox(*b ? "true" : "false", &x)) out.push_back(Command::AuthorSetFlag{name, x});
        } else if (const double* d = std::get_if<double>(&value)) {
            double x = *d;
            if (ImGui::InputDouble("##num", &x, 1, 5, "%.4g")) out.push_back(Command::AuthorSetFlag{name, x});
        } else {
            std::string x = std::get<std::string>(value);
            if (ImGui::InputText("##text", &x, ImGuiInputTextFlags_EnterReturnsTrue)) out.push_back(Command::AuthorSetFlag{name, x});
        }
        ui::note_focusable();
        ImGui::SameLine(width - del_w);
        if (ui::button("\xC3\x97", ImVec2(del_w, 0), ui::Tone::Quiet)) out.push_back(Command::AuthorClearFlag{name});
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", s("author.flag_remove"));
    }
    const char* add = s("author.flag_add");
    const float add_w = ImGui::CalcTextSize(add).x + e * 1.5f;
    ImGui::SetNextItemWidth(width - add_w - e * 0.5f);
    const bool enter = ImGui::InputTextWithHint("##new-flag", s("author.flag_name"), &a.new_flag, ImGuiInputTextFlags_EnterReturnsTrue);
    ui::note_focusable(true);
    ImGui::SameLine();
    if ((ui::button(add, ImVec2(add_w, 0)) || enter) && !a.new_flag.empty() && editable) {
        out.push_back(Command::AuthorSetFlag{a.new_flag, true});
        a.new_flag.clear();
    }
}

// Visit counts (what `s.visits` reads), the visited ones.
void visit_rows(const Session& ses, bool editable, const RowLabel& label, Commands& out, const ViewContext& cx) {
    const Scenario& sc = ses.scenario();
    ui::space(0.3f);
    ui::text(cx.strings("author.visits"), fonts().bold);
    const int nodes = int(sc.nodes.size());
    for (const auto& [key, count] : ses.state().visits) {
        const TargetRef t{key < nodes ? TargetRef::Kind::Node : TargetRef::Kind::Ending, key < nodes ? key : key - nodes};
        ui::Id id(1000 + key);
        label(sc.target_id(t));
        int x = count;
        if (ImGui::InputInt("##visits", &x) && editable) out.push_back(Command::AuthorSetVisits{t, std::max(0, x)});
        ui::note_focusable();
    }
}

// Jump, or play from here, to any node or ending picked from a list.
void go_to(AuthorPanel& a, const Scenario& sc, float width, Commands& out, const ViewContext& cx) {
    const UiStrings& s = cx.strings;
    ui::space(0.3f);
    ui::text(s("author.go_to"), fonts().bold);
    std::vector<std::string> ids;
    for (const Node& n : sc.nodes) ids.push_back(n.id);
    for (const Ending& en : sc.endings) ids.push_back(en.id);
    a.jump_pick = std::clamp(a.jump_pick, 0, std::max(0, int(ids.size()) - 1));
    if (ids.empty()) return;
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo("##go-to", ids[size_t(a.jump_pick)].c_str())) {
        for (size_t i = 0; i < ids.size(); ++i)
            if (ImGui::Selectable(ids[i].c_str(), int(i) == a.jump_pick)) a.jump_pick = int(i);
        ImGui::EndCombo();
    }
    ui::note_focusable();
    if (ui::button(s("author.jump"))) {
        out.push_back(Command::AuthorJump{ids[size_t(a.jump_pick)]});
        return;
    }
    ImGui::SameLine();
    if (ui::button(s("author.play_from_here"))) {
        out.push_back(Command::PlayFromHere{ids[size_t(a.jump_pick)]});
        return;
    }
    ui::text_muted(s("author.go_to_hint"), fonts().small);
}

Commands state_tab(AuthorPanel& a, const Session* ses, float width, const ViewContext& cx) {
    if (!ses) {
        ui::text_muted(cx.strings("author.state_none"));
        return {};
    }
    const bool editable = ses->phase() != Phase::Failed;
    const float e = em();
    const RowLabel label{std::min(width * 0.42f, e * 11), width - std::min(width * 0.42f, e * 11) - e * 0.5f};
    Commands out;
    where_it_stands(*ses, editable, cx);
    ImGui::BeginDisabled(!editable);
    meter_rows(*ses, editable, label, out, cx);
    score_rows(*ses, editable, label, out, cx);
    flag_rows(a, *ses, editable, label, width, out, cx);
    visit_rows(*ses, editable, label, out, cx);
    ImGui::EndDisabled();
    go_to(a, ses->scenario(), width, out, cx);
    return out;
}

// [SECTION] messages (diagnostics)

void messages_tab(AuthorPanel& a, const AuthorModel& am, float width, const ViewContext& cx) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    const Diagnostics& d = am.diagnostics();
    if (am.loads() == 0) {
        ui::text_muted(s("author.loading_title"));
        return;
    }
    if (d.all().empty()) {
        ui::text(s("author.no_messages"), nullptr, p.good);
    } else {
        ui::text(s.fmt("author.message_count", {std::to_string(d.error_count()), std::to_string(d.warning_count()), std::to_string(am.loads())}),
                 fonts().small);
        if (am.latest_failed() && am.good_load() > 0) ui::text(s.fmt("author.playing_old", {std::to_string(am.good_load())}), fonts().small, p.bad);
        ui::text_muted(s("author.copy_hint"), fonts().small);
        ui::space(0.2f);
        int k = 0;
        for (const Diagnostic& x : d.all()) {
            ui::Id id(++k);
            const std::string line = x.format();
            if (selectable_text(line, x.severity == Severity::Error ? p.bad : p.text, width)) {
                ImGui::SetClipboardText(line.c_str());
                a.copied = line;
            }
        }
        if (!a.copied.empty()) ui::text_muted(s("author.copied"), fonts().small);
        if (ui::button(s("author.copy_all"))) {
            std::string all;
            for (const Diagnostic& x : d.all()) all += x.format() + "\n";
            ImGui::SetClipboardText(all.c_str());
            a.copied = all;
        }
    }
    if (!am.latest().log.empty()) {
        ui::space(0.4f);
        ui::text(s("author.printed"), fonts().bold);
        ui::text(am.latest().log, fonts().small, p.text_muted);
    }
}

// [SECTION] the panel: header, banners, tabs

Commands panel(AuthorPanel& a, const AuthorPanel::Model& m, float width, float height, const ViewContext& cx) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    const AuthorModel& am = m.author;
    const float e = em();
    const float top = ImGui::GetCursorPosY();
    Commands out;
    if (panel_header(a, am, width, out, cx)) return out;

    const size_t errors = am.diagnostics().error_count(), warnings = am.diagnostics().warning_count();
    std::string messages = s("author.tab_messages");
    if (errors + warnings > 0) messages += " (" + std::to_string(errors + warnings) + ")";
    messages += "###messages";
    const std::string graph = std::string(s("author.tab_graph")) + "###graph";
    const std::string state = std::string(s("author.tab_state")) + "###state";
    auto flags_for = [&](AuthorPanel::Tab t) { return a.tab_requested && a.tab == t ? ImGuiTabItemFlags_SetSelected : 0; };
    const ImU32 active = p.high_contrast ? p.accent_soft : mix(p.accent_soft, p.accent, 0.25f);
    ui::Style tabs(ImGuiCol_Tab, p.neutral);
    tabs.color(ImGuiCol_TabHovered, p.accent_soft).color(ImGuiCol_TabActive, active).color(ImGuiCol_TabUnfocused, p.neutral);
    tabs.color(ImGuiCol_TabUnfocusedActive, active);
    if (!ImGui::BeginTabBar("##author-tabs")) return out;
    const float body_h = std::max(e * 6, height - (ImGui::GetCursorPosY() - top) - ImGui::GetFrameHeightWithSpacing());
    if (ImGui::BeginTabItem(graph.c_str(), nullptr, flags_for(AuthorPanel::Tab::Graph))) {
        if (!a.tab_requested) a.tab = AuthorPanel::Tab::Graph;
        append(out, graph_tab(a, m, width, cx));
        ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem(state.c_str(), nullptr, flags_for(AuthorPanel::Tab::State))) {
        if (!a.tab_requested) a.tab = AuthorPanel::Tab::State;
        {
            ui::Child child("##state", ImVec2(width, body_h), false, ImGuiWindowFlags_NavFlattened);
            append(out, state_tab(a, m.session, width - ImGui::GetStyle().ScrollbarSize - 4, cx));
        }
        ImGui::EndTabItem();
    }
    bool open = false;
    {
        ui::Style color(ImGuiCol_Text, errors > 0 ? p.bad : ImGui::GetColorU32(ImGuiCol_Text));
        open = ImGui::BeginTabItem(messages.c_str(), nullptr, flags_for(AuthorPanel::Tab::Messages));
    }
    if (open) {
        if (!a.tab_requested) a.tab = AuthorPanel::Tab::Messages;
        {
            ui::Child child("##messages", ImVec2(width, body_h), false, ImGuiWindowFlags_NavFlattened);
            messages_tab(a, am, width - ImGui::GetStyle().ScrollbarSize - 4, cx);
        }
        ImGui::EndTabItem();
    }
    a.tab_requested = false;
    ImGui::EndTabBar();
    return out;
}

// What the left side shows while no version could be played yet.
Commands waiting_card(const AuthorModel& am, const ViewContext& cx) {
    const Palette& p = palette();
    const UiStrings& s = cx.strings;
    ui::space(1.0f);
    ui::Card card(ImGui::GetContentRegionAvail().x);
    if (am.loading() && am.loads() == 0) {
        ui::heading(s("author.loading_title"));
        ui::text_muted(am.path());
    } else {
        ui::text(s("author.nothing_playable_title"), fonts().heading, p.bad);
        ui::text(s("author.nothing_playable_text"));
    }
    ui::space(0.4f);
    if (ui::button(s("common.library"))) return {Command::Show{Screen::Library}};
    return {};
}

}  // namespace

// [SECTION] the frame: the screen and the panel side by side

Commands AuthorPanel::draw_beside(const Model& m, const ViewContext& cx, const std::function<Commands()>& conversation) {
    const Palette& p = palette();
    const float e = em();
    // Both sides get the whole window as their own (the screens lay out
    // against the window's padding, as when they fill it alone).
    const ImVec2 avail = ImGui::GetWindowSize();
    ImGui::SetCursorScreenPos(ImGui::GetWindowPos());
    const float grip = e * 0.5f;
    const float min_left = std::min(e * 24, avail.x * 0.5f), min_right = std::min(e * 20, avail.x * 0.4f);
    const float left_w = std::floor(std::clamp(avail.x * split, min_left, std::max(min_left, avail.x - grip - min_right)));

    Commands out;
    {
        const ImGuiWindowFlags play_flags = ImGuiWindowFlags_NavFlattened | ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar |
                                            ImGuiWindowFlags_NoScrollWithMouse;
        ui::Child play("##play", ImVec2(left_w, avail.y), false, play_flags);
        if (m.session) {
            out = conversation();
        } else {
            out = waiting_card(m.author, cx);
            if (!out.empty()) return out;  // back to the library
        }
    }

    // The grip between the two: drag to share the width differently.
    ImGui::SameLine(0, 0);
    const ImVec2 g = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("##split", ImVec2(grip, avail.y));
    if (ImGui::IsItemActive() && avail.x > 0) split = std::clamp(split + ImGui::GetIO().MouseDelta.x / avail.x, 0.2f, 0.8f);
    if (ImGui::IsItemHovered() || ImGui::IsItemActive()) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
    ImGui::GetWindowDrawList()->AddLine(ImVec2(g.x + grip * 0.5f, g.y), ImVec2(g.x + grip * 0.5f, g.y + avail.y),
                                        ImGui::IsItemHovered() || ImGui::IsItemActive() ? p.accent : p.border, 2.0f);
    ImGui::SameLine(0, 0);
    const float right_w = avail.x - left_w - grip;
    ui::Child right("##author", ImVec2(right_w, avail.y), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_AlwaysUseWindowPadding);
    const ImVec2 inner = ImGui::GetContentRegionAvail();
    append(out, panel(*this, m, inner.x, inner.y, cx));
    return out;
}

}  // namespace lab
