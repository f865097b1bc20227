#include "settings.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace lab {

namespace fs = std::filesystem;

float text_pixels(TextSize t) {
    switch (t) {
        case TextSize::Small: return 16.0f;
        case TextSize::Normal: return 19.0f;
        case TextSize::Large: return 23.0f;
        case TextSize::Larger: return 28.0f;
    }
    return 19.0f;
}

const char* text_size_id(TextSize t) {
    switch (t) {
        case TextSize::Small: return "klein";
        case TextSize::Normal: return "normaal";
        case TextSize::Large: return "groot";
        case TextSize::Larger: return "extra-groot";
    }
    return "normaal";
}

bool Settings::operator==(const Settings& o) const {
    return lang == o.lang && text_size == o.text_size && high_contrast == o.high_contrast && window_width == o.window_width &&
           window_height == o.window_height && window_maximized == o.window_maximized && student == o.student &&
           student_asked == o.student_asked;
}

namespace {
std::string xdg_dir(const char* var, const char* fallback) {
    const char* v = std::getenv(var);
    if (v && *v && fs::path(v).is_absolute()) return (fs::path(v) / "gesprekslab").string();
    const char* home = std::getenv("HOME");
    fs::path base = (home && *home) ? fs::path(home) : fs::temp_directory_path();
    return (base / fallback / "gesprekslab").string();
}
}  // namespace

std::string config_dir() { return xdg_dir("XDG_CONFIG_HOME", ".config"); }
std::string data_dir() { return xdg_dir("XDG_DATA_HOME", ".local/share"); }
std::string settings_path() { return (fs::path(config_dir()) / "settings.json").string(); }

std::string settings_to_json(const Settings& s) {
    nlohmann::ordered_json j;
    j["lang"] = s.lang;
    j["text_size"] = text_size_id(s.text_size);
    j["high_contrast"] = s.high_contrast;
    j["window"] = {{"width", s.window_width}, {"height", s.window_height}, {"maximized", s.window_maximized}};
    j["student"] = s.student;
    j["student_asked"] = s.student_asked;
    return j.dump(2) + "\n";
}

Settings settings_from_json(const std::string& text, std::string* problem) {
    Settings s;
    std::string bad;
    auto note = [&](const std::string& what) { bad += (bad.empty() ? "" : "; ") + what; };
    nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        if (problem) *problem = "not a JSON object";
        return s;
    }
    if (auto it = j.find("lang"); it != j.end()) {
        if (it->is_string() && (*it == "nl" || *it == "en")) s.lang = it->get<std::string>();
        else note("lang must be \"nl\" or \"en\"");
    }
    if (auto it = j.find("text_size"); it != j.end()) {
        bool ok = false;
        for (int k = 0; k < kTextSizeCount && it->is_string(); ++k)
            if (*it == text_size_id(TextSize(k))) { s.text_size = TextSize(k); ok = true; }
        if (!ok) note("unknown text_size");
    }
    if (auto it = j.find("high_contrast"); it != j.end()) {
        if (it->is_boolean()) s.high_contrast = it->get<bool>();
        else note("high_contrast must be true or false");
    }
    if (auto it = j.find("window"); it != j.end() && it->is_object()) {
        auto dim = [&](const char* key, int& out) {
            auto f = it->find(key);
            if (f == it->end()) return;
            if (f->is_number_integer() && f->get<long long>() >= 320 && f->get<long long>() <= 16384) out = int(f->get<long long>());
            else note(std::string("window.") + key + " out of range");
        };
        dim("width", s.window_width);
        dim("height", s.window_height);
        if (auto f = it->find("maximized"); f != it->end() && f->is_boolean()) s.window_maximized = f->get<bool>();
    }
    if (auto it = j.find("student"); it != j.end()) {
        if (it->is_string()) s.student = clean_student_name(it->get<std::string>());
        else note("student must be a string");
    }
    if (auto it = j.find("student_asked"); it != j.end() && it->is_boolean()) s.student_asked = it->get<bool>();
    if (problem) *problem = bad;
    return s;
}

std::string clean_student_name(const std::string& name) {
    std::string out;
    for (unsigned char c : name)
        if (c >= 0x20 && c != 0x7f) out += char(c);
    const size_t a = out.find_first_not_of(' ');
    if (a == std::string::npos) return "";
    out = out.substr(a);
    if (out.size() > kStudentNameMax) {
        size_t n = kStudentNameMax;
        while (n > 0 && (static_cast<unsigned char>(out[n]) & 0xC0) == 0x80) --n;
        out.resize(n);
    }
    return out.substr(0, out.find_last_not_of(' ') + 1);
}

Settings load_settings(const std::string& path, std::string* problem) {
    if (problem) problem->clear();
    std::error_code ec;
    if (!fs::exists(path, ec)) return Settings{};
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        if (problem) *problem = "cannot read " + path;
        return Settings{};
    }
    std::stringstream ss;
    ss << in.rdbuf();
    std::string why;
    Settings s = settings_from_json(ss.str(), &why);
    if (problem && !why.empty()) *problem = path + ": " + why;
    return s;
}

bool save_settings(const Settings& s, const std::string& path, std::string* problem) {
    std::error_code ec;
    fs::path p(path);
    if (p.has_parent_path()) fs::create_directories(p.parent_path(), ec);
    if (ec) {
        if (problem) *problem = "cannot create " + p.parent_path().string() + ": " + ec.message();
        return false;
    }
    fs::path tmp = p;
    tmp += ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << settings_to_json(s);
        if (!out) {
            if (problem) *problem = "cannot write " + tmp.string();
            return false;
        }
    }
    fs::rename(tmp, p, ec);
    if (ec) {
        if (problem) *problem = "cannot write " + p.string() + ": " + ec.message();
        fs::remove(tmp, ec);
        return false;
    }
    return true;
}

}  // namespace lab
