// The command line as a contract (cli.md): exit codes, streams, JSON shape.
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <nlohmann/json.hpp>
#include <cstdio>
#include <string>

#include "helpers.h"
#include "store/store.h"

namespace {

struct Output {
    int status = -1;
    std::string out, err;
};

// Runs the gesprekslab binary with `args`, capturing stdout and stderr.
Output run_cli(const std::string& args) {
    labtest::TempDir d;
    std::string err_file = (d.path / "err").string();
    std::string cmd = std::string(LAB_BINARY) + " " + args + " 2>" + err_file + " </dev/null";
    Output o;
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return o;
    std::array<char, 4096> buf{};
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) o.out.append(buf.data(), n);
    int rc = pclose(p);
    o.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    std::ifstream e(err_file);
    o.err.assign(std::istreambuf_iterator<char>(e), {});
    return o;
}

const std::string kTutorial = std::string(LAB_SOURCE_DIR) + "/scenarios/tutorial.lua";

}  // namespace

TEST(Cli, HelpExplainsEverySubcommand) {
    Output o = run_cli("--help");
    EXPECT_EQ(o.status, 0);
    for (const char* sub : {"check", "run", "play", "test", "analyze", "graph", "simulate"})
        EXPECT_NE(o.out.find(sub), std::string::npos) << sub << "\n" << o.out;
    Output r = run_cli("run --help");
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.out.find("--choices"), std::string::npos);
}

TEST(Cli, UnknownSubcommandOrOptionIsAUsageError) {
    EXPECT_EQ(run_cli("frobnicate").status, 2);
    EXPECT_EQ(run_cli("run --nonsense x").status, 2);
    EXPECT_EQ(run_cli("check").status, 2);  // PATH required
}

TEST(Cli, CheckOfTheShippedScenariosIsClean) {
    Output o = run_cli("check " + std::string(LAB_SOURCE_DIR) + "/scenarios");
    EXPECT_EQ(o.status, 0) << o.err;
    EXPECT_EQ(o.err.find("error"), std::string::npos) << o.err;
    EXPECT_EQ(o.err.find("warning"), std::string::npos) << o.err;
}

TEST(Cli, CheckOfABrokenScenarioExitsOneWithLocatedMessagesOnStderr) {
    labtest::TempDir d;
    std::string path = d.write("kapot.lua", "scenario { id = \"k\", start = \"begin\" }\nnode \"begin\" { text = \"x\", next = \"advise\" }\nnode \"advies\" { text = \"y\", next = \"begin\" }\n");
    Output o = run_cli("check " + path);
    EXPECT_EQ(o.status, 1);
    EXPECT_NE(o.err.find("kapot.lua:2: error:"), std::string::npos) << o.err;
    EXPECT_NE(o.err.find("bedoel je \"advies\""), std::string::npos) << o.err;
    Output en = run_cli("check --lang en " + path);
    EXPECT_NE(en.err.find("did you mean \"advies\""), std::string::npos) << en.err;
}

TEST(Cli, CheckOfAMissingPathIsAnInputError) {
    Output o = run_cli("check /nonexistent/none.lua");
    EXPECT_EQ(o.status, 1);
    EXPECT_FALSE(o.err.empty());
}

