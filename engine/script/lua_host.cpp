#include "lua_host.h"

#include <lua5.4/lauxlib.h>
#include <lua5.4/lua.h>
#include <lua5.4/lualib.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <utility>

#include "core/i18n.h"
#include "core/text.h"
#include "sandbox.h"

namespace lab {

namespace {

constexpr int kHookEvery = 1000;  // instructions between count-hook calls
constexpr int kMaxRetunes = 32;   // changes of that interval per budget
constexpr size_t kLogLimit = 64 * 1024;
// Allocations from this size on read the clock (a single Lua instruction
// that copies megabytes, such as a concatenation, runs no hook).
constexpr size_t kClockedAllocation = 256 * 1024;

// Bytes allowed above the cap outside a run (see alloc).
constexpr size_t kReserve = 16u << 20;

using Clock = std::chrono::steady_clock;

}  // namespace

// [SECTION] memory, steps and time

void* LuaHost::alloc(void* ud, void* ptr, size_t osize, size_t nsize) {
    auto* h = static_cast<LuaHost*>(ud);
    if (!ptr) osize = 0;
    if (nsize == 0) {
        std::free(ptr);
        h->m_used -= osize;
        return nullptr;
    }
    // Outside a run (the loader reading declarations, building `s`) a
    // refused allocation would be an error outside any protected call,
    // which Lua answers with abort(): that work gets a reserve above the cap.
    const size_t cap = h->m_limits.memory + (h->m_active ? 0 : kReserve);
    if (nsize > osize && h->m_used + (nsize - osize) > cap) {
        // Sticky: from now on every instruction fails until the call ends,
        // so a pcall that catches the memory error cannot loop on it (each
        // failed allocation costs a full collection).
        if (!h->m_mem_failed) h->remember_place();
        h->m_mem_failed = true;
        h->fail_sticky();
        return nullptr;
    }
    if (nsize >= kClockedAllocation && h->m_active && !h->m_timed_out && h->past_deadline()) h->fail_sticky();
    void* p = std::realloc(ptr, nsize);
    if (p) h->m_used = h->m_used - osize + nsize;
    return p;
}

// Where the script is now: the innermost Lua line (for errors that carry no
// place, like a refused allocation). Reads the stack only.
void LuaHost::remember_place() {
    m_mem_file.clear();
    m_mem_line = 0;
    if (!m_L) return;
    lua_Debug ar;
    for (int level = 0; lua_getstack(m_L, level, &ar); ++level) {
        lua_getinfo(m_L, "Sl", &ar);
        if (ar.currentline > 0 && ar.source[0] == '@') {
            m_mem_file = ar.source + 1;
            m_mem_line = ar.currentline;
            return;
        }
    }
}

void LuaHost::fail_sticky() {
    m_budget = -1;
    m_hook_every = 1;
    if (m_L) lua_sethook(m_L, hook, LUA_MASKCOUNT, 1);
}

bool LuaHost::past_deadline() {
    if (Clock::now() < m_deadline) return false;
    m_timed_out = true;
    return true;
}

bool LuaHost::spend(double steps) {
    if (m_budget < 0 || m_timed_out) return false;  // already failed (sticky)
    if (steps >= double(m_budget)) {
        fail_sticky();
        return false;
    }
    m_budget -= int64_t(steps);
    m_instructions += uint64_t(steps);
    // A costly call reads the clock; cheap ones are left to the hook.
    if (steps >= 10000 && past_deadline()) {
        fail_sticky();
        return false;
    }
    return true;
}

std::string LuaHost::limit_message(bool memory) const {
    if (memory || m_mem_failed)
        return fmt("het scenario gebruikt te veel geheugen (meer dan {0} MB)", "the scenario uses too much memory (over {0} MB)",
                   {std::to_string(m_limits.memory >> 20)});
    if (m_timed_out)
        return fmt("dit stuk code duurt te lang (meer dan {0} seconden); staat hier een oneindige lus of te zwaar werk?",
                   "this code took too long (over {0} seconds); is there an endless loop or too much work here?", {format_number(m_seconds)});
    return fmt("dit stuk code loopt te lang door (meer dan {0} stappen); staat hier een oneindige lus?",
               "this code runs too long (over {0} steps); is there an endless loop here?", {std::to_string(m_budget_size)});
}

void LuaHost::hook(lua_State* L, lua_Debug* ar) {
    LuaHost* h = host_of(L);
    h->m_instructions += uint64_t(h->m_hook_every);
    h->m_budget -= h->m_hook_every;
    const Clock::time_point now = Clock::now();
    if (now >= h->m_deadline) h->m_timed_out = true;
    if (h->m_budget >= 0 && !h->m_timed_out) {
        // Instructions that are slow (comparisons of long strings) make the
        // clock be read more often, fast ones less, up to kHookEvery. Rarely:
        // lua_sethook walks the whole call stack.
        const auto window = now - h->m_last_hook;
        int every = h->m_hook_every;
        if (window > std::chrono::milliseconds(10) && every > 1) every = std::max(1, every / 10);
        else if (window < std::chrono::microseconds(200) && every < kHookEvery) every = std::min(kHookEvery, every * 4);
        if (every != h->m_hook_every && h->m_retunes < kMaxRetunes) {
            ++h->m_retunes;
            h->m_hook_every = every;
            lua_sethook(L, hook, LUA_MASKCOUNT, every);
        }
        h->m_last_hook = Clock::now();  // the window measures the script, not this hook
        return;
    }
    // Over budget or out of time: from now on fail at every instruction, so
    // a pcall that catches this error cannot buy more time.
    h->fail_sticky();
    lua_getinfo(L, "Sl", ar);
    {
        const std::string msg = h->limit_message();
        lua_pushfstring(L, "%s:%d: %s", ar->source[0] == '@' ? ar->source + 1 : ar->short_src, ar->currentline, msg.c_str());
    }  // msg is destroyed before the error jumps away
    lua_error(L);
}

void LuaHost::start_budget(uint64_t steps, double seconds) {
    m_budget = int64_t(std::min<uint64_t>(steps, uint64_t(INT64_MAX)));
    m_budget_size = steps;
    m_seconds = seconds;
    m_mem_failed = false;
    m_timed_out = false;
    m_active = true;
    m_last_hook = Clock::now();
    m_deadline = m_last_hook + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    m_hook_every = kHookEvery;
    m_retunes = 0;
    lua_sethook(m_L, hook, LUA_MASKCOUNT, kHookEvery);
}

// [SECTION] the state

LuaHost::LuaHost(const SandboxLimits& limits) : m_limits(limits) {
    m_L = lua_newstate(alloc, this);
    if (!m_L) return;
    open_sandbox(m_L);
    start_budget(m_limits.load_instructions, m_limits.load_seconds);
    m_active = false;
}

LuaHost::~LuaHost() {
    if (m_L) {
        m_budget = int64_t(m_limits.call_instructions);
        m_active = false;
        lua_close(m_L);
    }
}

void LuaHost::add_chunk(const std::string& display) {
    if (std::find(m_chunks.begin(), m_chunks.end(), display) == m_chunks.end()) m_chunks.push_back(display);
}

void LuaHost::log(const std::string& line) {
    if (m_log.size() > kLogLimit) return;
    m_log += line;
    m_log += '\n';
}

std::string LuaHost::take_log() { return std::exchange(m_log, {}); }

// Lua's own messages about names that do not exist, in the lecturer's words.
namespace {
std::string explain_runtime(const std::string& msg) {
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

}  // namespace

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
    m_active = false;
    if (rc == LUA_OK) return true;
    std::string full = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?";
    lua_pop(L, 1);
    split_location(full, file, line, msg);
    if (file.rfind("...", 0) == 0) {
        const std::string tail = file.substr(3);
        for (const auto& c : m_chunks)
            if (c.size() >= tail.size() && c.compare(c.size() - tail.size(), tail.size(), tail) == 0) file = c;
    }
    if (rc == LUA_ERRMEM || m_mem_failed) {
        // A memory error carries no place; the allocator noted the line.
        msg = limit_message(true);
        if (file.empty()) {
            file = m_mem_file;
            line = m_mem_line;
        }
        m_mem_failed = false;
        lua_gc(L, LUA_GCCOLLECT);
    }
    return false;
}

void LuaHost::bind(const Scenario* sc) {
    m_sc = sc;
    m_proxy_ref = make_state_proxy(m_L, *sc);
}

void LuaHost::raise(const Callable& fn, const std::string& msg) {
    throw ScriptError(fn.file ? *fn.file : "", fn.line, msg);
}

// Calls `fn(s)` leaving `nresults` results on the stack, or throws. [-0, +nresults, -]
void LuaHost::call(const Callable& fn, State& s, bool writable, int nresults) {
    lua_State* L = m_L;
    m_state = &s;
    m_writable = writable;
    start_budget(m_limits.call_instructions, m_limits.call_seconds);
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
