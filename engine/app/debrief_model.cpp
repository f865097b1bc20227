#include "debrief_model.h"

#include "core/explore.h"

namespace lab {

namespace {
double total_weight(const Scenario& sc) {
    double w = 0;
    for (const auto& c : sc.competencies) w += c.weight;
    return w;
}

double value_with(const Scenario& sc, const std::vector<double>& maxima, const std::vector<std::pair<int, double>>& score) {
    const double tw = total_weight(sc);
    if (tw <= 0) return 0;
    double v = 0;
    for (const auto& [k, delta] : score) {
        const double mx = size_t(k) < maxima.size() ? maxima[size_t(k)] : 0;
        if (mx > 0) v += sc.competencies[size_t(k)].weight * delta / mx;
    }
    return v / tw;
}
}  // namespace

double choice_value(const Scenario& sc, const Choice& c) { return value_with(sc, sc.competency_max, c.score); }

std::vector<KeyMoment> key_moments(const Session& s, const std::string& lang) {
    const Scenario& sc = s.scenario();
    std::vector<KeyMoment> out;
    int turn = 0;
    for (size_t i = 0; i < s.steps().size(); ++i) {
        const Step& st = s.steps()[i];
        if (st.decision != Decision::Choice && st.decision != Decision::Timeout) continue;
        const Node& n = sc.nodes[size_t(st.arrival.at.index)];
        KeyMoment m;
        m.step = i;
        m.turn = turn++;
        m.prompt = s.text_of(st, lang);
        if (n.speaker >= 0) m.who = interpolate_text(sc, sc.characters[size_t(n.speaker)].name.get(lang, sc.language), lang);
        if (st.decision == Decision::Timeout) {
            m.timed_out = true;
        } else {
            m.chosen = s.choice_text(st, size_t(st.chosen_pos), lang);
            m.feedback = s.feedback_of(st, lang);
            m.value = choice_value(sc, n.choices[size_t(st.chosen)]);
        }
        double best = m.value;
        for (size_t k = 0; k < st.arrival.offered.size(); ++k) {
            if (int(k) == st.chosen_pos) continue;
            const Choice& c = n.choices[size_t(st.arrival.offered[k])];
            double v = choice_value(sc, c);
            if (v > best + 1e-9) {
                best = v;
                m.better_pos = int(k);
                m.better_value = v;
            }
        }
        if (m.better_pos) {
            const Choice& c = n.choices[size_t(st.arrival.offered[size_t(*m.better_pos)])];
            m.better_text = s.choice_text(st, size_t(*m.better_pos), lang);
            // The feedback as written (a feedback function is not run for an option not taken).
            m.better_feedback = interpolate_text(sc, c.feedback.fixed.get(lang, sc.language), lang);
        }
        out.push_back(std::move(m));
    }
    return out;
}

std::vector<MeterSeries> meter_series(const Session& s, const std::string& lang) {
    const Scenario& sc = s.scenario();
    std::vector<MeterSeries> out;
    for (size_t m = 0; m < sc.meters.size(); ++m) {
        const Meter& me = sc.meters[m];
        if (!me.visible) continue;
        MeterSeries ms;
        ms.meter = int(m);
        ms.label = me.label.get(lang, sc.language);
        if (ms.label.empty()) ms.label = me.id;
        ms.min = me.min;
        ms.max = me.max;
        for (const Step& st : s.steps())
            if (m < st.meters.size()) ms.values.push_back(st.meters[m]);
        out.push_back(std::move(ms));
    }
    return out;
}

BestPath find_best_path(const Scenario& sc, const std::vector<double>& maxima, uint64_t seed) {
    BestPath out;
    ExploreOptions opt;
    opt.seed = seed;
    StateGraph g = explore(sc, opt);
    const double tw = total_weight(sc);
    Extreme x = extreme_path(
        g,
        [&](const StateGraph::Vertex& from, const StateGraph::Edge& e) {
            if (tw <= 0) return 0.0;
            double v = 0;
            for (size_t k = 0; k < sc.competencies.size(); ++k) {
                const double mx = k < maxima.size() ? maxima[k] : 0;
                if (mx > 0) v += sc.competencies[k].weight * edge_score(sc, g, from, e, int(k)) / mx;
            }
            return v / tw;
        },
        true);
    out.found = x.reachable;
    out.exact = g.complete && x.bounded;
    out.picks = x.path;
    out.value = x.value;
    return out;
}

std::string picks_text(const std::vector<std::string>& picks) {
    std::string s;
    for (const auto& p : picks) s += (s.empty() ? "" : ",") + p;
    return s;
}

}  // namespace lab
