// The command line as a contract (cli.md): exit codes, streams, JSON shape.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <array>
#include <nlohmann/json.hpp>
#include <cstdio>
#include <string>

#include "helpers.h"

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
