// The results in the real app, off-screen and driven by keys: an attempt
// left midway is offered again after the app closed, resumes at the same
// turn in its own mode and seed, or is set aside; the name asked once goes
// with every attempt; the debrief's report and export buttons write files
// with the transcript and the reflection; the history compares attempts;
// `shot` renders the new screen from a copy of a store.
#include <gtest/gtest.h>

#include <stb_image.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "../helpers.h"
#include "app/app.h"
#include "app/app_driver.h"
#include "app/history_model.h"
#include "core/picks.h"
#include "store/export_json.h"
#include "store/store.h"

namespace {

namespace fs = std::filesystem;
using namespace lab;

const std::string kData = std::string(LAB_SOURCE_DIR) + "/tests/app/data";
const std::string kGesprek = kData + "/gesprek.lua";

struct Options {
    std::string data;          // the results store's folder
    std::string reports;       // where the report and export go
    std::string settings;      // "" = no settings file
    std::string student;       // set in the settings before anything else
    std::string scenarios;     // library
};

std::unique_ptr<AppDriver> open_app(const Options& opt, int w = 1024, int h = 720) {
    AppDriver::Options o;
    o.width = w;
    o.height = h;
    o.app.scenarios_dir = opt.scenarios;
    o.app.lang = "nl";
    o.app.background = false;
    o.app.live = true;
    o.app.data_dir = opt.data;
    o.app.record = true;
    o.app.reports_dir = opt.reports;
    o.app.settings_path = opt.settings;
    std::string error;
    auto d = AppDriver::open(o, &error);
    EXPECT_TRUE(d) << error;
    if (d && !opt.student.empty()) {
        Settings s = d->app().settings();
        s.student = opt.student;
        s.student_asked = true;
        d->app().set_settings(s);
    }
    return d;
}

void continue_talking(AppDriver& d) {
    for (int guard = 0; guard < 50 && d.app().session() && d.app().session()->phase() == Phase::Talking; ++guard) d.press(Key::Enter);
}

// Plays `picks_text` by keys: digits for choices, the countdown for "t".
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
            d.advance_time(s->timeout_seconds() + 0.5);
        } else {
            d.press(digit_key(p.pos + 1));
        }
    }
    continue_talking(d);
}

bool not_blank(AppDriver& d) {
    std::vector<unsigned char> px;
    int w = 0, h = 0;
    if (!d.capture(px, w, h)) return false;
    std::set<uint32_t> colours;
    for (size_t i = 0; i + 3 < px.size() && colours.size() < 100; i += 4) colours.insert(uint32_t(px[i]) << 16 | uint32_t(px[i + 1]) << 8 | px[i + 2]);
    return colours.size() >= 40;
}

std::string read_text(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::vector<fs::path> files_with(const fs::path& dir, const std::string& ext) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.path().extension() == ext) out.push_back(e.path());
    return out;
}

// [SECTION] resume after the app closed

TEST(AppResume, AnAttemptLeftMidwayIsOfferedAndGoesOnAtTheSameTurnInItsModeAndSeed) {
    labtest::TempDir data;
    int64_t id = 0;
    {
        auto d = open_app({data.path.string(), "", "", "Sanne", ""});
        ASSERT_TRUE(d);
        ASSERT_TRUE(d->app().open_path(kGesprek));
        ASSERT_TRUE(d->app().start(Mode::Test, 7));
        play_by_keys(*d, "1,1");
        ASSERT_EQ(d->app().session()->turns(), 2);
        id = d->app().attempt_id();
        ASSERT_GT(id, 0);
    }  // the app goes away mid-attempt, as when it is killed after a step
    auto d = open_app({data.path.string(), "", "", "Sanne", ""});
    ASSERT_TRUE(d);
    ASSERT_TRUE(d->app().open_path(kGesprek));
    d->frames(3);
    const AttemptSummary* offer = d->app().resume_offer();
    ASSERT_TRUE(offer) << "the briefing should offer to go on";
    EXPECT_EQ(offer->id, id);
    EXPECT_EQ(offer->turns, 2);
    EXPECT_TRUE(not_blank(*d));
    // Enter goes on with it (the offer's button has the focus).
    d->press(Key::Enter);
    ASSERT_EQ(d->app().screen(), Screen::Conversation);
    ASSERT_TRUE(d->app().session());
    EXPECT_EQ(d->app().session()->turns(), 2);
    EXPECT_EQ(d->app().session()->seed(), 7u);
    EXPECT_EQ(d->app().mode(), Mode::Test);
    EXPECT_EQ(d->app().attempt_id(), id);
    EXPECT_EQ(d->app().notice(), "");
    d->press(Key::Backspace);  // a test: no going back
    EXPECT_EQ(d->app().session()->turns(), 2);
    play_by_keys(*d, "1");
    ASSERT_EQ(d->app().session()->phase(), Phase::Ended);
    auto store = Store::open(data.path.string());
    ASSERT_TRUE(store);
    auto rec = store->load_attempt(id);
    ASSERT_TRUE(rec);
    EXPECT_EQ(rec->standing.status, AttemptStatus::Finished);
    EXPECT_EQ(rec->standing.turns, 3);
    EXPECT_EQ(rec->mode, lab::Mode::Test);
    EXPECT_EQ(rec->student, "Sanne");
    EXPECT_TRUE(store->unfinished().empty());
    EXPECT_EQ(store->attempts().size(), 1u);
    // Nothing left to offer.
    d->app().show_library();
    ASSERT_TRUE(d->app().open_path(kGesprek));
    EXPECT_FALSE(d->app().resume_offer());
}

