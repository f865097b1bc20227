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
}  // namespace CLI

namespace lab {

// What a --lang is for, which its help text says.
enum class LangUse { Program, Messages, Texts };
// --lang nl|en.
CLI::Option* add_lang_option(CLI::App& sub, std::string& into, LangUse use = LangUse::Program);
// PATH: one scenario (file or folder); required.
CLI::Option* add_scenario_argument(CLI::App& sub, std::string& into);
// --seed N: the seed for chance and shuffling.
CLI::Option* add_seed_option(CLI::App& sub, uint64_t& into);
// --json: the output as JSON.
CLI::Option* add_json_flag(CLI::App& sub, bool& into);
// --max-states N: the analysis' state budget.
CLI::Option* add_max_states_option(CLI::App& sub, size_t& into);
// --data DIR: the folder of the results database.
CLI::Option* add_data_option(CLI::App& sub, std::string& into);
// -o,--output FILE; `help` says what is written.
CLI::Option* add_output_option(CLI::App& sub, std::string& into, const std::string& help);

}  // namespace lab
