#include "explore.h"

#include <algorithm>
#include <cstring>
#include <deque>
#include <unordered_map>

namespace lab {

namespace {

// Visit counts above kVisitCap (and turns above kTurnCap) count as equal in
// the comparison, so that loops give finitely many states.
constexpr int32_t kVisitCap = 4;
constexpr int kTurnCap = 32;

template <class T>
void put(std::string& k, const T& v) { k.append(reinterpret_cast<const char*>(&v), sizeof v); }

// The bytes that tell two states apart, given what the functions read.
struct Reads;
void state_key(const State& s, TargetRef at, Phase ph, const Reads& r, std::string& k);

// What the author's functions had read when a search starts.
struct Reads {
    unsigned parts = 0;
    std::vector<char> meters, visits, tags;
    std::vector<std::string> flags;  // sorted
    bool all_flags = true;
    bool operator==(const Reads& o) const {
        return parts == o.parts && meters == o.meters && visits == o.visits && tags == o.tags && flags == o.flags && all_flags == o.all_flags;
    }
    static Reads of(const Scenario& sc) {
        Reads r;
        r.meters.assign(sc.meters.size(), 0);
        r.visits.assign(sc.nodes.size() + sc.endings.size(), 0);
        r.tags.assign(sc.choice_tags.size(), 0);
        if (!sc.host) return r;
        r.parts = sc.host->reads();
        for (size_t i = 0; i < r.meters.size(); ++i) r.meters[i] = sc.host->meter_read(int(i));
        for (size_t i = 0; i < r.visits.size(); ++i) r.visits[i] = sc.host->visit_read(int(i));
        for (size_t i = 0; i < r.tags.size(); ++i) r.tags[i] = sc.host->tag_read(int(i));
        r.all_flags = !sc.host->flags_read(r.flags);
        return r;
    }
};

void state_key(const State& s, TargetRef at, Phase ph, const Reads& r, std::string& k) {
    const unsigned reads = r.parts;
    k.clear();
    put(k, int32_t(at.kind == TargetRef::Kind::Ending ? -1 - at.index : at.index));
    put(k, uint8_t(ph));
    for (size_t i = 0; i < r.meters.size(); ++i)
        if (r.meters[i]) put(k, s.meters[i]);
    if (reads & ReadFlags) {
        for (const auto& [name, v] : s.flags) {
            if (!r.all_flags && !std::binary_search(r.flags.begin(), r.flags.end(), name)) continue;
            k += name;
            k += '\0';
            put(k, uint8_t(v.index()));
            if (auto b = std::get_if<bool>(&v)) put(k, *b);
            else if (auto d = std::get_if<double>(&v)) put(k, *d);
            else { k += std::get<std::string>(v); k += '\0'; }
        }
        k += '\1';
    }
    if (reads & ReadVisits)
        for (const auto& [t, c] : s.visits)
            if (r.visits[size_t(t)]) { put(k, t); put(k, std::min<int32_t>(c, kVisitCap)); }
    k += '\2';
    if (reads & ReadScore) for (double v : s.scores) put(k, v);
    if (reads & ReadTurn) put(k, std::min(s.turn, kTurnCap));
    if (reads & ReadTagged)
        for (size_t i = 0; i < s.tag_counts.size(); ++i)
            if (r.tags[i]) put(k, s.tag_counts[i]);
    if (reads & ReadRandom) for (int i = 0; i < 4; ++i) put(k, s.rng.words()[i]);
}

StateGraph explore_once(const Scenario& sc, const ExploreOptions& opt, const Reads& reads) {
    StateGraph g;
    g.reads = reads.parts;
    Machine m(sc, opt.seed);
    std::unordered_map<std::string, int> index;
    struct Pending { int vertex; State state; SmallVec<int, 8> offered; };
    // Breadth first, so that one endless branch cannot starve the others
    // when the budget runs out.
    std::deque<Pending> stack;  // vertices still to expand, with their state on arrival
    std::string key;
    Arrival arr;
    const uint64_t instructions_at_start = sc.host ? sc.host->instructions() : 0;

    g.meter_lo.assign(sc.meters.size(), 0);
    g.meter_hi.assign(sc.meters.size(), 0);
    for (size_t i = 0; i < sc.meters.size(); ++i) g.meter_lo[i] = g.meter_hi[i] = sc.meters[i].start;
    auto add = [&](const State& s, TargetRef at, Phase ph, int parent, int parent_edge) -> int {
        for (size_t i = 0; i < s.meters.size(); ++i) {
            g.meter_lo[i] = std::min(g.meter_lo[i], s.meters[i]);
            g.meter_hi[i] = std::max(g.meter_hi[i], s.meters[i]);
        }
        state_key(s, at, ph, reads, key);
        auto [it, fresh] = index.emplace(key, int(g.vertices.size()));
        if (!fresh) return it->second;
        StateGraph::Vertex v;
        v.at = at;
        v.phase = ph;
        v.parent = parent;
        v.parent_edge = parent_edge;
        g.vertices.push_back(v);
        if (ph == Phase::Talking || ph == Phase::Choosing) stack.push_back({it->second, s, arr.offered});
        return it->second;
    };
    auto fail = [&](const ScriptError& e, int parent, int parent_edge) -> int {
        StateGraph::Vertex v;
        v.phase = Phase::Failed;
        v.parent = parent;
        v.parent_edge = parent_edge;
        g.vertices.push_back(v);
        int id = int(g.vertices.size()) - 1;
        g.failures.push_back({e, id});
        return id;
    };

    {
        State s = State::initial(sc, opt.seed);
        try {
            Phase ph = m.enter(s, sc.start, arr);
            add(s, sc.start, ph, -1, -1);
        } catch (const ScriptError& e) {
            fail(e, -1, -1);
        }
    }
    // Edges of a vertex are stored together when it is expanded; the vertex
    // records where its run starts.
    while (!stack.empty()) {
        Pending p = std::move(stack.front());
        stack.pop_front();
        const int v = p.vertex;
        if (g.vertices.size() >= opt.max_states ||
            (sc.host && sc.host->instructions() - instructions_at_start > opt.max_instructions)) {
            g.complete = false;
            break;
        }
        const TargetRef at = g.vertices[size_t(v)].at;
        const Phase ph = g.vertices[size_t(v)].phase;
        const Node& node = sc.nodes[size_t(at.index)];
        std::vector<StateGraph::Edge> out;
        auto go = [&](State next, int choice, int pos) {
            StateGraph::Edge e{-1, choice, pos};
            int self_edge = int(g.edges.size() + out.size());
            try {
                TargetRef t;
                if (choice >= 0) {
                    m.apply_choice(next, at.index, choice);
                    m.feedback(next, at.index, choice);
                    t = m.choice_target(next, at.index, choice);
                } else if (choice == -1) {
                    m.apply_timeout(next, at.index);
                    m.timeout_feedback(next, at.index);
                    t = m.resolve(next, node.timeout->next, "timeout.next");
                } else {
                    t = m.resolve(next, node.next, "next");
                }
                Phase nph = m.enter(next, t, arr);
                e.to = add(next, t, nph, v, self_edge);
            } catch (const ScriptError& err) {
                e.to = fail(err, v, self_edge);
            }
            out.push_back(e);
        };
        if (ph == Phase::Choosing) {
            for (size_t k = 0; k < p.offered.size(); ++k) go(p.state, p.offered[k], int(k));
            if (node.timeout) go(p.state, -1, -1);
        } else {
            go(p.state, -2, -2);
        }
        g.vertices[size_t(v)].first_edge = uint32_t(g.edges.size());
        g.vertices[size_t(v)].edge_count = uint32_t(out.size());
        g.edges.insert(g.edges.end(), out.begin(), out.end());
    }
    return g;
}

}  // namespace

std::vector<std::string> StateGraph::path_to(int v) const {
    std::vector<std::string> rev;
    while (v >= 0 && vertices[size_t(v)].parent >= 0) {
        int pe = vertices[size_t(v)].parent_edge;
        if (pe >= 0 && size_t(pe) < edges.size()) {
            const Edge& e = edges[size_t(pe)];
            if (e.pos >= 0) rev.push_back(std::to_string(e.pos + 1));
            else if (e.pos == -1) rev.push_back("t");
        }
        v = vertices[size_t(v)].parent;
    }
    return {rev.rbegin(), rev.rend()};
}

StateGraph explore(const Scenario& sc, const ExploreOptions& opt) {
    // What the functions read is learnt by running them; when a run reveals a
    // read the comparison left out, explore again with it included.
    Reads reads = Reads::of(sc);
    for (;;) {
        StateGraph g = explore_once(sc, opt, reads);
        Reads now = Reads::of(sc);
        if (now == reads) return g;
        reads = now;
    }
}

double edge_score(const Scenario& sc, const StateGraph&, const StateGraph::Vertex& from, const StateGraph::Edge& e, int k) {
    if (e.choice == -1) {
        for (const auto& [c, d] : sc.nodes[size_t(from.at.index)].timeout->score)
            if (c == k) return d;
        return 0;
    }
    if (e.choice < 0) return 0;
    for (const auto& [c, d] : sc.nodes[size_t(from.at.index)].choices[size_t(e.choice)].score)
        if (c == k) return d;
    return 0;
}

void compute_maxima(Scenario& sc, const StateGraph& g) {
    sc.competency_max.assign(sc.competencies.size(), 0);
    sc.max_exact = g.complete;
    for (size_t k = 0; k < sc.competencies.size(); ++k) {
        if (sc.competencies[k].max) { sc.competency_max[k] = *sc.competencies[k].max; continue; }
        Extreme x = extreme_path(g, [&](const StateGraph::Vertex& from, const StateGraph::Edge& e) {
            return edge_score(sc, g, from, e, int(k));
        }, true);
        sc.competency_max[k] = x.reachable ? x.value : 0;
        if (!x.bounded) sc.max_exact = false;
        if (!x.bounded) sc.farmable.push_back(int(k));
    }
}

}  // namespace lab

namespace lab {

DfsOrder dfs_order(const StateGraph& g) {
    const size_t n = g.vertices.size();
    DfsOrder out;
    out.back.assign(g.edges.size(), 0);
    out.postorder.reserve(n);
    std::vector<char> colour(n, 0);  // 0 new, 1 on the path, 2 done
    std::vector<std::pair<int, uint32_t>> stack;  // vertex, next edge to look at
    if (n == 0) return out;
    stack.push_back({0, 0});
    colour[0] = 1;
    while (!stack.empty()) {
        auto& [v, k] = stack.back();
        const auto& vx = g.vertices[size_t(v)];
        if (k < vx.edge_count) {
            const uint32_t ei = vx.first_edge + k++;
            const int to = g.edges[ei].to;
            if (to < 0) continue;
            if (colour[size_t(to)] == 1) out.back[ei] = 1;
            else if (colour[size_t(to)] == 0) { colour[size_t(to)] = 1; stack.push_back({to, 0}); }
        } else {
            colour[size_t(v)] = 2;
            out.postorder.push_back(v);
            stack.pop_back();
        }
    }
    return out;
}

}  // namespace lab
