// AttemptRecord: one attempt as the store keeps it and exports it. It is
// self-contained: every text is resolved (interpolated) in each language the
// scenario wrote it in, so reports, exports, xAPI statements and class
// overviews need no scenario file, and keep working when the scenario changes.
//
// Plain data that knows no Session and no SQLite. The record path runs one
// way: a Session is turned into these parts by recorder.h (scenario_info,
// standing_of, events_of), which hands them to the Store (store.h), which
// writes them with their JSON forms (record_json.h). Reading goes back the
// same way: Store or export file -> AttemptRecord -> report, export, xAPI,
// class overview, or replay() into a Session (recorder.h).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/grade.h"
#include "core/mode.h"
#include "core/text.h"

namespace lab {

enum class AttemptStatus { Unfinished, Finished, Abandoned };
const char* status_name(AttemptStatus s);  // "unfinished" | "finished" | "abandoned"
std::optional<AttemptStatus> parse_status(const std::string& s);

// [SECTION] the scenario as it was when the attempt was played

struct MeterInfo {
    std::string id;
    LocalText label;
    double min = 0, max = 10, start = 0;
    bool visible = true;
};

struct CompetencyInfo {
    std::string id;
    LocalText label;
    double weight = 1;
    double max = 0;
};

struct ScenarioInfo {
    std::string id;
    int version = 1;
    std::string content_hash;  // Scenario::content_hash
    std::string language = "nl";
    LocalText title, summary, briefing;
    std::vector<LocalText> goals;
    double pass = 0.55, good = 0.80;
    std::vector<MeterInfo> meters;
    std::vector<CompetencyInfo> competencies;
};

// [SECTION] events: every decision as it was made, rewinds included

enum class EventKind { Choice, Timeout, Advance, Rewind };
const char* event_kind_name(EventKind k);  // "choice" | "timeout" | "advance" | "rewind"
std::optional<EventKind> parse_event_kind(const std::string& s);

// One entry of Session::log(), with what the student saw and what changed.
// Vectors follow ScenarioInfo::meters / ::competencies. An event the
// recorder could not see on the session's line (see AttemptRecorder::sync)
// has only kind, turn, node and choice.
struct Event {
    int seq = 0;            // 0, 1, 2... within the attempt
    int64_t time_ms = 0;    // when it was recorded (Unix ms, UTC)
    EventKind kind = EventKind::Choice;
    int turn = 0;           // choices made before it; Rewind: back to before this turn (0-based)
    std::string node;       // where it happened (empty for Rewind)
    std::string speaker;    // character id; empty = narration
    LocalText speaker_name;
    std::string mood;
    LocalText text;         // what was said at the node
    int choice = -1;        // Choice: index in the node as declared, 0-based
    int position = -1;      // Choice: 0-based position among those offered
    std::string choice_id;  // Choice: the author's id, if any
    LocalText choice_text, feedback;
    std::vector<double> meters;        // on arrival at `node` (after its effects)
    std::vector<double> meters_after;  // after the decision (on arrival at the next place)
    std::vector<double> scores_after;  // competency totals after the decision
    std::vector<double> score_delta;   // what the decision changed in them

    bool is_decision() const { return kind == EventKind::Choice || kind == EventKind::Timeout; }
};

// [SECTION] reflection (Korthagen's ALACT cycle)

constexpr int kAlactPhaseCount = 5;
// The phase ids, in order: handelen, terugblikken, bewustwording,
// alternatieven, uitproberen (the same ids as the app's reflection).
extern const char* const kAlactPhases[kAlactPhaseCount];
// The phase's name in the message language.
std::string alact_phase_label(const std::string& phase);

struct ReflectionAnswer {
    std::string phase;   // one of kAlactPhases
    std::string prompt;  // the question as the student saw it (may be empty)
    std::string answer;
};

struct ReflectionRecord {
    int64_t written_ms = 0;
    std::vector<ReflectionAnswer> answers;
    bool empty() const;  // no answer with any non-space text
};

// [SECTION] the attempt

struct CompetencyResult {
    std::string id;
    double raw = 0, max = 0, percent = 0;
};

// Where an attempt stands; rewritten with every recorded step.
struct Standing {
    AttemptStatus status = AttemptStatus::Unfinished;
    int64_t ended_ms = 0;       // 0 while unfinished
    std::string at;             // node or ending id where the line ends now
    std::string ending;         // ending id; empty unless at an ending
    LocalText ending_title, ending_text;
    std::string outcome = "unfinished";  // outcome_name(): good|mixed|bad|stuck|unfinished|failed
    int turns = 0;
    std::vector<CompetencyResult> scores;
    double overall = 0;
    std::optional<Grade> grade; // none only in a hand-made export
    std::string error;          // Failed: the located message
    std::vector<double> meters; // current values, by ScenarioInfo::meters
};

struct AttemptRecord {
    int64_t store_id = 0;   // id in the store it was read from; 0 if none
    std::string uuid;       // globally unique; also the xAPI registration
    std::string student;    // name or alias
    std::string email;      // only when the student gave one
    ScenarioInfo scenario;
    uint64_t seed = 1;
    Mode mode = Mode::Practice;
    std::string lang = "nl";  // the language the student played in
    int64_t started_ms = 0;
    Standing standing;
    std::vector<Event> events;
    ReflectionRecord reflection;

    // The events on the attempt's final line (what rewinds left), in order.
    std::vector<const Event*> line() const;
    int rewinds() const;
    // ended - started, or last event - started while unfinished.
    int64_t duration_ms() const;
};

// [SECTION] helpers shared by the exports

// Current time, Unix ms.
int64_t unix_ms_now();
// "2024-05-01T12:00:03.250Z" (UTC, milliseconds).
std::string iso_utc(int64_t ms);
// Parses what iso_utc writes (and the same without fraction, or with an
// offset such as +02:00). Returns false when it is not such a time.
bool parse_iso_utc(const std::string& s, int64_t& ms);
// A random (version 4) UUID.
std::string new_uuid();
// A UUID derived from `name` (same name, same UUID), shaped as version 4.
std::string uuid_from(const std::string& name);
// `s` without control characters (C0, DEL and C1, which terminals take as
// escape codes) and without bytes that are not UTF-8: what a terminal line
// or a CSV cell may show of a text that came from a student or a file.
std::string printable(const std::string& s);

}  // namespace lab
