// Analysis, simulation and graph against hand counts on small scenarios.
#include <nlohmann/json.hpp>

#include "core/analysis.h"
#include "core/graph.h"
#include "core/simulate.h"
#include "helpers.h"

using namespace labtest;

namespace {

// begin: 3 choices -> a, a, b; a: 2 choices -> goed, slecht; b: 1 -> slecht.
// Complete paths: 2*2 + 1 = 5 (by hand).
const char* kDiamond = R"(
competency "lsd" { }
competency "helder" { weight = 2 }
meter "v" { min = 0, max = 3, start = 1 }
node "begin" { text = "x", choices = {
  { text = "1", score = { lsd = 2 }, effects = { v = 5 }, next = "a", feedback = "f" },
  { text = "2", score = { lsd = -1 }, next = "a", feedback = "f" },
  { text = "3", score = { helder = 1 }, effects = { v = -5 }, next = "b", feedback = "f" } } }
node "a" { text = "y", choices = {
  { text = "1", score = { helder = 2 }, next = "goed", feedback = "f" },
  { text = "2", score = { helder = -2 }, next = "slecht" } } }
node "b" { text = "z", choices = {
  { text = "1", next = "slecht", feedback = "f" },
  { text = "nooit", when = function(s) return s.v > 2 end, next = "goed", feedback = "f" } } }
node "eiland" { text = "?", next = "slecht" }
ending "goed" { outcome = "good" }
ending "slecht" { outcome = "bad" }
ending "nergens" { outcome = "mixed" }
)";

lab::Analysis analyse_text(const TempDir& d, const std::string& body, std::shared_ptr<const lab::Scenario>* out = nullptr) {
    auto l = load_text(d, scenario_with(body));
    EXPECT_TRUE(l.playable) << messages(l);
    if (out) *out = l.playable;
    return lab::analyse(*l.playable, lab::explore(*l.playable));
}

}  // namespace

TEST(Analysis, CountsPathsAndFindsUnreachableAndNeverOffered) {
    TempDir d;
    auto a = analyse_text(d, kDiamond);
    EXPECT_TRUE(a.complete);
    EXPECT_EQ(a.paths, 5);
    EXPECT_TRUE(a.paths_exact);
    EXPECT_EQ(a.unreachable_nodes, std::vector<std::string>{"eiland"});
    EXPECT_EQ(a.unreachable_endings, std::vector<std::string>{"nergens"});
    ASSERT_EQ(a.never_offered.size(), 1u);
    EXPECT_EQ(a.never_offered[0].node, "b");
    EXPECT_EQ(a.never_offered[0].choice, 2);
    ASSERT_EQ(a.without_feedback.size(), 1u);
    EXPECT_EQ(a.without_feedback[0].node, "a");
}

TEST(Analysis, MinAndMaxPerCompetencyWithPaths) {
    TempDir d;
    auto a = analyse_text(d, kDiamond);
    ASSERT_EQ(a.competencies.size(), 2u);
    const auto& lsd = a.competencies[0];
    EXPECT_EQ(lsd.max, 2);
    EXPECT_EQ(lsd.min, -1);
    EXPECT_EQ(lsd.max_path.front(), "1");
    EXPECT_EQ(lsd.min_path.front(), "2");
    const auto& helder = a.competencies[1];
    EXPECT_EQ(helder.max, 2);   // via a, choice 1
    EXPECT_EQ(helder.min, -2);  // via a, choice 2
}

TEST(Analysis, BestAndWorstPathsAndMeterBounds) {
    TempDir d;
    auto a = analyse_text(d, kDiamond);
    // Best: 1 then 1 (lsd 2/2, helder 2/2) = 100 %; worst: 2 then 2 = 0 %.
    EXPECT_EQ(a.best_path, (std::vector<std::string>{"1", "1"}));
    EXPECT_NEAR(a.best_overall, 1.0, 1e-9);
    EXPECT_NEAR(a.worst_overall, 0.0, 1e-9);
    ASSERT_EQ(a.meters.size(), 1u);
    EXPECT_TRUE(a.meters[0].hits_max);
    EXPECT_TRUE(a.meters[0].hits_min);
}

