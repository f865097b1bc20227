// LuaHost: a sandboxed Lua 5.4 state that runs one scenario's functions.
#pragma once
#include <chrono>
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/scenario.h"
#include "core/script_host.h"

struct lua_State;
struct lua_Debug;

namespace lab {

// What one scenario may use. Steps approximate Lua instructions: the count
// hook counts instructions, and the library functions that do much work in
// one call (string.rep, table.move, table.sort, pattern matching...) charge
// their work up front, so one step costs about the same time everywhere. The
// wall clock bounds what steps do not model; it is read every 1,000
// instructions (more often while instructions are slow), on entry to a
// costly library call and at large allocations.
struct SandboxLimits {
    size_t memory = 64u << 20;                 // bytes for the whole state
    uint64_t load_instructions = 50'000'000;   // steps for running the scenario's files
    uint64_t call_instructions = 2'000'000;    // steps for each author function call
    double load_seconds = 5;                   // wall clock for running the files
    double call_seconds = 1;                   // wall clock for each author function call
    size_t pattern_work = 20'000'000;          // estimated steps of one string pattern call
};

// Owns the lua_State. Not thread-safe: one host serves one thread.
class LuaHost final : public ScriptHost {
public:
    explicit LuaHost(const SandboxLimits& limits);
    ~LuaHost() override;
    LuaHost(const LuaHost&) = delete;
    LuaHost& operator=(const LuaHost&) = delete;

    lua_State* L() const { return m_L; }
    const SandboxLimits& limits() const { return m_limits; }

    // The scenario whose names `s` resolves; set once loading is done.
    void bind(const Scenario* sc);

    // Starts a budget of `steps` and `seconds` for what runs next (the
    // loader's files; each call below starts its own).
    void start_budget(uint64_t steps, double seconds);
    // Runs the function on top of the stack with `nargs` arguments under the
    // current budget, as lua_pcall with a message handler; the budget ends
    // with it. [-(nargs+1), +(0|nresults), -]
    // Returns true on success; else fills file/line/msg.
    bool protected_call(int nargs, int nresults, std::string& file, int& line, std::string& msg);

    // ScriptHost
    bool condition(const Callable& fn, State& s) override;
    LocalText text(const Callable& fn, State& s) override;
    std::string id(const Callable& fn, State& s) override;
    void effect(const Callable& fn, State& s) override;
    unsigned reads() const override { return m_reads; }
    bool meter_read(int i) const override { return size_t(i) < m_meter_reads.size() && m_meter_reads[size_t(i)]; }
    bool visit_read(int v) const override { return size_t(v) < m_visit_reads.size() && m_visit_reads[size_t(v)]; }
    bool tag_read(int t) const override { return size_t(t) < m_tag_reads.size() && m_tag_reads[size_t(t)]; }
    bool flags_read(std::vector<std::string>& out) const override {
        out.assign(m_flag_reads.begin(), m_flag_reads.end());
        return true;
    }
    void mark_meter(int i) { m_reads |= ReadMeters; mark_in(m_meter_reads, i); }
    void mark_visit(int v) { m_reads |= ReadVisits; mark_in(m_visit_reads, v); }
    void mark_tag(int t) { m_reads |= ReadTagged; mark_in(m_tag_reads, t); }
    void mark_flag(const std::string& name) {
        m_reads |= ReadFlags;
        if (!m_flag_reads.count(name)) m_flag_reads.insert(name);
    }
    uint64_t instructions() const override { return m_instructions; }
    std::string take_log() override;

    // For the proxy and library functions (C callbacks).
    State* current() const { return m_state; }
    const Scenario* scenario() const { return m_sc; }
    bool writable() const { return m_writable; }
    void mark(unsigned r) { m_reads |= r; }
    void log(const std::string& line);
    bool memory_exceeded() const { return m_mem_failed; }
    // For library functions that do much work in one call: takes `steps`
    // from the budget (and reads the clock when they are many). False when
    // the budget or the time is used up; the failure is then sticky until
    // the budget ends, like the hook's, and limit_message() says why.
    bool spend(double steps);
    // Bytes the state may still allocate.
    size_t memory_left() const { return m_used < m_limits.memory ? m_limits.memory - m_used : 0; }
    // Why the current budget failed (steps, time or memory), for the lecturer.
    std::string limit_message(bool memory = false) const;
    // The size of the current budget in steps.
    uint64_t budget_size() const { return m_budget_size; }

    // Names a chunk that runs in this state ("@" + display name). Lua
    // shortens long names in its messages ("...ios/s.lua"); protected_call
    // gives them back in full.
    void add_chunk(const std::string& display);

    // Splits "file:line: message" into its parts (file empty if absent).
    static void split_location(const std::string& full, std::string& file, int& line, std::string& msg);

private:
    static void* alloc(void* ud, void* ptr, size_t osize, size_t nsize);
    static void hook(lua_State* L, lua_Debug* ar);
    // Makes every further instruction fail (until the next budget), so that
    // a pcall in the script cannot catch a limit and go on.
    void fail_sticky();
    bool past_deadline();
    void remember_place();
    void call(const Callable& fn, State& s, bool writable, int nresults);
    [[noreturn]] void raise(const Callable& fn, const std::string& msg);

    SandboxLimits m_limits;
    lua_State* m_L = nullptr;
    size_t m_used = 0;
    bool m_mem_failed = false;
    int64_t m_budget = 0;
    uint64_t m_budget_size = 0;  // the budget of the current run, for messages
    uint64_t m_instructions = 0;
    int m_hook_every = 0;        // instructions between hook calls now
    int m_retunes = 0;           // changes of m_hook_every in this budget
    double m_seconds = 0;        // the wall clock of the current run, for messages
    std::chrono::steady_clock::time_point m_deadline, m_last_hook;
    bool m_timed_out = false;
    bool m_active = false;       // a budget runs (the allocator reads the clock)
    // Where the script was when the allocator refused (memory errors carry no place).
    std::string m_mem_file;
    int m_mem_line = 0;
    unsigned m_reads = 0;
    std::vector<char> m_meter_reads, m_visit_reads, m_tag_reads;
    std::set<std::string> m_flag_reads;
    static void mark_in(std::vector<char>& v, int i) {
        if (i < 0) return;
        if (size_t(i) >= v.size()) v.resize(size_t(i) + 1, 0);
        v[size_t(i)] = 1;
    }
    const Scenario* m_sc = nullptr;
    State* m_state = nullptr;
    bool m_writable = false;
    int m_proxy_ref = 0;
    std::string m_log;
    std::vector<std::string> m_chunks;  // display names of the chunks loaded
};

}  // namespace lab
