// load_scenario: runs the scenario's files in a fresh sandbox, builds the
// Scenario from what they declared, and (by default) explores it for the
// diagnostics only playing can find (core/diagnose.h).
#include "loader.h"

#include <lua5.4/lauxlib.h>
#include <lua5.4/lua.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>

#include "core/diagnose.h"
#include "core/diagnostic_catalog.h"
#include "core/i18n.h"
#include "loader_impl.h"

namespace fs = std::filesystem;

namespace lab {

// [SECTION] one load

Loaded Loader::run() {
    Loaded out;
    out.path = m_path;
    m_sc = std::make_shared<Scenario>();
    std::string entry_display, bytes;
    if (open_entry(entry_display, bytes)) {
        m_host = std::make_shared<LuaHost>(m_opt.limits);
        lua_State* L = m_host->L();
        if (!L) {
            m_diags.add(diag::kNoLuaState, m_path, 0);
        } else {
            install_globals(L);
            // Declarations are all kept anyway: no collecting while loading
            // (the allocator's cap still holds, and collects on its own when
            // refused).
            lua_gc(L, LUA_GCSTOP);
            run_entry(L, entry_display, bytes);
            if (!m_diags.has_errors()) build_all(entry_display);
            lua_gc(L, LUA_GCRESTART);
            hash_sources();
            if (!m_diags.has_errors()) {
                m_sc->host = m_host;
                m_host->bind(m_sc.get());
                analyse_or_fix_maxima();
                out.playable = m_sc;
                out.graph = std::move(m_graph);
                if (!m_diags.has_errors()) out.scenario = m_sc;
            }
        }
    }
    out.log = std::move(m_log);
    m_diags.sort();
    out.diagnostics = std::move(m_diags);
    if (out.playable) out.reach = m_reach;
    return out;
}

// Finds the entry file (the file, or a folder's scenario.lua) and reads it.
bool Loader::open_entry(std::string& entry_display, std::string& bytes) {
    std::error_code ec;
    std::string entry = m_path;
    entry_display = m_path;
    if (fs::is_directory(m_path, ec)) {
        m_root = m_path;
        entry = (fs::path(m_path) / "scenario.lua").string();
        entry_display = entry;
    } else {
        m_root = fs::path(m_path).parent_path().string();
        if (m_root.empty()) m_root = ".";
    }
    m_root_real = fs::weakly_canonical(m_root, ec).string();
    m_sc->root = m_root;
    if (!read_source(entry, entry_display, bytes, 0, nullptr)) return false;
    m_included.insert(fs::weakly_canonical(entry, ec).string());
    return true;
}

// Runs the entry file (and what it includes) under the load budget.
void Loader::run_entry(lua_State* L, const std::string& entry_display, const std::string& bytes) {
    m_host->start_budget(m_opt.limits.load_instructions);
    if (load_chunk(L, bytes, entry_display)) {
        m_loading = true;
        std::string f, msg;
        int l = 0;
        if (!m_host->protected_call(0, 0, f, l, msg)) m_diags.add(diag::kLoadFailed, f.empty() ? entry_display : f, l, {msg});
        m_loading = false;
    }
    m_log = m_host->take_log();
    for (const auto& p : m_pending)
        if (!p.done) report(diag::kDeclHasNoTable, p.file, p.line, {kind_word(p.kind), q(p.id)});
}

// Builds the model: the scenario first (its language), then every other
// declaration in source order; then names are resolved.
void Loader::build_all(const std::string& entry_display) {
    const Decl* scen = nullptr;
    for (const auto& d : m_decls) {
        if (d.kind != Kind::Scenario) continue;
        if (scen) report(diag::kSecondScenario, d.file, d.line);
        else scen = &d;
    }
    if (!scen) report(diag::kNoScenario, intern(entry_display), 1);
    else build_scenario(*scen);
    std::map<std::pair<int, std::string>, const Decl*> seen;
    std::map<std::string, const Decl*> targets;
    for (const auto& d : m_decls) {
        if (d.kind == Kind::Scenario) continue;
        auto key = std::make_pair(int(d.kind), d.id);
        if (seen.count(key)) {
            const Decl* first = seen[key];
            report(diag::kDuplicateDecl, d.file, d.line, {what(d), first->file ? *first->file : "", std::to_string(first->line)});
            continue;
        }
        seen[key] = &d;
        if (d.kind == Kind::Node || d.kind == Kind::Ending) {
            if (targets.count(d.id))
                report(diag::kDuplicateTarget, d.file, d.line,
                       {q(d.id), targets[d.id]->file ? *targets[d.id]->file : "", std::to_string(targets[d.id]->line)});
            targets[d.id] = &d;
        }
        switch (d.kind) {
            case Kind::Character: build_character(d); break;
            case Kind::Meter: build_meter(d); break;
            case Kind::Competency: build_competency(d); break;
            case Kind::Node: build_node(d); break;
            case Kind::Ending: build_ending(d); break;
            case Kind::Plan: build_plan(d); break;
            case Kind::Scenario: break;
        }
    }
    if (scen) {
        resolve();
        check_texts();
        if (m_sc->start.kind == TargetRef::Kind::Ending)
            report(diag::kStartIsEnding, scen->file, locate_field(scen->file, scen->line, "start"));
    }
}

// A simple content hash (FNV-1a over all files) identifies the version played.
void Loader::hash_sources() {
    uint64_t h = 1469598103934665603ull;
    for (const auto& src : m_sources)
        for (const auto& line : src.lines) {
            for (unsigned char c : line) { h ^= c; h *= 1099511628211ull; }
            h ^= '\n'; h *= 1099511628211ull;
        }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    m_sc->content_hash = hex;
}

void Loader::analyse_or_fix_maxima() {
    if (m_opt.analyse) {
        run_analysis(*m_sc);
        m_host->take_log();  // what the analysis printed is not the author's run
        return;
    }
    m_sc->competency_max.assign(m_sc->competencies.size(), 0);
    for (size_t k = 0; k < m_sc->competencies.size(); ++k)
        if (m_sc->competencies[k].max) m_sc->competency_max[k] = *m_sc->competencies[k].max;
    if (m_opt.known_maxima.size() == m_sc->competencies.size()) m_sc->competency_max = m_opt.known_maxima;
}

void Loader::run_analysis(Scenario& sc) {
    ExploreOptions eo = m_opt.explore;
    if (!eo.make) {
        // A wide search runs on more threads, each with a copy of its own
        // (loaded again, without analysis; explore() checks it is the same).
        eo.make = [path = m_path, opt = m_opt]() {
            LoadOptions light = opt;
            light.analyse = false;
            return load_scenario(path, light).playable;
        };
    }
    StateGraph g = explore(sc, eo);
    compute_maxima(sc, g);
    Diagnosis found = diagnose(sc, g, m_path);
    m_diags.append(found.diagnostics);
    m_reach = std::move(found.reach);
    if (m_opt.keep_graph) m_graph = std::make_shared<const StateGraph>(std::move(g));
}

// [SECTION] the public functions

std::string LoadOptions::default_assets_dir() {
    if (const char* env = std::getenv("GESPREKSLAB_ASSETS")) return env;
#ifdef LAB_ASSETS_DIR
    return LAB_ASSETS_DIR;
#else
    return {};
#endif
}

Loaded load_scenario(const std::string& path) {
    const LoadOptions defaults;
    return load_scenario(path, defaults);
}

Loaded load_scenario(const std::string& path, const LoadOptions& opt) {
    Loader l(path, opt);
    return l.run();
}

std::vector<std::string> find_scenarios(const std::string& path) {
    std::error_code ec;
    if (fs::is_regular_file(path, ec)) return {path};
    if (!fs::is_directory(path, ec)) return {};
    if (fs::is_regular_file(fs::path(path) / "scenario.lua", ec)) return {path};
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(path, ec)) {
        // Names starting with _ or . are not scenarios (templates, drafts).
        const std::string name = e.path().filename().string();
        if (name.empty() || name[0] == '_' || name[0] == '.') continue;
        if (e.is_regular_file(ec) && e.path().extension() == ".lua") out.push_back(e.path().string());
        else if (e.is_directory(ec) && fs::is_regular_file(e.path() / "scenario.lua", ec)) out.push_back(e.path().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace lab
