// The library a scenario may use: an allow-list of Lua's base, string,
// table, math and utf8 functions. The ones that can do much work in one C
// call are wrapped so that they charge that work to the budget before they
// run (the count hook sees no instructions inside a C function).
#include <lua5.4/lauxlib.h>
#include <lua5.4/lua.h>
#include <lua5.4/lualib.h>

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/i18n.h"
#include "core/text.h"
#include "sandbox.h"

namespace lab {

LuaHost* host_of(lua_State* L) {
    void* ud = nullptr;
    lua_getallocf(L, &ud);
    return static_cast<LuaHost*>(ud);
}

void error_here(lua_State* L, const std::string& msg) {
    luaL_where(L, 1);
    lua_pushstring(L, msg.c_str());
    lua_concat(L, 2);
    throw LuaRaise{};
}

void push_number(lua_State* L, double v) {
    if (v == std::floor(v) && std::fabs(v) < 9e15) lua_pushinteger(L, lua_Integer(v));
    else lua_pushnumber(L, v);
}

namespace {

// [SECTION] print and setmetatable

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

// [SECTION] costly library functions

// How a wrapped function's work grows with its arguments.
enum class Cost {
    Bytes,    // a pass over its string arguments
    Rep,      // string.rep(s, n [, sep])
    Pattern,  // string.find/match/gmatch/gsub(s, pattern, ...)
    Find,     // string.find (may be plain)
    Insert,   // table.insert(t, [pos,] v): shifts #t - pos elements
    Remove,   // table.remove(t [, pos])
    Move,     // table.move(a1, f, e, t [, a2])
    Range,    // table.concat(t, sep, i, j) / table.unpack(t, i, j)
    Sort,     // table.sort(t [, comp])
};

// Steps per unit of work, measured against Lua instructions (about 3 ns
// each on the development machine): a byte scanned costs 1/64 step, a table
// element moved or shifted 2 to 4 steps, a sort comparison 4.
constexpr double kStepsPerByteScanned = 1.0 / 64;
constexpr double kStepsPerByteCopied = 1.0 / 4;
constexpr double kStepsPerElement = 2;
constexpr double kStepsPerMovedElement = 4;
constexpr double kStepsPerComparison = 4;

double string_bytes(lua_State* L, int from) {
    double n = 0;
    for (int i = from, top = lua_gettop(L); i <= top; ++i)
        if (lua_type(L, i) == LUA_TSTRING) n += double(lua_rawlen(L, i));
    return n;
}

// An integer argument (or its default) without raising: a wrong argument is
// left for the real function to report. [-0, +0, -]
double int_arg(lua_State* L, int i, double otherwise) {
    int ok = 0;
    lua_Integer v = lua_tointegerx(L, i, &ok);
    return ok ? double(v) : otherwise;
}

// #t as the table functions see it (may call __len). [-0, +0, e]
double length_of(lua_State* L, int i) {
    if (!lua_istable(L, i)) return 0;
    return double(luaL_len(L, i));
}

// The guard on pattern matching: backtracking over a long text can take
// far longer than any budget. Estimates the steps of the worst case from
// the pattern's quantifiers and refuses a pattern that is too heavy.
double pattern_work(lua_State* L, bool may_be_plain) {
    size_t n = 0, m = 0;
    const char* subject = lua_type(L, 1) == LUA_TSTRING ? lua_tolstring(L, 1, &n) : nullptr;
    const char* pattern = lua_type(L, 2) == LUA_TSTRING ? lua_tolstring(L, 2, &m) : nullptr;
    if (!subject || !pattern) return 1;
    if (may_be_plain && lua_toboolean(L, 4)) return 1 + double(n) * kStepsPerByteScanned;
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
    return 1 + double(n) * (m + 1) * kStepsPerByteScanned;
}

// string.rep: refuses a result larger than the memory left before making
// it, and charges the repetitions even when they make nothing.
double rep_work(lua_State* L) {
    const double n = int_arg(L, 2, 0);
    if (n <= 0 || lua_type(L, 1) != LUA_TSTRING) return 1;
    const double ls = double(lua_rawlen(L, 1));
    const double lsep = lua_type(L, 3) == LUA_TSTRING ? double(lua_rawlen(L, 3)) : 0;
    const double bytes = ls * n + lsep * (n - 1);
    LuaHost* h = host_of(L);
    if (bytes > double(h->memory_left()))
        error_here(L, fmt("string.rep zou {0} MB maken: het scenario gebruikt te veel geheugen (meer dan {1} MB)",
                          "string.rep would make {0} MB: the scenario uses too much memory (over {1} MB)",
                          {format_number(std::ceil(bytes / (1 << 20))), std::to_string(h->limits().memory >> 20)}));
    return 1 + n + bytes * kStepsPerByteCopied;
}

double work_of(lua_State* L, Cost kind) {
    const int top = lua_gettop(L);
    switch (kind) {
        case Cost::Bytes: return 1 + top + string_bytes(L, 1) * kStepsPerByteScanned;
        case Cost::Rep: return rep_work(L);
        case Cost::Pattern: return pattern_work(L, false);
        case Cost::Find: return pattern_work(L, true);
        case Cost::Insert: {
            if (top < 3) return 1;
            const double len = length_of(L, 1), pos = int_arg(L, 2, len + 1);
            return 1 + std::max(0.0, len - pos + 1) * kStepsPerElement;
        }
        case Cost::Remove: {
            const double len = length_of(L, 1), pos = int_arg(L, 2, len);
            return 1 + std::max(0.0, len - pos + 1) * kStepsPerElement;
        }
        case Cost::Move: {
            const double f = int_arg(L, 2, 1), e = int_arg(L, 3, 0);
            return 1 + std::max(0.0, e - f + 1) * kStepsPerMovedElement;
        }
        case Cost::Range: {
            // table.concat(t, sep, i, j) or table.unpack(t, i, j)
            const int at = lua_tointeger(L, lua_upvalueindex(4)) ? 3 : 2;
            const double i = int_arg(L, at, 1);
            const double j = lua_isnoneornil(L, at + 1) ? length_of(L, 1) : int_arg(L, at + 1, 0);
            return 1 + std::max(0.0, j - i + 1) * kStepsPerElement;
        }
        case Cost::Sort: {
            const double n = length_of(L, 1);
            return 1 + n * std::log2(n + 1) * kStepsPerComparison;
        }
    }
    return 1;
}

// A library function that charges its work first. Upvalues: the real
// function, its name ("string.rep"), its Cost, and 1 for table.concat.
// [-n, +r, e]
int charged(lua_State* L) {
    const double steps = work_of(L, Cost(lua_tointeger(L, lua_upvalueindex(3))));
    LuaHost* h = host_of(L);
    if (!h->spend(steps)) {
        if (steps > double(h->budget_size()))
            error_here(L, fmt("{0}: te veel werk in één keer (ongeveer {1} stappen; de grens is {2}); werk met kleinere aantallen of teksten",
                              "{0}: too much work at once (about {1} steps; the limit is {2}); use smaller counts or texts",
                              {lua_tostring(L, lua_upvalueindex(2)), format_number(std::floor(steps)), std::to_string(h->budget_size())}));
        error_here(L, h->limit_message());
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

// Replaces lib[name] (the table at `lib`) by its charged wrapper. [-0, +0, m]
void charge(lua_State* L, int lib, const char* libname, const char* name, Cost kind) {
    if (lua_getfield(L, lib, name) != LUA_TFUNCTION) {
        lua_pop(L, 1);
        return;
    }
    lua_pushfstring(L, "%s%s%s", libname, *libname ? "." : "", name);
    lua_pushinteger(L, lua_Integer(kind));
    lua_pushinteger(L, std::strcmp(name, "concat") == 0 ? 1 : 0);
    lua_pushcclosure(L, safe<charged>, 4);
    lua_setfield(L, lib, name);
}

void charge_libraries(lua_State* L, int env) {
    lua_getfield(L, env, "string");
    const int str = lua_gettop(L);
    for (const char* f : {"byte", "char", "format", "len", "lower", "upper", "reverse", "sub", "pack", "packsize", "unpack"})
        charge(L, str, "string", f, Cost::Bytes);
    charge(L, str, "string", "rep", Cost::Rep);
    charge(L, str, "string", "find", Cost::Find);
    for (const char* f : {"match", "gmatch", "gsub"}) charge(L, str, "string", f, Cost::Pattern);
    lua_pop(L, 1);
    lua_getfield(L, env, "table");
    const int tab = lua_gettop(L);
    charge(L, tab, "table", "insert", Cost::Insert);
    charge(L, tab, "table", "remove", Cost::Remove);
    charge(L, tab, "table", "move", Cost::Move);
    charge(L, tab, "table", "concat", Cost::Range);
    charge(L, tab, "table", "unpack", Cost::Range);
    charge(L, tab, "table", "sort", Cost::Sort);
    lua_pop(L, 1);
    lua_getfield(L, env, "utf8");
    const int utf = lua_gettop(L);
    for (const char* f : {"char", "codepoint", "codes", "len", "offset"}) charge(L, utf, "utf8", f, Cost::Bytes);
    lua_pop(L, 1);
    for (const char* f : {"tonumber", "tostring", "rawequal", "print"}) charge(L, env, "", f, Cost::Bytes);
}

}  // namespace

// [SECTION] messages and the sandbox itself

int message_handler(lua_State* L) {
    if (lua_type(L, 1) == LUA_TSTRING) {
        lua_settop(L, 1);
    } else if (!(luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)) {
        lua_pushfstring(L, tr("(de foutwaarde is een %s-waarde)", "(error object is a %s value)"), luaL_typename(L, 1));
    }
    // Lua locates the errors it raises itself; error() without a level-1
    // string, a non-string error and errors raised inside C functions (the
    // C stack) carry no place: give them the innermost line that has one.
    bool located;
    {
        std::string file, msg;  // gone before anything below can raise
        int line = 0;
        LuaHost::split_location(lua_tostring(L, -1), file, line, msg);
        located = !file.empty();
    }
    if (located) return 1;
    lua_Debug ar;
    for (int level = 1; lua_getstack(L, level, &ar); ++level) {
        lua_getinfo(L, "Sl", &ar);
        if (ar.currentline > 0 && ar.source[0] == '@') {
            lua_pushfstring(L, "%s:%d: ", ar.source + 1, ar.currentline);
            lua_insert(L, -2);
            lua_concat(L, 2);
            break;
        }
    }
    return 1;
}

void open_sandbox(lua_State* L) {
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
    // string: no dump (binary chunks).
    lua_getfield(L, env, "string");
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    lua_pop(L, 1);
    charge_libraries(L, env);
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
}

}  // namespace lab
