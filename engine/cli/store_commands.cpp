// Wiring of the results subcommands, and what they share: opening the
// store for the command line and reading ATTEMPT arguments.
#ifdef LAB_HAVE_STORE  // built only with engine/store
#include "store_commands.h"

#include <CLI/CLI.hpp>

#include <charconv>
#include <filesystem>
#include <iostream>

#include "cmd_store.h"
#include "commands.h"
#include "core/i18n.h"
#include "options.h"
#include "store/export_json.h"
#include "store/recorder.h"

namespace lab {

namespace fs = std::filesystem;

struct StoreCommands {
    std::string* lang = nullptr;
    std::string* data_dir = nullptr;
    CLI::App *report = nullptr, *exp = nullptr, *xapi = nullptr, *klass = nullptr, *attempts = nullptr;
    std::vector<std::string> items;
    std::string out, csv, student, scenario, mode = mode_name(Mode::Practice), email;
    bool hidden_meters = false, json = false, all = false, record = false;
};

std::shared_ptr<StoreCommands> add_store_commands(CLI::App& app, std::string& lang, std::string& data_dir) {
    auto c = std::make_shared<StoreCommands>();
    c->lang = &lang;
    c->data_dir = &data_dir;
    auto common = [&](CLI::App* sub, bool data) {
        add_lang_option(*sub, lang);
        if (data) add_data_option(*sub, data_dir);
    };
    const char* attempt_help = tr("een geëxporteerd JSON-bestand, of het nummer van een poging in de database (--data)",
                                  "an exported JSON file, or the number of an attempt in the database (--data)");

    c->report = app.add_subcommand("report", tr("portfolioverslag (HTML) van een of meer pogingen", "portfolio report (HTML) of one or more attempts"));
    c->report->add_option("ATTEMPT", c->items, attempt_help)->required();
    add_output_option(*c->report, c->out, tr("het HTML-bestand", "the HTML file"))->required();
    c->report->add_flag("--hidden-meters", c->hidden_meters, tr("ook de meters die studenten niet zien (voor docenten)", "also the meters students do not see (for lecturers)"));
    common(c->report, true);

    c->exp = app.add_subcommand("export", tr("pogingen uit de database exporteren als JSON (om in te leveren)", "export attempts from the database as JSON (to hand in)"));
    c->exp->add_option("ID", c->items, tr("nummers van pogingen (standaard: alle)", "numbers of attempts (default: all)"));
    c->exp->add_option("--student", c->student, tr("alleen de pogingen van deze student", "only this student's attempts"));
    c->exp->add_option("--scenario", c->scenario, tr("alleen pogingen van dit scenario (id)", "only attempts of this scenario (id)"));
    c->exp->add_flag("--all", c->all, tr("ook afgebroken pogingen", "also abandoned attempts"));
    add_output_option(*c->exp, c->out, tr("het JSON-bestand (standaard: standaarduitvoer)", "the JSON file (default: standard output)"));
    common(c->exp, true);

    c->xapi = app.add_subcommand("xapi", tr("xAPI-statements (JSON lines) van pogingen", "xAPI statements (JSON lines) of attempts"));
    c->xapi->add_option("ATTEMPT", c->items, std::string(attempt_help) + tr(" (standaard: alle in de database)", " (default: all in the database)"));
    c->xapi->add_option("--student", c->student, tr("alleen de pogingen van deze student", "only this student's attempts"));
    add_output_option(*c->xapi, c->out, tr("het .jsonl-bestand (standaard: standaarduitvoer)", "the .jsonl file (default: standard output)"));
    common(c->xapi, true);

    c->klass = app.add_subcommand("class", tr("klasoverzicht (HTML en/of CSV) uit geëxporteerde pogingen van studenten",
                                              "class overview (HTML and/or CSV) from students' exported attempts"));
    c->klass->add_option("FILES", c->items, tr("JSON-exports, of mappen waarin ze staan", "JSON exports, or folders holding them"))->required();
    add_output_option(*c->klass, c->out, tr("het HTML-bestand", "the HTML file"));
    c->klass->add_option("--csv", c->csv, tr("ook (of alleen) een CSV-bestand, een regel per poging", "also (or only) a CSV file, one row per attempt"));
    common(c->klass, false);

    c->attempts = app.add_subcommand("attempts", tr("de pogingen in de database tonen", "list the attempts in the database"));
    c->attempts->add_option("--student", c->student, tr("alleen de pogingen van deze student", "only this student's attempts"));
    c->attempts->add_option("--scenario", c->scenario, tr("alleen pogingen van dit scenario (id)", "only attempts of this scenario (id)"));
    add_json_flag(*c->attempts, c->json);
    common(c->attempts, true);
    return c;
}

void add_record_options(StoreCommands& c, CLI::App& run) {
    run.add_flag("--record", c.record, tr("de poging bewaren in de resultatendatabase (--data)", "keep the attempt in the results database (--data)"));
    run.add_option("--student", c.student, tr("naam of alias van de student (bij --record)", "name or alias of the student (with --record)"));
    const bool play = run.get_name() == "play";
    run.add_option("--mode", c.mode,
                   play ? tr("oefenen of toets; een toets geeft geen feedback en niet terug tot het einde",
                             "oefenen or toets; a test gives no feedback and no going back until the end")
                        : tr("oefenen of toets (bij --record)", "oefenen or toets (with --record)"))
        ->check(CLI::IsMember({mode_name(Mode::Practice), mode_name(Mode::Test)}));
    add_data_option(run, *c.data_dir);
}

int run_store_command(const StoreCommands& c) {
    const std::string& lang = *c.lang;
    const std::string& data = *c.data_dir;
    if (*c.report) return cmd_report(c.items, c.out, data, lang, c.hidden_meters);
    if (*c.exp) return cmd_export(c.items, data, c.student, c.scenario, c.all, c.out);
    if (*c.xapi) return cmd_xapi(c.items, data, c.student, c.out);
    if (*c.klass) return cmd_class(c.items, c.out, c.csv, lang);
    if (*c.attempts) return cmd_attempts(data, c.student, c.scenario, c.json);
    return -1;
}

int record_run(const StoreCommands& c, const Session& s) {
    if (!c.record) return kExitOk;
    auto store = open_store_cli(*c.data_dir, true);
    if (!store) return kExitInput;
    try {
        AttemptRecorder rec(*store, s, {c.student, "", *parse_mode(c.mode), *c.lang});
        if (!rec.sync(s)) {
            std::cerr << "error: " << rec.error() << "\n";
            return kExitInput;
        }
        std::cerr << fmt("Poging {0} bewaard in {1}", "Attempt {0} kept in {1}", {std::to_string(rec.id()), store->path()}) << "\n";
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << "\n";
        return kExitInput;
    }
    return kExitOk;
}

std::function<bool(const Session&)> play_recorder(const StoreCommands& c, bool* test_mode) {
    if (test_mode) *test_mode = parse_mode(c.mode) == Mode::Test;
    if (!c.record) return {};
    struct State {
        std::unique_ptr<Store> store;
        std::unique_ptr<AttemptRecorder> rec;
        bool ended = false;
    };
    auto st = std::make_shared<State>();
    const StoreCommands* cmd = &c;
    return [st, cmd](const Session& s) -> bool {
        if (!st->store) {
            st->store = open_store_cli(*cmd->data_dir, true);
            if (!st->store) return false;
            st->rec = std::make_unique<AttemptRecorder>(*st->store, s, AttemptOptions{cmd->student, "", *parse_mode(cmd->mode), *cmd->lang});
            if (st->rec->id() == 0) {
                std::cerr << "error: " << st->rec->error() << "\n";
                return false;
            }
            std::cerr << fmt("Poging {0} wordt bewaard in {1}", "Attempt {0} is kept in {1}", {std::to_string(st->rec->id()), st->store->path()}) << "\n";
            return true;
        }
        // A failed write stays pending and goes with the next action.
        if (!st->rec->sync(s)) std::cerr << "warning: " << st->rec->error() << "\n";
        const bool ended = s.phase() == Phase::Ended || s.phase() == Phase::Failed;
        if (ended && !st->ended && st->rec->error().empty())
            std::cerr << fmt("Poging {0} afgerond en bewaard", "Attempt {0} finished and kept", {std::to_string(st->rec->id())}) << "\n";
        st->ended = ended;
        return true;
    };
}

// [SECTION] shared by the commands

std::unique_ptr<Store> open_store_cli(const std::string& data_dir, bool create) {
    const std::string dir = data_dir.empty() ? Store::default_dir() : data_dir;
    std::error_code ec;
    if (!create && !fs::exists(fs::path(dir) / Store::kFileName, ec)) {
        std::cerr << "error: "
                  << fmt("er is geen resultatendatabase in {0} (geef de map met --data)", "there is no results database in {0} (give the folder with --data)",
                         {dir})
                  << "\n";
        return nullptr;
    }
    std::string notice;
    // Reading commands never create a database, nor move a damaged one aside.
    auto store = create ? Store::open(dir, &notice) : Store::open_existing(dir, &notice);
    if (!notice.empty()) std::cerr << (store ? "warning: " : "error: ") << notice << "\n";
    return store;
}

bool parse_attempt_id(const std::string& s, int64_t& id) {
    if (s.empty() || s.find_first_not_of("0123456789") != std::string::npos) return false;
    const char* end = s.data() + s.size();
    const auto r = std::from_chars(s.data(), end, id);
    return r.ec == std::errc() && r.ptr == end;
}

bool gather_attempts(const std::vector<std::string>& items, const std::string& data_dir, std::vector<AttemptRecord>& out) {
    std::unique_ptr<Store> store;
    bool ok = true;
    for (const auto& item : items) {
        std::error_code ec;
        const bool number = !item.empty() && item.find_first_not_of("0123456789") == std::string::npos;
        if (number && !fs::exists(item, ec)) {
            int64_t id = 0;
            if (!parse_attempt_id(item, id)) {
                std::cerr << "error: " << fmt("{0} is geen nummer van een poging (te groot)", "{0} is not the number of an attempt (too large)", {item})
                          << "\n";
                ok = false;
                continue;
            }
            if (!store && !(store = open_store_cli(data_dir, false))) return false;
            try {
                auto rec = store->load_attempt(id);
                if (!rec) {
                    std::cerr << "error: " << fmt("poging {0} staat niet in {1}", "attempt {0} is not in {1}", {item, store->path()}) << "\n";
                    ok = false;
                    continue;
                }
                out.push_back(std::move(*rec));
            } catch (const std::exception& e) {
                std::cerr << "error: " << e.what() << "\n";
                ok = false;
            }
            continue;
        }
        std::vector<std::string> files;
        if (fs::is_directory(item, ec)) {
            for (const auto& e : fs::directory_iterator(item, ec))
                if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path().string());
            std::sort(files.begin(), files.end());
            if (files.empty()) std::cerr << "warning: " << fmt("{0}: geen .json-bestanden", "{0}: no .json files", {item}) << "\n";
        } else {
            files.push_back(item);
        }
        for (const auto& f : files) {
            std::string problem;
            if (!read_export_file(f, out, &problem)) {
                std::cerr << "error: " << problem << "\n";
                ok = false;
            }
        }
    }
    return ok;
}

bool write_output(const std::string& path, const std::string& text) {
    if (path.empty() || path == "-") {
        std::cout << text;
        return bool(std::cout);
    }
    std::string problem;
    if (!write_file_atomic(path, text, &problem)) {
        std::cerr << "error: " << problem << "\n";
        return false;
    }
    return true;
}

}  // namespace lab

#endif  // LAB_HAVE_STORE
