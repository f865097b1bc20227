#include "export_json.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "core/i18n.h"
#include "record_json.h"

#ifndef LAB_VERSION
#define LAB_VERSION "0.1.0"
#endif

namespace lab {

namespace fs = std::filesystem;
using record_json::json;
using record_json::ojson;

std::string export_json(const std::vector<AttemptRecord>& attempts, int64_t exported_ms, int indent) {
    ojson j;
    j["format"] = kExportFormat;
    j["format_version"] = kExportFormatVersion;
    j["generator"] = std::string("Gesprekslab ") + LAB_VERSION;
    j["exported"] = iso_utc(exported_ms);
    ojson list = ojson::array();
    for (const auto& a : attempts) list.push_back(record_json::attempt(a));
    j["attempts"] = list;
    return j.dump(indent, ' ', false, json::error_handler_t::replace) + "\n";
}

bool parse_export(const std::string& text, std::vector<AttemptRecord>& out, std::string* problem) {
    auto fail = [&](const std::string& p) { if (problem) *problem = p; return false; };
    json j = json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return fail(tr("dit is geen JSON-bestand van Gesprekslab", "this is not a Gesprekslab JSON file"));
    if (j.value("format", "") != kExportFormat) {
        if (j.value("format", "") == "gesprekslab-save" || j.value("format", "") == "gesprekslab-reflection")
            return fail(tr("dit is een opslag- of reflectiebestand, geen export van pogingen; maak een export met gesprekslab export",
                           "this is a save or reflection file, not an export of attempts; make one with gesprekslab export"));
        return fail(tr("dit is geen export van pogingen (\"format\": \"gesprekslab-attempts\" ontbreekt)",
                       "this is not an export of attempts (\"format\": \"gesprekslab-attempts\" is missing)"));
    }
    const auto version = j.value("format_version", 0);
    if (version < 1 || version > kExportFormatVersion)
        return fail(fmt("deze export heeft formaatversie {0}; deze Gesprekslab leest tot en met versie {1}. Werk Gesprekslab bij.",
                        "this export has format version {0}; this Gesprekslab reads up to version {1}. Please update Gesprekslab.",
                        {std::to_string(version), std::to_string(kExportFormatVersion)}));
    if (!j.contains("attempts") || !j["attempts"].is_array())
        return fail(tr("\"attempts\" ontbreekt of is geen lijst", "\"attempts\" is missing or not a list"));
    std::vector<AttemptRecord> got;
    size_t k = 0;
    for (const auto& a : j["attempts"]) {
        ++k;
        try {
            got.push_back(record_json::attempt_from(a));
        } catch (const std::exception& e) {
            return fail(fmt("poging {0}: {1}", "attempt {0}: {1}", {std::to_string(k), e.what()}));
        }
    }
    for (auto& a : got) out.push_back(std::move(a));
    return true;
}

namespace {

// Why a file could not be opened or read, in the message language.
std::string reason(int err) {
    if (err == ENOENT) return tr("bestaat niet", "does not exist");
    if (err == EACCES || err == EPERM) return tr("geen toegang", "permission denied");
    return std::strerror(err);
}

std::string megabytes(uint64_t bytes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", double(bytes) / double(1 << 20));
    return buf;
}

}  // namespace

bool read_file_limited(const std::string& path, size_t max_bytes, std::string& text, std::string* problem) {
    auto fail = [&](const std::string& p) { if (problem) *problem = p; return false; };
    auto too_big = [&](uint64_t size) {
        return fail(fmt("{0}: te groot ({1} MB); Gesprekslab leest hooguit {2} MB", "{0}: too large ({1} MB); Gesprekslab reads at most {2} MB",
                        {path, megabytes(size), megabytes(max_bytes)}));
    };
    // O_NONBLOCK: opening a FIFO without a writer must not wait for one.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return fail(fmt("{0}: kan niet worden gelezen ({1})", "{0}: cannot be read ({1})", {path, reason(errno)}));
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st {};
    if (::fstat(fd, &st) != 0) return fail(fmt("{0}: kan niet worden gelezen ({1})", "{0}: cannot be read ({1})", {path, reason(errno)}));
    if (!S_ISREG(st.st_mode))
        return fail(fmt("{0}: is geen gewoon bestand (maar een map, apparaat of pipe)", "{0}: is not a regular file (but a folder, device or pipe)", {path}));
    if (uint64_t(st.st_size) > max_bytes) return too_big(uint64_t(st.st_size));
    text.assign(size_t(st.st_size), '\0');
    size_t got = 0;
    for (;;) {
        if (got == text.size()) text.resize(std::min(text.size() + 65536, max_bytes + 1));  // the file may have grown
        if (got == text.size()) return too_big(got);
        const ssize_t n = ::read(fd, &text[got], text.size() - got);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return fail(fmt("{0}: kan niet worden gelezen ({1})", "{0}: cannot be read ({1})", {path, reason(errno)}));
        if (n == 0) break;
        got += size_t(n);
    }
    if (got > max_bytes) return too_big(got);
    text.resize(got);
    return true;
}

bool read_export_file(const std::string& path, std::vector<AttemptRecord>& out, std::string* problem) {
    std::string text;
    if (!read_file_limited(path, kMaxExportBytes, text, problem)) return false;
    std::string p;
    if (!parse_export(text, out, &p)) {
        if (problem) *problem = path + ": " + p;
        return false;
    }
    return true;
}

bool write_file_atomic(const std::string& path, const std::string& text, std::string* problem) {
    const std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out) {
            if (problem) *problem = fmt("{0}: kan niet worden geschreven", "{0}: cannot be written", {path});
            std::error_code ec;
            fs::remove(tmp, ec);
            return false;
        }
    }
    std::error_code ec;
    fs::rename(tmp, path, ec);
    if (ec) {
        if (problem) *problem = path + ": " + ec.message();
        fs::remove(tmp, ec);
        return false;
    }
    return true;
}

}  // namespace lab