TEST(Analysis, DeadEndsAndLoopsWithoutAWayOut) {
    TempDir d;
    auto a = analyse_text(d, R"(
meter "v" { min = 0, max = 5, start = 2 }
node "begin" { text = "x", choices = {
  { text = "vast", effects = { v = -2 }, next = "poort" },
  { text = "rond", next = "rond1" },
  { text = "goed", next = "goed" } } }
node "poort" { text = "y", choices = { { text = "alleen met v", when = function(s) return s.v > 0 end, next = "goed" } } }
node "rond1" { text = "a", choices = { { text = "door", next = "rond2" } } }
node "rond2" { text = "b", choices = { { text = "terug", next = "rond1" } } }
ending "goed" { outcome = "good" })");
    EXPECT_EQ(a.dead_ends, std::vector<std::string>{"poort"});
    EXPECT_EQ(a.no_way_out, (std::vector<std::string>{"rond1", "rond2"}));
    EXPECT_FALSE(a.paths_exact);  // a loop
}

TEST(Analysis, SameScoreNodesAreReported) {
    TempDir d;
    auto a = analyse_text(d, R"(
competency "c" { }
node "begin" { text = "x", choices = { { text = "a", next = "twee", score = { c = 1 } }, { text = "b", next = "twee", score = { c = 1 } } } }
node "twee" { text = "y", choices = { { text = "a", next = "goed", score = { c = 1 } }, { text = "b", next = "goed" } } }
ending "goed" { outcome = "good" })");
    EXPECT_EQ(a.same_score_nodes, std::vector<std::string>{"begin"});
}

TEST(Analysis, JsonHasTheDocumentedShape) {
    TempDir d;
    auto j = nlohmann::json::parse(lab::analysis_json(analyse_text(d, kDiamond)));
    for (const char* k : {"scenario", "states", "complete", "nodes", "endings", "dead_ends", "never_offered", "paths", "competencies", "best_path", "worst_path"})
        EXPECT_TRUE(j.contains(k)) << k;
    EXPECT_EQ(j["paths"]["count"], 5);
    EXPECT_EQ(j["paths"]["exact"], true);
    EXPECT_EQ(j["nodes"]["total"], 4);
    EXPECT_EQ(j["competencies"]["lsd"]["max"], 2);
    EXPECT_EQ(j["never_offered"][0]["choice"], 2);
}

// Loops, flags, visits, tags and chance, all read by functions: the search
// learns these reads as it goes and explores again.
const char* kWide = R"(
competency "lsd" { }
competency "helder" { }
meter "v" { min = 0, max = 6, start = 3 }
meter "t" { min = 0, max = 9, start = 0 }
node "begin" { text = function(s) return "v=" .. s.v end, choices = {
  { text = "a", effects = { v = 1, t = 1 }, score = { lsd = 1 }, next = "begin", feedback = "f", tags = { "doorvragen" },
    when = function(s) return s.visits.begin < 4 end },
  { text = "b", effects = { v = -1, t = 1 }, score = { helder = 1 }, next = "mid", feedback = "f" },
  { text = "c", flags = { x = true }, next = function(s) if s.v > 4 then return "goed" end return "mid" end, feedback = "f" } },
  timeout = { seconds = 10, next = "mid", effects = { t = 2 } } }
node "mid" { text = "m", choices = {
  { text = "1", effects = { v = 2, t = 1 }, score = { lsd = 2 }, next = "begin", feedback = "f",
    when = function(s) return s.tagged("doorvragen") < 3 end },
  { text = "2", score = { helder = -1 }, next = function(s) if s.flags.x then return "goed" end return "slecht" end, feedback = "f" },
  { text = "3", effects = { t = 1 }, next = function(s) if s.random(1, 3) == 1 then return "goed" end return "mid" end, feedback = "f",
    when = function(s) return s.t < 8 end } } }
ending "goed" { outcome = "good" }
ending "slecht" { outcome = "bad" }
)";

