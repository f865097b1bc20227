// xAPI statements (Experience API 1.0.3) for attempts, one JSON object per
// line: `launched`; one `answered` per decision as it was made (rewound ones
// included); and for a finished attempt `completed` plus `passed` or
// `failed`, with score, ISO 8601 duration and the competency scores as
// extensions. Actors are accounts (alias + our home page); an e-mail (mbox)
// only when the student gave one. Statement ids are UUIDs derived from the
// attempt, so exporting twice gives the same ids. Mapping: docs/results.md.
#pragma once
#include <string>
#include <vector>

#include "attempt_record.h"

namespace lab {

struct XapiOptions {
    std::string home_page = "https://gesprekslab.nl";  // account homePage
    std::string base = "https://gesprekslab.nl/xapi";   // activities and extensions live under it
};

// The statements of one attempt, each as compact JSON, in time order.
std::vector<std::string> xapi_statements(const AttemptRecord& a, const XapiOptions& opt = {});
// All statements of `attempts` as JSON lines.
std::string xapi_jsonl(const std::vector<AttemptRecord>& attempts, const XapiOptions& opt = {});
// "PT4M12.5S" (hours, minutes, seconds to 0.01 s).
std::string iso_duration(int64_t ms);

}  // namespace lab
