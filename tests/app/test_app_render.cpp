// The real app, off-screen: every screen renders, keys drive a whole
// attempt, failures are shown, and no input crashes it. Runs without a
// display (SDL's offscreen video driver).
#include <gtest/gtest.h>

#include <stb_image.h>
#include <stb_image_write.h>

#include <cstdlib>
#include <filesystem>
#include <random>
#include <set>

#include "../helpers.h"
#include "app/app.h"
#include "app/app_driver.h"
#include "core/picks.h"
#include "script/loader.h"
#include "store/store.h"

namespace {

namespace fs = std::filesystem;
using namespace lab;

const std::string kData = std::string(LAB_SOURCE_DIR) + "/tests/app/data";

// The tutorial when it is there (it shows every feature), else the small
// test scenario.
std::string tutorial() {
    std::string t = std::string(LAB_SOURCE_DIR) + "/scenarios/tutorial.lua";
    return fs::exists(t) ? t : kData + "/gesprek.lua";
}

struct Picture {
    std::vector<unsigned char> px;
    int w = 0, h = 0;
};

// Colours used and the share of pixels unlike the top-left one (the background).
void measure(const Picture& p, size_t& colours, double& non_background) {
    std::set<uint32_t> seen;
    size_t differ = 0;
    const unsigned char* bg = p.px.data();
    for (size_t i = 0; i + 3 < p.px.size(); i += 4) {
        uint32_t c = uint32_t(p.px[i]) << 16 | uint32_t(p.px[i + 1]) << 8 | p.px[i + 2];
        if (seen.size() < 5000) seen.insert(c);
        if (std::abs(int(p.px[i]) - bg[0]) + std::abs(int(p.px[i + 1]) - bg[1]) + std::abs(int(p.px[i + 2]) - bg[2]) > 24) ++differ;
    }
    colours = seen.size();
    non_background = double(differ) / double(p.px.size() / 4);
}

void expect_not_blank(const Picture& p, const std::string& what) {
    size_t colours = 0;
    double share = 0;
    measure(p, colours, share);
    EXPECT_GT(colours, 40u) << what << ": too few colours, looks blank";
    EXPECT_GT(share, 0.03) << what << ": almost everything is background";
}

size_t pixels_changed(const Picture& a, const Picture& b) {
    size_t n = 0;
    for (size_t i = 0; i + 3 < a.px.size() && i + 3 < b.px.size(); i += 4)
        if (a.px[i] != b.px[i] || a.px[i + 1] != b.px[i + 1] || a.px[i + 2] != b.px[i + 2]) ++n;
    return n;
}

Picture capture(AppDriver& d) {
    Picture p;
    std::string error;
    EXPECT_TRUE(d.capture(p.px, p.w, p.h, &error)) << error;
    return p;
}

std::unique_ptr<AppDriver> open_driver(int w = 1024, int h = 720, const std::string& scenarios = "", bool live = true,
                                       const std::string& data_dir = "") {
    AppDriver::Options o;
    o.width = w;
    o.height = h;
    o.app.scenarios_dir = scenarios;
    o.app.lang = "nl";
    o.app.background = false;
    o.app.live = live;
    o.app.data_dir = data_dir.empty() ? (fs::temp_directory_path() / "gesprekslab-test-data").string() : data_dir;
    o.app.record = !data_dir.empty();  // only tests about the results store record
    std::string error;
    auto d = AppDriver::open(o, &error);
    EXPECT_TRUE(d) << error;
    return d;
}

// Presses Enter ("Verder") through nodes without choices.
void continue_talking(AppDriver& d) {
    for (int guard = 0; guard < 50 && d.app().session() && d.app().session()->phase() == Phase::Talking; ++guard) d.press(Key::Enter);
}

// Plays `picks` by keys: digits for choices, waiting out the countdown for "t".
void play_by_keys(AppDriver& d, const std::string& picks_text) {
    std::vector<Pick> picks;
    std::string error;
    ASSERT_TRUE(parse_picks(picks_text, picks, error)) << error;
    for (const Pick& p : picks) {
        continue_talking(d);
        const Session* s = d.app().session();
        ASSERT_TRUE(s);
        ASSERT_EQ(s->phase(), Phase::Choosing);
        if (p.kind == Pick::Kind::Timeout) {
            ASSERT_TRUE(s->has_timeout());
            const int before = s->turns();
            d.advance_time(s->timeout_seconds() + 0.5);
            ASSERT_EQ(d.app().session()->turns(), before + 1) << "the countdown did not run out";
        } else {
            d.press(digit_key(p.pos + 1));
        }
    }
    continue_talking(d);
}

// [SECTION] shots of every screen

TEST(AppShot, EveryScreenOfTheTutorialRendersToAPng) {
    labtest::TempDir dir;
    for (const char* screen : {"library", "briefing", "conversation", "debrief", "settings"}) {
        ShotOptions o;
        o.path = tutorial();
        o.choices = "1,1";
        o.screen = screen;
        o.width = 1024;
        o.height = 700;
        o.lang = "nl";
        o.scenarios_dir = kData;
        o.out = (dir.path / (std::string(screen) + ".png")).string();
        ASSERT_EQ(take_shot(o), 0) << screen;
        ASSERT_TRUE(fs::exists(o.out)) << screen;
        Picture p;
        int n = 0;
        unsigned char* px = stbi_load(o.out.c_str(), &p.w, &p.h, &n, 4);
        ASSERT_TRUE(px) << screen;
        p.px.assign(px, px + size_t(p.w) * size_t(p.h) * 4);
        stbi_image_free(px);
        EXPECT_EQ(p.w, 1024) << screen;
        EXPECT_EQ(p.h, 700) << screen;
        expect_not_blank(p, screen);
    }
}

TEST(AppShot, AnInvalidPickIsAnErrorNotAPicture) {
    labtest::TempDir dir;
    ShotOptions o;
    o.path = kData + "/gesprek.lua";
    o.choices = "9";
    o.screen = "conversation";
    o.out = (dir.path / "x.png").string();
    EXPECT_EQ(take_shot(o), 1);
    o.path = kData + "/kapot.lua";
    o.choices = "";
    EXPECT_EQ(take_shot(o), 1);
    EXPECT_FALSE(fs::exists(o.out));
    o.screen = "briefing";  // a broken scenario's briefing shows its errors
    EXPECT_EQ(take_shot(o), 0);
}

TEST(AppRender, ConversationLooksDifferentAfterChoices) {
    auto d = open_driver();
    ASSERT_TRUE(d);
    ASSERT_TRUE(d->app().open_path(tutorial()));
    ASSERT_TRUE(d->app().start(Mode::Practice));
    d->frames(4);
    Picture before = capture(*d);
    expect_not_blank(before, "conversation at the start");
    play_by_keys(*d, "1,1");
    d->frames(4);
    Picture after = capture(*d);
    expect_not_blank(after, "conversation after two choices");
    EXPECT_GT(pixels_changed(before, after), size_t(before.w * before.h / 50));
}

// [SECTION] the whole flow by keyboard

TEST(AppKeys, EveryPlanOfTheTutorialReachesItsEndingByKeys) {
    auto sc = load_scenario(tutorial()).scenario;
    ASSERT_TRUE(sc);
    ASSERT_FALSE(sc->plans.empty());
    for (const Plan& plan : sc->plans) {
        SCOPED_TRACE("plan " + plan.id);
        auto d = open_driver(900, 640);
        ASSERT_TRUE(d);
        ASSERT_TRUE(d->app().open_path(tutorial()));
        d->frames(3);
        ASSERT_EQ(d->app().screen(), Screen::Briefing);
        if (plan.seed == 1) {
            d->press(Key::Enter);  // "Begin het gesprek"
        } else {
            ASSERT_TRUE(d->app().start(Mode::Practice, plan.seed));
            d->frames(2);
        }
        ASSERT_EQ(d->app().screen(), Screen::Conversation);
        play_by_keys(*d, plan.choices);
        const Session* s = d->app().session();
        ASSERT_TRUE(s);
        const Result r = s->result();
        if (plan.ending) EXPECT_EQ(r.ending, *plan.ending);
        if (plan.outcome) EXPECT_EQ(outcome_name(r.outcome), *plan.outcome);
        if (plan.grade) EXPECT_EQ(r.grade, *plan.grade);
        if (s->phase() == Phase::Ended) {
            d->press(Key::Enter);  // "Naar de nabespreking"
            EXPECT_EQ(d->app().screen(), Screen::Debrief);
            d->frames(3);
            expect_not_blank(capture(*d), "debrief");
            EXPECT_NE(d->app().library().best(sc->id), nullptr);
            d->press(Key::Escape);
            EXPECT_EQ(d->app().screen(), Screen::Library);
        }
    }
}

TEST(AppKeys, TabMovesTheFocusInDrawingOrderAndEnterPresses) {
    auto d = open_driver(1024, 700, kData);
    ASSERT_TRUE(d);
    d->frames(3);
    d->press(Key::Tab);    // shows the focus on the first card
    d->press(Key::Enter);  // opens it
    ASSERT_EQ(d->app().screen(), Screen::Briefing);
    EXPECT_EQ(fs::path(d->app().library().entry(size_t(d->app().entry())).path).filename(), "gesprek.lua");
    d->press(Key::Enter);  // the focus starts on "Begin het gesprek"
    ASSERT_EQ(d->app().screen(), Screen::Conversation);
    d->press(Key::Tab);    // from answer 1 to answer 2
    d->press(Key::Enter);
    ASSERT_EQ(d->app().session()->turns(), 1);
    EXPECT_EQ(d->app().session()->steps()[0].chosen_pos, 1);
}

TEST(AppKeys, PracticeRewindsWithBackspaceAndTestDoesNot) {
    auto d = open_driver(900, 640);
    ASSERT_TRUE(d);
    ASSERT_TRUE(d->app().open_path(kData + "/gesprek.lua"));
    ASSERT_TRUE(d->app().start(Mode::Practice));
    play_by_keys(*d, "1,1");
    ASSERT_EQ(d->app().session()->turns(), 2);
    d->press(Key::Backspace);
    EXPECT_EQ(d->app().session()->turns(), 1);
    EXPECT_EQ(d->app().session()->phase(), Phase::Choosing);

    ASSERT_TRUE(d->app().start(Mode::Test));
    play_by_keys(*d, "1,1");
    d->press(Key::Backspace);
    EXPECT_EQ(d->app().session()->turns(), 2);  // no going back in a test
}

TEST(AppKeys, DigitsOutOfRangeDoNothing) {
    auto d = open_driver(900, 640);
    ASSERT_TRUE(d);
    ASSERT_TRUE(d->app().open_path(kData + "/gesprek.lua"));
    ASSERT_TRUE(d->app().start(Mode::Practice));
    d->press(Key::D7);
    EXPECT_EQ(d->app().session()->turns(), 0);
    d->press(Key::D2);
    EXPECT_EQ(d->app().session()->turns(), 1);
}

TEST(AppKeys, TheCountdownWaitsWhileTheStopQuestionIsOpen) {
    auto d = open_driver(900, 640);
    ASSERT_TRUE(d);
    ASSERT_TRUE(d->app().open_path(kData + "/gesprek.lua"));
    ASSERT_TRUE(d->app().start(Mode::Practice));
    play_by_keys(*d, "1,1");
    ASSERT_TRUE(d->app().session()->has_timeout());
    d->press(Key::Escape);  // "Het gesprek stoppen?"
    d->advance_time(60);
    EXPECT_EQ(d->app().session()->turns(), 2);
    d->press(Key::Enter);  // "Doorgaan"
    d->advance_time(16);
    EXPECT_EQ(d->app().session()->turns(), 3);
}

TEST(AppStore, AFinishedAttemptIsTheBestResultNextTimeAndKeepsItsReflection) {
    labtest::TempDir data;
    {
        auto d = open_driver(900, 640, kData, true, data.path.string());
        ASSERT_TRUE(d);
        if (!d->app().recording()) GTEST_SKIP() << "built without the results store";
        ASSERT_TRUE(d->app().open_path(kData + "/gesprek.lua"));
        ASSERT_TRUE(d->app().start(Mode::Practice));
        play_by_keys(*d, "1,1,1");
        ASSERT_EQ(d->app().session()->phase(), Phase::Ended);
        d->press(Key::Enter);  // the debrief
        ASSERT_EQ(d->app().screen(), Screen::Debrief);
        // Keyboard only: Tab past the five buttons, the three moments and the
        // best-path button into the first reflection field, type, then Tab
        // through the other four fields to "Bewaar reflectie" and press it.
        for (int i = 0; i < 10; ++i) d->press(Key::Tab);
        d->type("Ik maakte eerst tijd.");
        for (int i = 0; i < 5; ++i) d->press(Key::Tab);
        d->press(Key::Enter);
    }
    // A new run of the app on the same data: the library knows the result.
    auto d = open_driver(900, 640, kData, true, data.path.string());
    ASSERT_TRUE(d);
    const BestResult* best = d->app().library().best("app-test");
    ASSERT_TRUE(best);
    EXPECT_EQ(best->grade, lab::Grade::Good);
    EXPECT_NEAR(best->overall, 1.0, 1e-9);
    EXPECT_TRUE(fs::exists(data.path / "gesprekslab.db"));
    auto store = Store::open(data.path.string());
    ASSERT_TRUE(store);
    auto list = store->attempts();
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].grade, lab::Grade::Good);
    auto rec = store->load_attempt(list[0].id);
    ASSERT_TRUE(rec);
    ASSERT_EQ(rec->reflection.answers.size(), 5u);
    EXPECT_EQ(rec->reflection.answers[0].phase, "handelen");
    EXPECT_EQ(rec->reflection.answers[0].answer, "Ik maakte eerst tijd.");
}

