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

template <class W>
Extreme extreme_path(const StateGraph& g, const DfsOrder& order, W&& weight, bool maximise) {
    const size_t n = g.vertices.size();
    Extreme out;
    if (n == 0) return out;
    const double sign = maximise ? 1.0 : -1.0;
    const double ninf = -std::numeric_limits<double>::infinity();
    std::vector<double> best(n, ninf);
    std::vector<int> pred_e(n, -1), pred_v(n, -1);
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
                pred_e[size_t(e.to)] = int(ei);
                pred_v[size_t(e.to)] = u;
            }
        }
    }
    // A back edge that would still improve its target closes a loop that
    // raises the total each time round.
    for (size_t u = 0; u < n; ++u) {
        const auto& vx = g.vertices[u];
        if (best[u] == ninf) continue;
        for (uint32_t k = 0; k < vx.edge_count; ++k) {
            const uint32_t ei = vx.first_edge + k;
            if (order.back[ei] && best[u] + sign * weight(vx, g.edges[ei]) > best[size_t(g.edges[ei].to)] + 1e-12) out.bounded = false;
        }
    }
    int arg = -1;
    for (size_t v = 0; v < n; ++v)
        if (g.is_ending(int(v)) && best[v] != ninf && (arg < 0 || best[v] > best[size_t(arg)])) arg = int(v);
    if (arg < 0) return out;
    out.reachable = true;
    out.value = sign * best[size_t(arg)];
    std::vector<std::string> rev;
    for (int v = arg; pred_v[size_t(v)] >= 0; v = pred_v[size_t(v)]) {
        const auto& e = g.edges[size_t(pred_e[size_t(v)])];
        if (e.kind != MoveKind::Advance) rev.push_back(e.pick());
    }
    out.path.assign(rev.rbegin(), rev.rend());
    return out;
}

}  // namespace lab
