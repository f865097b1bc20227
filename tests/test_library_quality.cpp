// The shipped library's quality bar (scenarios/README.md, "Kwaliteitseisen"):
// a grade needs judgement. No naive strategy passes, random play passes
// less than 5%, and length gives nothing away.
#include <filesystem>

#include "core/strategies.h"
#include "helpers.h"

namespace {

std::vector<std::string> shipped() { return lab::find_scenarios(LAB_SOURCE_DIR "/scenarios"); }

std::string name_of(const std::string& path) {
    std::string n = std::filesystem::path(path).stem().string();
    for (char& c : n) if (!isalnum(static_cast<unsigned char>(c))) c = '_';
    return n;
}

lab::StrategyReport report_of(const std::string& path) {
    auto first = lab::load_scenario(path);
    EXPECT_TRUE(first.scenario) << labtest::messages(first);
    if (!first.scenario) return {};
    lab::LoadOptions light;
    light.analyse = false;
    light.known_maxima = first.scenario->competency_max;
    bool used = false;
    auto make = [&]() -> std::shared_ptr<const lab::Scenario> {
        if (!used) { used = true; return first.scenario; }
        return lab::load_scenario(path, light).scenario;
    };
    return lab::strategy_report(make, 10000);  // as `analyze` plays it
}

class ShippedLibrary : public ::testing::TestWithParam<std::string> {};

}  // namespace

TEST_P(ShippedLibrary, NaiveStrategiesFailRandomPlayRarelyPassesAndLengthGivesLittleAway) {
    lab::StrategyReport r = report_of(GetParam());
    ASSERT_TRUE(r.maxima_exact);
    for (const auto& run : r.runs) {
        EXPECT_FALSE(run.passes()) << lab::strategy_name(run.strategy) << " gets " << (run.grade ? lab::grade_name(*run.grade) : "no grade") << " (" << run.overall << ")";
        EXPECT_TRUE(run.error.empty()) << run.error;
    }
    EXPECT_GE(r.random.runs, 10000u);
    EXPECT_LT(r.random.pass_rate(), 0.05);
    ASSERT_GT(r.tells.scored_nodes, 0);
    EXPECT_LE(double(r.tells.longest_is_best) / r.tells.scored_nodes, 0.5) << r.tells.longest_is_best << " of " << r.tells.scored_nodes;
    EXPECT_GE(r.tells.timeouts, 2) << "silence is possible at two or more moments";
}

// A best answer over 35 words is a monologue; the guide allows one only
// with a comment giving the reason, just above the choice.
TEST_P(ShippedLibrary, ABestAnswerOverThirtyFiveWordsCarriesAComment) {
    auto l = lab::load_scenario(GetParam());
    ASSERT_TRUE(l.scenario) << labtest::messages(l);
    const lab::Scenario& sc = *l.scenario;
    for (const auto& longer : lab::count_tells(sc).long_best) {
        const lab::Node& n = sc.nodes[size_t(sc.node_index(longer.node))];
        const lab::Place& at = n.choices[size_t(longer.choice - 1)].place;
        ASSERT_TRUE(at.file);
        std::ifstream in(*at.file);
        std::vector<std::string> lines;
        for (std::string line; std::getline(in, line);) lines.push_back(line);
        bool commented = false;
        for (int i = std::max(1, at.line - 3); i <= at.line && i <= int(lines.size()); ++i)
            commented = commented || lines[size_t(i - 1)].find("--") != std::string::npos;
        EXPECT_TRUE(commented) << *at.file << ":" << at.line << ": choice " << longer.choice << " of " << longer.node << " has "
                               << longer.words << " words and no comment giving the reason";
    }
}

INSTANTIATE_TEST_SUITE_P(Scenarios, ShippedLibrary, ::testing::ValuesIn(shipped()), [](const auto& info) { return name_of(info.param); });

TEST(ShippedLibraryAsAWhole, TheLongestAnswerIsRarelyTheBestAndSilenceOftenCosts) {
    int scored = 0, longest = 0, timeouts = 0, costly = 0;
    for (const auto& path : shipped()) {
        auto l = lab::load_scenario(path);
        ASSERT_TRUE(l.scenario) << labtest::messages(l);
        lab::Tells t = lab::count_tells(*l.scenario);
        scored += t.scored_nodes;
        longest += t.longest_is_best;
        timeouts += t.timeouts;
        costly += t.timeouts_costly;
    }
    ASSERT_GT(scored, 0);
    EXPECT_LE(double(longest) / scored, 0.40) << longest << " of " << scored << " scored nodes";
    ASSERT_GT(timeouts, 0);
    EXPECT_GE(double(costly) / timeouts, 1.0 / 3.0) << costly << " of " << timeouts << " silences cost";
}
