// scripts/bench: speed and memory figures of the engine on a generated
// 2,000-node scenario (3 choices a node, two meters, a Lua `when` on a third
// of the choices). Prints figures; asserts nothing.
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <thread>

#include "core/explore.h"
#include "core/i18n.h"
#include "core/session.h"
#include "core/simulate.h"
#include "script/loader.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// A conversation of `nodes` nodes going forward (each choice jumps 1..8
// nodes ahead), ending in one of three endings.
std::string generate(int nodes, bool with_when) {
    std::mt19937 rng(12345);
    std::string s;
    s += "scenario { id = \"bench\", title = \"Bench\", start = \"n0\" }\n";
    s += "character \"ouder\" { name = \"Ouder\" }\n";
    s += "meter \"vertrouwen\" { min = 0, max = 10, start = 5 }\n";
    s += "meter \"spanning\" { min = 0, max = 10, start = 5 }\n";
    s += "competency \"lsd\" { weight = 2 }\ncompetency \"helder\" { }\ncompetency \"afspraken\" { }\n";
    const char* comps[] = {"lsd", "helder", "afspraken"};
    auto target = [&](int i) {
        int t = i + 1 + int(rng() % 8);
        if (t >= nodes) {
            const char* ends[] = {"goed", "gemengd", "slecht"};
            return std::string(ends[rng() % 3]);
        }
        return "n" + std::to_string(t);
    };
    for (int i = 0; i < nodes; ++i) {
        s += "node \"n" + std::to_string(i) + "\" { speaker = \"ouder\", mood = \"neutraal\", text = \"Tekst van knoop " + std::to_string(i) +
             ", met wat woorden erbij zoals in een echt gesprek.\", choices = {\n";
        for (int c = 0; c < 3; ++c) {
            s += "  { text = \"Keuze " + std::to_string(c + 1) + "\", effects = { vertrouwen = " + std::to_string(int(rng() % 3) - 1) +
                 ", spanning = " + std::to_string(int(rng() % 3) - 1) + " }, score = { " + comps[rng() % 3] + " = " + std::to_string(int(rng() % 4) - 1) +
                 " }, feedback = \"Omdat.\", next = \"" + target(i) + "\"";
            // The third choice of every node (a third of all choices) has a
            // Lua condition; the first is always offered, so nothing gets stuck.
            if (with_when && c == 2) s += ", when = function(s) return s.vertrouwen >= 4 end";
            s += " },\n";
        }
        s += "} }\n";
    }
    s += "ending \"goed\" { title = \"Goed\", outcome = \"good\" }\nending \"gemengd\" { title = \"Gemengd\", outcome = \"mixed\" }\n"
         "ending \"slecht\" { title = \"Slecht\", outcome = \"bad\" }\n";
    return s;
}

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
    std::ofstream(dir / "plain.lua") << generate(nodes, false);
    std::ofstream(dir / "when.lua") << generate(nodes, true);
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
    std::printf("\npeak memory (max RSS), the shipped scenarios' search included: %.1f MB\n", double(peak_rss_kb()) / 1024.0);
    std::error_code ec;
    if (!std::getenv("LAB_BENCH_KEEP")) fs::remove_all(dir, ec);
    else std::printf("generated scenarios kept in %s\n", dir.c_str());
    return 0;
}
