// Author mode below the UI: the moves an author makes in a Session (jump,
// edit the state, play from here), how rewind and save/restore keep them,
// the reload split of LiveScenario, and the reachability a load reports.
#include <chrono>
#include <thread>

#include "helpers.h"
#include "script/live_scenario.h"

using namespace labtest;
using lab::Phase;
using lab::Session;

namespace {

// begin --(1: +2 luisteren, vertrouwen +3)--> midden --(1)--> goed
//       --(2: sets geheim)------------------> midden --(2, only with geheim)--> slecht
// "los" is reached from nowhere. Entering "midden" raises spanning by 1.
const char* kScenario = R"(scenario { id = "auteur", start = "begin" }
meter "vertrouwen" { min = 0, max = 10, start = 5 }
meter "spanning" { min = 0, max = 8, start = 2, visible = false }
competency "luisteren" { }
node "begin" { text = "Begin", choices = {
  { text = "een", score = { luisteren = 2 }, effects = { vertrouwen = 3 }, next = "midden" },
  { text = "twee", set = { geheim = true }, next = "midden" } } }
node "midden" { text = "Midden", effects = { spanning = 1 }, choices = {
  { text = "goed", next = "goed" },
  { text = "geheim", when = function(s) return s.flags.geheim == true end, next = "slecht" } } }
node "los" { text = "Los", next = "goed" }
ending "goed" { outcome = "good" }
ending "slecht" { outcome = "bad" }
)";

std::shared_ptr<const lab::Scenario> load(const TempDir& d) {
    auto l = load_text(d, kScenario);
    EXPECT_TRUE(l.playable) << messages(l);
    return l.playable;
}

std::string at(const Session& s) { return s.scenario().target_id(s.current().arrival.at); }

}  // namespace

TEST(AuthorSession, JumpKeepsTheStateAndEntersTheNodeAsOnArrival) {
    TempDir d;
    auto sc = load(d);
    Session s(sc, 1);
    s.choose(0);  // +2 luisteren, vertrouwen 8, spanning 3 on entering midden
    ASSERT_EQ(at(s), "midden");
    EXPECT_FALSE(s.author_edited());
    s.author_jump(sc->find_target("midden"));
    EXPECT_EQ(at(s), "midden");
    EXPECT_TRUE(s.author_edited());
    EXPECT_EQ(s.phase(), Phase::Choosing);
    EXPECT_EQ(s.state().meters[0], 8);      // vertrouwen kept
    EXPECT_EQ(s.state().scores[0], 2);      // score kept
    EXPECT_EQ(s.state().meters[1], 4);      // midden's effect applied again
    EXPECT_EQ(s.state().visit_count(sc->node_index("midden")), 2);
    EXPECT_EQ(s.turns(), 1);                // a jump is not a turn
    // From an ending, a jump goes on playing.
    s.choose(0);
    ASSERT_EQ(s.phase(), Phase::Ended);
    s.author_jump(sc->find_target("begin"));
    EXPECT_EQ(s.phase(), Phase::Choosing);
    EXPECT_EQ(at(s), "begin");
    EXPECT_THROW(s.author_jump(lab::TargetRef{lab::TargetRef::Kind::Node, 99}), std::out_of_range);
}

TEST(AuthorSession, SettingAMeterClampsItToItsBounds) {
    TempDir d;
    auto sc = load(d);
    Session s(sc, 1);
    s.author_set_meter(0, 99);
    EXPECT_EQ(s.state().meters[0], 10);
    s.author_set_meter(1, -5);
    EXPECT_EQ(s.state().meters[1], 0);
    s.author_set_meter(0, 6.5);
    EXPECT_EQ(s.state().meters[0], 6.5);
    EXPECT_EQ(s.current().meters[0], 6.5);  // the step shows the edited value
    EXPECT_TRUE(s.author_edited());
    EXPECT_THROW(s.author_set_meter(7, 1), std::out_of_range);
}

TEST(AuthorSession, SettingAFlagOffersTheChoicesAnew) {
    TempDir d;
    auto sc = load(d);
    Session s(sc, 1);
    s.choose(0);
    ASSERT_EQ(s.current().arrival.offered.size(), 1u);  // "geheim" needs the flag
    s.author_set_flag("geheim", true);
    ASSERT_EQ(s.current().arrival.offered.size(), 2u);
    s.choose(1);
    EXPECT_EQ(s.result().ending, "slecht");
    s.rewind(1);
    s.author_clear_flag("geheim");
    EXPECT_EQ(s.current().arrival.offered.size(), 1u);
    EXPECT_EQ(s.state().flags.count("geheim"), 0u);
}

TEST(AuthorSession, ScoresAndVisitsCanBeSet) {
    TempDir d;
    auto sc = load(d);
    Session s(sc, 1);
    s.author_set_score(0, 7);
    EXPECT_EQ(s.state().scores[0], 7);
    s.author_set_visits(sc->find_target("los"), 3);
    EXPECT_EQ(s.state().visit_count(sc->node_index("los")), 3);
    s.author_set_visits(sc->find_target("los"), 0);
    EXPECT_EQ(s.state().visit_count(sc->node_index("los")), 0);
}

