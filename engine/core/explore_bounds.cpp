#include "explore_bounds.h"

#include <algorithm>
#include <limits>

#include "machine.h"

namespace lab {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

struct Arc {
    int from, to;
    const std::vector<std::pair<int, double>>* score;  // null: scores nothing
};

double delta(const Arc& a, size_t k) {
    if (!a.score) return 0;
    double d = 0;
    for (const auto& [c, v] : *a.score)
        if (size_t(c) == k) d += v;
    return d;
}

// Strongly connected components of the graph on `n` vertices (Tarjan,
// iterative), in the order Tarjan completes them: every component comes
// after the components it can reach.
std::vector<std::vector<int>> components(size_t n, const std::vector<std::vector<int>>& out) {
    std::vector<int> index(n, -1), low(n, 0);
    std::vector<char> on_stack(n, 0);
    std::vector<int> stack;
    std::vector<std::pair<int, size_t>> call;  // vertex, next successor
    std::vector<std::vector<int>> comps;
    int counter = 0;
    for (size_t root = 0; root < n; ++root) {
        if (index[root] >= 0) continue;
        call.push_back({int(root), 0});
        index[root] = low[root] = counter++;
        stack.push_back(int(root));
        on_stack[root] = 1;
        while (!call.empty()) {
            auto& [v, k] = call.back();
            if (k < out[size_t(v)].size()) {
                const int w = out[size_t(v)][k++];
                if (index[size_t(w)] < 0) {
                    index[size_t(w)] = low[size_t(w)] = counter++;
                    stack.push_back(w);
                    on_stack[size_t(w)] = 1;
                    call.push_back({w, 0});
                } else if (on_stack[size_t(w)]) {
                    low[size_t(v)] = std::min(low[size_t(v)], index[size_t(w)]);
                }
                continue;
            }
            const int done = v;
            call.pop_back();
            if (!call.empty()) low[size_t(call.back().first)] = std::min(low[size_t(call.back().first)], low[size_t(done)]);
            if (low[size_t(done)] == index[size_t(done)]) {
                std::vector<int> c;
                int w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    on_stack[size_t(w)] = 0;
                    c.push_back(w);
                } while (w != done);
                comps.push_back(std::move(c));
            }
        }
    }
    return comps;
}

}  // namespace

StructuralBounds structural_bounds(const Scenario& sc) {
    StructuralBounds b;
    const size_t nodes = sc.nodes.size();
    b.places = nodes + sc.endings.size();
    const int hub = int(b.places);
    const size_t n = b.places + 1;
    std::vector<Arc> arcs;
    auto target = [&](const Target& t) -> int {
        if (t.fn) return hub;
        if (!t.fixed) return -1;
        return visit_key(sc, t.fixed);
    };
    b.may_stick.assign(nodes, 0);
    for (size_t i = 0; i < nodes; ++i) {
        const Node& node = sc.nodes[i];
        const bool all_conditional = std::all_of(node.choices.begin(), node.choices.end(), [](const Choice& c) { return bool(c.when); });
        for (const Choice& c : node.choices) {
            const int to = target(c.next ? c.next : node.next);
            if (to >= 0) arcs.push_back({int(i), to, &c.score});
        }
        if (node.timeout && !node.choices.empty()) {
            const int to = target(node.timeout->next);
            if (to >= 0) arcs.push_back({int(i), to, &node.timeout->score});
        }
        if (all_conditional && node.next) {
            const int to = target(node.next);
            if (to >= 0) arcs.push_back({int(i), to, nullptr});
        }
        b.may_stick[i] = !node.choices.empty() && all_conditional && !node.next;
    }
    for (size_t p = 0; p < b.places; ++p) arcs.push_back({hub, int(p), nullptr});

    b.out.assign(n, {});
    std::vector<std::vector<int>> in(n);
    for (const Arc& a : arcs) {
        b.out[size_t(a.from)].push_back(a.to);
        in[size_t(a.to)].push_back(a.from);
    }
    for (auto& o : b.out) {
        std::sort(o.begin(), o.end());
        o.erase(std::unique(o.begin(), o.end()), o.end());
    }

    std::vector<char> to_ending(n, 0);
    std::vector<int> work;
    for (size_t e = nodes; e < b.places; ++e) { to_ending[e] = 1; work.push_back(int(e)); }
    while (!work.empty()) {
        const int v = work.back();
        work.pop_back();
        for (int u : in[size_t(v)])
            if (!to_ending[size_t(u)]) { to_ending[size_t(u)] = 1; work.push_back(u); }
    }
    b.leads_to_ending.assign(to_ending.begin(), to_ending.begin() + std::ptrdiff_t(b.places));

    // Longest (shortest) additions to an ending, component by component from
    // the sinks: inside a component with a cycle, an arc that adds (takes
    // away) points means a loop may add (take away) without end; otherwise
    // moves inside add nothing (or take away), and the component is bounded
    // by its best way out. One value for a whole component: coarse, sound.
    const auto comps = components(n, b.out);
    std::vector<int> comp_of(n, -1);
    for (size_t c = 0; c < comps.size(); ++c)
        for (int v : comps[c]) comp_of[size_t(v)] = int(c);
    std::vector<std::vector<const Arc*>> arcs_from(n);
    for (const Arc& a : arcs) arcs_from[size_t(a.from)].push_back(&a);
    const size_t K = sc.competencies.size();
    b.gain_hi.assign(K, std::vector<double>(b.places, -kInf));
    b.gain_lo.assign(K, std::vector<double>(b.places, kInf));
    std::vector<double> hi(n), lo(n);
    for (size_t k = 0; k < K; ++k) {
        for (size_t c = 0; c < comps.size(); ++c) {
            const auto& members = comps[c];
            bool cyclic = members.size() > 1;
            double h = -kInf, l = kInf;
            bool grows = false, shrinks = false;
            for (int v : members) {
                if (size_t(v) >= nodes && size_t(v) < b.places) { h = std::max(h, 0.0); l = std::min(l, 0.0); }
                for (const Arc* a : arcs_from[size_t(v)]) {
                    const double d = delta(*a, k);
                    if (comp_of[size_t(a->to)] == int(c)) {
                        if (a->to == v) cyclic = true;
                        if (d > 0) grows = true;
                        if (d < 0) shrinks = true;
                    } else {
                        h = std::max(h, d + hi[size_t(a->to)]);
                        l = std::min(l, d + lo[size_t(a->to)]);
                    }
                }
            }
            if (cyclic && to_ending[size_t(members.front())]) {
                if (grows) h = kInf;
                if (shrinks) l = -kInf;
            }
            for (int v : members) { hi[size_t(v)] = h; lo[size_t(v)] = l; }
        }
        for (size_t p = 0; p < b.places; ++p) { b.gain_hi[k][p] = hi[p]; b.gain_lo[k][p] = lo[p]; }
    }
    return b;
}

std::vector<char> StructuralBounds::reachable_from(const std::vector<int>& from) const {
    const size_t n = places + 1;
    std::vector<char> seen(n, 0);
    std::vector<int> work;
    for (int p : from)
        if (p >= 0 && size_t(p) < n && !seen[size_t(p)]) { seen[size_t(p)] = 1; work.push_back(p); }
    while (!work.empty()) {
        const int v = work.back();
        work.pop_back();
        for (int w : out[size_t(v)])
            if (!seen[size_t(w)]) { seen[size_t(w)] = 1; work.push_back(w); }
    }
    seen.resize(places);
    return seen;
}

}  // namespace lab
