// Session: one attempt at a scenario, as an explicit state machine.
//
//   Talking  --advance()-->  (next node or ending)
//   Choosing --choose(k) / timeout()--> (next node or ending)
//   Ended    (an ending, or stuck at a dead end)
//   Failed   (an author function failed; error() says where)
//
// Calling an action in a phase that does not allow it throws std::logic_error.
//
// Author mode adds moves no student makes (author_jump, author_set_*,
// starting_at); see the [SECTION] author mode below.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "machine.h"
#include "result.h"
#include "scenario.h"
#include "script_host.h"
#include "state.h"
#include "values.h"

namespace lab {

enum class Decision { None, Choice, Timeout, Advance, Jump };

// A change an author made to the state to test the scenario (author mode).
struct AuthorEdit {
    enum class Kind { Meter, Flag, ClearFlag, Visits, Score } kind = Kind::Meter;
    int index = -1;       // Meter: meter index; Score: competency index; Visits: visit_key()
    std::string flag;     // Flag, ClearFlag: the flag's name
    double value = 0;     // Meter, Score: the value set; Visits: the count
    FlagValue flag_value; // Flag: the value set
};

// One place reached on the current line of the attempt, and what the
// student did there.
struct Step {
    Arrival arrival;
    Decision decision = Decision::None;
    int chosen = -1;         // choice index in the node (Decision::Choice)
    int chosen_pos = -1;     // 0-based position among the offered choices
    LocalText feedback;      // evaluated when the feedback is a function
    Values meters;  // meter values on arrival (after node effects and author edits)
    Values scores;  // competency totals on arrival (after author edits)
    // Author mode: changes made here before the decision, in order, and
    // where Decision::Jump went.
    std::vector<AuthorEdit> edits;
    TargetRef jump;
};

// Everything the student did, including branches later abandoned by rewind.
struct LogEntry {
    enum class Kind { Choice, Timeout, Advance, Rewind } kind;
    std::string node;  // node id where it happened
    int choice = -1;   // choice index in the node (Choice)
    int pos = -1;      // 0-based display position (Choice)
    int turn = 0;      // Rewind: back to before this turn (0-based)
};

// A decision as a student makes it, by display position: "1".."n" or "t".
struct Pick {
    enum class Kind { Choice, Timeout } kind = Kind::Choice;
    int pos = 0;  // 0-based
};

class Session {
public:
    // Starts an attempt: enters the start node. The scenario must stay alive.
    Session(std::shared_ptr<const Scenario> sc, uint64_t seed);

    Phase phase() const { return m_phase; }
    const Scenario& scenario() const { return *m_sc; }
    std::shared_ptr<const Scenario> scenario_ptr() const { return m_sc; }
    uint64_t seed() const { return m_seed; }
    const State& state() const { return m_state; }
    const std::vector<Step>& steps() const { return m_steps; }
    const Step& current() const { return m_steps.back(); }
    const std::vector<LogEntry>& log() const { return m_log; }
    // The failure when phase() == Failed.
    const std::optional<ScriptError>& error() const { return m_error; }
    // True at a node with a timeout, while choosing.
    bool has_timeout() const;
    double timeout_seconds() const;
    // Choices made so far on the current line (turns, timeouts included).
    int turns() const { return m_state.turn; }

    // Actions (each valid only in the phase named).
    void choose(int pos);  // Choosing: 0-based position among offered choices
    void timeout();        // Choosing at a node with a timeout
    void advance();        // Talking
    // Back to just before turn `turn` (0-based; < turns()). The abandoned
    // branch stays in log(). Valid in every phase.
    void rewind(int turn);
    // Applies a pick made by display position, and then advances through
    // nodes without choices (at most `auto_limit` in a row; more is a loop,
    // and the attempt fails). Returns false (and changes nothing) when the
    // pick is not valid at this point.
    bool pick(const Pick& p);
    void advance_all(int auto_limit = 10000);

    Result result() const;

