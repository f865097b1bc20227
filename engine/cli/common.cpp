#include <cstdio>
#include <iostream>

#include "commands.h"

namespace lab {

void print_diagnostics(const Diagnostics& d) {
    for (const auto& x : d.all()) std::cerr << x.format() << "\n";
}

std::shared_ptr<const Scenario> load_or_report(const std::string& path) {
    const LoadOptions defaults;
    return load_or_report(path, defaults);
}

std::shared_ptr<const Scenario> load_or_report(const std::string& path, const LoadOptions& opt) {
    Loaded l = load_scenario(path, opt);
    print_diagnostics(l.diagnostics);
    if (!l.log.empty()) std::cerr << l.log;
    return l.scenario;
}

}  // namespace lab
