// Diagnostic: an error or warning about a scenario, located in its files.
#pragma once
#include <string>
#include <vector>

namespace lab {

enum class Severity { Error, Warning };

struct Diagnostic {
    std::string file;
    int line = 0;
    Severity severity = Severity::Error;
    std::string code;     // stable identifier, e.g. "unknown-target"
    std::string message;  // in the message language, for a lecturer

    // "file:line: error: message" (the words "error"/"warning" as in the spec).
    std::string format() const;
};

class Diagnostics {
public:
    void error(std::string file, int line, std::string code, std::string message);
    void warning(std::string file, int line, std::string code, std::string message);
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

}  // namespace lab
