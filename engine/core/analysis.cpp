#include "analysis.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

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

// Overall score of playing `picks` (exact, with clamping).
double overall_of(const Scenario& sc, const std::vector<std::string>& picks) {
    std::shared_ptr<const Scenario> alias(std::shared_ptr<const Scenario>(), &sc);
    Session s(alias, 1);
    std::vector<Pick> p;
    std::string err, joined;
    for (const auto& x : picks) joined += (joined.empty() ? "" : ",") + x;
    if (!parse_picks(joined, p, err) || !play_picks(s, p, err)) return 0;
    return s.result().overall;
}

}  // namespace

Analysis analyse(const Scenario& sc, const StateGraph& g, bool scores) {
    Analysis a;
    a.scenario = sc.id;
    a.states = g.vertices.size();
    a.complete = g.complete;
    a.nodes_total = sc.nodes.size();
    std::vector<char> node_seen(sc.nodes.size(), 0), ending_seen(sc.endings.size(), 0), stuck(sc.nodes.size(), 0);
    std::vector<std::vector<char>> offered(sc.nodes.size());
    for (size_t i = 0; i < sc.nodes.size(); ++i) offered[i].assign(sc.nodes[i].choices.size(), 0);
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
    for (size_t i = 0; i < sc.nodes.size(); ++i) {
        if (!node_seen[i]) a.unreachable_nodes.push_back(sc.nodes[i].id);
        if (stuck[i]) a.dead_ends.push_back(sc.nodes[i].id);
        if (node_seen[i])
            for (size_t c = 0; c < offered[i].size(); ++c)
                if (!offered[i][c]) a.never_offered.push_back({sc.nodes[i].id, int(c) + 1});
    }
    for (size_t i = 0; i < sc.endings.size(); ++i) (ending_seen[i] ? a.reachable_endings : a.unreachable_endings).push_back(sc.endings[i].id);

    // States from which no ending can be reached (only meaningful when complete).
    if (g.complete) {
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
        while (!stack.empty()) {
            int v = stack.back();
            stack.pop_back();
            for (int u : rev[size_t(v)])
                if (!good[size_t(u)]) { good[size_t(u)] = 1; stack.push_back(u); }
        }
        std::vector<char> listed(sc.nodes.size(), 0);
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
    if (!scores) return a;

    DfsOrder order = dfs_order(g);
    a.paths = count_paths(g, order);
    a.paths_exact = g.complete && std::none_of(order.back.begin(), order.back.end(), [](char b) { return b; });

    for (size_t k = 0; k < sc.competencies.size(); ++k) {
        auto w = [&](const StateGraph::Vertex& from, const StateGraph::Edge& e) { return edge_score(sc, g, from, e, int(k)); };
        Extreme hi = extreme_path(g, order, w, true), lo = extreme_path(g, order, w, false);
        a.competencies.push_back({sc.competencies[k].id, lo.value, hi.value, lo.path, hi.path, hi.bounded && lo.bounded});
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
    a.best_path = best.path;
    a.worst_path = worst.path;
    if (best.reachable) a.best_overall = overall_of(sc, best.path);
    if (worst.reachable) a.worst_overall = overall_of(sc, worst.path);

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
    ordered_json j;
    j["scenario"] = a.scenario;
    j["states"] = a.states;
    j["complete"] = a.complete;
    j["nodes"] = {{"total", a.nodes_total}, {"unreachable", a.unreachable_nodes}};
    j["endings"] = {{"reachable", a.reachable_endings}, {"unreachable", a.unreachable_endings}};
    j["dead_ends"] = a.dead_ends;
    j["no_way_out"] = a.no_way_out;
    j["never_offered"] = refs(a.never_offered);
    j["paths"] = {{"count", num(a.paths)}, {"exact", a.paths_exact}};
    ordered_json comps = ordered_json::object();
    for (const auto& c : a.competencies)
        comps[c.id] = {{"min", num(c.min)}, {"max", num(c.max)}, {"min_path", picks(c.min_path)}, {"max_path", picks(c.max_path)}, {"bounded", c.bounded}};
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
    line(fmt("Analyse van {0}: {1} toestanden verkend{2}", "Analysis of {0}: {1} states explored{2}",
             {sc.id, std::to_string(a.states), a.complete ? "" : tr(" (budget bereikt: cijfers zijn ondergrenzen)", " (budget reached: figures are lower bounds)")}));
    line(fmt("  knopen: {0}, onbereikbaar: {1}", "  nodes: {0}, unreachable: {1}", {std::to_string(a.nodes_total), join(a.unreachable_nodes)}));
    line(fmt("  einden bereikbaar: {0}; onbereikbaar: {1}", "  endings reachable: {0}; unreachable: {1}", {join(a.reachable_endings), join(a.unreachable_endings)}));
    line(fmt("  doodlopend (stuck): {0}", "  dead ends (stuck): {0}", {join(a.dead_ends)}));
    line(fmt("  knopen zonder weg naar een einde: {0}", "  nodes with no way to an ending: {0}", {join(a.no_way_out)}));
    line(fmt("  keuzes die nooit worden aangeboden: {0}", "  choices never offered: {0}", {refs(a.never_offered)}));
    line(fmt("  complete paden: {0}{1}", "  complete paths: {0}{1}",
             {format_number(a.paths), a.paths_exact ? "" : tr(" (ondergrens)", " (lower bound)")}));
    for (const auto& c : a.competencies) {
        std::string mp, xp;
        for (const auto& p : c.min_path) mp += (mp.empty() ? "" : ",") + p;
        for (const auto& p : c.max_path) xp += (xp.empty() ? "" : ",") + p;
        line(fmt("  {0}: min {1} (pad {2}), max {3} (pad {4}){5}", "  {0}: min {1} (path {2}), max {3} (path {4}){5}",
                 {c.id, format_number(c.min), mp.empty() ? "-" : mp, format_number(c.max), xp.empty() ? "-" : xp,
                  c.bounded ? "" : tr("  [een lus kan blijven scoren]", "  [a loop can keep scoring]")}));
    }
    auto path = [](const std::vector<std::string>& p) { std::string s; for (const auto& x : p) s += (s.empty() ? "" : ",") + x; return s.empty() ? std::string("-") : s; };
    line(fmt("  beste pad: {0} (totaal {1}%)", "  best path: {0} (overall {1}%)", {path(a.best_path), std::to_string(int(a.best_overall * 100 + 0.5))}));
    line(fmt("  slechtste pad: {0} (totaal {1}%)", "  worst path: {0} (overall {1}%)", {path(a.worst_path), std::to_string(int(a.worst_overall * 100 + 0.5))}));
    for (const auto& m : a.meters)
        line(fmt("  meter {0}: van {1} tot {2}{3}", "  meter {0}: from {1} to {2}{3}",
                 {m.id, format_number(m.lo), format_number(m.hi),
                  std::string(m.hits_min ? tr(" (raakt het minimum)", " (hits its minimum)") : "") + (m.hits_max ? tr(" (raakt het maximum)", " (hits its maximum)") : "")}));
    line(fmt("  knopen waar elke keuze even veel scoort: {0}", "  nodes where every choice scores the same: {0}", {join(a.same_score_nodes)}));
    line(fmt("  keuzes zonder feedback: {0}", "  choices without feedback: {0}", {refs(a.without_feedback)}));
    for (const auto& f : a.failures) line("  error: " + f);
    return o;
}

}  // namespace lab
