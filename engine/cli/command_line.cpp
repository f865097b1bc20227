#include "command_line.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>

#include "commands.h"
#include "core/i18n.h"
#include "options.h"
#ifdef LAB_HAVE_APP
#include "app/app.h"
#endif
#ifdef LAB_HAVE_STORE
#include "store_commands.h"
#endif

namespace lab {

namespace {

std::string default_scenarios_dir() {
    std::error_code ec;
    if (std::filesystem::is_directory("scenarios", ec)) return "scenarios";
    return LAB_SCENARIOS_DIR;
}

}  // namespace

CommandLine::CommandLine()
    : m_app(std::make_unique<CLI::App>(
          tr("Gesprekslab: oefen oudergesprekken. Zonder opdracht opent de app; met een opdracht werkt het zonder venster.",
             "Gesprekslab: practise parent conversations. Without a command the app opens; with one it works headless."),
          "gesprekslab")),
      m_scenarios(default_scenarios_dir()) {
    CLI::App& app = *m_app;
    app.set_version_flag("--version", LAB_VERSION);
    app.require_subcommand(0, 1);
    app.add_option("--scenarios", m_scenarios, tr("map met scenario's voor de app", "folder of scenarios for the app"));
    add_lang_option(app, m_lang);
    app.add_option("--data", m_data_dir, tr("map voor resultaten", "folder for results"));
    app.add_option("--author", m_author,
                   tr("open dit scenariobestand of deze scenariomap in auteursmodus (herlaadt bij opslaan, graaf, toestand, meldingen)",
                      "open this scenario file or folder in author mode (reloads on save, graph, state, messages)"));
    add_check();
    CLI::App* run = add_run();
    CLI::App* play = add_play();
    add_test();
#ifdef LAB_HAVE_STORE
    // Results (engine/store): report, export, xapi, class, attempts; run/play --record.
    m_store = add_store_commands(app, m_lang, m_data_dir);
    add_record_options(*m_store, *run);
    add_record_options(*m_store, *play);
#else
    (void)run;
    (void)play;
#endif
    add_analyze();
    add_graph();
    add_simulate();
    add_shot();
}

CommandLine::~CommandLine() = default;

int CommandLine::run() {
    for (const auto& [sub, runner] : m_subs)
        if (sub->parsed()) return runner();
#ifdef LAB_HAVE_STORE
    if (int rc = run_store_command(*m_store); rc >= 0) return rc;
#endif
    return run_app();
}

// [SECTION] the subcommands

CLI::App* CommandLine::add_check() {
    struct Args {
        std::vector<std::string> paths;
        bool quiet = false;
        LoadOptions load;
    };
    auto a = std::make_shared<Args>();
    CLI::App* sub = m_app->add_subcommand("check", tr("scenario's laden en controleren; drukt file:line: error|warning: ... af",
                                                      "load and check scenarios; prints file:line: error|warning: ..."));
    sub->add_option("PATH", a->paths, tr("scenariobestand, scenariomap of map met scenario's", "scenario file, scenario folder or folder of scenarios"))
        ->required();
    sub->add_flag("-q,--quiet", a->quiet, tr("alleen meldingen, geen samenvatting", "only messages, no summary"));
    add_max_states_option(*sub, a->load.explore.max_states);
    add_max_seconds_option(*sub, a->load.explore.max_seconds);
    add_lang_option(*sub, m_lang, LangUse::Messages);
    m_subs.emplace_back(sub, [a] { return cmd_check(a->paths, a->quiet, a->load); });
    return sub;
}

CLI::App* CommandLine::add_run() {
    struct Args {
        std::string path, choices;
        uint64_t seed = 1;
        bool json = false;
    };
    auto a = std::make_shared<Args>();
    CLI::App* sub = m_app->add_subcommand("run", tr("een gesprek zonder venster doorspelen met vaste keuzes", "play a conversation headless with given choices"));
    add_scenario_argument(*sub, a->path);
    sub->add_option("--choices", a->choices,
                    tr("keuzes per stap, zoals 1,3,t,2 (t = de timeout laten aflopen)", "choices per step, like 1,3,t,2 (t = let the timeout fire)"));
    add_seed_option(*sub, a->seed);
    add_lang_option(*sub, m_lang, LangUse::Texts);
    add_json_flag(*sub, a->json);
    m_subs.emplace_back(sub, [this, a] {
        std::function<int(const Session&)> after;
#ifdef LAB_HAVE_STORE
        after = [this](const Session& s) { return record_run(*m_store, s); };
#endif
        return cmd_run(a->path, a->choices, a->seed, m_lang, a->json, after);
    });
    return sub;
}

CLI::App* CommandLine::add_play() {
    struct Args {
        std::string path;
        uint64_t seed = 1;
    };
    auto a = std::make_shared<Args>();
    CLI::App* sub = m_app->add_subcommand("play", tr("een gesprek spelen in de terminal", "play a conversation in the terminal"));
    add_scenario_argument(*sub, a->path);
    add_seed_option(*sub, a->seed);
    add_lang_option(*sub, m_lang, LangUse::Texts);
    m_subs.emplace_back(sub, [this, a] {
        std::function<bool(const Session&)> record;
        bool test_mode = false;
#ifdef LAB_HAVE_STORE
        record = play_recorder(*m_store, &test_mode);
#endif
        return cmd_play(a->path, a->seed, m_lang, record, test_mode);
    });
    return sub;
}

CLI::App* CommandLine::add_test() {
    auto paths = std::make_shared<std::vector<std::string>>();
    CLI::App* sub = m_app->add_subcommand("test", tr("de testplannen (plan \"...\" { }) van scenario's uitvoeren", "run the test plans (plan \"...\" { }) of scenarios"));
    sub->add_option("PATH", *paths, tr("scenario's", "scenarios"))->required();
    add_lang_option(*sub, m_lang, LangUse::Messages);
    m_subs.emplace_back(sub, [paths] { return cmd_test(*paths); });
    return sub;
}

CLI::App* CommandLine::add_analyze() {
    struct Args {
        std::string path;
        bool json = false;
        ExploreOptions budget;
    };
    auto a = std::make_shared<Args>();
    CLI::App* sub = m_app->add_subcommand("analyze", tr("alle bereikbare toestanden verkennen: bereikbaarheid, doodlopende punten, aantal paden, min/max per competentie, beste en slechtste pad",
                                                        "explore every reachable state: reachability, dead ends, number of paths, min/max per competency, best and worst path"));
    add_scenario_argument(*sub, a->path);
    add_json_flag(*sub, a->json);
    add_max_states_option(*sub, a->budget.max_states);
    add_max_seconds_option(*sub, a->budget.max_seconds);
    add_lang_option(*sub, m_lang);
    m_subs.emplace_back(sub, [a] { return cmd_analyze(a->path, a->json, a->budget); });
    return sub;
}

CLI::App* CommandLine::add_graph() {
    struct Args {
        std::string path, out;
    };
    auto a = std::make_shared<Args>();
    CLI::App* sub = m_app->add_subcommand("graph", tr("het scenario als graaf (Graphviz DOT; svg/png via dot)", "the scenario as a graph (Graphviz DOT; svg/png through dot)"));
    add_scenario_argument(*sub, a->path);
    add_output_option(*sub, a->out, tr("FILE.dot, FILE.svg of FILE.png (zonder -o: DOT op stdout)", "FILE.dot, FILE.svg or FILE.png (without -o: DOT on stdout)"));
    add_lang_option(*sub, m_lang);
    m_subs.emplace_back(sub, [this, a] { return cmd_graph(a->path, a->out, m_lang); });
    return sub;
}

CLI::App* CommandLine::add_simulate() {
    struct Args {
        std::string path;
        uint64_t runs = 1000, seed = 1;
        bool json = false;
    };
    auto a = std::make_shared<Args>();
    CLI::App* sub = m_app->add_subcommand("simulate", tr("N willekeurige gesprekken: verdeling van einden, oordelen en scores", "N random playthroughs: distribution of endings, grades and scores"));
    add_scenario_argument(*sub, a->path);
    sub->add_option("--runs", a->runs, tr("aantal gesprekken", "number of playthroughs"))->required()->check(whole_number(1, 100000000));
    add_seed_option(*sub, a->seed);
    add_json_flag(*sub, a->json);
    add_lang_option(*sub, m_lang);
    m_subs.emplace_back(sub, [a] { return cmd_simulate(a->path, a->runs, a->seed, a->json); });
    return sub;
}

CLI::App* CommandLine::add_shot() {
#ifdef LAB_HAVE_APP
    struct Args {
        ShotOptions shot;
        std::string size = "1280x800";
    };
    auto a = std::make_shared<Args>();
    ShotOptions& o = a->shot;
    CLI::App* sub = m_app->add_subcommand("shot", tr("een scherm van de app naar PNG renderen, zonder beeldscherm", "render an app screen to PNG, no display needed"));
    add_scenario_argument(*sub, o.path);
    sub->add_option("--choices", o.choices, tr("keuzes vooraf, zoals 1,2", "choices made first, like 1,2"));
    add_seed_option(*sub, o.seed);
    sub->add_option("--screen", o.screen, tr("library, briefing, conversation, debrief, settings of history", "library, briefing, conversation, debrief, settings or history"))
        ->check(CLI::IsMember({"library", "briefing", "conversation", "debrief", "settings", "history"}));
    sub->add_option("--size", a->size, tr("beeldgrootte BxH, zoals 1280x800", "image size WxH, like 1280x800"));
    add_lang_option(*sub, m_lang);
    add_output_option(*sub, o.out, tr("het PNG-bestand", "the PNG file"))->required();
    sub->add_option("--data", o.data_dir, tr("map met een resultatendatabase om te tonen (geschiedenis, verder gaan); er wordt niets in veranderd",
                                             "folder with a results database to show (history, resume); nothing in it is changed"));
    sub->add_option("--student", o.student, tr("naam of alias van de student in de app", "the student's name or alias in the app"));
    sub->add_flag("--author", o.author, tr("in auteursmodus, met het auteurspaneel ernaast", "in author mode, with the author panel beside it"));
    sub->add_option("--panel", o.panel, tr("tabblad van het auteurspaneel: graph, state of messages", "tab of the author panel: graph, state or messages"))
        ->check(CLI::IsMember({"graph", "state", "messages"}));
    m_subs.emplace_back(sub, [this, a] {
        ShotOptions shot = a->shot;
        int w = 0, h = 0;
        if (!parse_size(a->size, 320, 240, 8000, 8000, w, h)) {
            std::cerr << "error: " << tr("--size moet BxH zijn, zoals 1280x800 (van 320x240 tot 8000x8000)", "--size must be WxH, like 1280x800 (from 320x240 to 8000x8000)") << "\n";
            return kExitUsage;
        }
        shot.width = w;
        shot.height = h;
        shot.lang = m_lang;
        shot.scenarios_dir = m_scenarios;
        if (shot.screen.empty()) shot.screen = "conversation";
        return take_shot(shot);
    });
    return sub;
#else
    return nullptr;
#endif
}

int CommandLine::run_app() {
#ifdef LAB_HAVE_APP
    // The app keeps the student's own language setting unless --lang is given.
    AppOptions ao{m_scenarios, m_app->count("--lang") ? m_lang : std::string(), m_data_dir, m_author};
    return lab::run_app(ao);
#else
    std::cerr << tr("deze build heeft geen app; gebruik gesprekslab play PAD", "this build has no app; use gesprekslab play PATH") << "\n";
    return kExitUsage;
#endif
}

}  // namespace lab
