// History model: what the history screen and the resume offer show, read
// from the results store: a student's attempts of one scenario, the points
// of the score chart, two attempts aligned turn by turn with where their
// paths parted, and whether an unfinished attempt can still be resumed.
// No SDL or ImGui; uses engine/store.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/scenario.h"
#include "store/attempt_record.h"
#include "store/store.h"

namespace lab {

// [SECTION] the list of attempts

struct HistoryItem {
    AttemptSummary summary;
    int number = 0;  // 1 = the student's first attempt of the scenario (in this list)
};

struct History {
    std::string scenario;           // id
    std::vector<HistoryItem> items; // newest first; abandoned attempts left out
    int other_names = 0;            // attempts of the scenario by other names, not in `items`
};

// The attempts of `scenario` whose student is exactly `student` ("" = the
// anonymous ones), or every student's when `all_names`. Throws StoreError.
History load_history(const Store& store, const std::string& scenario, const std::string& student, bool all_names);

// One point of the chart of the overall score over attempts.
struct ChartPoint {
    int64_t id = 0;
    int number = 0;
    double overall = 0;  // 0..1
    std::optional<Grade> grade;
    Mode mode = Mode::Practice;
};

// The finished attempts of `h`, oldest first (unfinished ones have no
// overall score yet).
std::vector<ChartPoint> chart_points(const History& h);

// [SECTION] two attempts side by side

// What was said at one node of an attempt.
struct SaidLine {
    std::string who;   // speaker's name; "" = narration
    std::string text;
};

// One turn of an attempt: the nodes passed since the previous decision and
// the decision itself (a final turn may have no decision: the nodes after
// the last one).
struct TurnCell {
    bool present = false;          // false: this attempt has no such turn
    std::vector<std::string> nodes; // node ids in order; the last one is where the decision was made
    std::vector<SaidLine> said;
    bool decided = false;          // a choice or a silence
    bool silence = false;          // the student let the time run out
    std::string choice_key;        // choice id (else number) of the decision, for comparing
    std::string answer, feedback;
    // Non-zero score changes of the decision: competency label and delta.
    std::vector<std::pair<std::string, double>> deltas;
};

// The turns of the attempt's final line (what rewinds left), in `lang`.
std::vector<TurnCell> turns_of(const AttemptRecord& rec, const std::string& lang);

struct TurnRow {
    TurnCell a, b;
    bool same = false;  // both have this turn, through the same nodes, with the same decision
};

struct ScoreDiff {
    std::string id, label;
    double a = 0, b = 0;  // percent 0..1
    bool in_a = false, in_b = false;
    double diff() const { return b - a; }
};

struct Comparison {
    int64_t id_a = 0, id_b = 0;  // store ids; a is the older attempt
    std::vector<TurnRow> rows;
    // The first row where the paths part (a different node or decision, or
    // one attempt has a turn the other lacks); -1 when they are the same.
    int diverge = -1;
    std::vector<ScoreDiff> scores;  // per competency (the newer attempt's order first)
    double overall_a = 0, overall_b = 0;
    std::optional<Grade> grade_a, grade_b;
    std::string ending_a, ending_b;  // ending titles ("" = no ending reached)
    std::string outcome_a, outcome_b;
};

// Aligns `a` and `b` by turn, in `lang`. The older attempt (by start time)
// becomes `a`, whatever the order of the arguments.
Comparison compare_attempts(const AttemptRecord& a, const AttemptRecord& b, const std::string& lang);

// [SECTION] the resume offer

struct ResumeOffer {
    AttemptSummary attempt;
    bool checked = false;  // check_resume() has run
    bool fits = true;      // every step replays on the scenario as it is now, which is unchanged
    int turns_fit = 0;     // turns that replay (when it does not fit: where a new attempt would go on)
    std::string problem;   // why it does not fit (message language)
};

// The newest unfinished attempt of `scenario` by exactly `student` ("" = anonymous), if any.
std::optional<ResumeOffer> find_resume_offer(const Store& store, const std::string& scenario, const std::string& student);
// The same among `unfinished` (Store::unfinished(), newest first).
std::optional<ResumeOffer> find_resume_offer(std::vector<AttemptSummary> unfinished, const std::string& scenario, const std::string& student);
// Replays the offered attempt on `sc` without writing anything, to tell the
// student before resuming whether the scenario changed.
void check_resume(ResumeOffer& offer, const Store& store, std::shared_ptr<const Scenario> sc);

// [SECTION] words

// "12 nov 14:03" (local time; "12 nov 2023 14:03" in another year than `now_ms`'s).
std::string when_text(int64_t ms, const std::string& lang, int64_t now_ms);
// A competency's label in `lang` from the attempt's snapshot, else its id.
std::string competency_label(const ScenarioInfo& info, const std::string& id, const std::string& lang);

}  // namespace lab
