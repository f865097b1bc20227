// The portfolio report: one self-contained HTML file (inline CSS, SVG
// charts, no scripts, no external files) about one or more attempts, with
// briefing, transcript, feedback, scores and the reflection. Prints on A4.
#pragma once
#include <string>
#include <vector>

#include "attempt_record.h"

namespace lab {

struct ReportOptions {
    // Language of the scenario's texts ("" = message_language(); falls back
    // to the scenario's own language). Headings and labels follow the
    // message language (set_message_language), as all program text does.
    std::string lang;
    // Also chart the meters hidden from students (a lecturer's copy).
    bool hidden_meters = false;
};

std::string report_html(const std::vector<AttemptRecord>& attempts, const ReportOptions& opt = {});

// Writes report_html() to `path` (replacing it in one step). Returns false
// with `problem` when it cannot be written. For the debrief's button:
//   write_report({*store.load_attempt(id)}, path, {lang}, &problem)
bool write_report(const std::vector<AttemptRecord>& attempts, const std::string& path, const ReportOptions& opt,
                  std::string* problem);

}  // namespace lab
