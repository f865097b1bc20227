// The results store: recording, resuming, recovery from damage, concurrent
// use, and surviving a kill at any moment.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "helpers.h"
#include "store/recorder.h"
#include "store/store.h"

namespace {

using namespace labtest;
using lab::AttemptRecorder;
using lab::AttemptStatus;
using lab::EventKind;
using lab::Session;
using lab::Store;

// Sets the message language for one test and restores it afterwards.
struct LangGuard {
    std::string old = lab::message_language();
    explicit LangGuard(const char* lang) { lab::set_message_language(lang); }
    ~LangGuard() { lab::set_message_language(old); }
};

// The tutorial's best path (goed, 100%) and its path through the silence
// (seed 7), as in its plans beste_pad and stilte_pad.
const char* const kBestPath = "1,2,1,3,1,3";
const char* const kSilencePath = "1,t,1,3,1,3";

std::shared_ptr<const lab::Scenario> tutorial() {
    static std::shared_ptr<const lab::Scenario> sc = [] {
        lab::Loaded l = lab::load_scenario(std::string(LAB_SOURCE_DIR) + "/scenarios/tutorial.lua");
        EXPECT_TRUE(l.scenario) << messages(l);
        return l.scenario;
    }();
    return sc;
}

std::unique_ptr<Store> open_store(const TempDir& d, std::string* notice = nullptr) {
    std::string n;
    auto s = Store::open(d.path.string(), &n);
    if (notice) *notice = n;
    else EXPECT_EQ(n, "");
    EXPECT_TRUE(s) << n;
    if (s) s->set_clock([] { static int64_t t = 1714560000000; return t += 1500; });
    return s;
}

// Plays "1,1,..." picks one by one, syncing after each, as the app does.
void play_synced(Session& s, AttemptRecorder& rec, const std::string& picks) {
    std::vector<lab::Pick> p;
    std::string err;
    ASSERT_TRUE(lab::parse_picks(picks, p, err)) << err;
    s.advance_all();
    ASSERT_TRUE(rec.sync(s)) << rec.error();
    for (const auto& one : p) {
        ASSERT_TRUE(s.pick(one));
        ASSERT_TRUE(rec.sync(s)) << rec.error();
    }
}

std::string read_bytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::vector<fs::path> broken_files(const TempDir& d) {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(d.path))
        if (e.path().filename().string().find(".broken-") != std::string::npos &&
            e.path().filename().string().find("-wal") == std::string::npos &&
            e.path().filename().string().find("-shm") == std::string::npos)
            out.push_back(e.path());
    return out;
}

// [SECTION] recording

TEST(Store, FreshDatabaseHasCurrentSchemaInWalMode) {
    TempDir d;
    auto s = open_store(d);
    ASSERT_TRUE(s);
    EXPECT_EQ(s->schema_version(), Store::kSchemaVersion);
    EXPECT_EQ(s->moved_aside(), "");
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(s->path().c_str(), &db), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, nullptr);
    ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
    EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "wal");
    sqlite3_finalize(st);
    sqlite3_close(db);
}