void expect_same_graph(const lab::StateGraph& a, const lab::StateGraph& b) {
    ASSERT_EQ(a.vertices.size(), b.vertices.size());
    ASSERT_EQ(a.edges.size(), b.edges.size());
    EXPECT_EQ(a.complete, b.complete);
    EXPECT_EQ(a.reads, b.reads);
    EXPECT_EQ(a.meter_lo, b.meter_lo);
    EXPECT_EQ(a.meter_hi, b.meter_hi);
    for (size_t i = 0; i < a.vertices.size(); ++i) {
        const auto &x = a.vertices[i], &y = b.vertices[i];
        ASSERT_TRUE(x.at.kind == y.at.kind && x.at.index == y.at.index && x.phase == y.phase && x.parent == y.parent &&
                    x.parent_edge == y.parent_edge && x.first_edge == y.first_edge && x.edge_count == y.edge_count)
            << "vertex " << i;
    }
    for (size_t i = 0; i < a.edges.size(); ++i)
        ASSERT_TRUE(a.edges[i].to == b.edges[i].to && a.edges[i].choice == b.edges[i].choice && a.edges[i].pos == b.edges[i].pos) << "edge " << i;
}

TEST(Analysis, SearchOnSeveralThreadsGivesTheSameGraph) {
    TempDir d;
    std::string path = d.write("s.lua", scenario_with(kWide));
    lab::LoadOptions light;
    light.analyse = false;
    int made = 0;
    auto make = [&] { ++made; return lab::load_scenario(path, light).playable; };
    for (size_t budget : {size_t(200000), size_t(700)}) {
        auto one = lab::load_scenario(path, light), many = lab::load_scenario(path, light);
        ASSERT_TRUE(one.playable && many.playable) << messages(one);
        lab::ExploreOptions seq;
        seq.threads = 1;
        seq.max_states = budget;
        lab::ExploreOptions par = seq;
        par.threads = 3;
        par.parallel_after = 1;  // other threads join at once
        par.make = make;
        made = 0;
        lab::StateGraph a = lab::explore(*one.playable, seq), b = lab::explore(*many.playable, par);
        EXPECT_EQ(made, 2) << "two copies for two extra threads";
        EXPECT_GT(a.vertices.size(), 300u);
        EXPECT_EQ(a.complete, budget > 700);
        expect_same_graph(a, b);
        EXPECT_EQ(lab::analysis_json(lab::analyse(*one.playable, a)), lab::analysis_json(lab::analyse(*many.playable, b)));
    }
}

TEST(Analysis, TheInstructionBudgetHoldsForAllThreadsTogether) {
    TempDir d;
    // A condition that costs some 10,000 Lua instructions per call.
    std::string heavy = kWide;
    heavy.replace(heavy.find("return s.t < 8"), 14, "local x = 0; for i = 1, 5000 do x = x + i end; return s.t < 8");
    std::string path = d.write("s.lua", scenario_with(heavy));
    lab::LoadOptions light;
    light.analyse = false;
    auto sc = lab::load_scenario(path, light).playable;
    ASSERT_TRUE(sc);
    lab::ExploreOptions par;
    par.threads = 4;
    par.parallel_after = 1;
    par.make = [&] { return lab::load_scenario(path, light).playable; };
    lab::StateGraph full = lab::explore(*sc, par);
    EXPECT_TRUE(full.complete);
    par.max_instructions = 200000;  // far less than the whole search needs
    lab::StateGraph cut = lab::explore(*sc, par);
    EXPECT_FALSE(cut.complete);
    EXPECT_LT(cut.vertices.size(), full.vertices.size());
}

TEST(Analysis, ACopyOfAnotherVersionIsNotUsedForTheSearch) {
    TempDir d;
    std::string path = d.write("s.lua", scenario_with(kWide));
    // The same shape, another effect: states expanded by it would differ.
    std::string changed = kWide;
    changed.replace(changed.find("v = 2, t = 1"), 12, "v = -2, t = 1");
    std::string other = d.write("o.lua", scenario_with(changed));
    lab::LoadOptions light;
    light.analyse = false;
    auto one = lab::load_scenario(path, light), many = lab::load_scenario(path, light);
    lab::ExploreOptions seq;
    seq.threads = 1;
    lab::ExploreOptions par = seq;
    par.threads = 2;
    par.parallel_after = 1;
    par.make = [&] { return lab::load_scenario(other, light).playable; };
    expect_same_graph(lab::explore(*one.playable, seq), lab::explore(*many.playable, par));
}