TEST(AuthorSession, RewindKeepsTheEditsAndJumpsMadeBeforeThatTurn) {
    TempDir d;
    auto sc = load(d);
    Session s(sc, 1);
    s.author_set_meter(0, 1);                        // at begin, before turn 0
    s.choose(1);                                     // turn 0: sets geheim
    s.author_jump(sc->find_target("los"));           // at midden
    s.advance();                                     // los -> goed
    ASSERT_EQ(s.phase(), Phase::Ended);
    EXPECT_EQ(s.result().path, (std::vector<std::string>{"begin", "midden", "los", "goed"}));
    s.rewind(0);
    EXPECT_EQ(at(s), "begin");
    EXPECT_EQ(s.state().meters[0], 1);               // the edit before turn 0 stays
    EXPECT_EQ(s.turns(), 0);
}

TEST(AuthorSession, SaveAndRestoreReplayTheAuthorsMoves) {
    TempDir d;
    auto sc = load(d);
    Session s(sc, 1);
    s.choose(0);
    s.author_set_meter(0, 2);
    s.author_set_flag("geheim", true);
    s.author_set_flag("naam", std::string("Daan"));
    s.author_jump(sc->find_target("midden"));
    s.author_set_meter(1, 7);
    const std::string save = s.save_json();
    std::string problem;
    auto again = Session::restore(sc, save, &problem);
    ASSERT_TRUE(again);
    EXPECT_TRUE(problem.empty()) << problem;
    EXPECT_TRUE(again->author_edited());
    EXPECT_EQ(at(*again), "midden");
    EXPECT_EQ(again->state().meters[0], 2);
    EXPECT_EQ(again->state().meters[1], 7);
    EXPECT_EQ(std::get<std::string>(again->state().flags.at("naam")), "Daan");
    EXPECT_EQ(again->current().arrival.offered.size(), 2u);  // geheim is set
    EXPECT_EQ(again->steps().size(), s.steps().size());
}

TEST(AuthorSession, PlayFromHereStartsAFreshAttemptAtTheNode) {
    TempDir d;
    auto sc = load(d);
    auto s = Session::starting_at(sc, 1, sc->find_target("midden"));
    EXPECT_EQ(at(*s), "midden");
    EXPECT_TRUE(s->author_edited());
    EXPECT_EQ(s->state().meters[0], 5);  // the initial state
    EXPECT_EQ(s->state().meters[1], 3);  // with midden's effect
    EXPECT_EQ(s->state().scores[0], 0);
    s->choose(0);
    EXPECT_EQ(s->result().ending, "goed");
    s->rewind(0);
    EXPECT_EQ(at(*s), "midden");  // back to where it began, not to the start
    std::string problem;
    auto again = Session::restore(sc, s->save_json(), &problem);
    ASSERT_TRUE(again);
    EXPECT_EQ(at(*again), "midden");
}

TEST(AuthorSession, AFailedAttemptCannotBeEditedButCanJumpOn) {
    TempDir d;
    auto l = load_text(d, R"(scenario { id = "f", start = "begin" }
meter "m" { }
node "begin" { text = "x", choices = { { text = "a", next = "stuk" } } }
node "stuk" { text = function(s) return s.bestaat_niet end, next = "eind" }
ending "eind" { outcome = "good" }
)");
    ASSERT_TRUE(l.playable) << messages(l);
    Session s(l.playable, 1);
    s.choose(0);
    ASSERT_EQ(s.phase(), Phase::Failed);
    EXPECT_THROW(s.author_set_meter(0, 1), std::logic_error);
    s.author_jump(l.playable->find_target("begin"));
    EXPECT_EQ(s.phase(), Phase::Choosing);
    EXPECT_FALSE(s.error());
}

TEST(AuthorLoad, ReachabilityNamesTheUnreachableNodes) {
    TempDir d;
    auto l = load_text(d, kScenario);
    ASSERT_TRUE(l.reach);
    EXPECT_EQ(l.reach->unreachable_nodes, std::vector<std::string>{"los"});
    EXPECT_TRUE(l.reach->unreachable_endings.empty());
}

TEST(AuthorLive, AReloadInPartsCarriesTheAttemptOver) {
    TempDir d;
    const std::string path = d.write("s.lua", kScenario);
    lab::LiveScenario live(path, {}, false);
    EXPECT_FALSE(live.scenario());
    EXPECT_TRUE(live.changed());  // never loaded
    auto r = live.prepare();
    std::thread worker([&r] { r.run(); });
    worker.join();
    EXPECT_EQ(live.adopt(std::move(r), nullptr, nullptr), nullptr);
    ASSERT_TRUE(live.scenario());
    EXPECT_FALSE(live.changed());
    Session s(live.scenario(), 1);
    s.choose(0);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    std::string text = kScenario;
    text.replace(text.find("\"Midden\""), 8, "\"Midden, nieuw\"");
    d.write("s.lua", text);
    ASSERT_TRUE(live.changed());
    auto r2 = live.prepare();
    r2.run();
    std::string problem;
    auto again = live.adopt(std::move(r2), &s, &problem);
    ASSERT_TRUE(again);
    EXPECT_TRUE(problem.empty()) << problem;
    EXPECT_EQ(again->text_of(again->current(), "nl"), "Midden, nieuw");
    EXPECT_EQ(live.version(), 2);
}
