// Loader: reads a scenario file or folder into an immutable Scenario, with
// every problem found reported as a located Diagnostic.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "core/analysis.h"
#include "core/diagnostic.h"
#include "core/explore.h"
#include "core/scenario.h"
#include "lua_host.h"

namespace lab {

struct LoadOptions {
    SandboxLimits limits;
    bool analyse = true;  // explore the scenario (maxima, reachability, run-time failures)
    ExploreOptions explore;
    // With analyse = false: maxima to use (from an earlier full load).
    std::vector<double> known_maxima;
    // Keep the state graph of the analysis in Loaded::graph (for `analyze`
    // and `graph`, which would otherwise search again).
    bool keep_graph = false;
    // With analyse: play the naive strategies (always the longest answer...,
    // random play) and warn when one passes (strategies.h).
    bool strategies = true;
    // Second place to look for portrait images (after the scenario folder).
    std::string assets_dir = default_assets_dir();
    static std::string default_assets_dir();
};

struct Loaded {
    // Null when there are errors: a scenario is never half-loaded. (Errors
    // found only by playing it through in the analysis still give a scenario
    // in `playable`, so that the app can show the failure where it happens.)
    std::shared_ptr<const Scenario> scenario;
    std::shared_ptr<const Scenario> playable;
    Diagnostics diagnostics;
    std::string path;     // as given
    std::string log;      // what the scenario printed while loading
    // The analysis' state graph of `playable`, with LoadOptions::keep_graph.
    std::shared_ptr<const StateGraph> graph;
    // Reachability (analyse() without scores) from the load's exploration,
    // when it met no run-time failure; else null. What the unreachable-
    // warnings say, by id: only what is proven (the app's graph greys by it).
    std::shared_ptr<const Analysis> reach;
};

Loaded load_scenario(const std::string& path, const LoadOptions& opt);
Loaded load_scenario(const std::string& path);  // default options

// The scenarios in PATH: the file, the scenario folder (has scenario.lua),
// or each scenario in a folder of scenarios (sorted). Empty if none.
std::vector<std::string> find_scenarios(const std::string& path);

}  // namespace lab
