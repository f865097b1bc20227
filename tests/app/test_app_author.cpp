// Author mode in the real app, off-screen: a scenario file outside the
// library opened by path, rewritten on disk while it is played (the app
// reloads and keeps the path), a broken save (diagnostics, the old version
// plays on), the graph (click a node to jump), the inspector, play from
// here, nothing recorded, and `shot --author`.
#include <gtest/gtest.h>

#include <stb_image.h>

#include <chrono>
#include <filesystem>
#include <set>
#include <thread>

#include "../helpers.h"
#include "app/app.h"
#include "app/app_driver.h"
#include "app/author_model.h"
#include "app/worker.h"
#include "store/store.h"

namespace {

namespace fs = std::filesystem;
using namespace lab;

// begin --1--> vraag --1--> eind_goed
//       --2--> vraag --2 (only with flag open)--> eind_slecht
// "verborgen" is reached from nowhere.
const char* kV1 = R"(scenario { id = "auteur-app", title = "Auteurstest", start = "begin" }
character "moeder" { name = "Inge Bos" }
meter "vertrouwen" { label = "Vertrouwen", min = 0, max = 10, start = 5 }
meter "onrust" { label = "Onrust", min = 0, max = 6, start = 1, visible = false }
competency "luisteren" { }
node "begin" { speaker = "moeder", text = "Dag juf, fijn dat u tijd heeft.", choices = {
  { id = "welkom", text = "Welkom, gaat u zitten.", score = { luisteren = 2 }, effects = { vertrouwen = 2 }, next = "vraag" },
  { text = "Ik heb maar vijf minuten.", effects = { onrust = 2 }, next = "vraag" } } }
node "vraag" { speaker = "moeder", text = "Hoe gaat het met Tim?", choices = {
  { text = "Goed, hij leest veel.", next = "eind_goed" },
  { text = "Eerlijk gezegd slecht.", when = function(s) return s.flags.open == true end, next = "eind_slecht" } } }
node "verborgen" { text = "Hier komt niemand.", next = "eind_goed" }
ending "eind_goed" { title = "Goed gesprek", outcome = "good" }
ending "eind_slecht" { title = "Zorgen", outcome = "bad" }
)";

struct Picture {
    std::vector<unsigned char> px;
    int w = 0, h = 0;
};

Picture capture(AppDriver& d) {
    Picture p;
    std::string error;
    EXPECT_TRUE(d.capture(p.px, p.w, p.h, &error)) << error;
    return p;
}

size_t pixels_changed(const Picture& a, const Picture& b) {
    size_t n = 0;
    for (size_t i = 0; i + 3 < a.px.size() && i + 3 < b.px.size(); i += 4)
        if (a.px[i] != b.px[i] || a.px[i + 1] != b.px[i + 1] || a.px[i + 2] != b.px[i + 2]) ++n;
    return n;
}

size_t colours(const Picture& p) {
    std::set<uint32_t> seen;
    for (size_t i = 0; i + 3 < p.px.size() && seen.size() < 5000; i += 4) seen.insert(uint32_t(p.px[i]) << 16 | uint32_t(p.px[i + 1]) << 8 | p.px[i + 2]);
    return seen.size();
}

std::unique_ptr<AppDriver> open_driver(int w = 1280, int h = 800, const std::string& data_dir = "") {
    AppDriver::Options o;
    o.width = w;
    o.height = h;
    o.app.lang = "nl";
    o.app.background = false;
    o.app.live = false;
    o.app.data_dir = data_dir.empty() ? (fs::temp_directory_path() / "gesprekslab-test-data").string() : data_dir;
    o.app.record = !data_dir.empty();
    std::string error;
    auto d = AppDriver::open(o, &error);
    EXPECT_TRUE(d) << error;
    return d;
}

// Saves `text` as an editor would: the file's stamp surely changes.
void save(const labtest::TempDir& dir, const std::string& name, const std::string& text) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    dir.write(name, text);
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
}

std::string at(const App& app) { return app.session()->scenario().target_id(app.session()->current().arrival.at); }

// The library of shipped scenarios is not needed: author mode opens a path.
}  // namespace

