#include <iostream>

#include "commands.h"
#include "core/i18n.h"

namespace lab {

int cmd_check(const std::vector<std::string>& paths, bool quiet, const LoadOptions& opt) {
    size_t errors = 0, warnings = 0, count = 0;
    for (const auto& arg : paths) {
        auto found = find_scenarios(arg);
        if (found.empty()) {
            std::cerr << arg << ": error: " << tr("geen scenario gevonden (verwacht een .lua-bestand of een map)", "no scenario found (expected a .lua file or a folder)") << "\n";
            ++errors;
            continue;
        }
        for (const auto& path : found) {
            ++count;
            Loaded l = load_scenario(path, opt);
            print_diagnostics(l.diagnostics);
            errors += l.diagnostics.error_count();
            warnings += l.diagnostics.warning_count();
            if (!quiet && l.scenario) {
                const Scenario& sc = *l.scenario;
                std::cout << path << ": " << sc.id << ": "
                          << fmt("{0} knopen, {1} einden, {2} competenties", "{0} nodes, {1} endings, {2} competencies",
                                 {std::to_string(sc.nodes.size()), std::to_string(sc.endings.size()), std::to_string(sc.competencies.size())})
                          << (l.diagnostics.warning_count() ? "" : ", ok") << "\n";
            }
        }
    }
    if (!quiet)
        std::cout << fmt("{0} scenario('s): {1} fout(en), {2} waarschuwing(en)", "{0} scenario(s): {1} error(s), {2} warning(s)",
                         {std::to_string(count), std::to_string(errors), std::to_string(warnings)})
                  << "\n";
    return errors ? kExitInput : kExitOk;
}

}  // namespace lab
