// Moments: what each decision of an attempt was worth, for the debrief's
// "a better move was ..." and `run --json`'s `moments`.
//
// At every decision the student made, each option offered there (and the
// timeout, where silence was possible) is valued by the best result still
// reachable after taking it, from the state the student had at that moment:
// the best continuation the explored state graph shows (by the analysis'
// per-move weights, and again avoiding endings that cap the grade),
// replayed with a Session from the start along the student's own earlier
// decisions, so that its result is exact (clamping, grade caps and all).
// A value is therefore always achieved by a real path, and a lower bound
// of the true best: a continuation the graph does not show (beyond an
// incomplete search, or round a loop) is not claimed. What the student in
// fact reached (`reached`) is the attempt's own result, exact.
//
// Results are compared by grade (after the ending's cap), then overall.
// An option is suggested (`better`) only when its value beats both what the
// student reached and the value of the option the student took: a moment
// at which the student took a best move suggests nothing, even if a later
// move lost points. On the analysis' best path nothing is suggested
// (analyse() makes its best path agree with this).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "explore.h"
#include "session.h"

namespace lab {

// A result to compare: the grade after the ending's cap, then the overall.
struct Achieved {
    int grade = 0;  // 0 onvoldoende, 1 voldoende, 2 goed
    double overall = 0;
    std::string grade_name;
    bool beats(const Achieved& o) const;  // strictly better, beyond rounding
};

struct MomentOption {
    int choice = -1;  // choice index in the node; -1 the timeout
    int pos = -1;     // 0-based display position; -1 the timeout
    // The best result found after taking it (a replayed path), if any.
    std::optional<Achieved> value;
    std::vector<Pick> path;  // that whole path from the start, as picks
};

struct Moment {
    size_t step = 0;    // index in Session::steps()
    int node = -1;      // node index
    int chosen = -1;    // choice index taken; -1 the timeout
    int chosen_pos = -1;
    std::vector<MomentOption> options;  // offered choices in display order, then the timeout
    std::optional<Achieved> reached;    // the attempt's result, once it has ended
    int better = -1;                    // index in options: the suggestion, or -1
};

// The moments of `s` (every Choice or Timeout on its current line), valued
// with `g`, a search of the same scenario with the session's seed (or any
// seed when the scenario's functions never read s.random). An attempt
// changed in author mode, or begun elsewhere than the start, gets none.
std::vector<Moment> decision_moments(const Session& s, const StateGraph& g);

// Picks ("1".."n", "t") of a path, as `run --choices` takes them.
std::vector<std::string> pick_strings(const std::vector<Pick>& picks);

// `run --json`: result_json(r) with "moments" added: per decision the node,
// the chosen option (1-based display position or "t"), and where a better
// move existed that option (`better`: choice, text in `lang`, overall) and
// what the attempt reached (`reached`); `better` is null elsewhere.
std::string result_json_with_moments(const Result& r, const Session& s, const std::vector<Moment>& m, const std::string& lang, int indent = 2);

}  // namespace lab
