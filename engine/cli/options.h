// Options that several subcommands share, each declared in one place: the
// same name, check and help text wherever it appears. Every function adds
// the option to `sub`, bound to `into`, and returns it.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace CLI {
class App;
class Option;
class Validator;
}  // namespace CLI

namespace lab {

// What a --lang is for, which its help text says.
enum class LangUse { Program, Messages, Texts };
// --lang nl|en.
CLI::Option* add_lang_option(CLI::App& sub, std::string& into, LangUse use = LangUse::Program);
// PATH: one scenario (file or folder); required.
CLI::Option* add_scenario_argument(CLI::App& sub, std::string& into);
// A check that the value is a whole number (digits only) from `lo` to `hi`.
CLI::Validator whole_number(uint64_t lo, uint64_t hi);
// "1280x800" -> 1280, 800: digits, "x", digits, nothing else. False when not
// so, or outside [min_w, max_w] x [min_h, max_h].
bool parse_size(const std::string& s, int min_w, int min_h, int max_w, int max_h, int& w, int& h);

// --seed N: the seed for chance and shuffling (0 .. 2^64-1).
CLI::Option* add_seed_option(CLI::App& sub, uint64_t& into);
// --json: the output as JSON.
CLI::Option* add_json_flag(CLI::App& sub, bool& into);
// --max-states N: the analysis' state budget (1 .. kMaxStates).
constexpr uint64_t kMaxStates = 100'000'000;
CLI::Option* add_max_states_option(CLI::App& sub, size_t& into);
// --max-seconds S: the analysis' wall-clock budget (a positive number).
CLI::Option* add_max_seconds_option(CLI::App& sub, double& into);
// --data DIR: the folder of the results database.
CLI::Option* add_data_option(CLI::App& sub, std::string& into);
// -o,--output FILE; `help` says what is written.
CLI::Option* add_output_option(CLI::App& sub, std::string& into, const std::string& help);

}  // namespace lab
