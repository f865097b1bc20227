// Machine: the rules of the format as pure steps over (Scenario, State).
// Session records an attempt on top of it; Explorer searches with it.
#pragma once
#include <vector>

#include "scenario.h"
#include "script_host.h"
#include "small_vec.h"
#include "state.h"

namespace lab {

// What a student sees on arriving somewhere.
struct Arrival {
    TargetRef at;
    Mood mood = Mood::Neutraal;
    LocalText text;                   // evaluated when the text is a function
    LocalText title;                  // endings: evaluated when a function
    SmallVec<int, 8> offered;         // choice indices, in display order
    std::vector<LocalText> offered_text;  // empty, or parallel to offered (function texts)
};

enum class Phase { Talking, Choosing, Ended, Failed };

// Id of a node or ending as an index in the shared visit space.
int visit_key(const Scenario& sc, TargetRef t);

// What an exploration learns of the author functions a step calls. Each
// call is noted (by Callable::ref) before it runs; a call of a function in
// `blocked` (sorted refs) is not made: Machine throws Machine::Refused.
// When a step throws ScriptError, the last ref noted is the function that
// failed (or whose result was wrong).
struct CallWatch {
    const std::vector<int>* blocked = nullptr;
    SmallVec<int, 4> called;
};

// All functions may throw ScriptError. `texts` false skips evaluating texts
// (used by exploration when no text function can change the state).
class Machine {
public:
    Machine(const Scenario& sc, uint64_t seed) : m_sc(sc), m_seed(seed) {}

    // Enters `t`: counts the visit, applies node effects, evaluates mood,
    // texts and the offered choices. Returns the resulting phase.
    Phase enter(State& s, TargetRef t, Arrival& out, bool texts = true) const;
    // Offers the choices of node `n` (out.offered, out.offered_text) under
    // `s`, as enter() does on arrival; returns the phase that follows
    // (Choosing, Talking, or Ended at a dead end).
    Phase offer(State& s, int n, Arrival& out, bool texts = true) const;
    // Applies choice `c` of node `n`: effects, flags, effect(), scores, tags, turn.
    void apply_choice(State& s, int n, int c) const;
    // Applies the timeout (silence) of node `n` the same way.
    void apply_timeout(State& s, int n) const;
    LocalText timeout_feedback(State& s, int n) const;
    // Where choice `c` of node `n` leads (after apply_choice).
    TargetRef choice_target(State& s, int n, int c) const;
    TargetRef resolve(State& s, const Target& t, const char* what) const;
    LocalText feedback(State& s, int n, int c) const;
    TargetRef start() const { return m_sc.start; }
    // Notes every author function called from now on in `w` (null: none).
    void watch(CallWatch* w) { m_watch = w; }
    struct Refused {};  // thrown instead of calling a blocked function

private:
    void apply_effects(State& s, const Effects& e) const;
    void apply_move(State& s, const std::vector<std::pair<int, double>>& score, const std::vector<int>& tags, const Effects& e) const;
    LocalText text(const Callable& fn, State& s) const;
    void calling(const Callable& fn) const;
    const Scenario& m_sc;
    uint64_t m_seed;
    CallWatch* m_watch = nullptr;
};

// Position of choice `c` of node `n` in a shuffled attempt (a permutation
// fixed per attempt seed and node).
std::vector<int> display_order(const Scenario& sc, uint64_t seed, int n);

}  // namespace lab
