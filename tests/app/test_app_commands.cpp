// Screens read the attempt and return commands; App carries them out. The
// countdown of a silence, and commands given to the app directly (no
// window needed).
#include <gtest/gtest.h>

#include "app/app.h"
#include "app/screen_conversation.h"
#include "core/picks.h"
#include "script/loader.h"

namespace {

using namespace lab;

const std::string kGesprek = std::string(LAB_SOURCE_DIR) + "/tests/app/data/gesprek.lua";

// An attempt of gesprek.lua at "vraag", the node with a 15-second timeout.
std::unique_ptr<Session> at_the_silence() {
    Loaded l = load_scenario(kGesprek);
    EXPECT_TRUE(l.scenario);
    auto s = std::make_unique<Session>(l.scenario, 1);
    std::vector<Pick> picks;
    std::string error;
    EXPECT_TRUE(parse_picks("1,1", picks, error) && play_picks(*s, picks, error)) << error;
    EXPECT_EQ(s->phase(), Phase::Choosing);
    EXPECT_TRUE(s->has_timeout());
    EXPECT_DOUBLE_EQ(s->timeout_seconds(), 15);
    return s;
}

bool is_timeout(const std::optional<Command>& c) { return c && std::holds_alternative<Command::Timeout>(c->what); }

// [SECTION] the countdown

TEST(ConversationCountdown, RunsOutAsATimeoutCommandAndLeavesTheAttemptAsItIs) {
    const std::unique_ptr<Session> s = at_the_silence();
    const int turns = s->turns();
    ConversationScreen conv;
    EXPECT_FALSE(conv.tick(*s, 100.0, true));  // the moment begins: 15 seconds to go
    EXPECT_FALSE(conv.tick(*s, 114.5, true));
    EXPECT_TRUE(is_timeout(conv.tick(*s, 115.0, true)));
    EXPECT_EQ(s->turns(), turns);  // the screen asks; App lets the silence count
    EXPECT_EQ(s->phase(), Phase::Choosing);
}

TEST(ConversationCountdown, StandsStillWhileTheStudentIsAskedWhetherToStop) {
    const std::unique_ptr<Session> s = at_the_silence();
    ConversationScreen conv;
    EXPECT_FALSE(conv.tick(*s, 100.0, true));
    EXPECT_FALSE(conv.tick(*s, 110.0, true));  // 5 seconds left
    conv.confirm_stop = true;
    EXPECT_FALSE(conv.tick(*s, 130.0, true));  // the question was open for 20 seconds
    conv.confirm_stop = false;
    EXPECT_FALSE(conv.tick(*s, 134.0, true));  // 1 second left
    EXPECT_TRUE(is_timeout(conv.tick(*s, 135.0, true)));
}

TEST(ConversationCountdown, NeverRunsOutOffTheClock) {
    // Shots and tests without a live clock: the countdown stands still.
    const std::unique_ptr<Session> s = at_the_silence();
    ConversationScreen conv;
    EXPECT_FALSE(conv.tick(*s, 100.0, false));
    EXPECT_FALSE(conv.tick(*s, 1000.0, false));
}

// [SECTION] commands given to the app

std::unique_ptr<App> app_on_gesprek() {
    AppConfig cfg;
    cfg.lang = "nl";
    cfg.record = false;
    cfg.background = false;
    cfg.live = false;
    auto app = std::make_unique<App>(cfg);
    EXPECT_TRUE(app->open_path(kGesprek));
    EXPECT_TRUE(app->start(Mode::Practice));
    return app;
}

TEST(AppCommands, AreCarriedOutInTheOrderGiven) {
    auto app = app_on_gesprek();
    app->apply({Command::Choose{0}, Command::Choose{0}, Command::Timeout{}});
    ASSERT_TRUE(app->session());
    const Session& s = *app->session();
    EXPECT_EQ(s.turns(), 3);
    bool silent = false;  // the third turn was the silence
    for (const Step& st : s.steps()) silent = silent || st.decision == Decision::Timeout;
    EXPECT_TRUE(silent);
    app->apply({Command::Rewind{1}});
    EXPECT_EQ(app->session()->turns(), 1);
    EXPECT_EQ(app->screen(), Screen::Conversation);
    app->apply({Command::Show{Screen::Library}});
    EXPECT_EQ(app->screen(), Screen::Library);
}

TEST(AppCommands, OneThatDoesNotFitTheMomentChangesNothing) {
    auto app = app_on_gesprek();
    const int turns = app->session()->turns();
    app->apply({Command::Choose{7}, Command::Advance{}, Command::Timeout{}});  // two choices, no timeout at "begin"
    EXPECT_EQ(app->session()->turns(), turns);
    EXPECT_EQ(app->session()->phase(), Phase::Choosing);
    app->apply({Command::AuthorSetMeter{0, 9}});  // not in author mode
    EXPECT_FALSE(app->session()->author_edited());
}

}  // namespace
