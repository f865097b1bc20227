// gesprekslab class FILES... [-o class.html] [--csv class.csv]
#ifdef LAB_HAVE_STORE  // built only with engine/store
#include <iostream>

#include "cmd_store.h"
#include "commands.h"
#include "core/i18n.h"
#include "store/class_overview.h"

namespace lab {

int cmd_class(const std::vector<std::string>& files, const std::string& out_html, const std::string& out_csv, const std::string& lang) {
    if (out_html.empty() && out_csv.empty()) {
        std::cerr << "error: " << tr("geef -o class.html en/of --csv class.csv", "give -o class.html and/or --csv class.csv") << "\n";
        return kExitUsage;
    }
    std::vector<AttemptRecord> attempts;
    const bool ok = gather_attempts(files, "", attempts);
    ClassOverview c = class_overview(std::move(attempts));
    if (!out_html.empty() && !write_output(out_html, class_html(c, lang))) return kExitInput;
    if (!out_csv.empty() && !write_output(out_csv, class_csv(c))) return kExitInput;
    std::cerr << fmt("Klasoverzicht: {0} poging(en) van {1} scenario('s)", "Class overview: {0} attempt(s) of {1} scenario(s)",
                     {std::to_string(c.attempts.size()), std::to_string(c.scenarios.size())});
    if (c.duplicates) std::cerr << fmt(", {0} dubbel", ", {0} duplicate", {std::to_string(c.duplicates)});
    std::cerr << "\n";
    // Unreadable files were reported; the overview of the rest is still written.
    return ok ? kExitOk : kExitInput;
}

}  // namespace lab

#endif  // LAB_HAVE_STORE
