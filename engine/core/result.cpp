#include "result.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

namespace lab {

Grade grade_for(const Scenario& sc, double overall) {
    const double eps = 1e-9;  // 11/20 must count as 0.55
    if (overall + eps >= sc.grading.good) return Grade::Good;
    if (overall + eps >= sc.grading.pass) return Grade::Sufficient;
    return Grade::Insufficient;
}

void score(const Scenario& sc, const std::vector<double>& raw, Result& r) {
    r.competencies.clear();
    double sum = 0, weights = 0;
    for (size_t i = 0; i < sc.competencies.size(); ++i) {
        CompetencyScore c;
        c.id = sc.competencies[i].id;
        c.raw = raw[i];
        c.max = i < sc.competency_max.size() ? sc.competency_max[i] : 0;
        c.weight = sc.competencies[i].weight;
        c.percent = c.max > 0 ? std::clamp(c.raw / c.max, 0.0, 1.0) : 1.0;
        sum += c.weight * c.percent;
        weights += c.weight;
        r.competencies.push_back(c);
    }
    r.overall = weights > 0 ? sum / weights : 0;
    r.grade = grade_for(sc, r.overall);
}

static double round3(double v) { return std::round(v * 1000.0) / 1000.0; }

// Integral numbers print as integers (7, not 7.0).
static nlohmann::json num(double v) {
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 9e15) return int64_t(v);
    return v;
}

std::string result_json(const Result& r, int indent) {
    using nlohmann::ordered_json;
    ordered_json j;
    j["scenario"] = r.scenario;
    j["version"] = r.version;
    j["seed"] = r.seed;
    j["ending"] = r.ending.empty() ? ordered_json(nullptr) : ordered_json(r.ending);
    j["outcome"] = outcome_name(r.outcome);
    j["turns"] = r.turns;
    j["path"] = r.path;
    ordered_json ch = ordered_json::array();
    for (const auto& c : r.choices) {
        if (c == "t") ch.push_back("t");
        else ch.push_back(std::stoi(c));
    }
    j["choices"] = ch;
    ordered_json m = ordered_json::object();
    for (const auto& [k, v] : r.meters) m[k] = num(v);
    j["meters"] = m;
    ordered_json f = ordered_json::object();
    for (const auto& [k, v] : r.flags) {
        if (auto b = std::get_if<bool>(&v)) f[k] = *b;
        else if (auto d = std::get_if<double>(&v)) f[k] = num(*d);
        else f[k] = std::get<std::string>(v);
    }
    j["flags"] = f;
    ordered_json c = ordered_json::object();
    for (const auto& cs : r.competencies)
        c[cs.id] = ordered_json{{"raw", num(cs.raw)}, {"max", num(cs.max)}, {"percent", num(round3(cs.percent))}};
    j["competencies"] = c;
    j["overall"] = num(round3(r.overall));
    j["grade"] = grade_name(r.grade);
    if (!r.error.empty()) j["error"] = r.error;
    return j.dump(indent);
}

}  // namespace lab
