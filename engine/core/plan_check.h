// Running a scenario's test plans.
#pragma once
#include <memory>
#include <string>

#include "result.h"
#include "scenario.h"

namespace lab {

struct PlanOutcome {
    bool passed = false;
    std::string difference;  // the first difference, "expected ... got ..."
    Result result;
};

PlanOutcome run_plan(std::shared_ptr<const Scenario> sc, const Plan& plan);

}  // namespace lab
