#include "html_util.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <sstream>

#include "core/i18n.h"
#include "core/text.h"

namespace lab::html {

std::string esc(const std::string& s) {
    std::string out;
    out.reserve(s.size() + 16);
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            case '\0': break;
            default: out += c;
        }
    }
    return out;
}

std::string paragraphs(const std::string& s, const char* p_class) {
    std::string out, para;
    const std::string open = p_class ? std::string("<p class=\"") + p_class + "\">" : "<p>";
    auto flush = [&] {
        size_t a = para.find_first_not_of(" \t\r\n");
        if (a != std::string::npos) {
            size_t b = para.find_last_not_of(" \t\r\n");
            std::string body = esc(para.substr(a, b - a + 1));
            std::string withbr;
            for (char c : body) {
                if (c == '\n') withbr += "<br>";
                else if (c != '\r') withbr += c;
            }
            out += open + withbr + "</p>\n";
        }
        para.clear();
    };
    size_t i = 0;
    while (i < s.size()) {
        size_t nl = s.find('\n', i);
        std::string line = s.substr(i, nl == std::string::npos ? std::string::npos : nl - i);
        if (line.find_first_not_of(" \t\r") == std::string::npos) flush();
        else para += (para.empty() ? "" : "\n") + line;
        if (nl == std::string::npos) break;
        i = nl + 1;
    }
    flush();
    return out;
}

std::string percent(double v) {
    if (!std::isfinite(v)) return "–";
    return std::to_string(int(std::lround(v * 100))) + "%";
}

std::string number(double v, bool sign) {
    std::string s = format_number(v);
    if (sign && v > 0) s = "+" + s;
    if (sign && v < 0 && s[0] == '-') s = "\xE2\x88\x92" + s.substr(1);  // minus sign
    return s;
}

