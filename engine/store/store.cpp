#include "store.h"

#include <sqlite3.h>

#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <thread>

#include "core/i18n.h"
#include "record_json.h"

namespace lab {

namespace fs = std::filesystem;
using record_json::json;
using record_json::ojson;

// [SECTION] schema and migrations
//
// kMigrations[v] takes a database from user_version v to v + 1. Never edit a
// migration that has shipped; add the next one and raise kSchemaVersion.

namespace {

const char* const kMigrations[] = {
    // 0 -> 1: the first schema.
    R"sql(
CREATE TABLE students (
  id      INTEGER PRIMARY KEY,
  name    TEXT NOT NULL UNIQUE,          -- name or alias
  email   TEXT,                          -- only when the student gave one
  created INTEGER NOT NULL               -- Unix ms
);
CREATE TABLE attempts (
  id               INTEGER PRIMARY KEY,
  uuid             TEXT NOT NULL UNIQUE,
  student_id       INTEGER REFERENCES students(id),
  scenario         TEXT NOT NULL,
  scenario_version INTEGER NOT NULL,
  content_hash     TEXT NOT NULL,
  scenario_info    TEXT NOT NULL,        -- JSON snapshot (titles, briefing, meters, competencies)
  seed             INTEGER NOT NULL,     -- uint64 kept bit for bit
  mode             TEXT NOT NULL CHECK (mode IN ('oefenen', 'toets')),
  lang             TEXT NOT NULL,
  started          INTEGER NOT NULL,     -- Unix ms
  ended            INTEGER,              -- Unix ms; NULL while unfinished
  status           TEXT NOT NULL CHECK (status IN ('unfinished', 'finished', 'abandoned')),
  at               TEXT,                 -- node or ending where the line ends
  ending           TEXT,
  outcome          TEXT NOT NULL,
  turns            INTEGER NOT NULL DEFAULT 0,
  overall          REAL NOT NULL DEFAULT 0,
  grade            TEXT,
  error            TEXT,
  final            TEXT                  -- JSON: ending_title, ending_text, meters
);
CREATE INDEX attempts_by_scenario ON attempts (scenario, started);
CREATE INDEX attempts_by_status ON attempts (status, started);
CREATE TABLE scores (
  attempt_id INTEGER NOT NULL REFERENCES attempts(id),
  competency TEXT NOT NULL,
  raw        REAL NOT NULL,
  max        REAL NOT NULL,
  percent    REAL NOT NULL,
  PRIMARY KEY (attempt_id, competency)
);
CREATE TABLE events (
  attempt_id   INTEGER NOT NULL REFERENCES attempts(id),
  seq          INTEGER NOT NULL,
  time         INTEGER NOT NULL,         -- Unix ms
  kind         TEXT NOT NULL CHECK (kind IN ('choice', 'timeout', 'advance', 'rewind')),
  turn         INTEGER NOT NULL,
  node         TEXT,
  choice       INTEGER,                  -- index in the node, 0-based
  position     INTEGER,                  -- among those offered, 0-based
  choice_id    TEXT,
  speaker      TEXT,                     -- JSON: {"id", "name", "mood"}
  text         TEXT,                     -- JSON {lang: text}
  choice_text  TEXT,                     -- JSON {lang: text}
  feedback     TEXT,                     -- JSON {lang: text}
  meters       TEXT,                     -- JSON {meter: value} on arrival
  meters_after TEXT,                     -- JSON {meter: value}
  scores_after TEXT,                     -- JSON {competency: total}
  score_delta  TEXT,                     -- JSON {competency: delta}
  PRIMARY KEY (attempt_id, seq)
);
CREATE TABLE reflections (
  attempt_id INTEGER NOT NULL REFERENCES attempts(id),
  phase      TEXT NOT NULL,              -- ALACT phase id
  prompt     TEXT NOT NULL,
  answer     TEXT NOT NULL,
  written    INTEGER NOT NULL,           -- Unix ms
  PRIMARY KEY (attempt_id, phase)
);
)sql",
};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == Store::kSchemaVersion, "one migration per version");

