#include "strategies.h"

#include <algorithm>
#include <cmath>
#include <thread>

#include "diagnostic_catalog.h"
#include "i18n.h"
#include "session.h"
#include "simulate.h"

namespace lab {

const char* strategy_name(Strategy s) {
    switch (s) {
        case Strategy::Longest: return "longest";
        case Strategy::Shortest: return "shortest";
        case Strategy::First: return "first";
        case Strategy::Last: return "last";
    }
    return "?";
}

namespace {

// Characters as a reader counts them: UTF-8 code points.
size_t char_count(const std::string& s) {
    return size_t(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

size_t word_count(const std::string& s) {
    size_t n = 0;
    bool in_word = false;
    for (char c : s) {
        bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (!space && !in_word) ++n;
        in_word = !space;
    }
    return n;
}

// The display position the strategy picks at the session's current step.
int pick_position(const Session& ses, Strategy strat) {
    const Step& st = ses.current();
    const auto& offered = st.arrival.offered;
    int best = 0;
    if (strat == Strategy::First || strat == Strategy::Last) {
        for (int pos = 1; pos < int(offered.size()); ++pos) {
            bool better = strat == Strategy::First ? offered[size_t(pos)] < offered[size_t(best)] : offered[size_t(pos)] > offered[size_t(best)];
            if (better) best = pos;
        }
        return best;
    }
    const std::string& lang = ses.scenario().language;
    size_t best_len = char_count(ses.choice_text(st, 0, lang));
    for (int pos = 1; pos < int(offered.size()); ++pos) {
        size_t len = char_count(ses.choice_text(st, size_t(pos), lang));
        bool better = strat == Strategy::Longest ? len > best_len : len < best_len;
        if (better) { best = pos; best_len = len; }
    }
    return best;
}

// How much an option changes the overall: weighted, over each competency's
// maximum (as the percentages are computed).
double option_value(const Scenario& sc, const std::vector<std::pair<int, double>>& score) {
    double weights = 0;
    for (const auto& c : sc.competencies) weights += c.weight;
    if (weights <= 0) return 0;
    double v = 0;
    for (const auto& [k, delta] : score) {
        double max = size_t(k) < sc.competency_max.size() ? sc.competency_max[size_t(k)] : 0;
        v += sc.competencies[size_t(k)].weight * delta / (max > 0 ? max : 1.0);
    }
    return v / weights;
}

// Playthroughs graded voldoende or better.
uint64_t passes_in(const SimulationResult& s) {
    uint64_t n = 0;
    for (const auto& [name, count] : s.grades) {
        const std::optional<Grade> g = parse_grade(name);
        if (g && *g >= Grade::Sufficient) n += count;
    }
    return n;
}

}  // namespace

StrategyRun play_strategy(std::shared_ptr<const Scenario> sc, Strategy strat) {
    StrategyRun run;
    run.strategy = strat;
    Session ses(sc, 1);
    ses.advance_all();
    while (ses.phase() == Phase::Choosing && ses.turns() < kMaxStrategyTurns) {
        int pos = pick_position(ses, strat);
        ses.pick(Pick{Pick::Kind::Choice, pos});
    }
    Result r = ses.result();
    run.ending = r.ending;
    run.outcome = r.outcome;
    run.overall = r.overall;
    run.choices = r.choices;
    if (!r.ending.empty()) run.grade = r.grade;
    if (ses.phase() == Phase::Failed && ses.error()) run.error = ses.error()->what();
    return run;
}

RandomPlay random_play(const std::function<std::shared_ptr<const Scenario>()>& make, uint64_t runs, uint64_t seed) {
    SimulationResult s = simulate(make, runs, seed);
    RandomPlay r;
    r.runs = s.runs;
    r.passes = passes_in(s);
    return r;
}

void pass_rate_interval(const RandomPlay& r, double& lo, double& hi) {
    if (r.runs == 0) { lo = 0; hi = 1; return; }
    const double z = 2.576, n = double(r.runs), p = r.pass_rate();
    const double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    const double half = z * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n);
    lo = std::max(0.0, centre - half);
    hi = std::min(1.0, centre + half);
}

RandomPlay random_play_until_sure(std::shared_ptr<const Scenario> sc, double threshold, uint64_t max_runs, uint64_t seed) {
    RandomPlay total;
    const uint64_t batch = 250;
    auto make = [&]() { return sc; };
    while (total.runs < max_runs) {
        uint64_t n = std::min(batch, max_runs - total.runs);
        // One thread: the scenario's script host serves one thread only.
        SimulationResult s = simulate(make, n, seed + total.runs, 1);
        total.runs += s.runs;
        total.passes += passes_in(s);
        double lo = 0, hi = 1;
        pass_rate_interval(total, lo, hi);
        if (hi < threshold || lo > threshold) break;
    }
    return total;
}

Tells count_tells(const Scenario& sc) {
    Tells t;
    double best_words = 0, other_words = 0;
    size_t best_n = 0, other_n = 0;
    State initial = State::initial(sc, 1);
    for (size_t n = 0; n < sc.nodes.size(); ++n) {
        const Node& node = sc.nodes[n];
        if (node.timeout) {
            ++t.timeouts;
            if (option_value(sc, node.timeout->score) < -1e-12) ++t.timeouts_costly;
        }
        if (node.choices.size() < 2) continue;
        std::vector<double> value;
        std::vector<std::string> text;
        bool measurable = true;
        for (const Choice& c : node.choices) {
            value.push_back(option_value(sc, c.score));
            LocalText lt = c.text.fixed;
            if (c.text.fn) {
                State s = initial;
                try {
                    lt = sc.host->text(c.text.fn, s);
                } catch (const ScriptError&) {
                    measurable = false;
                    break;
                }
            }
            text.push_back(interpolate_text(sc, lt.get(sc.language, sc.language), sc.language));
        }
        if (!measurable) continue;
        const auto [lo, hi] = std::minmax_element(value.begin(), value.end());
        if (*hi - *lo < 1e-12) continue;
        ++t.scored_nodes;
        const double best = *hi;
        if (std::count_if(value.begin(), value.end(), [](double v) { return v > 1e-12; }) == 1) ++t.single_positive;
        size_t longest = 0;
        for (size_t k = 1; k < text.size(); ++k)
            if (char_count(text[k]) > char_count(text[longest])) longest = k;
        if (value[longest] >= best - 1e-12) ++t.longest_is_best;
        for (size_t k = 0; k < text.size(); ++k) {
            bool is_best = value[k] >= best - 1e-12;
            const size_t words = word_count(text[k]);
            (is_best ? best_words : other_words) += double(words);
            ++(is_best ? best_n : other_n);
            if (is_best && words > size_t(kLongAnswerWords)) t.long_best.push_back({node.id, int(k + 1), int(words)});
        }
    }
    if (best_n) t.best_words_mean = best_words / double(best_n);
    if (other_n) t.other_words_mean = other_words / double(other_n);
    return t;
}

StrategyReport strategy_report(const std::function<std::shared_ptr<const Scenario>()>& make, uint64_t random_runs) {
    StrategyReport r;
    std::shared_ptr<const Scenario> sc = make();
    r.maxima_exact = sc->max_exact;
    for (Strategy s : kStrategies) r.runs.push_back(play_strategy(sc, s));
    r.tells = count_tells(*sc);
    bool used_first = false;
    auto more = [&]() -> std::shared_ptr<const Scenario> {
        if (!used_first) { used_first = true; return sc; }
        return make();
    };
    r.random = random_play(more, random_runs);
    return r;
}

static double round3(double v) { return std::round(v * 1000) / 1000; }

nlohmann::ordered_json strategies_json(const StrategyReport& r) {
    nlohmann::ordered_json j;
    for (const auto& run : r.runs) {
        nlohmann::ordered_json s;
        s["ending"] = run.ending.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(run.ending);
        s["outcome"] = outcome_name(run.outcome);
        s["overall"] = round3(run.overall);
        s["grade"] = run.grade ? nlohmann::ordered_json(grade_name(*run.grade)) : nlohmann::ordered_json(nullptr);
        s["choices"] = run.choices;
        if (!r.maxima_exact) s["overall_is_lower_bound"] = true;
        if (!run.error.empty()) s["error"] = run.error;
        j[strategy_name(run.strategy)] = s;
    }
    j["random"] = {{"runs", r.random.runs}, {"pass_rate", round3(r.random.pass_rate())}};
    return j;
}

nlohmann::ordered_json tells_json(const Tells& t) {
    nlohmann::ordered_json j;
    j["scored_nodes"] = t.scored_nodes;
    j["single_positive"] = t.single_positive;
    j["longest_is_best"] = t.longest_is_best;
    j["best_words_mean"] = std::round(t.best_words_mean * 10) / 10;
    j["other_words_mean"] = std::round(t.other_words_mean * 10) / 10;
    nlohmann::ordered_json longs = nlohmann::ordered_json::array();
    for (const auto& l : t.long_best) longs.push_back({{"node", l.node}, {"choice", l.choice}, {"words", l.words}});
    j["long_best_options"] = longs;
    j["timeouts"] = t.timeouts;
    j["timeouts_costly"] = t.timeouts_costly;
    return j;
}

namespace {

std::string percent(double v) { return std::to_string(int(std::lround(v * 100))) + "%"; }

const char* strategy_label(Strategy s) {
    switch (s) {
        case Strategy::Longest: return tr("steeds het langste antwoord", "always the longest answer");
        case Strategy::Shortest: return tr("steeds het kortste antwoord", "always the shortest answer");
        case Strategy::First: return tr("steeds het eerste antwoord", "always the first answer");
        case Strategy::Last: return tr("steeds het laatste antwoord", "always the last answer");
    }
    return "?";
}

std::string run_result(const StrategyRun& run, bool exact) {
    if (!run.error.empty()) return tr("faalt: ", "fails: ") + run.error;
    if (run.ending.empty())
        return run.outcome == Outcome::Stuck ? tr("loopt vast (geen cijfer)", "gets stuck (no grade)")
                                             : tr("komt niet bij een einde (geen cijfer)", "never reaches an ending (no grade)");
    return fmt(exact ? "{0}, {1} ({2})" : "minstens {0}, {1} ({2})", exact ? "{0}, {1} ({2})" : "at least {0}, {1} ({2})",
               {grade_name(*run.grade), percent(run.overall), q(run.ending)});
}

}  // namespace

std::string strategies_text(const StrategyReport& r) {
    std::string o = tr("Naïeve strategieën (haalt wie niet nadenkt toch een voldoende?):\n",
                       "Naive strategies (does a student who does not think still pass?):\n");
    for (const auto& run : r.runs) o += "  " + std::string(strategy_label(run.strategy)) + ": " + run_result(run, r.maxima_exact) + "\n";
    o += fmt("  willekeurig kiezen: {0} van {1} gesprekken voldoende of beter ({2})\n",
             "  random choices: {0} of {1} playthroughs voldoende or better ({2})\n",
             {std::to_string(r.random.passes), std::to_string(r.random.runs), percent(r.random.pass_rate())});
    const Tells& t = r.tells;
    o += tr("Verraders in de keuzes:\n", "Tells in the choices:\n");
    o += fmt("  {0} knopen met keuzes die verschillend scoren\n", "  {0} nodes whose options score differently\n", {std::to_string(t.scored_nodes)});
    if (t.scored_nodes > 0) {
        auto share = [&](int n) { return std::to_string(n) + " (" + percent(double(n) / t.scored_nodes) + ")"; };
        o += fmt("  {0} met precies één keuze die punten oplevert\n", "  {0} with exactly one option that earns points\n", {share(t.single_positive)});
        o += fmt("  {0} waar het langste antwoord (een van) de beste is\n", "  {0} where the longest answer is (one of) the best\n", {share(t.longest_is_best)});
        char b[64];
        std::snprintf(b, sizeof b, "%.1f", t.best_words_mean);
        std::string best = b;
        std::snprintf(b, sizeof b, "%.1f", t.other_words_mean);
        o += fmt("  beste antwoorden gemiddeld {0} woorden, de andere {1}\n", "  best answers {0} words on average, the others {1}\n", {best, b});
        for (const auto& l : t.long_best)
            o += fmt("  lang beste antwoord: keuze {0} van {1}, {2} woorden\n", "  long best answer: choice {0} of {1}, {2} words\n",
                     {std::to_string(l.choice), q(l.node), std::to_string(l.words)});
    }
    o += fmt("  stilte kan op {0} momenten, waarvan {1} met een prijs\n", "  silence is possible at {0} moments, {1} of which cost\n",
             {std::to_string(t.timeouts), std::to_string(t.timeouts_costly)});
    return o;
}

void strategy_diagnostics(std::shared_ptr<const Scenario> sc, const std::string& file, int line, Diagnostics& out) {
    // Percentages are scored against each competency's proven upper bound
    // when the search was cut short (explore.h): a strategy's figure is then
    // a lower bound, and a pass is still proven.
    for (Strategy s : kStrategies) {
        StrategyRun run = play_strategy(sc, s);
        if (!run.passes()) continue;
        out.add(diag::kNaiveStrategyPasses, file, line, {strategy_label(s), grade_name(*run.grade), percent(run.overall), q(run.ending)});
    }
    RandomPlay r = random_play_until_sure(sc, kRandomPassLimit, 10000);
    double lo = 0, hi = 1;
    pass_rate_interval(r, lo, hi);
    if (lo > kRandomPassLimit)
        out.add(diag::kRandomPasses, file, line, {percent(lo), std::to_string(r.passes), std::to_string(r.runs), percent(kRandomPassLimit)});
}

}  // namespace lab
