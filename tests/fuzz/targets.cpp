#include "targets.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "core/i18n.h"
#include "core/session.h"
#include "script/loader.h"
#include "store/class_overview.h"
#include "store/export_json.h"
#include "store/report_html.h"
#include "store/xapi.h"

namespace fs = std::filesystem;

namespace lab::fuzz {

namespace {

// A folder of our own for the scenario file (the loader reads from disk).
const fs::path& work_dir() {
    static const fs::path dir = [] {
        std::string templ = (fs::temp_directory_path() / "lab-fuzz-XXXXXX").string();
        const char* made = mkdtemp(templ.data());
        return fs::path(made ? made : fs::temp_directory_path().string());
    }();
    return dir;
}

// The analysis with a small state budget, on one thread: the loader's own
// checks and the sandbox's limits are what is fuzzed, not search breadth.
LoadOptions fuzz_options() {
    LoadOptions opt;
    opt.explore.max_states = 2000;
    opt.explore.threads = 1;
    opt.explore.parallel_after = 0;
    return opt;
}

// Plays the first offered choice (or lets the timeout fire) a few times.
void play_along(std::shared_ptr<const Scenario> sc) {
    Session s(std::move(sc), 7);
    s.advance_all();
    for (int turn = 0; turn < 12 && s.phase() == Phase::Choosing; ++turn) {
        const int offered = int(s.current().arrival.offered.size());
        if (offered > 0) s.choose(turn % offered);
        else if (s.has_timeout()) s.timeout();
        else break;
        s.advance_all();
    }
    (void)s.result();
    (void)s.save_json();
}

std::shared_ptr<const Scenario> tutorial() {
    static const std::shared_ptr<const Scenario> sc = [] {
        const char* root = std::getenv("LAB_SOURCE_DIR");
        std::string path = std::string(root ? root : LAB_SOURCE_DIR) + "/scenarios/tutorial.lua";
        return load_scenario(path, fuzz_options()).scenario;
    }();
    return sc;
}

}  // namespace

int loader(const uint8_t* data, size_t size) {
    set_message_language(size % 2 ? "en" : "nl");
    const fs::path file = work_dir() / "scenario.lua";
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), std::streamsize(size));
    }
    Loaded l = load_scenario(file.string(), fuzz_options());
    for (const auto& d : l.diagnostics.all()) (void)d.format();
    if (l.playable) play_along(l.playable);
    return 0;
}

int session(const uint8_t* data, size_t size) {
    auto sc = tutorial();
    if (!sc) std::abort();  // the shipped tutorial must load
    std::string problem;
    auto s = Session::restore(sc, std::string(reinterpret_cast<const char*>(data), size), &problem);
    if (!s) return 0;
    (void)s->save_json();
    (void)s->result();
    if (s->phase() == Phase::Choosing && !s->current().arrival.offered.empty()) {
        s->choose(0);
        s->advance_all();
    }
    if (s->turns() > 0) s->rewind(0);
    (void)s->result();
    return 0;
}

int exports(const uint8_t* data, size_t size) {
    std::vector<AttemptRecord> attempts;
    std::string problem;
    if (!parse_export(std::string(reinterpret_cast<const char*>(data), size), attempts, &problem)) return 0;
    (void)export_json(attempts, 0);
    (void)report_html(attempts);
    (void)xapi_jsonl(attempts);
    ClassOverview c = class_overview(attempts);
    (void)class_html(c);
    (void)class_csv(c);
    return 0;
}

}  // namespace lab::fuzz
