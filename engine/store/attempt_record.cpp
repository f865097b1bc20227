#include "attempt_record.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <random>

#include "core/i18n.h"

namespace lab {

const char* status_name(AttemptStatus s) {
    switch (s) {
        case AttemptStatus::Unfinished: return "unfinished";
        case AttemptStatus::Finished: return "finished";
        case AttemptStatus::Abandoned: return "abandoned";
    }
    return "unfinished";
}

std::optional<AttemptStatus> parse_status(const std::string& s) {
    if (s == "unfinished") return AttemptStatus::Unfinished;
    if (s == "finished") return AttemptStatus::Finished;
    if (s == "abandoned") return AttemptStatus::Abandoned;
    return std::nullopt;
}

const char* event_kind_name(EventKind k) {
    switch (k) {
        case EventKind::Choice: return "choice";
        case EventKind::Timeout: return "timeout";
        case EventKind::Advance: return "advance";
        case EventKind::Rewind: return "rewind";
    }
    return "choice";
}

std::optional<EventKind> parse_event_kind(const std::string& s) {
    if (s == "choice") return EventKind::Choice;
    if (s == "timeout") return EventKind::Timeout;
    if (s == "advance") return EventKind::Advance;
    if (s == "rewind") return EventKind::Rewind;
    return std::nullopt;
}

const char* const kAlactPhases[kAlactPhaseCount] = {"handelen", "terugblikken", "bewustwording", "alternatieven",
                                                     "uitproberen"};

std::string alact_phase_label(const std::string& phase) {
    if (phase == "handelen") return tr("Handelen", "Action");
    if (phase == "terugblikken") return tr("Terugblikken op het handelen", "Looking back on the action");
    if (phase == "bewustwording") return tr("Bewustwording van essentiële aspecten", "Awareness of essential aspects");
    if (phase == "alternatieven") return tr("Alternatieven ontwikkelen", "Creating alternative methods of action");
    if (phase == "uitproberen") return tr("Uitproberen", "Trial");
    return phase;
}

bool ReflectionRecord::empty() const {
    for (const auto& a : answers)
        if (a.answer.find_first_not_of(" \t\r\n") != std::string::npos) return false;
    return true;
}

// [SECTION] AttemptRecord

std::vector<const Event*> AttemptRecord::line() const {
    std::vector<const Event*> line;
    for (const Event& e : events) {
        if (e.kind != EventKind::Rewind) {
            line.push_back(&e);
            continue;
        }
        int made = 0;
        for (size_t i = 0; i < line.size(); ++i) {
            if (!line[i]->is_decision()) continue;
            if (made == e.turn) {
                line.resize(i);
                break;
            }
            ++made;
        }
    }
    return line;
}

int AttemptRecord::rewinds() const {
    int n = 0;
    for (const Event& e : events) n += e.kind == EventKind::Rewind;
    return n;
}

int64_t AttemptRecord::duration_ms() const {
    int64_t end = standing.ended_ms;
    if (end == 0 && !events.empty()) end = events.back().time_ms;
    return end > started_ms ? end - started_ms : 0;
}

// [SECTION] time and ids

int64_t unix_ms_now() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string iso_utc(int64_t ms) {
    int64_t secs = ms / 1000, frac = ms % 1000;
    if (frac < 0) { frac += 1000; --secs; }
    std::time_t t = std::time_t(secs);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec, int(frac));
    return buf;
}

bool parse_iso_utc(const std::string& s, int64_t& ms) {
    int y, mo, d, h, mi, sec, n = 0;
    if (std::sscanf(s.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &sec, &n) != 6 || n != 19) return false;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60) return false;
    size_t i = 19;
    int frac = 0;
    if (i < s.size() && s[i] == '.') {
        int digits = 0;
        ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
            if (digits < 3) frac = frac * 10 + (s[i] - '0');
            ++digits;
            ++i;
        }
        if (digits == 0) return false;
        for (; digits < 3; ++digits) frac *= 10;
    }
    int offset_min = 0;
    if (i < s.size() && s[i] == 'Z') {
        ++i;
    } else if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        int oh = 0, om = 0;
        const int sign = s[i] == '-' ? -1 : 1;
        if (std::sscanf(s.c_str() + i + 1, "%2d:%2d", &oh, &om) != 2) return false;
        offset_min = sign * (oh * 60 + om);
        i += 6;
    } else {
        return false;
    }
    if (i != s.size()) return false;
    std::tm tm{};
    tm.tm_year = y - 1900;
    tm.tm_mon = mo - 1;
    tm.tm_mday = d;
    tm.tm_hour = h;
    tm.tm_min = mi;
    tm.tm_sec = sec;
    const int64_t t = int64_t(timegm(&tm)) - int64_t(offset_min) * 60;
    ms = t * 1000 + frac;
    return true;
}

static std::string format_uuid(uint64_t hi, uint64_t lo) {
    hi = (hi & ~0xF000ull) | 0x4000ull;                       // version 4
    lo = (lo & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;  // RFC 4122 variant
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08x-%04x-%04x-%04x-%012llx", unsigned(hi >> 32), unsigned((hi >> 16) & 0xFFFF),
                  unsigned(hi & 0xFFFF), unsigned(lo >> 48), (unsigned long long)(lo & 0xFFFFFFFFFFFFull));
    return buf;
}

std::string new_uuid() {
    std::random_device rd;
    auto word = [&] { return (uint64_t(rd()) << 32) ^ uint64_t(rd()); };
    std::mt19937_64 mix(word());
    return format_uuid(word() ^ mix(), word() ^ mix());
}

static uint64_t mix64(uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

std::string printable(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        // The length of the UTF-8 sequence that starts here (0: not a start byte).
        const size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 && c >= 0xC2 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 && c <= 0xF4 ? 4 : 0;
        bool ok = n > 0 && i + n <= s.size();
        for (size_t k = 1; ok && k < n; ++k) ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
        if (!ok) {
            ++i;  // not UTF-8: dropped
            continue;
        }
        const bool c0 = n == 1 && (c < 0x20 || c == 0x7F);
        const bool c1 = n == 2 && c == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0;  // U+0080..U+009F
        if (!c0 && !c1) out.append(s, i, n);
        i += n;
    }
    return out;
}

std::string uuid_from(const std::string& name) {
    uint64_t a = 0xcbf29ce484222325ull, b = 0x84222325cbf29ce4ull;
    for (unsigned char c : name) {
        a = (a ^ c) * 0x100000001b3ull;
        b = mix64(b ^ c);
    }
    return format_uuid(mix64(a ^ b), mix64(b + a * 31));
}

}  // namespace lab