TEST(Store, RecordsEveryDecisionWithTextsAndFinishes) {
    LangGuard lang_guard("en");
    TempDir d;
    auto store = open_store(d);
    Session s(tutorial(), 1);
    AttemptRecorder rec(*store, s, {"sanne", "", lab::Mode::Practice, "nl"});
    play_synced(s, rec, kBestPath);
    ASSERT_EQ(s.phase(), lab::Phase::Ended);

    auto a = store->load_attempt(rec.id());
    ASSERT_TRUE(a);
    EXPECT_EQ(a->student, "sanne");
    EXPECT_EQ(a->scenario.id, "tutorial");
    EXPECT_EQ(a->scenario.content_hash, tutorial()->content_hash);
    EXPECT_EQ(a->events.size(), s.log().size());
    EXPECT_EQ(a->standing.status, AttemptStatus::Finished);
    EXPECT_NE(a->standing.ended_ms, 0);
    EXPECT_EQ(a->standing.ending, "samen_verder");
    EXPECT_EQ(a->standing.outcome, "good");
    EXPECT_EQ(a->standing.grade, lab::Grade::Good);
    EXPECT_EQ(a->standing.turns, 6);
    ASSERT_EQ(a->standing.scores.size(), 3u);
    EXPECT_EQ(a->standing.scores[0].id, "luisteren");
    EXPECT_DOUBLE_EQ(a->standing.scores[0].percent, 1.0);
    EXPECT_FALSE(a->standing.ending_title.get("en", "nl").empty());

    // The first choice: node, the choice's texts in both languages, feedback, deltas.
    const lab::Event* first = nullptr;
    for (const auto& e : a->events)
        if (e.kind == EventKind::Choice) { first = &e; break; }
    ASSERT_TRUE(first);
    EXPECT_EQ(first->node, "deur");
    EXPECT_EQ(first->choice_id, "binnen");
    EXPECT_EQ(first->speaker, "moeder");
    EXPECT_EQ(first->speaker_name.get("nl", "nl"), "Samira El Amrani");
    EXPECT_NE(first->text.get("nl", "nl").find("Noah"), std::string::npos);  // {kind} interpolated
    EXPECT_NE(first->text.get("en", "nl").find("minute"), std::string::npos);
    EXPECT_FALSE(first->choice_text.get("en", "nl").empty());
    EXPECT_FALSE(first->feedback.get("nl", "nl").empty());
    ASSERT_EQ(first->score_delta.size(), 3u);
    EXPECT_DOUBLE_EQ(first->score_delta[0], 1);  // luisteren +1
    ASSERT_EQ(first->meters.size(), 2u);
    EXPECT_DOUBLE_EQ(first->meters_after[0] - first->meters[0], 1);  // vertrouwen +1

    auto list = store->attempts();
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].grade, lab::Grade::Good);
    EXPECT_TRUE(store->unfinished().empty());
}

TEST(Store, KeepsTheTextsTheStudentSawWhetherComputedOrWritten) {
    TempDir d;
    auto sc = load_text(d, scenario_with(R"(meter "v" { min = 0, max = 10, start = 3 }
node "begin" { text = function(s) return "Vertrouwen " .. s.v end,
  choices = { { text = function(s) return "Zeg " .. s.v end, feedback = function(s) return "Nu " .. s.v end,
                effects = { v = 2 }, next = "vast" },
              { text = "Geschreven keuze", feedback = "Geschreven feedback", next = "vast" } } }
node "vast" { text = "Geschreven tekst", next = "eind" }
ending "eind" { outcome = "good", title = function(s) return "Titel " .. s.v end, text = "Einde {kind}" })",
                                         "vars = { kind = \"Daan\" },"));
    ASSERT_TRUE(sc.scenario) << messages(sc);
    auto store = open_store(d);
    for (const char* picks : {"1", "2"}) {
        Session s(sc.scenario, 1);
        AttemptRecorder rec(*store, s, {"sanne", "", lab::Mode::Practice, "nl"});
        play_synced(s, rec, picks);
        ASSERT_EQ(s.phase(), lab::Phase::Ended);
        auto a = store->load_attempt(rec.id());
        ASSERT_TRUE(a);
        const auto line = a->line();
        ASSERT_EQ(line.size(), 2u);  // the choice at begin, the advance at vast
        const bool computed = std::string(picks) == "1";
        // What the session shows is what the record keeps, step by step.
        EXPECT_EQ(line[0]->text.get("nl", "nl"), s.text_of(s.steps()[0], "nl"));
        EXPECT_EQ(line[0]->text.get("nl", "nl"), "Vertrouwen 3");
        EXPECT_EQ(line[0]->choice_text.get("nl", "nl"), computed ? "Zeg 3" : "Geschreven keuze");
        EXPECT_EQ(line[0]->feedback.get("nl", "nl"), computed ? "Nu 5" : "Geschreven feedback");
        EXPECT_EQ(line[0]->feedback.get("nl", "nl"), s.feedback_of(s.steps()[0], "nl"));
        EXPECT_EQ(line[1]->text.get("nl", "nl"), "Geschreven tekst");
        EXPECT_EQ(a->standing.ending_title.get("nl", "nl"), computed ? "Titel 5" : "Titel 3");
        EXPECT_EQ(a->standing.ending_title.get("nl", "nl"), s.title_of(s.current(), "nl"));
        EXPECT_EQ(a->standing.ending_text.get("nl", "nl"), "Einde Daan");
    }
}

