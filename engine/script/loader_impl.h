// The loader's insides, shared by its source files (engine/script only):
// loader.cpp runs a load, loader_lua.cpp holds what the scenario's files
// call (declarations, include) and reads the files, loader_fields.cpp reads
// fields of the declared tables, loader_build.cpp builds the model from them
// and resolves names.
#pragma once
#include <lua5.4/lua.h>

#include <chrono>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/diagnostic.h"
#include "core/move.h"
#include "core/scenario.h"
#include "loader.h"
#include "lua_host.h"

namespace lab {

constexpr size_t kMaxFileBytes = 8u << 20;

enum class Kind { Scenario, Character, Meter, Competency, Node, Ending, Plan };
const char* kind_word(Kind k);
// Ids: lowercase a-z, digits, _ and -.
bool valid_id(const std::string& id);

// t[field] without metamethods: declarations are read as plain tables, so
// reading them runs no script code (it runs outside any budget). Returns the
// value's type. [-0, +1, m]
inline int raw_field(lua_State* L, int t, const char* field) {
    t = lua_absindex(L, t);
    lua_pushstring(L, field);
    return lua_rawget(L, t);
}

// One declaration as the scenario's files made it.
struct Decl {
    Kind kind;
    std::string id;
    int ref = LUA_NOREF;  // the table, in the registry
    const std::string* file = nullptr;
    int line = 0;
};

struct SourceFile {
    std::string path;  // display path
    std::vector<std::string> lines;
};

// One load of one scenario. Not reusable: construct, run() once.
class Loader {
public:
    Loader(const std::string& path, const LoadOptions& opt) : m_path(path), m_opt(opt) {}
    Loaded run();

    // Makes this loader the one the declaration functions reach (while the
    // files run), or none. [-0, +0, m]
    void set_active(lua_State* L, bool active);
    // Called from Lua (loader_lua.cpp) while the scenario's files run.
    int decl(lua_State* L, Kind kind);
    int decl_body(lua_State* L, Kind kind, const std::string& id, int pending);
    int include(lua_State* L);

private:
    // [SECTION] running the files (loader.cpp)
    bool open_entry(std::string& entry_display, std::string& bytes);
    void install_globals(lua_State* L);
    void run_entry(lua_State* L, const std::string& entry_display, const std::string& bytes);
    void build_all(const std::string& entry_display);
    void hash_sources();
    void analyse_or_fix_maxima();
    void run_analysis(Scenario& sc);

    // [SECTION] files and locations (loader_lua.cpp)
    bool include_file(lua_State* L);
    bool read_source(const std::string& disk_path, const std::string& display, std::string& bytes, int at_line,
                     const std::string* from_file);
    // Loads `bytes` as chunk "@display"; reports a syntax error. [-0, +(0|1), -]
    bool load_chunk(lua_State* L, const std::string& bytes, const std::string& display);
    int first_failing_line(lua_State* L, const std::string& bytes, const std::string& chunk, const std::string& msg);
    const std::string* intern(const std::string& display);
    void where(lua_State* L, const std::string*& file, int& line);
    int locate(const std::string* file, int from, const std::string& needle) const;
    int locate_field(const std::string* file, int from, const std::string& field) const;
    int range_end(const std::string* file, int from) const;

    // [SECTION] reading tables (loader_fields.cpp)
    void report(const DiagnosticDescriptor& d, const std::string* file, int line, const std::vector<std::string>& args = {}) {
        m_diags.add(d, file ? *file : m_path, line, args);
    }
    std::string what(const Decl& d) const;
    void check_fields(const Decl& d, int t, const std::vector<std::string>& known, const std::string& context);
    bool get_string(const Decl& d, int t, const char* field, std::string& out, bool required = false);
    bool get_number(const Decl& d, int t, const char* field, double& out);
    bool get_int(const Decl& d, int t, const char* field, int& out, int lo, int hi);
    bool get_bool(const Decl& d, int t, const char* field, bool& out);
    bool read_local(const Decl& d, int idx, const std::string& field, LocalText& out);
    bool get_local(const Decl& d, int t, const char* field, LocalText& out);
    bool get_text(const Decl& d, int t, const char* field, Text& out);
    bool get_callable(const Decl& d, int t, const char* field, Callable& out);
    Callable make_callable(int idx);
    void get_target(const Decl& d, int t, const char* field, Target& out, const std::string& context);
    void get_effects(const Decl& d, int t, Effects& out, const std::string& context);
    void get_deltas(const Decl& d, int t, const char* field, std::vector<std::pair<std::string, double>>& out);
    void get_tags(const Decl& d, int t, std::vector<std::string>& out);

    // [SECTION] building the scenario (loader_build.cpp)
    void build_scenario(const Decl& d);
    void build_character(const Decl& d);
    void build_meter(const Decl& d);
    void build_competency(const Decl& d);
    void build_node(const Decl& d);
    void build_choice(const Decl& d, Node& n, int k);
    void build_ending(const Decl& d);
    void build_plan(const Decl& d);
    void resolve();
    void check_texts();
    void check_text(const LocalText& t, const std::string* file, int line, const std::string& context);

    std::string m_path;
    LoadOptions m_opt;
    std::string m_root, m_root_real;
    std::shared_ptr<LuaHost> m_host;
    std::shared_ptr<Scenario> m_sc;
    Diagnostics m_diags;
    std::string m_log;                          // what the files printed
    std::shared_ptr<const StateGraph> m_graph;  // kept with LoadOptions::keep_graph
    std::shared_ptr<const Analysis> m_reach;
    std::vector<SourceFile> m_sources;
    std::set<std::string> m_included;  // real paths
    std::vector<Decl> m_decls;
    struct Pending { Kind kind; std::string id; const std::string* file; int line; bool done; };
    std::vector<Pending> m_pending;
    int m_include_depth = 0;
    std::chrono::steady_clock::time_point m_began = std::chrono::steady_clock::now();  // a copy for a search thread costs about this long
    // kind: Choice `choice` of the node, its Timeout, or (Advance) the node itself.
    struct DeltaJob { std::vector<std::pair<std::string, double>> names; const Decl* decl; bool meters; int node; MoveKind kind; int choice; };
    std::vector<DeltaJob> m_delta_jobs;
    struct TargetJob { const Decl* decl; int node; MoveKind kind; int choice; };  // choice.next, timeout.next or (Advance) node.next
    // How a message names the place of a job ("choice 2 of node "begin"").
    std::string job_context(const Decl& d, MoveKind kind, int choice) const;
    std::vector<TargetJob> m_target_jobs;
    std::vector<std::pair<const Decl*, std::string>> m_speakers;  // node decl, speaker id (index by node)
};

}  // namespace lab
