// Session and scoring, tested without Lua: scenarios built by hand in C++.
#include <gtest/gtest.h>

#include "core/explore.h"
#include "core/picks.h"
#include "core/session.h"

using namespace lab;

namespace {

// A scripted host for author functions: conditions and effects as lambdas.
class FakeHost : public ScriptHost {
public:
    std::vector<std::function<bool(State&)>> conditions;
    std::vector<std::function<void(State&)>> effects;
    std::vector<std::function<std::string(State&)>> ids;
    bool condition(const Callable& fn, State& s) override { return conditions[size_t(fn.ref - 1)](s); }
    LocalText text(const Callable&, State&) override { return LocalText::plain("nl", "dynamisch"); }
    std::string id(const Callable& fn, State& s) override { return ids[size_t(fn.ref - 1)](s); }
    void effect(const Callable& fn, State& s) override { effects[size_t(fn.ref - 1)](s); }
    unsigned reads() const override { return ReadMeters | ReadFlags | ReadVisits; }
};

Choice choice(const std::string& text, const std::string& next, std::vector<std::pair<int, double>> score = {},
              std::vector<std::pair<int, double>> meters = {}) {
    Choice c;
    c.text.fixed = LocalText::plain("nl", text);
    c.feedback.fixed = LocalText::plain("nl", "feedback bij " + text);
    c.next.id = next;
    c.score = std::move(score);
    c.effects.meters = std::move(meters);
    return c;
}

// start --(1: +2 luisteren, +3 vertrouwen)--> midden --(1)--> goed
//       --(2: -1 luisteren)------------------> midden --(2: +1 helder)--> slecht
std::shared_ptr<Scenario> small(std::shared_ptr<FakeHost> host = std::make_shared<FakeHost>()) {
    auto sc = std::make_shared<Scenario>();
    sc->id = "klein";
    sc->start_id = "start";
    sc->meters.push_back({"vertrouwen", LocalText::plain("nl", "Vertrouwen"), 0, 10, 5, true, {}});
    sc->competencies.push_back({"luisteren", LocalText::plain("nl", "Luisteren"), 2, std::nullopt, {}});
    sc->competencies.push_back({"helder", LocalText::plain("nl", "Helder"), 1, std::nullopt, {}});
    Node start;
    start.id = "start";
    start.text.fixed = LocalText::plain("nl", "Goedemiddag.");
    start.choices.push_back(choice("Luisteren", "midden", {{0, 2}}, {{0, 3}}));
    start.choices.push_back(choice("Praten", "midden", {{0, -1}}, {{0, -7}}));
    Node midden;
    midden.id = "midden";
    midden.text.fixed = LocalText::plain("nl", "En nu?");
    midden.choices.push_back(choice("Afspraak", "goed"));
    midden.choices.push_back(choice("Uitleg", "slecht", {{1, 1}}));
    sc->nodes = {start, midden};
    Ending goed;
    goed.id = "goed";
    goed.outcome = Outcome::Good;
    Ending slecht;
    slecht.id = "slecht";
    slecht.outcome = Outcome::Bad;
    sc->endings = {goed, slecht};
    sc->host = host;
    sc->build_index();
    for (auto& n : sc->nodes)
        for (auto& c : n.choices) c.next.fixed = sc->find_target(c.next.id);
    sc->start = sc->find_target("start");
    compute_maxima(*sc, explore(*sc));
    return sc;
}

}  // namespace

TEST(Session, StartsAtStartNodeChoosing) {
    Session s(small(), 1);
    EXPECT_EQ(s.phase(), Phase::Choosing);
    EXPECT_EQ(s.scenario().target_id(s.current().arrival.at), "start");
    EXPECT_EQ(s.current().arrival.offered.size(), 2u);
}

TEST(Session, ChoosingAppliesScoreDeltaAndClampsMeters) {
    Session s(small(), 1);
    s.choose(1);  // -1 luisteren, vertrouwen 5-7 clamps to 0
    EXPECT_EQ(s.state().scores[0], -1);
    EXPECT_EQ(s.state().meters[0], 0);
    EXPECT_EQ(s.turns(), 1);
}

TEST(Session, MaximaComeFromTheBestPathPerCompetency) {
    auto sc = small();
    ASSERT_EQ(sc->competency_max.size(), 2u);
    EXPECT_EQ(sc->competency_max[0], 2);  // luisteren: choice 1 first
    EXPECT_EQ(sc->competency_max[1], 1);  // helder: the path to "slecht"
}

