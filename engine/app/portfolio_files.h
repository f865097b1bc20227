// Portfolio files: where the debrief's report and export buttons write, and
// under which names. No SDL or ImGui.
#pragma once
#include <cstdint>
#include <string>

namespace lab {

// The student's documents folder: XDG_DOCUMENTS_DIR from
// $XDG_CONFIG_HOME/user-dirs.dirs (else ~/.config/user-dirs.dirs), else
// ~/Documents; "" when none of these is an existing folder (or it is the
// home folder itself).
std::string documents_dir();

// Where the report and export buttons write: "<documents>/Gesprekslab" when
// there is a documents folder, else "<data_dir>/portfolio". Not created here.
std::string portfolio_dir(const std::string& data_dir);

// "gesprekslab-<word>-<scenario>-<YYYY-MM-DD-HHMM>" with the local time of
// `started_ms`; characters other than letters, digits, '-' and '_' in the
// scenario id and `word` become '-'.
std::string portfolio_base_name(const std::string& word, const std::string& scenario, int64_t started_ms);

// "<dir>/<base>.<ext>", or "<dir>/<base>-2.<ext>", -3... the first that does not exist.
std::string free_path(const std::string& dir, const std::string& base, const std::string& ext);

// What was written for the attempt being played ("" = nothing yet). The
// same attempt keeps its files: writing again replaces them.
struct AttemptFiles {
    std::string report;      // the portfolio report (HTML)
    std::string exported;    // the JSON export
    std::string reflection;  // where the reflection was saved (the results store, or a file)
};

}  // namespace lab