TEST(AuthorApp, OpensAFileOutsideTheLibraryAndPlaysItWithIdsAndAllMeters) {
    labtest::TempDir dir;
    const std::string path = dir.write("mijn scenario.lua", kV1);
    auto d = open_driver();
    ASSERT_TRUE(d);
    std::string error;
    EXPECT_FALSE(d->app().open_author((dir.path / "bestaat-niet.lua").string(), &error));
    EXPECT_NE(error.find("bestaat-niet.lua"), std::string::npos) << error;
    EXPECT_FALSE(d->app().open_author(dir.path.string(), &error));  // a folder without scenario.lua
    EXPECT_FALSE(d->app().author_mode());
    ASSERT_TRUE(d->app().open_author(path, &error)) << error;
    EXPECT_TRUE(d->app().author_mode());
    ASSERT_TRUE(d->app().session());
    EXPECT_EQ(d->app().screen(), Screen::Conversation);
    EXPECT_EQ(at(d->app()), "begin");
    d->frames(4);
    Picture author = capture(*d);
    EXPECT_GT(colours(author), 60u);
    // The same attempt without author mode looks clearly different (no
    // panel, no ids, no hidden meter).
    d->app().set_author_mode(false);
    d->frames(4);
    EXPECT_GT(pixels_changed(author, capture(*d)), size_t(author.w * author.h / 10));
}

TEST(AuthorApp, ASaveIsReloadedAndTheStudentsPathIsKept) {
    labtest::TempDir dir;
    const std::string path = dir.write("s.lua", kV1);
    auto d = open_driver();
    ASSERT_TRUE(d);
    ASSERT_TRUE(d->app().open_author(path, nullptr));
    d->frames(2);
    d->press(digit_key(1));  // "Welkom, gaat u zitten."
    ASSERT_EQ(at(d->app()), "vraag");
    EXPECT_EQ(d->app().session()->state().meters[0], 7);
    EXPECT_EQ(d->app().author()->loads(), 1);
    Picture before = capture(*d);

    save(dir, "s.lua", replaced(kV1, "Hoe gaat het met Tim?", "En hoe gaat het nu met Tim op school?"));
    d->advance_time(0.5);  // the app looks at the file a few times a second
    d->frames(3);
    EXPECT_EQ(d->app().author()->loads(), 2);
    const Session* s = d->app().session();
    ASSERT_TRUE(s);
    EXPECT_EQ(at(d->app()), "vraag");  // the path replayed on the new version
    EXPECT_EQ(s->turns(), 1);
    EXPECT_EQ(s->text_of(s->current(), "nl"), "En hoe gaat het nu met Tim op school?");
    EXPECT_EQ(s->state().meters[0], 7);
    EXPECT_TRUE(d->app().author_replay_problem().empty());
    EXPECT_GT(pixels_changed(before, capture(*d)), 500u);  // the new text shows

    // Through to the ending, then a save that renames the node on the path:
    // the replay stops there and says so.
    d->press(digit_key(1));
    ASSERT_EQ(d->app().session()->result().ending, "eind_goed");
    std::string v3 = kV1;
    for (size_t i; (i = v3.find("\"vraag\"")) != std::string::npos;) v3.replace(i, 7, "\"vraag2\"");
    save(dir, "s.lua", v3);
    d->advance_time(0.5);
    d->frames(2);
    EXPECT_EQ(d->app().author()->loads(), 3);
    EXPECT_NE(d->app().author_replay_problem().find("vraag"), std::string::npos) << d->app().author_replay_problem();
    EXPECT_EQ(d->app().session()->turns(), 1);  // the first choice still fitted: it leads to vraag2 now
    EXPECT_EQ(at(d->app()), "vraag2");
}