TEST(Session, ResultScoresAndGradesByWeightedPercent) {
    Session s(small(), 1);
    s.choose(0);
    s.choose(0);
    Result r = s.result();
    EXPECT_EQ(r.ending, "goed");
    EXPECT_EQ(r.outcome, Outcome::Good);
    // luisteren 2/2 (weight 2), helder 0/1 (weight 1): (2*1 + 0) / 3
    EXPECT_NEAR(r.overall, 2.0 / 3.0, 1e-9);
    EXPECT_EQ(r.grade, lab::Grade::Sufficient);
    EXPECT_EQ(r.choices, (std::vector<std::string>{"1", "1"}));
    EXPECT_EQ(r.path, (std::vector<std::string>{"start", "midden", "goed"}));
}

TEST(Session, NegativeRawScoreClampsPercentToZero) {
    Session s(small(), 1);
    s.choose(1);
    s.choose(1);
    Result r = s.result();
    EXPECT_EQ(r.competencies[0].percent, 0);
    EXPECT_EQ(r.competencies[1].percent, 1);
    EXPECT_NEAR(r.overall, 1.0 / 3.0, 1e-9);
    EXPECT_EQ(r.grade, lab::Grade::Insufficient);
}

TEST(Session, RewindReturnsToBeforeTheChoiceAndKeepsTheAbandonedBranchInTheLog) {
    Session s(small(), 1);
    s.choose(1);
    s.choose(1);
    ASSERT_EQ(s.phase(), Phase::Ended);
    s.rewind(0);
    EXPECT_EQ(s.phase(), Phase::Choosing);
    EXPECT_EQ(s.turns(), 0);
    EXPECT_EQ(s.state().meters[0], 5);
    EXPECT_EQ(s.scenario().target_id(s.current().arrival.at), "start");
    ASSERT_EQ(s.log().size(), 3u);
    EXPECT_EQ(s.log()[2].kind, LogEntry::Kind::Rewind);
    s.choose(0);
    EXPECT_EQ(s.state().meters[0], 8);
}

TEST(Session, ActionInWrongPhaseIsAProgrammingError) {
    Session s(small(), 1);
    EXPECT_THROW(s.advance(), std::logic_error);
    EXPECT_THROW(s.timeout(), std::logic_error);
    s.choose(0);
    s.choose(0);
    EXPECT_THROW(s.choose(0), std::logic_error);
}

TEST(Session, SaveAndRestoreReplaysByIds) {
    Session s(small(), 7);
    s.choose(0);
    std::string json = s.save_json();
    std::string problem;
    auto r = Session::restore(s.scenario_ptr(), json, &problem);
    ASSERT_TRUE(r);
    EXPECT_TRUE(problem.empty()) << problem;
    EXPECT_EQ(r->seed(), 7u);
    EXPECT_EQ(r->scenario().target_id(r->current().arrival.at), "midden");
    EXPECT_EQ(r->state().meters, s.state().meters);
}

TEST(Session, RestoreOfACorruptSaveSaysSoAndDoesNotCrash) {
    auto sc = small();
    std::string problem;
    EXPECT_EQ(Session::restore(sc, "{ not json", &problem), nullptr);
    EXPECT_FALSE(problem.empty());
    problem.clear();
    auto r = Session::restore(sc, R"({"format":"gesprekslab-save","scenario":"klein","seed":1,"steps":[{"at":"weg","choice":1}]})", &problem);
    ASSERT_TRUE(r);
    EXPECT_NE(problem.find("weg"), std::string::npos);
    EXPECT_EQ(r->turns(), 0);
}

TEST(Picks, InvalidPickNamesTheStepAndTheOfferedChoices) {
    Session s(small(), 1);
    std::vector<Pick> picks;
    std::string err;
    ASSERT_TRUE(parse_picks("1,5", picks, err));
    EXPECT_FALSE(play_picks(s, picks, err));
    EXPECT_NE(err.find("2"), std::string::npos);
    EXPECT_NE(err.find("1, 2"), std::string::npos);
}

TEST(Picks, ParseRejectsGarbage) {
    std::vector<Pick> picks;
    std::string err;
    EXPECT_FALSE(parse_picks("1,x", picks, err));
    EXPECT_FALSE(parse_picks("0", picks, err));
    EXPECT_TRUE(parse_picks("1, t ,2", picks, err));
    EXPECT_EQ(picks.size(), 3u);
    EXPECT_EQ(picks[1].kind, Pick::Kind::Timeout);
}
