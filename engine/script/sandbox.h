// The sandbox's insides, shared by lua_host.cpp, sandbox.cpp (the library
// functions a scenario may use) and state_proxy.cpp (the state `s`). Only
// engine/script includes this.
#pragma once
#include <lua5.4/lua.h>

#include <string>

#include "core/scenario.h"
#include "lua_host.h"

namespace lab {

// The host of a state: the allocator's user data. [-0, +0, -]
LuaHost* host_of(lua_State* L);

// Raising a Lua error longjmps over C++ frames and would skip destructors
// (leaking strings). So error_here pushes the message, located at the
// calling Lua line, and throws LuaRaise; `safe` catches it once every C++
// object is gone and only then raises.
struct LuaRaise {};
[[noreturn]] void error_here(lua_State* L, const std::string& msg);

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

// Pushes a number as an integer when it is whole, so that "x" .. s.v reads
// "x8", not "x8.0". [-0, +1, -]
void push_number(lua_State* L, double v);

// Message handler for protected calls: makes sure the message is a string
// that says where (file:line of the innermost Lua line that has one). [-1, +1, m]
int message_handler(lua_State* L);

// Opens the allowed libraries, wraps the costly functions, and makes the
// result the state's globals. [-0, +0, m]
void open_sandbox(lua_State* L);

// Builds the state proxy `s` for `sc` and returns its registry reference. [-0, +0, m]
int make_state_proxy(lua_State* L, const Scenario& sc);

// s.random / math.random from the attempt's generator.
int s_random(lua_State* L);

}  // namespace lab
