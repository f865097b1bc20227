// The analysis when it cannot see everything: budgets (states, seconds),
// functions that fail in every state, what it may still claim (proven by
// the scenario's shape), and the moments of an attempt (the real best move).
#include <chrono>
#include <nlohmann/json.hpp>

#include "bench/generate.h"
#include "core/analysis.h"
#include "core/analysis_moments.h"
#include "core/diagnostic_catalog.h"
#include "core/explore_bounds.h"
#include "helpers.h"

using namespace labtest;

namespace {

bool contains(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

lab::LoadOptions light() {
    lab::LoadOptions o;
    o.analyse = false;
    return o;
}

}  // namespace

// Issue 10's reproducer: 2,000 nodes, a meter too wide for any budget. The
// check used to say the ending was unreachable and no competency could
// score; none of that is true.
TEST(AnalysisBudget, TheWideMeterScenarioChecksWithoutAFalseClaim) {
    TempDir d;
    const std::string path = d.write("breed.lua", labbench::generate_wide_meter(2000, -1000000, 1000000));
    lab::set_message_language("en");
    const auto t0 = std::chrono::steady_clock::now();
    lab::Loaded l = lab::load_scenario(path);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    ASSERT_TRUE(l.scenario) << messages(l);
    const std::string m = messages(l);
    EXPECT_EQ(m.find("unreachable"), std::string::npos) << m;
    EXPECT_EQ(m.find("cannot earn points"), std::string::npos) << m;
    EXPECT_EQ(m.find("no ending"), std::string::npos) << m;
    EXPECT_NE(m.find("the analysis is incomplete (stopped after 200000 states (--max-states))"), std::string::npos) << m;
    // The one choice that is truly never offered: n1 is only reached with m = -1.
    EXPECT_NE(m.find("choice 3 of node \"n1\" is never offered"), std::string::npos) << m;
    // Percentages are scored against a proven upper bound, not what was found.
    for (double mx : l.scenario->competency_max) EXPECT_GE(mx, 600);
    EXPECT_FALSE(l.scenario->max_exact);
    EXPECT_LT(seconds, lab::kDefaultMaxSeconds) << "the state budget, not the time, ends it";  // the 1 s goal is scripts/bench's
}

TEST(AnalysisBudget, AnalyzeSeparatesProvenFromNotReached) {
    lab::set_message_language("en");
    TempDir d;
    // A small wide-meter scenario and an island no choice leads to.
    std::string text = labbench::generate_wide_meter(120, -1000000, 1000000);
    text += "node \"eiland\" { text = \"?\", choices = { { text = \"x\", next = \"einde\" } } }\n";
    const std::string path = d.write("breed.lua", text);
    auto sc = lab::load_scenario(path, light()).playable;
    ASSERT_TRUE(sc);
    lab::ExploreOptions cut;
    cut.max_states = 500;
    // compute_maxima fills a load of our own (no one else holds it yet).
    auto own = lab::load_scenario(path, light()).playable;
    lab::Scenario& capped = const_cast<lab::Scenario&>(*own);
    const lab::StateGraph g = lab::explore(*sc, cut);
    ASSERT_FALSE(g.complete);
    EXPECT_EQ(g.stop, lab::ExploreStop::States);
    EXPECT_FALSE(g.open.empty());
    lab::compute_maxima(capped, g);
    const lab::Analysis a = lab::analyse(capped, g);
    EXPECT_EQ(a.unreachable_nodes, std::vector<std::string>{"eiland"});  // proven by the shape
    EXPECT_TRUE(a.unreachable_endings.empty());
    EXPECT_TRUE(contains(a.not_reached_nodes, "n119"));
    EXPECT_EQ(a.not_reached_endings, std::vector<std::string>{"einde"});
    EXPECT_TRUE(a.no_way_out.empty());

    // The full search, for the truth the bounds must hold.
    auto own_exact = lab::load_scenario(path, light()).playable;
    lab::Scenario& exact = const_cast<lab::Scenario&>(*own_exact);
    lab::ExploreOptions all;
    all.max_states = 10000000;
    const lab::StateGraph full = lab::explore(*sc, all);
    ASSERT_TRUE(full.complete);
    lab::compute_maxima(exact, full);
    const lab::Analysis truth = lab::analyse(exact, full);
    ASSERT_EQ(a.competencies.size(), truth.competencies.size());
    for (size_t k = 0; k < a.competencies.size(); ++k) {
        const auto& c = a.competencies[k];
        EXPECT_FALSE(c.exact);
        EXPECT_GE(c.max_limit, truth.competencies[k].max) << c.id;
        EXPECT_LE(c.min_limit, truth.competencies[k].min) << c.id;
        if (c.max_found) EXPECT_LE(c.max, truth.competencies[k].max) << c.id;
        // The scoring divides by the proven bound: never by less than the truth.
        EXPECT_GE(capped.competency_max[k], exact.competency_max[k]) << c.id;
    }
    auto j = nlohmann::json::parse(lab::analysis_json(a));
    EXPECT_EQ(j["stopped"], "states");
    EXPECT_EQ(j["not_reached"]["endings"][0], "einde");
    EXPECT_EQ(j["competencies"]["luisteren"]["exact"], false);
    EXPECT_TRUE(j["competencies"]["luisteren"]["max_upper"].is_number());
    const std::string text_out = lab::analysis_text(capped, a);
    EXPECT_NE(text_out.find("not reached within the budget"), std::string::npos) << text_out;
}

TEST(AnalysisBudget, AFunctionTargetMayLeadAnywhereSoItsTargetsAreNotUnreachable) {
    TempDir d;
    auto l = load_text(d, scenario_with(R"(
meter "m" { min = -1000000, max = 1000000, start = 0 }
node "begin" { text = "x", choices = {
  { text = "op", effects = { m = 1 }, next = "begin" },
  { text = "neer", effects = { m = -1 }, next = "begin" },
  { text = "weg", next = function(s) if s.m > 900 then return "verstopt" end return "begin" end } } }
node "verstopt" { text = "y", next = "goed" }
ending "goed" { outcome = "good" })"),
                       "s.lua", light());
    ASSERT_TRUE(l.playable) << messages(l);
    lab::ExploreOptions cut;
    cut.max_states = 300;
    const lab::StateGraph g = lab::explore(*l.playable, cut);
    ASSERT_FALSE(g.complete);
    const lab::Analysis a = lab::analyse(*l.playable, g, false);
    EXPECT_TRUE(a.unreachable_nodes.empty());
    EXPECT_TRUE(contains(a.not_reached_nodes, "verstopt"));
    EXPECT_TRUE(contains(a.not_reached_endings, "goed"));
    const lab::StructuralBounds b = lab::structural_bounds(*l.playable);
    EXPECT_TRUE(b.leads_to_ending[0]);
}

TEST(AnalysisBudget, TheSearchStopsAtItsTimeBudget) {
    TempDir d;
    const std::string path = d.write("breed.lua", labbench::generate_wide_meter(2000, -1000000, 1000000));
    auto sc = lab::load_scenario(path, light()).playable;
    ASSERT_TRUE(sc);
    lab::ExploreOptions eo;
    eo.max_states = 100000000;
    eo.max_seconds = 0.2;
    const auto t0 = std::chrono::steady_clock::now();
    const lab::StateGraph g = lab::explore(*sc, eo);
    const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_FALSE(g.complete);
    EXPECT_EQ(g.stop, lab::ExploreStop::Seconds);
    EXPECT_LT(took, 10);
    const lab::Analysis a = lab::analyse(*sc, g, false);
    EXPECT_NE(lab::stop_text(a.stop, a.states, a.seconds).find("--max-seconds"), std::string::npos);
}

// Issue 12: a `next` that works hard and then fails in every state was
// called once per state (24 s). It is called once, reported once.
TEST(AnalysisBudget, AFunctionThatFailsEverywhereIsCalledOnce) {
    TempDir d;
    const std::string text = scenario_with(R"(
meter "m" { min = 0, max = 1000, start = 0 }
competency "c" { }
node "begin" { text = "x", choices = {
  { text = "op", effects = { m = 1 }, next = "begin" },
  { text = "weg", next = function(s) local x = 0 for i = 1, 300000 do x = x + i end error("kapot bij " .. s.m) end },
  { text = "klaar", score = { c = 1 }, next = "goed" } } }
ending "goed" { outcome = "good" })");
    auto l = load_text(d, text, "s.lua", light());
    ASSERT_TRUE(l.playable) << messages(l);
    const uint64_t before = l.playable->host->instructions();
    lab::ExploreOptions one;
    one.threads = 1;
    const lab::StateGraph g = lab::explore(*l.playable, one);
    const uint64_t used = l.playable->host->instructions() - before;
    ASSERT_EQ(g.failures.size(), 1u);
    EXPECT_NE(std::string(g.failures[0].error.what()).find("kapot"), std::string::npos);
    EXPECT_LT(used, 3000000u) << "the failing function ran more than once";
    EXPECT_EQ(g.stop, lab::ExploreStop::Failures);
    EXPECT_GT(g.vertices.size(), 1000u) << "the rest is still searched";
    // The same graph on several threads (blocking is decided in queue order).
    lab::ExploreOptions par;
    par.threads = 3;
    par.parallel_after = 1;
    const std::string path = (d.path / "s.lua").string();
    par.make = [&] { return lab::load_scenario(path, light()).playable; };
    auto other = lab::load_scenario(path, light()).playable;
    const lab::StateGraph h = lab::explore(*other, par);
    EXPECT_EQ(h.vertices.size(), g.vertices.size());
    EXPECT_EQ(h.edges.size(), g.edges.size());
    EXPECT_EQ(h.open, g.open);
    // check: one located error, quickly.
    lab::set_message_language("en");
    auto checked = load_text(d, text);
    EXPECT_NE(messages(checked).find("s.lua:7: error: kapot bij 0"), std::string::npos) << messages(checked);
    size_t errors = 0;
    for (const auto& x : checked.diagnostics.all()) errors += x.severity == lab::Severity::Error;
    EXPECT_EQ(errors, 1u) << messages(checked);
}

// [SECTION] moments

namespace {

// The greedy move (most points right away) is not the best: "snel" scores
// 2 at once but leads where nothing more can be earned; "rustig" scores
// nothing at once and leads to 4 more.
const char* kGreedy = R"(
competency "c" { }
node "begin" { text = "x", choices = {
  { text = "snel", score = { c = 2 }, next = "kaal" },
  { text = "rustig", next = "rijk" } } }
node "kaal" { text = "y", choices = { { text = "verder", next = "goed" } } }
node "rijk" { text = "z", choices = {
  { text = "goed gedaan", score = { c = 4 }, next = "goed" },
  { text = "mis", next = "goed" } } }
ending "goed" { outcome = "good" }
)";

std::vector<lab::Moment> moments_of(const lab::Loaded& l, const std::string& picks, std::unique_ptr<lab::Session>& s) {
    s = std::make_unique<lab::Session>(l.playable, 1);
    std::vector<lab::Pick> p;
    std::string err;
    EXPECT_TRUE(lab::parse_picks(picks, p, err) && lab::play_picks(*s, p, err)) << err;
    return lab::decision_moments(*s, *l.graph);
}

}  // namespace

