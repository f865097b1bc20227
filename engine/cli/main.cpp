// gesprekslab: the desktop app without a subcommand, headless tools with one.
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "commands.h"
#include "core/i18n.h"
#ifdef LAB_HAVE_APP
#include "app/app.h"
#endif
#ifdef LAB_HAVE_STORE
#include "store_commands.h"
#endif

namespace {

std::string default_scenarios_dir() {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::is_directory("scenarios", ec)) return "scenarios";
    return LAB_SCENARIOS_DIR;
}

// The message language: --lang when given, else LANG/LC_ALL starting with "en".
std::string pick_language(int argc, char** argv) {
    for (int i = 1; i + 1 < argc; ++i)
        if (std::string(argv[i]) == "--lang") return argv[i + 1];
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a.rfind("--lang=", 0) == 0) return a.substr(7);
    }
    return "nl";
}

}  // namespace

int main(int argc, char** argv) {
    using namespace lab;
    set_message_language(pick_language(argc, argv));
    CLI::App app{tr("Gesprekslab: oefen oudergesprekken. Zonder opdracht opent de app; met een opdracht werkt het zonder venster.",
                    "Gesprekslab: practise parent conversations. Without a command the app opens; with one it works headless."),
                 "gesprekslab"};
    app.set_version_flag("--version", LAB_VERSION);
    app.require_subcommand(0, 1);
    std::string lang = "nl";
    std::string scenarios = default_scenarios_dir();
    std::string data_dir;
    app.add_option("--scenarios", scenarios, tr("map met scenario's voor de app", "folder of scenarios for the app"));
    app.add_option("--lang", lang, tr("taal: nl of en", "language: nl or en"))->check(CLI::IsMember({"nl", "en"}));
    app.add_option("--data", data_dir, tr("map voor resultaten", "folder for results"));
    std::string author_path;
    app.add_option("--author", author_path,
                   tr("open dit scenariobestand of deze scenariomap in auteursmodus (herlaadt bij opslaan, graaf, toestand, meldingen)",
                      "open this scenario file or folder in author mode (reloads on save, graph, state, messages)"));

    std::vector<std::string> check_paths;
    bool quiet = false;
    auto* check = app.add_subcommand("check", tr("scenario's laden en controleren; drukt file:line: error|warning: ... af",
                                                 "load and check scenarios; prints file:line: error|warning: ..."));
    check->add_option("PATH", check_paths, tr("scenariobestand, scenariomap of map met scenario's", "scenario file, scenario folder or folder of scenarios"))->required();
    check->add_flag("-q,--quiet", quiet, tr("alleen meldingen, geen samenvatting", "only messages, no summary"));
    LoadOptions load_opt;
    check->add_option("--max-states", load_opt.explore.max_states,
                      tr("hoeveel toestanden de analyse hooguit verkent (standaard 200000)", "how many states the analysis explores at most (default 200000)"));
    check->add_option("--max-seconds", load_opt.explore.max_seconds,
                      tr("hoeveel seconden de analyse per scenario hooguit zoekt (standaard 20)", "how many seconds the analysis searches per scenario at most (default 20)"))
        ->check(CLI::PositiveNumber);
    check->add_option("--lang", lang, tr("taal van de meldingen: nl of en", "language of messages: nl or en"))->check(CLI::IsMember({"nl", "en"}));

    std::string path, choices;
    uint64_t seed = 1;
    bool json = false;
    auto* run = app.add_subcommand("run", tr("een gesprek zonder venster doorspelen met vaste keuzes", "play a conversation headless with given choices"));
    run->add_option("PATH", path, tr("het scenario", "the scenario"))->required();
    run->add_option("--choices", choices, tr("keuzes per stap, zoals 1,3,t,2 (t = de timeout laten aflopen)", "choices per step, like 1,3,t,2 (t = let the timeout fire)"));
    run->add_option("--seed", seed, tr("startwaarde voor toeval en schudden (standaard 1)", "seed for randomness and shuffling (default 1)"));
    run->add_option("--lang", lang, tr("taal van de teksten: nl of en", "language of the texts: nl or en"))->check(CLI::IsMember({"nl", "en"}));
    run->add_flag("--json", json, tr("het resultaat als JSON", "the result as JSON"));

    auto* play = app.add_subcommand("play", tr("een gesprek spelen in de terminal", "play a conversation in the terminal"));
    play->add_option("PATH", path, tr("het scenario", "the scenario"))->required();
    play->add_option("--seed", seed, tr("startwaarde voor toeval (standaard 1)", "seed for randomness (default 1)"));
    play->add_option("--lang", lang, tr("taal van de teksten: nl of en", "language of the texts: nl or en"))->check(CLI::IsMember({"nl", "en"}));

    std::vector<std::string> test_paths;
    auto* test = app.add_subcommand("test", tr("de testplannen (plan \"...\" { }) van scenario's uitvoeren", "run the test plans (plan \"...\" { }) of scenarios"));
    test->add_option("PATH", test_paths, tr("scenario's", "scenarios"))->required();
    test->add_option("--lang", lang, tr("taal van de meldingen", "language of messages"))->check(CLI::IsMember({"nl", "en"}));

#ifdef LAB_HAVE_STORE
    // Results (engine/store): report, export, xapi, class, attempts; run --record.
    auto store_cmds = add_store_commands(app, lang, data_dir);
    add_record_options(*store_cmds, *run);
    add_record_options(*store_cmds, *play);
#endif

    ExploreOptions budget;
    auto* analyze = app.add_subcommand("analyze", tr("alle bereikbare toestanden verkennen: bereikbaarheid, doodlopende punten, aantal paden, min/max per competentie, beste en slechtste pad",
                                                     "explore every reachable state: reachability, dead ends, number of paths, min/max per competency, best and worst path"));
    analyze->add_option("PATH", path, tr("het scenario", "the scenario"))->required();
    analyze->add_flag("--json", json, tr("als JSON", "as JSON"));
    analyze->add_option("--max-states", budget.max_states, tr("hoeveel toestanden hooguit (standaard 200000)", "how many states at most (default 200000)"));
    analyze->add_option("--max-seconds", budget.max_seconds, tr("hoeveel seconden hooguit (standaard 20)", "how many seconds at most (default 20)"))
        ->check(CLI::PositiveNumber);
    analyze->add_option("--lang", lang, tr("taal: nl of en", "language: nl or en"))->check(CLI::IsMember({"nl", "en"}));

    std::string graph_out;
    auto* graph = app.add_subcommand("graph", tr("het scenario als graaf (Graphviz DOT; svg/png via dot)", "the scenario as a graph (Graphviz DOT; svg/png through dot)"));
    graph->add_option("PATH", path, tr("het scenario", "the scenario"))->required();
    graph->add_option("-o,--output", graph_out, tr("FILE.dot, FILE.svg of FILE.png (zonder -o: DOT op stdout)", "FILE.dot, FILE.svg or FILE.png (without -o: DOT on stdout)"));
    graph->add_option("--lang", lang, tr("taal: nl of en", "language: nl or en"))->check(CLI::IsMember({"nl", "en"}));

    uint64_t runs = 1000;
    auto* simulate = app.add_subcommand("simulate", tr("N willekeurige gesprekken: verdeling van einden, oordelen en scores", "N random playthroughs: distribution of endings, grades and scores"));
    simulate->add_option("PATH", path, tr("het scenario", "the scenario"))->required();
    simulate->add_option("--runs", runs, tr("aantal gesprekken", "number of playthroughs"))->required()->check(CLI::Range(uint64_t(1), uint64_t(100000000)));
    simulate->add_option("--seed", seed, tr("startwaarde (standaard 1)", "seed (default 1)"));
    simulate->add_flag("--json", json, tr("als JSON", "as JSON"));
    simulate->add_option("--lang", lang, tr("taal: nl of en", "language: nl or en"))->check(CLI::IsMember({"nl", "en"}));

#ifdef LAB_HAVE_APP
    ShotOptions shot_opt;
    std::string size = "1280x800";
    auto* shot = app.add_subcommand("shot", tr("een scherm van de app naar PNG renderen, zonder beeldscherm", "render an app screen to PNG, no display needed"));
    shot->add_option("PATH", shot_opt.path, tr("het scenario", "the scenario"))->required();
    shot->add_option("--choices", shot_opt.choices, tr("keuzes vooraf, zoals 1,2", "choices made first, like 1,2"));
    shot->add_option("--seed", shot_opt.seed, tr("startwaarde", "seed"));
    shot->add_option("--screen", shot_opt.screen, tr("library, briefing, conversation, debrief, settings of history", "library, briefing, conversation, debrief, settings or history"))
        ->check(CLI::IsMember({"library", "briefing", "conversation", "debrief", "settings", "history"}));
    shot->add_option("--size", size, tr("beeldgrootte BxH, zoals 1280x800", "image size WxH, like 1280x800"));
    shot->add_option("--lang", lang, tr("taal: nl of en", "language: nl or en"))->check(CLI::IsMember({"nl", "en"}));
    shot->add_option("-o,--output", shot_opt.out, tr("het PNG-bestand", "the PNG file"))->required();
    shot->add_option("--data", shot_opt.data_dir, tr("map met een resultatendatabase om te tonen (geschiedenis, verder gaan); er wordt niets in veranderd",
                                                     "folder with a results database to show (history, resume); nothing in it is changed"));
    shot->add_option("--student", shot_opt.student, tr("naam of alias van de student in de app", "the student's name or alias in the app"));
    shot->add_flag("--author", shot_opt.author, tr("in auteursmodus, met het auteurspaneel ernaast", "in author mode, with the author panel beside it"));
    shot->add_option("--panel", shot_opt.panel, tr("tabblad van het auteurspaneel: graph, state of messages", "tab of the author panel: graph, state or messages"))
        ->check(CLI::IsMember({"graph", "state", "messages"}));
#endif

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int rc = app.exit(e);
        return rc == 0 ? kExitOk : kExitUsage;
    }
    set_message_language(lang);
    try {
        if (*check) return cmd_check(check_paths, quiet, load_opt);
        if (*run) {
            std::function<int(const Session&)> after_run;
#ifdef LAB_HAVE_STORE
            after_run = [&](const Session& s) { return record_run(*store_cmds, s); };
#endif
            return cmd_run(path, choices, seed, lang, json, after_run);
        }
        if (*play) {
            std::function<bool(const Session&)> record;
            bool test_mode = false;
#ifdef LAB_HAVE_STORE
            record = play_recorder(*store_cmds, &test_mode);
#endif
            return cmd_play(path, seed, lang, record, test_mode);
        }
        if (*test) return cmd_test(test_paths);
#ifdef LAB_HAVE_STORE
        if (int rc = run_store_command(*store_cmds); rc >= 0) return rc;
#endif
        if (*analyze) return cmd_analyze(path, json, budget);
        if (*graph) return cmd_graph(path, graph_out, lang);
        if (*simulate) return cmd_simulate(path, runs, seed, json);
#ifdef LAB_HAVE_APP
        if (*shot) {
            int w = 0, h = 0;
            char x = 0;
            if (std::sscanf(size.c_str(), "%d%c%d", &w, &x, &h) != 3 || x != 'x' || w < 320 || h < 240 || w > 8000 || h > 8000) {
                std::cerr << "error: " << tr("--size moet BxH zijn, zoals 1280x800 (minstens 320x240)", "--size must be WxH, like 1280x800 (at least 320x240)") << "\n";
                return kExitUsage;
            }
            shot_opt.width = w;
            shot_opt.height = h;
            shot_opt.lang = lang;
            shot_opt.scenarios_dir = scenarios;
            if (shot_opt.screen.empty()) shot_opt.screen = "conversation";
            return take_shot(shot_opt);
        }
        // The app keeps the student's own language setting unless --lang is given.
        AppOptions ao{scenarios, app.count("--lang") ? lang : std::string(), data_dir, author_path};
        return run_app(ao);
#else
        std::cerr << tr("deze build heeft geen app; gebruik gesprekslab play PAD", "this build has no app; use gesprekslab play PATH") << "\n";
        return kExitUsage;
#endif
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << "\n";
        return kExitInput;
    }
}
