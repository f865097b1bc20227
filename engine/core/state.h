// State: everything an attempt changes, as the author's functions see it (`s`).
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "scenario.h"
#include "values.h"

namespace lab {

// Small, fast, seedable generator (splitmix64 seeding + xoshiro256**).
// Deterministic across platforms; its state is part of an attempt.
class Rng {
public:
    explicit Rng(uint64_t seed = 1) { reseed(seed); }
    void reseed(uint64_t seed);
    uint64_t next();
    // Uniform integer in [a, b] (a <= b).
    int64_t range(int64_t a, int64_t b);
    bool operator==(const Rng& o) const { return m_s[0] == o.m_s[0] && m_s[1] == o.m_s[1] && m_s[2] == o.m_s[2] && m_s[3] == o.m_s[3]; }
    const uint64_t* words() const { return m_s; }

private:
    uint64_t m_s[4];
};

// The state `s`. Indices follow the Scenario's vectors.
struct State {
    Values meters;
    std::map<std::string, FlagValue> flags;
    // Visit counts as sorted (target, count) pairs; target = node index, or
    // nodes.size() + ending index. Sparse: attempts visit few of many nodes.
    std::vector<std::pair<int32_t, int32_t>> visits;
    Values scores;
    SmallVec<int, 8> tag_counts;  // per Scenario::choice_tags
    int turn = 0;
    Rng rng;

    // A fresh state at the start of an attempt.
    static State initial(const Scenario& sc, uint64_t seed);
    // Sets meter `i` to `v` clamped to its bounds.
    void set_meter(const Scenario& sc, int i, double v);
    int visit_count(int target) const;
    void add_visit(int target);
    // Sets the visit count of `target` (0 removes it; negative counts as 0).
    void set_visits(int target, int count);
};

// Which parts of the state the author's functions have read. Analysis uses
// it to decide which parts make two states different.
enum StateRead : unsigned {
    ReadMeters = 1, ReadFlags = 2, ReadVisits = 4, ReadScore = 8,
    ReadTurn = 16, ReadTagged = 32, ReadRandom = 64,
};

}  // namespace lab