TEST(Moments, TheBetterMoveIsTheRealBestNotTheGreedyOne) {
    TempDir d;
    lab::LoadOptions keep;
    keep.keep_graph = true;
    auto l = load_text(d, scenario_with(kGreedy), "s.lua", keep);
    ASSERT_TRUE(l.scenario && l.graph) << messages(l);
    std::unique_ptr<lab::Session> s;
    // The greedy student: 2 of 4 = 50 %. Taking "rustig" reaches 100 %.
    auto m = moments_of(l, "1,1", s);
    ASSERT_EQ(m.size(), 2u);
    ASSERT_GE(m[0].better, 0);
    EXPECT_EQ(m[0].options[size_t(m[0].better)].choice, 1);
    EXPECT_NEAR(m[0].options[size_t(m[0].better)].value->overall, 1.0, 1e-9);
    EXPECT_NEAR(m[0].reached->overall, 0.5, 1e-9);
    EXPECT_EQ(m[1].better, -1);  // at "kaal" there was nothing better to do
    // The student who took the real best move first and then slipped: the
    // first moment suggests nothing (greedy would have said "snel").
    m = moments_of(l, "2,2", s);
    ASSERT_EQ(m.size(), 2u);
    EXPECT_EQ(m[0].better, -1);
    ASSERT_GE(m[1].better, 0);
    EXPECT_EQ(m[1].options[size_t(m[1].better)].pos, 0);
    // run --json's shape.
    auto j = nlohmann::json::parse(lab::result_json_with_moments(s->result(), *s, m, "nl"));
    ASSERT_EQ(j["moments"].size(), 2u);
    EXPECT_EQ(j["moments"][0]["node"], "begin");
    EXPECT_EQ(j["moments"][0]["chosen"], 2);
    EXPECT_TRUE(j["moments"][0]["better"].is_null());
    EXPECT_EQ(j["moments"][1]["better"]["choice"], 1);
    EXPECT_EQ(j["moments"][1]["better"]["text"], "goed gedaan");
    EXPECT_EQ(j["moments"][1]["better"]["overall"], 1);
    EXPECT_EQ(j["moments"][1]["reached"], 0);
    // On the analysis' best path nothing is suggested.
    const lab::Analysis a = lab::analyse(*l.playable, *l.graph);
    std::string best;
    for (const auto& p : a.best_path) best += (best.empty() ? "" : ",") + p;
    EXPECT_EQ(best, "2,1");
    for (const auto& x : moments_of(l, best, s)) EXPECT_EQ(x.better, -1);
}

