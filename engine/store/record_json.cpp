#include "record_json.h"

#include <cmath>
#include <stdexcept>

namespace lab::record_json {

namespace {

[[noreturn]] void bad(const std::string& what) { throw std::runtime_error(what); }

const json& field(const json& j, const char* key, const char* where) {
    auto it = j.find(key);
    if (it == j.end()) bad(std::string(where) + "." + key + " is missing");
    return *it;
}

std::string str(const json& j, const char* key, const std::string& def = "") {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return def;
    if (!it->is_string()) bad(std::string(key) + " must be a string");
    return it->get<std::string>();
}

double number(const json& j, const char* key, double def = 0) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return def;
    if (!it->is_number()) bad(std::string(key) + " must be a number");
    return it->get<double>();
}

int64_t integer(const json& j, const char* key, int64_t def = 0) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return def;
    if (!it->is_number_integer()) bad(std::string(key) + " must be a whole number");
    return it->get<int64_t>();
}

ojson time_or_null(int64_t ms) { return ms ? ojson(iso_utc(ms)) : ojson(nullptr); }

int64_t time_from(const json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return 0;
    int64_t ms = 0;
    if (!it->is_string() || !parse_iso_utc(it->get<std::string>(), ms))
        bad(std::string(key) + " must be a time like 2024-05-01T12:00:00.000Z");
    return ms;
}

ojson or_null(const std::string& s) { return s.empty() ? ojson(nullptr) : ojson(s); }

}  // namespace

ojson num(double v) {
    if (!std::isfinite(v)) return nullptr;
    if (v == std::floor(v) && std::fabs(v) < 9e15) return int64_t(v);
    return std::round(v * 1e6) / 1e6;
}

ojson text(const LocalText& t) {
    ojson o = ojson::object();
    for (const auto& [lang, s] : t.by_lang) o[lang] = s;
    return o;
}

LocalText text_from(const json& j, const std::string& lang) {
    LocalText t;
    if (j.is_string()) {
        if (!j.get<std::string>().empty()) t.by_lang[lang] = j.get<std::string>();
    } else if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it)
            if (it->is_string()) t.by_lang[it.key()] = it->get<std::string>();
    } else if (!j.is_null()) {
        bad("a text must be a string or an object of translations");
    }
    return t;
}

ojson values(const std::vector<double>& v, const std::vector<std::string>& ids) {
    ojson o = ojson::object();
    for (size_t i = 0; i < ids.size() && i < v.size(); ++i) o[ids[i]] = num(v[i]);
    return o;
}

std::vector<double> values_from(const json& j, const std::vector<std::string>& ids, double fill) {
    std::vector<double> v;
    if (j.is_null()) return v;
    if (!j.is_object()) bad("values must be an object of numbers by id");
    for (const auto& id : ids) {
        auto it = j.find(id);
        v.push_back(it != j.end() && it->is_number() ? it->get<double>() : fill);
    }
    return v;
}

std::vector<std::string> meter_ids(const ScenarioInfo& s) {
    std::vector<std::string> ids;
    for (const auto& m : s.meters) ids.push_back(m.id);
    return ids;
}

std::vector<std::string> competency_ids(const ScenarioInfo& s) {
    std::vector<std::string> ids;
    for (const auto& c : s.competencies) ids.push_back(c.id);
    return ids;
}

// [SECTION] scenario

ojson scenario(const ScenarioInfo& s) {
    ojson j;
    j["id"] = s.id;
    j["version"] = s.version;
    j["content_hash"] = s.content_hash;
    j["language"] = s.language;
    j["title"] = text(s.title);
    j["summary"] = text(s.summary);
    j["briefing"] = text(s.briefing);
    ojson goals = ojson::array();
    for (const auto& g : s.goals) goals.push_back(text(g));
    j["goals"] = goals;
    j["grading"] = {{"pass", num(s.pass)}, {"good", num(s.good)}};
    ojson meters = ojson::array();
    for (const auto& m : s.meters)
        meters.push_back({{"id", m.id}, {"label", text(m.label)}, {"min", num(m.min)}, {"max", num(m.max)},
                          {"start", num(m.start)}, {"visible", m.visible}});
    j["meters"] = meters;
    ojson comps = ojson::array();
    for (const auto& c : s.competencies)
        comps.push_back({{"id", c.id}, {"label", text(c.label)}, {"weight", num(c.weight)}, {"max", num(c.max)}});
    j["competencies"] = comps;
    return j;
}

