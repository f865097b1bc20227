#include "analysis.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "analysis_moments.h"
#include "explore_bounds.h"
#include "i18n.h"
#include "picks.h"
#include "session.h"

namespace lab {

namespace {

// Paths from vertex 0 to endings over the graph without back edges.
double count_paths(const StateGraph& g, const DfsOrder& order) {
    std::vector<double> ways(g.vertices.size(), 0);
    ways[0] = 1;
    double total = 0;
    for (auto it = order.postorder.rbegin(); it != order.postorder.rend(); ++it) {
        const int u = *it;
        if (ways[size_t(u)] == 0) continue;
        if (g.is_ending(u)) total += ways[size_t(u)];
        const auto& vx = g.vertices[size_t(u)];
        for (uint32_t k = 0; k < vx.edge_count; ++k) {
            const uint32_t ei = vx.first_edge + k;
            if (!order.back[ei] && g.edges[ei].to >= 0) ways[size_t(g.edges[ei].to)] += ways[size_t(u)];
        }
    }
    return total;
}

// An attempt playing `picks` from the start (null when they do not fit).
std::unique_ptr<Session> replayed(const Scenario& sc, uint64_t seed, const std::vector<std::string>& picks) {
    std::shared_ptr<const Scenario> alias(std::shared_ptr<const Scenario>(), &sc);
    auto s = std::make_unique<Session>(alias, seed);
    std::vector<Pick> p;
    std::string err, joined;
    for (const auto& x : picks) joined += (joined.empty() ? "" : ",") + x;
    if (!parse_picks(joined, p, err) || !play_picks(*s, p, err)) return nullptr;
    return s;
}

// Overall score of playing `picks` (exact, with clamping).
double overall_of(const Scenario& sc, uint64_t seed, const std::vector<std::string>& picks) {
    auto s = replayed(sc, seed, picks);
    return s ? s->result().overall : 0;
}

// The best path made to agree with decision_moments(): as long as some
// moment of it shows an option that does better (a replayed path), the best
// such path replaces it. Each round is strictly better, so it ends; on the path
// returned no moment suggests anything.
std::vector<std::string> agreed_best(const Scenario& sc, const StateGraph& g, std::vector<std::string> picks) {
    for (int round = 0; round < 64; ++round) {
        const auto played = replayed(sc, g.seed, picks);
        if (!played || played->phase() != Phase::Ended) break;
        const Session& s = *played;
        const std::vector<Moment> ms = decision_moments(s, g);
        // The best of all suggestions, not the first: the first may lead
        // away from a still better path later on.
        const MomentOption* top = nullptr;
        for (const Moment& m : ms)
            if (m.better >= 0 && (!top || m.options[size_t(m.better)].value->beats(*top->value))) top = &m.options[size_t(m.better)];
        if (!top) break;
        picks = pick_strings(top->path);
    }
    return picks;
}

}  // namespace

const char* stop_name(ExploreStop s) {
    switch (s) {
        case ExploreStop::None: return "none";
        case ExploreStop::States: return "states";
        case ExploreStop::Seconds: return "seconds";
        case ExploreStop::Instructions: return "instructions";
        case ExploreStop::Failures: return "failures";
    }
    return "?";
}

std::string stop_text(ExploreStop s, size_t states, double seconds) {
    switch (s) {
        case ExploreStop::None: break;
        case ExploreStop::States:
            return fmt("gestopt na {0} toestanden (--max-states)", "stopped after {0} states (--max-states)", {std::to_string(states)});
        case ExploreStop::Seconds: {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.1f", seconds);
            return fmt("gestopt na {0} s (--max-seconds)", "stopped after {0} s (--max-seconds)", {buf});
        }
        case ExploreStop::Instructions:
            return tr("gestopt: de functies van het scenario kostten samen te veel rekenstappen", "stopped: the scenario's functions took too many steps together");
        case ExploreStop::Failures:
            return tr("niet volledig: een functie die faalde is daarna niet meer aangeroepen", "incomplete: a function that failed was not called again");
    }
    return {};
}

Analysis analyse(const Scenario& sc, const StateGraph& g, bool scores) {
    Analysis a;
    a.scenario = sc.id;
    a.states = g.vertices.size();
    a.complete = g.complete;
    a.stop = g.stop;
    a.seconds = g.seconds;
    a.nodes_total = sc.nodes.size();
    // Places (visit keys) an attempt may reach beyond the explored states:
    // everything the scenario's shape allows from an open state's place.
    // Elsewhere the explored graph holds every state there is.
    StructuralBounds sb;
    std::vector<char> open_place(sc.nodes.size() + sc.endings.size(), 0);
    if (!g.open.empty()) {
        sb = structural_bounds(sc);
        std::vector<int> from;
        for (int v : g.open)
            if (g.vertices[size_t(v)].at) from.push_back(visit_key(sc, g.vertices[size_t(v)].at));
        open_place = sb.reachable_from(from);
    }
    const size_t N = sc.nodes.size();
    std::vector<char> node_seen(N, 0), ending_seen(sc.endings.size(), 0), stuck(N, 0);
    std::vector<std::vector<char>> offered(N);
    for (size_t i = 0; i < N; ++i) offered[i].assign(sc.nodes[i].choices.size(), 0);
    for (const auto& v : g.vertices) {
        if (v.at.kind == TargetRef::Kind::Node) {
            node_seen[size_t(v.at.index)] = 1;
            if (v.phase == Phase::Ended) stuck[size_t(v.at.index)] = 1;
            for (uint32_t k = 0; k < v.edge_count; ++k) {
                const auto& e = g.edges[v.first_edge + k];
                if (e.kind == MoveKind::Choice) offered[size_t(v.at.index)][size_t(e.choice)] = 1;
            }
        } else if (v.at.kind == TargetRef::Kind::Ending) {
            ending_seen[size_t(v.at.index)] = 1;
        }
    }
    for (size_t i = 0; i < N; ++i) {
        if (!node_seen[i]) (open_place[i] ? a.not_reached_nodes : a.unreachable_nodes).push_back(sc.nodes[i].id);
        if (stuck[i]) a.dead_ends.push_back(sc.nodes[i].id);
        else if (open_place[i] && sb.may_stick[i]) a.unchecked_dead_ends.push_back(sc.nodes[i].id);
        if (node_seen[i])
            for (size_t c = 0; c < offered[i].size(); ++c)
                if (!offered[i][c]) (open_place[i] ? a.not_reached_choices : a.never_offered).push_back({sc.nodes[i].id, int(c) + 1});
    }
    for (size_t i = 0; i < sc.endings.size(); ++i) {
        if (ending_seen[i]) a.reachable_endings.push_back(sc.endings[i].id);
        else (open_place[N + i] ? a.not_reached_endings : a.unreachable_endings).push_back(sc.endings[i].id);
    }

    // States from which no ending can be reached: no explored path leads to
    // an ending, nor to an open state whose place may lead to one.
    {
        std::vector<std::vector<int>> rev(g.vertices.size());
        for (size_t u = 0; u < g.vertices.size(); ++u) {
            const auto& vx = g.vertices[u];
            for (uint32_t k = 0; k < vx.edge_count; ++k)
                if (g.edges[vx.first_edge + k].to >= 0) rev[size_t(g.edges[vx.first_edge + k].to)].push_back(int(u));
        }
        std::vector<char> good(g.vertices.size(), 0);
        std::vector<int> stack;
        for (size_t v = 0; v < g.vertices.size(); ++v)
            if (g.is_ending(int(v))) { good[v] = 1; stack.push_back(int(v)); }
        for (int v : g.open) {
            const auto& vx = g.vertices[size_t(v)];
            if (!good[size_t(v)] && vx.at && sb.leads_to_ending[size_t(visit_key(sc, vx.at))]) { good[size_t(v)] = 1; stack.push_back(v); }
        }
        while (!stack.empty()) {
            int v = stack.back();
            stack.pop_back();
            for (int u : rev[size_t(v)])
                if (!good[size_t(u)]) { good[size_t(u)] = 1; stack.push_back(u); }
        }
        std::vector<char> listed(N, 0);
        for (size_t v = 0; v < g.vertices.size(); ++v) {
            const auto& vx = g.vertices[v];
            if (!good[v] && vx.at.kind == TargetRef::Kind::Node && vx.phase != Phase::Ended && vx.phase != Phase::Failed &&
                !listed[size_t(vx.at.index)]) {
                listed[size_t(vx.at.index)] = 1;
                a.no_way_out.push_back(sc.nodes[size_t(vx.at.index)].id);
            }
        }
    }

    for (const auto& v : g.vertices) {
        if (v.at.kind != TargetRef::Kind::Node) continue;
        const Node& n = sc.nodes[size_t(v.at.index)];
        for (uint32_t k = 0; k < v.edge_count; ++k) {
            const auto& e = g.edges[v.first_edge + k];
            if (e.to < 0 || g.vertices[size_t(e.to)].phase == Phase::Failed || e.kind == MoveKind::Timeout) continue;
            const bool choice = e.kind == MoveKind::Choice;
            const Target& t = choice ? (n.choices[size_t(e.choice)].next ? n.choices[size_t(e.choice)].next : n.next) : n.next;
            if (!t.fn) continue;
            Analysis::DynamicEdge d{n.id, choice ? e.choice : Analysis::DynamicEdge::kNodeNext, sc.target_id(g.vertices[size_t(e.to)].at)};
            bool seen = std::any_of(a.dynamic_edges.begin(), a.dynamic_edges.end(), [&](const Analysis::DynamicEdge& x) {
                return x.node == d.node && x.choice == d.choice && x.target == d.target;
            });
            if (!seen) a.dynamic_edges.push_back(d);
        }
    }
    DfsOrder order = dfs_order(g);
    // A maximum earned by passing one node again and again and taking the
    // same scoring move there each time (a hub whose topics score one by
    // one is not that): the best path for the competency, replayed, counted
    // per node and move.
    for (size_t k = 0; k < sc.competencies.size(); ++k) {
        if (sc.competencies[k].max) continue;
        const Extreme hi = extreme_path(g, order, [&](const StateGraph::Vertex& from, const StateGraph::Edge& e) {
            return edge_score(sc, g, from, e, int(k));
        }, true);
        if (!hi.reachable || hi.value <= 0) continue;
        std::map<std::pair<int, int>, int> times;  // (node, choice or -1 timeout) -> scoring passes
        const auto s = replayed(sc, g.seed, hi.path);
        if (!s) continue;
        for (const Step& st : s->steps()) {
            if (st.arrival.at.kind != TargetRef::Kind::Node) continue;
            const Node& n = sc.nodes[size_t(st.arrival.at.index)];
            const std::vector<std::pair<int, double>>* score = st.decision == Decision::Choice    ? &n.choices[size_t(st.chosen)].score
                                                               : st.decision == Decision::Timeout ? &n.timeout->score
                                                                                                  : nullptr;
            if (score && std::any_of(score->begin(), score->end(), [&](const std::pair<int, double>& d) { return size_t(d.first) == k && d.second > 0; }))
                ++times[{st.arrival.at.index, st.decision == Decision::Choice ? st.chosen : -1}];
        }
        std::vector<int> most(sc.nodes.size(), 0);
        for (const auto& [at, n] : times) most[size_t(at.first)] = std::max(most[size_t(at.first)], n);
        for (size_t i = 0; i < most.size(); ++i)
            if (most[i] > 1) a.repeated_scoring.push_back({sc.competencies[k].id, sc.nodes[i].id, most[i]});
    }
    if (!scores) return a;

    a.paths = count_paths(g, order);
    a.paths_exact = g.complete && std::none_of(order.back.begin(), order.back.end(), [](char b) { return b; });

    for (size_t k = 0; k < sc.competencies.size(); ++k) {
        const ScoreBound hi = score_bound(sc, g, order, sb, int(k), true), lo = score_bound(sc, g, order, sb, int(k), false);
        CompetencyRange r;
        r.id = sc.competencies[k].id;
        r.min = lo.value;
        r.max = hi.value;
        r.min_path = lo.path;
        r.max_path = hi.path;
        r.bounded = hi.bounded && lo.bounded;
        r.min_found = lo.found;
        r.max_found = hi.found;
        r.min_limit = lo.limit;
        r.max_limit = hi.limit;
        // A complete search is exact as it always was (a scoring loop is
        // reported by `bounded`); an incomplete one when the bounds meet.
        r.exact = g.complete || (hi.exact() && lo.exact());
        a.competencies.push_back(std::move(r));
    }
    // Best and worst overall: the weighted percentage is linear in the raw
    // scores (up to clamping), so search with per-edge weights, then replay
    // the path found for its exact overall.
    double wsum = 0;
    for (const auto& c : sc.competencies) wsum += c.weight;
    auto overall_w = [&](const StateGraph::Vertex& from, const StateGraph::Edge& e) {
        double v = 0;
        for (size_t k = 0; k < sc.competencies.size(); ++k) {
            double mx = k < sc.competency_max.size() ? sc.competency_max[k] : 0;
            if (mx > 0 && wsum > 0) v += sc.competencies[k].weight / wsum * edge_score(sc, g, from, e, int(k)) / mx;
        }
        return v;
    };
    Extreme best = extreme_path(g, order, overall_w, true), worst = extreme_path(g, order, overall_w, false);
    a.best_path = best.reachable ? agreed_best(sc, g, best.path) : best.path;
    a.worst_path = worst.path;
    if (best.reachable) a.best_overall = overall_of(sc, g.seed, a.best_path);
    if (worst.reachable) a.worst_overall = overall_of(sc, g.seed, worst.path);

    for (size_t i = 0; i < sc.meters.size(); ++i) {
        Analysis::MeterBound m{sc.meters[i].id, false, false, 0, 0};
        if (i < g.meter_lo.size()) {
            m.lo = g.meter_lo[i];
            m.hi = g.meter_hi[i];
            m.hits_min = m.lo <= sc.meters[i].min;
            m.hits_max = m.hi >= sc.meters[i].max;
        }
        a.meters.push_back(m);
    }
    for (const auto& n : sc.nodes) {
        if (n.choices.size() >= 2) {
            auto sorted = [](std::vector<std::pair<int, double>> v) { std::sort(v.begin(), v.end()); return v; };
            auto first = sorted(n.choices[0].score);
            bool same = std::all_of(n.choices.begin(), n.choices.end(), [&](const Choice& c) { return sorted(c.score) == first; });
            if (same) a.same_score_nodes.push_back(n.id);
        }
        for (size_t c = 0; c < n.choices.size(); ++c)
            if (n.choices[c].feedback.empty()) a.without_feedback.push_back({n.id, int(c) + 1});
    }
    for (const auto& f : g.failures) a.failures.push_back(f.error.what());
    return a;
}

std::string analysis_json(const Analysis& a, int indent) {
    using nlohmann::ordered_json;
    auto num = [](double v) -> ordered_json {
        if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 9e15) return int64_t(v);
        return v;
    };
    auto picks = [](const std::vector<std::string>& p) {
        ordered_json arr = ordered_json::array();
        for (const auto& x : p) {
            if (x == "t") arr.push_back("t");
            else arr.push_back(std::stoi(x));
        }
        return arr;
    };
    auto refs = [](const std::vector<ChoiceRef>& v) {
        ordered_json arr = ordered_json::array();
        for (const auto& r : v) arr.push_back({{"node", r.node}, {"choice", r.choice}});
        return arr;
    };
    // A proven bound: null when nothing is (infinite).
    auto limit = [&](double v) -> ordered_json { return std::isfinite(v) ? num(v) : ordered_json(nullptr); };
    ordered_json j;
    j["scenario"] = a.scenario;
    j["states"] = a.states;
    j["complete"] = a.complete;
    // What follows is only there when the search stopped early.
    if (!a.complete) j["stopped"] = stop_name(a.stop);
    j["nodes"] = {{"total", a.nodes_total}, {"unreachable", a.unreachable_nodes}};
    j["endings"] = {{"reachable", a.reachable_endings}, {"unreachable", a.unreachable_endings}};
    j["dead_ends"] = a.dead_ends;
    j["no_way_out"] = a.no_way_out;
    j["never_offered"] = refs(a.never_offered);
    if (!a.complete)
        j["not_reached"] = {{"nodes", a.not_reached_nodes},
                            {"endings", a.not_reached_endings},
                            {"choices", refs(a.not_reached_choices)},
                            {"possible_dead_ends", a.unchecked_dead_ends}};
    j["paths"] = {{"count", num(a.paths)}, {"exact", a.paths_exact}};
    ordered_json comps = ordered_json::object();
    for (const auto& c : a.competencies) {
        if (c.exact) {
            comps[c.id] = {{"min", num(c.min)}, {"max", num(c.max)}, {"min_path", picks(c.min_path)}, {"max_path", picks(c.max_path)}, {"bounded", c.bounded}};
            continue;
        }
        // Found on a path (null: no ending found), and the proven bound.
        comps[c.id] = {{"min", c.min_found ? num(c.min) : ordered_json(nullptr)},
                       {"max", c.max_found ? num(c.max) : ordered_json(nullptr)},
                       {"min_path", picks(c.min_path)},
                       {"max_path", picks(c.max_path)},
                       {"bounded", c.bounded},
                       {"exact", false},
                       {"min_lower", limit(c.min_limit)},
                       {"max_upper", limit(c.max_limit)}};
    }
    j["competencies"] = comps;
    j["best_path"] = picks(a.best_path);
    j["worst_path"] = picks(a.worst_path);
    j["best_overall"] = num(std::round(a.best_overall * 1000) / 1000);
    j["worst_overall"] = num(std::round(a.worst_overall * 1000) / 1000);
    ordered_json meters = ordered_json::object();
    for (const auto& m : a.meters) meters[m.id] = {{"lowest", num(m.lo)}, {"highest", num(m.hi)}, {"hits_min", m.hits_min}, {"hits_max", m.hits_max}};
    j["meters"] = meters;
    j["same_score_nodes"] = a.same_score_nodes;
    j["without_feedback"] = refs(a.without_feedback);
    j["failures"] = a.failures;
    if (!a.repeated_scoring.empty()) {
        ordered_json rs = ordered_json::array();
        for (const auto& r : a.repeated_scoring) rs.push_back({{"competency", r.competency}, {"node", r.node}, {"times", r.times}});
        j["repeated_scoring"] = rs;
    }
    return j.dump(indent);
}

