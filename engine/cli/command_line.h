// The command line as declared: the program's own options, and each
// subcommand with its options and what runs it (../shared/spec/cli.md is the
// contract). main() parses argv with app() and then calls run().
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace CLI {
class App;
}

namespace lab {

struct StoreCommands;

class CommandLine {
public:
    CommandLine();
    ~CommandLine();
    CommandLine(const CommandLine&) = delete;
    CommandLine& operator=(const CommandLine&) = delete;

    CLI::App& app() { return *m_app; }
    // The language given with --lang (on the program or a subcommand), else "nl".
    const std::string& lang() const { return m_lang; }
    // After parsing: runs the subcommand that was given, else the app.
    // Returns the exit status (commands.h).
    int run();

private:
    using Runner = std::function<int()>;
    // Each declares one subcommand and keeps what runs it.
    CLI::App* add_check();
    CLI::App* add_run();
    CLI::App* add_play();
    CLI::App* add_test();
    CLI::App* add_analyze();
    CLI::App* add_graph();
    CLI::App* add_simulate();
    CLI::App* add_shot();
    int run_app();

    std::unique_ptr<CLI::App> m_app;
    std::string m_lang = "nl", m_scenarios, m_data_dir, m_author;
    std::vector<std::pair<CLI::App*, Runner>> m_subs;
    std::shared_ptr<StoreCommands> m_store;  // the results subcommands; null without engine/store
};

}  // namespace lab