    // What the student was shown at step `st`, in every language and before
    // {name} interpolation: the text the author's function computed there,
    // else the authored text. Empty where there is none (raw_title away from
    // an ending; raw_feedback without a choice or timeout). `k` is a display
    // position among the offered choices.
    const LocalText& raw_text(const Step& st) const;
    const LocalText& raw_title(const Step& st) const;
    const LocalText& raw_choice_text(const Step& st, size_t k) const;
    const LocalText& raw_feedback(const Step& st) const;
    // The same, in `lang` with the scenario's fallback, {name} interpolated:
    // what views show.
    std::string text_of(const Step& st, const std::string& lang) const;
    std::string title_of(const Step& st, const std::string& lang) const;
    std::string choice_text(const Step& st, size_t k, const std::string& lang) const;
    std::string feedback_of(const Step& st, const std::string& lang) const;

    // [SECTION] author mode (auteursmodus)
    // Moves an author makes to test a scenario. Each is kept in the step
    // where it was made (Step::edits, Decision::Jump), so that rewind() and
    // save_json()/restore() replay it; none goes into log(). After any of
    // them author_edited() stays true: the attempt is no longer a student's
    // and must not be recorded as one (the app records nothing in author
    // mode).
    bool author_edited() const { return m_author; }
    // Set meter `i` to `v` clamped to its bounds; flag `name` to `v` (or
    // remove it); the visit count of `t`; the raw score of competency `k`.
    // Valid in every phase but Failed (throws std::logic_error there, and
    // std::out_of_range for an index that does not exist). At a node, its
    // choices are then offered anew under the changed state (their `when`s
    // evaluated again), so the phase may change: Choosing, Talking, Ended
    // when nothing applies any more, or Failed when a `when` fails. The
    // step's meters and scores become the edited ones.
    void author_set_meter(int i, double v);
    void author_set_flag(const std::string& name, const FlagValue& v);
    void author_clear_flag(const std::string& name);
    void author_set_visits(TargetRef t, int count);
    void author_set_score(int k, double v);
    // Goes to `t` keeping the current state: the current step ends with
    // Decision::Jump and `t` is entered as on arrival (its visit counted,
    // its effects applied, its choices offered). Valid in every phase (also
    // at an ending or after a failure). Not a turn. Throws
    // std::out_of_range when `t` is no node or ending of the scenario.
    void author_jump(TargetRef t);
    // "Play from here": a fresh attempt (the scenario's initial state) that
    // begins at `t` instead of the start; author_edited() is true and
    // rewind() goes back to `t`.
    static std::unique_ptr<Session> starting_at(std::shared_ptr<const Scenario> sc, uint64_t seed, TargetRef t);
    // Where this attempt began: the scenario's start, or starting_at()'s node.
    TargetRef begin() const { return m_begin; }

    // Save as JSON keyed by ids; restore replays it. A save whose ids no
    // longer fit stops at the first step that does not fit; `problem`
    // then says which step and why. Author moves are saved too ("begin",
    // "edits", "jump"); an edit of a meter, flag target or competency that
    // no longer exists is skipped (and said in `problem`).
    std::string save_json() const;
    static std::unique_ptr<Session> restore(std::shared_ptr<const Scenario> sc, const std::string& json,
                                            std::string* problem);

private:
    void enter(TargetRef t);
    void fail(const ScriptError& e);
    void require(Phase p, const char* action) const;
    void do_choose(int pos, bool log);
    void do_timeout(bool log);
    void do_advance(bool log);
    void do_jump(TargetRef t);
    void start();
    void check_target(TargetRef t) const;
    void apply_edit(const AuthorEdit& e);  // applies, records in the current step, offers anew
    void author_edit(const AuthorEdit& e, const char* action);

    std::shared_ptr<const Scenario> m_sc;
    uint64_t m_seed;
    Machine m_machine;
    Phase m_phase = Phase::Talking;
    State m_state;
    std::vector<Step> m_steps;
    std::vector<LogEntry> m_log;
    std::optional<ScriptError> m_error;
    TargetRef m_begin;      // where start() enters
    bool m_author = false;  // an author move was made
};

std::string interpolate_text(const Scenario& sc, const std::string& raw, const std::string& lang);

}  // namespace lab
