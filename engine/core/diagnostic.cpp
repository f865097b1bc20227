#include "diagnostic.h"

#include <algorithm>
#include <tuple>

#include "i18n.h"
#include "text.h"

namespace lab {

std::string DiagnosticDescriptor::message(const std::vector<std::string>& args) const { return fmt(nl, en, args); }

std::string Diagnostic::format() const {
    std::string s = file;
    if (line > 0) s += ":" + std::to_string(line);
    s += severity == Severity::Error ? ": error: " : ": warning: ";
    return s + message;
}

void Diagnostics::add(const DiagnosticDescriptor& d, std::string file, int line, const std::vector<std::string>& args) {
    m_all.push_back({std::move(file), line, d.severity, d.code, d.message(args)});
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

std::string did_you_mean(const std::string& shown) {
    return shown.empty() ? std::string() : fmt(" (bedoel je {0}?)", " (did you mean {0}?)", {shown});
}

std::string did_you_mean(const std::string& name, const std::vector<std::string>& candidates) {
    std::string s = suggest(name, candidates);
    return s.empty() ? std::string() : did_you_mean(q(s));
}

}  // namespace lab
