// Naive strategies and tells: would a student who does not think pass?
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <regex>

#include "core/strategies.h"
#include "helpers.h"

using namespace labtest;

namespace {

// Two turns. The long answers are the good ones in "begin" and the bad
// one in "a"; declared order and length differ so that every strategy
// takes its own path.
const char* kTwoTurns = R"(
competency "lsd" { }
node "begin" { text = "x", choices = {
  { text = "Kort.", score = { lsd = -1 }, next = "a" },
  { text = "Een veel langer antwoord dan de rest.", score = { lsd = 2 }, next = "a" },
  { text = "Middellang antwoord.", score = { lsd = 0 }, next = "a" } } }
node "a" { text = "y", choices = {
  { text = "Goed, kort.", score = { lsd = 2 }, next = "einde" },
  { text = "Dit is het langste en het slechtste antwoord.", score = { lsd = -2 }, next = "einde" } } }
ending "einde" { outcome = "good" }
)";

std::shared_ptr<const lab::Scenario> load_ok(const TempDir& d, const std::string& text, const std::string& fields = "") {
    auto l = load_text(d, scenario_with(text, fields));
    EXPECT_TRUE(l.playable) << messages(l);
    return l.playable;
}

std::string run(const std::string& cmd) {
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return {};
    std::string out;
    std::array<char, 4096> buf{};
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
    pclose(p);
    return out;
}

}  // namespace

TEST(Strategies, LongestAndShortestPickByTheTextAStudentReads) {
    TempDir d;
    auto sc = load_ok(d, kTwoTurns);
    auto longest = lab::play_strategy(sc, lab::Strategy::Longest);
    EXPECT_EQ(longest.choices, (std::vector<std::string>{"2", "2"}));
    EXPECT_EQ(longest.ending, "einde");
    EXPECT_NEAR(longest.overall, 0.0, 1e-9);  // 2 - 2 of max 4
    EXPECT_EQ(longest.grade, lab::Grade::Insufficient);
    auto shortest = lab::play_strategy(sc, lab::Strategy::Shortest);
    EXPECT_EQ(shortest.choices, (std::vector<std::string>{"1", "1"}));
    EXPECT_NEAR(shortest.overall, 0.25, 1e-9);  // -1 + 2 of max 4
}

TEST(Strategies, LengthCountsCharactersNotBytesAndInterpolatesNames) {
    TempDir d;
    // "ééééé" is 10 bytes but 5 characters; {kind} is 4 bytes that become
    // "Alexander" (9 characters): the second option is the longer one.
    auto sc = load_ok(d, R"(
competency "c" { }
node "begin" { text = "x", choices = {
  { text = "éééééé", score = { c = 1 }, next = "e" },
  { text = "{kind}", next = "e" } } }
ending "e" { outcome = "good" })", "vars = { kind = \"Alexander\" }");
    EXPECT_EQ(lab::play_strategy(sc, lab::Strategy::Longest).choices, std::vector<std::string>{"2"});
    EXPECT_EQ(lab::play_strategy(sc, lab::Strategy::Shortest).choices, std::vector<std::string>{"1"});
}

TEST(Strategies, FirstAndLastFollowTheAuthorsOrderEvenWhenShuffled) {
    TempDir d;
    auto plain = load_ok(d, kTwoTurns);
    auto first = lab::play_strategy(plain, lab::Strategy::First);
    EXPECT_EQ(first.choices, (std::vector<std::string>{"1", "1"}));
    auto last = lab::play_strategy(plain, lab::Strategy::Last);
    EXPECT_EQ(last.choices, (std::vector<std::string>{"3", "2"}));
    EXPECT_NEAR(last.overall, 0.0, 1e-9);

    // Shuffled: the picks are display positions, but the choices taken are
    // the same declared ones, so the score is the same.
    TempDir d2;
    auto shuffled = load_ok(d2, kTwoTurns, "shuffle = true");
    auto sfirst = lab::play_strategy(shuffled, lab::Strategy::First);
    auto slast = lab::play_strategy(shuffled, lab::Strategy::Last);
    EXPECT_NEAR(sfirst.overall, first.overall, 1e-9);
    EXPECT_NEAR(slast.overall, last.overall, 1e-9);
}