TEST(Cli, RunJsonPrintsTheResultOnStdout) {
    Output o = run_cli("run " + kTutorial + " --choices 1 --json");
    EXPECT_EQ(o.status, 0) << o.err;
    auto j = nlohmann::json::parse(o.out, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << o.out;
    for (const char* k : {"scenario", "version", "seed", "ending", "outcome", "turns", "path", "choices", "meters", "flags", "competencies", "overall", "grade"})
        EXPECT_TRUE(j.contains(k)) << k;
    EXPECT_EQ(j["scenario"], "tutorial");
    EXPECT_EQ(j["outcome"], "unfinished");  // one choice does not finish it
    EXPECT_EQ(j["turns"], 1);
}

TEST(Cli, RunJsonHasTheMomentsAndTheBestPathSuggestsNothing) {
    Output a = run_cli("analyze " + kTutorial + " --json");
    ASSERT_EQ(a.status, 0) << a.err;
    const auto analysis = nlohmann::json::parse(a.out);
    std::string best;
    for (const auto& p : analysis["best_path"]) best += (best.empty() ? "" : ",") + (p.is_string() ? p.get<std::string>() : std::to_string(p.get<int>()));
    Output o = run_cli("run " + kTutorial + " --choices " + best + " --json");
    ASSERT_EQ(o.status, 0) << o.err;
    auto j = nlohmann::json::parse(o.out);
    ASSERT_TRUE(j["moments"].is_array());
    EXPECT_EQ(j["moments"].size(), j["choices"].size());
    for (const auto& m : j["moments"]) EXPECT_TRUE(m["better"].is_null()) << m;
}

TEST(Cli, AnalyzeTakesATimeBudget) {
    Output o = run_cli("analyze " + kTutorial + " --max-seconds 30 --json");
    EXPECT_EQ(o.status, 0) << o.err;
    EXPECT_EQ(nlohmann::json::parse(o.out)["complete"], true);
    EXPECT_EQ(run_cli("analyze " + kTutorial + " --max-seconds 0").status, 2);
    EXPECT_EQ(run_cli("check " + kTutorial + " --max-seconds -1").status, 2);
}

TEST(Cli, InvalidPickExitsOneNamingStepAndOfferedChoices) {
    Output o = run_cli("run " + kTutorial + " --choices 1,9");
    EXPECT_EQ(o.status, 1);
    EXPECT_TRUE(o.err.find("stap 2") != std::string::npos || o.err.find("step 2") != std::string::npos) << o.err;
    EXPECT_NE(o.err.find("9"), std::string::npos) << o.err;
}

TEST(Cli, MalformedChoicesAreAUsageError) {
    EXPECT_EQ(run_cli("run " + kTutorial + " --choices 1,x").status, 2);
}

TEST(Cli, PlayReadsChoicesFromInputAndShowsTheDebrief) {
    labtest::TempDir d;
    std::string path = d.write("p.lua", labtest::scenario_with(
        "competency \"c\" { }\nnode \"begin\" { text = \"Goedemiddag.\", choices = { { text = \"Dag!\", score = { c = 1 }, feedback = \"Mooi begin.\", next = \"goed\" } } }\nending \"goed\" { title = \"Klaar\", outcome = \"good\" }"));
    std::string cmd = std::string("printf '1\\n' | ") + LAB_BINARY + " play " + path + " 2>&1";
    FILE* p = popen(cmd.c_str(), "r");
    ASSERT_TRUE(p);
    std::string out;
    std::array<char, 4096> buf{};
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
    EXPECT_EQ(WEXITSTATUS(pclose(p)), 0);
    EXPECT_NE(out.find("Goedemiddag."), std::string::npos) << out;
    EXPECT_NE(out.find("Mooi begin."), std::string::npos) << out;
    EXPECT_NE(out.find("Klaar"), std::string::npos) << out;
    EXPECT_NE(out.find("goed"), std::string::npos) << out;
}

TEST(Cli, HostileScenarioEndsWithExitOneAndALocatedMessage) {
    labtest::TempDir d;
    std::string path = d.write("lus.lua", "scenario { id = \"l\", start = \"begin\" }\nwhile true do end\n");
    Output o = run_cli("run " + path + " --choices 1");
    EXPECT_EQ(o.status, 1);
    EXPECT_NE(o.err.find("lus.lua:2: error:"), std::string::npos) << o.err;
}

// Runs `input | gesprekslab args`, returning the exit status and all output.
Output run_with_input(const std::string& input, const std::string& args) {
    labtest::TempDir d;
    const std::string in = d.write("input.txt", input);
    const std::string err_file = (d.path / "err").string();
    Output o;
    FILE* p = popen((std::string(LAB_BINARY) + " " + args + " <" + in + " 2>" + err_file).c_str(), "r");
    if (!p) return o;
    std::array<char, 4096> buf{};
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) o.out.append(buf.data(), n);
    const int rc = pclose(p);
    o.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    std::ifstream e(err_file);
    o.err.assign(std::istreambuf_iterator<char>(e), {});
    return o;
}

TEST(Cli, PlayHelpTellsHowToRecord) {
    Output o = run_cli("play --help");
    EXPECT_EQ(o.status, 0);
    for (const char* opt : {"--record", "--student", "--data", "--mode"}) EXPECT_NE(o.out.find(opt), std::string::npos) << opt << "\n" << o.out;
}