std::string analysis_text(const Scenario& sc, const Analysis& a) {
    std::string o;
    auto line = [&](const std::string& s) { o += s + "\n"; };
    auto join = [](const std::vector<std::string>& v) {
        std::string s;
        for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
        return s.empty() ? std::string("-") : s;
    };
    auto refs = [](const std::vector<ChoiceRef>& v) {
        std::string s;
        for (const auto& r : v) s += (s.empty() ? "" : ", ") + r.node + "#" + std::to_string(r.choice);
        return s.empty() ? std::string("-") : s;
    };
    // Long lists of what was not reached: the first few, and how many more.
    auto some = [&](const std::vector<std::string>& v) {
        constexpr size_t kShown = 12;
        if (v.size() <= kShown) return join(v);
        std::vector<std::string> head(v.begin(), v.begin() + kShown);
        return join(head) + fmt(" en nog {0}", " and {0} more", {std::to_string(v.size() - kShown)});
    };
    line(fmt("Analyse van {0}: {1} toestanden verkend{2}", "Analysis of {0}: {1} states explored{2}",
             {sc.id, std::to_string(a.states), a.complete ? "" : " (" + stop_text(a.stop, a.states, a.seconds) + tr("; wat daarbuiten ligt staat apart onder 'niet bereikt binnen het budget')",
                                                                                                    "; what lies beyond is listed apart under 'not reached within the budget')")}));
    line(fmt("  knopen: {0}, onbereikbaar: {1}", "  nodes: {0}, unreachable: {1}", {std::to_string(a.nodes_total), join(a.unreachable_nodes)}));
    line(fmt("  einden bereikbaar: {0}; onbereikbaar: {1}", "  endings reachable: {0}; unreachable: {1}", {join(a.reachable_endings), join(a.unreachable_endings)}));
    line(fmt("  doodlopend (stuck): {0}", "  dead ends (stuck): {0}", {join(a.dead_ends)}));
    line(fmt("  knopen zonder weg naar een einde: {0}", "  nodes with no way to an ending: {0}", {join(a.no_way_out)}));
    line(fmt("  keuzes die nooit worden aangeboden: {0}", "  choices never offered: {0}", {refs(a.never_offered)}));
    if (!a.complete) {
        line(tr("  niet bereikt binnen het budget (niet uitgesloten):", "  not reached within the budget (not ruled out):"));
        line(fmt("    knopen: {0}", "    nodes: {0}", {some(a.not_reached_nodes)}));
        line(fmt("    einden: {0}", "    endings: {0}", {some(a.not_reached_endings)}));
        std::vector<std::string> choices;
        for (const auto& r : a.not_reached_choices) choices.push_back(r.node + "#" + std::to_string(r.choice));
        line(fmt("    keuzes niet gezien: {0}", "    choices not seen offered: {0}", {some(choices)}));
        line(fmt("    mogelijk doodlopend, niet nagegaan: {0}", "    possible dead ends, not checked: {0}", {some(a.unchecked_dead_ends)}));
    }
    line(fmt("  complete paden: {0}{1}", "  complete paths: {0}{1}",
             {format_number(a.paths), a.paths_exact ? "" : tr(" (ondergrens)", " (lower bound)")}));
    auto bound = [](double v) { return std::isfinite(v) ? format_number(v) : tr("onbegrensd", "unbounded"); };
    for (const auto& c : a.competencies) {
        std::string mp, xp;
        for (const auto& p : c.min_path) mp += (mp.empty() ? "" : ",") + p;
        for (const auto& p : c.max_path) xp += (xp.empty() ? "" : ",") + p;
        if (c.exact) {
            line(fmt("  {0}: min {1} (pad {2}), max {3} (pad {4}){5}", "  {0}: min {1} (path {2}), max {3} (path {4}){5}",
                     {c.id, format_number(c.min), mp.empty() ? "-" : mp, format_number(c.max), xp.empty() ? "-" : xp,
                      c.bounded ? "" : tr("  [een lus kan blijven scoren]", "  [a loop can keep scoring]")}));
            continue;
        }
        // Not proven: what was found, and the proven bound.
        const std::string found_max = c.max_found ? fmt("{0} gevonden (pad {1})", "{0} found (path {1})", {format_number(c.max), xp.empty() ? "-" : xp})
                                                  : tr("geen pad gevonden", "no path found");
        const std::string found_min = c.min_found ? fmt("{0} gevonden (pad {1})", "{0} found (path {1})", {format_number(c.min), mp.empty() ? "-" : mp})
                                                  : tr("geen pad gevonden", "no path found");
        line(fmt("  {0}: max niet bewezen: {1}, hooguit {2}; min: {3}, minstens {4}{5}", "  {0}: max not proven: {1}, at most {2}; min: {3}, at least {4}{5}",
                 {c.id, found_max, bound(c.max_limit), found_min, bound(c.min_limit),
                  c.bounded ? "" : tr("  [een lus kan blijven scoren]", "  [a loop can keep scoring]")}));
    }
    auto path = [](const std::vector<std::string>& p) { std::string s; for (const auto& x : p) s += (s.empty() ? "" : ",") + x; return s.empty() ? std::string("-") : s; };
    if (a.complete) {
        line(fmt("  beste pad: {0} (totaal {1}%)", "  best path: {0} (overall {1}%)", {path(a.best_path), std::to_string(int(a.best_overall * 100 + 0.5))}));
        line(fmt("  slechtste pad: {0} (totaal {1}%)", "  worst path: {0} (overall {1}%)", {path(a.worst_path), std::to_string(int(a.worst_overall * 100 + 0.5))}));
    } else {
        line(fmt("  beste gevonden pad: {0} (totaal {1}%)", "  best path found: {0} (overall {1}%)", {path(a.best_path), std::to_string(int(a.best_overall * 100 + 0.5))}));
        line(fmt("  slechtste gevonden pad: {0} (totaal {1}%)", "  worst path found: {0} (overall {1}%)", {path(a.worst_path), std::to_string(int(a.worst_overall * 100 + 0.5))}));
    }
    for (const auto& m : a.meters)
        line(fmt("  meter {0}: van {1} tot {2}{3}", "  meter {0}: from {1} to {2}{3}",
                 {m.id, format_number(m.lo), format_number(m.hi),
                  std::string(m.hits_min ? tr(" (raakt het minimum)", " (hits its minimum)") : "") + (m.hits_max ? tr(" (raakt het maximum)", " (hits its maximum)") : "")}));
    line(fmt("  knopen waar elke keuze even veel scoort: {0}", "  nodes where every choice scores the same: {0}", {join(a.same_score_nodes)}));
    line(fmt("  keuzes zonder feedback: {0}", "  choices without feedback: {0}", {refs(a.without_feedback)}));
    for (const auto& r : a.repeated_scoring)
        line(fmt("  het beste pad voor {0} komt {1} keer langs {2} en haalt daar telkens punten", "  the best path for {0} passes {2} {1} times and scores there each time",
                 {r.competency, std::to_string(r.times), q(r.node)}));
    for (const auto& f : a.failures) line("  error: " + f);
    return o;
}

}  // namespace lab
