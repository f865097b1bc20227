// Every input that ever made a fuzz target (tests/fuzz, scripts/fuzz) crash,
// hang or trip a sanitizer is kept in tests/cases/fuzz/TARGET/ and replayed
// here, with the seeds the fuzzing starts from: each must end, in seconds.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include "fuzz/targets.h"

namespace fs = std::filesystem;

namespace {

struct Input {
    std::string target, path;
};

std::vector<Input> inputs() {
    std::vector<Input> out;
    for (const char* target : {"loader", "session", "exports"})
        for (const std::string dir : {std::string(LAB_SOURCE_DIR "/tests/cases/fuzz/") + target, std::string(LAB_SOURCE_DIR "/tests/fuzz/seeds/") + target}) {
            std::error_code ec;
            std::vector<std::string> files;
            for (const auto& e : fs::directory_iterator(dir, ec))
                if (e.is_regular_file()) files.push_back(e.path().string());
            std::sort(files.begin(), files.end());
            for (const auto& f : files) out.push_back({target, f});
        }
    return out;
}

class FuzzInput : public ::testing::TestWithParam<Input> {};

}  // namespace

TEST(FuzzRegressions, EveryTargetHasInputsToReplay) {
    std::set<std::string> targets;
    for (const auto& i : inputs()) targets.insert(i.target);
    EXPECT_EQ(targets, (std::set<std::string>{"exports", "loader", "session"}));
}

TEST_P(FuzzInput, EndsWithoutCrashingWithinSeconds) {
    std::ifstream in(GetParam().path, std::ios::binary);
    const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto* bytes = reinterpret_cast<const uint8_t*>(data.data());
    const auto start = std::chrono::steady_clock::now();
    const std::string& t = GetParam().target;
    if (t == "loader") lab::fuzz::loader(bytes, data.size());
    else if (t == "session") lab::fuzz::session(bytes, data.size());
    else lab::fuzz::exports(bytes, data.size());
    EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 30.0);
}

INSTANTIATE_TEST_SUITE_P(Inputs, FuzzInput, ::testing::ValuesIn(inputs()), [](const auto& info) {
    const bool kept = info.param.path.find("/tests/cases/") != std::string::npos;
    std::string n = info.param.target + (kept ? "_case_" : "_seed_") + fs::path(info.param.path).stem().string();
    for (char& c : n)
        if (!isalnum(static_cast<unsigned char>(c))) c = '_';
    return n;
});
