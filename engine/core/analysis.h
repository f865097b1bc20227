// Analysis: what a lecturer should know about a scenario before a class
// plays it, computed from the explored state graph (explore.h).
#pragma once
#include <string>
#include <vector>

#include "explore.h"
#include "scenario.h"

namespace lab {

struct ChoiceRef {
    std::string node;
    int choice = 0;  // 1-based, in declared order
};

// A competency's raw score range. `min`/`max` are found on real paths
// (`min_path`/`max_path`). When the search was incomplete they may not be
// the extremes: `exact` is then false and `min_limit`/`max_limit` are the
// proven bounds (no attempt scores below / above them; -inf / +inf when
// nothing is proven). `min_found`/`max_found` are false when no path to an
// ending was found at all.
struct CompetencyRange {
    std::string id;
    double min = 0, max = 0;
    std::vector<std::string> min_path, max_path;  // display picks
    bool bounded = true;
    bool exact = true;
    bool min_found = true, max_found = true;
    double min_limit = 0, max_limit = 0;
};

// Every list below that says something is absent (unreachable, never
// offered, no way out) holds only what is proven: by the complete search,
// or, when the search stopped early, by the scenario's shape
// (StructuralBounds) beyond the states it explored. What an incomplete
// search did not reach and cannot rule out is listed apart (`not_reached_*`).
// What it found (reachable endings, dead ends, best paths) was found on
// real paths.
struct Analysis {
    std::string scenario;
    size_t states = 0;
    bool complete = true;
    ExploreStop stop = ExploreStop::None;  // why it is incomplete
    double seconds = 0;                    // how long the search took
    size_t nodes_total = 0;
    std::vector<std::string> unreachable_nodes, reachable_endings, unreachable_endings;
    std::vector<std::string> dead_ends;       // nodes where an attempt can get stuck (found)
    std::vector<std::string> no_way_out;      // nodes reachable in a state from which no ending can be reached
    std::vector<ChoiceRef> never_offered;     // their `when` is never true
    // Not reached within the budget, and not ruled out: nodes, endings,
    // choices of reached nodes never seen offered, and nodes that may be
    // dead ends in states not explored.
    std::vector<std::string> not_reached_nodes, not_reached_endings, unchecked_dead_ends;
    std::vector<ChoiceRef> not_reached_choices;
    double paths = 0;                         // distinct complete paths
    bool paths_exact = true;                  // false: a lower bound (loops or budget)
    std::vector<CompetencyRange> competencies;
    std::vector<std::string> best_path, worst_path;
    double best_overall = 0, worst_overall = 0;
    struct MeterBound { std::string id; bool hits_min = false, hits_max = false; double lo = 0, hi = 0; };
    std::vector<MeterBound> meters;
    std::vector<std::string> same_score_nodes;  // all choices score the same
    std::vector<ChoiceRef> without_feedback;
    std::vector<std::string> failures;          // run-time errors found, located
    // A competency (without `max = ...`) whose best path passes a node more
    // than once and scores there each time: its maximum counts what only a
    // student going round that loop can earn.
    struct RepeatedScoring { std::string competency, node; int times = 0; };
    std::vector<RepeatedScoring> repeated_scoring;
    // Where a `next = function(s)` led in the explored states: choice index
    // in the node (or kNodeNext for the node's own next; the number that
    // `analyze --json` writes) and the target's id.
    struct DynamicEdge {
        static constexpr int kNodeNext = -2;
        std::string node;
        int choice;
        std::string target;
    };
    std::vector<DynamicEdge> dynamic_edges;
};

// Why a search stopped: "states", "seconds", "instructions", "failures"
// (JSON), and in words for a lecturer, with the figures that were reached.
const char* stop_name(ExploreStop s);
std::string stop_text(ExploreStop s, size_t states, double seconds);

// Runs the analysis on a loaded scenario (its maxima already computed).
// Without `scores`, only reachability is filled in (what `check` warns about),
// not the competency ranges and best/worst paths.
Analysis analyse(const Scenario& sc, const StateGraph& g, bool scores = true);

std::string analysis_json(const Analysis& a, int indent = 2);
std::string analysis_text(const Scenario& sc, const Analysis& a);

}  // namespace lab
