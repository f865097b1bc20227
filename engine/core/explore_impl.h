// Template part of explore.h: best paths over a StateGraph.
#pragma once
#include <limits>
#include <utility>

namespace lab {

// Depth-first postorder from vertex 0 and the back edges (to a vertex still
// on the path). Reverse postorder over the other edges is topological.
struct DfsOrder {
    std::vector<int> postorder;
    std::vector<char> back;  // per edge
};
DfsOrder dfs_order(const StateGraph& g);

// extreme_path() with the order of `g` already worked out (several searches
// over one graph share it).
template <class W>
Extreme extreme_path(const StateGraph& g, const DfsOrder& order, W&& weight, bool maximise);

template <class W>
Extreme extreme_path(const StateGraph& g, W&& weight, bool maximise) {
    return extreme_path(g, dfs_order(g), std::forward<W>(weight), maximise);
}

// The last step of a best path to a vertex: the edge and the vertex it leaves
// (-1 at the start).
struct Pred {
    int edge = -1, from = -1;
};

// The best total of `weight` (times -1 when minimising) on a path from the
// start to each vertex over the edges that are not back edges (-inf: not
// reached so); `pred` gets the last step of such a path.
// `bounded` becomes false when a back edge would still raise its target: a
// loop that raises the total each time round.
template <class W>
std::vector<double> best_totals(const StateGraph& g, const DfsOrder& order, W&& weight, bool maximise, std::vector<Pred>* pred, bool* bounded) {
    const size_t n = g.vertices.size();
    const double sign = maximise ? 1.0 : -1.0;
    const double ninf = -std::numeric_limits<double>::infinity();
    std::vector<double> best(n, ninf);
    if (pred) pred->assign(n, Pred{});
    if (n == 0) return best;
    best[0] = 0;
    for (auto it = order.postorder.rbegin(); it != order.postorder.rend(); ++it) {
        const int u = *it;
        if (best[size_t(u)] == ninf) continue;
        const auto& vx = g.vertices[size_t(u)];
        for (uint32_t k = 0; k < vx.edge_count; ++k) {
            const uint32_t ei = vx.first_edge + k;
            const auto& e = g.edges[ei];
            if (order.back[ei] || e.to < 0) continue;
            double w = sign * weight(vx, e);
            if (best[size_t(u)] + w > best[size_t(e.to)] + 1e-12) {
                best[size_t(e.to)] = best[size_t(u)] + w;
                if (pred) (*pred)[size_t(e.to)] = Pred{int(ei), u};
            }
        }
    }
    if (bounded) {
        *bounded = true;
        for (size_t u = 0; u < n && *bounded; ++u) {
            const auto& vx = g.vertices[u];
            if (best[u] == ninf) continue;
            for (uint32_t k = 0; k < vx.edge_count; ++k) {
                const uint32_t ei = vx.first_edge + k;
                if (order.back[ei] && best[u] + sign * weight(vx, g.edges[ei]) > best[size_t(g.edges[ei].to)] + 1e-12) *bounded = false;
            }
        }
    }
    return best;
}

// Display picks along the `pred` edges (of best_totals) from the start to `v`.
std::vector<std::string> picks_to(const StateGraph& g, const std::vector<Pred>& pred, int v);

template <class W>
Extreme extreme_path(const StateGraph& g, const DfsOrder& order, W&& weight, bool maximise) {
    Extreme out;
    const size_t n = g.vertices.size();
    if (n == 0) return out;
    std::vector<Pred> pred;
    const std::vector<double> best = best_totals(g, order, weight, maximise, &pred, &out.bounded);
    const double ninf = -std::numeric_limits<double>::infinity();
    int arg = -1;
    for (size_t v = 0; v < n; ++v)
        if (g.is_ending(int(v)) && best[v] != ninf && (arg < 0 || best[v] > best[size_t(arg)])) arg = int(v);
    if (arg < 0) return out;
    out.reachable = true;
    out.value = (maximise ? 1.0 : -1.0) * best[size_t(arg)];
    out.path = picks_to(g, pred, arg);
    return out;
}

}  // namespace lab
