// One function per subcommand; command_line.cpp declares their options and
// wires them to the command line.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/session.h"
#include "script/loader.h"

namespace lab {

// Exit statuses (cli.md).
constexpr int kExitOk = 0, kExitInput = 1, kExitUsage = 2;

// Loads one scenario, printing its diagnostics to stderr. Returns null (after
// printing) when it has errors.
std::shared_ptr<const Scenario> load_or_report(const std::string& path, const LoadOptions& opt);
std::shared_ptr<const Scenario> load_or_report(const std::string& path);  // default options
void print_diagnostics(const Diagnostics& d);

int cmd_check(const std::vector<std::string>& paths, bool quiet, const LoadOptions& opt);
// `after` (when set) runs on the played session once the result is printed
// (e.g. to record it); a non-zero status it returns becomes the exit status.
int cmd_run(const std::string& path, const std::string& choices, uint64_t seed, const std::string& lang, bool json,
            const std::function<int(const Session&)>& after = {});
// `record` (when set) is called after every action on the session, and once
// before the first (it may refuse the attempt by returning false: the
// command then stops with exit 1). With `test_mode`, no feedback and no
// taking back until the end.
int cmd_play(const std::string& path, uint64_t seed, const std::string& lang, const std::function<bool(const Session&)>& record = {},
             bool test_mode = false);
int cmd_test(const std::vector<std::string>& paths);
int cmd_analyze(const std::string& path, bool json, const ExploreOptions& budget);
int cmd_graph(const std::string& path, const std::string& out, const std::string& lang);
int cmd_simulate(const std::string& path, uint64_t runs, uint64_t seed, bool json);

}  // namespace lab
