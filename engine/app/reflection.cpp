#include "reflection.h"

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

namespace lab {

namespace fs = std::filesystem;

const char* alact_id(AlactPhase p) {
    switch (p) {
        case AlactPhase::Action: return "handelen";
        case AlactPhase::LookingBack: return "terugblikken";
        case AlactPhase::Awareness: return "bewustwording";
        case AlactPhase::Alternatives: return "alternatieven";
        case AlactPhase::Trial: return "uitproberen";
    }
    return "?";
}

bool Reflection::empty() const {
    for (const auto& a : answers)
        if (a.find_first_not_of(" \t\r\n") != std::string::npos) return false;
    return true;
}

std::string save_reflection(const std::string& dir, const Session& s, const Reflection& r,
                            const std::array<std::string, kReflectionPhases>& prompts, const std::string& lang, std::string* problem) {
    const Result res = s.result();
    std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    localtime_r(&now, &tm);
    char stamp[32], iso[40];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    std::strftime(iso, sizeof iso, "%Y-%m-%dT%H:%M:%S%z", &tm);

    nlohmann::ordered_json j;
    j["format"] = "gesprekslab-reflection";
    j["format_version"] = 1;
    j["written"] = iso;
    j["lang"] = lang;
    j["scenario"] = res.scenario;
    j["version"] = res.version;
    j["seed"] = res.seed;
    j["choices"] = res.choices;
    j["ending"] = res.ending.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(res.ending);
    j["outcome"] = outcome_name(res.outcome);
    j["overall"] = res.overall;
    j["grade"] = grade_name(res.grade);
    nlohmann::ordered_json alact = nlohmann::ordered_json::array();
    for (int k = 0; k < kReflectionPhases; ++k)
        alact.push_back({{"phase", alact_id(AlactPhase(k))}, {"prompt", prompts[size_t(k)]}, {"answer", r.answers[size_t(k)]}});
    j["alact"] = alact;

    std::error_code ec;
    fs::path folder = fs::path(dir) / "reflections";
    fs::create_directories(folder, ec);
    if (ec) {
        if (problem) *problem = folder.string() + ": " + ec.message();
        return {};
    }
    fs::path file = folder / (res.scenario + "-" + stamp + ".json");
    for (int n = 2; fs::exists(file, ec); ++n) file = folder / (res.scenario + "-" + stamp + "-" + std::to_string(n) + ".json");
    std::ofstream out(file, std::ios::binary);
    out << j.dump(2) << "\n";
    if (!out) {
        if (problem) *problem = "cannot write " + file.string();
        return {};
    }
    return file.string();
}

}  // namespace lab
