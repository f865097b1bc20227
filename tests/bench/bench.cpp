// scripts/bench: speed and memory figures of the engine on a generated
// 2,000-node scenario (3 choices a node, two meters, a Lua `when` on a third
// of the choices), and on issue 10's reproducer (a meter too wide for any
// state budget) in-process and as a whole `gesprekslab check` process,
// beside the reference ink compiler on the same story. Prints figures;
// asserts nothing.
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "core/analysis.h"
#include "core/explore.h"
#include "core/i18n.h"
#include "core/session.h"
#include "core/simulate.h"
#include "generate.h"
#include "script/loader.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

struct Playthroughs {
    long steps = 0;
    double seconds = 0;
};

Playthroughs random_playthroughs(std::shared_ptr<const lab::Scenario> sc, double min_seconds) {
    Playthroughs p;
    std::mt19937_64 rng(7);
    auto t0 = Clock::now();
    uint64_t seed = 1;
    while ((p.seconds = seconds_since(t0)) < min_seconds) {
        for (int k = 0; k < 200; ++k) {
            lab::Session s(sc, seed++);
            while (s.phase() == lab::Phase::Choosing) {
                s.choose(int(rng() % s.current().arrival.offered.size()));
                ++p.steps;
            }
        }
    }
    return p;
}

