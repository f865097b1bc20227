// gesprekslab: the desktop app without a subcommand, headless tools with one.
// What the command line holds is declared in command_line.cpp.
#include <CLI/CLI.hpp>

#include <iostream>
#include <string>

#include "command_line.h"
#include "commands.h"
#include "core/i18n.h"

namespace {

// The message language for --help and parse errors, before parsing: --lang
// when given anywhere, else Dutch.
std::string pick_language(int argc, char** argv) {
    for (int i = 1; i + 1 < argc; ++i)
        if (std::string(argv[i]) == "--lang") return argv[i + 1];
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a.rfind("--lang=", 0) == 0) return a.substr(7);
    }
    return "nl";
}

}  // namespace

int main(int argc, char** argv) {
    using namespace lab;
    set_message_language(pick_language(argc, argv));
    CommandLine cl;
    try {
        cl.app().parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int rc = cl.app().exit(e);
        return rc == 0 ? kExitOk : kExitUsage;
    }
    set_message_language(cl.lang());
    try {
        return cl.run();
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << "\n";
        return kExitInput;
    }
}