bool is_corruption(int rc) {
    const int primary = rc & 0xFF;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || rc == SQLITE_IOERR_SHORT_READ;
}

// A prepared statement; throws StoreError on failure.
class Stmt {
public:
    Stmt(sqlite3* db, const char* sql) : m_db(db) {
        int rc = sqlite3_prepare_v2(db, sql, -1, &m_st, nullptr);
        if (rc != SQLITE_OK) fail(rc);
    }
    ~Stmt() { sqlite3_finalize(m_st); }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    Stmt& bind(int i, int64_t v) { check(sqlite3_bind_int64(m_st, i, v)); return *this; }
    Stmt& bind(int i, int v) { return bind(i, int64_t(v)); }
    Stmt& bind(int i, double v) { check(sqlite3_bind_double(m_st, i, v)); return *this; }
    Stmt& bind(int i, const std::string& v) {
        check(sqlite3_bind_text(m_st, i, v.data(), int(v.size()), SQLITE_TRANSIENT));
        return *this;
    }
    Stmt& bind(int i, const char* v) { return bind(i, std::string(v)); }
    Stmt& bind_null(int i) { check(sqlite3_bind_null(m_st, i)); return *this; }
    // Binds NULL for an empty string / zero.
    Stmt& bind_opt(int i, const std::string& v) { return v.empty() ? bind_null(i) : bind(i, v); }
    Stmt& bind_opt(int i, int64_t v) { return v == 0 ? bind_null(i) : bind(i, v); }

    // True while there is a row.
    bool step() {
        int rc = sqlite3_step(m_st);
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        fail(rc);
    }
    void run() { while (step()) {} }

    int64_t i64(int c) const { return sqlite3_column_int64(m_st, c); }
    double dbl(int c) const { return sqlite3_column_double(m_st, c); }
    bool null(int c) const { return sqlite3_column_type(m_st, c) == SQLITE_NULL; }
    std::string text(int c) const {
        const unsigned char* p = sqlite3_column_text(m_st, c);
        return p ? std::string(reinterpret_cast<const char*>(p), size_t(sqlite3_column_bytes(m_st, c))) : std::string();
    }

private:
    void check(int rc) { if (rc != SQLITE_OK) fail(rc); }
    [[noreturn]] void fail(int rc) {
        throw StoreError(std::string("SQLite: ") + sqlite3_errmsg(m_db) + " (" + std::to_string(rc) + ")");
    }
    sqlite3* m_db;
    sqlite3_stmt* m_st = nullptr;
};

int64_t seed_to_db(uint64_t s) { int64_t v; std::memcpy(&v, &s, sizeof v); return v; }
uint64_t seed_from_db(int64_t v) { uint64_t s; std::memcpy(&s, &v, sizeof s); return s; }

std::string dump(const ojson& j) { return j.dump(); }

json parse_or_null(const std::string& s) {
    if (s.empty()) return nullptr;
    json j = json::parse(s, nullptr, false);
    return j.is_discarded() ? json(nullptr) : j;
}

// "<path>.broken-YYYYmmdd-HHMMSS" (UTC), made unique.
std::string aside_name(const std::string& path) {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    std::string base = path + ".broken-" + stamp;
    std::string name = base;
    std::error_code ec;
    for (int n = 2; fs::exists(fs::symlink_status(name, ec)) || fs::exists(fs::symlink_status(name + "-wal", ec)); ++n)
        name = base + "-" + std::to_string(n);
    return name;
}

// Renames the database and its -wal/-shm files to `to` (+ suffixes).
bool move_aside(const std::string& path, const std::string& to, std::string* problem) {
    std::error_code ec;
    fs::rename(path, to, ec);
    if (ec) {
        if (problem) *problem = ec.message();
        return false;
    }
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        std::error_code e2;
        if (fs::exists(fs::symlink_status(path + suffix, e2))) fs::rename(path + suffix, to + suffix, e2);
    }
    return true;
}

}  // namespace