TEST(Store, RewindsAreRecordedAndTheLineIsWhatTheyLeft) {
    TempDir d;
    auto store = open_store(d);
    Session s(tutorial(), 1);
    AttemptRecorder rec(*store, s, {"sanne", "", lab::Mode::Practice, "nl"});
    play_synced(s, rec, "2,2");
    ASSERT_EQ(s.phase(), lab::Phase::Ended);
    s.rewind(1);
    ASSERT_TRUE(rec.sync(s));
    EXPECT_EQ(store->load_attempt(rec.id())->standing.status, AttemptStatus::Unfinished);  // open again
    play_synced(s, rec, kBestPath);
    ASSERT_EQ(s.phase(), lab::Phase::Ended);
    ASSERT_EQ(s.result().grade, lab::Grade::Good);

    auto a = store->load_attempt(rec.id());
    ASSERT_TRUE(a);
    EXPECT_EQ(a->rewinds(), 1);
    EXPECT_EQ(a->events.size(), s.log().size());
    EXPECT_EQ(a->standing.status, AttemptStatus::Finished);
    // The line is the session's current line.
    std::vector<std::string> nodes;
    for (const auto* e : a->line()) nodes.push_back(e->node);
    std::vector<std::string> expect;
    for (const auto& st : s.steps())
        if (st.decision != lab::Decision::None) expect.push_back(tutorial()->target_id(st.arrival.at));
    EXPECT_EQ(nodes, expect);
    // Replaying the events gives the same session.
    std::string problem;
    auto again = lab::replay(tutorial(), *a, &problem);
    EXPECT_EQ(problem, "");
    EXPECT_EQ(lab::result_json(again->result()), lab::result_json(s.result()));
    EXPECT_EQ(again->log().size(), s.log().size());
}

TEST(Store, ResumeRebuildsTheSessionAndRecordsOn) {
    TempDir d;
    std::string straight;
    {
        Session s(tutorial(), 7);
        std::vector<lab::Pick> p;
        std::string err;
        lab::parse_picks(kSilencePath, p, err);
        lab::play_picks(s, p, err);
        straight = lab::result_json(s.result());
    }
    int64_t id = 0;
    {
        auto store = open_store(d);
        Session s(tutorial(), 7);
        AttemptRecorder rec(*store, s, {"daan", "", lab::Mode::Test, "en"});
        play_synced(s, rec, "1,t");
        id = rec.id();
    }  // the app closes mid-attempt
    auto store = open_store(d);
    auto open = store->unfinished();
    ASSERT_EQ(open.size(), 1u);
    EXPECT_EQ(open[0].id, id);
    EXPECT_EQ(open[0].student, "daan");
    EXPECT_EQ(open[0].mode, lab::Mode::Test);
    EXPECT_EQ(open[0].turns, 2);
    lab::Resumed r = lab::resume_attempt(*store, id, tutorial());
    ASSERT_TRUE(r.session);
    EXPECT_EQ(r.problem, "");
    EXPECT_TRUE(r.continued);
    EXPECT_EQ(r.session->turns(), 2);
    play_synced(*r.session, *r.recorder, "1,3,1,3");  // the rest of kSilencePath
    EXPECT_EQ(lab::result_json(r.session->result()), straight);
    auto a = store->load_attempt(id);
    EXPECT_EQ(a->standing.status, AttemptStatus::Finished);
    EXPECT_EQ(a->events.size(), r.session->log().size());
    EXPECT_TRUE(store->unfinished().empty());
}

TEST(Store, ResumeAfterTheScenarioChangedContinuesInANewAttempt) {
    TempDir d, sd;
    std::string text = read_bytes(std::string(LAB_SOURCE_DIR) + "/scenarios/tutorial.lua");
    auto path = sd.write("tutorial.lua", text);
    auto v1 = lab::load_scenario(path).scenario;
    ASSERT_TRUE(v1);
    auto store = open_store(d);
    int64_t id = 0;
    {
        Session s(v1, 1);
        AttemptRecorder rec(*store, s, {"sanne", "", lab::Mode::Practice, "nl"});
        play_synced(s, rec, "1,1");
        id = rec.id();
    }
    sd.write("tutorial.lua", text + "\n-- a lecturer's edit\n");
    auto v2 = lab::load_scenario(path).scenario;
    ASSERT_TRUE(v2);
    ASSERT_NE(v1->content_hash, v2->content_hash);
    lab::Resumed r = lab::resume_attempt(*store, id, v2);
    ASSERT_TRUE(r.session);
    EXPECT_FALSE(r.continued);
    EXPECT_NE(r.problem, "");
    EXPECT_EQ(r.session->turns(), 2);
    EXPECT_NE(r.recorder->id(), id);
    EXPECT_EQ(store->load_attempt(id)->standing.status, AttemptStatus::Abandoned);
    EXPECT_EQ(store->load_attempt(r.recorder->id())->events.size(), r.session->log().size());
    ASSERT_EQ(store->unfinished().size(), 1u);
    EXPECT_EQ(store->unfinished()[0].id, r.recorder->id());
}

