#include "xapi.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "record_json.h"

namespace lab {

namespace {

using record_json::ojson;
using record_json::num;

const char* kVerbs = "http://adlnet.gov/expapi/verbs/";

ojson verb(const char* id, const char* en, const char* nl) {
    return {{"id", std::string(kVerbs) + id}, {"display", {{"en-US", en}, {"nl-NL", nl}}}};
}

// A language map; languages that are not valid tags are left out.
ojson lang_map(const LocalText& t, size_t max_len = 0) {
    ojson o = ojson::object();
    for (const auto& [lang, s] : t.by_lang) {
        if (lang.empty() || s.empty()) continue;
        std::string v = s;
        if (max_len && v.size() > max_len) {
            size_t cut = max_len;
            while (cut > 0 && (static_cast<unsigned char>(v[cut]) & 0xC0) == 0x80) --cut;  // whole UTF-8 characters
            v = v.substr(0, cut) + "\xE2\x80\xA6";
        }
        o[lang] = v;
    }
    return o;
}

struct Builder {
    const AttemptRecord& a;
    const XapiOptions& opt;

    std::string ext(const char* name) const { return opt.base + "/ext/" + name; }
    std::string scenario_iri() const { return opt.base + "/scenario/" + a.scenario.id; }

    ojson actor() const {
        ojson j{{"objectType", "Agent"}};
        const std::string name = a.student.empty() ? "anonymous" : a.student;
        j["name"] = name;
        if (!a.email.empty()) j["mbox"] = "mailto:" + a.email;
        else j["account"] = {{"homePage", opt.home_page}, {"name", name}};
        return j;
    }

    ojson scenario_activity() const {
        ojson def{{"type", "http://adlnet.gov/expapi/activities/simulation"}};
        ojson name = lang_map(a.scenario.title);
        if (!name.empty()) def["name"] = name;
        ojson desc = lang_map(a.scenario.summary);
        if (!desc.empty()) def["description"] = desc;
        return {{"objectType", "Activity"}, {"id", scenario_iri()}, {"definition", def}};
    }

    ojson context() const {
        ojson c;
        c["registration"] = a.uuid;
        c["platform"] = "Gesprekslab";
        if (!a.lang.empty()) c["language"] = a.lang;
        c["extensions"] = {{ext("mode"), mode_name(a.mode)},
                           {ext("seed"), std::to_string(a.seed)},
                           {ext("scenario-version"), a.scenario.version},
                           {ext("content-hash"), a.scenario.content_hash}};
        return c;
    }

    ojson statement(const std::string& key, ojson verb_json, ojson object, int64_t time_ms) const {
        ojson s;
        s["id"] = uuid_from(a.uuid + "/" + key);
        s["actor"] = actor();
        s["verb"] = std::move(verb_json);
        s["object"] = std::move(object);
        s["timestamp"] = iso_utc(time_ms);
        return s;
    }

    ojson competencies() const {
        ojson c = ojson::object();
        for (const auto& x : a.standing.scores)
            c[x.id] = {{"raw", num(x.raw)}, {"max", num(x.max)}, {"percent", num(std::round(x.percent * 1000) / 1000)}};
        return c;
    }

