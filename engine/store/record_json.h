// record_json: the JSON form of AttemptRecord and its parts, shared by the
// store (which keeps some parts as JSON columns) and the export. Internal to
// engine/store; the format is documented in docs/results.md.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "attempt_record.h"

namespace lab::record_json {

using ojson = nlohmann::ordered_json;
using json = nlohmann::json;

// 7 rather than 7.0; non-finite numbers as null.
ojson num(double v);

// {"nl": "...", "en": "..."}; an empty text is {}.
ojson text(const LocalText& t);
// Accepts an object of strings, or a plain string (kept under `lang`).
LocalText text_from(const json& j, const std::string& lang);

// Values keyed by id ({"vertrouwen": 6}), in the order of `ids`.
ojson values(const std::vector<double>& v, const std::vector<std::string>& ids);
// Back into a vector by `ids` (absent ids get `fill`).
std::vector<double> values_from(const json& j, const std::vector<std::string>& ids, double fill = 0);

std::vector<std::string> meter_ids(const ScenarioInfo& s);
std::vector<std::string> competency_ids(const ScenarioInfo& s);

ojson scenario(const ScenarioInfo& s);
// Throws std::runtime_error naming the field that is wrong.
ScenarioInfo scenario_from(const json& j);

ojson event(const Event& e, const ScenarioInfo& s);
Event event_from(const json& j, const ScenarioInfo& s);

ojson reflection(const ReflectionRecord& r);  // null when it has no answers
ReflectionRecord reflection_from(const json& j);

ojson result(const Standing& st, const ScenarioInfo& s);
Standing result_from(const json& j, const ScenarioInfo& s);

ojson attempt(const AttemptRecord& r);
// Throws std::runtime_error naming the field that is wrong.
AttemptRecord attempt_from(const json& j);

}  // namespace lab::record_json