TEST(Store, AbandonedAttemptsAreKeptButNotOfferedForResume) {
    TempDir d;
    auto store = open_store(d);
    Session s(tutorial(), 1);
    AttemptRecorder rec(*store, s, {"sanne", "", lab::Mode::Practice, "nl"});
    play_synced(s, rec, "1");
    store->abandon_attempt(rec.id());
    EXPECT_TRUE(store->unfinished().empty());
    EXPECT_TRUE(store->attempts().empty());
    lab::AttemptFilter all;
    all.include_abandoned = true;
    EXPECT_EQ(store->attempts(all).size(), 1u);
    EXPECT_TRUE(store->load_attempt(rec.id()));
}

TEST(Store, ReflectionIsKeptInAlactOrder) {
    TempDir d;
    auto store = open_store(d);
    Session s(tutorial(), 1);
    AttemptRecorder rec(*store, s, {"sanne", "", lab::Mode::Practice, "nl"});
    play_synced(s, rec, "2,2");
    lab::ReflectionRecord r;
    for (int k = lab::kAlactPhaseCount - 1; k >= 0; --k)
        r.answers.push_back({lab::kAlactPhases[k], "Vraag " + std::to_string(k), "Antwoord <" + std::to_string(k) + ">"});
    store->save_reflection(rec.id(), r);
    auto a = store->load_attempt(rec.id());
    ASSERT_EQ(a->reflection.answers.size(), 5u);
    EXPECT_EQ(a->reflection.answers[0].phase, "handelen");
    EXPECT_EQ(a->reflection.answers[0].answer, "Antwoord <0>");
    EXPECT_EQ(a->reflection.answers[4].phase, "uitproberen");
    EXPECT_NE(a->reflection.written_ms, 0);
}

// [SECTION] damage: moved aside, never deleted; the app still gets a store

TEST(Store, GarbageFileIsMovedAsideAndAFreshDatabaseMade) {
    LangGuard lang_guard("en");
    TempDir d;
    const std::string garbage = "this is not a database, just text that a student put here\n" + std::string(5000, 'x');
    d.write(Store::kFileName, garbage);
    std::string notice;
    auto s = open_store(d, &notice);
    ASSERT_TRUE(s);
    EXPECT_NE(notice.find("moved"), std::string::npos) << notice;
    ASSERT_NE(s->moved_aside(), "");
    EXPECT_EQ(read_bytes(s->moved_aside()), garbage);  // kept as it was
    EXPECT_EQ(broken_files(d).size(), 1u);
    Session sess(tutorial(), 1);
    AttemptRecorder rec(*s, sess, {"sanne", "", lab::Mode::Practice, "nl"});
    play_synced(sess, rec, "1,1");
    EXPECT_EQ(s->attempts().size(), 1u);
}

TEST(Store, TruncatedDatabaseIsMovedAside) {
    LangGuard lang_guard("en");
    for (double keep : {0.5, 0.1}) {
        TempDir d;
        {
            auto s = open_store(d);
            for (int i = 0; i < 12; ++i) {
                Session sess(tutorial(), uint64_t(i + 1));
                AttemptRecorder rec(*s, sess, {"student" + std::to_string(i % 3), "", lab::Mode::Practice, "nl"});
                play_synced(sess, rec, kBestPath);
            }
        }  // closing checkpoints the WAL into the file
        const fs::path db = d.path / Store::kFileName;
        ASSERT_FALSE(fs::exists(d.path / (std::string(Store::kFileName) + "-wal")));
        const auto size = fs::file_size(db);
        ASSERT_GT(size, 16384u);
        fs::resize_file(db, uintmax_t(double(size) * keep));
        std::string notice;
        auto s = open_store(d, &notice);
        ASSERT_TRUE(s) << notice;
        EXPECT_NE(s->moved_aside(), "") << "keep " << keep;
        EXPECT_NE(notice, "");
        EXPECT_EQ(fs::file_size(s->moved_aside()), uintmax_t(double(size) * keep));
        EXPECT_TRUE(s->attempts().empty());
    }
}