ScenarioInfo scenario_from(const json& j) {
    if (!j.is_object()) bad("scenario must be an object");
    ScenarioInfo s;
    field(j, "id", "scenario");
    s.id = str(j, "id");
    if (s.id.empty()) bad("scenario.id is empty");
    s.version = int(integer(j, "version", 1));
    s.content_hash = str(j, "content_hash");
    s.language = str(j, "language", "nl");
    s.title = text_from(j.value("title", json()), s.language);
    s.summary = text_from(j.value("summary", json()), s.language);
    s.briefing = text_from(j.value("briefing", json()), s.language);
    if (auto it = j.find("goals"); it != j.end() && it->is_array())
        for (const auto& g : *it) s.goals.push_back(text_from(g, s.language));
    if (auto it = j.find("grading"); it != j.end() && it->is_object()) {
        s.pass = number(*it, "pass", 0.55);
        s.good = number(*it, "good", 0.80);
    }
    if (auto it = j.find("meters"); it != j.end() && it->is_array())
        for (const auto& m : *it) {
            if (!m.is_object()) bad("scenario.meters must hold objects");
            MeterInfo mi;
            mi.id = str(m, "id");
            mi.label = text_from(m.value("label", json()), s.language);
            mi.min = number(m, "min", 0);
            mi.max = number(m, "max", 10);
            mi.start = number(m, "start", 0);
            mi.visible = m.value("visible", true);
            s.meters.push_back(mi);
        }
    if (auto it = j.find("competencies"); it != j.end() && it->is_array())
        for (const auto& c : *it) {
            if (!c.is_object()) bad("scenario.competencies must hold objects");
            CompetencyInfo ci;
            ci.id = str(c, "id");
            ci.label = text_from(c.value("label", json()), s.language);
            ci.weight = number(c, "weight", 1);
            ci.max = number(c, "max", 0);
            s.competencies.push_back(ci);
        }
    return s;
}

// [SECTION] events

ojson event(const Event& e, const ScenarioInfo& s) {
    ojson j;
    j["seq"] = e.seq;
    j["time"] = iso_utc(e.time_ms);
    j["kind"] = event_kind_name(e.kind);
    j["turn"] = e.turn;
    if (e.kind == EventKind::Rewind) return j;
    j["node"] = e.node;
    j["speaker"] = or_null(e.speaker);
    j["speaker_name"] = text(e.speaker_name);
    j["mood"] = or_null(e.mood);
    j["text"] = text(e.text);
    if (e.kind == EventKind::Choice) {
        j["choice"] = e.choice + 1;
        j["choice_id"] = or_null(e.choice_id);
        j["position"] = e.position >= 0 ? ojson(e.position + 1) : ojson(nullptr);
        j["choice_text"] = text(e.choice_text);
    }
    if (e.is_decision()) j["feedback"] = text(e.feedback);
    j["meters"] = values(e.meters, meter_ids(s));
    j["meters_after"] = values(e.meters_after, meter_ids(s));
    j["scores_after"] = values(e.scores_after, competency_ids(s));
    j["score_delta"] = values(e.score_delta, competency_ids(s));
    return j;
}

Event event_from(const json& j, const ScenarioInfo& s) {
    if (!j.is_object()) bad("events must hold objects");
    Event e;
    e.seq = int(integer(j, "seq", 0));
    e.time_ms = time_from(j, "time");
    auto kind = parse_event_kind(str(j, "kind"));
    if (!kind) bad("event " + std::to_string(e.seq) + ": kind must be choice, timeout, advance or rewind");
    e.kind = *kind;
    e.turn = int(integer(j, "turn", 0));
    if (e.kind == EventKind::Rewind) return e;
    e.node = str(j, "node");
    e.speaker = str(j, "speaker");
    e.speaker_name = text_from(j.value("speaker_name", json()), s.language);
    e.mood = str(j, "mood");
    e.text = text_from(j.value("text", json()), s.language);
    if (e.kind == EventKind::Choice) {
        e.choice = int(integer(j, "choice", 0)) - 1;
        e.choice_id = str(j, "choice_id");
        e.position = int(integer(j, "position", 0)) - 1;
        e.choice_text = text_from(j.value("choice_text", json()), s.language);
    }
    e.feedback = text_from(j.value("feedback", json()), s.language);
    e.meters = values_from(j.value("meters", json()), meter_ids(s));
    e.meters_after = values_from(j.value("meters_after", json()), meter_ids(s));
    e.scores_after = values_from(j.value("scores_after", json()), competency_ids(s));
    e.score_delta = values_from(j.value("score_delta", json()), competency_ids(s));
    return e;
}

// [SECTION] reflection and result

ojson reflection(const ReflectionRecord& r) {
    if (r.answers.empty()) return nullptr;
    ojson j;
    j["written"] = time_or_null(r.written_ms);
    ojson a = ojson::array();
    for (const auto& x : r.answers) a.push_back({{"phase", x.phase}, {"prompt", x.prompt}, {"answer", x.answer}});
    j["answers"] = a;
    return j;
}

ReflectionRecord reflection_from(const json& j) {
    ReflectionRecord r;
    if (j.is_null()) return r;
    if (!j.is_object()) bad("reflection must be an object or null");
    r.written_ms = time_from(j, "written");
    if (auto it = j.find("answers"); it != j.end() && it->is_array())
        for (const auto& a : *it) {
            if (!a.is_object()) bad("reflection.answers must hold objects");
            r.answers.push_back({str(a, "phase"), str(a, "prompt"), str(a, "answer")});
        }
    return r;
}