// [SECTION] opening

std::string Store::default_dir() {
    if (const char* x = std::getenv("XDG_DATA_HOME"); x && *x && x[0] == '/') return (fs::path(x) / "gesprekslab").string();
    const char* home = std::getenv("HOME");
    return (fs::path(home && *home ? home : ".") / ".local" / "share" / "gesprekslab").string();
}

Store::~Store() {
    if (m_db) sqlite3_close_v2(m_db);
}

void Store::exec(const char* sql) {
    char* err = nullptr;
    int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw StoreError("SQLite: " + msg + " (" + std::to_string(rc) + ")");
    }
}

// Opens m_path, checks it and migrates it. On failure says whether the file
// is corrupt (to be moved aside) or made by a newer version.
bool Store::init(bool create, std::string* problem, bool* corrupt, bool* newer, bool* busy) {
    *corrupt = *newer = *busy = false;
    auto is_busy = [](int code) { return (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED; };
    int rc = sqlite3_open_v2(m_path.c_str(), &m_db, SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0), nullptr);
    if (rc != SQLITE_OK) {
        *problem = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        *corrupt = is_corruption(rc);
        *busy = is_busy(rc);
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    try {
        {
            Stmt check(m_db, "PRAGMA quick_check");
            std::string first;
            if (check.step()) first = check.text(0);
            if (first != "ok") {
                *problem = first;
                *corrupt = true;
                return false;
            }
        }
        auto version = [&] {
            Stmt v(m_db, "PRAGMA user_version");
            v.step();
            return int(v.i64(0));
        };
        if (version() > kSchemaVersion) {
            *newer = true;
            *problem = "schema version " + std::to_string(version());
            return false;
        }
        // Only now change anything in the file.
        {
            Stmt wal(m_db, "PRAGMA journal_mode=WAL");
            wal.run();
        }
        exec("PRAGMA synchronous=NORMAL");  // with WAL: safe against a killed process
        exec("PRAGMA foreign_keys=ON");
        if (version() < kSchemaVersion) {
            exec("BEGIN IMMEDIATE");
            try {
                // Another process may have migrated while we waited.
                for (int v = version(); v < kSchemaVersion; ++v) {
                    exec(kMigrations[v]);
                    exec(("PRAGMA user_version=" + std::to_string(v + 1)).c_str());
                }
                exec("COMMIT");
            } catch (...) {
                sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
                throw;
            }
        }
    } catch (const StoreError& e) {
        *problem = e.what();
        *corrupt = is_corruption(sqlite3_extended_errcode(m_db));
        *busy = is_busy(sqlite3_extended_errcode(m_db));
        return false;
    }
    return true;
}

std::unique_ptr<Store> Store::open(const std::string& dir, std::string* notice) { return open_at(dir, notice, true); }

std::unique_ptr<Store> Store::open_existing(const std::string& dir, std::string* notice) { return open_at(dir, notice, false); }

// With `create`, makes what is missing and moves an unusable database aside;
// without, changes nothing but an older schema.
std::unique_ptr<Store> Store::open_at(const std::string& dir_in, std::string* notice, bool create) {
    auto say = [&](const std::string& s) { if (notice) *notice = s; };
    if (notice) notice->clear();
    const std::string dir = dir_in.empty() ? default_dir() : dir_in;
    const std::string path = (fs::path(dir) / kFileName).string();
    std::error_code ec;
    if (!create) {
        const auto st = fs::status(path, ec);
        if (!fs::exists(st)) {
            say(fmt("Er is geen resultatendatabase in {0}.", "There is no results database in {0}.", {dir}));
            return nullptr;
        }
        if (!fs::is_regular_file(st)) {
            say(fmt("De resultatendatabase {0} is geen bestand; er is niets aan veranderd.",
                    "The results database {0} is not a file; nothing was changed.", {path}));
            return nullptr;
        }
    }
    if (create) fs::create_directories(dir, ec);
    if (!fs::is_directory(dir, ec)) {
        say(fmt("De map voor resultaten {0} kan niet worden gemaakt; resultaten worden niet bewaard.",
                "The results folder {0} cannot be created; results will not be kept.", {dir}));
        return nullptr;
    }
    std::string moved, why;

    auto aside = [&](const std::string& reason) -> bool {
        const std::string to = aside_name(path);
        std::string problem;
        if (!move_aside(path, to, &problem)) {
            say(fmt("De resultatendatabase {0} is onbruikbaar ({1}) en kan niet opzij worden gezet ({2}); resultaten worden niet bewaard.",
                    "The results database {0} is unusable ({1}) and cannot be moved aside ({2}); results will not be kept.",
                    {path, reason, problem}));
            return false;
        }
        moved = to;
        why = reason;
        return true;
    };

    // A folder (or anything but a file) where the database should be.
    if (fs::exists(fs::symlink_status(path, ec)) && !fs::is_regular_file(path, ec)) {
        if (!aside(tr("het is geen bestand", "it is not a file"))) return nullptr;
    }
    // Another process making or migrating the database at this moment can
    // hold it locked in ways the busy timeout does not wait out (switching
    // to WAL); then try again, for up to about the busy timeout.
    int busy_tries = 0;
    for (int attempt = 0; attempt < 2; ++attempt) {
        std::unique_ptr<Store> s(new Store());
        s->m_path = path;
        std::string problem;
        bool corrupt = false, newer = false, busy = false;
        if (s->init(create, &problem, &corrupt, &newer, &busy)) {
            s->m_moved = moved;
            if (!moved.empty())
                say(fmt("De resultatendatabase was beschadigd ({0}) en is verplaatst naar {1}; er is niets gewist. Er is een nieuwe, lege database gemaakt.",
                        "The results database was damaged ({0}) and has been moved to {1}; nothing was deleted. A new, empty database has been made.",
                        {why, moved}));
            return s;
        }
        s.reset();  // close before moving
        if (busy && !corrupt && ++busy_tries < 100) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            --attempt;
            continue;
        }
        if (newer) {
            say(fmt("De resultatendatabase {0} is gemaakt door een nieuwere versie van Gesprekslab; werk Gesprekslab bij. Resultaten worden nu niet bewaard.",
                    "The results database {0} was made by a newer version of Gesprekslab; please update Gesprekslab. Results will not be kept now.",
                    {path}));
            return nullptr;
        }
        if (corrupt && !create) {
            say(fmt("De resultatendatabase {0} is beschadigd ({1}); er is niets aan veranderd. De app of een opdracht die bewaart (play --record) zet hem opzij en begint een nieuwe.",
                    "The results database {0} is damaged ({1}); nothing was changed. The app or a command that records (play --record) moves it aside and starts a new one.",
                    {path, problem}));
            return nullptr;
        }
        if (!corrupt || attempt == 1) {
            say(fmt("De resultatendatabase {0} kan niet worden geopend ({1}); resultaten worden niet bewaard.",
                    "The results database {0} cannot be opened ({1}); results will not be kept.", {path, problem}));
            return nullptr;
        }
        if (!aside(problem)) return nullptr;
    }
    return nullptr;
}