TEST(Moments, AnEndingThatCapsTheGradeIsNotSuggestedForItsOverall) {
    TempDir d;
    lab::LoadOptions keep;
    keep.keep_graph = true;
    // "ruzie" scores more but its ending caps the grade at onvoldoende.
    auto l = load_text(d, scenario_with(R"(
competency "c" { }
node "begin" { text = "x", choices = {
  { text = "ruzie", score = { c = 3 }, next = "weg" },
  { text = "netjes", score = { c = 2 }, next = "goed" } } }
ending "weg" { outcome = "bad", grade_cap = "onvoldoende" }
ending "goed" { outcome = "good" })"),
                       "s.lua", keep);
    ASSERT_TRUE(l.scenario && l.graph) << messages(l);
    std::unique_ptr<lab::Session> s;
    auto m = moments_of(l, "2", s);
    ASSERT_EQ(m.size(), 1u);
    EXPECT_EQ(m[0].better, -1) << "67 % voldoende beats 100 % capped at onvoldoende";
    m = moments_of(l, "1", s);
    ASSERT_GE(m[0].better, 0);
    EXPECT_EQ(m[0].options[size_t(m[0].better)].choice, 1);
}

TEST(Moments, NothingIsSuggestedOnTheBestPathOfAShippedScenario) {
    for (const char* name : {"tutorial.lua", "mailende-moeder.lua", "huiswerk.lua"}) {
        lab::LoadOptions keep;
        keep.keep_graph = true;
        auto l = lab::load_scenario(std::string(LAB_SOURCE_DIR) + "/scenarios/" + name, keep);
        ASSERT_TRUE(l.scenario && l.graph) << name;
        const lab::Analysis a = lab::analyse(*l.playable, *l.graph);
        std::string best;
        for (const auto& p : a.best_path) best += (best.empty() ? "" : ",") + p;
        std::unique_ptr<lab::Session> s;
        const auto m = moments_of(l, best, s);
        EXPECT_FALSE(m.empty()) << name;
        for (const auto& x : m) EXPECT_EQ(x.better, -1) << name << " at " << l.playable->nodes[size_t(x.node)].id;
        EXPECT_NEAR(s->result().overall, a.best_overall, 1e-9) << name;
    }
}

