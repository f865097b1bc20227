// Scenarios as data: every shipped scenario loads cleanly and passes its
// plans; every case in tests/cases either passes its plans or fails with the
// diagnostic its first line names ("-- expect: error <text>").
#include <fstream>

#include "core/plan_check.h"
#include "helpers.h"

namespace {

std::vector<std::string> scenario_paths(const std::string& dir) { return lab::find_scenarios(dir); }

std::string name_of(const std::string& path) {
    std::string n = std::filesystem::path(path).stem().string();
    for (char& c : n) if (!isalnum(static_cast<unsigned char>(c))) c = '_';
    return n;
}

class ShippedScenario : public ::testing::TestWithParam<std::string> {};
class Case : public ::testing::TestWithParam<std::string> {};

}  // namespace

TEST_P(ShippedScenario, LoadsWithoutErrorsOrWarningsAndPassesItsPlans) {
    auto l = lab::load_scenario(GetParam());
    ASSERT_TRUE(l.scenario) << labtest::messages(l);
    EXPECT_EQ(l.diagnostics.all().size(), 0u) << labtest::messages(l);
    EXPECT_GE(l.scenario->plans.size(), 3u) << "each scenario ships best, worst and middle plans";
    for (const auto& plan : l.scenario->plans) {
        lab::PlanOutcome o = lab::run_plan(l.scenario, plan);
        EXPECT_TRUE(o.passed) << plan.id << ": " << o.difference;
    }
}

TEST_P(Case, BehavesAsItsHeaderSays) {
    std::ifstream in(GetParam() + (std::filesystem::is_directory(GetParam()) ? "/scenario.lua" : ""));
    std::string first;
    std::getline(in, first);
    lab::set_message_language("en");
    auto l = lab::load_scenario(GetParam());
    const std::string tag = "-- expect: ";
    if (first.rfind(tag, 0) == 0) {
        std::string want = first.substr(tag.size());
        EXPECT_TRUE(labtest::has(l, want)) << "expected: " << want << "\ngot:\n" << labtest::messages(l);
        return;
    }
    ASSERT_TRUE(l.scenario) << labtest::messages(l);
    EXPECT_FALSE(l.scenario->plans.empty()) << "a case that loads should carry plans";
    for (const auto& plan : l.scenario->plans) {
        lab::PlanOutcome o = lab::run_plan(l.scenario, plan);
        EXPECT_TRUE(o.passed) << plan.id << ": " << o.difference;
    }
}

INSTANTIATE_TEST_SUITE_P(Scenarios, ShippedScenario, ::testing::ValuesIn(scenario_paths(LAB_SOURCE_DIR "/scenarios")),
                         [](const auto& info) { return name_of(info.param); });
INSTANTIATE_TEST_SUITE_P(Cases, Case, ::testing::ValuesIn(scenario_paths(LAB_SOURCE_DIR "/tests/cases")),
                         [](const auto& info) { return name_of(info.param); });
