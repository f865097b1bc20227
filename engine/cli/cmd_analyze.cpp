#include <cstdio>
#include <iostream>

#include "commands.h"
#include "core/analysis.h"
#include "core/graph.h"
#include "core/i18n.h"
#include "core/simulate.h"
#include "core/strategies.h"

namespace lab {

namespace {

// Loads `path` and analyses it with the search the load made; false (the
// diagnostics printed) when it cannot be played.
bool load_analysed(const std::string& path, const ExploreOptions& budget, Loaded& l, Analysis& a) {
    LoadOptions opt;
    opt.explore.max_states = budget.max_states;
    opt.explore.max_seconds = budget.max_seconds;
    opt.keep_graph = true;
    l = load_scenario(path, opt);
    if (!l.playable || !l.graph) {
        print_diagnostics(l.diagnostics);
        return false;
    }
    a = analyse(*l.playable, *l.graph);
    return true;
}

}  // namespace

// Random playthroughs for the pass rate of random play (at least 10,000, as
// the lecturers' guide says).
constexpr uint64_t kStrategyRandomRuns = 10000;

int cmd_analyze(const std::string& path, bool json, const ExploreOptions& budget) {
    Loaded l;
    Analysis a;
    if (!load_analysed(path, budget, l, a)) return kExitInput;
    // The strategies play on the loaded scenario; more threads get copies
    // loaded without analysis, with the same maxima.
    LoadOptions light;
    light.analyse = false;
    light.known_maxima = l.playable->competency_max;
    bool used_first = false;
    auto make = [&]() -> std::shared_ptr<const Scenario> {
        if (!used_first) { used_first = true; return l.playable; }
        return load_scenario(path, light).playable;
    };
    StrategyReport sr = strategy_report(make, kStrategyRandomRuns);
    if (json) {
        auto j = nlohmann::ordered_json::parse(analysis_json(a));
        j["strategies"] = strategies_json(sr);
        j["tells"] = tells_json(sr.tells);
        std::cout << j.dump(2) << "\n";
    } else {
        std::cout << analysis_text(*l.playable, a) << strategies_text(sr);
    }
    return a.failures.empty() ? kExitOk : kExitInput;
}

int cmd_graph(const std::string& path, const std::string& out, const std::string& lang) {
    const ExploreOptions defaults;
    Loaded l;
    Analysis a;
    if (!load_analysed(path, defaults, l, a)) return kExitInput;
    GraphOptions go;
    go.lang = lang;
    std::string dot = scenario_dot(*l.playable, &a, go);
    if (out.empty() || out == "-") { std::cout << dot; return kExitOk; }
    std::string ext = out.size() > 4 ? out.substr(out.size() - 4) : "";
    if (ext == ".dot" || ext == ".gv") {
        FILE* f = std::fopen(out.c_str(), "wb");
        if (!f) { std::cerr << out << ": error: " << tr("kan niet schrijven", "cannot write") << "\n"; return kExitInput; }
        std::fwrite(dot.data(), 1, dot.size(), f);
        std::fclose(f);
        return kExitOk;
    }
    if (ext != ".svg" && ext != ".png") {
        std::cerr << "error: " << tr("-o moet eindigen op .dot, .svg of .png", "-o must end in .dot, .svg or .png") << "\n";
        return kExitUsage;
    }
    // Render through Graphviz's dot, fed on stdin; the output path is quoted.
    std::string quoted = "'";
    for (char c : out) { if (c == '\'') quoted += "'\\''"; else quoted += c; }
    quoted += "'";
    std::string cmd = std::string("dot -T") + ext.substr(1) + " -o " + quoted + " 2>&1";
    FILE* p = popen(cmd.c_str(), "w");
    if (!p) { std::cerr << "error: " << tr("kan dot niet starten", "cannot start dot") << "\n"; return kExitInput; }
    std::fwrite(dot.data(), 1, dot.size(), p);
    int rc = pclose(p);
    if (rc != 0) {
        std::cerr << "error: " << tr("dot (Graphviz) ontbreekt of faalde; installeer graphviz of gebruik -o bestand.dot",
                                     "dot (Graphviz) is missing or failed; install graphviz or use -o file.dot") << "\n";
        return kExitInput;
    }
    return kExitOk;
}

int cmd_simulate(const std::string& path, uint64_t runs, uint64_t seed, bool json) {
    Loaded first = load_scenario(path);
    if (!first.scenario) {
        print_diagnostics(first.diagnostics);
        return kExitInput;
    }
    LoadOptions light;
    light.analyse = false;
    light.known_maxima = first.scenario->competency_max;
    bool used_first = false;
    auto make = [&]() -> std::shared_ptr<const Scenario> {
        if (!used_first) { used_first = true; return first.scenario; }
        return load_scenario(path, light).scenario;
    };
    SimulationResult r = simulate(make, runs, seed);
    if (json) std::cout << simulation_json(r) << "\n";
    else std::cout << simulation_text(r);
    return r.failures.empty() ? kExitOk : kExitInput;
}

}  // namespace lab