// [SECTION] failures and robustness

TEST(AppRender, AScriptErrorIsShownAndOffersToGoBack) {
    auto d = open_driver(900, 640, kData);
    ASSERT_TRUE(d);
    int faalt = -1;
    for (size_t i = 0; i < d->app().library().size(); ++i)
        if (fs::path(d->app().library().entry(i).path).filename() == "faalt.lua") faalt = int(i);
    ASSERT_GE(faalt, 0);
    ASSERT_TRUE(d->app().open_entry(size_t(faalt)));
    ASSERT_TRUE(d->app().start(Mode::Practice));
    d->press(Key::D1);
    ASSERT_EQ(d->app().session()->phase(), Phase::Failed);
    ASSERT_TRUE(d->app().session()->error());
    d->frames(3);
    expect_not_blank(capture(*d), "failed conversation");
    d->press(Key::Enter);  // "Terug naar mijn vorige keuze"
    EXPECT_EQ(d->app().session()->phase(), Phase::Choosing);
    EXPECT_EQ(d->app().session()->turns(), 0);
}

TEST(AppRender, LibraryShowsABrokenScenarioWithoutCrashing) {
    auto d = open_driver(1024, 700, kData);
    ASSERT_TRUE(d);
    d->frames(4);
    EXPECT_EQ(d->app().screen(), Screen::Library);
    expect_not_blank(capture(*d), "library");
    int kapot = -1;
    for (size_t i = 0; i < d->app().library().size(); ++i)
        if (fs::path(d->app().library().entry(i).path).filename() == "kapot.lua") kapot = int(i);
    ASSERT_GE(kapot, 0);
    EXPECT_TRUE(d->app().library().entry(size_t(kapot)).broken());
    ASSERT_TRUE(d->app().open_entry(size_t(kapot)));
    d->frames(3);
    EXPECT_FALSE(d->app().start(Mode::Practice));  // nothing to play
    d->press(Key::Enter);
    EXPECT_EQ(d->app().screen(), Screen::Briefing);
}

