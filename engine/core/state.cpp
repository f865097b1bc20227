#include "state.h"

#include <algorithm>

namespace lab {

static uint64_t splitmix64(uint64_t& x) {
    uint64_t z = (x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

void Rng::reseed(uint64_t seed) {
    for (auto& w : m_s) w = splitmix64(seed);
}

static inline uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

uint64_t Rng::next() {
    uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

int64_t Rng::range(int64_t a, int64_t b) {
    uint64_t span = uint64_t(b) - uint64_t(a) + 1;
    if (span == 0) return int64_t(next());  // the full 64-bit range
    // Rejection sampling keeps the distribution exactly uniform.
    uint64_t limit = UINT64_MAX - UINT64_MAX % span;
    uint64_t x;
    do { x = next(); } while (x >= limit);
    return a + int64_t(x % span);
}

State State::initial(const Scenario& sc, uint64_t seed) {
    State s;
    for (const auto& m : sc.meters) s.meters.push_back(m.start);
    s.scores.assign(sc.competencies.size(), 0.0);
    s.tag_counts.assign(sc.choice_tags.size(), 0);
    s.rng.reseed(seed);
    return s;
}

void State::set_meter(const Scenario& sc, int i, double v) {
    const Meter& m = sc.meters[size_t(i)];
    meters[size_t(i)] = std::clamp(v, m.min, m.max);
}

int State::visit_count(int target) const {
    auto it = std::lower_bound(visits.begin(), visits.end(), std::make_pair(int32_t(target), INT32_MIN));
    return (it != visits.end() && it->first == target) ? it->second : 0;
}

void State::set_visits(int target, int count) {
    auto it = std::lower_bound(visits.begin(), visits.end(), std::make_pair(int32_t(target), INT32_MIN));
    const bool have = it != visits.end() && it->first == target;
    if (count <= 0) {
        if (have) visits.erase(it);
    } else if (have) {
        it->second = count;
    } else {
        visits.insert(it, {int32_t(target), int32_t(count)});
    }
}

void State::add_visit(int target) {
    auto it = std::lower_bound(visits.begin(), visits.end(), std::make_pair(int32_t(target), INT32_MIN));
    if (it != visits.end() && it->first == target) ++it->second;
    else visits.insert(it, {int32_t(target), 1});
}

}  // namespace lab