TEST(AuthorApp, ASaveOnTheDebriefShowsTheDebriefOfTheNewVersion) {
    labtest::TempDir dir;
    const std::string path = dir.write("s.lua", kV1);
    auto d = open_driver();
    ASSERT_TRUE(d);
    ASSERT_TRUE(d->app().open_author(path, nullptr));
    d->frames(2);
    d->press(digit_key(1));
    d->press(digit_key(1));
    ASSERT_EQ(d->app().session()->result().ending, "eind_goed");
    d->app().show_debrief();
    d->frames(2);
    ASSERT_TRUE(d->app().best_path_ready());
    const Scenario* old_version = &d->app().session()->scenario();

    // A new ending title: still the debrief, of the new version, with its
    // best path worked out again.
    save(dir, "s.lua", replaced(kV1, "Goed gesprek", "Een goed gesprek"));
    d->advance_time(0.5);
    d->frames(3);
    EXPECT_EQ(d->app().author()->loads(), 2);
    EXPECT_EQ(d->app().screen(), Screen::Debrief);
    EXPECT_NE(&d->app().session()->scenario(), old_version);
    EXPECT_TRUE(d->app().best_path_ready());

    // A save after which the path no longer reaches an ending: back to the
    // conversation, where the replay stopped.
    std::string v3 = kV1;
    for (size_t i; (i = v3.find("\"vraag\"")) != std::string::npos;) v3.replace(i, 7, "\"vraag2\"");
    save(dir, "s.lua", v3);
    d->advance_time(0.5);
    d->frames(3);
    EXPECT_EQ(d->app().author()->loads(), 3);
    EXPECT_EQ(d->app().screen(), Screen::Conversation);
    EXPECT_EQ(at(d->app()), "vraag2");
}

TEST(AuthorApp, ABrokenSaveListsDiagnosticsWithFileAndLineAndTheOldVersionPlaysOn) {
    labtest::TempDir dir;
    const std::string path = dir.write("s.lua", kV1);
    auto d = open_driver();
    ASSERT_TRUE(d);
    ASSERT_TRUE(d->app().open_author(path, nullptr));
    d->press(digit_key(1));
    ASSERT_EQ(at(d->app()), "vraag");
    d->app().show_author_panel("graph");
    d->frames(3);
    Picture good = capture(*d);

    // Line 15 names a node that does not exist.
    save(dir, "s.lua", std::string(kV1) + "node \"kapot\" { text = \"x\", next = \"nergens\" }\n");
    d->advance_time(0.5);
    d->frames(3);
    const AuthorModel* am = d->app().author();
    ASSERT_TRUE(am);
    EXPECT_EQ(am->loads(), 2);
    EXPECT_TRUE(am->latest_failed());
    EXPECT_EQ(am->good_load(), 1);
    ASSERT_TRUE(am->diagnostics().has_errors());
    bool listed = false;
    for (const Diagnostic& x : am->diagnostics().all())
        if (x.format().rfind(path + ":15: error:", 0) == 0) listed = true;
    EXPECT_TRUE(listed) << am->diagnostics().all()[0].format();
    // The panel now shows the messages (a red banner and the list).
    EXPECT_GT(pixels_changed(good, capture(*d)), 2000u);
    // The old version is still being played: the next choice works.
    ASSERT_TRUE(d->app().session());
    EXPECT_EQ(at(d->app()), "vraag");
    d->press(digit_key(1));
    EXPECT_EQ(d->app().session()->result().ending, "eind_goed");

    // Fixed again: a new good version, no errors, the path kept.
    save(dir, "s.lua", replaced(kV1, "Goed gesprek", "Fijn gesprek"));
    d->advance_time(0.5);
    d->frames(2);
    EXPECT_FALSE(am->latest_failed());
    EXPECT_EQ(am->good_load(), 3);
    EXPECT_FALSE(am->diagnostics().has_errors());
    EXPECT_EQ(d->app().session()->result().ending, "eind_goed");
    EXPECT_EQ(d->app().session()->turns(), 2);
}

TEST(AuthorApp, ADeletedFileOrAnEndlessLoopLeavesTheLastVersionPlaying) {
    labtest::TempDir dir;
    const std::string path = dir.write("s.lua", kV1);
    auto d = open_driver();
    ASSERT_TRUE(d);
    ASSERT_TRUE(d->app().open_author(path, nullptr));
    d->press(digit_key(1));
    ASSERT_EQ(at(d->app()), "vraag");
    const AuthorModel* am = d->app().author();

    // The editor saves by deleting and writing anew: for a moment there is no file.
    fs::remove(path);
    d->advance_time(0.5);
    d->frames(2);
    EXPECT_TRUE(am->latest_failed());
    ASSERT_TRUE(am->diagnostics().has_errors());
    EXPECT_NE(am->diagnostics().all()[0].format().find("s.lua"), std::string::npos) << am->diagnostics().all()[0].format();
    ASSERT_TRUE(d->app().session());
    EXPECT_EQ(at(d->app()), "vraag");

    // A save with an endless loop at load: stopped by the budget, reported
    // with its line, and the attempt goes on.
    save(dir, "s.lua", std::string(kV1) + "while true do end\n");
    d->advance_time(0.5);
    d->frames(2);
    EXPECT_TRUE(am->latest_failed());
    bool located = false;
    for (const Diagnostic& x : am->diagnostics().all())
        if (x.format().rfind(path + ":15:", 0) == 0) located = true;
    EXPECT_TRUE(located) << am->diagnostics().all()[0].format();
    d->press(digit_key(1));
    EXPECT_EQ(d->app().session()->result().ending, "eind_goed");
}