TEST(Strategies, AStrategyThatLoopsForeverIsUnfinishedWithoutAGrade) {
    TempDir d;
    auto sc = load_ok(d, R"(
competency "c" { }
node "begin" { text = "x", choices = {
  { text = "Nog een keer, en dan nog een keer.", score = { c = 0 }, next = "begin" },
  { text = "Klaar.", score = { c = 1 }, next = "e" } } }
ending "e" { outcome = "good" })");
    auto run = lab::play_strategy(sc, lab::Strategy::Longest);
    EXPECT_TRUE(run.ending.empty());
    EXPECT_EQ(run.outcome, lab::Outcome::Unfinished);
    EXPECT_FALSE(run.grade);
    EXPECT_FALSE(run.passes());
    EXPECT_EQ(run.choices.size(), size_t(lab::kMaxStrategyTurns));
}

TEST(Strategies, TellsCountLoneGoodOptionsAndLongBestAnswers) {
    TempDir d;
    auto sc = load_ok(d, R"(
competency "c" { }
competency "h" { weight = 3 }
node "begin" { text = "x", choices = {
  { text = "een twee drie vier", score = { c = 1 }, next = "a" },
  { text = "een", score = { c = -1 }, next = "a" } } }
node "a" { text = "y", choices = {
  { text = "een twee", score = { h = 1 }, next = "b" },
  { text = "een twee drie vier vijf zes", score = { c = 1 }, next = "b" } } }
node "b" { text = "z", choices = {
  { text = "zelfde", next = "e" },
  { text = "ook zelfde maar langer", next = "e" } } }
ending "e" { outcome = "good" })");
    lab::Tells t = lab::count_tells(*sc);
    EXPECT_EQ(t.scored_nodes, 2);     // "b" scores all options the same
    EXPECT_EQ(t.single_positive, 1);  // "begin"; in "a" both earn points
    EXPECT_EQ(t.longest_is_best, 1);  // "begin"; in "a" the weighted best (h) is the short one
    EXPECT_NEAR(t.best_words_mean, (4 + 2) / 2.0, 1e-9);
    EXPECT_NEAR(t.other_words_mean, (1 + 6) / 2.0, 1e-9);
}