TEST(AnalysisBudget, ABestPathThatFarmsOneMoveIsWarnedAbout) {
    TempDir d;
    auto l = load_text(d, scenario_with(R"(
competency "luisteren" { }
node "begin" { text = "x", choices = {
  { text = "Vraag door", score = { luisteren = 1 }, next = "thuis", feedback = "f" },
  { text = "Klaar", next = "einde", feedback = "f" } } }
node "thuis" { text = "y", choices = {
  { text = "Nog eens doorvragen", when = function(s) return s.visits.thuis <= 3 end, score = { luisteren = 2 }, next = "thuis", feedback = "f" },
  { text = "Afronden", next = "einde", feedback = "f" } } }
ending "einde" { outcome = "good" })"));
    EXPECT_NE(messages(l).find("s.lua:7: warning: the best path for \"luisteren\" passes \"thuis\" 3 times and scores \"luisteren\" there each time; "
                               "the maximum (7) counts on that"),
              std::string::npos)
        << messages(l);
    lab::set_message_language("nl");
    EXPECT_EQ(lab::diag::kRepeatedScoring.message({lab::q("luisteren"), "3", lab::q("thuis"), "7"}).rfind(
                  "het beste pad voor \"luisteren\" komt 3 keer langs \"thuis\" en haalt daar telkens punten voor \"luisteren\"", 0),
              0u);
    lab::set_message_language("en");
}
