// Strategies: would a student who does not think pass this scenario?
//
// Plays fixed naive strategies (always the longest answer, the shortest, the
// first, the last) and uniform random play on a loaded scenario, and counts
// the "tells" in its choices: cues other than judgement (length, a lone
// positive option) that point at the best answer. A lecturer reads them to
// see whether the scoring can be gamed.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "grade.h"
#include "scenario.h"

namespace lab {

enum class Strategy { Longest, Shortest, First, Last };
constexpr Strategy kStrategies[] = {Strategy::Longest, Strategy::Shortest, Strategy::First, Strategy::Last};
const char* strategy_name(Strategy s);  // "longest", "shortest", "first", "last"

// One deterministic strategy played through (seed 1, as `run` without --seed).
//  - Longest/Shortest: the offered option whose text, in the scenario's
//    language after interpolation, has the most/fewest characters (code
//    points); ties go to the first shown. A timeout never fires.
//  - First/Last: the offered option declared first/last in the node (the
//    author's order, whatever the display order under `shuffle`).
// Nodes without choices advance. A strategy that goes round a loop is
// stopped after kMaxStrategyTurns choices: it never finishes, which no
// student would pass with, and is reported unfinished.
struct StrategyRun {
    Strategy strategy = Strategy::Longest;
    std::string ending;  // empty when no ending was reached
    Outcome outcome = Outcome::Unfinished;
    double overall = 0;
    std::optional<Grade> grade;  // none when no ending was reached (no grade)
    std::vector<std::string> choices;  // display picks, as for `run --choices`
    std::string error;   // when an author function failed
    bool passes() const { return grade && *grade >= Grade::Sufficient; }
};
constexpr int kMaxStrategyTurns = 1000;
StrategyRun play_strategy(std::shared_ptr<const Scenario> sc, Strategy s);

// The pass rate (voldoende or better) of uniform random play, timeouts
// included, as `simulate` plays it (run i uses seed `seed + i`).
struct RandomPlay {
    uint64_t runs = 0;
    uint64_t passes = 0;
    double pass_rate() const { return runs ? double(passes) / double(runs) : 0; }
};
// Exactly `runs` playthroughs, on all cores (`make` as for simulate()).
RandomPlay random_play(const std::function<std::shared_ptr<const Scenario>()>& make, uint64_t runs, uint64_t seed = 1);

// Sequential: batches of playthroughs on one scenario (this thread) until a
// 99% confidence interval of the pass rate lies wholly above or below
// `threshold`, or `max_runs` are played. Used by `check`, which only needs
// to know on which side of the threshold the rate is.
RandomPlay random_play_until_sure(std::shared_ptr<const Scenario> sc, double threshold, uint64_t max_runs, uint64_t seed = 1);
// Wilson score interval (z = 2.576, 99%) of a pass rate.
void pass_rate_interval(const RandomPlay& r, double& lo, double& hi);

// Cues in the choices themselves. Over every node with two or more choices
// whose options do not all score the same ("scored"); an option's value is
// its weighted score, the change it makes to the overall
// (sum over competencies of weight * delta / max, over the sum of weights).
// The best options of a node are those of the highest value. Choice texts
// are taken in the scenario's language; a text written as a function is
// measured as it reads in the initial state.
struct Tells {
    int scored_nodes = 0;
    int single_positive = 0;   // exactly one option with a positive value
    int longest_is_best = 0;   // the longest option is one of the best
    double best_words_mean = 0, other_words_mean = 0;
    // Best options longer than kLongAnswerWords words: monologues no parent
    // sits through (the guide asks for a comment giving the reason).
    struct LongAnswer { std::string node; int choice = 0; int words = 0; };  // choice 1-based
    std::vector<LongAnswer> long_best;
    // Silence: nodes where a timeout can fire, and those where silence
    // costs (a negative value).
    int timeouts = 0, timeouts_costly = 0;
};
constexpr int kLongAnswerWords = 35;
Tells count_tells(const Scenario& sc);

struct StrategyReport {
    std::vector<StrategyRun> runs;  // in kStrategies order
    RandomPlay random;
    Tells tells;
    // False when the analysis was cut short: the maxima are then proven
    // upper bounds, and a percentage is at least what is shown.
    bool maxima_exact = true;
};
// `random_runs` exactly (at least 10,000 for `analyze`).
StrategyReport strategy_report(const std::function<std::shared_ptr<const Scenario>()>& make, uint64_t random_runs);

nlohmann::ordered_json strategies_json(const StrategyReport& r);
nlohmann::ordered_json tells_json(const Tells& t);
std::string strategies_text(const StrategyReport& r);

// The warnings `check` gives, located at the scenario declaration: a
// deterministic strategy that reaches voldoende or better, a random pass
// rate above `kRandomPassLimit` (only when the interval proves it). Plays
// the strategies itself.
constexpr double kRandomPassLimit = 0.10;
void strategy_diagnostics(std::shared_ptr<const Scenario> sc, const std::string& file, int line, Diagnostics& out);

}  // namespace lab