TEST(AppResume, StartingOverSetsTheOldAttemptsAsideAndBeginsANewOne) {
    labtest::TempDir data;
    int64_t older_id = 0, old_id = 0;
    {
        // Two left unfinished (stopped, then "Opnieuw" in the debrief, stopped again).
        auto d = open_app({data.path.string(), "", "", "Sanne", ""});
        ASSERT_TRUE(d);
        ASSERT_TRUE(d->app().open_path(kGesprek));
        ASSERT_TRUE(d->app().start(Mode::Practice));
        play_by_keys(*d, "1,1");
        older_id = d->app().attempt_id();
        d->app().restart();
        play_by_keys(*d, "1");
        old_id = d->app().attempt_id();
    }
    auto d = open_app({data.path.string(), "", "", "Sanne", ""});
    ASSERT_TRUE(d);
    ASSERT_TRUE(d->app().open_path(kGesprek));
    d->frames(3);
    ASSERT_TRUE(d->app().resume_offer());
    EXPECT_EQ(d->app().resume_offer()->id, old_id);  // the newest
    // Tab shows the focus on "Verder gaan", Tab again moves it to "Opnieuw beginnen".
    d->press(Key::Tab);
    d->press(Key::Tab);
    d->press(Key::Enter);
    ASSERT_EQ(d->app().screen(), Screen::Conversation);
    EXPECT_EQ(d->app().session()->turns(), 0);
    const int64_t new_id = d->app().attempt_id();
    EXPECT_NE(new_id, old_id);
    auto store = Store::open(data.path.string());
    ASSERT_TRUE(store);
    auto old_rec = store->load_attempt(old_id);
    ASSERT_TRUE(old_rec);  // kept
    EXPECT_EQ(old_rec->standing.status, AttemptStatus::Abandoned);
    EXPECT_EQ(old_rec->standing.turns, 1);
    EXPECT_EQ(store->load_attempt(older_id)->standing.status, AttemptStatus::Abandoned);
    auto open = store->unfinished("Sanne");
    ASSERT_EQ(open.size(), 1u);
    EXPECT_EQ(open[0].id, new_id);
}

TEST(AppResume, AScenarioChangedSinceIsSaidAndGoesOnInANewAttempt) {
    labtest::TempDir data, sd;
    const std::string text = read_text(kGesprek);
    const std::string path = sd.write("gesprek.lua", text);
    int64_t old_id = 0;
    {
        auto d = open_app({data.path.string(), "", "", "Sanne", ""});
        ASSERT_TRUE(d);
        ASSERT_TRUE(d->app().open_path(path));
        ASSERT_TRUE(d->app().start(Mode::Practice));
        play_by_keys(*d, "1,1");
        old_id = d->app().attempt_id();
    }
    std::string changed = text;
    for (size_t at = 0; (at = changed.find("\"zorg\"", at)) != std::string::npos; at += 8) changed.replace(at, 6, "\"zorgen\"");
    sd.write("gesprek.lua", changed);
    auto d = open_app({data.path.string(), "", "", "Sanne", ""});
    ASSERT_TRUE(d);
    ASSERT_TRUE(d->app().open_path(path));
    d->frames(3);
    ASSERT_TRUE(d->app().resume_offer());
    EXPECT_TRUE(not_blank(*d));
    d->press(Key::Enter);  // "Verder vanaf beurt 2"
    ASSERT_EQ(d->app().screen(), Screen::Conversation);
    EXPECT_EQ(d->app().session()->turns(), 1);  // what still fits
    EXPECT_NE(d->app().notice().find("zorg"), std::string::npos) << d->app().notice();
    EXPECT_NE(d->app().attempt_id(), old_id);
    auto store = Store::open(data.path.string());
    ASSERT_TRUE(store);
    EXPECT_EQ(store->load_attempt(old_id)->standing.status, AttemptStatus::Abandoned);
    EXPECT_EQ(store->load_attempt(d->app().attempt_id())->student, "Sanne");
}

