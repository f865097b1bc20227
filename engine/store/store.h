// Store: the results database (SQLite) of one user: students, attempts,
// every decision as it was made, reflections.
//
// Durability: each write is one transaction in WAL mode, so killing the
// program at any moment loses at most the write in flight; the next open
// recovers. Several processes may use one database at once (busy timeout,
// BEGIN IMMEDIATE for writes). A file that is not a usable database is moved
// aside (never deleted) and a fresh one is made. The schema is versioned
// with PRAGMA user_version and migrated forward on open.
//
// The Store takes records (attempt_record.h) and gives records back; it
// knows no Session. AttemptRecorder (recorder.h) is what turns a Session
// into records as it is played.
//
// A Store is one connection: use it from one thread at a time. Writing and
// reading calls throw StoreError when SQLite fails (disk full, database
// locked beyond the busy timeout...); AttemptRecorder catches these for you.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "attempt_record.h"

struct sqlite3;

namespace lab {

class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// One line of a list of attempts (what a history screen shows).
struct AttemptSummary {
    int64_t id = 0;
    std::string uuid;
    std::string student;
    std::string scenario;  // id
    int version = 1;
    LocalText title;
    Mode mode = Mode::Practice;
    int64_t started_ms = 0, ended_ms = 0;
    AttemptStatus status = AttemptStatus::Unfinished;
    std::string at, ending, outcome;
    std::optional<Grade> grade;  // none while unfinished
    double overall = 0;
    int turns = 0;
};

struct AttemptFilter {
    std::string scenario;  // "" = all
    std::string student;   // "" = all
    bool include_abandoned = false;
    std::optional<AttemptStatus> status;  // only this status
};

class Store {
public:
    static constexpr const char* kFileName = "gesprekslab.db";
    static constexpr int kSchemaVersion = 1;

    // Opens the database `kFileName` in folder `dir` (created when missing;
    // "" = default_dir()). A file there that cannot be used as a database
    // (garbage, truncated, corrupt, a folder) is renamed to
    // "<name>.broken-<UTC time>" and a fresh database is made; `notice` then
    // says so in the message language, for the app to show. Returns null only
    // when no database can be made in `dir` at all (`notice` says why): the
    // app then runs without recording. A database made by a newer Gesprekslab
    // (higher schema version) is left untouched and also gives null. Never throws.
    static std::unique_ptr<Store> open(const std::string& dir, std::string* notice = nullptr);
    // Opens the database in `dir` for reading (the commands that only read:
    // attempts, export, report, xapi): never creates a folder or a file and
    // never moves one aside. A missing or unusable database (damaged, not a
    // file, made by a newer version) gives null, and `notice` says why and
    // that nothing was changed. An older schema is migrated as open() does.
    static std::unique_ptr<Store> open_existing(const std::string& dir, std::string* notice = nullptr);
    // $XDG_DATA_HOME/gesprekslab, else ~/.local/share/gesprekslab.
    static std::string default_dir();

    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    const std::string& path() const { return m_path; }
    // Where a broken database was moved by open(); "" when nothing was moved.
    const std::string& moved_aside() const { return m_moved; }
    int schema_version() const;

    // The clock for timestamps (Unix ms). Tests inject a fixed one.
    void set_clock(std::function<int64_t()> now_ms) { m_clock = std::move(now_ms); }
    int64_t now_ms() const { return m_clock ? m_clock() : unix_ms_now(); }

    // [SECTION] writing: each call is one transaction

    // The student's id, adding the student when new. `email` is kept only
    // when given (and then updated).
    int64_t student_id(const std::string& name, const std::string& email = "");
    // Adds an attempt: everything in `rec` but its events and reflection
    // (a fresh uuid when `rec.uuid` is empty). Returns its id.
    int64_t add_attempt(const AttemptRecord& rec);
    // Appends `events` to attempt `id` and rewrites where it stands, in one
    // transaction. Events must continue the attempt's sequence (seq).
    void record(int64_t id, const std::vector<Event>& events, const Standing& standing);
    // Stores (replaces) the reflection on attempt `id`.
    void save_reflection(int64_t id, const ReflectionRecord& r);
    // Marks an unfinished attempt as abandoned (the student chose not to
    // resume it). Nothing is deleted.
    void abandon_attempt(int64_t id);
    // Adds a whole attempt (events, reflection) as read from an export;
    // returns the existing id when an attempt with its uuid is already there.
    int64_t import_attempt(const AttemptRecord& rec);

    // [SECTION] reading

    // Attempts, newest first.
    std::vector<AttemptSummary> attempts(const AttemptFilter& f = {}) const;
    // Unfinished attempts (to offer resuming), newest first.
    std::vector<AttemptSummary> unfinished(const std::string& student = "") const;
    // The whole attempt; nullopt when there is no such id.
    std::optional<AttemptRecord> load_attempt(int64_t id) const;
    // The whole attempts that `f` selects, oldest first (what an export holds).
    std::vector<AttemptRecord> load_attempts(const AttemptFilter& f) const;
    std::vector<std::string> students() const;

    // Runs `fn` in one IMMEDIATE transaction (commit on return, rollback on
    // throw). For writes made of several calls.
    void transaction(const std::function<void()>& fn);

private:
    Store() = default;
    static std::unique_ptr<Store> open_at(const std::string& dir, std::string* notice, bool create);
    bool init(bool create, std::string* problem, bool* corrupt, bool* newer, bool* busy);
    void exec(const char* sql);
    // The ids that key an attempt's meter and competency values in its JSON
    // columns: those of its scenario snapshot.
    struct Keys {
        std::vector<std::string> meters, competencies;
    };
    static Keys keys_of(const ScenarioInfo& s);
    Keys keys_of(int64_t id) const;  // read from the stored snapshot
    void insert_events(int64_t id, const Keys& keys, const std::vector<Event>& events);
    void write_standing(int64_t id, const Keys& keys, const Standing& s);

    sqlite3* m_db = nullptr;
    std::string m_path, m_moved;
    std::function<int64_t()> m_clock;
    int m_depth = 0;  // nesting of transaction()
};

}  // namespace lab