TEST(Strategies, CheckWarnsAtTheScenarioDeclarationWhenTheLongestAnswerPasses) {
    TempDir d;
    auto l = load_text(d, "\n" + scenario_with(R"(
competency "c" { }
node "begin" { text = "x", choices = {
  { text = "Het lange, goede antwoord.", score = { c = 1 }, next = "e" },
  { text = "Nee.", score = { c = -1 }, next = "e" },
  { text = "Ja.", score = { c = -1 }, next = "e" },
  { text = "Hm.", score = { c = -1 }, next = "e" },
  { text = "Oké.", score = { c = -1 }, next = "e" } } }
ending "e" { outcome = "good" })"));
    ASSERT_TRUE(l.scenario) << messages(l);
    EXPECT_TRUE(has(l, "s.lua:2: warning: a student who picks always the longest answer gets goed (100%"));
    EXPECT_TRUE(has(l, "always the first answer gets goed"));
    EXPECT_FALSE(has(l, "always the shortest answer"));
    // One answer in five passes: at least 10% is proven after a few hundred runs.
    EXPECT_TRUE(has(l, "warning: random choices pass at least")) << messages(l);
}

TEST(Strategies, CheckWarnsWhenRandomPlayPassesTooOftenOnlyWhenProven) {
    TempDir d;
    // Every path passes: random play passes always.
    auto easy = load_text(d, scenario_with(R"(
competency "c" { }
node "begin" { text = "x", choices = {
  { text = "Aaa.", score = { c = 1 }, next = "e" },
  { text = "Bbbb.", score = { c = 1 }, next = "e" },
  { text = "Ccccccc.", score = { c = 0 }, next = "a" } } }
node "a" { text = "y", choices = {
  { text = "Aaa.", score = { c = 1 }, next = "e" },
  { text = "Bbbbb.", score = { c = 1 }, next = "e" } } }
ending "e" { outcome = "good" })"), "easy.lua");
    EXPECT_TRUE(has(easy, "warning: random choices pass at least")) << messages(easy);

    // Four answers a node, one good, six nodes; a pass needs four good
    // answers: random play passes 154 of 4096 (3.8%).
    TempDir d2;
    std::string nodes = "competency \"c\" { }\n";
    for (int i = 0; i < 6; ++i) {
        std::string next = i == 5 ? "e" : "n" + std::to_string(i + 1);
        nodes += "node \"" + std::string(i == 0 ? "begin" : "n" + std::to_string(i)) + "\" { text = \"x\", choices = {\n";
        for (int k = 0; k < 4; ++k)
            nodes += "  { text = \"" + std::string(size_t(1 + (k + i) % 4), 'a') + "\", " + (k == i % 4 ? "score = { c = 1 }, " : "") + "next = \"" + next + "\" },\n";
        nodes += "} }\n";
    }
    nodes += "ending \"e\" { outcome = \"good\" }\n";
    auto hard = load_text(d2, scenario_with(nodes), "hard.lua");
    ASSERT_TRUE(hard.scenario) << messages(hard);
    EXPECT_FALSE(has(hard, "random choices")) << messages(hard);
}

TEST(Strategies, AnalyzeJsonReportsWhatPlayingTheStrategyByHandGives) {
    const std::string tutorial = std::string(LAB_SOURCE_DIR) + "/scenarios/tutorial.lua";
    auto j = nlohmann::json::parse(run(std::string(LAB_BINARY) + " analyze " + tutorial + " --json 2>/dev/null"));
    ASSERT_TRUE(j.contains("strategies"));
    ASSERT_TRUE(j.contains("tells"));
    for (const char* k : {"scored_nodes", "single_positive", "longest_is_best", "best_words_mean", "other_words_mean"})
        EXPECT_TRUE(j["tells"].contains(k)) << k;
    EXPECT_GE(j["strategies"]["random"]["runs"].get<int>(), 10000);
    for (const char* name : {"longest", "shortest", "first", "last"}) {
        const auto& s = j["strategies"][name];
        ASSERT_TRUE(s["grade"].is_string()) << name;
        // Feed the strategy's picks to `play`. Blank lines continue at
        // nodes without choices and are refused at choices (asked again).
        std::string input;
        for (const auto& c : s["choices"]) input += "\\n\\n\\n\\n" + c.get<std::string>() + "\\n";
        input += "\\n\\n\\n\\n";
        std::string out = run("printf '" + input + "' | " + LAB_BINARY + " play " + tutorial + " --lang en 2>&1");
        std::smatch m;
        ASSERT_TRUE(std::regex_search(out, m, std::regex("Overall: ([0-9]+)%\\s+Grade: ([a-z]+)"))) << name << "\n" << out;
        EXPECT_EQ(std::stoi(m[1]), int(std::lround(s["overall"].get<double>() * 100))) << name;
        EXPECT_EQ(m[2].str(), s["grade"].get<std::string>()) << name;
    }
}

TEST(Strategies, TellsListLongBestAnswersAndCountCostlySilences) {
    TempDir d;
    std::string monologue;
    for (int i = 0; i < 36; ++i) monologue += "woord ";
    auto sc = load_ok(d, R"(
competency "c" { }
node "begin" { text = "x", timeout = { seconds = 10, next = "a", score = { c = -1 } }, choices = {
  { text = ")" + monologue + R"(", score = { c = 1 }, next = "a" },
  { text = "kort", next = "a" } } }
node "a" { text = "y", timeout = { seconds = 10, next = "e" }, choices = {
  { text = "goed", score = { c = 1 }, next = "e" },
  { text = "minder goed", next = "e" } } }
ending "e" { outcome = "good" })");
    lab::Tells t = lab::count_tells(*sc);
    ASSERT_EQ(t.long_best.size(), 1u);
    EXPECT_EQ(t.long_best[0].node, "begin");
    EXPECT_EQ(t.long_best[0].choice, 1);
    EXPECT_EQ(t.long_best[0].words, 36);
    EXPECT_EQ(t.timeouts, 2);
    EXPECT_EQ(t.timeouts_costly, 1);
}