// [SECTION] the student's name

TEST(AppStudent, TheNameAskedAtTheFirstStartGoesWithTheAttemptAndIsAskedOnce) {
    labtest::TempDir data, cfg;
    const std::string settings = (cfg.path / "settings.json").string();
    {
        auto d = open_app({data.path.string(), "", settings, "", ""});
        ASSERT_TRUE(d);
        ASSERT_TRUE(d->app().open_path(kGesprek));
        d->frames(2);
        d->press(Key::Enter);  // "Begin het gesprek"
        ASSERT_TRUE(d->app().asking_student());
        EXPECT_EQ(d->app().screen(), Screen::Briefing);
        EXPECT_TRUE(not_blank(*d));
        d->type("Sanne de Vries");
        d->press(Key::Enter);
        EXPECT_FALSE(d->app().asking_student());
        ASSERT_EQ(d->app().screen(), Screen::Conversation);
        EXPECT_EQ(d->app().settings().student, "Sanne de Vries");
        play_by_keys(*d, "2");
        ASSERT_EQ(d->app().session()->phase(), Phase::Ended);
        // Next time: straight in.
        d->app().show_briefing();
        d->frames(2);
        d->press(Key::Enter);
        EXPECT_FALSE(d->app().asking_student());
        EXPECT_EQ(d->app().screen(), Screen::Conversation);
    }
    // Kept in the settings file, and in the store with the attempts.
    EXPECT_NE(read_text(settings).find("Sanne de Vries"), std::string::npos);
    auto d = open_app({data.path.string(), "", settings, "", ""});
    ASSERT_TRUE(d);
    EXPECT_EQ(d->app().settings().student, "Sanne de Vries");
    auto store = Store::open(data.path.string());
    ASSERT_TRUE(store);
    auto list = store->attempts();
    ASSERT_EQ(list.size(), 2u);
    for (const auto& a : list) EXPECT_EQ(a.student, "Sanne de Vries");
    EXPECT_EQ(store->students(), std::vector<std::string>{"Sanne de Vries"});
}

TEST(AppStudent, WithoutANameTheAttemptIsAnonymousAndTheQuestionDoesNotReturn) {
    labtest::TempDir data;
    auto d = open_app({data.path.string(), "", "", "", ""});
    ASSERT_TRUE(d);
    ASSERT_TRUE(d->app().open_path(kGesprek));
    d->frames(2);
    d->press(Key::Enter);
    ASSERT_TRUE(d->app().asking_student());
    d->press(Key::Escape);  // not now: stays on the briefing
    EXPECT_FALSE(d->app().asking_student());
    EXPECT_EQ(d->app().screen(), Screen::Briefing);
    d->press(Key::Enter);
    ASSERT_TRUE(d->app().asking_student());
    d->press(Key::Tab);    // past "Bewaar en begin" (no name: disabled) to "Zonder naam verder"
    d->press(Key::Enter);
    ASSERT_EQ(d->app().screen(), Screen::Conversation);
    EXPECT_EQ(d->app().settings().student, "");
    EXPECT_TRUE(d->app().settings().student_asked);
    auto store = Store::open(data.path.string());
    ASSERT_TRUE(store);
    ASSERT_EQ(store->attempts().size(), 1u);
    EXPECT_EQ(store->attempts()[0].student, "");
}

// [SECTION] the portfolio buttons in the debrief

