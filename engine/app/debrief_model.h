// Debrief model: what the Nabespreking shows, computed from a finished (or
// stopped) Session. No SDL or ImGui.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/session.h"

namespace lab {

// How much a choice adds to the overall score right away: the weighted mean
// over competencies of score delta / competency maximum (as the overall
// score weighs them). Only the choice's own `score`, not what follows.
double choice_value(const Scenario& sc, const Choice& c);

// One decision of the attempt, with what could have been better.
struct KeyMoment {
    size_t step = 0;           // index in Session::steps()
    int turn = 0;              // 0-based turn (rewind target)
    std::string who;           // who spoke before the decision ("" = narration)
    std::string prompt;        // what was said
    bool timed_out = false;    // the student let the timeout run out
    std::string chosen;        // the choice's text
    std::string feedback;      // its feedback ("" when none)
    double value = 0;          // choice_value of the chosen option (0 for silence)
    // A better-scoring option that was offered at that moment, if any.
    std::optional<int> better_pos;  // 0-based display position
    std::string better_text, better_feedback;
    double better_value = 0;
};

std::vector<KeyMoment> key_moments(const Session& s, const std::string& lang);

// One meter's value on arrival at every step of the current line.
struct MeterSeries {
    int meter = -1;
    std::string label;
    double min = 0, max = 10;
    std::vector<double> values;  // per step
};

// The series of the meters a student may see (visible = true).
std::vector<MeterSeries> meter_series(const Session& s, const std::string& lang);

// The path that maximises the overall score (weighted percent over the
// competencies, `maxima` as the scoring uses), found by exploring the
// scenario's states with `seed`. Slow for large scenarios: run it on a
// scenario no other thread uses (e.g. a private load).
struct BestPath {
    bool found = false;
    bool exact = true;               // false: the exploration hit its budget
    std::vector<std::string> picks;  // "1".."n", "t"
    double value = 0;                // predicted overall score
};
BestPath find_best_path(const Scenario& sc, const std::vector<double>& maxima, uint64_t seed);

// The best path of one scenario and seed as the debrief shows it: searched
// once (App runs find_best_path on its worker), then played.
struct BestPathSearch {
    enum class State { Idle, Running, Ready, Failed };
    State state = State::Idle;
    const void* scenario = nullptr;  // the scenario it belongs to (identity only)
    uint64_t seed = 0;
    BestPath best;
    std::unique_ptr<Session> played;  // the best path played (Ready)
    bool done() const { return state == State::Ready || state == State::Failed; }
};

// "1,3,t" from picks.
std::string picks_text(const std::vector<std::string>& picks);

}  // namespace lab
