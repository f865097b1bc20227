// gesprekslab xapi [ATTEMPT...] [--data DIR] [--student NAME] [-o FILE.jsonl]
#ifdef LAB_HAVE_STORE  // built only with engine/store
#include <iostream>

#include "cmd_store.h"
#include "commands.h"
#include "core/i18n.h"
#include "store/xapi.h"

namespace lab {

int cmd_xapi(const std::vector<std::string>& items, const std::string& data_dir, const std::string& student, const std::string& out) {
    std::vector<AttemptRecord> attempts;
    if (items.empty()) {
        auto store = open_store_cli(data_dir, false);
        if (!store) return kExitInput;
        try {
            AttemptFilter f;
            f.student = student;
            attempts = store->load_attempts(f);
        } catch (const std::exception& e) {
            std::cerr << "error: " << e.what() << "\n";
            return kExitInput;
        }
    } else {
        std::vector<AttemptRecord> all;
        if (!gather_attempts(items, data_dir, all)) return kExitInput;
        for (auto& a : all)
            if (student.empty() || a.student == student) attempts.push_back(std::move(a));
    }
    const std::string text = xapi_jsonl(attempts);
    if (!write_output(out, text)) return kExitInput;
    if (!out.empty() && out != "-") {
        size_t lines = 0;
        for (char ch : text) lines += ch == '\n';
        std::cerr << fmt("{0} statements van {1} poging(en) geschreven naar {2}", "{0} statements of {1} attempt(s) written to {2}",
                         {std::to_string(lines), std::to_string(attempts.size()), out})
                  << "\n";
    }
    return kExitOk;
}

}  // namespace lab

#endif  // LAB_HAVE_STORE
