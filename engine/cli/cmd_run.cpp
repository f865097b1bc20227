#include <iostream>

#include "commands.h"
#include "core/analysis_moments.h"
#include "core/i18n.h"
#include "core/picks.h"
#include "core/session.h"

namespace lab {

static void print_result_text(const Session& s, const Result& r, const std::string& lang) {
    const Scenario& sc = s.scenario();
    std::cout << tr("Scenario: ", "Scenario: ") << sc.title.get(lang, sc.language) << " (" << r.scenario << ")\n";
    std::cout << tr("Pad: ", "Path: ");
    for (size_t i = 0; i < r.path.size(); ++i) std::cout << (i ? " > " : "") << r.path[i];
    std::cout << "\n";
    std::cout << tr("Einde: ", "Ending: ") << (r.ending.empty() ? "-" : r.ending) << " (" << outcome_name(r.outcome) << ")\n";
    std::cout << tr("Beurten: ", "Turns: ") << r.turns << "\n";
    for (const auto& c : r.competencies) {
        int k = sc.competency_index(c.id);
        std::cout << "  " << sc.competencies[size_t(k)].label.get(lang, sc.language) << ": " << format_number(c.raw) << " / "
                  << format_number(c.max) << " (" << int(c.percent * 100 + 0.5) << "%)\n";
    }
    std::cout << tr("Totaal: ", "Overall: ") << int(r.overall * 100 + 0.5) << "%  " << tr("Oordeel: ", "Grade: ") << grade_name(r.grade) << "\n";
}

// The result with its moments, valued on a search with the attempt's seed
// (the load's, unless the scenario draws chance and the seed differs).
static std::string run_json(const Session& s, const Result& r, std::shared_ptr<const StateGraph> g, const std::string& lang) {
    if (g && g->seed != s.seed() && (g->reads & ReadRandom)) {
        ExploreOptions eo;
        eo.seed = s.seed();
        eo.threads = 1;
        g = std::make_shared<const StateGraph>(explore(s.scenario(), eo));
    }
    if (!g) return result_json(r);
    return result_json_with_moments(r, s, decision_moments(s, *g), lang);
}

int cmd_run(const std::string& path, const std::string& choices, uint64_t seed, const std::string& lang, bool json,
            const std::function<int(const Session&)>& after) {
    // With --json, the load's state graph values the moments (analysis_moments.h).
    LoadOptions opt;
    opt.keep_graph = json;
    Loaded loaded = load_scenario(path, opt);
    print_diagnostics(loaded.diagnostics);
    if (!loaded.log.empty()) std::cerr << loaded.log;
    auto sc = loaded.scenario;
    if (!sc) return kExitInput;
    std::vector<Pick> picks;
    std::string error;
    if (!parse_picks(choices, picks, error)) {
        std::cerr << "error: " << error << "\n";
        return kExitUsage;
    }
    Session s(sc, seed);
    if (!play_picks(s, picks, error)) {
        std::cerr << path << ": error: " << error << "\n";
        return kExitInput;
    }
    std::string log = sc->host->take_log();
    if (!log.empty()) std::cerr << log;
    Result r = s.result();
    if (json) std::cout << run_json(s, r, loaded.graph, lang) << "\n";
    else print_result_text(s, r, lang);
    if (after)
        if (int rc = after(s)) return rc;
    if (s.phase() == Phase::Failed) {
        const ScriptError& e = *s.error();
        std::cerr << (e.file.empty() ? path : e.file) << ":" << e.line << ": error: " << e.message << "\n";
        return kExitInput;
    }
    return kExitOk;
}

}  // namespace lab