TEST(AppRender, TextSizeLanguageAndContrastChangeTheRealScreen) {
    auto d = open_driver(1024, 700);
    ASSERT_TRUE(d);
    ASSERT_TRUE(d->app().open_path(kData + "/gesprek.lua"));
    ASSERT_TRUE(d->app().start(Mode::Practice));
    d->frames(4);
    Picture normal = capture(*d);
    Settings s = d->app().settings();
    s.text_size = TextSize::Larger;
    d->app().set_settings(s);
    d->frames(4);
    Picture larger = capture(*d);
    expect_not_blank(larger, "larger text");
    EXPECT_GT(pixels_changed(normal, larger), size_t(normal.w * normal.h / 50));
    s.high_contrast = true;
    s.lang = "en";
    d->app().set_settings(s);
    d->frames(4);
    Picture contrast = capture(*d);
    expect_not_blank(contrast, "high contrast");
    EXPECT_STREQ(d->app().strings()("common.library"), "Library");
    EXPECT_GT(pixels_changed(larger, contrast), size_t(normal.w * normal.h / 4));
    d->app().show_settings();
    d->frames(4);
    expect_not_blank(capture(*d), "settings");
}

TEST(AppRender, APortraitImageIsShownInsteadOfADrawing) {
    labtest::TempDir dir;
    // A magenta picture, wider than high (cropped to a square).
    std::vector<unsigned char> img(size_t(80) * 60 * 4);
    for (size_t i = 0; i < img.size(); i += 4) {
        img[i] = 230;
        img[i + 1] = 0;
        img[i + 2] = 200;
        img[i + 3] = 255;
    }
    const fs::path folder = dir.path / "foto";
    fs::create_directories(folder);
    ASSERT_TRUE(stbi_write_png((folder / "vader.png").string().c_str(), 80, 60, 4, img.data(), 80 * 4));
    dir.write("foto/scenario.lua", R"(
scenario { id = "foto", title = "Met foto", start = "begin" }
character "vader" { name = "Ruud", portrait = "vader.png" }
node "begin" { speaker = "vader", text = "Hallo.", choices = { { text = "Dag!", next = "eind" } } }
ending "eind" { title = "Einde", outcome = "good" }
)");
    auto d = open_driver(1024, 700);
    ASSERT_TRUE(d);
    ASSERT_TRUE(d->app().open_path(folder.string()));
    ASSERT_TRUE(d->app().start(Mode::Practice));
    d->frames(4);
    Picture p = capture(*d);
    size_t magenta = 0;
    for (size_t i = 0; i + 3 < p.px.size(); i += 4)
        if (p.px[i] > 200 && p.px[i + 1] < 40 && p.px[i + 2] > 170) ++magenta;
    EXPECT_GT(magenta, size_t(120 * 120));  // a portrait-sized disc of the picture
}

TEST(AppRender, NoSequenceOfKeysCrashesTheApp) {
    auto d = open_driver(800, 600, kData);
    ASSERT_TRUE(d);
    const Key keys[] = {Key::D1, Key::D2, Key::D3, Key::Enter, Key::Enter, Key::Space, Key::Escape, Key::Tab,
                        Key::Up, Key::Down, Key::Left, Key::Right, Key::Backspace, Key::D9};
    std::mt19937 rng(7);
    for (int i = 0; i < 160; ++i) {
        d->press(keys[rng() % (sizeof keys / sizeof keys[0])], 0);
        if (i % 40 == 0) d->advance_time(20);  // let countdowns run out too
        if (d->app().screen() == Screen::Library && i % 9 == 0) d->app().open_entry(rng() % d->app().library().size());
    }
    d->frames(2);
    expect_not_blank(capture(*d), "after random keys");
}

}  // namespace
