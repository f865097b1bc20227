// Callable: a handle to a function written by the scenario's author.
#pragma once
#include <string>

namespace lab {

// Opaque reference to an author function held by the ScriptHost that loaded
// the scenario (0 = none). `file`/`line` locate its definition for messages.
struct Callable {
    int ref = 0;
    int line = 0;
    const std::string* file = nullptr;  // owned by the Scenario's file list

    explicit operator bool() const { return ref != 0; }
};

}  // namespace lab
