// Explore: the graph of an attempt's reachable states, and what it tells.
//
// Two states are the same when they are at the same place and agree on every
// part of the state the author's functions read (meters, flags, visits,
// scores, turn, tags, the generator); what no function reads cannot change
// where the conversation can go, so it is left out of the comparison. The
// search stops after `max_states` distinct states (the bound that makes
// cyclic scenarios terminate); `complete` then is false and the figures are
// those of the part explored.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "machine.h"
#include "move.h"
#include "scenario.h"
#include "script_host.h"

namespace lab {

struct ExploreOptions {
    size_t max_states = 200000;
    uint64_t seed = 1;  // seed of the generator used for s.random
    uint64_t max_instructions = 400'000'000;  // Lua instructions over the whole search
    // Threads for a wide search (0 = one per core). Other threads join once
    // `parallel_after` states are found (0 = never), so that small searches
    // pay nothing. Each needs a scenario of its own when `sc` has script
    // functions: `make` returns a fresh load of the same version (called on
    // the searching thread; a null, failing or different one means fewer
    // threads). The graph does not depend on the number of threads.
    unsigned threads = 0;
    size_t parallel_after = 20000;
    std::function<std::shared_ptr<const Scenario>()> make;
};

struct StateGraph {
    struct Edge {
        int to = -1;
        MoveKind kind = MoveKind::Advance;
        int choice = -1;  // MoveKind::Choice: choice index in the node; else -1
        int pos = -1;     // MoveKind::Choice: 0-based display position; else -1
        // The display pick: "1".."n" for a choice, "t" for the timeout,
        // "" for an advance (no pick).
        std::string pick() const;
    };
    struct Vertex {
        TargetRef at;
        Phase phase = Phase::Talking;
        uint32_t first_edge = 0, edge_count = 0;
        int parent = -1, parent_edge = -1;  // first way here (a spanning tree)
    };
    struct Failure {
        ScriptError error;
        int vertex;  // where it failed (the path there: path_to(vertex))
    };
    std::vector<Vertex> vertices;  // vertex 0 is the start
    std::vector<Edge> edges;
    std::vector<Failure> failures;
    bool complete = true;
    unsigned reads = 0;  // the state parts that distinguished states
    // Lowest and highest value each meter took in any explored state.
    std::vector<double> meter_lo, meter_hi;

    bool is_ending(int v) const { return vertices[size_t(v)].phase == Phase::Ended && vertices[size_t(v)].at.kind == TargetRef::Kind::Ending; }
    // Display picks ("1".."n", "t") along the spanning tree to `v`.
    std::vector<std::string> path_to(int v) const;
};

StateGraph explore(const Scenario& sc, const ExploreOptions& opt = {});

// The score a choice adds to competency `k` along edge `e`.
double edge_score(const Scenario& sc, const StateGraph& g, const StateGraph::Vertex& from, const StateGraph::Edge& e, int k);

// The best total of `weight` over paths from the start to an ending that go
// round no loop: the graph is searched depth first from the start and edges
// back to a state still on the search path are left out, so each loop is
// counted at most once (and not at all beyond the visit cap of the states).
struct Extreme {
    bool reachable = false;  // some ending is reachable at all
    bool bounded = true;     // false: going round a loop would raise it further
    double value = 0;
    std::vector<std::string> path;  // display picks ("1".."n", "t")
};
// `weight(from, edge)` gives an edge's value; maximises (or minimises).
template <class W>
Extreme extreme_path(const StateGraph& g, W&& weight, bool maximise);

// Fills sc.competency_max (author's `max` wins) from the explored graph.
void compute_maxima(Scenario& sc, const StateGraph& g);

}  // namespace lab

#include "explore_impl.h"
