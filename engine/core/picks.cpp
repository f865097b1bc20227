#include "picks.h"

#include "i18n.h"

namespace lab {

bool parse_picks(const std::string& text, std::vector<Pick>& out, std::string& error) {
    out.clear();
    std::string item;
    size_t n = 0;
    auto flush = [&]() -> bool {
        ++n;
        if (item == "t" || item == "T") { out.push_back({Pick::Kind::Timeout, 0}); return true; }
        if (item.empty() || item.size() > 3 || item.find_first_not_of("0123456789") != std::string::npos || std::stoi(item) < 1) {
            error = fmt("keuze {0} ({1}) is geen nummer vanaf 1 en geen t", "choice {0} ({1}) is not a number from 1 nor t",
                        {std::to_string(n), q(item)});
            return false;
        }
        out.push_back({Pick::Kind::Choice, std::stoi(item) - 1});
        return true;
    };
    if (text.find_first_not_of(" ") == std::string::npos) return true;
    for (char c : text) {
        if (c == ' ') continue;
        if (c == ',') { if (!flush()) return false; item.clear(); continue; }
        item += c;
    }
    return flush();
}

bool play_picks(Session& s, const std::vector<Pick>& picks, std::string& error) {
    s.advance_all();
    for (size_t i = 0; i < picks.size(); ++i) {
        const Pick& p = picks[i];
        std::string step = std::to_string(i + 1);
        std::string given = p.kind == Pick::Kind::Timeout ? "t" : std::to_string(p.pos + 1);
        if (s.phase() == Phase::Failed) return true;  // the result reports the failure
        if (s.phase() == Phase::Ended) {
            error = fmt("stap {0} ({1}): het gesprek is al afgelopen bij {2}", "step {0} ({1}): the conversation already ended at {2}",
                        {step, given, q(s.scenario().target_id(s.current().arrival.at))});
            return false;
        }
        if (!s.pick(p)) {
            size_t offered = s.current().arrival.offered.size();
            std::string list;
            for (size_t k = 1; k <= offered; ++k) list += (list.empty() ? "" : ", ") + std::to_string(k);
            if (s.has_timeout()) list += (list.empty() ? "" : ", ") + std::string("t");
            error = fmt("stap {0}: keuze {1} bestaat niet bij knoop {2}; aangeboden: {3}",
                        "step {0}: choice {1} does not exist at node {2}; offered: {3}",
                        {step, given, q(s.scenario().target_id(s.current().arrival.at)), list});
            return false;
        }
    }
    return true;
}

}  // namespace lab
