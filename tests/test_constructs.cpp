// One test per construct of the scenario format (../shared/spec/scenario-format.md).
#include "helpers.h"

using namespace labtest;
using lab::Outcome;
using lab::Phase;

namespace {

const char* kTwoEndings = R"(
ending "goed" { title = "Goed", outcome = "good", text = "Fijn." }
ending "slecht" { title = "Slecht", outcome = "bad", text = "Jammer." }
)";

std::shared_ptr<const lab::Scenario> ok(const lab::Loaded& l) {
    EXPECT_TRUE(l.scenario) << messages(l);
    EXPECT_FALSE(l.diagnostics.has_errors()) << messages(l);
    return l.scenario;
}

}  // namespace

TEST(Format, ScenarioDeclarationFieldsAreRead) {
    TempDir d;
    auto sc = ok(load_text(d, R"(
scenario {
  id = "daan", version = 3, title = "Het advies", language = "nl", tags = { "a", "b" }, level = 2, minutes = 15,
  summary = "Kort.", briefing = [[Lang
verhaal.]], goals = { "Doel 1", "Doel 2" }, vars = { kind = "Daan", groep = 8 }, start = "begin",
  grading = { pass = 0.5, good = 0.9 }, shuffle = false,
}
node "begin" { text = "Hallo {kind} uit groep {groep}.", next = "goed" }
)" + std::string(kTwoEndings)));
    ASSERT_TRUE(sc);
    EXPECT_EQ(sc->id, "daan");
    EXPECT_EQ(sc->version, 3);
    EXPECT_EQ(sc->level, 2);
    EXPECT_EQ(sc->minutes, 15);
    EXPECT_EQ(sc->tags.size(), 2u);
    EXPECT_EQ(sc->goals.size(), 2u);
    EXPECT_EQ(sc->briefing.get("nl", "nl"), "Lang\nverhaal.");
    EXPECT_DOUBLE_EQ(sc->grading.pass, 0.5);
    EXPECT_DOUBLE_EQ(sc->grading.good, 0.9);
    lab::Session s(sc, 1);
    EXPECT_EQ(s.text_of(s.current(), "nl"), "Hallo Daan uit groep 8.");
}

TEST(Format, DefaultsVersionLevelGrading) {
    TempDir d;
    auto sc = ok(load_text(d, scenario_with(R"(node "begin" { text = "x", next = "goed" }
ending "goed" { outcome = "good" })")));
    ASSERT_TRUE(sc);
    EXPECT_EQ(sc->version, 1);
    EXPECT_EQ(sc->level, 1);
    EXPECT_DOUBLE_EQ(sc->grading.pass, 0.55);
    EXPECT_DOUBLE_EQ(sc->grading.good, 0.80);
}

TEST(Format, MetersClampAfterEveryChange) {
    TempDir d;
    auto sc = ok(load_text(d, scenario_with(R"(
meter "v" { min = 0, max = 10, start = 8 }
node "begin" { text = "x", effects = { v = 5 }, choices = { { text = "a", effects = { v = -30 }, next = "twee" } } }
node "twee" { text = "y", choices = { { text = "b", effects = { v = 4 }, next = "goed" } } }
ending "goed" { outcome = "good" })")));
    ASSERT_TRUE(sc);
    lab::Session s(sc, 1);
    EXPECT_EQ(s.state().meters[0], 10);  // 8 + 5 clamps to 10
    s.choose(0);
    EXPECT_EQ(s.state().meters[0], 0);   // 10 - 30 clamps to 0
    s.choose(0);
    EXPECT_EQ(s.state().meters[0], 4);
}

TEST(Format, FlagsAreSetByChoicesAndReadInWhen) {
    TempDir d;
    auto sc = ok(load_text(d, scenario_with(R"(
node "begin" { text = "x", choices = {
  { text = "zet", set = { genoemd = true, naam = "Daan", n = 2 }, next = "twee" },
  { text = "niet", next = "twee" } } }
node "twee" { text = "y", choices = {
  { text = "alleen met vlag", when = function(s) return s.flags.genoemd == true and s.flags.naam == "Daan" end, next = "goed" },
  { text = "altijd", next = "slecht" } } }
)" + std::string(kTwoEndings))));
    ASSERT_TRUE(sc);
    lab::Session a(sc, 1);
    a.choose(0);
    EXPECT_EQ(a.current().arrival.offered.size(), 2u);
    lab::Session b(sc, 1);
    b.choose(1);
    EXPECT_EQ(b.current().arrival.offered.size(), 1u);
    auto r = play(sc, "1,1");
    ASSERT_EQ(r.flags.size(), 3u);
    EXPECT_EQ(r.flags[2].first, "naam");
    EXPECT_EQ(std::get<std::string>(r.flags[2].second), "Daan");
}

TEST(Format, CompetencyWeightsAndFixedMax) {
    TempDir d;
    auto sc = ok(load_text(d, scenario_with(R"(
competency "a" { label = "A", weight = 3 }
competency "b" { label = "B", max = 10 }
node "begin" { text = "x", choices = {
  { text = "1", score = { a = 2, b = 5 }, next = "goed" },
  { text = "2", score = { a = 1 }, next = "slecht" } } }
)" + std::string(kTwoEndings))));
    ASSERT_TRUE(sc);
    EXPECT_EQ(sc->competency_max[0], 2);
    EXPECT_EQ(sc->competency_max[1], 10);
    auto r = play(sc, "1");
    // a: 2/2 = 1 (weight 3), b: 5/10 = 0.5 (weight 1) -> (3 + 0.5) / 4
    EXPECT_NEAR(r.overall, 0.875, 1e-9);
    EXPECT_EQ(r.grade, lab::Grade::Good);
    r = play(sc, "2");
    EXPECT_NEAR(r.overall, 3 * 0.5 / 4, 1e-9);
    EXPECT_EQ(r.grade, lab::Grade::Insufficient);
}

TEST(Format, GradeThresholdsAreInclusive) {
    TempDir d;
    auto sc = ok(load_text(d, scenario_with(R"(
competency "a" { max = 20 }
node "begin" { text = "x", choices = {
  { text = "11", score = { a = 11 }, next = "goed" },
  { text = "16", score = { a = 16 }, next = "goed" },
  { text = "10", score = { a = 10 }, next = "goed" } } }
ending "goed" { outcome = "good" })")));
    ASSERT_TRUE(sc);
    EXPECT_EQ(play(sc, "1").grade, lab::Grade::Sufficient);  // 0.55 exactly
    EXPECT_EQ(play(sc, "2").grade, lab::Grade::Good);       // 0.80 exactly
    EXPECT_EQ(play(sc, "3").grade, lab::Grade::Insufficient);
}

TEST(Format, WhenHidesChoicesAndNumbersFollowWhatIsShown) {
    TempDir d;
    auto sc = ok(load_text(d, scenario_with(R"(
meter "spanning" { min = 0, max = 10, start = 2 }
node "begin" { text = "x", choices = {
  { text = "verborgen", when = function(s) return s.spanning >= 8 end, next = "slecht" },
  { text = "zichtbaar", next = "goed" } } }
)" + std::string(kTwoEndings))));
    ASSERT_TRUE(sc);
    auto r = play(sc, "1");  // the first shown is "zichtbaar"
    EXPECT_EQ(r.ending, "goed");
}

TEST(Format, NextAsFunction) {
    TempDir d;
    auto sc = ok(load_text(d, scenario_with(R"(
meter "v" { min = 0, max = 10, start = 5 }
node "begin" { text = "x", choices = {
  { text = "a", effects = { v = 3 }, next = function(s) if s.v > 6 then return "goed" end return "slecht" end },
  { text = "b", effects = { v = -3 }, next = function(s) if s.v > 6 then return "goed" end return "slecht" end } } }
)" + std::string(kTwoEndings))));
    ASSERT_TRUE(sc);
    EXPECT_EQ(play(sc, "1").ending, "goed");
    EXPECT_EQ(play(sc, "2").ending, "slecht");
}

TEST(Format, TextMoodAndFeedbackAsFunctions) {
    TempDir d;
    auto sc = ok(load_text(d, scenario_with(R"(
character "vader" { name = "Marco" }
meter "spanning" { min = 0, max = 10, start = 8 }
node "begin" { speaker = "vader",
  mood = function(s) return s.spanning > 7 and "boos" or "gespannen" end,
  text = function(s) return "Spanning " .. s.spanning end,
  choices = { { text = "a", effects = { spanning = -5 }, feedback = function(s) return "nu " .. s.spanning end, next = "twee" } } }
node "twee" { speaker = "vader", mood = function(s) return s.spanning > 7 and "boos" or "gespannen" end, text = "ok", next = "goed" }
ending "goed" { outcome = "good", text = function(s) return "eind " .. s.spanning end })")));
    ASSERT_TRUE(sc);
    lab::Session s(sc, 1);
    EXPECT_EQ(s.current().arrival.mood, lab::Mood::Boos);
    EXPECT_EQ(s.text_of(s.current(), "nl"), "Spanning 8");
    s.choose(0);
    EXPECT_EQ(s.feedback_of(s.steps()[0], "nl"), "nu 3");
    EXPECT_EQ(s.current().arrival.mood, lab::Mood::Gespannen);
    s.advance();
    EXPECT_EQ(s.text_of(s.current(), "nl"), "eind 3");
}

TEST(Format, EffectFunctionSetsMetersClampedAndFlags) {
    TempDir d;
    auto sc = ok(load_text(d, scenario_with(R"(
meter "v" { min = 0, max = 10, start = 5 }
node "begin" { text = "x", effect = function(s) s.v = s.v * 100 end, choices = {
  { text = "a", effects = { v = -1 }, effect = function(s) s.flags.klaar = true; s.v = s.v - 2 end, next = "goed" } } }
ending "goed" { outcome = "good" })")));
    ASSERT_TRUE(sc);
    lab::Session s(sc, 1);
    EXPECT_EQ(s.state().meters[0], 10);
    s.choose(0);
    EXPECT_EQ(s.state().meters[0], 7);  // effects first (10-1), then effect (-2)
    auto r = s.result();
    ASSERT_EQ(r.flags.size(), 1u);
    EXPECT_TRUE(std::get<bool>(r.flags[0].second));
}

TEST(Format, TranslationsWithFallbackToScenarioLanguage) {
    TempDir d;
    auto sc = ok(load_text(d, scenario_with(R"(
node "begin" { text = { nl = "Hallo", en = "Hello" }, choices = { { text = { nl = "Ja" }, next = "goed" } } }
ending "goed" { outcome = "good" })", "language = \"nl\",")));
    ASSERT_TRUE(sc);
    lab::Session s(sc, 1);
    EXPECT_EQ(s.text_of(s.current(), "en"), "Hello");
    EXPECT_EQ(s.text_of(s.current(), "nl"), "Hallo");
    EXPECT_EQ(s.choice_text(s.current(), 0, "en"), "Ja");  // no en: falls back to nl
}

TEST(Format, InterpolationOfVarsCharactersAndLiteralBrace) {
    TempDir d;
    auto sc = ok(load_text(d, scenario_with(R"(
character "vader" { name = "Marco Bakker" }
node "begin" { text = "{vader} over {kind}: {{niet} vervangen", next = "goed" }
ending "goed" { outcome = "good" })", "vars = { kind = \"Daan\" },")));
    ASSERT_TRUE(sc);
    lab::Session s(sc, 1);
    EXPECT_EQ(s.text_of(s.current(), "nl"), "Marco Bakker over Daan: {niet} vervangen");
}

TEST(Format, TimeoutGoesToItsNextAndCountsAsATurn) {
    TempDir d;
    auto sc = ok(load_text(d, scenario_with(R"(
node "begin" { text = "x", timeout = { seconds = 20, next = "stilte" }, choices = { { text = "a", next = "slecht" } } }
node "stilte" { text = "...", next = "goed" }
)" + std::string(kTwoEndings))));
    ASSERT_TRUE(sc);
    lab::Session s(sc, 1);
    EXPECT_TRUE(s.has_timeout());
    EXPECT_EQ(s.timeout_seconds(), 20);
    auto r = play(sc, "t");
    EXPECT_EQ(r.ending, "goed");
    EXPECT_EQ(r.turns, 1);
    EXPECT_EQ(r.choices, std::vector<std::string>{"t"});
}

TEST(Format, ShuffleIsSeededAndStablePerAttempt) {
    TempDir d;
    std::string choices;
    for (int i = 0; i < 6; ++i) choices += "{ text = \"c" + std::to_string(i) + "\", next = \"goed\" },";
    auto sc = ok(load_text(d, scenario_with("node \"begin\" { text = \"x\", choices = {" + choices + "} }\nending \"goed\" { outcome = \"good\" }",
                                            "shuffle = true,")));
    ASSERT_TRUE(sc);
    lab::Session a(sc, 1), b(sc, 1), c(sc, 2);
    EXPECT_EQ(a.current().arrival.offered, b.current().arrival.offered);
    std::vector<int> sorted = a.current().arrival.offered;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(sorted, (std::vector<int>{0, 1, 2, 3, 4, 5}));
    bool differs = false;
    for (uint64_t seed = 2; seed < 8 && !differs; ++seed)
        differs = lab::Session(sc, seed).current().arrival.offered != a.current().arrival.offered;
    EXPECT_TRUE(differs);
}

TEST(Format, NodeWithChoicesAndNextUsesNextWhenNoChoiceApplies) {
    TempDir d;
    auto sc = ok(load_text(d, scenario_with(R"(
node "begin" { text = "x", next = "goed", choices = { { text = "nooit", when = function(s) return false end, next = "slecht" } } }
)" + std::string(kTwoEndings))));
    ASSERT_TRUE(sc);
    lab::Session s(sc, 1);
    EXPECT_EQ(s.phase(), Phase::Talking);
    EXPECT_EQ(play(sc, "").ending, "goed");
}

TEST(Format, DeadEndAtRunTimeEndsAsStuck) {
    TempDir d;
    auto l = load_text(d, scenario_with(R"(
meter "v" { min = 0, max = 10, start = 5 }
node "begin" { text = "x", choices = { { text = "a", effects = { v = -5 }, next = "twee" }, { text = "b", next = "twee" } } }
node "twee" { text = "y", choices = { { text = "c", when = function(s) return s.v > 2 end, next = "goed" } } }
ending "goed" { outcome = "good" })"));
    ASSERT_TRUE(l.scenario) << messages(l);
    EXPECT_TRUE(has(l, "warning")) << messages(l);  // possible dead end
    auto r = play(l.scenario, "1");
    EXPECT_EQ(r.outcome, Outcome::Stuck);
    EXPECT_TRUE(r.ending.empty());
}

TEST(Format, EndingOutcomesAreReported) {
    TempDir d;
    auto sc = ok(load_text(d, scenario_with(R"(
node "begin" { text = "x", choices = { { text = "a", next = "m" } } }
ending "m" { title = "Gemengd", outcome = "mixed" })")));
    ASSERT_TRUE(sc);
    auto r = play(sc, "1");
    EXPECT_EQ(r.ending, "m");
    EXPECT_EQ(r.outcome, Outcome::Mixed);
}

TEST(Format, StateProxyVisitsScoreTurnTaggedRandomVars) {
    TempDir d;
    auto sc = ok(load_text(d, scenario_with(R"(
competency "c" { max = 10 }
node "begin" { text = function(s) return "v" .. s.visits.begin .. " t" .. s.turn .. " s" .. s.score.c .. " g" .. s.tagged("lsd") .. " k" .. s.vars.kind end,
  choices = { { text = "a", tags = { "lsd" }, score = { c = 2 }, next = function(s) if s.visits.begin < 2 then return "begin" end return "twee" end } } }
node "twee" { text = function(s) return "r" .. s.random(1, 6) end, next = "goed" }
ending "goed" { outcome = "good" })", "vars = { kind = \"Daan\" },")));
    ASSERT_TRUE(sc);
    lab::Session s(sc, 3);
    EXPECT_EQ(s.text_of(s.current(), "nl"), "v1 t0 s0 g0 kDaan");
    s.choose(0);
    EXPECT_EQ(s.text_of(s.current(), "nl"), "v2 t1 s2 g1 kDaan");
    s.choose(0);
    std::string roll = s.text_of(s.current(), "nl");
    ASSERT_EQ(roll.size(), 2u);
    EXPECT_GE(roll[1], '1');
    EXPECT_LE(roll[1], '6');
    lab::Session again(sc, 3);
    again.choose(0);
    again.choose(0);
    EXPECT_EQ(again.text_of(again.current(), "nl"), roll);  // same seed, same roll
}

TEST(Format, UnknownNamesInTheStateAreErrorsNotNil) {
    TempDir d;
    lab::LoadOptions no_analysis;
    no_analysis.analyse = false;
    for (const char* expr : {"s.vertrouwn", "s.score.onbekend", "s.vars.onbekend", "s.visits.onbekend"}) {
        auto l = load_text(d, scenario_with(std::string(R"(
meter "vertrouwen" { min = 0, max = 10, start = 5 }
node "begin" { text = "x", choices = { { text = "a",
  when = function(s) return )") + expr + R"( ~= nil end, next = "goed" } } }
ending "goed" { outcome = "good" })"), "s.lua", no_analysis);
        ASSERT_TRUE(l.scenario) << messages(l);
        lab::Session s(l.scenario, 1);
        ASSERT_EQ(s.phase(), Phase::Failed) << expr;
        EXPECT_EQ(s.error()->line, 5) << expr;  // the line of the when
        EXPECT_NE(s.error()->file.find("s.lua"), std::string::npos);
    }
    // And check finds it by playing the scenario through, with a suggestion.
    auto l = load_text(d, scenario_with(R"(
meter "vertrouwen" { min = 0, max = 10, start = 5 }
node "begin" { text = "x", choices = { { text = "a", when = function(s) return s.vertrouwn > 1 end, next = "goed" } } }
ending "goed" { outcome = "good" })"));
    EXPECT_TRUE(l.diagnostics.has_errors());
    EXPECT_TRUE(has(l, "s.lua:4: error:")) << messages(l);
    EXPECT_TRUE(has(l, "did you mean \"vertrouwen\"")) << messages(l);
}

TEST(Format, AssigningStateOutsideEffectIsAnError) {
    TempDir d;
    lab::LoadOptions no_analysis;
    no_analysis.analyse = false;
    auto l = load_text(d, scenario_with(R"(
meter "v" { min = 0, max = 10, start = 5 }
node "begin" { text = function(s) s.v = 1; return "x" end, next = "goed" }
ending "goed" { outcome = "good" })"), "s.lua", no_analysis);
    ASSERT_TRUE(l.scenario);
    lab::Session s(l.scenario, 1);
    EXPECT_EQ(s.phase(), Phase::Failed);
    EXPECT_NE(s.error()->message.find("effect"), std::string::npos);
}

TEST(Format, IncludeInsideTheScenarioFolder) {
    TempDir d;
    d.write("gesprek/deel2.lua", R"(node "twee" { text = "Deel twee", next = "goed" }
ending "goed" { outcome = "good" })");
    d.write("gesprek/scenario.lua", scenario_with(R"(include "deel2.lua"
node "begin" { text = "x", next = "twee" })"));
    lab::set_message_language("en");
    auto l = lab::load_scenario((d.path / "gesprek").string());
    ASSERT_TRUE(l.scenario) << messages(l);
    EXPECT_EQ(play(l.scenario, "").ending, "goed");
}

TEST(Format, DeclarationIdsRejectCapitalsAndSpaces) {
    TempDir d;
    auto l = load_text(d, scenario_with(R"(node "Begin Hier" { text = "x", next = "goed" }
node "begin" { text = "x", next = "goed" }
ending "goed" { outcome = "good" })"));
    EXPECT_FALSE(l.scenario);
    EXPECT_TRUE(has(l, "s.lua:2: error:")) << messages(l);
}

TEST(Format, DeterministicSameSeedSameChoicesSameResult) {
    TempDir d;
    auto sc = ok(load_text(d, scenario_with(R"(
meter "v" { min = 0, max = 100, start = 50 }
node "begin" { text = "x", effect = function(s) s.v = s.v + s.random(-10, 10) end,
  choices = { { text = "a", next = "begin", when = function(s) return s.turn < 5 end }, { text = "b", next = "goed" } } }
ending "goed" { outcome = "good" })")));
    ASSERT_TRUE(sc);
    auto a = play(sc, "1,1,1,2", 42), b = play(sc, "1,1,1,2", 42);
    EXPECT_EQ(lab::result_json(a), lab::result_json(b));
}

TEST(Format, RunJsonHasTheContractShape) {
    TempDir d;
    auto sc = ok(load_text(d, scenario_with(R"(
meter "vertrouwen" { min = 0, max = 10, start = 5 }
competency "helderheid" { weight = 2 }
node "begin" { text = "x", choices = { { text = "a", effects = { vertrouwen = 2 }, set = { genoemd = true }, score = { helderheid = 5 }, next = "goed" },
                                       { text = "b", score = { helderheid = 8 }, next = "goed" } } }
ending "goed" { outcome = "good" })")));
    ASSERT_TRUE(sc);
    std::string j = lab::result_json(play(sc, "1"));
    for (const char* key : {"\"scenario\": \"t\"", "\"version\": 1", "\"seed\": 1", "\"ending\": \"goed\"", "\"outcome\": \"good\"", "\"turns\": 1",
                            "\"path\"", "\"choices\"", "\"vertrouwen\": 7", "\"genoemd\": true", "\"raw\": 5", "\"max\": 8",
                            "\"percent\": 0.625", "\"overall\": 0.625", "\"grade\": \"voldoende\""})
        EXPECT_NE(j.find(key), std::string::npos) << key << "\n" << j;
    // Keys in the order of cli.md.
    EXPECT_LT(j.find("\"scenario\""), j.find("\"version\""));
    EXPECT_LT(j.find("\"competencies\""), j.find("\"overall\""));
    EXPECT_LT(j.find("\"overall\""), j.find("\"grade\""));
}

TEST(Format, EndingGradeCapLimitsTheGrade) {
    TempDir d;
    auto sc = ok(load_text(d, scenario_with(R"(
competency "c" { }
node "begin" { text = "x", choices = {
  { text = "goed maar fout einde", score = { c = 2 }, next = "lek" },
  { text = "goed", score = { c = 2 }, next = "goed" } } }
ending "lek" { outcome = "bad", grade_cap = "onvoldoende" }
ending "goed" { outcome = "good" })")));
    ASSERT_TRUE(sc);
    auto capped = play(sc, "1");
    EXPECT_NEAR(capped.overall, 1.0, 1e-9);
    EXPECT_EQ(capped.grade, lab::Grade::Insufficient);
    EXPECT_TRUE(capped.grade_capped);
    EXPECT_EQ(play(sc, "2").grade, lab::Grade::Good);
}

TEST(Format, TimeoutCanScoreAndGiveFeedbackLikeAChoice) {
    TempDir d;
    auto sc = ok(load_text(d, scenario_with(R"(
competency "luisteren" { }
meter "openheid" { min = 0, max = 10, start = 3 }
node "begin" { text = "Ik weet niet...", choices = { { text = "Zeg het maar.", score = { luisteren = -1 }, next = "goed" } },
  timeout = { seconds = 10, next = "goed", score = { luisteren = 2 }, effects = { openheid = 4 }, set = { stil = true },
              tags = { "stilte" }, feedback = "Goed: je liet de stilte vallen." } }
ending "goed" { outcome = "good" })")));
    ASSERT_TRUE(sc);
    EXPECT_EQ(sc->competency_max[0], 2);  // the silence is the best move
    lab::Session s(sc, 1);
    s.timeout();
    EXPECT_EQ(s.state().scores[0], 2);
    EXPECT_EQ(s.state().meters[0], 7);
    EXPECT_EQ(s.state().tag_counts[0], 1);
    EXPECT_EQ(s.feedback_of(s.steps()[0], "nl"), "Goed: je liet de stilte vallen.");
    EXPECT_EQ(s.result().grade, lab::Grade::Good);
}