static std::tm local(int64_t ms) {
    std::time_t t = std::time_t(ms / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    return tm;
}

std::string date(int64_t ms) {
    if (ms <= 0) return "–";
    static const char* nl[] = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"};
    static const char* en[] = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"};
    std::tm tm = local(ms);
    const char* month = tr(nl[tm.tm_mon], en[tm.tm_mon]);
    return std::to_string(tm.tm_mday) + " " + month + " " + std::to_string(tm.tm_year + 1900);
}

std::string date_time(int64_t ms) {
    if (ms <= 0) return "–";
    std::tm tm = local(ms);
    char hm[16];
    std::snprintf(hm, sizeof hm, "%02d:%02d", tm.tm_hour, tm.tm_min);
    return date(ms) + ", " + hm;
}

std::string duration(int64_t ms) {
    int64_t s = (ms + 500) / 1000;
    if (s < 60) return std::to_string(s) + " s";
    int64_t m = s / 60;
    s %= 60;
    if (m < 60) return std::to_string(m) + " min" + (s ? " " + std::to_string(s) + " s" : "");
    return std::to_string(m / 60) + tr(" u", " h") + (m % 60 ? " " + std::to_string(m % 60) + " min" : "");
}

std::string mood_label(const std::string& mood) {
    if (mood == "neutraal") return tr("neutraal", "neutral");
    if (mood == "blij") return tr("blij", "happy");
    if (mood == "gespannen") return tr("gespannen", "tense");
    if (mood == "boos") return tr("boos", "angry");
    if (mood == "verdrietig") return tr("verdrietig", "sad");
    if (mood == "verward") return tr("verward", "confused");
    if (mood == "afwijzend") return tr("afwijzend", "dismissive");
    return mood;
}

std::string grade_label(std::optional<Grade> grade) {
    if (!grade) return "–";
    switch (*grade) {
        case Grade::Good: return tr("Goed", "Good");
        case Grade::Sufficient: return tr("Voldoende", "Sufficient");
        case Grade::Insufficient: return tr("Onvoldoende", "Insufficient");
    }
    return "–";
}

std::string outcome_label(const std::string& outcome) {
    if (outcome == "good") return tr("goed afgelopen", "ended well");
    if (outcome == "mixed") return tr("gemengd afgelopen", "mixed ending");
    if (outcome == "bad") return tr("slecht afgelopen", "ended badly");
    if (outcome == "stuck") return tr("vastgelopen", "got stuck");
    if (outcome == "unfinished") return tr("niet afgemaakt", "not finished");
    if (outcome == "failed") return tr("fout in het scenario", "error in the scenario");
    return outcome;
}

const char* grade_color(std::optional<Grade> grade) {
    if (!grade) return "#6b7280";
    switch (*grade) {
        case Grade::Good: return "#2e7d4f";
        case Grade::Sufficient: return "#b7791f";
        case Grade::Insufficient: return "#b23b3b";
    }
    return "#6b7280";
}

const char* level_color(double pct, double pass, double good) {
    const double eps = 1e-9;
    if (pct + eps >= good) return "#2e7d4f";
    if (pct + eps >= pass) return "#d69e2e";
    return "#c24b4b";
}

const char* palette(size_t i) {
    static const char* colors[] = {"#2b6cb0", "#c05621", "#2f855a", "#805ad5", "#b83280", "#2c7a7b", "#975a16"};
    return colors[i % (sizeof colors / sizeof colors[0])];
}

std::string bar_chart(const std::vector<Bar>& bars, double pass, double good, const std::string& aria) {
    const int W = 700, left = 12, right = 130, barw = W - left - right, row = 48, top = (pass >= 0 || good >= 0) ? 26 : 6;
    const int H = top + int(bars.size()) * row + 6;
    std::ostringstream s;
    s << "<svg class=\"keep\" viewBox=\"0 0 " << W << " " << H << "\" width=\"" << W << "\" role=\"img\" aria-label=\"" << esc(aria)
      << "\">\n";
    auto xof = [&](double p) { return left + std::clamp(p, 0.0, 1.0) * barw; };
    for (auto [v, label] : {std::pair<double, std::string>{pass, tr("voldoende", "sufficient")}, {good, tr("goed", "good")}}) {
        if (v < 0) continue;
        const double x = xof(v);
        s << "<line x1=\"" << x << "\" y1=\"" << top - 6 << "\" x2=\"" << x << "\" y2=\"" << H - 4
          << "\" stroke=\"#8a94a3\" stroke-dasharray=\"4 3\" stroke-width=\"1\"/>\n";
        s << "<text x=\"" << x << "\" y=\"" << top - 10 << "\" font-size=\"11\" fill=\"#5f6b7a\" text-anchor=\"middle\">" << esc(label)
          << " " << percent(v) << "</text>\n";
    }
    for (size_t i = 0; i < bars.size(); ++i) {
        const Bar& b = bars[i];
        const int y = top + int(i) * row;
        const std::string color = !b.color.empty() ? b.color : level_color(b.value, pass < 0 ? 0 : pass, good < 0 ? 1 : good);
        s << "<text x=\"" << left << "\" y=\"" << y + 13 << "\" font-size=\"13\"" << (b.bold ? " font-weight=\"700\"" : "")
          << " fill=\"#1f2933\">" << esc(b.label) << "</text>\n";
        s << "<rect x=\"" << left << "\" y=\"" << y + 20 << "\" width=\"" << barw << "\" height=\"16\" rx=\"3\" fill=\"#edf0f3\"/>\n";
        s << "<rect x=\"" << left << "\" y=\"" << y + 20 << "\" width=\"" << std::max(0.0, xof(b.value) - left)
          << "\" height=\"16\" rx=\"3\" fill=\"" << color << "\"/>\n";
        s << "<text x=\"" << left + barw + 8 << "\" y=\"" << y + 33 << "\" font-size=\"13\" font-weight=\"700\" fill=\"#1f2933\">"
          << percent(b.value) << "</text>\n";
        if (!b.detail.empty())
          s << "<text x=\"" << left + barw + 52 << "\" y=\"" << y + 33 << "\" font-size=\"11.5\" fill=\"#5f6b7a\">" << esc(b.detail)
            << "</text>\n";
    }
    s << "</svg>\n";
    return s.str();
}

const char* base_css() {
    return R"css(
:root { --ink: #1f2933; --muted: #5f6b7a; --line: #d9dee5; --soft: #f4f6f8; --accent: #2b6cb0; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: var(--ink); background: #e9edf1; font: 15px/1.5 "Segoe UI", "Noto Sans", "DejaVu Sans", Helvetica, Arial, sans-serif; }
.page { max-width: 210mm; margin: 24px auto; background: #fff; padding: 18mm 16mm; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 21px; margin: 0 0 2px; }
h3 { font-size: 16px; margin: 22px 0 8px; padding-bottom: 3px; border-bottom: 2px solid var(--line); }
h4 { font-size: 14px; margin: 12px 0 4px; }
p { margin: 0 0 8px; }
.muted { color: var(--muted); }
.small { font-size: 12.5px; }
.brand { font-weight: 700; letter-spacing: .06em; text-transform: uppercase; color: var(--accent); font-size: 12px; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
.pill { display: inline-block; padding: 1px 9px; border-radius: 10px; color: #fff; font-size: 12.5px; font-weight: 600; }
svg { display: block; max-width: 100%; height: auto; }
svg text { font-family: inherit; }
footer { margin-top: 26px; padding-top: 8px; border-top: 1px solid var(--line); color: var(--muted); font-size: 11.5px; }
@page { size: A4; margin: 14mm 13mm; }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  .page { margin: 0; padding: 0; max-width: none; box-shadow: none; }
  .break { break-before: page; page-break-before: always; }
  h3, h4 { break-after: avoid; page-break-after: avoid; }
  .keep, tr, svg, figure { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
)css";
}

}  // namespace lab::html
