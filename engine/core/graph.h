// Graph: the scenario as Graphviz DOT.
#pragma once
#include <string>

#include "analysis.h"
#include "scenario.h"

namespace lab {

struct GraphOptions {
    std::string lang = "nl";
    std::string highlight;  // a node id drawn as current (author mode)
    size_t text_chars = 40; // how much of a node's text labels it
};

// Nodes labelled with id, speaker and the start of the text; endings shaped
// and coloured by outcome; edges labelled with the choice number and its
// score deltas; conditional choices dashed; unreachable parts grey (when an
// analysis is given).
std::string scenario_dot(const Scenario& sc, const Analysis* a, const GraphOptions& opt = {});

}  // namespace lab
