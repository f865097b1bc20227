#include "simulate.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <thread>

#include "i18n.h"
#include "session.h"

namespace lab {

namespace {

struct Partial {
    std::map<std::string, uint64_t> endings, grades;
    std::vector<uint64_t> histogram = std::vector<uint64_t>(10, 0);
    double sum = 0, lo = 1e300, hi = -1e300;
    uint64_t turns = 0, runs = 0;
    std::vector<std::string> failures;
};

void run_range(std::shared_ptr<const Scenario> sc, uint64_t from, uint64_t to, uint64_t seed, Partial& p) {
    for (uint64_t i = from; i < to; ++i) {
        Session s(sc, seed + i);
        Rng pick(seed + i + 0x5bd1e995ull);
        for (int guard = 0; guard < 100000 && (s.phase() == Phase::Choosing || s.phase() == Phase::Talking); ++guard) {
            if (s.phase() == Phase::Talking) { s.advance(); continue; }
            size_t n = s.current().arrival.offered.size() + (s.has_timeout() ? 1 : 0);
            size_t k = size_t(pick.range(0, int64_t(n) - 1));
            if (k < s.current().arrival.offered.size()) s.choose(int(k));
            else s.timeout();
        }
        Result r = s.result();
        std::string end = !r.ending.empty() ? r.ending : outcome_name(r.outcome);
        ++p.endings[end];
        ++p.grades[grade_name(r.grade)];
        p.sum += r.overall;
        p.lo = std::min(p.lo, r.overall);
        p.hi = std::max(p.hi, r.overall);
        ++p.histogram[size_t(std::min(9, int(r.overall * 10)))];
        p.turns += uint64_t(r.turns);
        ++p.runs;
        if (s.phase() == Phase::Failed && p.failures.size() < 10) {
            std::string e = s.error()->what();
            if (std::find(p.failures.begin(), p.failures.end(), e) == p.failures.end()) p.failures.push_back(e);
        }
    }
}

}  // namespace

SimulationResult simulate(const std::function<std::shared_ptr<const Scenario>()>& make, uint64_t runs, uint64_t seed, unsigned threads) {
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    threads = unsigned(std::min<uint64_t>(threads, std::max<uint64_t>(1, runs / 64)));
    if (threads == 0) threads = 1;
    std::vector<Partial> parts(threads);
    std::vector<std::thread> pool;
    const uint64_t per = runs / threads;
    for (unsigned t = 0; t < threads; ++t) {
        uint64_t from = t * per, to = (t + 1 == threads) ? runs : from + per;
        auto sc = make();  // made here: loading is not thread-safe across a shared state
        pool.emplace_back([sc, from, to, seed, &parts, t] { run_range(sc, from, to, seed, parts[t]); });
    }
    for (auto& th : pool) th.join();
    SimulationResult r;
    r.histogram.assign(10, 0);
    double sum = 0;
    uint64_t turns = 0;
    r.overall_min = 1e300;
    r.overall_max = -1e300;
    for (const auto& p : parts) {
        for (const auto& [k, v] : p.endings) r.endings[k] += v;
        for (const auto& [k, v] : p.grades) r.grades[k] += v;
        for (size_t i = 0; i < 10; ++i) r.histogram[i] += p.histogram[i];
        sum += p.sum;
        turns += p.turns;
        r.runs += p.runs;
        if (p.runs) { r.overall_min = std::min(r.overall_min, p.lo); r.overall_max = std::max(r.overall_max, p.hi); }
        for (const auto& f : p.failures)
            if (std::find(r.failures.begin(), r.failures.end(), f) == r.failures.end()) r.failures.push_back(f);
    }
    if (r.runs) { r.overall_mean = sum / double(r.runs); r.turns_mean = double(turns) / double(r.runs); }
    else { r.overall_min = r.overall_max = 0; }
    return r;
}

static double round3(double v) { return std::round(v * 1000) / 1000; }

std::string simulation_json(const SimulationResult& r, int indent) {
    nlohmann::ordered_json j;
    j["runs"] = r.runs;
    j["endings"] = r.endings;
    j["grades"] = r.grades;
    j["overall"] = {{"mean", round3(r.overall_mean)}, {"min", round3(r.overall_min)}, {"max", round3(r.overall_max)}, {"histogram", r.histogram}};
    j["turns"] = {{"mean", round3(r.turns_mean)}};
    j["failures"] = r.failures;
    return j.dump(indent);
}

std::string simulation_text(const SimulationResult& r) {
    std::string o = fmt("{0} gesimuleerde gesprekken (willekeurige keuzes)\n", "{0} simulated conversations (random choices)\n", {std::to_string(r.runs)});
    auto bar = [&](uint64_t v) { return std::string(size_t(r.runs ? 40.0 * double(v) / double(r.runs) + 0.5 : 0), '#'); };
    auto pct = [&](uint64_t v) { char b[16]; std::snprintf(b, sizeof b, "%5.1f%%", r.runs ? 100.0 * double(v) / double(r.runs) : 0.0); return std::string(b); };
    o += tr("Einden:\n", "Endings:\n");
    for (const auto& [k, v] : r.endings) o += "  " + pct(v) + "  " + k + "  " + bar(v) + "\n";
    o += tr("Oordelen:\n", "Grades:\n");
    for (const auto& [k, v] : r.grades) o += "  " + pct(v) + "  " + k + "  " + bar(v) + "\n";
    o += fmt("Totaalscore: gemiddeld {0}%, laagste {1}%, hoogste {2}%\n", "Overall: mean {0}%, lowest {1}%, highest {2}%\n",
             {std::to_string(int(r.overall_mean * 100 + 0.5)), std::to_string(int(r.overall_min * 100 + 0.5)), std::to_string(int(r.overall_max * 100 + 0.5))});
    for (size_t i = 0; i < r.histogram.size(); ++i) {
        char b[32];
        std::snprintf(b, sizeof b, "  %3zu-%3zu%% ", i * 10, i * 10 + 10);
        o += b + pct(r.histogram[i]) + "  " + bar(r.histogram[i]) + "\n";
    }
    char t[64];
    std::snprintf(t, sizeof t, "%.1f", r.turns_mean);
    o += fmt("Gemiddeld aantal beurten: {0}\n", "Average number of turns: {0}\n", {t});
    for (const auto& f : r.failures) o += "error: " + f + "\n";
    return o;
}

}  // namespace lab
