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

struct CompetencyRange {
    std::string id;
    double min = 0, max = 0;
    std::vector<std::string> min_path, max_path;  // display picks
    bool bounded = true;
};

struct Analysis {
    std::string scenario;
    size_t states = 0;
    bool complete = true;
    size_t nodes_total = 0;
    std::vector<std::string> unreachable_nodes, reachable_endings, unreachable_endings;
    std::vector<std::string> dead_ends;       // nodes where an attempt can get stuck
    std::vector<std::string> no_way_out;      // nodes reachable in a state from which no ending can be reached
    std::vector<ChoiceRef> never_offered;     // their `when` is never true
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

// Runs the analysis on a loaded scenario (its maxima already computed).
// Without `scores`, only reachability is filled in (what `check` warns about),
// not the competency ranges and best/worst paths.
Analysis analyse(const Scenario& sc, const StateGraph& g, bool scores = true);

std::string analysis_json(const Analysis& a, int indent = 2);
std::string analysis_text(const Scenario& sc, const Analysis& a);

}  // namespace lab
