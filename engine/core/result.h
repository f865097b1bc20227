// Result: where an attempt stands, scored; the `run --json` shape.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "grade.h"
#include "scenario.h"

namespace lab {

struct CompetencyScore {
    std::string id;
    double raw = 0, max = 0, percent = 0, weight = 1;
};

struct Result {
    std::string scenario;
    int version = 1;
    uint64_t seed = 1;
    std::string ending;  // empty when not at an ending
    Outcome outcome = Outcome::Unfinished;
    int turns = 0;
    std::vector<std::string> path;     // node and ending ids on the current line
    std::vector<std::string> choices;  // "1".."n" or "t", per turn
    std::vector<std::pair<std::string, double>> meters;
    std::vector<std::pair<std::string, FlagValue>> flags;
    std::vector<CompetencyScore> competencies;
    double overall = 0;
    Grade grade = Grade::Insufficient;
    bool grade_capped = false;  // the ending's grade_cap lowered the grade
    std::string error;  // Failed: the located message
};

// Scores raw totals against each competency's maximum (see the format's
// Scoring section): percent = raw/max clamped to [0,1] (1 when max <= 0),
// overall = weighted mean of percents, grade by the scenario's thresholds.
void score(const Scenario& sc, const std::vector<double>& raw, Result& r);
Grade grade_for(const Scenario& sc, double overall);

std::string result_json(const Result& r, int indent = 2);

}  // namespace lab