TEST(Cli, PlayRecordKeepsTheAttemptWithTheStudentsName) {
    labtest::TempDir data;
    const std::string gesprek = std::string(LAB_SOURCE_DIR) + "/tests/app/data/gesprek.lua";
    // Three answers, then Enter past the grandmother's line to the ending.
    Output o = run_with_input("1\n1\n1\n\n", "play " + gesprek + " --record --student \"Sanne de Vries\" --data " + data.path.string());
    EXPECT_EQ(o.status, 0) << o.err;
    EXPECT_NE(o.out.find("Goed: je maakt tijd."), std::string::npos) << o.out;  // practice: feedback as you go
    EXPECT_NE(o.err.find("gesprekslab.db"), std::string::npos) << o.err;        // says where it is kept
    auto store = lab::Store::open(data.path.string());
    ASSERT_TRUE(store);
    auto list = store->attempts();
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].student, "Sanne de Vries");
    EXPECT_EQ(list[0].status, lab::AttemptStatus::Finished);
    EXPECT_EQ(list[0].mode, lab::Mode::Practice);
    EXPECT_EQ(list[0].turns, 3);
    EXPECT_EQ(list[0].grade, lab::Grade::Good);
    auto rec = store->load_attempt(list[0].id);
    ASSERT_TRUE(rec);
    ASSERT_GE(rec->events.size(), 3u);
    EXPECT_EQ(rec->events[0].choice_text.get("nl", "nl"), "Natuurlijk, kom binnen.");
}

TEST(Cli, PlayRecordInATestGivesNoFeedbackUntilTheEndAndKeepsAnUnfinishedAttempt) {
    labtest::TempDir data;
    const std::string gesprek = std::string(LAB_SOURCE_DIR) + "/tests/app/data/gesprek.lua";
    // One answer, then "r" (no going back in a test) and quit.
    Output o = run_with_input("1\nr\nq\n", "play " + gesprek + " --record --mode toets --student Daan --data " + data.path.string());
    EXPECT_EQ(o.status, 0) << o.err;
    EXPECT_EQ(o.out.find("Goed: je maakt tijd."), std::string::npos) << o.out;
    auto store = lab::Store::open(data.path.string());
    ASSERT_TRUE(store);
    auto open = store->unfinished("Daan");
    ASSERT_EQ(open.size(), 1u);  // offered for resuming in the app
    EXPECT_EQ(open[0].mode, lab::Mode::Test);
    EXPECT_EQ(open[0].turns, 1);
}


// [SECTION] hardening: what the fuzzing campaign found (issue 12)

namespace {

namespace fs = std::filesystem;

// Runs `gesprekslab args < input_path` (a device or pipe), capturing stderr.
Output run_from(const std::string& input_path, const std::string& args) {
    labtest::TempDir d;
    const std::string err_file = (d.path / "err").string();
    Output o;
    FILE* p = popen((std::string(LAB_BINARY) + " " + args + " <" + input_path + " 2>" + err_file).c_str(), "r");
    if (!p) return o;
    std::array<char, 4096> buf{};
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) o.out.append(buf.data(), n);
    const int rc = pclose(p);
    o.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    std::ifstream e(err_file);
    o.err.assign(std::istreambuf_iterator<char>(e), {});
    return o;
}

std::vector<std::string> names_in(const fs::path& dir) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

bool has_control_character(const std::string& s, const std::string& allowed = "") {
    for (unsigned char c : s)
        if ((c < 0x20 || c == 0x7F) && allowed.find(char(c)) == std::string::npos) return true;
    return false;
}

}  // namespace

TEST(Cli, ReadingCommandsLeaveADamagedDatabaseAloneAndSaySo) {
    labtest::TempDir data;
    const std::string garbage = "SQLite format 3" + std::string(5000, '\x5a');
    data.write("gesprekslab.db", garbage);
    const std::string dir = " --data " + data.path.string();
    for (const std::string& cmd : std::vector<std::string>{"attempts", "attempts --json", "export", "xapi", "report 1 -o " + (data.path / "r.html").string()}) {
        Output o = run_cli(cmd + dir);
        EXPECT_EQ(o.status, 1) << cmd << "\n" << o.err;
        EXPECT_NE(o.err.find("beschadigd"), std::string::npos) << cmd << "\n" << o.err;
        EXPECT_NE(o.err.find("niets aan veranderd"), std::string::npos) << cmd << "\n" << o.err;
    }
    // Nothing moved aside, nothing new: the damaged file is as it was.
    EXPECT_EQ(names_in(data.path), std::vector<std::string>{"gesprekslab.db"});
    std::ifstream in(data.path / "gesprekslab.db", std::ios::binary);
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), garbage);
}