TEST(Store, DatabaseThatIsAFolderIsMovedAside) {
    LangGuard lang_guard("en");
    TempDir d;
    fs::create_directories(d.path / Store::kFileName / "inside");
    d.write(std::string(Store::kFileName) + "/inside/note.txt", "keep me");
    std::string notice;
    auto s = open_store(d, &notice);
    ASSERT_TRUE(s);
    EXPECT_NE(notice.find("moved"), std::string::npos) << notice;
    EXPECT_TRUE(fs::is_regular_file(d.path / Store::kFileName));
    EXPECT_EQ(read_bytes(fs::path(s->moved_aside()) / "inside" / "note.txt"), "keep me");
}

TEST(Store, DatabaseOfANewerVersionIsLeftUntouched) {
    TempDir d;
    {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open((d.path / Store::kFileName).c_str(), &db), SQLITE_OK);
        sqlite3_exec(db, "CREATE TABLE future (x); PRAGMA user_version = 99;", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    const std::string before = read_bytes(d.path / Store::kFileName);
    ASSERT_FALSE(before.empty());
    std::string notice;
    auto s = Store::open(d.path.string(), &notice);
    EXPECT_FALSE(s);
    EXPECT_NE(notice, "");
    EXPECT_TRUE(broken_files(d).empty());
    EXPECT_TRUE(read_bytes(d.path / Store::kFileName) == before) << "the file was changed";
}

TEST(Store, NoPlaceForADatabaseGivesNoStoreAndAMessage) {
    LangGuard lang_guard("en");
    TempDir d;
    const std::string file = d.write("not-a-folder", "x");  // the data folder cannot be made under a file
    std::string notice;
    auto s = Store::open(file + "/gesprekslab", &notice);
    EXPECT_FALSE(s);
    EXPECT_NE(notice.find("results will not be kept"), std::string::npos) << notice;
}

// [SECTION] concurrent use

TEST(Store, TwoConnectionsInterleaveWrites) {
    TempDir d;
    auto a = open_store(d), b = open_store(d);
    Session sa(tutorial(), 1), sb(tutorial(), 2);
    AttemptRecorder ra(*a, sa, {"a", "", lab::Mode::Practice, "nl"});
    AttemptRecorder rb(*b, sb, {"b", "", lab::Mode::Practice, "nl"});
    std::vector<lab::Pick> p;
    std::string err;
    lab::parse_picks(kBestPath, p, err);
    sa.advance_all();
    sb.advance_all();
    for (const auto& one : p) {
        ASSERT_TRUE(sa.pick(one));
        ASSERT_TRUE(ra.sync(sa)) << ra.error();
        ASSERT_TRUE(sb.pick(one));
        ASSERT_TRUE(rb.sync(sb)) << rb.error();
    }
    EXPECT_EQ(a->attempts().size(), 2u);
    EXPECT_EQ(b->load_attempt(ra.id())->events.size(), sa.log().size());
    EXPECT_EQ(a->load_attempt(rb.id())->events.size(), sb.log().size());
}

TEST(Store, TwoProcessesWritingAtOnceDoNotCorruptIt) {
    TempDir d;
    auto sc = tutorial();
    // No database yet: both processes create and migrate it at the same time.
    constexpr int kPerChild = 15;
    std::vector<pid_t> kids;
    for (int k = 0; k < 2; ++k) {
        pid_t pid = ::fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            int rc = 0;
            auto store = Store::open(d.path.string());
            if (!store) ::_exit(3);
            for (int i = 0; i < kPerChild && rc == 0; ++i) {
                Session s(sc, uint64_t(i + 1));
                AttemptRecorder rec(*store, s, {"proc" + std::to_string(k), "", lab::Mode::Practice, "nl"});
                s.advance_all();
                if (!rec.sync(s)) rc = 4;
                std::vector<lab::Pick> best;
                std::string err;
                lab::parse_picks(kBestPath, best, err);
                for (size_t pick = 0; pick < best.size() && rc == 0 && s.phase() == lab::Phase::Choosing; ++pick) {
                    s.pick(best[pick]);
                    if (!rec.sync(s)) rc = 4;
                }
            }
            ::_exit(rc);
        }
        kids.push_back(pid);
    }
    for (pid_t pid : kids) {
        int status = 0;
        ASSERT_EQ(::waitpid(pid, &status, 0), pid);
        ASSERT_TRUE(WIFEXITED(status));
        EXPECT_EQ(WEXITSTATUS(status), 0);
    }
    std::string notice;
    auto store = open_store(d, &notice);
    EXPECT_EQ(notice, "");  // passed quick_check: not moved aside
    auto all = store->attempts();
    ASSERT_EQ(all.size(), size_t(2 * kPerChild));
    for (const auto& a : all) {
        EXPECT_EQ(a.status, AttemptStatus::Finished);
        EXPECT_EQ(a.grade, lab::Grade::Good);
        EXPECT_FALSE(store->load_attempt(a.id)->events.empty());
    }
    EXPECT_EQ(store->students().size(), 2u);
}

