// Building the Scenario from the declared tables, and resolving the names
// they use once every declaration is in.
#include <lua5.4/lauxlib.h>
#include <lua5.4/lua.h>

#include <algorithm>
#include <filesystem>

#include "core/diagnostic_catalog.h"
#include "core/i18n.h"
#include "core/text.h"
#include "loader_impl.h"

namespace fs = std::filesystem;

namespace lab {

// [SECTION] building the scenario

void Loader::build_scenario(const Decl& d) {
    lua_State* L = m_host->L();
    lua_rawgeti(L, LUA_REGISTRYINDEX, d.ref);
    int t = lua_gettop(L);
    Scenario& sc = *m_sc;
    sc.place = {d.file, d.line};
    // The language first: plain texts are stored under it.
    if (get_string(d, t, "language", sc.language) && (sc.language.size() != 2))
        report(diag::kLanguageNotTwoLetters, d.file, locate_field(d.file, d.line, "language"));
    check_fields(d, t, {"id", "version", "title", "language", "tags", "level", "minutes", "summary", "briefing", "goals",
                        "vars", "start", "grading", "shuffle", "author"}, "scenario");
    if (get_string(d, t, "id", sc.id, true) && !valid_id(sc.id))
        report(diag::kBadId, d.file, locate_field(d.file, d.line, "id"), {q(sc.id)});
    get_int(d, t, "version", sc.version, 1, 1000000);
    if (!get_local(d, t, "title", sc.title)) sc.title = LocalText::plain(sc.language, sc.id);
    get_tags(d, t, sc.tags);
    get_int(d, t, "level", sc.level, 1, 3);
    get_int(d, t, "minutes", sc.minutes, 0, 600);
    get_local(d, t, "summary", sc.summary);
    get_local(d, t, "briefing", sc.briefing);
    if (raw_field(L, t, "goals") == LUA_TTABLE) {
        lua_Integer n = lua_Integer(lua_rawlen(L, -1));
        for (lua_Integer i = 1; i <= n && i <= 100; ++i) {
            lua_rawgeti(L, -1, i);
            LocalText g;
            if (read_local(d, -1, "goals", g)) sc.goals.push_back(g);
            lua_pop(L, 1);
        }
    } else if (!lua_isnil(L, -1)) {
        report(diag::kGoalsNotList, d.file, locate_field(d.file, d.line, "goals"));
    }
    lua_pop(L, 1);
    if (raw_field(L, t, "vars") == LUA_TTABLE) {
        lua_pushnil(L);
        while (lua_next(L, -2)) {
            if (lua_type(L, -2) != LUA_TSTRING) {
                report(diag::kVarsEntry, d.file, locate_field(d.file, d.line, "vars"));
            } else {
                std::string k = lua_tostring(L, -2);
                LocalText v;
                if (lua_type(L, -1) == LUA_TNUMBER) v = LocalText::plain(sc.language, format_number(lua_tonumber(L, -1)));
                else if (!read_local(d, -1, k, v)) v = {};
                if (!v.empty()) sc.vars.emplace_back(k, v);
            }
            lua_pop(L, 1);
        }
        std::sort(sc.vars.begin(), sc.vars.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    } else if (!lua_isnil(L, -1)) {
        report(diag::kVarsNotTable, d.file, locate_field(d.file, d.line, "vars"));
    }
    lua_pop(L, 1);
    get_string(d, t, "start", sc.start_id, true);
    if (raw_field(L, t, "grading") == LUA_TTABLE) {
        int g = lua_gettop(L);
        Decl gd = d;
        check_fields(gd, g, {"pass", "good"}, "grading");
        get_number(d, g, "pass", sc.grading.pass);
        get_number(d, g, "good", sc.grading.good);
        if (sc.grading.pass < 0 || sc.grading.good > 1 || sc.grading.pass > sc.grading.good)
            report(diag::kGradingRange, d.file, locate_field(d.file, d.line, "grading"));
    } else if (!lua_isnil(L, -1)) {
        report(diag::kGradingNotTable, d.file, locate_field(d.file, d.line, "grading"));
    }
    lua_pop(L, 1);
    get_bool(d, t, "shuffle", sc.shuffle);
    lua_settop(L, t - 1);
}

void Loader::build_character(const Decl& d) {
    lua_State* L = m_host->L();
    lua_rawgeti(L, LUA_REGISTRYINDEX, d.ref);
    int t = lua_gettop(L);
    Character c;
    c.id = d.id;
    c.place = {d.file, d.line};
    check_fields(d, t, {"name", "role", "portrait"}, what(d));
    if (!get_local(d, t, "name", c.name)) c.name = LocalText::plain(m_sc->language, d.id);
    get_local(d, t, "role", c.role);
    int ty = raw_field(L, t, "portrait");
    if (ty == LUA_TSTRING) {
        c.portrait.image = lua_tostring(L, -1);
        fs::path img = fs::path(m_root) / c.portrait.image;
        std::error_code ec;
        if (!fs::is_regular_file(img, ec) && !m_opt.assets_dir.empty()) img = fs::path(m_opt.assets_dir) / c.portrait.image;
        if (c.portrait.image.find("..") != std::string::npos || fs::path(c.portrait.image).is_absolute()) img = fs::path();
        if (img.empty() || !fs::is_regular_file(img, ec))
            report(diag::kPortraitMissing, d.file, locate_field(d.file, d.line, "portrait"), {q(c.portrait.image)});
        else c.portrait.image = img.string();
    } else if (ty == LUA_TTABLE) {
        int p = lua_gettop(L);
        check_fields(d, p, {"skin", "hair", "hair_color", "glasses", "beard", "age", "shirt"}, what(d) + " portrait");
        get_int(d, p, "skin", c.portrait.skin, 1, 6);
        auto one_of = [&](const char* field, std::string& out, const std::vector<std::string>& allowed) {
            std::string v;
            if (!get_string(d, p, field, v)) return;
            if (std::find(allowed.begin(), allowed.end(), v) == allowed.end()) {
                std::string all;
                for (const auto& a : allowed) all += (all.empty() ? "" : ", ") + a;
                report(diag::kPortraitValue, d.file, locate_field(d.file, d.line, field), {what(d), field, q(v), all, did_you_mean(v, allowed)});
                return;
            }
            out = v;
        };
        one_of("hair", c.portrait.hair, {"kort", "lang", "krullen", "kaal", "staart", "knot", "hoofddoek"});
        one_of("age", c.portrait.age, {"jong", "middel", "oud"});
        auto colour = [&](const char* field, std::string& out) {
            std::string v;
            if (!get_string(d, p, field, v)) return;
            bool ok = v.size() == 7 && v[0] == '#' && std::all_of(v.begin() + 1, v.end(), [](char ch) { return isxdigit(static_cast<unsigned char>(ch)); });
            if (!ok) report(diag::kPortraitColour, d.file, locate_field(d.file, d.line, field), {what(d), field});
            else out = v;
        };
        colour("hair_color", c.portrait.hair_color);
        colour("shirt", c.portrait.shirt);
        get_bool(d, p, "glasses", c.portrait.glasses);
        get_bool(d, p, "beard", c.portrait.beard);
    } else if (ty != LUA_TNIL) {
        report(diag::kPortraitType, d.file, locate_field(d.file, d.line, "portrait"), {what(d)});
    }
    lua_settop(L, t - 1);
    m_sc->characters.push_back(std::move(c));
}

void Loader::build_meter(const Decl& d) {
    lua_State* L = m_host->L();
    lua_rawgeti(L, LUA_REGISTRYINDEX, d.ref);
    int t = lua_gettop(L);
    Meter m;
    m.id = d.id;
    m.place = {d.file, d.line};
    check_fields(d, t, {"label", "min", "max", "start", "visible"}, what(d));
    if (!get_local(d, t, "label", m.label)) m.label = LocalText::plain(m_sc->language, d.id);
    get_number(d, t, "min", m.min);
    get_number(d, t, "max", m.max);
    m.start = m.min;
    get_number(d, t, "start", m.start);
    get_bool(d, t, "visible", m.visible);
    if (m.min >= m.max)
        report(diag::kMinNotBelowMax, d.file, d.line, {what(d)});
    else if (m.start < m.min || m.start > m.max)
        report(diag::kStartOutside, d.file, locate_field(d.file, d.line, "start"),
               {what(d), format_number(m.start), format_number(m.min), format_number(m.max)});
    static const std::vector<std::string> reserved = {"flags", "visits", "score", "turn", "tagged", "random", "vars"};
    if (std::find(reserved.begin(), reserved.end(), d.id) != reserved.end())
        report(diag::kReservedName, d.file, d.line, {what(d), d.id});
    lua_settop(L, t - 1);
    m_sc->meters.push_back(std::move(m));
}

void Loader::build_competency(const Decl& d) {
    lua_State* L = m_host->L();
    lua_rawgeti(L, LUA_REGISTRYINDEX, d.ref);
    int t = lua_gettop(L);
    Competency c;
    c.id = d.id;
    c.place = {d.file, d.line};
    check_fields(d, t, {"label", "weight", "max"}, what(d));
    if (!get_local(d, t, "label", c.label)) c.label = LocalText::plain(m_sc->language, d.id);
    get_number(d, t, "weight", c.weight);
    if (c.weight <= 0)
        report(diag::kWeightNotPositive, d.file, locate_field(d.file, d.line, "weight"), {what(d)});
    double mx;
    if (get_number(d, t, "max", mx)) {
        if (mx <= 0) report(diag::kMaxNotPositive, d.file, locate_field(d.file, d.line, "max"), {what(d)});
        else c.max = mx;
    }
    lua_settop(L, t - 1);
    m_sc->competencies.push_back(std::move(c));
}

void Loader::build_choice(const Decl& d, Node& n, int k) {
    lua_State* L = m_host->L();
    int t = lua_gettop(L);
    std::string ctx = fmt("keuze {0} van knoop {1}", "choice {0} of node {1}", {std::to_string(k + 1), q(d.id)});
    Choice c;
    c.place = {d.file, d.line};
    check_fields(d, t, {"id", "text", "tags", "effects", "effect", "set", "score", "feedback", "when", "next"}, ctx);
    if (get_string(d, t, "id", c.id)) {
        if (!valid_id(c.id))
            report(diag::kBadChoiceId, d.file, locate_field(d.file, d.line, "id"), {ctx, q(c.id)});
        for (const auto& other : n.choices)
            if (other.id == c.id)
                report(diag::kDuplicateChoiceId, d.file, locate(d.file, d.line, "\"" + c.id + "\""), {ctx, q(c.id)});
    }
    if (!get_text(d, t, "text", c.text))
        report(diag::kChoiceWithoutText, d.file, d.line, {ctx});
    get_tags(d, t, c.tags);
    get_effects(d, t, c.effects, ctx);
    std::vector<std::pair<std::string, double>> meters, score;
    get_deltas(d, t, "effects", meters);
    get_deltas(d, t, "score", score);
    const int node_index = int(m_sc->nodes.size()) - 1;  // `n` is already in place
    m_delta_jobs.push_back({meters, &d, true, node_index, MoveKind::Choice, k});
    m_delta_jobs.push_back({score, &d, false, node_index, MoveKind::Choice, k});
    get_text(d, t, "feedback", c.feedback);
    get_callable(d, t, "when", c.when);
    get_target(d, t, "next", c.next, ctx);
    n.choices.push_back(std::move(c));
    m_target_jobs.push_back({&d, node_index, MoveKind::Choice, k});
}

void Loader::build_node(const Decl& d) {
    lua_State* L = m_host->L();
    lua_rawgeti(L, LUA_REGISTRYINDEX, d.ref);
    int t = lua_gettop(L);
    Node n;
    n.id = d.id;
    n.place = {d.file, d.line};
    const int index = int(m_sc->nodes.size());
    check_fields(d, t, {"speaker", "mood", "text", "effects", "effect", "set", "choices", "next", "timeout"}, what(d));
    std::string speaker;
    if (get_string(d, t, "speaker", speaker)) m_speakers.push_back({&d, speaker});
    else m_speakers.push_back({&d, ""});
    int ty = raw_field(L, t, "mood");
    if (ty == LUA_TSTRING) {
        std::string m = lua_tostring(L, -1);
        n.mood = parse_mood(m);
        if (!n.mood) {
            report(diag::kUnknownMood, d.file, locate(d.file, d.line, "\"" + m + "\""), {what(d), q(m), did_you_mean(m, mood_names())});
        }
    } else if (ty == LUA_TFUNCTION) {
        n.mood_fn = make_callable(-1);
    } else if (ty != LUA_TNIL) {
        report(diag::kMoodType, d.file, locate_field(d.file, d.line, "mood"), {what(d)});
    }
    lua_pop(L, 1);
    if (!get_text(d, t, "text", n.text))
        report(diag::kNodeWithoutText, d.file, d.line, {what(d)});
    get_effects(d, t, n.effects, what(d));
    std::vector<std::pair<std::string, double>> meters;
    get_deltas(d, t, "effects", meters);
    m_delta_jobs.push_back({meters, &d, true, index, MoveKind::Advance, -1});
    get_target(d, t, "next", n.next, what(d));
    m_target_jobs.push_back({&d, index, MoveKind::Advance, -1});
    m_sc->nodes.push_back(std::move(n));
    Node& node = m_sc->nodes.back();
    ty = raw_field(L, t, "choices");
    bool has_choices = false;
    if (ty == LUA_TTABLE) {
        lua_Integer len = lua_Integer(lua_rawlen(L, -1));
        for (lua_Integer i = 1; i <= len && i <= 99; ++i) {
            if (lua_rawgeti(L, -1, i) == LUA_TTABLE) {
                build_choice(d, node, int(node.choices.size()));
                has_choices = true;
            } else {
                report(diag::kChoiceNotTable, d.file, d.line, {what(d), std::to_string(i)});
            }
            lua_pop(L, 1);
        }
        if (len > 99) report(diag::kTooManyChoices, d.file, d.line, {what(d)});
    } else if (ty != LUA_TNIL) {
        report(diag::kChoicesNotList, d.file, locate_field(d.file, d.line, "choices"), {what(d)});
    }
    lua_pop(L, 1);
    if (!has_choices && node.next.id.empty() && !node.next.fn)
        report(diag::kNoWayOn, d.file, d.line, {what(d)});
    ty = raw_field(L, t, "timeout");
    if (ty == LUA_TTABLE) {
        int to = lua_gettop(L);
        Timeout tm;
        check_fields(d, to, {"seconds", "next", "score", "effects", "effect", "set", "feedback", "tags"}, what(d) + " timeout");
        get_effects(d, to, tm.effects, what(d) + " timeout");
        get_text(d, to, "feedback", tm.feedback);
        get_tags(d, to, tm.tags);
        std::vector<std::pair<std::string, double>> tmeters, tscore;
        get_deltas(d, to, "effects", tmeters);
        get_deltas(d, to, "score", tscore);
        m_delta_jobs.push_back({tmeters, &d, true, index, MoveKind::Timeout, -1});
        m_delta_jobs.push_back({tscore, &d, false, index, MoveKind::Timeout, -1});
        if (!get_number(d, to, "seconds", tm.seconds) || tm.seconds <= 0)
            report(diag::kTimeoutSeconds, d.file, locate_field(d.file, d.line, "timeout"), {what(d)});
        get_target(d, to, "next", tm.next, what(d) + " timeout");
        if (!tm.next.fn && tm.next.id.empty())
            report(diag::kTimeoutWithoutNext, d.file, locate_field(d.file, d.line, "timeout"), {what(d)});
        if (!has_choices)
            report(diag::kTimeoutUnused, d.file, locate_field(d.file, d.line, "timeout"), {what(d)});
        node.timeout = tm;
        m_target_jobs.push_back({&d, index, MoveKind::Timeout, -1});
    } else if (ty != LUA_TNIL) {
        report(diag::kTimeoutNotTable, d.file, locate_field(d.file, d.line, "timeout"), {what(d)});
    }
    lua_settop(L, t - 1);
}

void Loader::build_ending(const Decl& d) {
    lua_State* L = m_host->L();
    lua_rawgeti(L, LUA_REGISTRYINDEX, d.ref);
    int t = lua_gettop(L);
    Ending e;
    e.id = d.id;
    e.place = {d.file, d.line};
    check_fields(d, t, {"title", "outcome", "text", "grade_cap"}, what(d));
    std::string cap;
    if (get_string(d, t, "grade_cap", cap)) {
        e.grade_cap = parse_grade(cap);
        if (!e.grade_cap || *e.grade_cap == Grade::Good)
            report(diag::kGradeCap, d.file, locate_field(d.file, d.line, "grade_cap"), {what(d)});
    }
    if (!get_text(d, t, "title", e.title)) e.title.fixed = LocalText::plain(m_sc->language, d.id);
    std::string o;
    if (get_string(d, t, "outcome", o, true)) {
        auto oc = parse_outcome(o);
        if (!oc) {
            report(diag::kBadOutcome, d.file, locate_field(d.file, d.line, "outcome"), {what(d), q(o), did_you_mean(o, {"good", "mixed", "bad"})});
        } else {
            e.outcome = *oc;
        }
    }
    get_text(d, t, "text", e.text);
    lua_settop(L, t - 1);
    m_sc->endings.push_back(std::move(e));
}

void Loader::build_plan(const Decl& d) {
    lua_State* L = m_host->L();
    lua_rawgeti(L, LUA_REGISTRYINDEX, d.ref);
    int t = lua_gettop(L);
    Plan p;
    p.id = d.id;
    p.place = {d.file, d.line};
    check_fields(d, t, {"choices", "seed", "ending", "outcome", "grade", "overall", "scores"}, what(d));
    int ty = raw_field(L, t, "choices");
    if (ty == LUA_TSTRING) {
        p.choices = lua_tostring(L, -1);
    } else if (ty == LUA_TTABLE) {
        lua_Integer n = lua_Integer(lua_rawlen(L, -1));
        for (lua_Integer i = 1; i <= n && i <= 10000; ++i) {
            lua_rawgeti(L, -1, i);
            if (!p.choices.empty()) p.choices += ",";
            if (lua_isinteger(L, -1)) p.choices += std::to_string(lua_tointeger(L, -1));
            else if (lua_type(L, -1) == LUA_TSTRING) p.choices += lua_tostring(L, -1);
            lua_pop(L, 1);
        }
    } else if (ty != LUA_TNIL) {
        report(diag::kPlanChoices, d.file, locate_field(d.file, d.line, "choices"), {what(d)});
    }
    lua_pop(L, 1);
    double seed = 1;
    if (get_number(d, t, "seed", seed)) p.seed = uint64_t(seed);
    std::string s;
    if (get_string(d, t, "ending", s)) p.ending = s;
    if (get_string(d, t, "outcome", s)) p.outcome = s;
    if (get_string(d, t, "grade", s)) {
        p.grade = parse_grade(s);
        if (!p.grade)
            report(diag::kPlanGrade, d.file, locate_field(d.file, d.line, "grade"), {what(d)});
    }
    double overall;
    if (get_number(d, t, "overall", overall)) p.overall = overall;
    get_deltas(d, t, "scores", p.scores);
    lua_settop(L, t - 1);
    m_sc->plans.push_back(std::move(p));
}

// Resolves names now that every declaration is in.
void Loader::resolve() {
    Scenario& sc = *m_sc;
    sc.build_index();
    std::vector<std::string> meter_ids, comp_ids, char_ids, target_ids;
    for (const auto& m : sc.meters) meter_ids.push_back(m.id);
    for (const auto& c : sc.competencies) comp_ids.push_back(c.id);
    for (const auto& c : sc.characters) char_ids.push_back(c.id);
    for (const auto& n : sc.nodes) target_ids.push_back(n.id);
    for (const auto& e : sc.endings) target_ids.push_back(e.id);
    for (const auto& job : m_delta_jobs) {
        Node& n = sc.nodes[size_t(job.node)];
        auto& out = job.kind == MoveKind::Advance   ? n.effects.meters
                    : job.kind == MoveKind::Timeout ? (job.meters ? n.timeout->effects.meters : n.timeout->score)
                    : (job.meters ? n.choices[size_t(job.choice)].effects.meters : n.choices[size_t(job.choice)].score);
        for (const auto& [name, v] : job.names) {
            int i = job.meters ? sc.meter_index(name) : sc.competency_index(name);
            if (i < 0) {
                report(job.meters ? diag::kUnknownMeter : diag::kUnknownCompetency, job.decl->file,
                       locate_field(job.decl->file, job.decl->line, name),
                       {job_context(*job.decl, job.kind, job.choice), q(name), did_you_mean(name, job.meters ? meter_ids : comp_ids)});
                continue;
            }
            out.emplace_back(i, v);
        }
    }
    for (const auto& job : m_target_jobs) {
        Node& n = sc.nodes[size_t(job.node)];
        Target& t = job.kind == MoveKind::Choice ? n.choices[size_t(job.choice)].next : job.kind == MoveKind::Advance ? n.next : n.timeout->next;
        if (t.fn || t.id.empty()) continue;
        t.fixed = sc.find_target(t.id);
        if (!t.fixed)
            report(diag::kUnknownTarget, job.decl->file, locate(job.decl->file, job.decl->line, "\"" + t.id + "\""),
                   {job_context(*job.decl, job.kind, job.choice), q(t.id), did_you_mean(t.id, target_ids)});
    }
    for (size_t i = 0; i < sc.nodes.size() && i < m_speakers.size(); ++i) {
        const auto& [decl, id] = m_speakers[i];
        if (id.empty()) continue;
        sc.nodes[i].speaker = sc.character_index(id);
        if (sc.nodes[i].speaker < 0)
            report(diag::kUnknownSpeaker, decl->file, locate_field(decl->file, decl->line, "speaker"), {what(*decl), q(id), did_you_mean(id, char_ids)});
    }
    // Choices without next use the node's next.
    for (size_t i = 0; i < sc.nodes.size(); ++i) {
        Node& n = sc.nodes[i];
        for (size_t k = 0; k < n.choices.size(); ++k)
            if (!n.choices[k].next && n.choices[k].next.id.empty() && n.next.id.empty() && !n.next.fn)
                report(diag::kMissingNext, n.place.file, n.place.line, {std::to_string(k + 1), q(n.id)});
    }
    // Tags by index.
    auto index_tags = [&](const std::vector<std::string>& tags, std::vector<int>& ids) {
        for (const auto& tag : tags) {
            auto it = std::find(sc.choice_tags.begin(), sc.choice_tags.end(), tag);
            if (it == sc.choice_tags.end()) { sc.choice_tags.push_back(tag); ids.push_back(int(sc.choice_tags.size() - 1)); }
            else ids.push_back(int(it - sc.choice_tags.begin()));
        }
    };
    for (auto& n : sc.nodes) {
        for (auto& c : n.choices) index_tags(c.tags, c.tag_ids);
        if (n.timeout) index_tags(n.timeout->tags, n.timeout->tag_ids);
    }
    // Start.
    if (!sc.start_id.empty()) {
        sc.start = sc.find_target(sc.start_id);
        const Decl* d = nullptr;
        for (const auto& dd : m_decls) if (dd.kind == Kind::Scenario) d = &dd;
        if (!sc.start && d)
            report(diag::kUnknownStart, d->file, locate_field(d->file, d->line, "start"), {q(sc.start_id), did_you_mean(sc.start_id, target_ids)});
    }
    // Possible dead ends: every choice conditional and no next.
    for (const auto& n : sc.nodes) {
        if (n.choices.empty() || n.next) continue;
        bool all_conditional = std::all_of(n.choices.begin(), n.choices.end(), [](const Choice& c) { return bool(c.when); });
        if (all_conditional)
            report(diag::kPossibleDeadEnd, n.place.file, n.place.line, {q(n.id)});
    }
}

void Loader::check_text(const LocalText& t, const std::string* file, int line, const std::string& context) {
    for (const auto& [lang, s] : t.by_lang) {
        if (s.find('{') == std::string::npos) continue;
        for (const auto& name : placeholders(s)) {
            if (m_sc->lookup_name(name, lang)) continue;
            std::vector<std::string> names;
            for (const auto& v : m_sc->vars) names.push_back(v.first);
            for (const auto& c : m_sc->characters) names.push_back(c.id);
            std::string sg = suggest(name, names);
            report(diag::kUnknownName, file, locate(file, line, "{" + name + "}"),
                   {context, "{" + name + "}", sg.empty() ? std::string() : did_you_mean("{" + sg + "}")});
        }
    }
}

void Loader::check_texts() {
    Scenario& sc = *m_sc;
    const std::string* entry = sc.files.empty() ? nullptr : sc.files.front().get();
    int sline = 1;
    for (const auto& d : m_decls) if (d.kind == Kind::Scenario) { entry = d.file; sline = d.line; }
    check_text(sc.title, entry, sline, "scenario");
    check_text(sc.summary, entry, sline, "scenario");
    check_text(sc.briefing, entry, sline, "scenario");
    for (const auto& g : sc.goals) check_text(g, entry, sline, "scenario");
    for (const auto& n : sc.nodes) {
        std::string ctx = fmt("knoop {0}", "node {0}", {q(n.id)});
        check_text(n.text.fixed, n.place.file, n.place.line, ctx);
        for (size_t k = 0; k < n.choices.size(); ++k) {
            std::string cctx = fmt("keuze {0} van knoop {1}", "choice {0} of node {1}", {std::to_string(k + 1), q(n.id)});
            check_text(n.choices[k].text.fixed, n.place.file, n.place.line, cctx);
            check_text(n.choices[k].feedback.fixed, n.place.file, n.place.line, cctx);
        }
        if (n.timeout) check_text(n.timeout->feedback.fixed, n.place.file, n.place.line, ctx + " timeout");
    }
    for (const auto& e : sc.endings) {
        std::string ctx = fmt("einde {0}", "ending {0}", {q(e.id)});
        check_text(e.title.fixed, e.place.file, e.place.line, ctx);
        check_text(e.text.fixed, e.place.file, e.place.line, ctx);
    }
}

}  // namespace lab
