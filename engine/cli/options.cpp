#include "options.h"

#include <CLI/CLI.hpp>

#include <charconv>
#include <limits>

#include "core/i18n.h"

namespace lab {

namespace {

// Digits only, and within uint64_t.
bool parse_whole(const std::string& s, uint64_t& v) {
    const char* end = s.data() + s.size();
    const auto r = std::from_chars(s.data(), end, v);
    return !s.empty() && r.ec == std::errc() && r.ptr == end;
}

}  // namespace

CLI::Validator whole_number(uint64_t lo, uint64_t hi) {
    return CLI::Validator(
        [lo, hi](std::string& s) -> std::string {
            uint64_t v = 0;
            if (parse_whole(s, v) && v >= lo && v <= hi) return {};
            return fmt("{0} is geen geheel getal van {1} tot en met {2}", "{0} is not a whole number from {1} to {2}",
                       {s, std::to_string(lo), std::to_string(hi)});
        },
        "");
}

bool parse_size(const std::string& s, int min_w, int min_h, int max_w, int max_h, int& w, int& h) {
    const size_t x = s.find('x');
    uint64_t a = 0, b = 0;
    if (x == std::string::npos || !parse_whole(s.substr(0, x), a) || !parse_whole(s.substr(x + 1), b)) return false;
    if (a < uint64_t(min_w) || a > uint64_t(max_w) || b < uint64_t(min_h) || b > uint64_t(max_h)) return false;
    w = int(a);
    h = int(b);
    return true;
}

CLI::Option* add_lang_option(CLI::App& sub, std::string& into, LangUse use) {
    const char* help = use == LangUse::Messages ? tr("taal van de meldingen: nl of en", "language of messages: nl or en")
                       : use == LangUse::Texts  ? tr("taal van de teksten: nl of en", "language of the texts: nl or en")
                                                : tr("taal: nl of en", "language: nl or en");
    return sub.add_option("--lang", into, help)->check(CLI::IsMember({"nl", "en"}));
}

CLI::Option* add_scenario_argument(CLI::App& sub, std::string& into) {
    return sub.add_option("PATH", into, tr("het scenario", "the scenario"))->required();
}

CLI::Option* add_seed_option(CLI::App& sub, uint64_t& into) {
    return sub.add_option("--seed", into, tr("startwaarde voor toeval en schudden (standaard 1)", "seed for randomness and shuffling (default 1)"))
        ->check(whole_number(0, std::numeric_limits<uint64_t>::max()));
}

CLI::Option* add_json_flag(CLI::App& sub, bool& into) { return sub.add_flag("--json", into, tr("als JSON", "as JSON")); }

CLI::Option* add_max_states_option(CLI::App& sub, size_t& into) {
    return sub.add_option("--max-states", into,
                          tr("hoeveel toestanden de analyse hooguit verkent (standaard 200000)", "how many states the analysis explores at most (default 200000)"))
        ->check(whole_number(1, kMaxStates));
}

CLI::Option* add_max_seconds_option(CLI::App& sub, double& into) {
    return sub.add_option("--max-seconds", into,
                          tr("hoeveel seconden de analyse per scenario hooguit zoekt (standaard 20)",
                             "how many seconds the analysis searches per scenario at most (default 20)"))
        ->check(CLI::PositiveNumber);
}

CLI::Option* add_data_option(CLI::App& sub, std::string& into) {
    return sub.add_option("--data", into,
                          tr("map met de resultatendatabase (standaard $XDG_DATA_HOME/gesprekslab)",
                             "folder with the results database (default $XDG_DATA_HOME/gesprekslab)"));
}

CLI::Option* add_output_option(CLI::App& sub, std::string& into, const std::string& help) {
    return sub.add_option("-o,--output", into, help);
}

}  // namespace lab