// One run of a program, its output thrown away: wall and CPU seconds
// (user + system), or a negative wall time when it could not run.
struct ProcessRun {
    double wall = -1, cpu = 0;
    int status = -1;
};
ProcessRun run_process(const std::vector<std::string>& argv) {
    ProcessRun r;
    auto t0 = Clock::now();
    const pid_t pid = ::fork();
    if (pid < 0) return r;
    if (pid == 0) {
        const int null = ::open("/dev/null", O_WRONLY);
        ::dup2(null, 1);
        ::dup2(null, 2);
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        ::execvp(args[0], args.data());
        ::_exit(127);
    }
    int status = 0;
    rusage ru{};
    if (::wait4(pid, &status, 0, &ru) != pid) return r;
    r.wall = seconds_since(t0);
    r.cpu = double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

// The best (lowest wall time) of `n` runs.
ProcessRun best_of(int n, const std::vector<std::string>& argv) {
    ProcessRun best;
    for (int i = 0; i < n; ++i) {
        ProcessRun r = run_process(argv);
        if (r.wall >= 0 && (best.wall < 0 || r.wall < best.wall)) best = r;
    }
    return best;
}

// The program beside this one (both are built into build/).
std::string beside_me(const std::string& name) {
    std::error_code ec;
    const fs::path me = fs::read_symlink("/proc/self/exe", ec);
    return ec ? name : (me.parent_path() / name).string();
}

long peak_rss_kb() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
    lab::set_message_language("en");
    int nodes = argc > 1 ? std::atoi(argv[1]) : 2000;
    fs::path dir = fs::temp_directory_path() / ("lab-bench-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "plain.lua") << labbench::generate(nodes, false);
    std::ofstream(dir / "when.lua") << labbench::generate(nodes, true);
    std::printf("Gesprekslab benchmark: generated scenario of %d nodes, 3 choices each, 2 meters, 3 competencies\n", nodes);
    std::printf("(targets on a 2-core machine: load+check < 50 ms; > 2,000,000 steps/s without callbacks; > 500,000 with; peak < 64 MB)\n\n");

    for (const char* variant : {"plain", "when"}) {
        std::string path = (dir / (std::string(variant) + ".lua")).string();
        // Load + check, best of 5 (the analysis that finds each maximum included).
        double best = 1e9;
        lab::Loaded l;
        for (int i = 0; i < 5; ++i) {
            auto t0 = Clock::now();
            l = lab::load_scenario(path);
            best = std::min(best, seconds_since(t0));
        }
        if (!l.scenario) {
            for (const auto& d : l.diagnostics.all()) std::fprintf(stderr, "%s\n", d.format().c_str());
            return 1;
        }
        lab::LoadOptions no_analysis;
        no_analysis.analyse = false;
        double parse_only = 1e9;
        for (int i = 0; i < 5; ++i) {
            auto t0 = Clock::now();
            lab::load_scenario(path, no_analysis);
            parse_only = std::min(parse_only, seconds_since(t0));
        }
        auto t0 = Clock::now();
        lab::StateGraph g = lab::explore(*l.scenario);
        double explore_s = seconds_since(t0);
        Playthroughs p = random_playthroughs(l.scenario, 1.0);
        // `simulate` on all cores, each worker with its own scenario.
        lab::LoadOptions light;
        light.analyse = false;
        light.known_maxima = l.scenario->competency_max;
        bool first = true;
        auto make = [&]() -> std::shared_ptr<const lab::Scenario> {
            if (first) { first = false; return l.scenario; }
            return lab::load_scenario(path, light).scenario;
        };
        auto ts = Clock::now();
        lab::SimulationResult sim = lab::simulate(make, 4000, 1);
        double sim_s = seconds_since(ts);
        std::printf("%s (%s):\n", variant, std::string(variant) == "plain" ? "no Lua callbacks" : "Lua when on a third of the choices");
        std::printf("  load + check:             %7.1f ms (of which parse and build %.1f ms; %zu warnings)\n", best * 1e3, parse_only * 1e3,
                    l.diagnostics.warning_count());
        std::printf("  maximum-score analysis:   %7.1f ms (%zu states, %zu edges, %s; %.0f states/s)\n", explore_s * 1e3, g.vertices.size(), g.edges.size(),
                    g.complete ? "complete" : "budget reached", double(g.vertices.size()) / explore_s);
        std::printf("  random playthroughs:      %9.0f steps/s (%ld steps in %.2f s)\n", double(p.steps) / p.seconds, p.steps, p.seconds);
        std::printf("  simulate (all cores):     %9.0f playthroughs/s (%llu in %.2f s, %.0f turns each, loading included)\n\n",
                    double(sim.runs) / sim_s, static_cast<unsigned long long>(sim.runs), sim_s, sim.turns_mean);
    }
    std::printf("peak memory (max RSS):      %7.1f MB\n\n", double(peak_rss_kb()) / 1024.0);
    // The search on one thread and on all cores, on the shipped scenarios
    // with the most states (the others take a few milliseconds).
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    std::printf("state search of shipped scenarios (1 thread vs %u threads, best of 3):\n", cores);
    for (const char* name : {"driehoeksgesprek", "omgekeerd-oudergesprek.lua"}) {
        const std::string path = std::string(LAB_SCENARIOS_DIR) + "/" + name;
        lab::LoadOptions light;
        light.analyse = false;
        auto sc = lab::load_scenario(path, light).playable;
        if (!sc) { std::printf("  %s: cannot be loaded\n", name); continue; }
        double t1 = 1e9, tn = 1e9;
        size_t states = 0;
        for (int i = 0; i < 3; ++i)
            for (unsigned threads : {1u, cores}) {
                lab::ExploreOptions eo;
                eo.threads = threads;
                eo.make = [&] { return lab::load_scenario(path, light).playable; };
                auto t0 = Clock::now();
                lab::StateGraph g = lab::explore(*sc, eo);
                double s = seconds_since(t0);
                states = g.vertices.size();
                (threads == 1 ? t1 : tn) = std::min(threads == 1 ? t1 : tn, s);
            }
        std::printf("  %-28s %7zu states: %7.1f ms on 1 thread, %7.1f ms on %u (%.2fx; %.0f states/s)\n", name, states, t1 * 1e3, tn * 1e3, cores,
                    t1 / tn, double(states) / tn);
    }
    std::printf("\npeak memory (max RSS), the shipped scenarios' search included: %.1f MB\n\n", double(peak_rss_kb()) / 1024.0);

    // Issue 10's reproducer: the meter of the `when`s is too wide for any
    // state budget (and, for comparison, bounded as in real scenarios).
    const std::string program = beside_me("gesprekslab");
    std::printf("issue 10 reproducer (%d nodes, options to i+1..i+3, meter effects -1/0/+1, when m >= 0 on a third):\n", nodes);
    for (long range : {1000000L, 0L}) {
        const bool wide = range != 0;
        const std::string path = (dir / (wide ? "breed.lua" : "smal.lua")).string();
        std::ofstream(path) << labbench::generate_wide_meter(nodes, wide ? -range : 0, wide ? range : 10);
        double best = 1e9;
        lab::LoadOptions keep;
        keep.keep_graph = true;
        lab::Loaded l;
        for (int i = 0; i < 3; ++i) {
            auto t0 = Clock::now();
            l = lab::load_scenario(path, keep);
            best = std::min(best, seconds_since(t0));
        }
        const lab::StateGraph* g = l.graph.get();
        const ProcessRun whole = best_of(5, {program, "check", path});
        std::printf("  meter %s: load + check %7.1f ms in-process, %zu states, %s; whole `gesprekslab check` process %6.1f ms (%.1f ms CPU, exit %d)\n",
                    wide ? "-1,000,000..1,000,000" : "0..10", best * 1e3, g ? g->vertices.size() : size_t(0),
                    !g ? "no graph" : g->complete ? "exact (complete)" : ("incomplete: " + lab::stop_text(g->stop, g->vertices.size(), g->seconds)).c_str(),
                    whole.wall * 1e3, whole.cpu * 1e3, whole.status);
    }
    // The reference ink compiler (inkjs 2.4, installed by scripts/bench with
    // npm when it is there) compiling the same story written as ink.
    const fs::path inkjs = fs::path(LAB_SCENARIOS_DIR) / ".." / "tests" / "bench" / "ink" / "node_modules" / "inkjs" / "bin" / "inkjs-compiler.js";
    std::error_code ec;
    if (fs::exists(inkjs, ec)) {
        const std::string ink = (dir / "breed.ink").string();
        std::ofstream(ink) << labbench::generate_wide_meter_ink(nodes, -1000000, 1000000);
        const ProcessRun r = best_of(2, {"node", inkjs.string(), ink, "-o", (dir / "breed.ink.json").string()});
        std::printf("  the same story as ink, compiled by inkjs 2.4 (node): %.0f ms (%.0f ms CPU, exit %d)\n", r.wall * 1e3, r.cpu * 1e3, r.status);
    } else {
        std::printf("  inkjs not installed (tests/bench/ink: npm ci), so no comparison with the reference ink compiler\n");
    }
    if (!std::getenv("LAB_BENCH_KEEP")) fs::remove_all(dir, ec);
    else std::printf("generated scenarios kept in %s\n", dir.c_str());
    return 0;
}
