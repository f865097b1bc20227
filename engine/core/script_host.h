// ScriptHost: how core calls the author's functions without knowing Lua.
#pragma once
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

#include "callable.h"
#include "state.h"
#include "text.h"

namespace lab {

// An author function failed at run time (error, budget, memory, bad value).
// `file`/`line` locate the failing line; `message` is for the lecturer.
struct ScriptError : std::runtime_error {
    std::string file;
    int line = 0;
    std::string message;
    ScriptError(std::string f, int l, std::string m)
        : std::runtime_error((f.empty() ? std::string() : f + ":" + std::to_string(l) + ": ") + m),
          file(std::move(f)), line(l), message(std::move(m)) {}
};

// Implemented by engine/script. Every call may throw ScriptError. Calls may
// change `s` (effects, s.random) and so take it by reference.
class ScriptHost {
public:
    virtual ~ScriptHost() = default;
    virtual bool condition(const Callable& fn, State& s) = 0;   // `when`
    virtual LocalText text(const Callable& fn, State& s) = 0;   // text/feedback/title
    virtual std::string id(const Callable& fn, State& s) = 0;   // next / mood
    virtual void effect(const Callable& fn, State& s) = 0;      // effect
    // Bitmask of StateRead: what the functions have read so far.
    virtual unsigned reads() const = 0;
    // Finer grain: whether any function has read meter `i`, the visits of
    // visit key `v`, tag `t` (index in Scenario::choice_tags) or flag `name`.
    // The defaults say "yes" whenever the part was read at all.
    virtual bool meter_read(int i) const { (void)i; return (reads() & ReadMeters) != 0; }
    virtual bool visit_read(int v) const { (void)v; return (reads() & ReadVisits) != 0; }
    virtual bool tag_read(int t) const { (void)t; return (reads() & ReadTagged) != 0; }
    // The flag names read so far (sorted), or false when every flag counts.
    virtual bool flags_read(std::vector<std::string>& out) const { (void)out; return false; }
    // Lua instructions run so far (roughly; counted in blocks), for budgets
    // over many calls such as an analysis.
    virtual uint64_t instructions() const { return 0; }
    // Lines the author's `print` wrote since the last call.
    virtual std::string take_log() { return {}; }
};

}  // namespace lab
