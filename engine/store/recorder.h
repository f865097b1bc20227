// recorder: the bridge between a Session and the records of attempts.
//
// Writing runs one way: each sync() takes a snapshot of the Session here
// (scenario_info, standing_of, events_of: every text resolved) and hands the
// parts to the Store, which writes them (store.h, with record_json.h for the
// JSON columns). Nothing below the recorder reads a Session, and nothing
// calls back up. Reading back into a Session is replay()/resume_attempt().
//
// AttemptRecorder writes a Session to the Store as it is played, and
// resume_attempt() rebuilds an unfinished attempt by replaying it.
//
// Use (the app):
//
//   auto store = Store::open(data_dir, &notice);        // may be null: then don't record
//   AttemptRecorder rec(*store, session, {student, "", Mode::Practice, lang});
//   session.pick(p);   rec.sync(session);               // after every action:
//   session.rewind(k); rec.sync(session);               // choose/pick/timeout/advance/rewind
//   ...when it ends, sync() has already marked the attempt finished...
//   store->save_reflection(rec.id(), reflection);
//
//   for (auto& a : store->unfinished(student)) ...      // offer to resume
//   Resumed r = resume_attempt(*store, a.id, scenario); // r.session, r.recorder, r.problem
//   store->abandon_attempt(a.id);                       // "no, start over"
#pragma once
#include <cstdint>
#include <memory>
#include <string>

#include "attempt_record.h"
#include "core/session.h"
#include "store.h"

namespace lab {

struct AttemptOptions {
    std::string student;  // name or alias ("" = anonymous)
    std::string email;    // only when the student gives one
    Mode mode = Mode::Practice;
    std::string lang = "nl";           // the language the student plays in
};

// [SECTION] Session -> record: snapshots (what sync() writes)

// The snapshot of `sc` kept with each attempt (texts interpolated in each of
// the scenario's languages).
ScenarioInfo scenario_info(const Scenario& sc);
// Where `s` stands now (status Finished when it has ended or failed).
Standing standing_of(const Session& s, int64_t now_ms);
// The events for log entries [from, s.log().size()) of `s`, numbered from
// `first_seq`, stamped `now_ms`.
std::vector<Event> events_of(const Session& s, size_t from, int first_seq, int64_t now_ms);
// An AttemptRecord of `s` without a store (e.g. to export or report an
// attempt that was not recorded). Event times are all `now_ms`.
AttemptRecord record_of(const Session& s, const AttemptOptions& opt, int64_t started_ms, int64_t now_ms);

// [SECTION] AttemptRecorder

class AttemptRecorder {
public:
    // Begins a new attempt of `s` in `store` and records what `s` has done
    // so far. Never throws: when the store fails, error() says why and the
    // next sync() tries again (id() is 0 until the attempt is added).
    AttemptRecorder(Store& store, const Session& s, const AttemptOptions& opt);
    // Continues attempt `id`, whose `recorded` events are the first entries
    // of the session's log (as resume_attempt() makes it); `finished` when
    // the store already has it as finished.
    AttemptRecorder(Store& store, int64_t id, size_t recorded, bool finished = false);

    // Writes what `s` did since the last sync, in one transaction: each new
    // log entry as an Event (time, node, texts, choice, feedback, meters,
    // score deltas), and where the attempt stands (finished once the session
    // has ended or failed; unfinished again after a rewind from the end).
    // Call after every action on the session, with the same session. A
    // batch that holds a rewind followed by further actions still records
    // every entry, but those before the rewind without texts and values.
    // Returns false when the store could not write (the entries stay pending
    // and go with the next sync); error() says why. Never throws.
    bool sync(const Session& s);

    int64_t id() const { return m_id; }
    // Events written so far.
    size_t recorded() const { return m_recorded; }
    const std::string& error() const { return m_error; }

private:
    bool begin(const Session& s);

    Store& m_store;
    AttemptOptions m_opt;
    int64_t m_started = 0;
    int64_t m_id = 0;
    size_t m_recorded = 0;
    bool m_over = false;  // the store has it as finished
    std::string m_error;
};

// [SECTION] record -> Session

// Replays the events of `rec` on `sc`: a Session in the same place, with the
// same log. Stops at the first event that no longer fits (the scenario
// changed); `problem` then says which and why. `replayed` gets the number of
// events applied. Never null.
std::unique_ptr<Session> replay(std::shared_ptr<const Scenario> sc, const AttemptRecord& rec, std::string* problem,
                                size_t* replayed = nullptr);

struct Resumed {
    std::unique_ptr<Session> session;          // null only when the attempt was not found
    std::unique_ptr<AttemptRecorder> recorder; // records further actions
    std::string problem;  // "" when resumed exactly; else what did not fit (in the message language)
    bool continued = true;  // false: the old attempt was marked abandoned and a new one began
};

// Rebuilds attempt `id` for playing on. When every stored event replays on
// `sc` and the scenario's content hash is unchanged, the attempt itself
// continues. Otherwise the old attempt is marked abandoned, and a new
// attempt begins from what did replay (`problem` says why, `continued` is
// false). Throws StoreError when the store fails.
Resumed resume_attempt(Store& store, int64_t id, std::shared_ptr<const Scenario> sc);

}  // namespace lab
