#include "diagnostic.h"

#include <algorithm>
#include <tuple>

namespace lab {

std::string Diagnostic::format() const {
    std::string s = file;
    if (line > 0) s += ":" + std::to_string(line);
    s += severity == Severity::Error ? ": error: " : ": warning: ";
    return s + message;
}

void Diagnostics::error(std::string file, int line, std::string code, std::string message) {
    m_all.push_back({std::move(file), line, Severity::Error, std::move(code), std::move(message)});
}

void Diagnostics::warning(std::string file, int line, std::string code, std::string message) {
    m_all.push_back({std::move(file), line, Severity::Warning, std::move(code), std::move(message)});
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

size_t Diagnostics::error_count() const {
    return size_t(std::count_if(m_all.begin(), m_all.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

size_t Diagnostics::warning_count() const { return m_all.size() - error_count(); }

void Diagnostics::append(const Diagnostics& other) { m_all.insert(m_all.end(), other.m_all.begin(), other.m_all.end()); }

void Diagnostics::sort() {
    std::stable_sort(m_all.begin(), m_all.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.file, a.line) < std::tie(b.file, b.line);
    });
    m_all.erase(std::unique(m_all.begin(), m_all.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return a.file == b.file && a.line == b.line && a.message == b.message;
    }), m_all.end());
}

}  // namespace lab
