// Diagnostic: an error or warning about a scenario, located in its files.
// Every kind of diagnostic is declared once as a DiagnosticDescriptor (its
// stable code, severity and message in both languages) in
// diagnostic_catalog.h; a Diagnostic is one use of a descriptor at a place.
#pragma once
#include <string>
#include <vector>

namespace lab {

enum class Severity { Error, Warning };

// One kind of diagnostic. Several descriptors may share a code when they are
// wordings of one problem (e.g. the ways a field can have the wrong type).
struct DiagnosticDescriptor {
    const char* code;  // stable identifier, e.g. "unknown-target"
    Severity severity;
    // Message templates: {0}, {1}... are the arguments, {{ writes a {.
    const char* nl;
    const char* en;

    // The message in the message language (i18n.h) with `args` filled in.
    std::string message(const std::vector<std::string>& args = {}) const;
};

struct Diagnostic {
    std::string file;
    int line = 0;
    Severity severity = Severity::Error;
    std::string code;     // the descriptor's code
    std::string message;  // in the message language, for a lecturer

    // "file:line: error: message" (the words "error"/"warning" as in the spec).
    std::string format() const;
};

class Diagnostics {
public:
    // Adds one use of `d` at file:line (line 0: the file as a whole).
    void add(const DiagnosticDescriptor& d, std::string file, int line, const std::vector<std::string>& args = {});
    const std::vector<Diagnostic>& all() const { return m_all; }
    bool has_errors() const;
    size_t error_count() const;
    size_t warning_count() const;
    void append(const Diagnostics& other);
    // Sorted by file, then line; duplicates removed.
    void sort();

private:
    std::vector<Diagnostic> m_all;
};

// " (bedoel je X?)" / " (did you mean X?)" for a suggestion shown as `shown`
// (already quoted as the message wants it); "" when `shown` is empty. Goes
// last into a message template's arguments.
std::string did_you_mean(const std::string& shown);
// The same for the candidate closest to `name` (quoted), if one is close.
std::string did_you_mean(const std::string& name, const std::vector<std::string>& candidates);

}  // namespace lab
