#include "portrait.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <imgui_internal.h>

#include "theme.h"

namespace lab {

// [SECTION] expressions

Expression expression_for(Mood m) {
    Expression e;
    switch (m) {
        case Mood::Neutraal:
            e.mouth_curve = 0.2f;
            break;
        case Mood::Blij:
            e.brow_raise = 0.35f; e.brow_tilt = 0.1f; e.eye_smile = 1.0f; e.eye_open = 0.9f;
            e.mouth_curve = 1.0f; e.mouth_open = 0.55f; e.mouth_width = 1.2f; e.blush = 1.0f;
            break;
        case Mood::Gespannen:
            e.brow_raise = 0.3f; e.brow_tilt = 0.55f; e.eye_open = 1.15f;
            e.mouth_curve = -0.15f; e.mouth_width = 0.72f; e.mouth_wave = 0.35f; e.sweat = 1.0f;
            break;
        case Mood::Boos:
            e.brow_raise = -0.55f; e.brow_tilt = -1.0f; e.eye_open = 0.78f;
            e.mouth_curve = -0.75f; e.mouth_open = 0.18f; e.mouth_width = 0.95f; e.flush = 1.0f;
            break;
        case Mood::Verdrietig:
            e.brow_raise = 0.15f; e.brow_tilt = 1.0f; e.eye_open = 0.8f; e.look_y = 0.6f;
            e.mouth_curve = -0.8f; e.mouth_width = 0.8f; e.tear = 1.0f;
            break;
        case Mood::Verward:
            e.brow_asym = 1.0f; e.brow_tilt = 0.25f; e.eye_open = 1.05f; e.look_x = 0.5f; e.look_y = -0.5f;
            e.mouth_curve = -0.1f; e.mouth_width = 0.8f; e.mouth_wave = 1.0f; e.head_tilt = 0.08f;
            break;
        case Mood::Afwijzend:
            e.brow_raise = -0.25f; e.brow_tilt = -0.35f; e.eye_open = 0.72f; e.look_x = -0.9f;
            e.mouth_curve = -0.35f; e.mouth_width = 0.75f; e.mouth_skew = 0.8f; e.head_tilt = -0.07f;
            break;
    }
    return e;
}

Expression blend(const Expression& a, const Expression& b, float t) {
    auto l = [t](float x, float y) { return x + (y - x) * t; };
    Expression r;
    r.brow_raise = l(a.brow_raise, b.brow_raise);
    r.brow_tilt = l(a.brow_tilt, b.brow_tilt);
    r.brow_asym = l(a.brow_asym, b.brow_asym);
    r.eye_open = l(a.eye_open, b.eye_open);
    r.eye_smile = l(a.eye_smile, b.eye_smile);
    r.look_x = l(a.look_x, b.look_x);
    r.look_y = l(a.look_y, b.look_y);
    r.mouth_curve = l(a.mouth_curve, b.mouth_curve);
    r.mouth_open = l(a.mouth_open, b.mouth_open);
    r.mouth_width = l(a.mouth_width, b.mouth_width);
    r.mouth_wave = l(a.mouth_wave, b.mouth_wave);
    r.mouth_skew = l(a.mouth_skew, b.mouth_skew);
    r.blush = l(a.blush, b.blush);
    r.flush = l(a.flush, b.flush);
    r.tear = l(a.tear, b.tear);
    r.sweat = l(a.sweat, b.sweat);
    r.head_tilt = l(a.head_tilt, b.head_tilt);
    return r;
}

// [SECTION] colours

ImU32 skin_color(int skin) {
    static const ImU32 tones[6] = {
        IM_COL32(0xF7, 0xDB, 0xC8, 0xFF), IM_COL32(0xEC, 0xC3, 0xA2, 0xFF), IM_COL32(0xD8, 0xA2, 0x7B, 0xFF),
        IM_COL32(0xB8, 0x7E, 0x57, 0xFF), IM_COL32(0x8E, 0x5B, 0x3D, 0xFF), IM_COL32(0x5F, 0x3C, 0x28, 0xFF),
    };
    if (skin < 1) skin = 1;
    if (skin > 6) skin = 6;
    return tones[skin - 1];
}

bool parse_hex_color(const std::string& s, ImU32& out) {
    if (s.size() != 7 || s[0] != '#') return false;
    unsigned v = 0;
    for (size_t i = 1; i < 7; ++i) {
        char c = s[i];
        unsigned d;
        if (c >= '0' && c <= '9') d = unsigned(c - '0');
        else if (c >= 'a' && c <= 'f') d = unsigned(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') d = unsigned(c - 'A' + 10);
        else return false;
        v = v * 16 + d;
    }
    out = IM_COL32((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF, 0xFF);
    return true;
}

namespace {

constexpr float kPi = 3.14159265f;
inline float rad(float deg) { return deg * kPi / 180.0f; }

ImU32 darker(ImU32 c, float t) { return mix(c, IM_COL32(0, 0, 0, 255), t); }
ImU32 lighter(ImU32 c, float t) { return mix(c, IM_COL32(255, 255, 255, 255), t); }

// [SECTION] drawing helpers in unit coordinates

class Canvas {
public:
    Canvas(ImDrawList* dl, ImVec2 pos, float size, float tilt) : m_dl(dl), m_pos(pos), m_size(size), m_tilt(tilt) {}

    float size() const { return m_size; }
    // Unit point -> screen, turned with the head when `head`.
    ImVec2 at(float x, float y, bool head = true) const {
        // The figure is drawn a little larger than its unit box, so the
        // face fills the circle.
        constexpr float kZoom = 1.14f;
        x = 0.5f + (x - 0.5f) * kZoom;
        y = 0.47f + (y - 0.5f) * kZoom;
        if (head && m_tilt != 0) {
            const float px = 0.5f, py = 0.78f;
            const float c = std::cos(m_tilt), s = std::sin(m_tilt);
            const float dx = x - px, dy = y - py;
            x = px + dx * c - dy * s;
            y = py + dx * s + dy * c;
        }
        return ImVec2(m_pos.x + x * m_size, m_pos.y + y * m_size);
    }
    ImVec2 at(ImVec2 u, bool head = true) const { return at(u.x, u.y, head); }

    std::vector<ImVec2> ellipse_pts(float cx, float cy, float rx, float ry, float from_deg = 0, float to_deg = 360, int n = 48,
                                    float rot_deg = 0) const {
        std::vector<ImVec2> out;
        const float r = rad(rot_deg), cr = std::cos(r), sr = std::sin(r);
        for (int i = 0; i <= n; ++i) {
            float t = rad(from_deg + (to_deg - from_deg) * float(i) / float(n));
            float x = rx * std::cos(t), y = ry * std::sin(t);
            out.push_back(ImVec2(cx + x * cr - y * sr, cy + x * sr + y * cr));
        }
        if (to_deg - from_deg >= 360) out.pop_back();
        return out;
    }

    // Fills a polygon that is star-shaped around its centroid (concave is fine).
    void fill(const std::vector<ImVec2>& unit, ImU32 col, bool head = true) const {
        if (unit.size() < 3 || (col >> IM_COL32_A_SHIFT) == 0) return;
        std::vector<ImVec2> p;
        p.reserve(unit.size());
        ImVec2 c(0, 0);
        for (const ImVec2& u : unit) {
            p.push_back(at(u, head));
            c.x += p.back().x;
            c.y += p.back().y;
        }
        c.x /= float(p.size());
        c.y /= float(p.size());
        const int n = int(p.size());
        const ImVec2 uv = m_dl->_Data->TexUvWhitePixel;
        m_dl->PrimReserve(n * 3, n + 1);
        const ImDrawIdx base = ImDrawIdx(m_dl->_VtxCurrentIdx);
        m_dl->PrimWriteVtx(c, uv, col);
        for (int i = 0; i < n; ++i) m_dl->PrimWriteVtx(p[size_t(i)], uv, col);
        for (int i = 0; i < n; ++i) {
            m_dl->PrimWriteIdx(base);
            m_dl->PrimWriteIdx(ImDrawIdx(base + 1 + i));
            m_dl->PrimWriteIdx(ImDrawIdx(base + 1 + (i + 1) % n));
        }
        // Soft edge.
        m_dl->AddPolyline(p.data(), n, col, ImDrawFlags_Closed, 1.0f);
    }
    void fill_ellipse(float cx, float cy, float rx, float ry, ImU32 col, bool head = true, float rot = 0) const {
        fill(ellipse_pts(cx, cy, rx, ry, 0, 360, 40, rot), col, head);
    }
    void stroke(const std::vector<ImVec2>& unit, ImU32 col, float thickness, bool closed = false, bool head = true) const {
        std::vector<ImVec2> p;
        for (const ImVec2& u : unit) p.push_back(at(u, head));
        m_dl->AddPolyline(p.data(), int(p.size()), col, closed ? ImDrawFlags_Closed : ImDrawFlags_None, thickness * m_size);
        if (!closed && p.size() >= 2) {  // round caps
            m_dl->AddCircleFilled(p.front(), thickness * m_size * 0.5f, col, 12);
            m_dl->AddCircleFilled(p.back(), thickness * m_size * 0.5f, col, 12);
        }
    }
    ImDrawList* dl() const { return m_dl; }

private:
    ImDrawList* m_dl;
    ImVec2 m_pos;
    float m_size;
    float m_tilt;
};

std::vector<ImVec2> quad_bezier(ImVec2 a, ImVec2 c, ImVec2 b, int n = 16) {
    std::vector<ImVec2> out;
    for (int i = 0; i <= n; ++i) {
        float t = float(i) / float(n), u = 1 - t;
        out.push_back(ImVec2(u * u * a.x + 2 * u * t * c.x + t * t * b.x, u * u * a.y + 2 * u * t * c.y + t * t * b.y));
    }
    return out;
}

void append(std::vector<ImVec2>& to, const std::vector<ImVec2>& from) { to.insert(to.end(), from.begin(), from.end()); }

struct Face {
    float cx = 0.5f, cy = 0.44f, rx = 0.195f, ry = 0.245f;
    // A point on the head outline; the jaw narrows towards the chin.
    ImVec2 outline(float deg, float grow = 1.0f) const {
        float t = rad(deg);
        float s = std::sin(t);
        float narrow = s > 0 ? 1.0f - 0.2f * s * s : 1.0f;
        return ImVec2(cx + rx * grow * std::cos(t) * narrow, cy + ry * grow * s);
    }
    std::vector<ImVec2> outline_pts(float from, float to, float grow = 1.0f, int n = 40) const {
        std::vector<ImVec2> out;
        for (int i = 0; i <= n; ++i) out.push_back(outline(from + (to - from) * float(i) / float(n), grow));
        return out;
    }
};

// [SECTION] hair

void hair_back(const Canvas& cv, const Face& f, const Portrait& p, ImU32 hair) {
    const std::string& h = p.hair;
    if (h == "lang") {
        std::vector<ImVec2> pts = cv.ellipse_pts(f.cx, f.cy + 0.0f, f.rx * 1.22f, f.ry * 1.12f, 180, 360, 40);
        pts.push_back(ImVec2(f.cx + f.rx * 1.3f, 0.76f));
        pts.push_back(ImVec2(f.cx + f.rx * 0.6f, 0.80f));
        pts.push_back(ImVec2(f.cx - f.rx * 0.6f, 0.80f));
        pts.push_back(ImVec2(f.cx - f.rx * 1.3f, 0.76f));
        cv.fill(pts, hair);
    } else if (h == "krullen") {
        cv.fill(cv.ellipse_pts(f.cx, f.cy - 0.01f, f.rx * 1.2f, f.ry * 1.12f), hair);
        for (int i = 0; i <= 16; ++i) {
            float deg = 150 + 240.0f * float(i) / 16.0f;
            float t = rad(deg);
            float x = f.cx + f.rx * 1.22f * std::cos(t), y = f.cy - 0.01f + f.ry * 1.1f * std::sin(t);
            cv.fill_ellipse(x, y, 0.055f, 0.055f, hair);
            cv.stroke(cv.ellipse_pts(x - 0.008f, y - 0.006f, 0.03f, 0.03f, 200, 290, 8), lighter(hair, 0.18f), 0.006f);
        }
    } else if (h == "staart") {
        cv.fill_ellipse(f.cx + f.rx * 1.05f, f.cy + 0.14f, 0.055f, 0.17f, hair, true, -18);
        cv.fill_ellipse(f.cx + f.rx * 0.92f, f.cy - 0.02f, 0.03f, 0.03f, darker(hair, 0.45f));
    } else if (h == "knot") {
        cv.fill_ellipse(f.cx, f.cy - f.ry - 0.05f, 0.075f, 0.068f, hair);
        cv.stroke(cv.ellipse_pts(f.cx, f.cy - f.ry - 0.05f, 0.045f, 0.04f, 200, 340, 12), lighter(hair, 0.2f), 0.007f);
    } else if (h == "hoofddoek") {
        std::vector<ImVec2> pts = cv.ellipse_pts(f.cx, f.cy + 0.0f, f.rx * 1.3f, f.ry * 1.2f, 180, 360, 40);
        pts.push_back(ImVec2(f.cx + f.rx * 1.55f, 0.80f));
        pts.push_back(ImVec2(f.cx + f.rx * 1.1f, 0.90f));
        pts.push_back(ImVec2(f.cx, 0.93f));
        pts.push_back(ImVec2(f.cx - f.rx * 1.1f, 0.90f));
        pts.push_back(ImVec2(f.cx - f.rx * 1.55f, 0.80f));
        cv.fill(pts, hair, false);
    }
}

void hair_front(const Canvas& cv, const Face& f, const Portrait& p, ImU32 hair) {
    const std::string& h = p.hair;
    const float top = f.cy - f.ry;
    if (h == "kort" || h == "lang") {
        std::vector<ImVec2> pts = cv.ellipse_pts(f.cx, f.cy - 0.012f, f.rx * 1.07f, f.ry * 1.06f, 186, 354, 40);
        // Fringe with a side parting, from the right temple back to the left.
        float side = h == "lang" ? 0.05f : -0.02f;
        append(pts, quad_bezier(ImVec2(f.cx + f.rx * 1.03f, f.cy + side), ImVec2(f.cx + f.rx * 0.6f, top + 0.05f),
                                ImVec2(f.cx + 0.035f, top + 0.085f)));
        append(pts, quad_bezier(ImVec2(f.cx + 0.035f, top + 0.085f), ImVec2(f.cx - f.rx * 0.45f, top + 0.12f),
                                ImVec2(f.cx - f.rx * 1.03f, f.cy + side)));
        cv.fill(pts, hair);
        if (h == "lang") {
            for (float s : {-1.0f, 1.0f}) {
                std::vector<ImVec2> strand;
                append(strand, quad_bezier(ImVec2(f.cx + s * f.rx * 0.98f, f.cy - 0.06f), ImVec2(f.cx + s * f.rx * 1.05f, f.cy + 0.2f),
                                           ImVec2(f.cx + s * f.rx * 1.18f, 0.74f)));
                append(strand, quad_bezier(ImVec2(f.cx + s * f.rx * 1.32f, 0.72f), ImVec2(f.cx + s * f.rx * 1.3f, f.cy + 0.1f),
                                           ImVec2(f.cx + s * f.rx * 1.12f, f.cy - 0.08f)));
                cv.fill(strand, hair);
            }
        }
        cv.stroke(quad_bezier(ImVec2(f.cx + 0.035f, top + 0.085f), ImVec2(f.cx + f.rx * 0.5f, top + 0.045f),
                              ImVec2(f.cx + f.rx * 0.85f, top + 0.07f)),
                  lighter(hair, 0.15f), 0.006f);
    } else if (h == "krullen") {
        std::vector<ImVec2> pts = cv.ellipse_pts(f.cx, f.cy - 0.015f, f.rx * 1.08f, f.ry * 1.06f, 190, 350, 40);
        append(pts, quad_bezier(ImVec2(f.cx + f.rx * 1.0f, f.cy - 0.04f), ImVec2(f.cx, top + 0.14f), ImVec2(f.cx - f.rx * 1.0f, f.cy - 0.04f)));
        cv.fill(pts, hair);
        for (int i = 0; i <= 8; ++i) {
            float u = float(i) / 8.0f;
            float x = f.cx - f.rx * 0.95f + u * f.rx * 1.9f;
            float y = top + 0.09f + 0.05f * std::pow(std::fabs(u - 0.5f) * 2, 2.0f) * 1.6f - 0.015f * float(i % 2);
            cv.fill_ellipse(x, y, 0.04f, 0.04f, hair);
            cv.stroke(cv.ellipse_pts(x, y + 0.005f, 0.022f, 0.022f, 20, 160, 8), lighter(hair, 0.2f), 0.005f);
        }
    } else if (h == "staart" || h == "knot") {
        std::vector<ImVec2> pts = cv.ellipse_pts(f.cx, f.cy - 0.01f, f.rx * 1.05f, f.ry * 1.05f, 188, 352, 40);
        append(pts, quad_bezier(ImVec2(f.cx + f.rx * 1.02f, f.cy - 0.03f), ImVec2(f.cx, top + 0.02f), ImVec2(f.cx - f.rx * 1.02f, f.cy - 0.03f)));
        cv.fill(pts, hair);
        for (float dx : {-0.07f, 0.0f, 0.07f})
            cv.stroke(quad_bezier(ImVec2(f.cx + dx * 1.4f, top + 0.07f), ImVec2(f.cx + dx, top + 0.0f), ImVec2(f.cx + dx * 0.5f, top - 0.012f)),
                      lighter(hair, 0.16f), 0.005f);
    } else if (h == "kaal") {
        cv.stroke(cv.ellipse_pts(f.cx - 0.03f, top + 0.07f, 0.09f, 0.045f, 200, 290, 12), IM_COL32(255, 255, 255, 70), 0.012f);
    } else if (h == "hoofddoek") {
        // The scarf's edge framing the face, and a fold under the chin.
        cv.stroke(f.outline_pts(170, 370, 1.03f), darker(hair, 0.18f), 0.03f);
        cv.stroke(f.outline_pts(178, 362, 1.1f), hair, 0.04f);
        cv.stroke(quad_bezier(ImVec2(f.cx - 0.1f, 0.74f), ImVec2(f.cx, 0.80f), ImVec2(f.cx + 0.12f, 0.76f)), darker(hair, 0.15f), 0.008f);
    }
}

// [SECTION] face

// Both eyes (smiling arcs, or open with the gaze), with the upper lid line.
void draw_eyes(const Canvas& cv, const Face& f, const Expression& e, float ex, float ey, bool young, bool old, ImU32 line, ImU32 ink) {
    for (float s : {-1.0f, 1.0f}) {
        const float x = f.cx + s * ex;
        if (e.eye_smile >= 0.5f) {
            cv.stroke(cv.ellipse_pts(x, ey + 0.012f, 0.026f, 0.02f, 200, 340, 14), ink, 0.011f);
            continue;
        }
        const float open = std::max(0.35f, e.eye_open * (1.0f - e.eye_smile));
        const float rx = young ? 0.03f : 0.028f, ry = 0.02f * open;
        cv.fill_ellipse(x, ey, rx, ry, IM_COL32(255, 255, 255, 255));
        const float ir = std::min(young ? 0.017f : 0.015f, ry * 1.05f);
        const float gx = x + e.look_x * (rx - ir) * 0.85f, gy = ey + e.look_y * std::max(0.0f, ry - ir) * 0.8f;
        cv.fill_ellipse(gx, gy, ir, std::min(ir, ry), IM_COL32(0x4A, 0x33, 0x24, 0xFF));
        cv.fill_ellipse(gx, gy, ir * 0.55f, std::min(ir, ry) * 0.55f, ink);
        cv.fill_ellipse(gx - ir * 0.35f, gy - ir * 0.35f, ir * 0.28f, ir * 0.28f, IM_COL32(255, 255, 255, 230));
        // Upper lid line.
        cv.stroke(cv.ellipse_pts(x, ey, rx * 1.05f, ry * 1.1f, 190, 350, 14), ink, 0.008f);
        if (old) cv.stroke(cv.ellipse_pts(x, ey + 0.012f, rx * 0.9f, 0.012f, 30, 150, 8), with_alpha(line, 0.45f), 0.004f);
    }
}

// The mouth: open (with teeth in a broad smile) or a curved, maybe uneven line.
void draw_mouth(const Canvas& cv, const Face& f, const Expression& e, bool young, ImU32 skin) {
    const float my = f.cy + (young ? 0.135f : 0.145f);
    const float hw = 0.048f * e.mouth_width;
    const float corner = my - e.mouth_curve * 0.018f;
    ImVec2 left(f.cx - hw, corner + e.mouth_skew * 0.008f), right(f.cx + hw, corner - e.mouth_skew * 0.012f);
    const ImU32 lip = mix(darker(skin, 0.3f), IM_COL32(0xA8, 0x3E, 0x4C, 0xFF), 0.45f);
    if (e.mouth_open > 0.05f) {
        ImVec2 up_c(f.cx, my + e.mouth_curve * 0.012f - e.mouth_open * 0.004f);
        ImVec2 lo_c(f.cx, my + e.mouth_curve * 0.03f + e.mouth_open * 0.05f);
        std::vector<ImVec2> pts = quad_bezier(left, up_c, right, 14);
        std::vector<ImVec2> lower = quad_bezier(right, lo_c, left, 14);
        append(pts, lower);
        cv.fill(pts, IM_COL32(0x5A, 0x22, 0x26, 0xFF));
        if (e.mouth_curve > 0.3f) {
            std::vector<ImVec2> teeth = quad_bezier(ImVec2(left.x + 0.008f, left.y + 0.003f), up_c, ImVec2(right.x - 0.008f, right.y + 0.003f), 12);
            std::vector<ImVec2> tl = quad_bezier(ImVec2(right.x - 0.01f, right.y + 0.006f), ImVec2(f.cx, up_c.y + 0.02f * e.mouth_open + 0.006f),
                                                 ImVec2(left.x + 0.01f, left.y + 0.006f), 12);
            append(teeth, tl);
            cv.fill(teeth, IM_COL32(255, 255, 255, 255));
        }
        std::vector<ImVec2> outline = quad_bezier(left, up_c, right, 14);
        append(outline, lower);
        cv.stroke(outline, lip, 0.006f, true);
    } else {
        std::vector<ImVec2> pts;
        const int n = 16;
        ImVec2 c(f.cx, my + e.mouth_curve * 0.022f);
        for (int i = 0; i <= n; ++i) {
            float t = float(i) / n, u = 1 - t;
            float x = u * u * left.x + 2 * u * t * c.x + t * t * right.x;
            float y = u * u * left.y + 2 * u * t * c.y + t * t * right.y;
            y += e.mouth_wave * 0.006f * std::sin(t * kPi * 3);
            pts.push_back(ImVec2(x, y));
        }
        cv.stroke(pts, lip, 0.011f);
    }
}

// A tear under the eye and a drop of sweat on the forehead.
void draw_drops(const Canvas& cv, const Face& f, const Expression& e, float ex, float ey) {
    if (e.tear > 0.05f) {
        const float x = f.cx + ex + 0.012f, y = ey + 0.04f;
        const ImU32 water = IM_COL32(120, 180, 235, int(220 * e.tear));
        std::vector<ImVec2> drop = {ImVec2(x, y - 0.02f)};
        append(drop, cv.ellipse_pts(x, y, 0.011f, 0.012f, -20, 200, 12));
        cv.fill(drop, water);
    }
    if (e.sweat > 0.05f) {
        const float x = f.cx - f.rx * 0.82f, y = f.cy - 0.1f;
        const ImU32 water = IM_COL32(150, 200, 240, int(220 * e.sweat));
        std::vector<ImVec2> drop = {ImVec2(x, y - 0.022f)};
        append(drop, cv.ellipse_pts(x, y, 0.011f, 0.012f, -20, 200, 12));
        cv.fill(drop, water);
    }
}

// Rounded lenses, the bridge and the arms.
void draw_glasses(const Canvas& cv, const Face& f, float ex, float ey) {
    const ImU32 frame = IM_COL32(0x2B, 0x2B, 0x30, 0xFF);
    for (float s : {-1.0f, 1.0f}) {
        const float x = f.cx + s * ex;
        // A rounded lens (a superellipse, turned with the head).
        std::vector<ImVec2> lens;
        for (int i = 0; i < 36; ++i) {
            float t = rad(float(i) * 10.0f);
            float cs = std::cos(t), sn = std::sin(t);
            float px = 0.05f * (cs >= 0 ? std::pow(cs, 0.6f) : -std::pow(-cs, 0.6f));
            float py = 0.036f * (sn >= 0 ? std::pow(sn, 0.6f) : -std::pow(-sn, 0.6f));
            lens.push_back(ImVec2(x + px, ey + py));
        }
        cv.fill(lens, IM_COL32(255, 255, 255, 40));
        cv.stroke(lens, frame, 0.008f, true);
        cv.stroke({ImVec2(f.cx + s * (ex + 0.05f), ey - 0.012f), ImVec2(f.cx + s * f.rx * 0.98f, ey - 0.006f)}, frame, 0.007f);
    }
    cv.stroke(quad_bezier(ImVec2(f.cx - ex + 0.05f, ey - 0.008f), ImVec2(f.cx, ey - 0.022f), ImVec2(f.cx + ex - 0.05f, ey - 0.008f), 6), frame,
              0.007f);
}

void draw_face(const Canvas& cv, const Face& f, const Portrait& p, const Expression& e, ImU32 skin, ImU32 hair) {
    const bool young = p.age == "jong", old = p.age == "oud";
    const ImU32 shade = darker(skin, 0.16f);
    const float dark = float(std::clamp(p.skin, 1, 6) - 1) / 5.0f;  // 0 lightest .. 1 darkest
    const ImU32 line = darker(skin, 0.42f + 0.2f * dark);
    const ImU32 ink = IM_COL32(0x2A, 0x1F, 0x1A, 0xFF);
    const ImU32 brow_col = p.hair == "hoofddoek" || p.hair == "kaal" ? mix(darker(skin, 0.6f), ink, 0.5f + 0.4f * dark)
                                                                     : mix(darker(hair, 0.25f), ink, 0.1f + 0.6f * dark);
    const float ey = f.cy + 0.005f;
    const float ex = young ? 0.074f : 0.078f;

    // Ears (hidden under a headscarf).
    if (p.hair != "hoofddoek")
        for (float s : {-1.0f, 1.0f}) {
            cv.fill_ellipse(f.cx + s * f.rx * 0.97f, f.cy + 0.02f, 0.032f, 0.048f, skin);
            cv.fill_ellipse(f.cx + s * f.rx * 1.0f, f.cy + 0.02f, 0.014f, 0.026f, shade);
        }
    // Head.
    cv.fill(f.outline_pts(0, 360, 1.0f, 64), skin);
    if (e.flush > 0) cv.fill(f.outline_pts(0, 360, 0.98f, 64), IM_COL32(220, 60, 50, int(40 * e.flush)));
    // Cheeks.
    if (e.blush > 0)
        for (float s : {-1.0f, 1.0f}) cv.fill_ellipse(f.cx + s * 0.105f, f.cy + 0.075f, 0.036f, 0.024f, IM_COL32(240, 110, 110, int(70 * e.blush)));

    draw_eyes(cv, f, e, ex, ey, young, old, line, ink);
    // Brows.
    for (float s : {-1.0f, 1.0f}) {
        const float lift = e.brow_raise * 0.02f + (s < 0 ? e.brow_asym * 0.028f : -e.brow_asym * 0.004f);
        const float by = ey - 0.052f - lift;
        ImVec2 inner(f.cx + s * 0.035f, by - e.brow_tilt * 0.016f);
        ImVec2 outer(f.cx + s * 0.115f, by + e.brow_tilt * 0.006f + 0.004f);
        ImVec2 mid((inner.x + outer.x) / 2, (inner.y + outer.y) / 2 - 0.01f);
        cv.stroke(quad_bezier(inner, mid, outer, 10), brow_col, young ? 0.012f : 0.014f);
    }
    // Nose.
    const float ny = f.cy + (young ? 0.065f : 0.078f);
    cv.stroke(quad_bezier(ImVec2(f.cx - 0.016f, ny - 0.004f), ImVec2(f.cx, ny + 0.014f), ImVec2(f.cx + 0.016f, ny - 0.004f), 10), line, 0.007f);
    if (!young) cv.stroke(quad_bezier(ImVec2(f.cx + 0.006f, ey + 0.02f), ImVec2(f.cx + 0.012f, ny - 0.02f), ImVec2(f.cx + 0.014f, ny - 0.006f), 8),
                          with_alpha(line, 0.35f), 0.005f);
    if (old)
        for (float s : {-1.0f, 1.0f})
            cv.stroke(quad_bezier(ImVec2(f.cx + s * 0.035f, ny + 0.005f), ImVec2(f.cx + s * 0.065f, ny + 0.035f), ImVec2(f.cx + s * 0.06f, ny + 0.07f), 8),
                      with_alpha(line, 0.35f), 0.005f);

    // Beard (under the mouth).
    if (p.beard) {
        // A beard along the jaw, a moustache, and skin around the mouth.
        const ImU32 beard = mix(hair, skin, 0.1f);
        const float mouth_y = f.cy + (young ? 0.135f : 0.145f);
        std::vector<ImVec2> pts = f.outline_pts(26, 154, 1.03f, 30);
        append(pts, quad_bezier(f.outline(154, 1.0f), ImVec2(f.cx - 0.07f, mouth_y + 0.01f), ImVec2(f.cx, mouth_y + 0.03f), 10));
        append(pts, quad_bezier(ImVec2(f.cx, mouth_y + 0.03f), ImVec2(f.cx + 0.07f, mouth_y + 0.01f), f.outline(26, 1.0f), 10));
        cv.fill(pts, beard);
        std::vector<ImVec2> tache = quad_bezier(ImVec2(f.cx - 0.07f, mouth_y + 0.012f), ImVec2(f.cx, mouth_y - 0.05f), ImVec2(f.cx + 0.07f, mouth_y + 0.012f), 12);
        append(tache, quad_bezier(ImVec2(f.cx + 0.06f, mouth_y + 0.004f), ImVec2(f.cx, mouth_y - 0.02f), ImVec2(f.cx - 0.06f, mouth_y + 0.004f), 12));
        cv.fill(tache, beard);
    }

    draw_mouth(cv, f, e, young, skin);

    draw_drops(cv, f, e, ex, ey);

    if (p.glasses) draw_glasses(cv, f, ex, ey);
}

}  // namespace

// [SECTION] portrait

void draw_portrait(ImDrawList* dl, ImVec2 pos, float size, const Portrait& p, const Expression& e, ImU32 behind, ImTextureID image) {
    const Palette& pal = palette();
    const ImVec2 center(pos.x + size * 0.5f, pos.y + size * 0.5f);
    const float radius = size * 0.5f;
    dl->PushClipRect(pos, ImVec2(pos.x + size, pos.y + size), true);
    if (image) {
        dl->AddImageRounded(image, pos, ImVec2(pos.x + size, pos.y + size), ImVec2(0, 0), ImVec2(1, 1), IM_COL32_WHITE, radius);
        dl->AddCircle(center, radius - 0.5f, pal.border, 64, pal.border_width);
        dl->PopClipRect();
        return;
    }
    dl->AddCircleFilled(center, radius, pal.portrait_bg, 64);

    ImU32 skin = skin_color(p.skin);
    ImU32 hair = IM_COL32(0x3B, 0x2A, 0x1A, 0xFF);
    parse_hex_color(p.hair_color, hair);
    ImU32 shirt = IM_COL32(0x5B, 0x7A, 0xA6, 0xFF);
    parse_hex_color(p.shirt, shirt);

    Canvas cv(dl, pos, size, e.head_tilt);
    Face f;
    if (p.age == "jong") {
        f.rx = 0.19f;
        f.ry = 0.232f;
        f.cy = 0.45f;
    }

    if (p.hair != "hoofddoek") hair_back(cv, f, p, hair);
    // Neck and shoulders.
    cv.fill({ImVec2(f.cx - 0.062f, f.cy + 0.16f), ImVec2(f.cx + 0.062f, f.cy + 0.16f), ImVec2(f.cx + 0.07f, 0.8f), ImVec2(f.cx - 0.07f, 0.8f)},
            darker(skin, 0.12f), false);
    cv.fill(cv.ellipse_pts(0.5f, 1.04f, 0.40f, 0.30f, 0, 360, 48), shirt, false);
    cv.fill({ImVec2(f.cx - 0.07f, 0.735f), ImVec2(f.cx + 0.07f, 0.735f), ImVec2(f.cx, 0.815f)}, darker(skin, 0.12f), false);
    cv.fill({ImVec2(f.cx - 0.075f, 0.73f), ImVec2(f.cx - 0.01f, 0.82f), ImVec2(f.cx - 0.1f, 0.8f)}, darker(shirt, 0.2f), false);
    cv.fill({ImVec2(f.cx + 0.075f, 0.73f), ImVec2(f.cx + 0.1f, 0.8f), ImVec2(f.cx + 0.01f, 0.82f)}, darker(shirt, 0.2f), false);
    if (p.hair == "hoofddoek") hair_back(cv, f, p, hair);  // the scarf drapes over the shoulders

    draw_face(cv, f, p, e, skin, hair);
    hair_front(cv, f, p, hair);

    // Hide whatever lies outside the circle.
    const float t = size * 0.3f;
    dl->AddCircle(center, radius + t * 0.5f - 0.5f, behind, 64, t);
    dl->AddCircle(center, radius - 0.5f, with_alpha(pal.border, pal.high_contrast ? 1.0f : 0.9f), 64, pal.border_width * 1.5f);
    dl->PopClipRect();
}

}  // namespace lab