TEST(AuthorApp, WithNoGoodVersionYetTheAttemptStartsWhenTheErrorsAreFixed) {
    labtest::TempDir dir;
    const std::string path = dir.write("s.lua", replaced(kV1, "next = \"eind_goed\" },", "next = \"eind_goedd\" },"));
    auto d = open_driver();
    ASSERT_TRUE(d);
    ASSERT_TRUE(d->app().open_author(path, nullptr));
    d->frames(3);
    EXPECT_FALSE(d->app().session());
    EXPECT_TRUE(d->app().author()->latest_failed());
    EXPECT_EQ(d->app().screen(), Screen::Conversation);  // the waiting screen with the messages beside it
    save(dir, "s.lua", kV1);
    d->advance_time(0.5);
    d->frames(2);
    ASSERT_TRUE(d->app().session());
    EXPECT_EQ(at(d->app()), "begin");
}

TEST(AuthorApp, ClickingANodeInTheGraphJumpsThereKeepingTheState) {
    labtest::TempDir dir;
    const std::string path = dir.write("s.lua", kV1);
    auto d = open_driver(1600, 1000);
    ASSERT_TRUE(d);
    ASSERT_TRUE(d->app().open_author(path, nullptr));
    d->press(digit_key(1));  // vertrouwen 7, luisteren 2
    ASSERT_EQ(d->app().author()->graph_state(), AuthorModel::GraphState::Ready);
    d->app().show_author_panel("graph");
    d->frames(4);
    float x = 0, y = 0;
    ASSERT_TRUE(d->app().author_node_on_screen("verborgen", x, y)) << "the small graph should fit the panel";
    d->click(x, y);
    EXPECT_EQ(at(d->app()), "verborgen");
    const Session* s = d->app().session();
    EXPECT_EQ(s->state().meters[0], 7);
    EXPECT_EQ(s->state().scores[0], 2);
    EXPECT_TRUE(s->author_edited());
    // A click on the canvas between nodes does not jump.
    d->click(x, y + 300);
    EXPECT_EQ(at(d->app()), "verborgen");
}

TEST(AuthorApp, InspectorEditsAndPlayFromHereChangeTheAttempt) {
    labtest::TempDir dir;
    const std::string path = dir.write("s.lua", kV1);
    auto d = open_driver();
    ASSERT_TRUE(d);
    ASSERT_TRUE(d->app().open_author(path, nullptr));
    d->app().show_author_panel("state");
    d->press(digit_key(2));
    ASSERT_EQ(at(d->app()), "vraag");
    ASSERT_EQ(d->app().session()->current().arrival.offered.size(), 1u);
    EXPECT_TRUE(d->app().author_set_meter("onrust", 40));
    EXPECT_EQ(d->app().session()->state().meters[1], 6);  // clamped to the hidden meter's max
    EXPECT_FALSE(d->app().author_set_meter("bestaat_niet", 1));
    EXPECT_TRUE(d->app().author_set_flag("open", true));
    ASSERT_EQ(d->app().session()->current().arrival.offered.size(), 2u);  // the when is true now
    d->frames(3);
    d->press(digit_key(2));  // "Eerlijk gezegd slecht."
    EXPECT_EQ(d->app().session()->result().ending, "eind_slecht");

    EXPECT_TRUE(d->app().author_jump("vraag"));  // keeps the state: onrust 6
    EXPECT_EQ(d->app().session()->state().meters[1], 6);
    EXPECT_TRUE(d->app().play_from_here("vraag"));  // a fresh state
    EXPECT_EQ(at(d->app()), "vraag");
    EXPECT_EQ(d->app().session()->state().meters[1], 1);
    EXPECT_EQ(d->app().session()->state().meters[0], 5);
    EXPECT_EQ(d->app().session()->turns(), 0);
    EXPECT_FALSE(d->app().play_from_here("bestaat_niet"));
    d->frames(3);
}

