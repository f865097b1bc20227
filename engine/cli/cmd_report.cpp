// gesprekslab report ATTEMPT... -o FILE.html
#ifdef LAB_HAVE_STORE  // built only with engine/store
#include <iostream>

#include "cmd_store.h"
#include "commands.h"
#include "core/i18n.h"
#include "store/report_html.h"

namespace lab {

int cmd_report(const std::vector<std::string>& items, const std::string& out, const std::string& data_dir, const std::string& lang,
               bool hidden_meters) {
    std::vector<AttemptRecord> attempts;
    if (!gather_attempts(items, data_dir, attempts)) return kExitInput;
    if (attempts.empty()) {
        std::cerr << "error: " << tr("er zijn geen pogingen om te tonen", "there are no attempts to show") << "\n";
        return kExitInput;
    }
    std::string problem;
    if (!write_report(attempts, out, {lang, hidden_meters}, &problem)) {
        std::cerr << "error: " << problem << "\n";
        return kExitInput;
    }
    std::cerr << fmt("Verslag geschreven: {0} ({1} poging(en))", "Report written: {0} ({1} attempt(s))", {out, std::to_string(attempts.size())})
              << "\n";
    return kExitOk;
}

}  // namespace lab

#endif  // LAB_HAVE_STORE