TEST(Cli, NumbersOutOfRangeAreUsageErrorsNamingTheOption) {
    labtest::TempDir d;
    const std::string png = " -o " + (d.path / "s.png").string();
    const std::pair<std::string, const char*> cases[] = {
        {"analyze " + kTutorial + " --max-states -5", "--max-states"},
        {"analyze " + kTutorial + " --max-states 0", "--max-states"},
        {"check " + kTutorial + " --max-states 12abc", "--max-states"},
        {"run " + kTutorial + " --choices 1 --seed -1", "--seed"},
        {"run " + kTutorial + " --choices 1 --seed 99999999999999999999999", "--seed"},
        {"simulate " + kTutorial + " --runs 10 --seed -1", "--seed"},
        {"simulate " + kTutorial + " --runs -10", "--runs"},
        {"shot " + kTutorial + " --size 1280x800x3" + png, "--size"},
        {"shot " + kTutorial + " --size 1280x" + png, "--size"},
    };
    for (const auto& [args, option] : cases) {
        Output o = run_cli(args);
        EXPECT_EQ(o.status, 2) << args << "\n" << o.err;
        EXPECT_NE(o.err.find(option), std::string::npos) << args << "\n" << o.err;
    }
    EXPECT_FALSE(fs::exists(d.path / "s.png"));
    // The largest seed there is still plays.
    Output big = run_cli("run " + kTutorial + " --choices 1 --json --seed 18446744073709551615");
    EXPECT_EQ(big.status, 0) << big.err;
    EXPECT_NE(big.out.find("\"seed\": 18446744073709551615"), std::string::npos) << big.out;
}

TEST(Cli, AnAttemptNumberTooLargeIsSaidPlainly) {
    labtest::TempDir data;
    ASSERT_EQ(run_cli("run " + kTutorial + " --choices 1 --record --data " + data.path.string()).status, 0);
    const std::string huge = "999999999999999999999";
    for (const std::string& cmd : std::vector<std::string>{"report " + huge + " -o " + (data.path / "r.html").string(), "xapi " + huge}) {
        Output o = run_cli(cmd + " --data " + data.path.string());
        EXPECT_EQ(o.status, 1) << cmd << "\n" << o.err;
        EXPECT_NE(o.err.find(huge + " is geen nummer van een poging (te groot)"), std::string::npos) << o.err;
        EXPECT_EQ(o.err.find("stoll"), std::string::npos) << o.err;
    }
    Output e = run_cli("export " + huge + " --data " + data.path.string());
    EXPECT_EQ(e.status, 2) << e.err;
    EXPECT_NE(e.err.find("geen nummer van een poging"), std::string::npos) << e.err;
}

TEST(Cli, EscapeCodesInANameReachNeitherTheTerminalNorTheCsv) {
    labtest::TempDir data;
    const std::string dir = " --data " + data.path.string();
    // ESC [31m (red) and BEL in the student's name.
    Output rec = run_cli("run " + kTutorial + " --choices 1,2,1,3,1,3 --record --student \"$(printf '\\033[31mRood\\007')\"" + dir);
    ASSERT_EQ(rec.status, 0) << rec.err;
    Output list = run_cli("attempts" + dir);
    EXPECT_EQ(list.status, 0) << list.err;
    EXPECT_NE(list.out.find("[31mRood"), std::string::npos) << list.out;
    EXPECT_FALSE(has_control_character(list.out, "\n")) << list.out;
    // JSON keeps the name as it was given (escaped, so harmless on a terminal).
    Output json = run_cli("attempts --json" + dir);
    EXPECT_FALSE(has_control_character(json.out, "\n")) << json.out;
    EXPECT_EQ(nlohmann::json::parse(json.out)[0]["student"], "\x1b[31mRood\x07");
    const std::string exp = (data.path / "e.json").string(), csv = (data.path / "c.csv").string();
    ASSERT_EQ(run_cli("export -o " + exp + dir).status, 0);
    Output klass = run_cli("class " + exp + " --csv " + csv);
    ASSERT_EQ(klass.status, 0) << klass.err;
    std::ifstream in(csv, std::ios::binary);
    const std::string text(std::istreambuf_iterator<char>(in), {});
    EXPECT_NE(text.find("[31mRood,tutorial"), std::string::npos) << text;
    EXPECT_FALSE(has_control_character(text, "\r\n")) << text;
}