TEST(AuthorApp, AuthorModeRecordsNoAttempt) {
    labtest::TempDir dir, data;
    const std::string path = dir.write("s.lua", kV1);
    {
        auto d = open_driver(1280, 800, data.path.string());
        ASSERT_TRUE(d);
        if (!d->app().recording()) GTEST_SKIP() << "built without the results store";
        ASSERT_TRUE(d->app().open_author(path, nullptr));
        d->press(digit_key(1));
        d->press(digit_key(1));
        ASSERT_EQ(d->app().session()->phase(), Phase::Ended);
        d->press(Key::Enter);  // the debrief
        EXPECT_EQ(d->app().screen(), Screen::Debrief);
        d->frames(2);
        EXPECT_EQ(d->app().library().best("auteur-app"), nullptr);
    }
    auto store = Store::open(data.path.string());
    ASSERT_TRUE(store);
    EXPECT_TRUE(store->attempts().empty());
}

TEST(AuthorApp, TheToggleTurnsAuthorModeOnForTheOpenScenario) {
    labtest::TempDir dir;
    const std::string path = dir.write("s.lua", kV1);
    auto d = open_driver();
    ASSERT_TRUE(d);
    ASSERT_TRUE(d->app().open_path(path));
    ASSERT_TRUE(d->app().start(Mode::Practice));
    d->press(digit_key(1));
    EXPECT_FALSE(d->app().author_mode());
    d->app().set_author_mode(true);
    d->frames(2);
    ASSERT_TRUE(d->app().author_mode());
    EXPECT_EQ(at(d->app()), "vraag");  // the attempt goes on, now on the watched version
    EXPECT_EQ(d->app().session()->turns(), 1);
    save(dir, "s.lua", replaced(kV1, "Hoe gaat het met Tim?", "Hoe is het met Tim?"));
    d->advance_time(0.5);
    EXPECT_EQ(d->app().session()->text_of(d->app().session()->current(), "nl"), "Hoe is het met Tim?");
    d->app().set_author_mode(false);
    EXPECT_FALSE(d->app().author_mode());
    d->frames(2);
}

TEST(AuthorApp, AFileOutsideTheLibraryCanBeSwitchedBackIntoAuthorModeKeepingTheAttempt) {
    labtest::TempDir dir;
    const std::string path = dir.write("s.lua", kV1);
    auto d = open_driver();
    ASSERT_TRUE(d);
    ASSERT_TRUE(d->app().open_author(path, nullptr));
    d->press(digit_key(1));
    d->app().set_author_mode(false);
    d->frames(2);
    EXPECT_EQ(at(d->app()), "vraag");  // the student's view of the same attempt
    d->app().set_author_mode(true);    // F2 again
    ASSERT_TRUE(d->app().author_mode());
    d->frames(2);
    EXPECT_EQ(at(d->app()), "vraag");
    EXPECT_EQ(d->app().session()->turns(), 1);
    EXPECT_EQ(d->app().screen(), Screen::Conversation);
}

TEST(AuthorShot, TheAuthorScreenRendersToAPngWithEachPanel) {
    labtest::TempDir dir;
    const std::string path = dir.write("s.lua", kV1);
    std::vector<Picture> shots;
    for (const char* panel : {"graph", "state", "messages"}) {
        ShotOptions o;
        o.path = path;
        o.choices = "1";
        o.author = true;
        o.panel = panel;
        o.out = (dir.path / (std::string(panel) + ".png")).string();
        ASSERT_EQ(take_shot(o), 0) << panel;
        Picture p;
        int n = 0;
        unsigned char* px = stbi_load(o.out.c_str(), &p.w, &p.h, &n, 4);
        ASSERT_TRUE(px) << panel;
        p.px.assign(px, px + size_t(p.w) * size_t(p.h) * 4);
        stbi_image_free(px);
        EXPECT_EQ(p.w, 1280);
        EXPECT_GT(colours(p), 60u) << panel;
        shots.push_back(std::move(p));
    }
    EXPECT_GT(pixels_changed(shots[0], shots[1]), 20000u);  // the tabs show different things
    EXPECT_GT(pixels_changed(shots[1], shots[2]), 20000u);
    ShotOptions bad;
    bad.path = path;
    bad.author = true;
    bad.choices = "9";
    bad.out = (dir.path / "x.png").string();
    EXPECT_EQ(take_shot(bad), 1);
}

