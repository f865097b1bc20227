#include "report_html.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

#include "core/i18n.h"
#include "export_json.h"
#include "html_util.h"

namespace lab {

namespace {

using html::esc;

struct Ctx {
    const AttemptRecord& a;
    std::string lang;
    bool hidden;
    const std::string& t(const LocalText& x) const { return x.get(lang, a.scenario.language); }
};

const char* kReportCss = R"css(
.cover h1 { margin-top: 6px; }
.cover .who { font-size: 16px; margin-bottom: 14px; }
.attempt-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 16px; }
.meta { color: var(--muted); font-size: 13px; }
.grade-box { text-align: center; min-width: 120px; padding: 8px 12px; border-radius: 8px; color: #fff; }
.grade-box .g { font-size: 19px; font-weight: 700; display: block; }
.grade-box .o { font-size: 26px; font-weight: 700; display: block; line-height: 1.1; }
.ending { margin: 14px 0 6px; padding: 10px 14px; background: var(--soft); border-left: 4px solid var(--accent); border-radius: 4px; }
.ending .title { font-weight: 700; }
.facts { display: flex; flex-wrap: wrap; gap: 6px 22px; font-size: 13px; color: var(--muted); margin: 6px 0 0; }
.facts b { color: var(--ink); }
.briefing { background: #fbfcfd; border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; }
.goals { margin: 4px 0 0 0; padding-left: 20px; }
.turn { margin: 0 0 10px; }
.say, .you { padding: 7px 12px; border-radius: 8px; max-width: 88%; }
.say { background: var(--soft); }
.say.narr { background: none; font-style: italic; color: var(--muted); padding-left: 0; }
.you { background: #e6f0fa; margin: 6px 0 0 auto; }
.you.silent { background: #f3eee6; font-style: italic; }
.who { font-weight: 700; font-size: 12.5px; }
.mood { color: var(--muted); font-size: 12px; }
.say p, .you p { margin: 2px 0 0; }
.fb { margin: 5px 0 0 auto; max-width: 88%; font-size: 13px; padding: 5px 10px; border-left: 3px solid #9fb8d3; color: #32465a; }
.fb .fbl { font-weight: 600; }
.delta { display: inline-block; font-size: 11.5px; padding: 0 7px; border-radius: 9px; margin: 4px 4px 0 0; background: #edf2f7; color: #2d3748; }
.delta.up { background: #e3f3e8; color: #22543d; }
.delta.down { background: #fbe7e7; color: #822727; }
.rewound { font-size: 13px; }
.rewound li { margin-bottom: 4px; }
.refl { margin: 0 0 10px; }
.refl .q { color: var(--muted); font-size: 13px; }
.refl .a { white-space: pre-wrap; border: 1px solid var(--line); border-radius: 6px; padding: 8px 11px; min-height: 2.2em; }
.refl .a.blank { min-height: 5.5em; background: repeating-linear-gradient(#fff 0 1.6em, #e5e9ee 1.6em calc(1.6em + 1px)); }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 12.5px; margin-top: 4px; }
.legend i { display: inline-block; width: 18px; height: 3px; vertical-align: middle; margin-right: 5px; }
.overview td:first-child { width: 2em; }
@media print {
  .say, .you, .fb { max-width: 92%; }
  .turn { break-inside: avoid; page-break-inside: avoid; }
}
)css";

// [SECTION] charts

// Bars per competency with the pass/good thresholds, and the overall score.
std::string competency_chart(const Ctx& c) {
    const auto& sc = c.a.scenario;
    if (c.a.standing.scores.empty())
        return "<p class=\"muted\">" + esc(tr("Dit scenario heeft geen competenties.", "This scenario has no competencies.")) + "</p>";
    std::vector<html::Bar> bars;
    for (const auto& r : c.a.standing.scores) {
        std::string label = r.id;
        for (const auto& ci : sc.competencies)
            if (ci.id == r.id) {
                if (!c.t(ci.label).empty()) label = c.t(ci.label);
                if (ci.weight != 1) label += " (×" + html::number(ci.weight) + ")";
            }
        bars.push_back({label, r.percent, html::number(r.raw) + " / " + html::number(r.max)});
    }
    bars.push_back({tr("Totaal (gewogen)", "Overall (weighted)"), c.a.standing.overall, "", true});
    return html::bar_chart(bars, sc.pass, sc.good, tr("Scores per competentie", "Scores per competency"));
}

// Meter values at each turn: on arrival at each decision, and at the end.
std::string meter_chart(const Ctx& c, const std::vector<const Event*>& line) {
    const auto& sc = c.a.scenario;
    std::vector<size_t> shown;
    for (size_t m = 0; m < sc.meters.size(); ++m)
        if (sc.meters[m].visible || c.hidden) shown.push_back(m);
    if (shown.empty()) return "";
    std::vector<std::vector<double>> points;  // per x: meter values
    for (const Event* e : line)
        if (e->is_decision() && e->meters.size() == sc.meters.size()) points.push_back(e->meters);
    if (c.a.standing.meters.size() == sc.meters.size()) points.push_back(c.a.standing.meters);
    else if (!line.empty() && line.back()->meters_after.size() == sc.meters.size()) points.push_back(line.back()->meters_after);
    if (points.size() < 2) return "";
    double lo = sc.meters[shown[0]].min, hi = sc.meters[shown[0]].max;
    for (size_t m : shown) {
        lo = std::min(lo, sc.meters[m].min);
        hi = std::max(hi, sc.meters[m].max);
    }
    if (hi <= lo) hi = lo + 1;
    const int W = 700, H = 250, L = 40, R = 24, T = 12, B = 38;
    const double pw = W - L - R, ph = H - T - B;
    const size_t n = points.size();
    auto X = [&](size_t i) { return L + pw * double(i) / double(n - 1); };
    auto Y = [&](double v) { return T + ph * (1.0 - (std::clamp(v, lo, hi) - lo) / (hi - lo)); };
    std::ostringstream s;
    s << "<figure class=\"keep\" style=\"margin:0\"><svg viewBox=\"0 0 " << W << " " << H << "\" width=\"" << W
      << "\" role=\"img\" aria-label=\"" << esc(tr("Meters per beurt", "Meters per turn")) << "\">\n";
    // Grid: 5 horizontal lines with values.
    for (int k = 0; k <= 4; ++k) {
        const double v = lo + (hi - lo) * k / 4.0;
        const double y = Y(v);
        s << "<line x1=\"" << L << "\" y1=\"" << y << "\" x2=\"" << W - R << "\" y2=\"" << y << "\" stroke=\"#e3e7ec\"/>\n";
        s << "<text x=\"" << L - 6 << "\" y=\"" << y + 4 << "\" font-size=\"11\" fill=\"#5f6b7a\" text-anchor=\"end\">"
          << html::number(std::round(v * 10) / 10) << "</text>\n";
    }
    // X ticks: turn numbers, the last one "einde".
    const size_t step = n > 16 ? (n + 15) / 16 : 1;
    for (size_t i = 0; i < n; ++i) {
        if (i % step != 0 && i + 1 != n) continue;
        const bool end = i + 1 == n;
        std::string label = end ? (c.a.standing.status == AttemptStatus::Finished ? tr("einde", "end") : tr("nu", "now"))
                                 : std::to_string(i + 1);
        s << "<text x=\"" << X(i) << "\" y=\"" << H - B + 16 << "\" font-size=\"11\" fill=\"#5f6b7a\" text-anchor=\""
          << (end ? "end" : "middle") << "\">" << esc(label) << "</text>\n";
    }
    s << "<text x=\"" << L + pw / 2 << "\" y=\"" << H - 4 << "\" font-size=\"11.5\" fill=\"#5f6b7a\" text-anchor=\"middle\">"
      << esc(tr("beurt (waarde op het moment van kiezen)", "turn (value at the moment of choosing)")) << "</text>\n";
    s << "<line x1=\"" << L << "\" y1=\"" << T + ph << "\" x2=\"" << W - R << "\" y2=\"" << T + ph << "\" stroke=\"#8a94a3\"/>\n";
    for (size_t k = 0; k < shown.size(); ++k) {
        const size_t m = shown[k];
        const char* color = html::palette(k);
        std::ostringstream path;
        for (size_t i = 0; i < n; ++i) path << (i ? " L" : "M") << X(i) << " " << Y(points[i][m]);
        s << "<path d=\"" << path.str() << "\" fill=\"none\" stroke=\"" << color << "\" stroke-width=\"2.4\""
          << (sc.meters[m].visible ? "" : " stroke-dasharray=\"6 4\"") << "/>\n";
        for (size_t i = 0; i < n; ++i)
            s << "<circle cx=\"" << X(i) << "\" cy=\"" << Y(points[i][m]) << "\" r=\"3.2\" fill=\"" << color << "\"/>\n";
    }
    s << "</svg>\n<div class=\"legend\">";
    for (size_t k = 0; k < shown.size(); ++k) {
        const auto& mi = sc.meters[shown[k]];
        s << "<span><i style=\"background:" << html::palette(k) << "\"></i>" << esc(c.t(mi.label).empty() ? mi.id : c.t(mi.label))
          << " <span class=\"muted\">(" << html::number(mi.min) << "–" << html::number(mi.max)
          << (mi.visible ? "" : std::string(", ") + tr("verborgen voor studenten", "hidden from students")) << ")</span></span>";
    }
    s << "</div></figure>\n";
    return s.str();
}

// [SECTION] parts of an attempt

std::string deltas(const Ctx& c, const Event& e) {
    std::string out;
    for (size_t k = 0; k < e.score_delta.size() && k < c.a.scenario.competencies.size(); ++k) {
        const double d = e.score_delta[k];
        if (std::fabs(d) < 1e-9) continue;
        const auto& ci = c.a.scenario.competencies[k];
        const std::string label = c.t(ci.label).empty() ? ci.id : c.t(ci.label);
        out += std::string("<span class=\"delta ") + (d > 0 ? "up" : "down") + "\">" + esc(label) + " " + html::number(d, true) + "</span>";
    }
    return out;
}

std::string transcript(const Ctx& c, const std::vector<const Event*>& line) {
    std::ostringstream s;
    for (const Event* e : line) {
        s << "<div class=\"turn\">\n";
        const std::string said = c.t(e->text);
        if (!said.empty()) {
            if (e->speaker.empty()) {
                s << "<div class=\"say narr\">" << html::paragraphs(said) << "</div>\n";
            } else {
                s << "<div class=\"say\"><span class=\"who\">" << esc(c.t(e->speaker_name).empty() ? e->speaker : c.t(e->speaker_name))
                  << "</span>";
                if (!e->mood.empty() && e->mood != "neutraal") s << " <span class=\"mood\">(" << esc(html::mood_label(e->mood)) << ")</span>";
                s << html::paragraphs(said) << "</div>\n";
            }
        }
        if (e->kind == EventKind::Choice) {
            s << "<div class=\"you\"><span class=\"who\">" << esc(tr("Jij", "You")) << "</span>" << html::paragraphs(c.t(e->choice_text));
            const std::string d = deltas(c, *e);
            if (!d.empty()) s << "<div>" << d << "</div>";
            s << "</div>\n";
            const std::string fb = c.t(e->feedback);
            if (!fb.empty())
                s << "<div class=\"fb\"><span class=\"fbl\">" << esc(tr("Feedback: ", "Feedback: ")) << "</span>" << esc(fb) << "</div>\n";
        } else if (e->kind == EventKind::Timeout) {
            s << "<div class=\"you silent\"><span class=\"who\">" << esc(tr("Jij", "You")) << "</span><p>"
              << esc(tr("(Je zei niets: de tijd om te antwoorden liep af.)", "(You said nothing: the time to answer ran out.)")) << "</p>";
            const std::string d = deltas(c, *e);
            if (!d.empty()) s << "<div>" << d << "</div>";
            s << "</div>\n";
            const std::string fb = c.t(e->feedback);
            if (!fb.empty())
                s << "<div class=\"fb\"><span class=\"fbl\">" << esc(tr("Feedback: ", "Feedback: ")) << "</span>" << esc(fb) << "</div>\n";
        }
        s << "</div>\n";
    }
    return s.str();
}

std::string rewound_choices(const Ctx& c, const std::vector<const Event*>& line) {
    std::set<const Event*> kept(line.begin(), line.end());
    std::ostringstream s;
    int n = 0;
    for (const Event& e : c.a.events) {
        if (e.kind != EventKind::Choice || kept.count(&e)) continue;
        ++n;
        s << "<li>" << esc(c.t(e.choice_text).empty() ? tr("(keuze)", "(choice)") : c.t(e.choice_text));
        const std::string d = deltas(c, e);
        if (!d.empty()) s << " " << d;
        const std::string fb = c.t(e.feedback);
        if (!fb.empty()) s << "<br><span class=\"muted\">" << esc(fb) << "</span>";
        s << "</li>\n";
    }
    if (n == 0) return "";
    return "<h3>" + esc(tr("Keuzes die je terugdraaide", "Choices you took back")) + "</h3>\n<p class=\"muted small\">" +
           esc(tr("Je spoelde terug en koos opnieuw. Dit koos je eerst:", "You rewound and chose again. This is what you chose first:")) +
           "</p>\n<ul class=\"rewound\">\n" + s.str() + "</ul>\n";
}

std::string reflection(const Ctx& c) {
    std::ostringstream s;
    s << "<h3>" << esc(tr("Reflectie (ALACT)", "Reflection (ALACT)")) << "</h3>\n";
    const auto& r = c.a.reflection;
    if (r.empty()) {
        s << "<p class=\"muted small\">"
          << esc(tr("Nog geen reflectie geschreven. Schrijf hem in de app na het gesprek, of hieronder op papier.",
                    "No reflection written yet. Write it in the app after the conversation, or below on paper."))
          << "</p>\n";
        for (const char* p : kAlactPhases)
            s << "<div class=\"refl keep\"><h4>" << esc(alact_phase_label(p)) << "</h4><div class=\"a blank\"></div></div>\n";
        return s.str();
    }
    if (r.written_ms) s << "<p class=\"muted small\">" << esc(fmt("Geschreven op {0}.", "Written on {0}.", {html::date_time(r.written_ms)})) << "</p>\n";
    for (const auto& a : r.answers) {
        s << "<div class=\"refl keep\"><h4>" << esc(alact_phase_label(a.phase)) << "</h4>";
        if (!a.prompt.empty()) s << "<div class=\"q\">" << esc(a.prompt) << "</div>";
        const bool blank = a.answer.find_first_not_of(" \t\r\n") == std::string::npos;
        s << "<div class=\"a" << (blank ? " blank" : "") << "\">" << esc(a.answer) << "</div></div>\n";
    }
    return s.str();
}

std::string attempt_section(const Ctx& c, size_t index, size_t count, bool page_break) {
    const AttemptRecord& a = c.a;
    const Standing& st = a.standing;
    const auto line = a.line();
    std::ostringstream s;
    s << "<section class=\"page" << (page_break ? " break" : "") << "\" id=\"attempt-" << index + 1 << "\">\n";
    // Head: title, facts, grade.
    const std::string title = c.t(a.scenario.title).empty() ? a.scenario.id : c.t(a.scenario.title);
    s << "<div class=\"attempt-head\"><div>";
    if (count > 1) s << "<div class=\"brand\">" << esc(fmt("Poging {0} van {1}", "Attempt {0} of {1}", {std::to_string(index + 1), std::to_string(count)})) << "</div>";
    else s << "<div class=\"brand\">Gesprekslab · " << esc(tr("Portfolioverslag", "Portfolio report")) << "</div>";
    s << "<h2>" << esc(title) << "</h2>\n<div class=\"meta\">";
    if (!a.student.empty()) s << esc(a.student) << " · ";
    s << esc(html::date_time(a.started_ms)) << " · "
      << esc(a.mode == Mode::Test ? tr("toets", "test") : tr("oefenen", "practice")) << "</div>\n";
    s << "<div class=\"facts\">"
      << "<span>" << esc(tr("Duur", "Duration")) << ": <b>" << esc(html::duration(a.duration_ms())) << "</b></span>"
      << "<span>" << esc(tr("Beurten", "Turns")) << ": <b>" << st.turns << "</b></span>"
      << "<span>" << esc(tr("Teruggespoeld", "Rewinds")) << ": <b>" << a.rewinds() << "</b></span>"
      << "<span>" << esc(tr("Scenarioversie", "Scenario version")) << ": <b>" << a.scenario.version << "</b></span>"
      << "<span>Seed: <b>" << a.seed << "</b></span></div>\n";
    s << "</div>";
    s << "<div class=\"grade-box\" style=\"background:" << html::grade_color(st.grade) << "\"><span class=\"o\">"
      << html::percent(st.overall) << "</span><span class=\"g\">" << esc(html::grade_label(st.grade)) << "</span></div></div>\n";

    // Ending.
    s << "<div class=\"ending keep\">";
    if (!st.ending.empty()) {
        const std::string et = c.t(st.ending_title).empty() ? st.ending : c.t(st.ending_title);
        s << "<div><span class=\"title\">" << esc(tr("Einde: ", "Ending: ")) << esc(et) << "</span> <span class=\"muted\">("
          << esc(html::outcome_label(st.outcome)) << ")</span></div>" << html::paragraphs(c.t(st.ending_text));
    } else {
        s << "<div><span class=\"title\">" << esc(html::outcome_label(st.outcome)) << "</span>";
        if (st.outcome == "stuck" || st.outcome == "unfinished")
            s << " <span class=\"muted\">" << esc(fmt("(bij {0})", "(at {0})", {q(st.at)})) << "</span>";
        s << "</div>";
        if (!st.error.empty()) s << "<p class=\"small\">" << esc(st.error) << "</p>";
    }
    s << "</div>\n";

    // Briefing and goals.
    const std::string briefing = c.t(a.scenario.briefing);
    if (!briefing.empty() || !a.scenario.goals.empty()) {
        s << "<h3>" << esc(tr("Briefing", "Briefing")) << "</h3>\n<div class=\"briefing\">" << html::paragraphs(briefing);
        if (!a.scenario.goals.empty()) {
            s << "<h4>" << esc(tr("Doelen", "Goals")) << "</h4><ul class=\"goals\">";
            for (const auto& g : a.scenario.goals) s << "<li>" << esc(c.t(g)) << "</li>";
            s << "</ul>";
        }
        s << "</div>\n";
    }

    s << "<h3>" << esc(tr("Scores per competentie", "Scores per competency")) << "</h3>\n" << competency_chart(c);
    const std::string meters = meter_chart(c, line);
    if (!meters.empty())
        s << "<h3>" << esc(tr("Hoe het gesprek verliep", "How the conversation went")) << "</h3>\n" << meters;

    s << "<h3>" << esc(tr("Het gesprek", "The conversation")) << "</h3>\n" << transcript(c, line);
    if (st.status == AttemptStatus::Finished && !st.ending.empty()) {
        const std::string et = c.t(st.ending_title).empty() ? st.ending : c.t(st.ending_title);
        s << "<p class=\"muted small\" style=\"text-align:center\">— " << esc(fmt("Einde van het gesprek: {0}", "End of the conversation: {0}", {et}))
          << " —</p>\n";
    } else if (st.status != AttemptStatus::Finished) {
        s << "<p class=\"muted\">" << esc(tr("(Hier stopte de poging.)", "(The attempt stopped here.)")) << "</p>\n";
    }
    s << rewound_choices(c, line);
    s << reflection(c);
    s << "<footer>" << esc(fmt("Gemaakt met Gesprekslab · scenario {0}, versie {1} · poging {2}",
                               "Made with Gesprekslab · scenario {0}, version {1} · attempt {2}",
                               {a.scenario.id, std::to_string(a.scenario.version), a.uuid}))
      << "</footer>\n";
    s << "</section>\n";
    return s.str();
}

}  // namespace

std::string report_html(const std::vector<AttemptRecord>& attempts, const ReportOptions& opt) {
    const std::string lang = opt.lang.empty() ? message_language() : opt.lang;
    std::set<std::string> students;
    for (const auto& a : attempts)
        if (!a.student.empty()) students.insert(a.student);
    std::string who;
    for (const auto& s : students) who += (who.empty() ? "" : ", ") + s;

    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html lang=\"" << esc(message_language()) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta name=\"generator\" content=\"Gesprekslab\">\n<title>" << esc(tr("Portfolioverslag", "Portfolio report"))
        << (who.empty() ? "" : " – " + esc(who)) << " – Gesprekslab</title>\n<style>" << html::base_css() << kReportCss
        << "</style>\n</head>\n<body>\n";
    if (attempts.empty()) {
        out << "<section class=\"page\"><h1>" << esc(tr("Portfolioverslag", "Portfolio report")) << "</h1><p>"
            << esc(tr("Er zijn geen pogingen om te tonen.", "There are no attempts to show.")) << "</p></section>\n";
    }
    if (attempts.size() > 1) {
        // A cover page with an overview of the attempts.
        out << "<section class=\"page cover\"><div class=\"brand\">Gesprekslab</div><h1>" << esc(tr("Portfolioverslag", "Portfolio report"))
            << "</h1>\n<p class=\"who\">" << esc(who.empty() ? tr("Anoniem", "Anonymous") : who) << " · "
            << esc(fmt("{0} pogingen", "{0} attempts", {std::to_string(attempts.size())})) << "</p>\n"
            << "<table class=\"overview\"><thead><tr><th>#</th><th>" << esc(tr("Datum", "Date")) << "</th><th>"
            << esc(tr("Scenario", "Scenario")) << "</th><th>" << esc(tr("Modus", "Mode")) << "</th><th>" << esc(tr("Einde", "Ending"))
            << "</th><th class=\"num\">" << esc(tr("Totaal", "Overall")) << "</th><th>" << esc(tr("Oordeel", "Grade"))
            << "</th></tr></thead><tbody>\n";
        for (size_t i = 0; i < attempts.size(); ++i) {
            const auto& a = attempts[i];
            Ctx c{a, lang, opt.hidden_meters};
            const std::string et = !a.standing.ending.empty() && !c.t(a.standing.ending_title).empty() ? c.t(a.standing.ending_title)
                                                                                                       : html::outcome_label(a.standing.outcome);
            out << "<tr><td>" << i + 1 << "</td><td style=\"white-space:nowrap\">" << esc(html::date_time(a.started_ms)) << "</td><td>"
                << esc(c.t(a.scenario.title).empty() ? a.scenario.id : c.t(a.scenario.title)) << "</td><td>"
                << esc(a.mode == Mode::Test ? tr("toets", "test") : tr("oefenen", "practice")) << "</td><td>" << esc(et)
                << "</td><td class=\"num\">" << html::percent(a.standing.overall) << "</td><td><span class=\"pill\" style=\"background:"
                << html::grade_color(a.standing.grade) << "\">" << esc(html::grade_label(a.standing.grade)) << "</span></td></tr>\n";
        }
        out << "</tbody></table>\n</section>\n";
    }
    for (size_t i = 0; i < attempts.size(); ++i) {
        Ctx c{attempts[i], lang, opt.hidden_meters};
        out << attempt_section(c, i, attempts.size(), attempts.size() > 1);
    }
    out << "</body>\n</html>\n";
    return out.str();
}

bool write_report(const std::vector<AttemptRecord>& attempts, const std::string& path, const ReportOptions& opt,
                  std::string* problem) {
    return write_file_atomic(path, report_html(attempts, opt), problem);
}

}  // namespace lab
