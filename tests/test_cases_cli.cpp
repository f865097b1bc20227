// Every case in tests/cases that must fail ("-- expect: FILE:LINE: error: ...")
// fails the same way through the program: `check` and `run` exit with 1 and
// print the located message, within seconds (also in the sanitizer build).
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

#include "helpers.h"

namespace {

struct Expectation {
    std::string path, message;
};

std::vector<Expectation> failing_cases() {
    std::vector<Expectation> out;
    for (const auto& path : lab::find_scenarios(LAB_SOURCE_DIR "/tests/cases")) {
        std::ifstream in(std::filesystem::is_directory(path) ? path + "/scenario.lua" : path);
        std::string first;
        std::getline(in, first);
        const std::string tag = "-- expect: ";
        if (first.rfind(tag, 0) == 0 && first.find(": error: ") != std::string::npos) out.push_back({path, first.substr(tag.size())});
    }
    return out;
}

struct ProgramRun {
    int status = -1;
    std::string err;
    double seconds = 0;
};

ProgramRun run_program(const std::string& args) {
    labtest::TempDir d;
    const std::string err_file = (d.path / "err").string();
    const std::string cmd = std::string(LAB_BINARY) + " " + args + " --lang en >/dev/null 2>" + err_file + " </dev/null";
    const auto start = std::chrono::steady_clock::now();
    const int rc = std::system(cmd.c_str());
    ProgramRun r;
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    std::ifstream e(err_file);
    r.err.assign(std::istreambuf_iterator<char>(e), {});
    return r;
}

class FailingCase : public ::testing::TestWithParam<Expectation> {};

// A bound that a hang would pass and a slow machine would not: the cases
// stop on the sandbox's own limits (5 s of wall clock at most at load).
constexpr double kSecondsAtMost = 20;

}  // namespace

TEST_P(FailingCase, CheckAndRunExitWithTheLocatedMessageInSeconds) {
    const Expectation& e = GetParam();
    for (const std::string& command : {"check " + e.path, "run " + e.path + " --choices 1"}) {
        ProgramRun r = run_program(command);
        EXPECT_EQ(r.status, 1) << command << "\n" << r.err;
        EXPECT_NE(r.err.find(e.message), std::string::npos) << command << "\nwant: " << e.message << "\ngot:\n" << r.err;
        EXPECT_LT(r.seconds, kSecondsAtMost) << command;
    }
}

INSTANTIATE_TEST_SUITE_P(Cases, FailingCase, ::testing::ValuesIn(failing_cases()), [](const auto& info) {
    std::string n = std::filesystem::path(info.param.path).stem().string();
    for (char& c : n)
        if (!isalnum(static_cast<unsigned char>(c))) c = '_';
    return n;
});
