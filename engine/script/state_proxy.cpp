// The state proxy `s` that the author's functions receive: meters, flags,
// visits, scores, vars, turn, tagged() and random(), with reads recorded
// for the analysis and writes only where the format allows them.
#include <lua5.4/lauxlib.h>
#include <lua5.4/lua.h>

#include <cmath>
#include <cstdlib>

#include "core/diagnostic.h"
#include "core/i18n.h"
#include "core/text.h"
#include "sandbox.h"

namespace lab {

namespace {

// Proxy codes: kind * 65536 + index.
enum ProxyKind { PMeter = 1, PFlags, PVisits, PScore, PVars, PTurn, PTagged, PRandom };

// s[key] [-0, +1, e]
int s_index(lua_State* L) {
    LuaHost* h = host_of(L);
    State* st = h->current();
    const Scenario* sc = h->scenario();
    if (!st || !sc) error_here(L, tr("de toestand is hier niet beschikbaar", "the state is not available here"));
    lua_pushvalue(L, 2);
    lua_rawget(L, lua_upvalueindex(1));  // names table
    if (!lua_isinteger(L, -1)) {
        const char* k = lua_tostring(L, 2);
        std::string name = k ? k : "?";
        std::vector<std::string> cands;
        for (const auto& m : sc->meters) cands.push_back(m.id);
        for (const char* f : {"flags", "visits", "score", "turn", "tagged", "random", "vars"}) cands.push_back(f);
        error_here(L, fmt("s.{0} bestaat niet: geen meter en geen onderdeel van s{1}",
                          "s.{0} does not exist: not a meter nor part of s{1}", {name, did_you_mean(name, cands)}));
    }
    lua_Integer code = lua_tointeger(L, -1);
    lua_pop(L, 1);
    int kind = int(code >> 16), index = int(code & 0xFFFF);
    switch (kind) {
        case PMeter:
            h->mark_meter(index);
            push_number(L, st->meters[size_t(index)]);
            return 1;
        case PTurn:
            h->mark(ReadTurn);
            lua_pushinteger(L, st->turn);
            return 1;
        default:  // a sub-proxy or function kept as upvalue 2..
            lua_pushvalue(L, lua_upvalueindex(kind == PFlags ? 2 : kind == PVisits ? 3 : kind == PScore ? 4 : kind == PVars ? 5 : kind == PTagged ? 6 : 7));
            return 1;
    }
}

// s[key] = value [-0, +0, e]
int s_newindex(lua_State* L) {
    LuaHost* h = host_of(L);
    State* st = h->current();
    const Scenario* sc = h->scenario();
    const char* k = lua_tostring(L, 2);
    std::string name = k ? k : "?";
    if (!st || !sc) error_here(L, tr("de toestand is hier niet beschikbaar", "the state is not available here"));
    int m = sc->meter_index(name);
    if (m < 0) {
        std::vector<std::string> cands;
        for (const auto& mm : sc->meters) cands.push_back(mm.id);
        error_here(L, fmt("s.{0} kan niet worden gewijzigd: alleen meters kunnen dat{1}",
                          "s.{0} cannot be changed: only meters can{1}", {name, did_you_mean(name, cands)}));
    }
    if (!h->writable())
        error_here(L, fmt("meter {0} kan alleen in effect = function(s) worden gewijzigd",
                          "meter {0} can only be changed inside effect = function(s)", {q(name)}));
    if (!lua_isnumber(L, 3))
        error_here(L, fmt("meter {0} moet een getal krijgen, geen {1}", "meter {0} needs a number, not {1}",
                          {q(name), luaL_typename(L, 3)}));
    const double v = lua_tonumber(L, 3);
    if (std::isnan(v))
        error_here(L, fmt("meter {0} krijgt NaN (geen getal, zoals 0/0 geeft); reken na wat hier wordt toegekend",
                          "meter {0} gets NaN (not a number, as 0/0 gives); check what is assigned here", {q(name)}));
    if (std::isinf(v))
        error_here(L, fmt("meter {0} krijgt een oneindig getal (zoals 1/0 geeft); reken na wat hier wordt toegekend",
                          "meter {0} gets an infinite number (as 1/0 gives); check what is assigned here", {q(name)}));
    st->set_meter(*sc, m, v);
    return 0;
}

// s.flags[key] [-0, +1, e]
int flags_index(lua_State* L) {
    LuaHost* h = host_of(L);
    const char* k = lua_tostring(L, 2);
    if (!k || !h->current()) { lua_pushnil(L); return 1; }
    h->mark_flag(k);
    auto it = h->current()->flags.find(k);
    if (it == h->current()->flags.end()) { lua_pushnil(L); return 1; }
    if (auto b = std::get_if<bool>(&it->second)) lua_pushboolean(L, *b);
    else if (auto d = std::get_if<double>(&it->second)) push_number(L, *d);
    else lua_pushstring(L, std::get<std::string>(it->second).c_str());
    return 1;
}

// s.flags[key] = value [-0, +0, e]
int flags_newindex(lua_State* L) {
    LuaHost* h = host_of(L);
    const char* k = lua_tostring(L, 2);
    if (!k) error_here(L, tr("een vlag heeft een naam nodig", "a flag needs a name"));
    if (!h->writable())
        error_here(L, fmt("vlag {0} kan alleen in effect = function(s) worden gezet",
                          "flag {0} can only be set inside effect = function(s)", {q(k)}));
    auto& flags = h->current()->flags;
    switch (lua_type(L, 3)) {
        case LUA_TNIL: flags.erase(k); break;
        case LUA_TBOOLEAN: flags[k] = bool(lua_toboolean(L, 3)); break;
        case LUA_TNUMBER:
            if (!std::isfinite(lua_tonumber(L, 3)))
                error_here(L, fmt("vlag {0} krijgt NaN of een oneindig getal (zoals 0/0 of 1/0 geeft)",
                                  "flag {0} gets NaN or an infinite number (as 0/0 or 1/0 gives)", {q(k)}));
            flags[k] = double(lua_tonumber(L, 3));
            break;
        case LUA_TSTRING: flags[k] = std::string(lua_tostring(L, 3)); break;
        default:
            error_here(L, fmt("vlag {0} kan alleen waar/onwaar, een getal of tekst zijn, geen {1}",
                              "flag {0} can only be true/false, a number or text, not {1}", {q(k), luaL_typename(L, 3)}));
    }
    return 0;
}

// s.visits[id] [-0, +1, e]
int visits_index(lua_State* L) {
    LuaHost* h = host_of(L);
    const Scenario* sc = h->scenario();
    const char* k = lua_tostring(L, 2);
    std::string name = k ? k : "?";
    TargetRef t = sc->find_target(name);
    if (!t) {
        std::vector<std::string> cands;
        for (const auto& n : sc->nodes) cands.push_back(n.id);
        for (const auto& e : sc->endings) cands.push_back(e.id);
        error_here(L, fmt("s.visits.{0}: er is geen knoop {1}{2}", "s.visits.{0}: there is no node {1}{2}",
                          {name, q(name), did_you_mean(name, cands)}));
    }
    const int key = t.kind == TargetRef::Kind::Node ? t.index : int(sc->nodes.size()) + t.index;
    h->mark_visit(key);
    lua_pushinteger(L, h->current()->visit_count(key));
    return 1;
}

// s.score[id] [-0, +1, e]
int score_index(lua_State* L) {
    LuaHost* h = host_of(L);
    h->mark(ReadScore);
    const Scenario* sc = h->scenario();
    const char* k = lua_tostring(L, 2);
    std::string name = k ? k : "?";
    int c = sc->competency_index(name);
    if (c < 0) {
        std::vector<std::string> cands;
        for (const auto& x : sc->competencies) cands.push_back(x.id);
        error_here(L, fmt("s.score.{0}: er is geen competentie {1}{2}", "s.score.{0}: there is no competency {1}{2}",
                          {name, q(name), did_you_mean(name, cands)}));
    }
    push_number(L, h->current()->scores[size_t(c)]);
    return 1;
}

// s.vars[name] [-0, +1, e]
int vars_index(lua_State* L) {
    LuaHost* h = host_of(L);
    const Scenario* sc = h->scenario();
    const char* k = lua_tostring(L, 2);
    std::string name = k ? k : "?";
    for (const auto& v : sc->vars) {
        if (v.first != name) continue;
        const std::string& text = v.second.get(sc->language, sc->language);
        char* end = nullptr;
        double d = std::strtod(text.c_str(), &end);
        if (!text.empty() && end && *end == 0) push_number(L, d);
        else lua_pushstring(L, text.c_str());
        return 1;
    }
    std::vector<std::string> cands;
    for (const auto& v : sc->vars) cands.push_back(v.first);
    error_here(L, fmt("s.vars.{0}: die staat niet in vars{1}", "s.vars.{0}: not in vars{1}", {name, did_you_mean(name, cands)}));
}

int readonly_newindex(lua_State* L) {
    error_here(L, tr("dit deel van s kan niet worden gewijzigd", "this part of s cannot be changed"));
}

// s.tagged(tag) [-1, +1, e]
int s_tagged(lua_State* L) {
    LuaHost* h = host_of(L);
    const char* tag = luaL_checkstring(L, 1);
    const Scenario* sc = h->scenario();
    h->mark(ReadTagged);
    for (size_t i = 0; i < sc->choice_tags.size(); ++i)
        if (sc->choice_tags[i] == tag) { h->mark_tag(int(i)); lua_pushinteger(L, h->current()->tag_counts[i]); return 1; }
    lua_pushinteger(L, 0);  // a tag no choice carries was never chosen
    return 1;
}

}  // namespace

// s.random(a, b) / math.random([m [, n]]) from the attempt's generator [-(0|1|2), +1, e]
int s_random(lua_State* L) {
    LuaHost* h = host_of(L);
    h->mark(ReadRandom);
    State* st = h->current();
    if (!st) error_here(L, tr("toeval is alleen tijdens een gesprek beschikbaar", "randomness is only available during a conversation"));
    int n = lua_gettop(L);
    if (n == 0) {
        lua_pushnumber(L, double(st->rng.next() >> 11) * (1.0 / 9007199254740992.0));
        return 1;
    }
    lua_Integer a = 1, b;
    if (n == 1) b = luaL_checkinteger(L, 1);
    else { a = luaL_checkinteger(L, 1); b = luaL_checkinteger(L, 2); }
    if (a > b) error_here(L, fmt("random({0}, {1}): het eerste getal moet het kleinste zijn", "random({0}, {1}): the first number must be the smaller",
                                 {std::to_string(a), std::to_string(b)}));
    lua_pushinteger(L, lua_Integer(st->rng.range(a, b)));
    return 1;
}


// Builds `s` and its parts once; every call passes the same proxy. [-0, +0, m]
int make_state_proxy(lua_State* L, const Scenario& sc) {
    lua_newtable(L);  // names
    int names = lua_gettop(L);
    for (size_t i = 0; i < sc.meters.size(); ++i) {
        lua_pushinteger(L, (PMeter << 16) | lua_Integer(i));
        lua_setfield(L, names, sc.meters[i].id.c_str());
    }
    const std::pair<const char*, int> fixed[] = {{"flags", PFlags}, {"visits", PVisits}, {"score", PScore},
                                                 {"vars", PVars}, {"turn", PTurn}, {"tagged", PTagged}, {"random", PRandom}};
    for (const auto& [k, kind] : fixed) {
        lua_pushinteger(L, lua_Integer(kind) << 16);
        lua_setfield(L, names, k);
    }
    auto proxy = [&](lua_CFunction index, lua_CFunction newindex) {
        lua_newuserdatauv(L, 0, 0);
        lua_newtable(L);
        lua_pushcfunction(L, index);
        lua_setfield(L, -2, "__index");
        lua_pushcfunction(L, newindex);
        lua_setfield(L, -2, "__newindex");
        lua_pushliteral(L, "s");
        lua_setfield(L, -2, "__metatable");
        lua_setmetatable(L, -2);
    };
    lua_newuserdatauv(L, 0, 0);  // s
    int s = lua_gettop(L);
    lua_newtable(L);
    lua_pushvalue(L, names);
    proxy(safe<flags_index>, safe<flags_newindex>);
    proxy(safe<visits_index>, safe<readonly_newindex>);
    proxy(safe<score_index>, safe<readonly_newindex>);
    proxy(safe<vars_index>, safe<readonly_newindex>);
    lua_pushcfunction(L, safe<s_tagged>);
    lua_pushcfunction(L, safe<s_random>);
    lua_pushcclosure(L, safe<s_index>, 7);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, safe<s_newindex>);
    lua_setfield(L, -2, "__newindex");
    lua_pushliteral(L, "s");
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, s);
    const int ref = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_settop(L, names - 1);
    return ref;
}

}  // namespace lab
