#include "plan_check.h"

#include <cmath>

#include "i18n.h"
#include "picks.h"
#include "session.h"

namespace lab {

PlanOutcome run_plan(std::shared_ptr<const Scenario> sc, const Plan& plan) {
    PlanOutcome out;
    std::vector<Pick> picks;
    std::string error;
    if (!parse_picks(plan.choices, picks, error)) { out.difference = error; return out; }
    Session s(sc, plan.seed);
    if (!play_picks(s, picks, error)) { out.difference = error; out.result = s.result(); return out; }
    out.result = s.result();
    const Result& r = out.result;
    auto differ = [&](const char* what, const std::string& want, const std::string& got) {
        out.difference = fmt("{0}: verwacht {1}, maar kreeg {2}", "{0}: expected {1}, got {2}", {what, want, got});
    };
    if (s.phase() == Phase::Failed) { out.difference = r.error; return out; }
    if (plan.ending && *plan.ending != r.ending) { differ("ending", q(*plan.ending), r.ending.empty() ? "-" : q(r.ending)); return out; }
    if (plan.outcome && *plan.outcome != outcome_name(r.outcome)) { differ("outcome", *plan.outcome, outcome_name(r.outcome)); return out; }
    if (plan.grade && *plan.grade != r.grade) {
        differ("grade", grade_name(*plan.grade), std::string(grade_name(r.grade)) + " (" + format_number(std::round(r.overall * 1000) / 1000) + ")");
        return out;
    }
    if (plan.overall && std::fabs(*plan.overall - r.overall) > 0.005) {
        differ("overall", format_number(*plan.overall), format_number(std::round(r.overall * 1000) / 1000));
        return out;
    }
    for (const auto& [id, want] : plan.scores) {
        const CompetencyScore* got = nullptr;
        for (const auto& c : r.competencies) if (c.id == id) got = &c;
        if (!got) { differ("scores", id, tr("geen competentie met die naam", "no competency by that name")); return out; }
        if (std::fabs(got->raw - want) > 1e-9) { differ(("scores." + id).c_str(), format_number(want), format_number(got->raw)); return out; }
    }
    out.passed = true;
    return out;
}

}  // namespace lab
