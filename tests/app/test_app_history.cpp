// The results in the app, without a window: the history model on attempts
// recorded in a real store (list, chart, two attempts aligned by turn, where
// the paths parted, score differences), the resume offer, the name in the
// settings, and where the portfolio files go.
#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>

#include "../helpers.h"
#include "app/history_model.h"
#include "app/portfolio_files.h"
#include "app/settings.h"
#include "core/picks.h"
#include "store/recorder.h"
#include "store/store.h"

namespace {

namespace fs = std::filesystem;
using namespace lab;

const std::string kData = std::string(LAB_SOURCE_DIR) + "/tests/app/data";

std::shared_ptr<const Scenario> gesprek() {
    static std::shared_ptr<const Scenario> sc = [] {
        Loaded l = load_scenario(kData + "/gesprek.lua");
        EXPECT_TRUE(l.scenario) << labtest::messages(l);
        return l.scenario;
    }();
    return sc;
}

// A store in `d` whose clock moves a minute per call (attempts get distinct times).
std::unique_ptr<Store> open_store(const labtest::TempDir& d) {
    auto s = Store::open(d.path.string());
    EXPECT_TRUE(s);
    if (s) s->set_clock([] { static int64_t t = 1731420000000; return t += 60000; });  // 12 Nov 2024
    return s;
}

// Plays `picks` on a new attempt of `sc` by `student`, syncing after every
// pick as the app does; `rewind_to` >= 0 first plays `picks_before`, then
// goes back to that turn. Returns the attempt's id.
int64_t record(Store& store, const std::string& student, const std::string& picks, Mode mode = Mode::Practice,
               std::shared_ptr<const Scenario> sc = nullptr, const std::string& picks_before = "", int rewind_to = -1) {
    if (!sc) sc = gesprek();
    Session s(sc, 1);
    AttemptRecorder rec(store, s, {student, "", mode, "nl"});
    auto play = [&](const std::string& text) {
        std::vector<Pick> p;
        std::string err;
        EXPECT_TRUE(parse_picks(text, p, err)) << err;
        for (const Pick& one : p) {
            s.advance_all();
            EXPECT_TRUE(s.pick(one));
            EXPECT_TRUE(rec.sync(s)) << rec.error();
        }
        s.advance_all();
        EXPECT_TRUE(rec.sync(s)) << rec.error();
    };
    if (!picks_before.empty()) {
        play(picks_before);
        s.rewind(rewind_to);
        EXPECT_TRUE(rec.sync(s));
    }
    if (!picks.empty()) play(picks);
    return rec.id();
}

// [SECTION] the list and the chart

TEST(HistoryModel, ListsOnlyThisStudentsAttemptsNewestFirstNumberedFromTheFirst) {
    labtest::TempDir d;
    auto store = open_store(d);
    const int64_t first = record(*store, "Sanne", "2");
    record(*store, "Daan", "1,1,1");
    const int64_t second = record(*store, "Sanne", "1,2,2");
    const int64_t third = record(*store, "Sanne", "1");  // unfinished
    History h = load_history(*store, "app-test", "Sanne", false);
    ASSERT_EQ(h.items.size(), 3u);
    EXPECT_EQ(h.items[0].summary.id, third);
    EXPECT_EQ(h.items[0].number, 3);
    EXPECT_EQ(h.items[2].summary.id, first);
    EXPECT_EQ(h.items[2].number, 1);
    EXPECT_EQ(h.items[1].summary.id, second);
    EXPECT_EQ(h.other_names, 1);  // Daan's
    History all = load_history(*store, "app-test", "Sanne", true);
    EXPECT_EQ(all.items.size(), 4u);
    EXPECT_EQ(all.other_names, 0);
    EXPECT_TRUE(load_history(*store, "app-test", "Kim", false).items.empty());
    EXPECT_TRUE(load_history(*store, "other-scenario", "Sanne", false).items.empty());
}

TEST(HistoryModel, TheChartShowsFinishedAttemptsOldestFirstWithTheirScore) {
    labtest::TempDir d;
    auto store = open_store(d);
    record(*store, "Sanne", "2");                 // boos weg: 0%
    record(*store, "Sanne", "1,1");               // unfinished: no point
    record(*store, "Sanne", "1,1,1", Mode::Test);  // the best: 100%
    std::vector<ChartPoint> pts = chart_points(load_history(*store, "app-test", "Sanne", false));
    ASSERT_EQ(pts.size(), 2u);
    EXPECT_EQ(pts[0].number, 1);
    EXPECT_NEAR(pts[0].overall, 0.0, 1e-9);
    EXPECT_EQ(pts[0].grade, lab::Grade::Insufficient);
    EXPECT_EQ(pts[1].number, 3);
    EXPECT_NEAR(pts[1].overall, 1.0, 1e-9);
    EXPECT_EQ(pts[1].grade, lab::Grade::Good);
    EXPECT_EQ(pts[1].mode, lab::Mode::Test);
}

// [SECTION] two attempts side by side

TEST(HistoryModel, AlignsTwoAttemptsByTurnAndFindsWhereThePathsParted) {
    labtest::TempDir d;
    auto store = open_store(d);
    const int64_t best = record(*store, "Sanne", "1,1,1");
    const int64_t worse = record(*store, "Sanne", "1,2,2");
    // Argument order does not matter: the older attempt is `a`.
    Comparison c = compare_attempts(*store->load_attempt(worse), *store->load_attempt(best), "nl");
    EXPECT_EQ(c.id_a, best);
    EXPECT_EQ(c.id_b, worse);
    ASSERT_GE(c.rows.size(), 3u);
    // Turn 1 the same; at turn 2 one listened and the other waved it away.
    EXPECT_TRUE(c.rows[0].same);
    EXPECT_EQ(c.rows[0].a.answer, "Natuurlijk, kom binnen.");
    EXPECT_EQ(c.diverge, 1);
    EXPECT_FALSE(c.rows[1].same);
    EXPECT_EQ(c.rows[1].a.answer, "U maakt zich zorgen om Sanne.");
    EXPECT_EQ(c.rows[1].b.answer, "Dat valt vast mee.");
    EXPECT_EQ(c.rows[1].b.feedback, "Je wuift de zorg weg.");
    ASSERT_FALSE(c.rows[1].a.said.empty());
    EXPECT_EQ(c.rows[1].a.said.back().who, "Karim Haddad");
    EXPECT_NE(c.rows[1].a.said.back().text.find("Sanne slaapt slecht"), std::string::npos);
    ASSERT_EQ(c.rows[1].b.deltas.size(), 1u);
    EXPECT_EQ(c.rows[1].b.deltas[0].first, "Luisteren");
    EXPECT_EQ(c.rows[1].b.deltas[0].second, -1);
    EXPECT_FALSE(c.rows[2].same);
    // Endings and scores: the newer one did worse on listening.
    EXPECT_EQ(c.ending_a, "Samen verder");
    EXPECT_EQ(c.ending_b, "Half tevreden");
    EXPECT_NEAR(c.overall_a, 1.0, 1e-9);
    EXPECT_LT(c.overall_b, c.overall_a);
    ASSERT_EQ(c.scores.size(), 2u);
    EXPECT_EQ(c.scores[0].label, "Luisteren");
    EXPECT_NEAR(c.scores[0].a, 1.0, 1e-9);
    EXPECT_NEAR(c.scores[0].diff(), store->load_attempt(worse)->standing.scores[0].percent - 1.0, 1e-9);
    EXPECT_LT(c.scores[0].diff(), 0);
    // In English the scenario's English texts.
    Comparison en = compare_attempts(*store->load_attempt(best), *store->load_attempt(worse), "en");
    EXPECT_EQ(en.rows[0].a.answer, "Of course, come in.");
    EXPECT_EQ(en.scores[0].label, "Listening");
}

TEST(HistoryModel, TheSamePathHasNoDivergenceAndAnotherFirstAnswerPartsAtOnce) {
    labtest::TempDir d;
    auto store = open_store(d);
    const int64_t a = record(*store, "Sanne", "1,1,1");
    const int64_t b = record(*store, "Sanne", "1,1,1");
    const int64_t bad = record(*store, "Sanne", "2");
    Comparison same = compare_attempts(*store->load_attempt(a), *store->load_attempt(b), "nl");
    EXPECT_EQ(same.diverge, -1);
    for (const TurnRow& r : same.rows) EXPECT_TRUE(r.same);
    for (const ScoreDiff& s : same.scores) EXPECT_NEAR(s.diff(), 0.0, 1e-9);
    Comparison first = compare_attempts(*store->load_attempt(a), *store->load_attempt(bad), "nl");
    EXPECT_EQ(first.diverge, 0);
    ASSERT_GE(first.rows.size(), 2u);
    EXPECT_TRUE(first.rows[1].a.present);
    EXPECT_FALSE(first.rows[1].b.present);  // the short attempt ended after its first answer
}

TEST(HistoryModel, ASilenceIsATurnAndRewoundAnswersAreLeftOut) {
    labtest::TempDir d;
    auto store = open_store(d);
    // Played 1,2 first, then back to turn 2 and on with 1,t: the line is 1,1,t.
    const int64_t id = record(*store, "Sanne", "1,t", Mode::Practice, nullptr, "1,2", 1);
    auto rec = store->load_attempt(id);
    ASSERT_TRUE(rec);
    EXPECT_EQ(rec->rewinds(), 1);
    std::vector<TurnCell> turns = turns_of(*rec, "nl");
    ASSERT_GE(turns.size(), 3u);
    EXPECT_EQ(turns[1].answer, "U maakt zich zorgen om Sanne.");  // not the rewound "Dat valt vast mee."
    EXPECT_TRUE(turns[2].silence);
    EXPECT_TRUE(turns[2].decided);
    for (const TurnCell& t : turns) EXPECT_NE(t.answer, "Dat valt vast mee.");
}

// [SECTION] the resume offer

TEST(ResumeOffer, IsTheNewestUnfinishedAttemptOfThisStudentAndScenario) {
    labtest::TempDir d;
    auto store = open_store(d);
    record(*store, "Sanne", "1");
    const int64_t newest = record(*store, "Sanne", "1,1", Mode::Test);
    record(*store, "Daan", "1,1");
    record(*store, "Sanne", "2");  // finished
    auto offer = find_resume_offer(*store, "app-test", "Sanne");
    ASSERT_TRUE(offer);
    EXPECT_EQ(offer->attempt.id, newest);
    EXPECT_EQ(offer->attempt.turns, 2);
    EXPECT_EQ(offer->attempt.mode, lab::Mode::Test);
    EXPECT_FALSE(find_resume_offer(*store, "app-test", "Kim"));
    EXPECT_FALSE(find_resume_offer(*store, "app-test", ""));  // nothing anonymous
    check_resume(*offer, *store, gesprek());
    EXPECT_TRUE(offer->checked);
    EXPECT_TRUE(offer->fits);
    EXPECT_EQ(offer->turns_fit, 2);
    EXPECT_EQ(offer->problem, "");
}

TEST(ResumeOffer, SaysWhenTheScenarioChangedSoThePathNoLongerFits) {
    labtest::TempDir d, sd;
    std::ifstream in(kData + "/gesprek.lua");
    const std::string text((std::istreambuf_iterator<char>(in)), {});
    const std::string path = sd.write("gesprek.lua", text);
    auto v1 = load_scenario(path).scenario;
    ASSERT_TRUE(v1);
    auto store = open_store(d);
    record(*store, "Sanne", "1,1", Mode::Practice, v1);
    // The lecturer renames the second node: the second answer no longer fits.
    std::string changed = text;
    for (size_t at = 0; (at = changed.find("\"zorg\"", at)) != std::string::npos; at += 8) changed.replace(at, 6, "\"zorgen\"");
    sd.write("gesprek.lua", changed);
    auto v2 = load_scenario(path).scenario;
    ASSERT_TRUE(v2) << "the edited scenario should load";
    auto offer = find_resume_offer(*store, "app-test", "Sanne");
    ASSERT_TRUE(offer);
    set_message_language("nl");
    check_resume(*offer, *store, v2);
    EXPECT_FALSE(offer->fits);
    EXPECT_EQ(offer->turns_fit, 1);
    EXPECT_NE(offer->problem.find("zorg"), std::string::npos) << offer->problem;
    // Only an edit elsewhere: every step fits, but it is still another version.
    sd.write("gesprek.lua", text + "\n-- een kleine aanpassing\n");
    auto v3 = load_scenario(path).scenario;
    ASSERT_TRUE(v3);
    check_resume(*offer, *store, v3);
    EXPECT_FALSE(offer->fits);
    EXPECT_EQ(offer->turns_fit, 2);
    EXPECT_NE(offer->problem, "");
}

// [SECTION] words, names and files

TEST(HistoryWords, DatesAreShortWithTheYearOnlyWhenItIsAnother) {
    const char* old_tz = std::getenv("TZ");
    const std::string keep = old_tz ? old_tz : "";
    setenv("TZ", "UTC", 1);
    tzset();
    const int64_t t = 1731420180000;  // 2024-11-12 14:03 UTC
    EXPECT_EQ(when_text(t, "nl", t + 3600000), "12 nov 14:03");
    EXPECT_EQ(when_text(t, "en", t), "12 Nov 14:03");
    EXPECT_EQ(when_text(t, "nl", t + int64_t(400) * 86400000), "12 nov 2024 14:03");
    EXPECT_EQ(portfolio_base_name("verslag", "app-test", t), "gesprekslab-verslag-app-test-2024-11-12-1403");
    EXPECT_EQ(portfolio_base_name("verslag", "rare naam/../x", t), "gesprekslab-verslag-rare-naam----x-2024-11-12-1403");
    if (old_tz) setenv("TZ", keep.c_str(), 1);
    else unsetenv("TZ");
    tzset();
}

TEST(PortfolioFiles, GoToTheDocumentsFolderElseTheDataFolderWithoutOverwriting) {
    labtest::TempDir home, data;
    const char* old_home = std::getenv("HOME");
    const char* old_cfg = std::getenv("XDG_CONFIG_HOME");
    const std::string keep_home = old_home ? old_home : "", keep_cfg = old_cfg ? old_cfg : "";
    setenv("HOME", home.path.c_str(), 1);
    unsetenv("XDG_CONFIG_HOME");
    // No documents folder: the data folder.
    EXPECT_EQ(portfolio_dir(data.path.string()), (data.path / "portfolio").string());
    // ~/Documents when it exists.
    fs::create_directories(home.path / "Documents");
    EXPECT_EQ(portfolio_dir(data.path.string()), (home.path / "Documents" / "Gesprekslab").string());
    // A Dutch desktop names it in user-dirs.dirs.
    fs::create_directories(home.path / "Documenten");
    home.write(".config/user-dirs.dirs", "# comment\nXDG_DESKTOP_DIR=\"$HOME/Bureaublad\"\nXDG_DOCUMENTS_DIR=\"$HOME/Documenten\"\n");
    EXPECT_EQ(portfolio_dir(data.path.string()), (home.path / "Documenten" / "Gesprekslab").string());
    if (old_home) setenv("HOME", keep_home.c_str(), 1);
    else unsetenv("HOME");
    if (old_cfg) setenv("XDG_CONFIG_HOME", keep_cfg.c_str(), 1);
    // A name that is taken gets a number.
    const std::string dir = data.path.string();
    EXPECT_EQ(free_path(dir, "x", "html"), (data.path / "x.html").string());
    data.write("x.html", "old");
    EXPECT_EQ(free_path(dir, "x", "html"), (data.path / "x-2.html").string());
    data.write("x-2.html", "old");
    EXPECT_EQ(free_path(dir, "x", "html"), (data.path / "x-3.html").string());
}

TEST(Settings, KeepTheStudentsNameCleanedAndWhetherItWasAsked) {
    labtest::TempDir dir;
    const std::string path = (dir.path / "settings.json").string();
    Settings s;
    EXPECT_EQ(s.student, "");
    EXPECT_FALSE(s.student_asked);
    s.student = "Sanne de Vries";
    s.student_asked = true;
    ASSERT_TRUE(save_settings(s, path));
    Settings back = load_settings(path);
    EXPECT_EQ(back.student, "Sanne de Vries");
    EXPECT_TRUE(back.student_asked);
    EXPECT_EQ(back, s);
    EXPECT_EQ(clean_student_name("  Jan\tJansen \n"), "JanJansen");
    EXPECT_EQ(clean_student_name("   "), "");
    const std::string longer(100, 'a');
    EXPECT_EQ(clean_student_name(longer).size(), kStudentNameMax);
    std::string problem;
    Settings bad = settings_from_json("{\"student\": 12}", &problem);
    EXPECT_EQ(bad.student, "");
    EXPECT_NE(problem, "");
}

}  // namespace
