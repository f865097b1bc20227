// gesprekslab export [ID...] [--data DIR] [--student NAME] [--scenario ID] [--all] [-o FILE.json]
#ifdef LAB_HAVE_STORE  // built only with engine/store
#include <iostream>

#include "cmd_store.h"
#include "commands.h"
#include "core/i18n.h"
#include "store/export_json.h"

namespace lab {

int cmd_export(const std::vector<std::string>& ids, const std::string& data_dir, const std::string& student, const std::string& scenario,
               bool all, const std::string& out) {
    auto store = open_store_cli(data_dir, false);
    if (!store) return kExitInput;
    std::vector<AttemptRecord> attempts;
    try {
        if (!ids.empty()) {
            for (const auto& id : ids) {
                int64_t n = 0;
                if (!parse_attempt_id(id, n)) {
                    std::cerr << "error: " << fmt("{0} is geen nummer van een poging", "{0} is not the number of an attempt", {q(id)}) << "\n";
                    return kExitUsage;
                }
                auto rec = store->load_attempt(n);
                if (!rec) {
                    std::cerr << "error: " << fmt("poging {0} staat niet in {1}", "attempt {0} is not in {1}", {id, store->path()}) << "\n";
                    return kExitInput;
                }
                if (!student.empty() && rec->student != student) continue;
                attempts.push_back(std::move(*rec));
            }
        } else {
            AttemptFilter f;
            f.student = student;
            f.scenario = scenario;
            f.include_abandoned = all;
            attempts = store->load_attempts(f);  // oldest first in the file
        }
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << "\n";
        return kExitInput;
    }
    if (attempts.empty()) {
        std::cerr << "warning: " << tr("geen pogingen gevonden; de export is leeg", "no attempts found; the export is empty") << "\n";
    }
    if (!write_output(out, export_json(attempts, store->now_ms()))) return kExitInput;
    if (!out.empty() && out != "-")
        std::cerr << fmt("{0} poging(en) geëxporteerd naar {1}", "{0} attempt(s) exported to {1}", {std::to_string(attempts.size()), out}) << "\n";
    return kExitOk;
}

}  // namespace lab

#endif  // LAB_HAVE_STORE