TEST(AppPortfolio, TheReportButtonWritesTheTranscriptAndTheReflection) {
    labtest::TempDir data, reports;
    auto d = open_app({data.path.string(), reports.path.string(), "", "Sanne", ""});
    ASSERT_TRUE(d);
    ASSERT_TRUE(d->app().open_path(kGesprek));
    ASSERT_TRUE(d->app().start(Mode::Practice));
    play_by_keys(*d, "1,1,1");
    d->press(Key::Enter);  // the debrief
    ASSERT_EQ(d->app().screen(), Screen::Debrief);
    // Keyboard only: past the five buttons at the top, the three moments and
    // the best-path button into the first reflection field; type; then past
    // the other fields and "Bewaar reflectie" to "Maak een verslag".
    for (int i = 0; i < 10; ++i) d->press(Key::Tab);
    d->type("Ik maakte eerst tijd voor vader.");
    for (int i = 0; i < 6; ++i) d->press(Key::Tab);
    d->press(Key::Enter);
    std::vector<fs::path> html = files_with(reports.path, ".html");
    ASSERT_EQ(html.size(), 1u) << "no report written; notice: " << d->app().notice();
    EXPECT_EQ(html[0].filename().string().rfind("gesprekslab-verslag-app-test-", 0), 0u) << html[0];
    const std::string report = read_text(html[0]);
    EXPECT_NE(report.find("Natuurlijk, kom binnen."), std::string::npos);       // the transcript
    EXPECT_NE(report.find("Goed: je maakt tijd."), std::string::npos);          // its feedback
    EXPECT_NE(report.find("Ik maakte eerst tijd voor vader."), std::string::npos);  // the reflection
    EXPECT_NE(report.find("Sanne"), std::string::npos);
    // The reflection was kept with the attempt too.
    auto store = Store::open(data.path.string());
    auto rec = store->load_attempt(d->app().attempt_id());
    ASSERT_TRUE(rec);
    ASSERT_EQ(rec->reflection.answers.size(), 5u);
    EXPECT_EQ(rec->reflection.answers[0].answer, "Ik maakte eerst tijd voor vader.");
    // Making it again replaces the same file; the export goes next to it.
    d->press(Key::Enter);
    EXPECT_EQ(files_with(reports.path, ".html").size(), 1u);
    d->press(Key::Tab);  // "Exporteer (JSON)"
    d->press(Key::Enter);
    std::vector<fs::path> json = files_with(reports.path, ".json");
    ASSERT_EQ(json.size(), 1u);
    std::vector<AttemptRecord> back;
    std::string problem;
    ASSERT_TRUE(read_export_file(json[0].string(), back, &problem)) << problem;
    ASSERT_EQ(back.size(), 1u);
    EXPECT_EQ(back[0].student, "Sanne");
    EXPECT_EQ(back[0].standing.grade, lab::Grade::Good);
    EXPECT_EQ(back[0].reflection.answers[0].answer, "Ik maakte eerst tijd voor vader.");
}

TEST(AppPortfolio, TheReportIsMadeFromTheTopOfTheDebriefToo) {
    labtest::TempDir data, reports;
    auto d = open_app({data.path.string(), reports.path.string(), "", "Sanne", ""});
    ASSERT_TRUE(d);
    ASSERT_TRUE(d->app().open_path(kGesprek));
    ASSERT_TRUE(d->app().start(Mode::Practice));
    play_by_keys(*d, "2");
    d->press(Key::Enter);
    ASSERT_EQ(d->app().screen(), Screen::Debrief);
    // Opnieuw, Terug naar een keuze, Bibliotheek, Maak een verslag.
    for (int i = 0; i < 4; ++i) d->press(Key::Tab);
    d->press(Key::Enter);
    std::vector<fs::path> html = files_with(reports.path, ".html");
    ASSERT_EQ(html.size(), 1u) << d->app().notice();
    EXPECT_NE(read_text(html[0]).find("Ik heb nu geen tijd."), std::string::npos);
}

// [SECTION] history

