#include "lua_host.h"

#include <lua5.4/lauxlib.h>
#include <lua5.4/lua.h>
#include <lua5.4/lualib.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <utility>

#include "core/i18n.h"
#include "core/text.h"

namespace lab {

namespace {

constexpr int kHookEvery = 1000;  // instructions between count-hook calls
constexpr size_t kLogLimit = 64 * 1024;

LuaHost* host_of(lua_State* L) {
    void* ud = nullptr;
    lua_getallocf(L, &ud);
    return static_cast<LuaHost*>(ud);
}

// Pushes a number as an integer when it is whole, so that "x" .. s.v reads
// "x8", not "x8.0". [-0, +1, -]
void push_number(lua_State* L, double v) {
    if (v == std::floor(v) && std::fabs(v) < 9e15) lua_pushinteger(L, lua_Integer(v));
    else lua_pushnumber(L, v);
}

// Proxy codes: kind * 65536 + index.
enum ProxyKind { PMeter = 1, PFlags, PVisits, PScore, PVars, PTurn, PTagged, PRandom };

// Raising a Lua error longjmps over C++ frames and would skip destructors
// (leaking strings). So error_here pushes the message and throws LuaRaise;
// `safe` catches it once every C++ object is gone and only then raises.
struct LuaRaise {};

[[noreturn]] void error_here(lua_State* L, const std::string& msg) {
    luaL_where(L, 1);
    lua_pushstring(L, msg.c_str());
    lua_concat(L, 2);
    throw LuaRaise{};
}

template <lua_CFunction F>
int safe(lua_State* L) {
    bool raised = false;
    int results = 0;
    try {
        results = F(L);
    } catch (const LuaRaise&) {
        raised = true;
    }
    if (raised) return lua_error(L);  // the message is on top of the stack
    return results;
}

std::string did_you_mean(const std::string& name, const std::vector<std::string>& cands) {
    std::string s = suggest(name, cands);
    return s.empty() ? std::string() : fmt(" (bedoel je {0}?)", " (did you mean {0}?)", {q(s)});
}

// [SECTION] the state proxy `s`

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
    st->set_meter(*sc, m, lua_tonumber(L, 3));
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
        case LUA_TNUMBER: flags[k] = double(lua_tonumber(L, 3)); break;
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

// [SECTION] sandboxed library functions

// print(...) to the author log [-n, +0, e]
int sandbox_print(lua_State* L) {
    int n = lua_gettop(L);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (int i = 1; i <= n; ++i) {
        if (i > 1) luaL_addchar(&b, '\t');
        luaL_tolstring(L, i, nullptr);  // may raise: no C++ object is alive here
        luaL_addvalue(&b);
    }
    luaL_pushresult(&b);
    host_of(L)->log(lua_tostring(L, -1));
    return 0;
}

// setmetatable(t, mt) without finalizers: a __gc would run outside any budget. [-2, +1, e]
int sandbox_setmetatable(lua_State* L) {
    if (lua_istable(L, 2)) {
        lua_getfield(L, 2, "__gc");
        bool has_gc = !lua_isnil(L, -1);
        lua_pop(L, 1);
        if (has_gc) error_here(L, tr("__gc is in scenario's niet toegestaan", "__gc is not allowed in scenarios"));
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

// string.find/match/gmatch/gsub with a bound on the work a pattern can cause:
// backtracking over a long text runs no Lua instructions, so the count hook
// cannot stop it. [-n, +r, e]
int guarded_pattern(lua_State* L) {
    size_t n = 0, m = 0;
    const char* subject = lua_tolstring(L, 1, &n);
    const char* pattern = lua_tolstring(L, 2, &m);
    bool plain = lua_toboolean(L, 4) && lua_tointeger(L, lua_upvalueindex(2)) == 1;  // find's plain flag
    if (subject && pattern && !plain) {
        int quantifiers = 0;
        for (size_t i = 0; i < m; ++i) {
            if (pattern[i] == '%') { if (i + 1 < m && pattern[i + 1] == 'b') ++quantifiers; ++i; continue; }
            if (pattern[i] == '*' || pattern[i] == '+' || pattern[i] == '-' || pattern[i] == '?') ++quantifiers;
        }
        if (quantifiers > 3) quantifiers = 3;
        double work = double(m + 1) * std::pow(double(n) + 1, quantifiers + 1);
        if (work > double(host_of(L)->limits().pattern_work))
            error_here(L, fmt("het zoekpatroon {0} is te zwaar voor een tekst van {1} tekens",
                              "the pattern {0} is too heavy for a text of {1} characters", {q(std::string(pattern, m)), std::to_string(n)}));
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

// Message handler: makes sure the message says where. [-1, +1, m]
int message_handler(lua_State* L) {
    if (lua_type(L, 1) != LUA_TSTRING) {
        if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING) return 1;
        lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    }
    return 1;
}

}  // namespace

// [SECTION] LuaHost

void* LuaHost::alloc(void* ud, void* ptr, size_t osize, size_t nsize) {
    auto* h = static_cast<LuaHost*>(ud);
    if (!ptr) osize = 0;
    if (nsize == 0) {
        std::free(ptr);
        h->m_used -= osize;
        return nullptr;
    }
    if (nsize > osize && h->m_used + (nsize - osize) > h->m_limits.memory) {
        // Sticky: from now on every instruction fails until the call ends,
        // so a pcall that catches the memory error cannot loop on it (each
        // failed allocation costs a full collection).
        h->m_mem_failed = true;
        h->m_budget = -1;
        if (h->m_L) lua_sethook(h->m_L, hook, LUA_MASKCOUNT, 1);
        return nullptr;
    }
    void* p = std::realloc(ptr, nsize);
    if (p) h->m_used = h->m_used - osize + nsize;
    return p;
}

void LuaHost::hook(lua_State* L, lua_Debug* ar) {
    LuaHost* h = host_of(L);
    h->m_instructions += kHookEvery;
    h->m_budget -= kHookEvery;
    if (h->m_budget >= 0) return;
    // Over budget: from now on fail at every instruction, so a pcall that
    // catches this error cannot buy more time.
    lua_sethook(L, hook, LUA_MASKCOUNT, 1);
    lua_getinfo(L, "Sl", ar);
    {
    std::string msg = h->m_mem_failed ? fmt("het scenario gebruikt te veel geheugen (meer dan {0} MB)", "the scenario uses too much memory (over {0} MB)",
                                            {std::to_string(h->m_limits.memory >> 20)}) : fmt("dit stuk code loopt te lang door (meer dan {0} stappen); staat hier een oneindige lus?",
                          "this code runs too long (over {0} steps); is there an endless loop here?",
                          {std::to_string(h->m_budget_size)});
    lua_pushfstring(L, "%s:%d: %s", ar->short_src, ar->currentline, msg.c_str());
    }  // msg is destroyed before the error jumps away
    lua_error(L);
}

LuaHost::LuaHost(const SandboxLimits& limits) : m_limits(limits) {
    m_L = lua_newstate(alloc, this);
    if (!m_L) return;
    lua_State* L = m_L;
    // Open only the allowed libraries, then copy the allowed names into a
    // fresh globals table.
    luaL_requiref(L, "_G", luaopen_base, 1);
    luaL_requiref(L, "string", luaopen_string, 1);
    luaL_requiref(L, "table", luaopen_table, 1);
    luaL_requiref(L, "math", luaopen_math, 1);
    luaL_requiref(L, "utf8", luaopen_utf8, 1);
    lua_pop(L, 5);
    lua_pushglobaltable(L);
    int g = lua_gettop(L);
    const char* keep[] = {"string", "table", "math", "utf8", "pairs", "ipairs", "select", "type", "tostring",
                          "tonumber", "error", "assert", "pcall", "getmetatable", "next", "rawget",
                          "rawset", "rawequal", "rawlen", "_VERSION"};
    lua_newtable(L);
    int env = lua_gettop(L);
    for (const char* k : keep) {
        lua_getfield(L, g, k);
        lua_setfield(L, env, k);
    }
    lua_getfield(L, g, "setmetatable");
    lua_pushcclosure(L, safe<sandbox_setmetatable>, 1);
    lua_setfield(L, env, "setmetatable");
    lua_pushcfunction(L, safe<sandbox_print>);
    lua_setfield(L, env, "print");
    // string: no dump (binary chunks); pattern functions guarded.
    lua_getfield(L, env, "string");
    int str = lua_gettop(L);
    lua_pushnil(L);
    lua_setfield(L, str, "dump");
    const char* pats[] = {"find", "match", "gmatch", "gsub"};
    for (int i = 0; i < 4; ++i) {
        lua_getfield(L, str, pats[i]);
        lua_pushinteger(L, i == 0 ? 1 : 0);
        lua_pushcclosure(L, safe<guarded_pattern>, 2);
        lua_setfield(L, str, pats[i]);
    }
    lua_pop(L, 1);
    // math.random from the attempt's generator; no reseeding.
    lua_getfield(L, env, "math");
    lua_pushcfunction(L, safe<s_random>);
    lua_setfield(L, -2, "random");
    lua_pushnil(L);
    lua_setfield(L, -2, "randomseed");
    lua_pop(L, 1);
    lua_pushvalue(L, env);
    lua_setfield(L, env, "_G");
    // Replace the globals table in the registry.
    lua_pushvalue(L, env);
    lua_rawseti(L, LUA_REGISTRYINDEX, LUA_RIDX_GLOBALS);
    lua_settop(L, 0);
    lua_sethook(L, hook, LUA_MASKCOUNT, kHookEvery);
}

LuaHost::~LuaHost() {
    if (m_L) {
        m_budget = int64_t(m_limits.call_instructions);
        lua_close(m_L);
    }
}

void LuaHost::log(const std::string& line) {
    if (m_log.size() > kLogLimit) return;
    m_log += line;
    m_log += '\n';
}

std::string LuaHost::take_log() { return std::exchange(m_log, {}); }

void LuaHost::start_budget(uint64_t n) {
    m_budget = int64_t(n);
    m_budget_size = n;
    m_mem_failed = false;
    lua_sethook(m_L, hook, LUA_MASKCOUNT, kHookEvery);
}

// Lua's own messages about names that do not exist, in the lecturer's words.
static std::string explain_runtime(const std::string& msg) {
    size_t g = msg.find("(global '");
    if (g == std::string::npos) return msg;
    size_t end = msg.find("')", g);
    if (end == std::string::npos) return msg;
    std::string name = msg.substr(g + 9, end - g - 9);
    static const char* banned[] = {"os", "io", "require", "load", "loadfile", "dofile", "debug", "collectgarbage", "coroutine", "package", "xpcall"};
    for (const char* b : banned)
        if (name == b)
            return fmt("{0} is in scenario's niet beschikbaar (afgeschermd: geen bestanden, systeem of netwerk)",
                       "{0} is not available in scenarios (sandboxed: no files, system or network)", {name});
    return fmt("{0} bestaat niet (een typfout, of een variabele die nog geen waarde heeft?) [{1}]",
               "{0} does not exist (a typo, or a variable without a value yet?) [{1}]", {name, msg});
}

void LuaHost::split_location(const std::string& full, std::string& file, int& line, std::string& msg) {
    // "path:123: message" (path may contain ':' only before the line number).
    file.clear();
    line = 0;
    msg = full;
    size_t pos = 0;
    while ((pos = full.find(':', pos)) != std::string::npos) {
        size_t end = pos + 1;
        while (end < full.size() && isdigit(static_cast<unsigned char>(full[end]))) ++end;
        if (end > pos + 1 && end < full.size() && full[end] == ':') {
            file = full.substr(0, pos);
            line = std::atoi(full.c_str() + pos + 1);
            msg = full.substr(end + 1);
            if (!msg.empty() && msg[0] == ' ') msg.erase(0, 1);
            msg = explain_runtime(msg);
            return;
        }
        pos = end;
    }
}

bool LuaHost::protected_call(int nargs, int nresults, std::string& file, int& line, std::string& msg) {
    lua_State* L = m_L;
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, message_handler);
    lua_insert(L, base);
    int rc = lua_pcall(L, nargs, nresults, base);
    lua_remove(L, base);
    if (rc == LUA_OK) return true;
    std::string full = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?";
    lua_pop(L, 1);
    split_location(full, file, line, msg);
    if (rc == LUA_ERRMEM || m_mem_failed) {
        // The place is known when the sticky failure was raised by the hook.
        msg = fmt("het scenario gebruikt te veel geheugen (meer dan {0} MB)", "the scenario uses too much memory (over {0} MB)",
                  {std::to_string(m_limits.memory >> 20)});
        m_mem_failed = false;
        lua_gc(L, LUA_GCCOLLECT);
        return false;
    }
    return false;
}

void LuaHost::bind(const Scenario* sc) {
    m_sc = sc;
    install_proxy();
}

// Builds `s` and its parts once; every call passes the same proxy. [-0, +0, m]
void LuaHost::install_proxy() {
    lua_State* L = m_L;
    lua_newtable(L);  // names
    int names = lua_gettop(L);
    for (size_t i = 0; i < m_sc->meters.size(); ++i) {
        lua_pushinteger(L, (PMeter << 16) | lua_Integer(i));
        lua_setfield(L, names, m_sc->meters[i].id.c_str());
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
    m_proxy_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_settop(L, names - 1);
}

void LuaHost::raise(const Callable& fn, const std::string& msg) {
    throw ScriptError(fn.file ? *fn.file : "", fn.line, msg);
}

// Calls `fn(s)` leaving `nresults` results on the stack, or throws. [-0, +nresults, -]
void LuaHost::call(const Callable& fn, State& s, bool writable, int nresults) {
    lua_State* L = m_L;
    m_state = &s;
    m_writable = writable;
    start_budget(m_limits.call_instructions);
    lua_rawgeti(L, LUA_REGISTRYINDEX, fn.ref);
    lua_rawgeti(L, LUA_REGISTRYINDEX, m_proxy_ref);
    std::string file, msg;
    int line = 0;
    bool ok = protected_call(1, nresults, file, line, msg);
    m_state = nullptr;
    m_writable = false;
    if (!ok) {
        if (file.empty()) { file = fn.file ? *fn.file : ""; line = fn.line; }
        throw ScriptError(file, line, msg);
    }
}

bool LuaHost::condition(const Callable& fn, State& s) {
    call(fn, s, false, 1);
    bool r = lua_toboolean(m_L, -1);
    lua_pop(m_L, 1);
    return r;
}

LocalText LuaHost::text(const Callable& fn, State& s) {
    call(fn, s, false, 1);
    lua_State* L = m_L;
    LocalText out;
    std::string bad;
    if (lua_type(L, -1) == LUA_TSTRING || lua_type(L, -1) == LUA_TNUMBER) {
        out = LocalText::plain(m_sc->language, lua_tostring(L, -1));
    } else if (lua_istable(L, -1)) {
        lua_pushnil(L);
        while (lua_next(L, -2)) {
            if (lua_type(L, -2) == LUA_TSTRING && lua_type(L, -1) == LUA_TSTRING)
                out.by_lang[lua_tostring(L, -2)] = lua_tostring(L, -1);
            lua_pop(L, 1);
        }
        if (out.empty()) bad = "table";
    } else {
        bad = luaL_typename(L, -1);
    }
    lua_pop(L, 1);
    if (!bad.empty())
        raise(fn, fmt("deze functie moet een tekst teruggeven, maar gaf {0}", "this function must return a text, but returned {0}", {bad}));
    for (const auto& [lang, t] : out.by_lang) {
        if (!valid_utf8(t)) raise(fn, tr("deze functie gaf tekst die geen geldige UTF-8 is", "this function returned text that is not valid UTF-8"));
    }
    return out;
}

std::string LuaHost::id(const Callable& fn, State& s) {
    call(fn, s, false, 1);
    lua_State* L = m_L;
    if (lua_type(L, -1) != LUA_TSTRING) {
        std::string t = luaL_typename(L, -1);
        lua_pop(L, 1);
        raise(fn, fmt("deze functie moet een naam (tekst) teruggeven, maar gaf {0}", "this function must return a name (text), but returned {0}", {t}));
    }
    std::string r = lua_tostring(L, -1);
    lua_pop(L, 1);
    return r;
}

void LuaHost::effect(const Callable& fn, State& s) { call(fn, s, true, 0); }

}  // namespace lab