// [SECTION] kill and resume

TEST(Store, KilledWhileRecordingResumesWhereItStood) {
    auto sc = tutorial();
    for (int round = 0; round < 4; ++round) {
        TempDir d;
        ASSERT_TRUE(open_store(d));
        int fds[2];
        ASSERT_EQ(::pipe(fds), 0);
        pid_t pid = ::fork();
        ASSERT_GE(pid, 0);
        if (pid == 0) {
            // Records without end: plays, rewinds to the start, plays again.
            ::close(fds[0]);
            auto store = Store::open(d.path.string());
            if (!store) ::_exit(3);
            Session s(sc, 5);
            AttemptRecorder rec(*store, s, {"kim", "", lab::Mode::Practice, "nl"});
            const int picks[] = {0, 1, 0, 0, 0, 1, 0};
            for (int n = 0;; ++n) {
                s.advance_all();
                if (s.phase() == lab::Phase::Choosing) {
                    const int want = picks[n % 7];
                    const int pos = size_t(want) < s.current().arrival.offered.size() ? want : 0;
                    s.pick({lab::Pick::Kind::Choice, pos});
                } else {
                    s.rewind(0);
                }
                if (!rec.sync(s)) ::_exit(4);
                char c = 'x';
                if (::write(fds[1], &c, 1) != 1) ::_exit(5);
            }
        }
        ::close(fds[1]);
        // Let it record a few steps, then kill it at a moment that shifts per round.
        char buf[64];
        size_t got = 0;
        while (got < size_t(3 + round * 4)) {
            ssize_t n = ::read(fds[0], buf, sizeof buf);
            ASSERT_GT(n, 0);
            got += size_t(n);
        }
        std::this_thread::sleep_for(std::chrono::microseconds(300 * round));
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        ::close(fds[0]);
        ASSERT_TRUE(WIFSIGNALED(status)) << "child ended by itself, status " << status;

        std::string notice;
        auto store = open_store(d, &notice);
        ASSERT_TRUE(store);
        EXPECT_EQ(notice, "");
        lab::AttemptFilter f;
        auto list = store->attempts(f);
        ASSERT_EQ(list.size(), 1u);
        auto rec = store->load_attempt(list[0].id);
        ASSERT_TRUE(rec);
        EXPECT_GE(rec->events.size(), got);  // every step whose sync returned is kept
        lab::Resumed r = lab::resume_attempt(*store, list[0].id, sc);
        ASSERT_TRUE(r.session);
        EXPECT_EQ(r.problem, "");
        EXPECT_TRUE(r.continued);
        EXPECT_EQ(r.session->log().size(), rec->events.size());
        // Play on to the best ending from the start.
        if (r.session->turns() > 0) {
            r.session->rewind(0);
            ASSERT_TRUE(r.recorder->sync(*r.session));
        }
        play_synced(*r.session, *r.recorder, kBestPath);
        auto done = store->load_attempt(list[0].id);
        EXPECT_EQ(done->standing.status, AttemptStatus::Finished);
        EXPECT_EQ(done->standing.grade, lab::Grade::Good);
        EXPECT_EQ(done->events.size(), r.session->log().size());
    }
}

}  // namespace