TEST(Simulate, IsReproducibleAndIndependentOfThreads) {
    TempDir d;
    std::shared_ptr<const lab::Scenario> sc;
    analyse_text(d, kDiamond, &sc);
    auto make = [&] { return sc; };
    auto one = lab::simulate(make, 3000, 5, 1);
    auto again = lab::simulate(make, 3000, 5, 1);
    EXPECT_EQ(lab::simulation_json(one), lab::simulation_json(again));
    EXPECT_EQ(one.runs, 3000u);
    uint64_t total = 0;
    for (const auto& [k, v] : one.endings) total += v;
    EXPECT_EQ(total, 3000u);
    // begin has 3 choices: "goed" needs 1 or 2 then 1: P = 2/3 * 1/2 = 1/3.
    EXPECT_NEAR(double(one.endings["goed"]) / 3000.0, 1.0 / 3.0, 0.04);
    EXPECT_NEAR(one.turns_mean, 2.0, 1e-9);
}

TEST(Simulate, ThreadsGiveTheSameDistribution) {
    TempDir d;
    std::string path = d.write("s.lua", scenario_with(kDiamond));
    lab::LoadOptions light;
    light.analyse = false;
    auto first = lab::load_scenario(path);
    ASSERT_TRUE(first.playable);
    light.known_maxima = first.playable->competency_max;
    auto make = [&] { return lab::load_scenario(path, light).playable; };
    auto a = lab::simulate(make, 2000, 9, 1), b = lab::simulate(make, 2000, 9, 2);
    EXPECT_EQ(a.endings, b.endings);
    EXPECT_EQ(a.histogram, b.histogram);
}

TEST(Graph, DotShowsNodesEndingsEdgesConditionsAndUnreachable) {
    TempDir d;
    std::shared_ptr<const lab::Scenario> sc;
    auto a = analyse_text(d, kDiamond, &sc);
    std::string dot = lab::scenario_dot(*sc, &a);
    EXPECT_NE(dot.find("digraph"), std::string::npos);
    EXPECT_NE(dot.find("\"begin\" -> \"a\" [label=\"1 +2 lsd\""), std::string::npos) << dot;
    EXPECT_NE(dot.find("\"b\" -> \"goed\" [label=\"2\", style=dashed"), std::string::npos) << dot;
    EXPECT_NE(dot.find("doubleoctagon"), std::string::npos);
    EXPECT_NE(dot.find("#cdebc5"), std::string::npos);  // good ending colour
    size_t eiland = dot.find("\"eiland\" [label");
    ASSERT_NE(eiland, std::string::npos);
    EXPECT_NE(dot.substr(eiland, 200).find("#eeeeee"), std::string::npos);  // unreachable: grey
}

TEST(Graph, FunctionTargetsAreDrawnWhereTheAnalysisSawThemGo) {
    TempDir d;
    std::shared_ptr<const lab::Scenario> sc;
    auto a = analyse_text(d, R"(
meter "v" { min = 0, max = 10, start = 5 }
node "begin" { text = "x", choices = {
  { text = "op", effects = { v = 3 }, next = function(s) return s.v > 6 and "goed" or "slecht" end },
  { text = "neer", effects = { v = -3 }, next = function(s) return s.v > 6 and "goed" or "slecht" end } } }
ending "goed" { outcome = "good" }
ending "slecht" { outcome = "bad" })", &sc);
    std::string dot = lab::scenario_dot(*sc, &a);
    EXPECT_NE(dot.find("\"begin_fn0\" -> \"goed\""), std::string::npos) << dot;
    EXPECT_NE(dot.find("\"begin_fn1\" -> \"slecht\""), std::string::npos) << dot;
    EXPECT_EQ(dot.find("\"begin_fn0\" -> \"slecht\""), std::string::npos) << dot;
}
