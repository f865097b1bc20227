#include "ui_strings.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/i18n.h"

namespace lab {

namespace fs = std::filesystem;

std::string assets_dir() {
    if (const char* v = std::getenv("GESPREKSLAB_ASSETS"); v && *v) return v;
    std::error_code ec;
#ifdef LAB_ASSETS_DIR
    if (fs::is_directory(fs::path(LAB_ASSETS_DIR) / "ui", ec)) return LAB_ASSETS_DIR;
#endif
    return "assets";
}

namespace {
void flatten(const nlohmann::json& j, const std::string& prefix, std::unordered_map<std::string, std::string>& out) {
    for (auto it = j.begin(); it != j.end(); ++it) {
        std::string key = prefix.empty() ? it.key() : prefix + "." + it.key();
        if (it->is_string()) out[key] = it->get<std::string>();
        else if (it->is_object()) flatten(*it, key, out);
    }
}
}  // namespace

bool read_string_table(const std::string& path, std::unordered_map<std::string, std::string>& out, std::string* problem) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        if (problem) *problem = "cannot read " + path;
        return false;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    nlohmann::json j = nlohmann::json::parse(ss.str(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        if (problem) *problem = path + ": not a JSON object of strings";
        return false;
    }
    flatten(j, "", out);
    return true;
}

bool UiStrings::load(const std::string& dir, const std::string& lang, std::string* problem) {
    m_lang = (lang == "en") ? "en" : "nl";
    m_text.clear();
    m_fallback.clear();
    std::string why;
    bool ok = read_string_table((fs::path(dir) / "nl.json").string(), m_fallback, &why);
    if (m_lang != "nl") ok = read_string_table((fs::path(dir) / (m_lang + ".json")).string(), m_text, &why) && ok;
    if (problem) *problem = why;
    return ok;
}

const char* UiStrings::get(const char* key) const {
    if (auto it = m_text.find(key); it != m_text.end()) return it->second.c_str();
    if (auto it = m_fallback.find(key); it != m_fallback.end()) return it->second.c_str();
    return key;
}

std::string UiStrings::fmt(const char* key, const std::vector<std::string>& args) const { return lab::fmt(std::string(get(key)), args); }

bool UiStrings::has(const std::string& key) const { return m_text.count(key) || m_fallback.count(key); }

std::vector<std::string> UiStrings::keys() const {
    const auto& table = m_lang == "nl" ? m_fallback : m_text;
    std::vector<std::string> out;
    for (const auto& [k, v] : table) out.push_back(k);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace lab
