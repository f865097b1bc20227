#include "portfolio_files.h"

#include <cctype>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>

namespace lab {

namespace fs = std::filesystem;

namespace {

std::string home() {
    const char* h = std::getenv("HOME");
    return h && *h ? std::string(h) : std::string();
}

bool is_folder(const fs::path& p) {
    std::error_code ec;
    return !p.empty() && fs::is_directory(p, ec);
}

// XDG_DOCUMENTS_DIR from user-dirs.dirs ("$HOME/Documenten"), or "".
std::string xdg_documents() {
    const char* cfg = std::getenv("XDG_CONFIG_HOME");
    fs::path file = cfg && *cfg && fs::path(cfg).is_absolute() ? fs::path(cfg) : fs::path(home()) / ".config";
    std::ifstream in(file / "user-dirs.dirs");
    std::string line;
    while (std::getline(in, line)) {
        const std::string key = "XDG_DOCUMENTS_DIR=";
        if (line.rfind(key, 0) != 0) continue;
        std::string v = line.substr(key.size());
        if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
        if (v.rfind("$HOME", 0) == 0) v = home() + v.substr(5);
        return v;
    }
    return "";
}

}  // namespace

std::string documents_dir() {
    const std::string h = home();
    std::error_code ec;
    for (const std::string& d : {xdg_documents(), h.empty() ? std::string() : (fs::path(h) / "Documents").string()}) {
        if (!is_folder(d)) continue;
        if (!h.empty() && fs::equivalent(d, h, ec)) continue;  // user-dirs points at home: no documents folder
        return d;
    }
    return "";
}

std::string portfolio_dir(const std::string& data_dir) {
    const std::string docs = documents_dir();
    if (!docs.empty()) return (fs::path(docs) / "Gesprekslab").string();
    return (fs::path(data_dir) / "portfolio").string();
}

std::string portfolio_base_name(const std::string& word, const std::string& scenario, int64_t started_ms) {
    auto clean = [](const std::string& s) {
        std::string out;
        for (unsigned char c : s) out += (std::isalnum(c) && c < 0x80) || c == '-' || c == '_' ? char(c) : '-';
        return out;
    };
    const std::time_t t = std::time_t(started_ms / 1000);
    std::tm tm{};
    localtime_r(&t, &tm);
    char when[32];
    std::strftime(when, sizeof when, "%Y-%m-%d-%H%M", &tm);
    return "gesprekslab-" + clean(word) + "-" + clean(scenario) + "-" + when;
}

std::string free_path(const std::string& dir, const std::string& base, const std::string& ext) {
    std::error_code ec;
    fs::path p = fs::path(dir) / (base + "." + ext);
    for (int n = 2; fs::exists(p, ec) && n < 1000; ++n) p = fs::path(dir) / (base + "-" + std::to_string(n) + "." + ext);
    return p.string();
}

}  // namespace lab
