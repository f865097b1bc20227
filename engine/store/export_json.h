// Export of attempts as JSON: the file a student hands in, and what
// `report`, `xapi` and `class` read. Format "gesprekslab-attempts",
// versioned by format_version; described in docs/results.md.
#pragma once
#include <string>
#include <vector>

#include "attempt_record.h"

namespace lab {

constexpr const char* kExportFormat = "gesprekslab-attempts";
constexpr int kExportFormatVersion = 1;

// The export document holding `attempts` (indent < 0: one line).
std::string export_json(const std::vector<AttemptRecord>& attempts, int64_t exported_ms, int indent = 2);

// Reads an export document, appending its attempts to `out`. Returns false
// with `problem` (in the message language) when the text is not an export
// this version can read; `out` is then unchanged.
bool parse_export(const std::string& text, std::vector<AttemptRecord>& out, std::string* problem);
// The same for a file; `problem` names the file.
bool read_export_file(const std::string& path, std::vector<AttemptRecord>& out, std::string* problem);
// Writes `text` to `path` in one step (a temporary file, then rename).
bool write_file_atomic(const std::string& path, const std::string& text, std::string* problem);

}  // namespace lab