ojson result(const Standing& st, const ScenarioInfo& s) {
    ojson j;
    j["at"] = or_null(st.at);
    j["ending"] = or_null(st.ending);
    j["ending_title"] = text(st.ending_title);
    j["ending_text"] = text(st.ending_text);
    j["outcome"] = st.outcome;
    j["turns"] = st.turns;
    ojson c = ojson::object();
    for (const auto& x : st.scores)
        c[x.id] = {{"raw", num(x.raw)}, {"max", num(x.max)}, {"percent", num(std::round(x.percent * 1000) / 1000)}};
    j["competencies"] = c;
    j["overall"] = num(std::round(st.overall * 1000) / 1000);
    j["grade"] = st.grade ? ojson(grade_name(*st.grade)) : ojson(nullptr);
    j["error"] = or_null(st.error);
    j["meters"] = values(st.meters, meter_ids(s));
    return j;
}

Standing result_from(const json& j, const ScenarioInfo& s) {
    Standing st;
    if (j.is_null()) return st;
    if (!j.is_object()) bad("result must be an object");
    st.at = str(j, "at");
    st.ending = str(j, "ending");
    st.ending_title = text_from(j.value("ending_title", json()), s.language);
    st.ending_text = text_from(j.value("ending_text", json()), s.language);
    st.outcome = str(j, "outcome", "unfinished");
    st.turns = int(integer(j, "turns", 0));
    if (auto it = j.find("competencies"); it != j.end() && it->is_object()) {
        // In the scenario's order, then any others.
        for (const auto& c : s.competencies)
            if (auto f = it->find(c.id); f != it->end() && f->is_object())
                st.scores.push_back({c.id, number(*f, "raw"), number(*f, "max"), number(*f, "percent")});
    }
    st.overall = number(j, "overall", 0);
    if (const std::string g = str(j, "grade"); !g.empty()) {
        st.grade = parse_grade(g);
        if (!st.grade) bad("grade must be \"onvoldoende\", \"voldoende\" or \"goed\"");
    }
    st.error = str(j, "error");
    st.meters = values_from(j.value("meters", json()), meter_ids(s));
    return st;
}

// [SECTION] attempt

ojson attempt(const AttemptRecord& r) {
    ojson j;
    j["uuid"] = r.uuid;
    if (r.store_id) j["store_id"] = r.store_id;
    j["student"] = {{"name", r.student}, {"email", or_null(r.email)}};
    j["scenario"] = scenario(r.scenario);
    j["seed"] = r.seed;
    j["mode"] = mode_name(r.mode);
    j["lang"] = r.lang;
    j["started"] = iso_utc(r.started_ms);
    j["ended"] = time_or_null(r.standing.ended_ms);
    j["status"] = status_name(r.standing.status);
    j["result"] = result(r.standing, r.scenario);
    ojson ev = ojson::array();
    for (const auto& e : r.events) ev.push_back(event(e, r.scenario));
    j["events"] = ev;
    j["reflection"] = reflection(r.reflection);
    return j;
}

AttemptRecord attempt_from(const json& j) {
    if (!j.is_object()) bad("an attempt must be an object");
    AttemptRecord r;
    r.uuid = str(j, "uuid");
    if (r.uuid.empty()) bad("uuid is missing");
    r.store_id = integer(j, "store_id", 0);
    if (auto it = j.find("student"); it != j.end()) {
        if (it->is_string()) r.student = it->get<std::string>();
        else if (it->is_object()) {
            r.student = str(*it, "name");
            r.email = str(*it, "email");
        }
    }
    r.scenario = scenario_from(field(j, "scenario", "attempt"));
    if (auto it = j.find("seed"); it != j.end() && it->is_number_unsigned()) r.seed = it->get<uint64_t>();
    const auto mode = parse_mode(str(j, "mode", mode_name(Mode::Practice)));
    if (!mode) bad("mode must be \"oefenen\" or \"toets\"");
    r.mode = *mode;
    r.lang = str(j, "lang", r.scenario.language);
    r.started_ms = time_from(j, "started");
    r.standing = result_from(j.value("result", json()), r.scenario);
    r.standing.ended_ms = time_from(j, "ended");
    auto status = parse_status(str(j, "status", r.standing.ended_ms ? "finished" : "unfinished"));
    if (!status) bad("status must be finished, unfinished or abandoned");
    r.standing.status = *status;
    if (auto it = j.find("events"); it != j.end()) {
        if (!it->is_array()) bad("events must be an array");
        for (const auto& e : *it) r.events.push_back(event_from(e, r.scenario));
    }
    r.reflection = reflection_from(j.value("reflection", json()));
    return r;
}

}  // namespace lab::record_json
