// Shared helpers for tests that load Lua scenarios from text.
#pragma once
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/grade.h"
#include "core/i18n.h"
#include "core/mode.h"
#include "core/picks.h"
#include "core/session.h"
#include "script/loader.h"

namespace lab {
// Failures name grades and modes as the files write them ("goed", "toets").
inline void PrintTo(Grade g, std::ostream* os) { *os << grade_name(g); }
inline void PrintTo(Mode m, std::ostream* os) { *os << mode_name(m); }
}  // namespace lab

namespace labtest {

namespace fs = std::filesystem;

// A fresh folder under the system temp dir, removed at destruction.
struct TempDir {
    fs::path path;
    TempDir() {
        static int counter = 0;
        path = fs::temp_directory_path() / ("lab-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        fs::create_directories(path);
    }
    ~TempDir() { std::error_code ec; fs::remove_all(path, ec); }
    std::string write(const std::string& name, const std::string& text) const {
        fs::path p = path / name;
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << text;
        return p.string();
    }
};

// The smallest valid scenario around `body` (which may add nodes/endings).
inline std::string scenario_with(const std::string& body, const std::string& extra_scenario_fields = "") {
    return "scenario { id = \"t\", start = \"begin\", " + extra_scenario_fields + " }\n" + body;
}

inline lab::Loaded load_text(const TempDir& dir, const std::string& text, const std::string& name = "s.lua",
                             const lab::LoadOptions& opt = {}) {
    lab::set_message_language("en");
    return lab::load_scenario(dir.write(name, text), opt);
}

// Joined diagnostics, for assertions and failure messages.
inline std::string messages(const lab::Loaded& l) {
    std::string s;
    for (const auto& d : l.diagnostics.all()) s += d.format() + "\n";
    return s;
}

inline bool has(const lab::Loaded& l, const std::string& needle) { return messages(l).find(needle) != std::string::npos; }

// Plays picks and returns the result.
inline lab::Result play(std::shared_ptr<const lab::Scenario> sc, const std::string& picks, uint64_t seed = 1) {
    lab::Session s(std::move(sc), seed);
    std::vector<lab::Pick> p;
    std::string err;
    EXPECT_TRUE(lab::parse_picks(picks, p, err)) << err;
    EXPECT_TRUE(lab::play_picks(s, p, err)) << err;
    return s.result();
}

}  // namespace labtest