TEST(Cli, PlayWhoseInputEndsAtTheLastNarrationKeepsTheFinishedAttemptItShowed) {
    labtest::TempDir data;
    const std::string gesprek = std::string(LAB_SOURCE_DIR) + "/tests/app/data/gesprek.lua";
    // Three answers; the input ends at the grandmother's line, before the Enter to the ending.
    Output o = run_with_input("1\n1\n1\n", "play " + gesprek + " --record --student Kim --data " + data.path.string());
    EXPECT_EQ(o.status, 0) << o.err;
    EXPECT_NE(o.out.find("Jullie spreken af."), std::string::npos) << o.out;  // the ending's text
    EXPECT_NE(o.out.find("Oordeel: goed"), std::string::npos) << o.out;
    auto store = lab::Store::open(data.path.string());
    ASSERT_TRUE(store);
    auto list = store->attempts();
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].status, lab::AttemptStatus::Finished);
    EXPECT_EQ(list[0].ending, "samen");
    EXPECT_EQ(list[0].grade, lab::Grade::Good);
}

TEST(Cli, PlayStoppedBeforeTheEndShowsTheStandingWithoutAGrade) {
    labtest::TempDir data;
    const std::string gesprek = std::string(LAB_SOURCE_DIR) + "/tests/app/data/gesprek.lua";
    Output o = run_with_input("1\nq\n", "play " + gesprek + " --record --student Kim --data " + data.path.string());
    EXPECT_EQ(o.status, 0) << o.err;
    EXPECT_NE(o.out.find("Tussenstand (niet afgerond)"), std::string::npos) << o.out;
    EXPECT_EQ(o.out.find("Oordeel"), std::string::npos) << o.out;
    auto store = lab::Store::open(data.path.string());
    ASSERT_TRUE(store);
    EXPECT_EQ(store->unfinished("Kim").size(), 1u);
    // Endless input without a newline ends the input instead of hanging.
    Output zero = run_from("/dev/zero", "play " + gesprek);
    EXPECT_EQ(zero.status, 0) << zero.err;
    EXPECT_NE(zero.err.find("langer dan 4096 tekens"), std::string::npos) << zero.err;
}

TEST(Cli, ExportFilesAreReadWithinALimitAndDevicesOrPipesNeverHang) {
    labtest::TempDir d;
    const std::string fifo = (d.path / "pijp.json").string();
    ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
    const std::string big = (d.path / "groot.json").string();
    { std::ofstream(big, std::ios::binary); }
    fs::resize_file(big, (size_t(32) << 20) + 1);  // one byte past the limit (sparse)
    const std::string html = " -o " + (d.path / "r.html").string();
    const std::pair<std::string, const char*> cases[] = {
        {"report /dev/zero" + html, "/dev/zero: is geen gewoon bestand"},
        {"xapi /dev/zero", "/dev/zero: is geen gewoon bestand"},
        {"class /dev/zero" + html, "/dev/zero: is geen gewoon bestand"},
        {"report " + fifo + html, "pijp.json: is geen gewoon bestand"},
        {"class " + fifo + html, "pijp.json: is geen gewoon bestand"},
        {"report " + big + html, "groot.json: te groot (32.0 MB); Gesprekslab leest hooguit 32.0 MB"},
        {"xapi " + big, "groot.json: te groot"},
    };
    for (const auto& [args, message] : cases) {
        const auto start = std::chrono::steady_clock::now();
        Output o = run_cli(args);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        EXPECT_EQ(o.status, 1) << args << "\n" << o.err;
        EXPECT_NE(o.err.find(message), std::string::npos) << args << "\n" << o.err;
        EXPECT_LT(seconds, 5.0) << args;
    }
}
