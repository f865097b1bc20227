// Explore: the graph of an attempt's reachable states, and what it tells.
//
// Two states are the same when they are at the same place and agree on every
// part of the state the author's functions read (meters, flags, visits,
// scores, turn, tags, the generator); what no function reads cannot change
// where the conversation can go, so it is left out of the comparison. The
// search stops after `max_states` distinct states (the bound that makes
// cyclic scenarios terminate), after `max_seconds`, or when the author's
// functions have run `max_instructions`; `complete` then is false, `open`
// lists the states not (fully) expanded, and what the graph shows is the
// part explored. A function that fails is reported once: later steps that
// would call it again are not taken (and leave their state open), so that a
// function failing in every state costs one call, not one per state.
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

// The default wall-clock budget of a search: 20 s, and 20 times that in a
// build instrumented by AddressSanitizer (several times slower, like its
// test timeout), so that an instrumented test run finds the same graphs.
#if defined(__SANITIZE_ADDRESS__)
constexpr double kDefaultMaxSeconds = 400;
#else
constexpr double kDefaultMaxSeconds = 20;
#endif

struct ExploreOptions {
    size_t max_states = 200000;
    double max_seconds = kDefaultMaxSeconds;  // wall clock over the whole search (0 = no limit)
    uint64_t seed = 1;  // seed of the generator used for s.random
    uint64_t max_instructions = 400'000'000;  // Lua instructions over the whole search
    // Threads for a wide search (0 = one per core). Other threads join once
    // `parallel_after` states are found (0 = never), so that small searches
    // pay nothing. Each needs a scenario of its own when `sc` has script
    // functions: `make` returns a fresh load of the same version (called on
    // the searching thread; a null, failing or different one means fewer
    // threads). The graph does not depend on the number of threads.
    // `copy_seconds`, when known, is about what one `make` costs: copies are
    // then made only once the states waiting in the queue take longer than
    // two copies would (a search about to end does not pay for a load).
    unsigned threads = 0;
    size_t parallel_after = 20000;
    double copy_seconds = 0;
    std::function<std::shared_ptr<const Scenario>()> make;
};

// Why a search is incomplete.
enum class ExploreStop { None, States, Seconds, Instructions, Failures };

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
    std::vector<Failure> failures;  // the first failure of each function
    bool complete = true;           // every reachable state expanded
    ExploreStop stop = ExploreStop::None;
    // Vertices with ways out not followed (sorted): the frontier of an
    // incomplete search, and states where a step would have called a
    // function that had already failed elsewhere. Empty when complete.
    std::vector<int> open;
    uint64_t seed = 1;   // ExploreOptions::seed
    double seconds = 0;  // how long the search took
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

struct StructuralBounds;
struct DfsOrder;

// What a search proves about the best (maximise) or least total of
// competency `k` on a path from the start to an ending. `value` is found on
// a real path (`path`); `limit` is proven: no attempt's total goes past it
// (+inf / -inf when nothing is proven, e.g. a loop may score without end).
// In a complete search without such a loop the two agree. In an incomplete
// one, `limit` also covers every open state: the best total on the way
// there plus what the scenario's shape allows from its place on
// (StructuralBounds).
struct ScoreBound {
    bool found = false;  // the explored part reaches an ending
    double value = 0;    // best (least) total found, when found
    std::vector<std::string> path;
    bool bounded = true;  // no loop of the explored part raises it further
    double limit = 0;
    bool exact() const;   // found, and nothing better is possible
};
ScoreBound score_bound(const Scenario& sc, const StateGraph& g, const DfsOrder& order, const StructuralBounds& sb, int k, bool maximise);

// Fills sc.competency_max (author's `max` wins), sc.max_exact and
// sc.farmable from the explored graph. When a maximum is not proven, it is
// the proven upper bound (possibly +inf), so that a percentage scored
// against it claims no more than is proven.
void compute_maxima(Scenario& sc, const StateGraph& g);

}  // namespace lab

#include "explore_impl.h"
