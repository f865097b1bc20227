#include "analysis_moments.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <unordered_set>

#include "i18n.h"

namespace lab {

namespace {

constexpr double kNinf = -std::numeric_limits<double>::infinity();

Achieved achieved(const Result& r) {
    Achieved a;
    a.grade = int(r.grade);  // Grade is ordered from low to high
    a.overall = r.overall;
    a.grade_name = grade_name(r.grade);
    return a;
}

// A decision as the graph stores it: a choice index, -1 the timeout, -2 an
// advance (a node without choices).
using Decisions = std::vector<int>;

// Best continuations to an ending from every vertex, by per-move weights:
// what a move adds to the overall score (as analyse() weighs a path), and,
// when `cap_aware`, a penalty at endings that cap the grade.
struct Continuations {
    std::vector<double> dag, any;    // best total to an ending
    std::vector<int> dag_next, any_next;  // edge to take (-1: none)
};

Continuations continuations(const Scenario& sc, const StateGraph& g, const DfsOrder& order, bool cap_aware) {
    const size_t n = g.vertices.size();
    double wsum = 0;
    for (const auto& c : sc.competencies) wsum += c.weight;
    auto weight = [&](const StateGraph::Vertex& from, const StateGraph::Edge& e) {
        double v = 0;
        for (size_t k = 0; k < sc.competencies.size(); ++k) {
            const double mx = k < sc.competency_max.size() ? sc.competency_max[k] : 0;
            if (mx > 0 && std::isfinite(mx) && wsum > 0) v += sc.competencies[k].weight / wsum * edge_score(sc, g, from, e, int(k)) / mx;
        }
        return v;
    };
    Continuations c;
    c.dag.assign(n, kNinf);
    c.dag_next.assign(n, -1);
    for (size_t v = 0; v < n; ++v) {
        if (!g.is_ending(int(v))) continue;
        double end = 0;
        if (cap_aware) {
            const std::optional<Grade> cap = sc.endings[size_t(g.vertices[v].at.index)].grade_cap;
            end = !cap ? 0 : cap == Grade::Insufficient ? -2 : cap == Grade::Sufficient ? -1 : 0;
        }
        c.dag[v] = end;
    }
    // Postorder lists a vertex after all it leads to over non-back edges:
    // one pass gives the best paths that go round no loop; a few more over
    // every edge add ways out through a loop's entry.
    auto relax = [&](std::vector<double>& best, std::vector<int>& next, bool back_too) {
        bool changed = false;
        for (int u : order.postorder) {
            const auto& vx = g.vertices[size_t(u)];
            for (uint32_t k = 0; k < vx.edge_count; ++k) {
                const uint32_t ei = vx.first_edge + k;
                const auto& e = g.edges[ei];
                if (e.to < 0 || (!back_too && order.back[ei]) || best[size_t(e.to)] == kNinf) continue;
                const double v = weight(vx, e) + best[size_t(e.to)];
                if (v > best[size_t(u)] + 1e-12) {
                    best[size_t(u)] = v;
                    next[size_t(u)] = int(ei);
                    changed = true;
                }
            }
        }
        return changed;
    };
    relax(c.dag, c.dag_next, false);
    c.any = c.dag;
    c.any_next = c.dag_next;
    for (int round = 0; round < 3 && relax(c.any, c.any_next, true); ++round) {}
    return c;
}

// A decision as this file codes it: the choice index, -1 the timeout, -2
// the advance of a node without choices.
int decision_of(const StateGraph::Edge& e) {
    return e.kind == MoveKind::Choice ? e.choice : e.kind == MoveKind::Timeout ? -1 : -2;
}

// The decisions along `next` from `v` to an ending; empty with false when
// it comes round to a vertex again or stops short.
bool follow(const StateGraph& g, const std::vector<int>& next, int v, Decisions& out) {
    out.clear();
    std::unordered_set<int> seen;
    while (!g.is_ending(v)) {
        const int e = next[size_t(v)];
        if (e < 0 || !seen.insert(v).second) return false;
        out.push_back(decision_of(g.edges[size_t(e)]));
        v = g.edges[size_t(e)].to;
    }
    return true;
}

// Applies a decision as the graph stores it; false when it does not fit.
bool apply(Session& s, int d) {
    if (d == -2) {
        if (s.phase() != Phase::Talking) return false;
        s.advance();
        return true;
    }
    if (s.phase() != Phase::Choosing) return false;
    if (d == -1) {
        if (!s.has_timeout()) return false;
        s.timeout();
        return true;
    }
    const auto& offered = s.current().arrival.offered;
    for (size_t k = 0; k < offered.size(); ++k)
        if (offered[k] == d) {
            s.choose(int(k));
            return true;
        }
    return false;
}

std::vector<Pick> picks_of(const Session& s) {
    std::vector<Pick> out;
    for (const Step& st : s.steps()) {
        if (st.decision == Decision::Choice) out.push_back({Pick::Kind::Choice, st.chosen_pos});
        else if (st.decision == Decision::Timeout) out.push_back({Pick::Kind::Timeout, 0});
    }
    return out;
}

}  // namespace

bool Achieved::beats(const Achieved& o) const {
    if (grade != o.grade) return grade > o.grade;
    return overall > o.overall + 1e-9;
}

std::vector<std::string> pick_strings(const std::vector<Pick>& picks) {
    std::vector<std::string> out;
    for (const Pick& p : picks) out.push_back(p.kind == Pick::Kind::Timeout ? std::string("t") : std::to_string(p.pos + 1));
    return out;
}

std::vector<Moment> decision_moments(const Session& s, const StateGraph& g) {
    std::vector<Moment> out;
    const Scenario& sc = s.scenario();
    if (s.author_edited() || s.begin().kind != sc.start.kind || s.begin().index != sc.start.index || g.vertices.empty()) return out;
    const DfsOrder order = dfs_order(g);
    const Continuations plain = continuations(sc, g, order, false), capped = continuations(sc, g, order, true);

    std::optional<Achieved> reached;
    if (s.phase() == Phase::Ended) reached = achieved(s.result());

    Session base(s.scenario_ptr(), s.seed());
    int v = g.vertices[0].phase == Phase::Failed ? -1 : 0;  // the student's state, as a vertex (-1: lost)
    Decisions cont;
    for (size_t i = 0; i < s.steps().size(); ++i) {
        const Step& st = s.steps()[i];
        if (st.decision == Decision::None) break;
        const int d = st.decision == Decision::Choice ? st.chosen : st.decision == Decision::Timeout ? -1 : -2;
        if (st.decision == Decision::Choice || st.decision == Decision::Timeout) {
            Moment m;
            m.step = i;
            m.node = st.arrival.at.index;
            m.chosen = d;
            m.chosen_pos = st.decision == Decision::Choice ? st.chosen_pos : -1;
            m.reached = reached;
            const Node& node = sc.nodes[size_t(m.node)];
            for (size_t k = 0; k < st.arrival.offered.size(); ++k) m.options.push_back({st.arrival.offered[k], int(k), std::nullopt, {}});
            if (node.timeout) m.options.push_back({-1, -1, std::nullopt, {}});
            for (MomentOption& o : m.options) {
                if (v < 0) break;
                const auto& vx = g.vertices[size_t(v)];
                int to = -1;
                for (uint32_t k = 0; k < vx.edge_count; ++k)
                    if (decision_of(g.edges[vx.first_edge + k]) == o.choice) to = g.edges[vx.first_edge + k].to;
                if (to < 0 || g.vertices[size_t(to)].phase == Phase::Failed) continue;
                // Each distinct continuation, replayed from the student's state.
                std::vector<Decisions> tried;
                for (const Continuations* c : {&plain, &capped})
                    for (const std::vector<int>* next : {&c->any_next, &c->dag_next}) {
                        if (!follow(g, *next, to, cont) || std::find(tried.begin(), tried.end(), cont) != tried.end()) continue;
                        tried.push_back(cont);
                        Session t(base);
                        bool fits = apply(t, o.choice);
                        for (size_t k = 0; fits && k < cont.size(); ++k) fits = apply(t, cont[k]);
                        if (!fits || t.phase() != Phase::Ended || t.current().arrival.at.kind != TargetRef::Kind::Ending) continue;
                        const Achieved a = achieved(t.result());
                        if (!o.value || a.beats(*o.value)) {
                            o.value = a;
                            o.path = picks_of(t);
                        }
                    }
            }
            // The student's own way on is a continuation of the option taken.
            for (MomentOption& o : m.options)
                if (o.choice == m.chosen && reached && (!o.value || reached->beats(*o.value))) {
                    o.value = reached;
                    o.path = picks_of(s);
                }
            int best = -1;
            for (size_t k = 0; k < m.options.size(); ++k)
                if (m.options[k].value && (best < 0 || m.options[k].value->beats(*m.options[size_t(best)].value))) best = int(k);
            if (best >= 0 && reached && m.options[size_t(best)].choice != m.chosen && m.options[size_t(best)].value->beats(*reached)) {
                const MomentOption* taken = nullptr;
                for (const MomentOption& o : m.options)
                    if (o.choice == m.chosen) taken = &o;
                if (!taken || !taken->value || m.options[size_t(best)].value->beats(*taken->value)) m.better = best;
            }
            out.push_back(std::move(m));
        }
        // Follow the student: in the graph, and in the replay.
        if (v >= 0) {
            const auto& vx = g.vertices[size_t(v)];
            int to = -1;
            for (uint32_t k = 0; k < vx.edge_count; ++k)
                if (decision_of(g.edges[vx.first_edge + k]) == d) to = g.edges[vx.first_edge + k].to;
            v = to;
        }
        if (!apply(base, d)) break;
    }
    return out;
}

std::string result_json_with_moments(const Result& r, const Session& s, const std::vector<Moment>& moments, const std::string& lang, int indent) {
    using nlohmann::ordered_json;
    ordered_json j = ordered_json::parse(result_json(r, 0));
    auto round3 = [](double v) -> ordered_json {
        const double x = std::round(v * 1000.0) / 1000.0;
        if (x == std::floor(x)) return int64_t(x);
        return x;
    };
    auto choice = [](int pos) -> ordered_json { return pos < 0 ? ordered_json("t") : ordered_json(pos + 1); };
    ordered_json arr = ordered_json::array();
    for (const Moment& m : moments) {
        ordered_json e;
        e["node"] = s.scenario().nodes[size_t(m.node)].id;
        e["chosen"] = choice(m.chosen_pos);
        if (m.better < 0) {
            e["better"] = nullptr;
        } else {
            const MomentOption& o = m.options[size_t(m.better)];
            const std::string text = o.pos < 0 ? tr("(stilte: de tijd laten verlopen)", "(silence: let the time run out)")
                                               : s.choice_text(s.steps()[m.step], size_t(o.pos), lang);
            e["better"] = {{"choice", choice(o.pos)}, {"text", text}, {"overall", round3(o.value->overall)}};
            if (o.value->grade_name != m.reached->grade_name) e["better"]["grade"] = o.value->grade_name;
            e["reached"] = round3(m.reached->overall);
        }
        arr.push_back(std::move(e));
    }
    j["moments"] = std::move(arr);
    return j.dump(indent);
}

}  // namespace lab
