#include "class_overview.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <unordered_map>

#include "core/i18n.h"
#include "html_util.h"

namespace lab {

double NodeStat::losing_share() const {
    if (total == 0) return 0;
    int losing = 0;
    for (const auto& c : choices)
        if (c.delta_sum < -1e-9) losing += c.count;
    return double(losing) / double(total);
}

// [SECTION] aggregation

namespace {

const LocalText& title_of(const ScenarioInfo& s) { return s.title; }

std::string choice_key(const Event& e) {
    if (e.kind == EventKind::Timeout) return "t";
    return e.choice_id.empty() ? "#" + std::to_string(e.choice + 1) : e.choice_id;
}

ScenarioOverview overview_of(const std::vector<const AttemptRecord*>& list) {
    ScenarioOverview o;
    const AttemptRecord* newest = list.front();
    for (const auto* a : list)
        if (a->started_ms > newest->started_ms) newest = a;
    o.scenario = newest->scenario;
    const auto& comps = o.scenario.competencies;
    o.mean_percent.assign(comps.size(), 0);
    std::vector<int> comp_n(comps.size(), 0);

    struct NodeAcc {
        NodeStat stat;
        double turn_sum = 0;
        std::unordered_map<std::string, size_t> by_key;
    };
    std::vector<NodeAcc> nodes;
    std::unordered_map<std::string, size_t> node_ix;
    std::map<std::string, StudentStat> students;
    std::map<std::string, int64_t> last_time;

    for (const auto* a : list) {
        ++o.attempts;
        o.versions.insert(a->scenario.version);
        StudentStat& st = students[a->student];
        st.student = a->student;
        ++st.attempts;
        const bool finished = a->standing.status == AttemptStatus::Finished;
        if (a->standing.status == AttemptStatus::Unfinished) ++o.unfinished;
        if (finished) {
            ++o.finished;
            ++st.finished;
            if (a->standing.grade) ++o.grades[*a->standing.grade];
            ++o.outcomes[a->standing.outcome];
            if (!a->standing.ending.empty()) {
                auto& e = o.endings[a->standing.ending];
                if (e.first.empty()) e.first = a->standing.ending_title;
                ++e.second;
            }
            o.mean_overall += a->standing.overall;
            for (const auto& r : a->standing.scores)
                for (size_t k = 0; k < comps.size(); ++k)
                    if (comps[k].id == r.id) {
                        o.mean_percent[k] += r.percent;
                        ++comp_n[k];
                    }
            if (st.finished == 1 || a->standing.overall > st.best) {
                st.best = a->standing.overall;
                st.best_grade = a->standing.grade;
            }
            if (!last_time.count(a->student) || a->started_ms >= last_time[a->student]) {
                last_time[a->student] = a->started_ms;
                st.last = a->standing.overall;
                st.last_grade = a->standing.grade;
            }
        }
        if (a->standing.status == AttemptStatus::Abandoned) continue;
        for (const Event& e : a->events) {
            if (!e.is_decision()) continue;
            auto [it, fresh] = node_ix.emplace(e.node, nodes.size());
            if (fresh) {
                nodes.emplace_back();
                nodes.back().stat.node = e.node;
            }
            NodeAcc& n = nodes[it->second];
            if (n.stat.text.empty()) {
                n.stat.text = e.text;
                n.stat.speaker_name = e.speaker_name;
            }
            ++n.stat.total;
            n.turn_sum += e.turn;
            const std::string key = choice_key(e);
            auto [cit, cfresh] = n.by_key.emplace(key, n.stat.choices.size());
            if (cfresh) {
                ChoiceStat c;
                c.key = key;
                c.choice = e.kind == EventKind::Timeout ? -1 : e.choice;
                c.text = e.choice_text;
                c.delta = e.score_delta;
                for (double d : e.score_delta) c.delta_sum += d;
                n.stat.choices.push_back(c);
            }
            ++n.stat.choices[cit->second].count;
        }
    }
    for (size_t k = 0; k < comps.size(); ++k)
        if (comp_n[k]) o.mean_percent[k] /= comp_n[k];
    if (o.finished) o.mean_overall /= o.finished;
    for (auto& n : nodes) {
        n.stat.mean_turn = n.stat.total ? n.turn_sum / n.stat.total : 0;
        auto& ch = n.stat.choices;
        std::stable_sort(ch.begin(), ch.end(), [](const ChoiceStat& a, const ChoiceStat& b) {
            if (a.count != b.count) return a.count > b.count;
            return a.choice < b.choice;
        });
        o.nodes.push_back(std::move(n.stat));
    }
    std::stable_sort(o.nodes.begin(), o.nodes.end(), [](const NodeStat& a, const NodeStat& b) { return a.mean_turn < b.mean_turn; });
    for (auto& [name, st] : students) o.students.push_back(st);
    return o;
}

}  // namespace

ClassOverview class_overview(std::vector<AttemptRecord> attempts) {
    ClassOverview c;
    std::set<std::string> seen;
    for (auto& a : attempts) {
        if (!a.uuid.empty() && !seen.insert(a.uuid).second) {
            ++c.duplicates;
            continue;
        }
        c.attempts.push_back(std::move(a));
    }
    std::map<std::string, std::vector<const AttemptRecord*>> by_scenario;
    for (const auto& a : c.attempts) by_scenario[a.scenario.id].push_back(&a);
    for (auto& [id, list] : by_scenario) c.scenarios.push_back(overview_of(list));
    const std::string& lang = message_language();
    std::stable_sort(c.scenarios.begin(), c.scenarios.end(), [&](const ScenarioOverview& a, const ScenarioOverview& b) {
        return title_of(a.scenario).get(lang, a.scenario.language) < title_of(b.scenario).get(lang, b.scenario.language);
    });
    return c;
}

// [SECTION] HTML

namespace {

using html::esc;

const char* kClassCss = R"css(
.scen { margin-top: 8px; }
.stats { display: flex; flex-wrap: wrap; gap: 10px; margin: 10px 0 4px; }
.stat { background: var(--soft); border-radius: 6px; padding: 6px 12px; min-width: 110px; }
.stat b { display: block; font-size: 20px; }
.stat span { font-size: 12px; color: var(--muted); }
.hot { margin: 0; padding-left: 20px; }
.hot li { margin-bottom: 6px; }
.node { margin: 12px 0 16px; }
.node .q { background: var(--soft); border-radius: 6px; padding: 6px 10px; margin-bottom: 4px; font-size: 13.5px; }
.node .q .id { color: var(--muted); font-size: 11.5px; float: right; }
.share { position: relative; background: #edf0f3; height: 12px; border-radius: 3px; min-width: 120px; }
.share i { position: absolute; left: 0; top: 0; bottom: 0; border-radius: 3px; }
tr.lose td { background: #fdf1f1; }
tr.gain td { background: #f0f8f2; }
.delta { display: inline-block; font-size: 11px; padding: 0 6px; border-radius: 8px; margin: 0 3px 2px 0; background: #edf2f7; }
.delta.up { background: #e3f3e8; color: #22543d; }
.delta.down { background: #fbe7e7; color: #822727; }
)css";

struct View {
    const ScenarioOverview& o;
    std::string lang;
    const std::string& t(const LocalText& x) const { return x.get(lang, o.scenario.language); }
    std::string comp_label(size_t k) const {
        const auto& c = o.scenario.competencies[k];
        return t(c.label).empty() ? c.id : t(c.label);
    }
};

std::string snippet(const std::string& s, size_t max) {
    if (s.size() <= max) return s;
    size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    size_t space = s.rfind(' ', cut);
    if (space != std::string::npos && space > max / 2) cut = space;
    return s.substr(0, cut) + "…";
}

std::string deltas(const View& v, const ChoiceStat& c) {
    std::string out;
    for (size_t k = 0; k < c.delta.size() && k < v.o.scenario.competencies.size(); ++k) {
        if (std::fabs(c.delta[k]) < 1e-9) continue;
        out += std::string("<span class=\"delta ") + (c.delta[k] > 0 ? "up" : "down") + "\">" + esc(v.comp_label(k)) + " " +
               html::number(c.delta[k], true) + "</span>";
    }
    return out;
}

// `continued`: the section goes on in the page the heading opened.
std::string scenario_section(const View& v, bool page_break, bool continued) {
    const ScenarioOverview& o = v.o;
    std::ostringstream s;
    if (!continued) {
        s << "<section class=\"page scen" << (page_break ? " break" : "") << "\">\n";
        s << "<div class=\"brand\">" << esc(tr("Klasoverzicht", "Class overview")) << "</div>";
    }
    s << "<h2>" << esc(v.t(o.scenario.title).empty() ? o.scenario.id : v.t(o.scenario.title)) << "</h2>\n";
    std::string versions;
    for (int ver : o.versions) versions += (versions.empty() ? "" : ", ") + std::to_string(ver);
    s << "<div class=\"muted small\">" << esc(o.scenario.id) << " · " << esc(fmt("versie {0}", "version {0}", {versions})) << "</div>\n";
    s << "<div class=\"stats\">"
      << "<div class=\"stat\"><b>" << o.students.size() << "</b><span>" << esc(tr("studenten", "students")) << "</span></div>"
      << "<div class=\"stat\"><b>" << o.attempts << "</b><span>" << esc(tr("pogingen", "attempts")) << "</span></div>"
      << "<div class=\"stat\"><b>" << o.finished << "</b><span>" << esc(tr("afgerond", "finished")) << "</span></div>"
      << "<div class=\"stat\"><b>" << (o.finished ? html::percent(o.mean_overall) : "–") << "</b><span>"
      << esc(tr("gemiddeld totaal", "mean overall")) << "</span></div></div>\n";

    // Grades.
    s << "<h3>" << esc(tr("Oordelen (afgeronde pogingen)", "Grades (finished attempts)")) << "</h3>\n";
    if (o.finished == 0) {
        s << "<p class=\"muted\">" << esc(tr("Nog geen afgeronde pogingen.", "No finished attempts yet.")) << "</p>\n";
    } else {
        std::vector<html::Bar> bars;
        for (Grade g : {Grade::Insufficient, Grade::Sufficient, Grade::Good}) {
            const int n = o.grades.count(g) ? o.grades.at(g) : 0;
            bars.push_back({html::grade_label(g), double(n) / o.finished,
                            fmt("{0} van {1}", "{0} of {1}", {std::to_string(n), std::to_string(o.finished)}), false, html::grade_color(g)});
        }
        s << html::bar_chart(bars, -1, -1, tr("Verdeling van de oordelen", "Distribution of grades"));
    }

    // Competencies.
    if (!o.scenario.competencies.empty() && o.finished) {
        s << "<h3>" << esc(tr("Gemiddelde per competentie", "Mean per competency")) << "</h3>\n";
        std::vector<html::Bar> bars;
        for (size_t k = 0; k < o.scenario.competencies.size(); ++k) bars.push_back({v.comp_label(k), o.mean_percent[k]});
        bars.push_back({tr("Totaal (gewogen)", "Overall (weighted)"), o.mean_overall, "", true});
        s << html::bar_chart(bars, o.scenario.pass, o.scenario.good, tr("Gemiddelde per competentie", "Mean per competency"));
    }

    // Endings.
    if (!o.endings.empty()) {
        s << "<h3>" << esc(tr("Bereikte einden", "Endings reached")) << "</h3>\n<table class=\"keep\"><thead><tr><th>"
          << esc(tr("Einde", "Ending")) << "</th><th class=\"num\">" << esc(tr("Aantal", "Count")) << "</th></tr></thead><tbody>\n";
        std::vector<std::pair<std::string, std::pair<LocalText, int>>> ends(o.endings.begin(), o.endings.end());
        std::stable_sort(ends.begin(), ends.end(), [](const auto& a, const auto& b) { return a.second.second > b.second.second; });
        for (const auto& [id, e] : ends)
            s << "<tr><td>" << esc(v.t(e.first).empty() ? id : v.t(e.first)) << " <span class=\"muted small\">(" << esc(id)
              << ")</span></td><td class=\"num\">" << e.second << "</td></tr>\n";
        s << "</tbody></table>\n";
    }

    // Where the group goes wrong.
    std::vector<const NodeStat*> hot;
    for (const auto& n : o.nodes)
        if (n.total > 0 && n.losing_share() >= 0.3) hot.push_back(&n);
    std::stable_sort(hot.begin(), hot.end(), [](const NodeStat* a, const NodeStat* b) { return a->losing_share() > b->losing_share(); });
    s << "<h3>" << esc(tr("Waar het misgaat", "Where the group goes wrong")) << "</h3>\n";
    if (hot.empty()) {
        s << "<p class=\"muted\">" << esc(tr("Bij geen enkel moment koos 30% of meer een keuze die punten kost.",
                                             "At no point did 30% or more take a choice that costs points."))
          << "</p>\n";
    } else {
        s << "<ol class=\"hot\">\n";
        for (const NodeStat* n : hot) {
            const ChoiceStat* worst = nullptr;
            for (const auto& c : n->choices)
                if (c.delta_sum < -1e-9 && (!worst || c.count > worst->count)) worst = &c;
            s << "<li><b>" << html::percent(n->losing_share()) << "</b> "
              << esc(fmt("koos bij {0} een keuze die punten kost", "took a choice that costs points at {0}", {q(n->node)}))
              << ": <span class=\"muted\">“" << esc(snippet(v.t(n->text), 110)) << "”</span>";
            if (worst)
                s << "<br>" << esc(tr("Meest gekozen: ", "Most taken: ")) << "“"
                  << esc(worst->key == "t" ? tr("(stilte: de tijd liep af)", "(silence: the time ran out)") : snippet(v.t(worst->text), 120))
                  << "” (" << worst->count << "×)";
            s << "</li>\n";
        }
        s << "</ol>\n";
    }

    // Per node.
    s << "<h3>" << esc(tr("Keuzes per moment", "Choices per moment")) << "</h3>\n<p class=\"muted small\">"
      << esc(tr("Alle keuzes zoals ze gemaakt zijn, ook keuzes die studenten later terugdraaiden. Rood: kost punten; groen: levert punten op.",
                "Every choice as it was made, also those students later took back. Red: costs points; green: earns points."))
      << "</p>\n";
    for (const auto& n : o.nodes) {
        s << "<div class=\"node keep\"><div class=\"q\"><span class=\"id\">" << esc(n.node) << " · " << n.total << "×</span>";
        if (!v.t(n.speaker_name).empty()) s << "<b>" << esc(v.t(n.speaker_name)) << ":</b> ";
        s << esc(snippet(v.t(n.text), 220)) << "</div>\n<table><tbody>\n";
        for (const auto& c : n.choices) {
            const double share = n.total ? double(c.count) / n.total : 0;
            const char* cls = c.delta_sum < -1e-9 ? "lose" : c.delta_sum > 1e-9 ? "gain" : "";
            const std::string text = c.key == "t" ? tr("(stilte: de tijd liep af)", "(silence: the time ran out)") : v.t(c.text);
            s << "<tr class=\"" << cls << "\"><td>" << esc(snippet(text.empty() ? c.key : text, 160));
            const std::string d = deltas(v, c);
            if (!d.empty()) s << "<br>" << d;
            s << "</td><td class=\"num\" style=\"width:4em\">" << c.count << "×</td><td style=\"width:150px\"><div class=\"share\"><i style=\"width:"
              << std::lround(share * 100) << "%;background:" << (c.delta_sum < -1e-9 ? "#c24b4b" : c.delta_sum > 1e-9 ? "#2e7d4f" : "#8a94a3")
              << "\"></i></div></td><td class=\"num\" style=\"width:3.5em\">" << html::percent(share) << "</td></tr>\n";
        }
        s << "</tbody></table></div>\n";
    }

    // Per student.
    s << "<h3>" << esc(tr("Per student", "Per student")) << "</h3>\n<table><thead><tr><th>" << esc(tr("Student", "Student"))
      << "</th><th class=\"num\">" << esc(tr("Pogingen", "Attempts")) << "</th><th class=\"num\">" << esc(tr("Afgerond", "Finished"))
      << "</th><th>" << esc(tr("Beste", "Best")) << "</th><th>" << esc(tr("Laatste", "Latest")) << "</th></tr></thead><tbody>\n";
    for (const auto& st : o.students) {
        auto cell = [&](double v2, std::optional<Grade> g) {
            if (!g) return std::string("<td class=\"muted\">–</td>");
            return "<td><span class=\"pill\" style=\"background:" + std::string(html::grade_color(g)) + "\">" + esc(html::grade_label(g)) +
                   "</span> " + html::percent(v2) + "</td>";
        };
        s << "<tr><td>" << esc(st.student.empty() ? tr("(anoniem)", "(anonymous)") : st.student) << "</td><td class=\"num\">" << st.attempts
          << "</td><td class=\"num\">" << st.finished << "</td>" << cell(st.best, st.finished ? st.best_grade : std::nullopt)
          << cell(st.last, st.finished ? st.last_grade : std::nullopt) << "</tr>\n";
    }
    s << "</tbody></table>\n<footer>" << esc(tr("Gemaakt met Gesprekslab.", "Made with Gesprekslab.")) << "</footer>\n</section>\n";
    return s.str();
}

}  // namespace

std::string class_html(const ClassOverview& c, const std::string& lang_in) {
    const std::string lang = lang_in.empty() ? message_language() : lang_in;
    std::set<std::string> students;
    for (const auto& a : c.attempts) students.insert(a.student);
    std::ostringstream out;
    out << "<!DOCTYPE html>\n<html lang=\"" << esc(message_language()) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" << esc(tr("Klasoverzicht", "Class overview"))
        << " – Gesprekslab</title>\n<style>" << html::base_css() << kClassCss << "</style>\n</head>\n<body>\n";
    auto count = [](size_t n, const char* nl1, const char* nl, const char* en1, const char* en) {
        return std::to_string(n) + " " + (n == 1 ? tr(nl1, en1) : tr(nl, en));
    };
    // A single scenario shares the first page with the heading; more get a cover with a table.
    const bool cover = c.scenarios.size() != 1;
    out << "<section class=\"page\"><div class=\"brand\">Gesprekslab</div><h1>" << esc(tr("Klasoverzicht", "Class overview")) << "</h1>\n"
        << "<p class=\"muted\">" << esc(count(students.size(), "student", "studenten", "student", "students")) << " · "
        << esc(count(c.attempts.size(), "poging", "pogingen", "attempt", "attempts")) << " · "
        << esc(count(c.scenarios.size(), "scenario", "scenario's", "scenario", "scenarios"));
    if (c.duplicates) out << " · " << esc(fmt("{0} dubbel overgeslagen", "{0} duplicate(s) skipped", {std::to_string(c.duplicates)}));
    out << " · " << esc(html::date_time(unix_ms_now())) << "</p>\n";
    if (c.scenarios.size() > 1) {
        out << "<table><thead><tr><th>" << esc(tr("Scenario", "Scenario")) << "</th><th class=\"num\">" << esc(tr("Studenten", "Students"))
            << "</th><th class=\"num\">" << esc(tr("Afgerond", "Finished")) << "</th><th class=\"num\">" << esc(tr("Gemiddeld", "Mean"))
            << "</th><th class=\"num\">" << esc(tr("Onvoldoende", "Insufficient")) << "</th></tr></thead><tbody>\n";
        for (const auto& o : c.scenarios) {
            View v{o, lang};
            const int fail = o.grades.count(Grade::Insufficient) ? o.grades.at(Grade::Insufficient) : 0;
            out << "<tr><td>" << esc(v.t(o.scenario.title).empty() ? o.scenario.id : v.t(o.scenario.title)) << "</td><td class=\"num\">"
                << o.students.size() << "</td><td class=\"num\">" << o.finished << "</td><td class=\"num\">"
                << (o.finished ? html::percent(o.mean_overall) : "–") << "</td><td class=\"num\">" << fail << "</td></tr>\n";
        }
        out << "</tbody></table>\n";
    }
    if (c.scenarios.empty())
        out << "<p>" << esc(tr("Er zijn geen pogingen in deze bestanden.", "There are no attempts in these files.")) << "</p>\n";
    if (cover) out << "</section>\n";
    for (size_t i = 0; i < c.scenarios.size(); ++i) out << scenario_section(View{c.scenarios[i], lang}, cover, !cover && i == 0);
    out << "</body>\n</html>\n";
    return out.str();
}

// [SECTION] CSV

namespace {

// RFC 4180 quoting; text that a spreadsheet would run as a formula gets a leading '.
std::string cell(const std::string& s, bool text = true) {
    std::string v = printable(s);
    if (text && !v.empty() && (v[0] == '=' || v[0] == '+' || v[0] == '-' || v[0] == '@' || v[0] == '\t' || v[0] == '\r')) v = "'" + v;
    if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
    std::string out = "\"";
    for (char c : v) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string fixed3(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    return buf;
}

}  // namespace

std::string class_csv(const ClassOverview& c) {
    std::vector<std::string> comps;
    for (const auto& o : c.scenarios)
        for (const auto& ci : o.scenario.competencies)
            if (std::find(comps.begin(), comps.end(), ci.id) == comps.end()) comps.push_back(ci.id);
    std::ostringstream out;
    out << "student,scenario,version,attempt,started,ended,mode,status,ending,outcome,turns,rewinds,overall,grade";
    for (const auto& id : comps) out << "," << cell(id);
    out << "\r\n";
    std::vector<const AttemptRecord*> rows;
    for (const auto& a : c.attempts) rows.push_back(&a);
    std::stable_sort(rows.begin(), rows.end(), [](const AttemptRecord* a, const AttemptRecord* b) {
        if (a->scenario.id != b->scenario.id) return a->scenario.id < b->scenario.id;
        if (a->student != b->student) return a->student < b->student;
        return a->started_ms < b->started_ms;
    });
    for (const AttemptRecord* a : rows) {
        const Standing& st = a->standing;
        out << cell(a->student) << "," << cell(a->scenario.id) << "," << a->scenario.version << "," << cell(a->uuid) << ","
            << iso_utc(a->started_ms) << "," << (st.ended_ms ? iso_utc(st.ended_ms) : "") << "," << cell(mode_name(a->mode)) << ","
            << status_name(st.status) << "," << cell(st.ending) << "," << cell(st.outcome) << "," << st.turns << "," << a->rewinds() << ","
            << fixed3(st.overall) << "," << cell(st.status == AttemptStatus::Finished && st.grade ? grade_name(*st.grade) : "");
        for (const auto& id : comps) {
            out << ",";
            for (const auto& r : st.scores)
                if (r.id == id) out << fixed3(r.percent);
        }
        out << "\r\n";
    }
    return out.str();
}

}  // namespace lab
