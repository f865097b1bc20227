// The results subcommands (engine/store): report, export, xapi, class,
// attempts, and `run --record`. command_line.cpp wires them with a few calls, so that
// the program also builds without engine/store.
#pragma once
#include <functional>
#include <memory>
#include <string>

#include "core/session.h"

namespace CLI {
class App;
}

namespace lab {

struct StoreCommands;

// Adds the subcommands to `app`. `lang` and `data_dir` are the program's
// --lang and --data (each subcommand accepts them too).
std::shared_ptr<StoreCommands> add_store_commands(CLI::App& app, std::string& lang, std::string& data_dir);
// Adds --record, --student, --mode and --data to `run` or `play`.
void add_record_options(StoreCommands& c, CLI::App& run);
// Runs the subcommand that was given; -1 when it was none of these.
int run_store_command(const StoreCommands& c);
// After `run`: records the played session in the store when --record was
// given. Returns an exit status (0 when there was nothing to do).
int record_run(const StoreCommands& c, const Session& s);
// For `play`: with --record, a function to call before the first and after
// every action on the session; it records the attempt as it goes (as the
// app does), saying on stderr where. It returns false only when the attempt
// cannot be begun (no store). Empty without --record. `test_mode` is set
// when --mode toets was given.
std::function<bool(const Session&)> play_recorder(const StoreCommands& c, bool* test_mode);

}  // namespace lab
