// The app's models, tested without SDL or ImGui: library, settings, UI
// strings, transcript, debrief, reflection.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "../helpers.h"
#include "app/debrief_model.h"
#include "app/library_model.h"
#include "app/reflection.h"
#include "app/settings.h"
#include "app/transcript.h"
#include "app/ui_strings.h"
#include "core/picks.h"

namespace {

namespace fs = std::filesystem;
using namespace lab;

const std::string kData = std::string(LAB_SOURCE_DIR) + "/tests/app/data";

std::shared_ptr<const Scenario> load_ok(const std::string& path) {
    Loaded l = load_scenario(path);
    EXPECT_TRUE(l.scenario) << path;
    return l.scenario;
}

Session played(std::shared_ptr<const Scenario> sc, const std::string& picks_text, uint64_t seed = 1) {
    Session s(std::move(sc), seed);
    std::vector<Pick> picks;
    std::string error;
    EXPECT_TRUE(parse_picks(picks_text, picks, error)) << error;
    EXPECT_TRUE(play_picks(s, picks, error)) << error;
    return s;
}

const LibraryEntry* by_file(const LibraryModel& m, const std::string& file) {
    for (const auto& e : m.entries())
        if (fs::path(e.path).filename() == file) return &e;
    return nullptr;
}

// [SECTION] library

TEST(LibraryModel, BrokenScenarioShowsAsBrokenWithItsDiagnostics) {
    LibraryModel m;
    m.load(kData);
    ASSERT_EQ(m.size(), 3u);
    const LibraryEntry* kapot = by_file(m, "kapot.lua");
    ASSERT_TRUE(kapot);
    EXPECT_TRUE(kapot->broken());
    EXPECT_FALSE(kapot->to_play());
    ASSERT_TRUE(kapot->diagnostics.has_errors());
    EXPECT_NE(kapot->diagnostics.all()[0].format().find("kapot.lua:3"), std::string::npos);
    EXPECT_EQ(kapot->display_title("nl"), "kapot");  // no title could be read: the file name
}

TEST(LibraryModel, ScenarioFailingOnlyWhenPlayedIsBrokenButPlayable) {
    LibraryModel m;
    m.load(kData);
    const LibraryEntry* faalt = by_file(m, "faalt.lua");
    ASSERT_TRUE(faalt);
    EXPECT_TRUE(faalt->broken());
    EXPECT_FALSE(faalt->scenario);
    EXPECT_TRUE(faalt->playable);
    EXPECT_EQ(faalt->display_title("nl"), "Faalt halverwege");
}

TEST(LibraryModel, GoodScenarioIsReadyWithWhatACardShows) {
    LibraryModel m;
    m.load(kData);
    const LibraryEntry* e = by_file(m, "gesprek.lua");
    ASSERT_TRUE(e);
    EXPECT_EQ(e->status, LibraryEntry::Status::Ready);
    EXPECT_TRUE(e->scenario);
    EXPECT_EQ(e->display_title("en"), "A word with Sanne's father");
    EXPECT_EQ(e->level, 1);
    EXPECT_EQ(e->minutes, 5);
    EXPECT_TRUE(m.all_checked());
}

TEST(LibraryModel, ScanIsQuickAndLeavesEntriesToCheck) {
    LibraryModel m;
    m.scan(kData);
    const LibraryEntry* e = by_file(m, "gesprek.lua");
    ASSERT_TRUE(e);
    EXPECT_TRUE(e->checking());
    EXPECT_FALSE(e->to_play());  // not analysed yet: not for playing
    EXPECT_TRUE(e->preview);     // but the briefing can be shown
    EXPECT_TRUE(by_file(m, "kapot.lua")->broken());
    for (size_t i = 0; i < m.size(); ++i)
        if (m.entry(i).checking()) m.apply(i, LibraryModel::check(m.entry(i).path));
    EXPECT_TRUE(m.all_checked());
    EXPECT_TRUE(by_file(m, "gesprek.lua")->to_play());
}

TEST(LibraryModel, FiltersByTheme) {
    LibraryModel m;
    m.load(kData);
    auto themes = m.themes();
    EXPECT_NE(std::find(themes.begin(), themes.end(), "testthema"), themes.end());
    EXPECT_EQ(m.filter("testthema", "", "nl").size(), 2u);  // gesprek and faalt
    EXPECT_EQ(m.filter("groep 4", "", "nl").size(), 1u);
    EXPECT_EQ(m.filter("", "", "nl").size(), 3u);
}

TEST(LibraryModel, SearchIgnoresCaseAndAccentsAndNeedsEveryWord) {
    LibraryModel m;
    m.load(kData);
    EXPECT_EQ(m.filter("", "SANNE", "nl").size(), 1u);
    EXPECT_EQ(m.filter("", "sanne vader", "nl").size(), 1u);
    EXPECT_EQ(m.filter("", "sanne olifant", "nl").size(), 0u);
    EXPECT_EQ(m.filter("", "father", "en").size(), 1u);  // the student's language
    EXPECT_EQ(fold_for_search("Één Ëlla Ça"), "een ella ca");
}

TEST(LibraryModel, RemembersTheBestResultOfAScenario) {
    LibraryModel m;
    EXPECT_EQ(m.best("x"), nullptr);
    Result r;
    r.grade = lab::Grade::Sufficient;
    r.overall = 0.6;
    m.record_result("x", r);
    r.grade = lab::Grade::Insufficient;
    r.overall = 0.3;
    m.record_result("x", r);
    ASSERT_TRUE(m.best("x"));
    EXPECT_EQ(m.best("x")->grade, lab::Grade::Sufficient);
}

// [SECTION] settings

TEST(Settings, RoundTripThroughTheFile) {
    labtest::TempDir dir;
    const std::string path = (dir.path / "sub" / "settings.json").string();
    Settings s;
    s.lang = "en";
    s.text_size = TextSize::Larger;
    s.high_contrast = true;
    s.window_width = 1500;
    s.window_height = 900;
    std::string problem;
    ASSERT_TRUE(save_settings(s, path, &problem)) << problem;
    Settings back = load_settings(path, &problem);
    EXPECT_TRUE(problem.empty()) << problem;
    EXPECT_EQ(back, s);
}

TEST(Settings, MissingFileGivesDefaults) {
    std::string problem;
    Settings s = load_settings("/nonexistent/gesprekslab/settings.json", &problem);
    EXPECT_EQ(s, Settings{});
    EXPECT_TRUE(problem.empty());
}

TEST(Settings, DamagedFileGivesDefaultsAndSaysWhy) {
    labtest::TempDir dir;
    std::string path = dir.write("settings.json", "{ \"lang\": \"fr\", \"text_size\": \"huge\", \"high_contrast\": true, \"window\": {\"width\": 5} }");
    std::string problem;
    Settings s = load_settings(path, &problem);
    EXPECT_EQ(s.lang, "nl");
    EXPECT_EQ(s.text_size, TextSize::Normal);
    EXPECT_TRUE(s.high_contrast);  // what is valid is kept
    EXPECT_EQ(s.window_width, 1280);
    EXPECT_NE(problem.find("lang"), std::string::npos);
    path = dir.write("broken.json", "not json at all {");
    s = load_settings(path, &problem);
    EXPECT_EQ(s, Settings{});
    EXPECT_FALSE(problem.empty());
}

TEST(Settings, LiveInTheXdgConfigDirectory) {
    const char* old = std::getenv("XDG_CONFIG_HOME");
    std::string saved = old ? old : "";
    setenv("XDG_CONFIG_HOME", "/tmp/xdg-test-config", 1);
    EXPECT_EQ(settings_path(), "/tmp/xdg-test-config/gesprekslab/settings.json");
    if (old) setenv("XDG_CONFIG_HOME", saved.c_str(), 1);
    else unsetenv("XDG_CONFIG_HOME");
}

TEST(Settings, TextSizesGrow) {
    for (int k = 1; k < kTextSizeCount; ++k) EXPECT_GT(text_pixels(TextSize(k)), text_pixels(TextSize(k - 1)));
    EXPECT_GE(kTextSizeCount, 3);
}

// [SECTION] UI strings

TEST(UiStrings, DutchAndEnglishHaveTheSameKeys) {
    UiStrings nl, en;
    std::string problem;
    ASSERT_TRUE(nl.load(std::string(LAB_SOURCE_DIR) + "/assets/ui", "nl", &problem)) << problem;
    ASSERT_TRUE(en.load(std::string(LAB_SOURCE_DIR) + "/assets/ui", "en", &problem)) << problem;
    EXPECT_EQ(nl.keys(), en.keys());
    EXPECT_GT(nl.keys().size(), 100u);
    EXPECT_STREQ(nl("common.library"), "Bibliotheek");
    EXPECT_STREQ(en("common.library"), "Library");
}

TEST(UiStrings, UnknownKeyShowsTheKeyAndPlaceholdersFill) {
    UiStrings s;
    s.load(std::string(LAB_SOURCE_DIR) + "/assets/ui", "nl");
    EXPECT_STREQ(s("no.such.key"), "no.such.key");
    EXPECT_EQ(s.fmt("library.minutes", {"15"}), "± 15 min");
}

TEST(UiStrings, EveryMoodOutcomeAndGradeHasWords) {
    UiStrings s;
    s.load(std::string(LAB_SOURCE_DIR) + "/assets/ui", "en");
    for (const std::string& m : mood_names()) EXPECT_TRUE(s.has("mood." + m)) << m;
    for (Outcome o : {Outcome::Good, Outcome::Mixed, Outcome::Bad, Outcome::Stuck, Outcome::Unfinished, Outcome::Failed})
        EXPECT_TRUE(s.has(std::string("outcome.") + outcome_name(o)));
    for (const char* g : {"goed", "voldoende", "onvoldoende"}) EXPECT_TRUE(s.has(std::string("grade.") + g));
}

// [SECTION] transcript and debrief

TEST(Transcript, ShowsSpeakersChoicesSilenceNarrationAndTheEnding) {
    auto sc = load_ok(kData + "/gesprek.lua");
    Session s = played(sc, "1,1,t");
    std::vector<TranscriptLine> lines = build_transcript(s, "nl");
    std::vector<TranscriptLine::Kind> kinds;
    for (const auto& l : lines) kinds.push_back(l.kind);
    using K = TranscriptLine::Kind;
    EXPECT_EQ(kinds, (std::vector<K>{K::Parent, K::Student, K::Parent, K::Student, K::Parent, K::Silence, K::Narration, K::Parent, K::Ending}));
    EXPECT_EQ(lines[0].who, "Karim Haddad");
    EXPECT_EQ(lines[1].text, "Natuurlijk, kom binnen.");
    EXPECT_EQ(lines[1].turn, 0);
    EXPECT_EQ(lines[5].turn, 2);
    EXPECT_EQ(lines.back().title, "Samen verder");
    EXPECT_EQ(build_transcript(s, "en")[1].text, "Of course, come in.");
}

TEST(Transcript, PortraitFollowsTheLastSpeakerAndNarrationMood) {
    auto sc = load_ok(kData + "/gesprek.lua");
    Session s(sc, 1);
    Mood mood;
    EXPECT_EQ(current_speaker(s, &mood), sc->character_index("vader"));
    EXPECT_EQ(mood, Mood::Gespannen);
    s.choose(0);
    s.choose(0);
    s.timeout();  // to the narration "stil", which has its own mood
    EXPECT_EQ(current_speaker(s, &mood), sc->character_index("vader"));
    EXPECT_EQ(mood, Mood::Verdrietig);
}

TEST(Debrief, KeyMomentsShowFeedbackAndABetterOption) {
    auto sc = load_ok(kData + "/gesprek.lua");
    Session s = played(sc, "1,2,2");
    std::vector<KeyMoment> km = key_moments(s, "nl");
    ASSERT_EQ(km.size(), 3u);
    EXPECT_EQ(km[0].chosen, "Natuurlijk, kom binnen.");
    EXPECT_EQ(km[0].feedback, "Goed: je maakt tijd.");
    EXPECT_FALSE(km[0].better_pos);  // the best option was taken
    ASSERT_TRUE(km[1].better_pos);
    EXPECT_EQ(*km[1].better_pos, 0);
    EXPECT_EQ(km[1].better_text, "U maakt zich zorgen om Sanne.");
    EXPECT_EQ(km[1].better_feedback, "Je vat samen.");
    EXPECT_GT(km[1].better_value, km[1].value);
    EXPECT_EQ(km[2].turn, 2);
}

TEST(Debrief, SilenceIsAMomentToo) {
    auto sc = load_ok(kData + "/gesprek.lua");
    Session s = played(sc, "1,1,t");
    std::vector<KeyMoment> km = key_moments(s, "nl");
    ASSERT_EQ(km.size(), 3u);
    EXPECT_TRUE(km[2].timed_out);
    ASSERT_TRUE(km[2].better_pos);
    EXPECT_EQ(km[2].better_text, "Zullen we volgende week samen kijken hoe het gaat?");
}

TEST(Debrief, MeterSeriesFollowTheStepsAndHideHiddenMeters) {
    auto sc = load_ok(kData + "/gesprek.lua");
    Session s = played(sc, "1,1,1");
    std::vector<MeterSeries> ms = meter_series(s, "en");
    ASSERT_EQ(ms.size(), 1u);  // "onrust" is hidden from students
    EXPECT_EQ(ms[0].label, "Trust");
    EXPECT_EQ(ms[0].values.size(), s.steps().size());
    EXPECT_EQ(ms[0].values.front(), 5);
    EXPECT_EQ(ms[0].values.back(), 8);
}

TEST(Debrief, BestPathReachesTheBestScore) {
    auto sc = load_ok(kData + "/gesprek.lua");
    BestPath b = find_best_path(*sc, sc->competency_max, 1);
    ASSERT_TRUE(b.found);
    EXPECT_TRUE(b.exact);
    EXPECT_EQ(picks_text(b.picks), "1,1,1");
    EXPECT_NEAR(b.value, 1.0, 1e-9);
    Session s = played(sc, picks_text(b.picks));
    EXPECT_EQ(s.result().grade, lab::Grade::Good);
    EXPECT_NEAR(s.result().overall, 1.0, 1e-9);
}

// [SECTION] reflection

TEST(Reflection, IsSavedWithTheAttemptItIsAbout) {
    auto sc = load_ok(kData + "/gesprek.lua");
    Session s = played(sc, "1,1,1");
    Reflection r;
    EXPECT_TRUE(r.empty());
    r.answers[0] = "Ik maakte tijd.";
    r.answers[4] = "Volgende keer vraag ik eerder door.";
    std::array<std::string, kReflectionPhases> prompts{"a", "b", "c", "d", "e"};
    labtest::TempDir dir;
    std::string problem;
    std::string path = save_reflection(dir.path.string(), s, r, prompts, "nl", &problem);
    ASSERT_FALSE(path.empty()) << problem;
    std::ifstream in(path);
    nlohmann::json j = nlohmann::json::parse(in);
    EXPECT_EQ(j["scenario"], "app-test");
    EXPECT_EQ(j["ending"], "samen");
    EXPECT_EQ(j["grade"], "goed");
    ASSERT_EQ(j["alact"].size(), 5u);
    EXPECT_EQ(j["alact"][0]["phase"], "handelen");
    EXPECT_EQ(j["alact"][0]["answer"], "Ik maakte tijd.");
    EXPECT_EQ(j["alact"][4]["phase"], "uitproberen");
}

}  // namespace
