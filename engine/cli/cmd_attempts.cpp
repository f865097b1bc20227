// gesprekslab attempts [--data DIR] [--student NAME] [--scenario ID] [--json]
#ifdef LAB_HAVE_STORE  // built only with engine/store
#include <cmath>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cmd_store.h"
#include "commands.h"
#include "core/i18n.h"

namespace lab {

int cmd_attempts(const std::string& data_dir, const std::string& student, const std::string& scenario, bool json) {
    auto store = open_store_cli(data_dir, false);
    if (!store) return kExitInput;
    std::vector<AttemptSummary> list;
    try {
        AttemptFilter f;
        f.student = student;
        f.scenario = scenario;
        f.include_abandoned = true;
        list = store->attempts(f);
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << "\n";
        return kExitInput;
    }
    if (json) {
        nlohmann::ordered_json a = nlohmann::ordered_json::array();
        for (const auto& s : list)
            a.push_back({{"id", s.id},
                         {"uuid", s.uuid},
                         {"student", s.student},
                         {"scenario", s.scenario},
                         {"version", s.version},
                         {"mode", mode_name(s.mode)},
                         {"started", iso_utc(s.started_ms)},
                         {"ended", s.ended_ms ? nlohmann::ordered_json(iso_utc(s.ended_ms)) : nlohmann::ordered_json()},
                         {"status", status_name(s.status)},
                         {"at", s.at},
                         {"outcome", s.outcome},
                         {"turns", s.turns},
                         {"overall", std::round(s.overall * 1000) / 1000},
                         {"grade", s.grade ? grade_name(*s.grade) : ""}});
        std::cout << a.dump(2) << "\n";
        return kExitOk;
    }
    if (list.empty()) {
        std::cout << tr("Nog geen pogingen.", "No attempts yet.") << "\n";
        return kExitOk;
    }
    std::printf("%5s  %-16s  %-12s  %-26s  %-10s  %-11s  %5s  %s\n", "#", tr("begonnen (UTC)", "started (UTC)"), tr("student", "student"),
                tr("scenario", "scenario"), tr("modus", "mode"), tr("status", "status"), tr("totaal", "total"), tr("oordeel/einde", "grade/ending"));
    for (const auto& s : list) {
        std::string when = iso_utc(s.started_ms).substr(0, 16);
        when[10] = ' ';
        const std::string status = s.status == AttemptStatus::Finished ? tr("afgerond", "finished")
                                   : s.status == AttemptStatus::Abandoned ? tr("afgebroken", "abandoned")
                                                                          : tr("open", "open");
        std::string end = s.status == AttemptStatus::Finished ? std::string(s.grade ? grade_name(*s.grade) : "") + " (" + (s.ending.empty() ? s.outcome : s.ending) + ")"
                                                              : fmt("bij {0}, beurt {1}", "at {0}, turn {1}", {s.at, std::to_string(s.turns)});
        // Names and ids come from students and files: no escape codes reach the terminal.
        std::printf("%5lld  %-16s  %-12s  %-26s  %-10s  %-11s  %4d%%  %s\n", (long long)s.id, when.c_str(), printable(s.student).c_str(),
                    printable(s.scenario).c_str(), mode_name(s.mode), status.c_str(), int(std::lround(s.overall * 100)), printable(end).c_str());
    }
    return kExitOk;
}

}  // namespace lab

#endif  // LAB_HAVE_STORE
