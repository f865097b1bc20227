#include <iostream>

#include "commands.h"
#include "core/i18n.h"
#include "core/plan_check.h"

namespace lab {

int cmd_test(const std::vector<std::string>& paths) {
    size_t passed = 0, failed = 0, broken = 0;
    for (const auto& arg : paths) {
        auto found = find_scenarios(arg);
        if (found.empty()) { std::cerr << arg << ": error: " << tr("geen scenario gevonden", "no scenario found") << "\n"; ++broken; }
        for (const auto& path : found) {
            auto sc = load_or_report(path);
            if (!sc) { ++broken; continue; }
            if (sc->plans.empty()) std::cout << path << ": " << tr("geen plannen", "no plans") << "\n";
            for (const auto& plan : sc->plans) {
                PlanOutcome o = run_plan(sc, plan);
                if (o.passed) {
                    ++passed;
                    std::cout << "ok    " << sc->id << " / " << plan.id << std::endl;
                } else {
                    ++failed;
                    std::cout << "FAIL  " << sc->id << " / " << plan.id << std::endl;
                    std::cerr << (plan.place.file ? *plan.place.file : path) << ":" << plan.place.line << ": error: plan " << q(plan.id)
                              << ": " << o.difference << "\n";
                }
            }
        }
    }
    std::cerr << std::flush;
    std::cout << passed << " passed, " << failed << " failed" << std::endl;
    return (failed || broken) ? kExitInput : kExitOk;
}

}  // namespace lab
