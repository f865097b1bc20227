// Simulate: many random playthroughs, on all cores, reproducibly.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "scenario.h"

namespace lab {

struct SimulationResult {
    uint64_t runs = 0;
    std::map<std::string, uint64_t> endings;   // ending id (or "stuck"/"failed") -> count
    std::map<std::string, uint64_t> grades;
    double overall_mean = 0, overall_min = 0, overall_max = 0;
    std::vector<uint64_t> histogram;           // 10 bins over [0, 1]
    double turns_mean = 0;
    std::vector<std::string> failures;         // distinct run-time errors
};

// Playthrough i uses seed `seed + i` for the attempt and for picking,
// uniformly among the offered choices (and the timeout where there is one).
// `make` gives each worker thread its own scenario (scripts are not shared
// between threads); results do not depend on the number of threads.
SimulationResult simulate(const std::function<std::shared_ptr<const Scenario>()>& make, uint64_t runs, uint64_t seed, unsigned threads = 0);

std::string simulation_json(const SimulationResult& r, int indent = 2);
std::string simulation_text(const SimulationResult& r);

}  // namespace lab
