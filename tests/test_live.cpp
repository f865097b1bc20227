// Live authoring below the UI: reload on save, keep the path, survive errors.
#include <chrono>
#include <thread>

#include "helpers.h"
#include "script/live_scenario.h"

using namespace labtest;

namespace {
const char* kV1 = R"(scenario { id = "live", start = "begin" }
node "begin" { text = "Versie 1", choices = { { text = "verder", next = "twee" } } }
node "twee" { text = "Twee", choices = { { text = "klaar", next = "einde" } } }
ending "einde" { outcome = "good" }
)";

// Rewrites a file so that its stamp surely changes (size or time).
void save(const TempDir& d, const std::string& name, const std::string& text) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    d.write(name, text);
}
}  // namespace

TEST(LiveScenario, NoticesASaveAndKeepsTheStudentsPath) {
    TempDir d;
    d.write("s.lua", kV1);
    lab::LiveScenario live((d.path / "s.lua").string());
    ASSERT_TRUE(live.scenario());
    EXPECT_FALSE(live.changed());
    lab::Session s(live.scenario(), 1);
    s.choose(0);
    std::string text = kV1;
    text.replace(text.find("\"Twee\""), 6, "\"Twee, nu anders\"");
    save(d, "s.lua", text);
    EXPECT_TRUE(live.changed());
    std::string problem;
    auto again = live.reload(&s, &problem);
    ASSERT_TRUE(again);
    EXPECT_TRUE(problem.empty()) << problem;
    EXPECT_EQ(again->scenario().target_id(again->current().arrival.at), "twee");
    EXPECT_EQ(again->text_of(again->current(), "nl"), "Twee, nu anders");
    EXPECT_FALSE(live.changed());
}

TEST(LiveScenario, ABrokenSaveShowsDiagnosticsAndKeepsTheLastGoodVersion) {
    TempDir d;
    d.write("s.lua", kV1);
    lab::LiveScenario live((d.path / "s.lua").string());
    auto good = live.scenario();
    lab::Session s(good, 1);
    save(d, "s.lua", std::string(kV1) + "node \"kapot\" { text = \"x\", next = \"nergens\" }\n");
    std::string problem;
    EXPECT_EQ(live.reload(&s, &problem), nullptr);
    EXPECT_TRUE(live.latest_failed());
    EXPECT_EQ(live.scenario(), good);
    ASSERT_FALSE(live.diagnostics().all().empty());
    EXPECT_EQ(live.diagnostics().all()[0].line, 5);
}

TEST(LiveScenario, WhenTheOldPathNoLongerFitsTheReplayStopsThereAndSaysWhy) {
    TempDir d;
    d.write("s.lua", kV1);
    lab::LiveScenario live((d.path / "s.lua").string());
    lab::Session s(live.scenario(), 1);
    s.choose(0);
    s.choose(0);
    std::string text = kV1;
    text.replace(text.find("node \"twee\""), 11, "node \"drie\"");
    text.replace(text.find("next = \"twee\""), 13, "next = \"drie\"");
    save(d, "s.lua", text);
    std::string problem;
    auto again = live.reload(&s, &problem);
    ASSERT_TRUE(again);
    EXPECT_NE(problem.find("twee"), std::string::npos) << problem;
    EXPECT_EQ(again->turns(), 1);  // the first choice still fitted
}
