// diagnose: the warnings and errors that only playing a scenario through can
// find (run-time failures, dead ends, unreachable nodes and endings, choices
// never offered, loops without a way out, score loops, the search budget),
// from the explored state graph. Plain core: tested on hand-built scenarios.
#pragma once
#include <memory>
#include <string>

#include "analysis.h"
#include "diagnostic.h"
#include "explore.h"
#include "scenario.h"

namespace lab {

struct Diagnosis {
    Diagnostics diagnostics;  // in the order found (the caller sorts)
    // Reachability (analyse() without scores) when the search was complete
    // and met no run-time failure; else null. What the unreachable-warnings
    // say, by id.
    std::shared_ptr<const Analysis> reach;
};

// Diagnoses `sc` from its explored graph `g`. `sc.competency_max` and
// `sc.farmable` must already be filled in (compute_maxima). `path` is the
// scenario as the user named it: diagnostics about the scenario as a whole
// carry it, and so do those about a place without a file.
Diagnosis diagnose(const Scenario& sc, const StateGraph& g, const std::string& path);

}  // namespace lab