TEST(AuthorModel, LoadsAndLaysOutOnAWorkerThread) {
    labtest::TempDir dir;
    const std::string path = dir.write("s.lua", kV1);
    Worker worker;
    AuthorModel m(path, &worker, "nl");
    EXPECT_TRUE(m.loading());
    EXPECT_FALSE(m.scenario());
    worker.wait_idle();
    ASSERT_TRUE(m.reload_ready());
    AuthorModel::Adopted a = m.adopt(nullptr);
    EXPECT_TRUE(a.loaded);
    EXPECT_FALSE(a.session);  // nothing was running
    ASSERT_TRUE(m.scenario());
    EXPECT_EQ(m.good_load(), 1);
    ASSERT_TRUE(m.reach());
    EXPECT_EQ(m.reach()->unreachable_nodes, std::vector<std::string>{"verborgen"});
    EXPECT_EQ(m.graph_state(), AuthorModel::GraphState::Laying);
    worker.wait_idle();
    EXPECT_EQ(m.graph_state(), AuthorModel::GraphState::Ready);
    EXPECT_GE(m.layout().find("verborgen"), 0);
    EXPECT_GE(m.layout().find("eind_slecht"), 0);
    EXPECT_FALSE(m.check_now());  // nothing changed on disk
    Session running(m.scenario(), 1);
    running.choose(0);
    save(dir, "s.lua", replaced(kV1, "Hoe gaat het met Tim?", "Hoe gaat het met Tim nu?"));
    EXPECT_TRUE(m.check_now());
    worker.wait_idle();
    a = m.adopt(&running);
    ASSERT_TRUE(a.session);
    EXPECT_EQ(a.session->text_of(a.session->current(), "nl"), "Hoe gaat het met Tim nu?");
    EXPECT_EQ(m.loads(), 2);
}

TEST(AuthorModel, WithoutGraphvizTheGraphIsLaidOutInLayersAndSaysWhy) {
    labtest::TempDir dir;
    const std::string path = dir.write("s.lua", kV1);
    AuthorModel m(path, nullptr, "nl");
    m.set_dot_program("/nonexistent/graphviz/dot");
    ASSERT_TRUE(m.reload_ready());
    m.adopt(nullptr);
    ASSERT_EQ(m.graph_state(), AuthorModel::GraphState::Ready);
    EXPECT_FALSE(m.layout().by_dot);
    EXPECT_NE(m.layout_note().find("/nonexistent/graphviz/dot"), std::string::npos) << m.layout_note();
    EXPECT_GE(m.layout().find("begin"), 0);
}

TEST(AuthorApp, InTheBackgroundTheAttemptStartsOnceTheFirstVersionArrives) {
    labtest::TempDir dir;
    const std::string path = dir.write("s.lua", kV1);
    AppDriver::Options o;
    o.app.lang = "nl";
    o.app.background = true;  // loads and layouts on the worker, as in the real app
    o.app.live = false;
    o.app.record = false;
    o.app.data_dir = (fs::temp_directory_path() / "gesprekslab-test-data").string();
    std::string error;
    auto d = AppDriver::open(o, &error);
    ASSERT_TRUE(d) << error;
    ASSERT_TRUE(d->app().open_author(path, &error)) << error;
    for (int i = 0; i < 4 && (!d->app().session() || d->app().author()->graph_state() != AuthorModel::GraphState::Ready); ++i) {
        d->app().wait_for_background();
        d->frames(1);
    }
    ASSERT_TRUE(d->app().session());
    EXPECT_EQ(at(d->app()), "begin");
    EXPECT_EQ(d->app().author()->graph_state(), AuthorModel::GraphState::Ready);
    d->press(digit_key(1));
    save(dir, "s.lua", replaced(kV1, "Hoe gaat het met Tim?", "Vertel, hoe gaat het?"));
    d->app().author_check_files();
    EXPECT_TRUE(d->app().author()->loading());
    d->app().wait_for_background();
    d->frames(1);
    EXPECT_EQ(d->app().session()->text_of(d->app().session()->current(), "nl"), "Vertel, hoe gaat het?");
    EXPECT_EQ(at(d->app()), "vraag");
}
