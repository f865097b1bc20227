#include "options.h"

#include <CLI/CLI.hpp>

#include "core/i18n.h"

namespace lab {

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
    return sub.add_option("--seed", into, tr("startwaarde voor toeval en schudden (standaard 1)", "seed for randomness and shuffling (default 1)"));
}

CLI::Option* add_json_flag(CLI::App& sub, bool& into) { return sub.add_flag("--json", into, tr("als JSON", "as JSON")); }

CLI::Option* add_max_states_option(CLI::App& sub, size_t& into) {
    return sub.add_option("--max-states", into,
                          tr("hoeveel toestanden de analyse hooguit verkent (standaard 200000)", "how many states the analysis explores at most (default 200000)"));
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