TEST(AppHistory, FromTheDebriefTwoAttemptsSideBySideAndBackAgain) {
    labtest::TempDir data;
    auto d = open_app({data.path.string(), "", "", "Sanne", ""}, 1280, 800);
    ASSERT_TRUE(d);
    ASSERT_TRUE(d->app().open_path(kGesprek));
    for (const char* picks : {"2", "1,1,1", "1,2,2"}) {
        ASSERT_TRUE(d->app().start(Mode::Practice));
        play_by_keys(*d, picks);
    }
    d->press(Key::Enter);  // the debrief of the last
    ASSERT_EQ(d->app().screen(), Screen::Debrief);
    for (int i = 0; i < 5; ++i) d->press(Key::Tab);  // ... "Al je pogingen"
    d->press(Key::Enter);
    ASSERT_EQ(d->app().screen(), Screen::History);
    d->frames(3);
    EXPECT_TRUE(not_blank(*d));
    // The newest next to the one before: where listening went another way.
    const Comparison* c = d->app().comparison();
    ASSERT_TRUE(c);
    EXPECT_EQ(c->diverge, 1);
    EXPECT_EQ(c->rows[1].b.answer, "Dat valt vast mee.");
    // The focus starts on the newest row; Tab moves it to the attempt before,
    // and Enter takes that one out of the comparison ...
    d->press(Key::Tab);
    d->press(Key::Enter);
    EXPECT_FALSE(d->app().comparison());
    // ... Tab to the first attempt, and Enter puts it next to the newest.
    d->press(Key::Tab);
    d->press(Key::Enter);
    c = d->app().comparison();
    ASSERT_TRUE(c);
    EXPECT_EQ(c->diverge, 0);  // "2" against "1,2,2": parted at once
    EXPECT_EQ(c->rows[0].a.answer, "Ik heb nu geen tijd.");
    d->press(Key::Escape);
    EXPECT_EQ(d->app().screen(), Screen::Debrief);
}

TEST(AppHistory, FromTheBriefingWithTheNumberOfEarlierAttempts) {
    labtest::TempDir data;
    {
        auto d = open_app({data.path.string(), "", "", "Sanne", ""});
        ASSERT_TRUE(d);
        ASSERT_TRUE(d->app().open_path(kGesprek));
        ASSERT_TRUE(d->app().start(Mode::Practice));
        play_by_keys(*d, "2");
    }
    auto d = open_app({data.path.string(), "", "", "Sanne", ""});
    ASSERT_TRUE(d);
    ASSERT_TRUE(d->app().open_path(kGesprek));
    d->frames(2);
    d->app().show_history();
    ASSERT_EQ(d->app().screen(), Screen::History);
    d->frames(3);
    EXPECT_TRUE(not_blank(*d));
    EXPECT_FALSE(d->app().comparison());  // one attempt: nothing to compare yet
    d->press(Key::Escape);
    EXPECT_EQ(d->app().screen(), Screen::Briefing);
}

// [SECTION] shot

TEST(AppShot, TheHistoryAndTheResumeOfferRenderFromACopyOfAStore) {
    labtest::TempDir data, out;
    {
        auto d = open_app({data.path.string(), "", "", "Sanne", ""});
        ASSERT_TRUE(d);
        ASSERT_TRUE(d->app().open_path(kGesprek));
        for (const char* picks : {"2", "1,1,1", "1,2,2", "1,2,1"}) {
            ASSERT_TRUE(d->app().start(Mode::Practice));
            play_by_keys(*d, picks);
        }
        ASSERT_TRUE(d->app().start(Mode::Test));
        play_by_keys(*d, "1");
    }
    auto count = [&] {
        auto store = Store::open(data.path.string());
        lab::AttemptFilter all;
        all.include_abandoned = true;
        return store ? store->attempts(all).size() : size_t(0);
    };
    ASSERT_EQ(count(), 5u);
    for (const char* screen : {"history", "briefing", "debrief", "library"}) {
        ShotOptions o;
        o.path = kGesprek;
        o.choices = std::string(screen) == "debrief" ? "1,1,1" : "";
        o.screen = screen;
        o.width = 1280;
        o.height = 800;
        o.data_dir = data.path.string();
        o.student = "Sanne";
        o.scenarios_dir = kData;
        o.out = (out.path / (std::string(screen) + ".png")).string();
        ASSERT_EQ(take_shot(o), 0) << screen;
        int w = 0, h = 0, n = 0;
        unsigned char* px = stbi_load(o.out.c_str(), &w, &h, &n, 4);
        ASSERT_TRUE(px) << screen;
        stbi_image_free(px);
        EXPECT_EQ(w, 1280);
    }
    EXPECT_EQ(count(), 5u) << "a shot must not change the store it shows";
    ShotOptions bad;
    bad.path = kGesprek;
    bad.screen = "history";
    bad.data_dir = (out.path / "nothing-here").string();
    bad.out = (out.path / "x.png").string();
    EXPECT_EQ(take_shot(bad), 1);
}

}  // namespace