    ojson final_result(bool passed) const {
        const double scaled = std::clamp(a.standing.overall, 0.0, 1.0);
        ojson r;
        r["score"] = {{"scaled", num(std::round(scaled * 1000) / 1000)},
                      {"raw", num(std::round(scaled * 1000) / 10)},
                      {"min", 0},
                      {"max", 100}};
        r["success"] = passed;
        r["completion"] = true;
        r["duration"] = iso_duration(a.duration_ms());
        ojson e;
        e[ext("competencies")] = competencies();
        e[ext("outcome")] = a.standing.outcome;
        e[ext("grade")] = a.standing.grade ? grade_name(*a.standing.grade) : "";
        if (!a.standing.ending.empty()) e[ext("ending")] = a.standing.ending;
        r["extensions"] = e;
        return r;
    }
};

}  // namespace

std::string iso_duration(int64_t ms) {
    if (ms < 0) ms = 0;
    const int64_t cs = (ms + 5) / 10;  // centiseconds
    const int64_t h = cs / 360000, m = (cs / 6000) % 60, s = (cs / 100) % 60, frac = cs % 100;
    std::string out = "PT";
    if (h) out += std::to_string(h) + "H";
    if (m) out += std::to_string(m) + "M";
    if (s || frac || (!h && !m)) {
        out += std::to_string(s);
        if (frac) {
            char buf[8];
            std::snprintf(buf, sizeof buf, ".%02d", int(frac));
            std::string f = buf;
            while (f.back() == '0') f.pop_back();
            out += f;
        }
        out += "S";
    }
    return out;
}

std::vector<std::string> xapi_statements(const AttemptRecord& a, const XapiOptions& opt) {
    Builder b{a, opt};
    std::vector<std::string> out;
    auto add = [&](ojson s, ojson ctx) {
        s["context"] = std::move(ctx);
        out.push_back(s.dump(-1, ' ', false, ojson::error_handler_t::replace));
    };
    const ojson scenario = b.scenario_activity();
    add(b.statement("launched", verb("launched", "launched", "startte"), scenario, a.started_ms), b.context());

    const auto line = a.line();
    const auto comps = record_json::competency_ids(a.scenario);
    const auto meters = record_json::meter_ids(a.scenario);
    for (const Event& e : a.events) {
        if (!e.is_decision()) continue;
        ojson def{{"type", "http://adlnet.gov/expapi/activities/cmi.interaction"}, {"interactionType", "choice"}};
        ojson name = lang_map(e.text, 140);
        if (!name.empty()) def["name"] = name;
        ojson object{{"objectType", "Activity"}, {"id", b.scenario_iri() + "/node/" + e.node}, {"definition", def}};
        ojson result;
        if (e.kind == EventKind::Choice) result["response"] = e.choice_id.empty() ? std::to_string(e.choice + 1) : e.choice_id;
        else result["response"] = "";
        ojson ext;
        ext[b.ext("competency-delta")] = record_json::values(e.score_delta, comps);
        if (!e.meters_after.empty()) ext[b.ext("meters")] = record_json::values(e.meters_after, meters);
        ext[b.ext("turn")] = e.turn + 1;
        if (e.kind == EventKind::Timeout) ext[b.ext("timeout")] = true;
        ojson choice_text = lang_map(e.choice_text);
        if (!choice_text.empty()) ext[b.ext("choice-text")] = choice_text;
        bool kept = false;
        for (const Event* l : line) kept |= l == &e;
        ext[b.ext("on-final-path")] = kept;
        result["extensions"] = ext;
        ojson s = b.statement("event/" + std::to_string(e.seq), verb("answered", "answered", "beantwoordde"), object, e.time_ms);
        s["result"] = result;
        ojson ctx = b.context();
        ctx["contextActivities"] = {{"parent", ojson::array({{{"objectType", "Activity"}, {"id", b.scenario_iri()}}})}};
        add(s, ctx);
    }

    if (a.standing.status == AttemptStatus::Finished) {
        const bool passed = a.standing.grade && *a.standing.grade >= Grade::Sufficient;
        const int64_t end = a.standing.ended_ms ? a.standing.ended_ms : a.started_ms;
        ojson done = b.statement("completed", verb("completed", "completed", "voltooide"), scenario, end);
        done["result"] = b.final_result(passed);
        add(done, b.context());
        ojson verdict = passed ? b.statement("passed", verb("passed", "passed", "slaagde voor"), scenario, end)
                               : b.statement("failed", verb("failed", "failed", "zakte voor"), scenario, end);
        verdict["result"] = b.final_result(passed);
        add(verdict, b.context());
    }
    return out;
}

std::string xapi_jsonl(const std::vector<AttemptRecord>& attempts, const XapiOptions& opt) {
    std::string out;
    for (const auto& a : attempts)
        for (const auto& s : xapi_statements(a, opt)) out += s + "\n";
    return out;
}

}  // namespace lab