int Store::schema_version() const {
    Stmt v(m_db, "PRAGMA user_version");
    v.step();
    return int(v.i64(0));
}

void Store::transaction(const std::function<void()>& fn) {
    if (m_depth > 0) {
        fn();
        return;
    }
    exec("BEGIN IMMEDIATE");
    ++m_depth;
    try {
        fn();
        --m_depth;
        exec("COMMIT");
    } catch (...) {
        if (m_depth > 0) --m_depth;
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

// [SECTION] writing

int64_t Store::student_id(const std::string& name, const std::string& email) {
    int64_t id = 0;
    transaction([&] {
        Stmt ins(m_db, "INSERT OR IGNORE INTO students (name, email, created) VALUES (?, ?, ?)");
        ins.bind(1, name).bind_opt(2, email).bind(3, now_ms()).run();
        if (!email.empty()) {
            Stmt up(m_db, "UPDATE students SET email = ? WHERE name = ?");
            up.bind(1, email).bind(2, name).run();
        }
        Stmt sel(m_db, "SELECT id FROM students WHERE name = ?");
        sel.bind(1, name);
        if (!sel.step()) throw StoreError("student not found after insert");
        id = sel.i64(0);
    });
    return id;
}

int64_t Store::add_attempt(const AttemptRecord& rec) {
    int64_t id = 0;
    transaction([&] {
        int64_t student = rec.student.empty() ? 0 : student_id(rec.student, rec.email);
        Stmt ins(m_db,
                 "INSERT INTO attempts (uuid, student_id, scenario, scenario_version, content_hash, scenario_info, seed, "
                 "mode, lang, started, status, outcome) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        ins.bind(1, rec.uuid.empty() ? new_uuid() : rec.uuid)
            .bind_opt(2, student)
            .bind(3, rec.scenario.id)
            .bind(4, rec.scenario.version)
            .bind(5, rec.scenario.content_hash)
            .bind(6, dump(record_json::scenario(rec.scenario)))
            .bind(7, seed_to_db(rec.seed))
            .bind(8, mode_name(rec.mode))
            .bind(9, rec.lang)
            .bind(10, rec.started_ms ? rec.started_ms : now_ms())
            .bind(11, status_name(AttemptStatus::Unfinished))
            .bind(12, "unfinished");
        ins.run();
        id = sqlite3_last_insert_rowid(m_db);
        write_standing(id, keys_of(rec.scenario), rec.standing);
    });
    return id;
}

Store::Keys Store::keys_of(const ScenarioInfo& s) { return {record_json::meter_ids(s), record_json::competency_ids(s)}; }

Store::Keys Store::keys_of(int64_t id) const {
    Stmt sel(m_db, "SELECT scenario_info FROM attempts WHERE id = ?");
    sel.bind(1, id);
    if (!sel.step()) throw StoreError("no attempt " + std::to_string(id));
    return keys_of(record_json::scenario_from(parse_or_null(sel.text(0))));
}

void Store::write_standing(int64_t id, const Keys& keys, const Standing& s) {
    ojson final;
    final["ending_title"] = record_json::text(s.ending_title);
    final["ending_text"] = record_json::text(s.ending_text);
    final["meters"] = record_json::values(s.meters, keys.meters);
    Stmt up(m_db,
            "UPDATE attempts SET ended = ?, status = ?, at = ?, ending = ?, outcome = ?, turns = ?, overall = ?, "
            "grade = ?, error = ?, final = ? WHERE id = ? AND status <> 'abandoned'");
    up.bind_opt(1, s.ended_ms)
        .bind(2, status_name(s.status))
        .bind_opt(3, s.at)
        .bind_opt(4, s.ending)
        .bind(5, s.outcome)
        .bind(6, s.turns)
        .bind(7, s.overall)
        .bind_opt(8, std::string(s.grade ? grade_name(*s.grade) : ""))
        .bind_opt(9, s.error)
        .bind(10, dump(final))
        .bind(11, id);
    up.run();
    Stmt del(m_db, "DELETE FROM scores WHERE attempt_id = ?");
    del.bind(1, id).run();
    for (const auto& c : s.scores) {
        Stmt one(m_db, "INSERT INTO scores (attempt_id, competency, raw, max, percent) VALUES (?,?,?,?,?)");
        one.bind(1, id).bind(2, c.id).bind(3, c.raw).bind(4, c.max).bind(5, c.percent).run();
    }
}

void Store::insert_events(int64_t id, const Keys& keys, const std::vector<Event>& events) {
    const auto& meters = keys.meters;
    const auto& comps = keys.competencies;
    for (const Event& e : events) {
        Stmt ins(m_db,
                 "INSERT INTO events (attempt_id, seq, time, kind, turn, node, choice, position, choice_id, speaker, text, "
                 "choice_text, feedback, meters, meters_after, scores_after, score_delta) "
                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        ins.bind(1, id).bind(2, e.seq).bind(3, e.time_ms).bind(4, event_kind_name(e.kind)).bind(5, e.turn);
        if (e.kind == EventKind::Rewind) {
            for (int c = 6; c <= 17; ++c) ins.bind_null(c);
        } else {
            ins.bind(6, e.node);
            if (e.kind == EventKind::Choice) ins.bind(7, e.choice).bind(8, e.position).bind_opt(9, e.choice_id);
            else ins.bind_null(7).bind_null(8).bind_null(9);
            ojson speaker{{"id", e.speaker}, {"name", record_json::text(e.speaker_name)}, {"mood", e.mood}};
            ins.bind(10, dump(speaker))
                .bind(11, dump(record_json::text(e.text)))
                .bind(12, dump(record_json::text(e.choice_text)))
                .bind(13, dump(record_json::text(e.feedback)))
                .bind(14, dump(record_json::values(e.meters, meters)))
                .bind(15, dump(record_json::values(e.meters_after, meters)))
                .bind(16, dump(record_json::values(e.scores_after, comps)))
                .bind(17, dump(record_json::values(e.score_delta, comps)));
        }
        ins.run();
    }
}

void Store::record(int64_t id, const std::vector<Event>& events, const Standing& standing) {
    transaction([&] {
        const Keys keys = keys_of(id);
        insert_events(id, keys, events);
        write_standing(id, keys, standing);
    });
}

void Store::save_reflection(int64_t id, const ReflectionRecord& r) {
    transaction([&] {
        Stmt del(m_db, "DELETE FROM reflections WHERE attempt_id = ?");
        del.bind(1, id).run();
        const int64_t written = r.written_ms ? r.written_ms : now_ms();
        for (const auto& a : r.answers) {
            Stmt ins(m_db, "INSERT OR REPLACE INTO reflections (attempt_id, phase, prompt, answer, written) VALUES (?,?,?,?,?)");
            ins.bind(1, id).bind(2, a.phase).bind(3, a.prompt).bind(4, a.answer).bind(5, written).run();
        }
    });
}

void Store::abandon_attempt(int64_t id) {
    transaction([&] {
        Stmt up(m_db, "UPDATE attempts SET status = 'abandoned' WHERE id = ? AND status = 'unfinished'");
        up.bind(1, id).run();
    });
}

int64_t Store::import_attempt(const AttemptRecord& rec) {
    int64_t id = 0;
    transaction([&] {
        Stmt sel(m_db, "SELECT id FROM attempts WHERE uuid = ?");
        sel.bind(1, rec.uuid);
        if (!rec.uuid.empty() && sel.step()) {
            id = sel.i64(0);
            return;
        }
        id = add_attempt(rec);
        const Keys keys = keys_of(rec.scenario);
        insert_events(id, keys, rec.events);
        Standing st = rec.standing;
        if (st.status == AttemptStatus::Abandoned) st.status = AttemptStatus::Unfinished;
        write_standing(id, keys, st);
        if (rec.standing.status == AttemptStatus::Abandoned) abandon_attempt(id);
        if (!rec.reflection.answers.empty()) save_reflection(id, rec.reflection);
    });
    return id;
}

// [SECTION] reading

namespace {
const char* kSummaryColumns =
    "a.id, a.uuid, COALESCE(s.name, ''), a.scenario, a.scenario_version, a.scenario_info, a.mode, a.started, "
    "a.ended, a.status, a.at, a.ending, a.outcome, a.grade, a.overall, a.turns "
    "FROM attempts a LEFT JOIN students s ON s.id = a.student_id ";

AttemptSummary summary_from(const Stmt& q) {
    AttemptSummary a;
    a.id = q.i64(0);
    a.uuid = q.text(1);
    a.student = q.text(2);
    a.scenario = q.text(3);
    a.version = int(q.i64(4));
    json info = parse_or_null(q.text(5));
    if (info.is_object() && info.contains("title"))
        a.title = record_json::text_from(info["title"], info.value("language", "nl"));
    a.mode = parse_mode(q.text(6)).value_or(Mode::Practice);  // the schema allows no other
    a.started_ms = q.i64(7);
    a.ended_ms = q.null(8) ? 0 : q.i64(8);
    a.status = parse_status(q.text(9)).value_or(AttemptStatus::Unfinished);
    a.at = q.text(10);
    a.ending = q.text(11);
    a.outcome = q.text(12);
    a.grade = parse_grade(q.text(13));
    a.overall = q.dbl(14);
    a.turns = int(q.i64(15));
    return a;
}
}  // namespace

std::vector<AttemptSummary> Store::attempts(const AttemptFilter& f) const {
    std::string sql = std::string("SELECT ") + kSummaryColumns + "WHERE (?1 = '' OR a.scenario = ?1) AND (?2 = '' OR s.name = ?2)";
    if (!f.include_abandoned) sql += " AND a.status <> 'abandoned'";
    if (f.status) sql += " AND a.status = ?3";
    sql += " ORDER BY a.started DESC, a.id DESC";
    Stmt q(m_db, sql.c_str());
    q.bind(1, f.scenario).bind(2, f.student);
    if (f.status) q.bind(3, status_name(*f.status));
    std::vector<AttemptSummary> out;
    while (q.step()) out.push_back(summary_from(q));
    return out;
}

std::vector<AttemptSummary> Store::unfinished(const std::string& student) const {
    AttemptFilter f;
    f.student = student;
    f.status = AttemptStatus::Unfinished;
    return attempts(f);
}

std::vector<std::string> Store::students() const {
    Stmt q(m_db, "SELECT name FROM students ORDER BY name");
    std::vector<std::string> out;
    while (q.step()) out.push_back(q.text(0));
    return out;
}

std::vector<AttemptRecord> Store::load_attempts(const AttemptFilter& f) const {
    std::vector<AttemptRecord> out;
    const std::vector<AttemptSummary> list = attempts(f);  // newest first
    for (auto it = list.rbegin(); it != list.rend(); ++it)
        if (auto rec = load_attempt(it->id)) out.push_back(std::move(*rec));
    return out;
}

std::optional<AttemptRecord> Store::load_attempt(int64_t id) const {
    AttemptRecord r;
    {
        Stmt q(m_db,
               "SELECT a.uuid, COALESCE(s.name, ''), COALESCE(s.email, ''), a.scenario_info, a.seed, a.mode, a.lang, "
               "a.started, a.ended, a.status, a.at, a.ending, a.outcome, a.turns, a.overall, a.grade, a.error, a.final "
               "FROM attempts a LEFT JOIN students s ON s.id = a.student_id WHERE a.id = ?");
        q.bind(1, id);
        if (!q.step()) return std::nullopt;
        r.store_id = id;
        r.uuid = q.text(0);
        r.student = q.text(1);
        r.email = q.text(2);
        try {
            r.scenario = record_json::scenario_from(parse_or_null(q.text(3)));
        } catch (const std::exception& e) {
            throw StoreError("attempt " + std::to_string(id) + ": " + e.what());
        }
        r.seed = seed_from_db(q.i64(4));
        r.mode = parse_mode(q.text(5)).value_or(Mode::Practice);
        r.lang = q.text(6);
        r.started_ms = q.i64(7);
        Standing& st = r.standing;
        st.ended_ms = q.null(8) ? 0 : q.i64(8);
        st.status = parse_status(q.text(9)).value_or(AttemptStatus::Unfinished);
        st.at = q.text(10);
        st.ending = q.text(11);
        st.outcome = q.text(12);
        st.turns = int(q.i64(13));
        st.overall = q.dbl(14);
        st.grade = parse_grade(q.text(15));
        st.error = q.text(16);
        json final = parse_or_null(q.text(17));
        if (final.is_object()) {
            const std::string& lang = r.scenario.language;
            st.ending_title = record_json::text_from(final.value("ending_title", json()), lang);
            st.ending_text = record_json::text_from(final.value("ending_text", json()), lang);
            st.meters = record_json::values_from(final.value("meters", json()), record_json::meter_ids(r.scenario));
        }
    }
    {
        // In the scenario's order of competencies.
        Stmt q(m_db, "SELECT competency, raw, max, percent FROM scores WHERE attempt_id = ?");
        q.bind(1, id);
        std::vector<CompetencyResult> all;
        while (q.step()) all.push_back({q.text(0), q.dbl(1), q.dbl(2), q.dbl(3)});
        for (const auto& c : r.scenario.competencies)
            for (const auto& x : all)
                if (x.id == c.id) r.standing.scores.push_back(x);
    }
    {
        Stmt q(m_db,
               "SELECT seq, time, kind, turn, node, choice, position, choice_id, speaker, text, choice_text, feedback, "
               "meters, meters_after, scores_after, score_delta FROM events WHERE attempt_id = ? ORDER BY seq");
        q.bind(1, id);
        const auto meters = record_json::meter_ids(r.scenario), comps = record_json::competency_ids(r.scenario);
        const std::string& lang = r.scenario.language;
        while (q.step()) {
            Event e;
            e.seq = int(q.i64(0));
            e.time_ms = q.i64(1);
            e.kind = parse_event_kind(q.text(2)).value_or(EventKind::Choice);
            e.turn = int(q.i64(3));
            e.node = q.text(4);
            e.choice = q.null(5) ? -1 : int(q.i64(5));
            e.position = q.null(6) ? -1 : int(q.i64(6));
            e.choice_id = q.text(7);
            try {
                json sp = parse_or_null(q.text(8));
                if (sp.is_object()) {
                    e.speaker = sp.value("id", "");
                    e.speaker_name = record_json::text_from(sp.value("name", json()), lang);
                    e.mood = sp.value("mood", "");
                }
                e.text = record_json::text_from(parse_or_null(q.text(9)), lang);
                e.choice_text = record_json::text_from(parse_or_null(q.text(10)), lang);
                e.feedback = record_json::text_from(parse_or_null(q.text(11)), lang);
                e.meters = record_json::values_from(parse_or_null(q.text(12)), meters);
                e.meters_after = record_json::values_from(parse_or_null(q.text(13)), meters);
                e.scores_after = record_json::values_from(parse_or_null(q.text(14)), comps);
                e.score_delta = record_json::values_from(parse_or_null(q.text(15)), comps);
            } catch (const std::exception& x) {
                throw StoreError("attempt " + std::to_string(id) + ", event " + std::to_string(e.seq) + ": " + x.what());
            }
            r.events.push_back(std::move(e));
        }
    }
    {
        Stmt q(m_db, "SELECT phase, prompt, answer, written FROM reflections WHERE attempt_id = ?");
        q.bind(1, id);
        std::vector<ReflectionAnswer> all;
        while (q.step()) {
            all.push_back({q.text(0), q.text(1), q.text(2)});
            r.reflection.written_ms = std::max(r.reflection.written_ms, q.i64(3));
        }
        // ALACT order first, then any other phases.
        for (const char* p : kAlactPhases)
            for (const auto& a : all)
                if (a.phase == p) r.reflection.answers.push_back(a);
        for (const auto& a : all) {
            bool known = false;
            for (const char* p : kAlactPhases) known |= a.phase == p;
            if (!known) r.reflection.answers.push_back(a);
        }
    }
    return r;
}

}  // namespace lab
