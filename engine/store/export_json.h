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
// The largest export file report, xapi and class read: 32 MiB, about 2,000
// attempts (an attempt takes some 10-20 kB). Reading it takes several times
// that in memory; a larger file is refused with a message, not read.
constexpr size_t kMaxExportBytes = size_t(32) << 20;

// The export document holding `attempts` (indent < 0: one line).
std::string export_json(const std::vector<AttemptRecord>& attempts, int64_t exported_ms, int indent = 2);

// Reads an export document, appending its attempts to `out`. Returns false
// with `problem` (in the message language) when the text is not an export
// this version can read; `out` is then unchanged.
bool parse_export(const std::string& text, std::vector<AttemptRecord>& out, std::string* problem);
// The same for a file of at most kMaxExportBytes; `problem` names the file.
bool read_export_file(const std::string& path, std::vector<AttemptRecord>& out, std::string* problem);
// Reads the whole of the regular file `path` into `text` when it holds at
// most `max_bytes`. Refuses, without blocking, anything that is not a
// regular file (a folder, a device such as /dev/zero, a FIFO). False with
// `problem` (in the message language, naming the file) otherwise.
bool read_file_limited(const std::string& path, size_t max_bytes, std::string& text, std::string* problem);
// Writes `text` to `path` in one step (a temporary file, then rename).
bool write_file_atomic(const std::string& path, const std::string& text, std::string* problem);

}  // namespace lab
