#include "loader.h"

#include <lua5.4/lauxlib.h>
#include <lua5.4/lua.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include "core/analysis.h"
#include "core/i18n.h"
#include "core/text.h"

namespace fs = std::filesystem;

namespace lab {

namespace {

constexpr size_t kMaxFileBytes = 8u << 20;

enum class Kind { Scenario, Character, Meter, Competency, Node, Ending, Plan };
const char* kind_word(Kind k) {
    switch (k) {
        case Kind::Scenario: return "scenario";
        case Kind::Character: return "character";
        case Kind::Meter: return "meter";
        case Kind::Competency: return "competency";
        case Kind::Node: return "node";
        case Kind::Ending: return "ending";
        case Kind::Plan: return "plan";
    }
    return "?";
}

bool valid_id(const std::string& id) {
    if (id.empty()) return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

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

// Makes Lua's (English) syntax messages readable for a Dutch lecturer.
std::string explain_syntax(const std::string& msg) {
    if (message_language() == "en") return msg;
    static const std::pair<const char*, const char*> words[] = {
        {"unexpected symbol near", "onverwacht teken bij"},
        {"unfinished string near", "tekst zonder afsluitend aanhalingsteken bij"},
        {"unfinished long string", "lange tekst zonder afsluitende ]]"},
        {"unfinished long comment", "commentaar zonder afsluitende ]]"},
        {"malformed number near", "onleesbaar getal bij"},
        {"expected near", "verwacht bij"},
        {"expected (to close", "verwacht (om af te sluiten:"},
        {"at line", "op regel"},
        {"near", "bij"},
    };
    std::string out = msg;
    for (const auto& [en, nl] : words) {
        size_t p = 0;
        while ((p = out.find(en, p)) != std::string::npos) {
            out.replace(p, std::strlen(en), nl);
            p += std::strlen(nl);
        }
    }
    return tr("syntaxfout: ", "syntax error: ") + out;
}

class Loader {
public:
    Loader(const std::string& path, const LoadOptions& opt) : m_path(path), m_opt(opt) {}
    Loaded run();

    // Called from Lua (C functions below).
    int decl(lua_State* L, Kind kind);
    int decl_body(lua_State* L, Kind kind, const std::string& id, int pending);
    int include(lua_State* L);
    bool include_file(lua_State* L);

private:
    // [SECTION] files
    bool read_source(const std::string& disk_path, const std::string& display, std::string& bytes, int at_line,
                     const std::string* from_file);
    const std::string* intern(const std::string& display);
    void where(lua_State* L, const std::string*& file, int& line);
    int locate(const std::string* file, int from, const std::string& needle) const;
    int locate_field(const std::string* file, int from, const std::string& field) const;
    int range_end(const std::string* file, int from) const;

    // [SECTION] reading tables
    void err(const std::string* file, int line, const char* code, const std::string& msg) {
        m_diags.error(file ? *file : m_path, line, code, msg);
    }
    void warn(const std::string* file, int line, const char* code, const std::string& msg) {
        m_diags.warning(file ? *file : m_path, line, code, msg);
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

    // [SECTION] building the scenario
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
    void run_analysis(Scenario& sc);

    std::string m_path;
    LoadOptions m_opt;
    std::string m_root, m_root_real;
    std::shared_ptr<LuaHost> m_host;
    std::shared_ptr<Scenario> m_sc;
    Diagnostics m_diags;
    std::shared_ptr<const StateGraph> m_graph;  // kept with LoadOptions::keep_graph
    std::shared_ptr<const Analysis> m_reach;
    std::vector<SourceFile> m_sources;
    std::set<std::string> m_included;  // real paths
    std::vector<Decl> m_decls;
    struct Pending { Kind kind; std::string id; const std::string* file; int line; bool done; };
    std::vector<Pending> m_pending;
    bool m_loading = false;
    int m_include_depth = 0;
    // kind: Choice `choice` of the node, its Timeout, or (Advance) the node itself.
    struct DeltaJob { std::vector<std::pair<std::string, double>> names; const Decl* decl; bool meters; int node; MoveKind kind; int choice; };
    std::vector<DeltaJob> m_delta_jobs;
    struct TargetJob { const Decl* decl; int node; MoveKind kind; int choice; };  // choice.next, timeout.next or (Advance) node.next
    // How a message names the place of a job ("choice 2 of node "begin"").
    std::string job_context(const Decl& d, MoveKind kind, int choice) const {
        if (kind == MoveKind::Choice) return fmt("keuze {0} van knoop {1}", "choice {0} of node {1}", {std::to_string(choice + 1), q(d.id)});
        return kind == MoveKind::Timeout ? what(d) + " timeout" : what(d);
    }
    std::vector<TargetJob> m_target_jobs;
    std::vector<std::pair<const Decl*, std::string>> m_speakers;  // node decl, speaker id (index by node)
};

Loader* loader_of(lua_State* L) { return static_cast<Loader*>(lua_touserdata(L, lua_upvalueindex(1))); }

int l_decl(lua_State* L) {
    return loader_of(L)->decl(L, Kind(lua_tointeger(L, lua_upvalueindex(2))));
}

int l_decl_body(lua_State* L) {
    return loader_of(L)->decl_body(L, Kind(lua_tointeger(L, lua_upvalueindex(2))), lua_tostring(L, lua_upvalueindex(3)),
                                   int(lua_tointeger(L, lua_upvalueindex(4))));
}

int l_include(lua_State* L) { return loader_of(L)->include(L); }

int l_swallow(lua_State*) { return 0; }

// [SECTION] files

const std::string* Loader::intern(const std::string& display) {
    for (const auto& f : m_sc->files)
        if (*f == display) return f.get();
    m_sc->files.push_back(std::make_unique<std::string>(display));
    return m_sc->files.back().get();
}

bool Loader::read_source(const std::string& disk_path, const std::string& display, std::string& bytes, int at_line,
                         const std::string* from_file) {
    const std::string* where_file = from_file ? from_file : intern(display);
    std::error_code ec;
    if (!fs::is_regular_file(disk_path, ec)) {
        err(where_file, at_line, "file-missing", fmt("bestand {0} bestaat niet of is geen bestand", "file {0} does not exist or is not a file", {q(display)}));
        return false;
    }
    auto size = fs::file_size(disk_path, ec);
    if (ec || size > kMaxFileBytes) {
        err(where_file, at_line, "file-too-large", fmt("bestand {0} is te groot (meer dan 8 MB)", "file {0} is too large (over 8 MB)", {q(display)}));
        return false;
    }
    std::ifstream in(disk_path, std::ios::binary);
    if (!in) {
        err(where_file, at_line, "file-unreadable", fmt("bestand {0} kan niet worden gelezen", "file {0} cannot be read", {q(display)}));
        return false;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    bytes = ss.str();
    const std::string* file = intern(display);
    if (!bytes.empty() && bytes[0] == '\x1b') {
        err(file, 1, "binary-chunk", tr("dit is gecompileerde Lua (een binair bestand); alleen tekstbestanden zijn toegestaan",
                                        "this is compiled Lua (a binary chunk); only text files are allowed"));
        return false;
    }
    size_t bad = 0;
    if (!valid_utf8(bytes, &bad)) {
        int line = 1 + int(std::count(bytes.begin(), bytes.begin() + long(bad), '\n'));
        err(file, line, "invalid-utf8", tr("deze regel bevat tekens die geen geldige UTF-8 zijn; sla het bestand op als UTF-8",
                                           "this line contains bytes that are not valid UTF-8; save the file as UTF-8"));
        return false;
    }
    SourceFile src{display, {}};
    std::istringstream lines(bytes);
    for (std::string l; std::getline(lines, l);) src.lines.push_back(l);
    m_sources.push_back(std::move(src));
    return true;
}

void Loader::where(lua_State* L, const std::string*& file, int& line) {
    lua_Debug ar;
    file = nullptr;
    line = 0;
    for (int level = 1; lua_getstack(L, level, &ar); ++level) {
        lua_getinfo(L, "Sl", &ar);
        if (ar.currentline > 0 && ar.source[0] == '@') {
            file = intern(ar.source + 1);
            line = ar.currentline;
            return;
        }
    }
}

int Loader::range_end(const std::string* file, int from) const {
    int end = INT_MAX;
    for (const auto& d : m_decls)
        if (d.file == file && d.line > from) end = std::min(end, d.line - 1);
    return end;
}

int Loader::locate(const std::string* file, int from, const std::string& needle) const {
    if (!file) return from;
    int to = range_end(file, from);
    for (const auto& src : m_sources) {
        if (src.path != *file) continue;
        for (int l = std::max(from, 1); l <= int(src.lines.size()) && l <= to; ++l)
            if (src.lines[size_t(l - 1)].find(needle) != std::string::npos) return l;
    }
    return from;
}

int Loader::locate_field(const std::string* file, int from, const std::string& field) const {
    if (!file) return from;
    int to = range_end(file, from);
    for (const auto& src : m_sources) {
        if (src.path != *file) continue;
        for (int l = std::max(from, 1); l <= int(src.lines.size()) && l <= to; ++l) {
            const std::string& s = src.lines[size_t(l - 1)];
            for (size_t p = s.find(field); p != std::string::npos; p = s.find(field, p + 1)) {
                bool left = p == 0 || !(isalnum(static_cast<unsigned char>(s[p - 1])) || s[p - 1] == '_');
                size_t r = p + field.size();
                while (r < s.size() && s[r] == ' ') ++r;
                if (left && r < s.size() && s[r] == '=' && (r + 1 >= s.size() || s[r + 1] != '=')) return l;
            }
        }
    }
    return from;
}

// [SECTION] declarations called from Lua

int Loader::decl(lua_State* L, Kind kind) {
    const std::string* file;
    int line;
    where(L, file, line);
    if (kind == Kind::Scenario) {
        if (!lua_istable(L, 1)) {
            err(file, line, "decl-form", tr("schrijf scenario { id = \"...\", ... } met een tabel tussen { }",
                                            "write scenario { id = \"...\", ... } with a table in { }"));
            lua_pushcfunction(L, l_swallow);
            return 1;
        }
        lua_pushvalue(L, 1);
        m_decls.push_back({kind, "", luaL_ref(L, LUA_REGISTRYINDEX), file, line});
        return 0;
    }
    if (lua_type(L, 1) != LUA_TSTRING) {
        err(file, line, "decl-form", fmt("{0} heeft eerst een naam nodig: {0} \"naam\" {{ ... }",
                                         "{0} needs a name first: {0} \"name\" {{ ... }", {kind_word(kind)}));
        lua_pushcfunction(L, l_swallow);
        return 1;
    }
    std::string id = lua_tostring(L, 1);
    if (!valid_id(id))
        err(file, line, "bad-id", fmt("de naam {0} mag alleen kleine letters a-z, cijfers, _ en - bevatten",
                                      "the name {0} may only contain lowercase a-z, digits, _ and -", {q(id)}));
    m_pending.push_back({kind, id, file, line, false});
    lua_pushlightuserdata(L, this);
    lua_pushinteger(L, lua_Integer(kind));
    lua_pushstring(L, id.c_str());
    lua_pushinteger(L, lua_Integer(m_pending.size() - 1));
    lua_pushcclosure(L, l_decl_body, 4);
    return 1;
}

int Loader::decl_body(lua_State* L, Kind kind, const std::string& id, int pending) {
    Pending& p = m_pending[size_t(pending)];
    if (p.done) return 0;
    p.done = true;
    if (!lua_istable(L, 1)) {
        err(p.file, p.line, "decl-form", fmt("na {0} {1} hoort een tabel {{ ... }", "{0} {1} must be followed by a table {{ ... }",
                                             {kind_word(kind), q(id)}));
        return 0;
    }
    lua_pushvalue(L, 1);
    m_decls.push_back({kind, id, luaL_ref(L, LUA_REGISTRYINDEX), p.file, p.line});
    return 0;
}

int Loader::include(lua_State* L) {
    // An error in the included file must not jump over include_file's C++
    // objects: it runs under pcall there, and is raised again from here.
    if (include_file(L)) return 0;
    return lua_error(L);
}

// Returns false with the error message on the stack when the included file
// failed while running.
bool Loader::include_file(lua_State* L) {
    const std::string* file;
    int line;
    where(L, file, line);
    if (!m_loading) {
        lua_pushstring(L, tr("include kan alleen bovenaan in een scenariobestand", "include can only be used at the top level of a scenario file"));
        return false;
    }
    if (lua_type(L, 1) != LUA_TSTRING) {
        err(file, line, "include", tr("include heeft een bestandsnaam nodig: include \"deel2.lua\"", "include needs a file name: include \"part2.lua\""));
        return true;
    }
    std::string rel = lua_tostring(L, 1);
    fs::path p(rel);
    bool escapes = p.is_absolute() || rel.find('\\') != std::string::npos || rel.empty();
    for (const auto& part : p) if (part == "..") escapes = true;
    std::error_code ec;
    fs::path real = fs::weakly_canonical(fs::path(m_root) / p, ec);
    std::string real_s = real.string();
    if (!escapes && (ec || real_s.compare(0, m_root_real.size() + 1, m_root_real + "/") != 0)) escapes = true;
    if (escapes) {
        err(file, line, "include-outside", fmt("include {0}: alleen bestanden in de map van het scenario zelf mogen worden ingevoegd",
                                               "include {0}: only files inside the scenario's own folder can be included", {q(rel)}));
        return true;
    }
    if (p.extension() != ".lua") {
        err(file, line, "include", fmt("include {0}: alleen .lua-bestanden kunnen worden ingevoegd", "include {0}: only .lua files can be included", {q(rel)}));
        return true;
    }
    if (m_included.count(real_s)) {
        err(file, line, "include-twice", fmt("include {0}: dit bestand is al ingevoegd", "include {0}: this file was already included", {q(rel)}));
        return true;
    }
    if (m_include_depth > 16) {
        err(file, line, "include-deep", tr("te veel geneste includes", "includes nested too deeply"));
        return true;
    }
    m_included.insert(real_s);
    std::string display = (fs::path(m_root) / p).lexically_normal().string();
    std::string bytes;
    if (!read_source(real_s, display, bytes, line, file)) return true;
    std::string chunk = "@" + display;
    if (luaL_loadbufferx(L, bytes.data(), bytes.size(), chunk.c_str(), "t") != LUA_OK) {
        std::string f, msg;
        int l = 0;
        LuaHost::split_location(lua_tostring(L, -1), f, l, msg);
        lua_pop(L, 1);
        err(intern(display), l, "syntax", explain_syntax(msg));
        return true;
    }
    ++m_include_depth;
    int rc = lua_pcall(L, 0, 0, 0);
    --m_include_depth;
    return rc == LUA_OK;
}

// [SECTION] reading tables

std::string Loader::what(const Decl& d) const {
    if (d.kind == Kind::Scenario) return "scenario";
    return std::string(kind_word(d.kind)) + " " + q(d.id);
}

void Loader::check_fields(const Decl& d, int t, const std::vector<std::string>& known, const std::string& context) {
    lua_State* L = m_host->L();
    t = lua_absindex(L, t);
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            err(d.file, d.line, "positional", fmt("{0} bevat een waarde zonder naam; schrijf naam = waarde",
                                                  "{0} contains a value without a name; write name = value", {context}));
            continue;
        }
        std::string k = lua_tostring(L, -1);
        if (std::find(known.begin(), known.end(), k) != known.end()) continue;
        std::string s = suggest(k, known);
        std::string msg = fmt("{0}: onbekend veld {1} wordt genegeerd", "{0}: unknown field {1} is ignored", {context, q(k)});
        if (!s.empty()) msg += fmt(" (bedoel je {0}?)", " (did you mean {0}?)", {q(s)});
        warn(d.file, locate_field(d.file, d.line, k), "unknown-field", msg);
    }
}

static const char* lua_type_word(int t) {
    switch (t) {
        case LUA_TSTRING: return tr("tekst", "text");
        case LUA_TNUMBER: return tr("een getal", "a number");
        case LUA_TBOOLEAN: return tr("true/false", "true/false");
        case LUA_TTABLE: return tr("een tabel", "a table");
        case LUA_TFUNCTION: return tr("een functie", "a function");
        case LUA_TNIL: return "nil";
        default: return tr("iets anders", "something else");
    }
}

bool Loader::get_string(const Decl& d, int t, const char* field, std::string& out, bool required) {
    lua_State* L = m_host->L();
    int ty = lua_getfield(L, t, field);
    bool ok = false;
    if (ty == LUA_TSTRING) { out = lua_tostring(L, -1); ok = true; }
    else if (ty == LUA_TNIL) {
        if (required) err(d.file, d.line, "missing-field", fmt("{0} mist het verplichte veld {1}", "{0} is missing the required field {1}", {what(d), q(field)}));
    } else {
        err(d.file, locate_field(d.file, d.line, field), "field-type",
            fmt("{0}: {1} moet tekst zijn, niet {2}", "{0}: {1} must be text, not {2}", {what(d), q(field), lua_type_word(ty)}));
    }
    lua_pop(L, 1);
    return ok;
}

bool Loader::get_number(const Decl& d, int t, const char* field, double& out) {
    lua_State* L = m_host->L();
    int ty = lua_getfield(L, t, field);
    bool ok = false;
    if (ty == LUA_TNUMBER) { out = lua_tonumber(L, -1); ok = std::isfinite(out); }
    if (ty != LUA_TNIL && !ok)
        err(d.file, locate_field(d.file, d.line, field), "field-type",
            fmt("{0}: {1} moet een getal zijn, niet {2}", "{0}: {1} must be a number, not {2}", {what(d), q(field), lua_type_word(ty)}));
    lua_pop(L, 1);
    return ok;
}

bool Loader::get_int(const Decl& d, int t, const char* field, int& out, int lo, int hi) {
    double v;
    if (!get_number(d, t, field, v)) return false;
    if (v != std::floor(v) || v < lo || v > hi) {
        err(d.file, locate_field(d.file, d.line, field), "field-range",
            fmt("{0}: {1} moet een geheel getal van {2} tot en met {3} zijn", "{0}: {1} must be a whole number from {2} to {3}",
                {what(d), q(field), std::to_string(lo), std::to_string(hi)}));
        return false;
    }
    out = int(v);
    return true;
}

bool Loader::get_bool(const Decl& d, int t, const char* field, bool& out) {
    lua_State* L = m_host->L();
    int ty = lua_getfield(L, t, field);
    bool ok = ty == LUA_TBOOLEAN;
    if (ok) out = lua_toboolean(L, -1);
    else if (ty != LUA_TNIL)
        err(d.file, locate_field(d.file, d.line, field), "field-type",
            fmt("{0}: {1} moet true of false zijn, niet {2}", "{0}: {1} must be true or false, not {2}", {what(d), q(field), lua_type_word(ty)}));
    lua_pop(L, 1);
    return ok;
}

// Reads the value at `idx` as a text or translation table.
bool Loader::read_local(const Decl& d, int idx, const std::string& field, LocalText& out) {
    lua_State* L = m_host->L();
    idx = lua_absindex(L, idx);
    const std::string lang = m_sc->language;
    auto check_utf8 = [&](const std::string& s) {
        if (!valid_utf8(s)) {
            err(d.file, locate_field(d.file, d.line, field), "invalid-utf8",
                fmt("{0}: {1} bevat tekens die geen geldige UTF-8 zijn", "{0}: {1} contains bytes that are not valid UTF-8", {what(d), q(field)}));
            return false;
        }
        return true;
    };
    if (lua_type(L, idx) == LUA_TSTRING) {
        std::string s = lua_tostring(L, idx);
        if (!check_utf8(s)) return false;
        out = LocalText::plain(lang, s);
        return true;
    }
    if (lua_istable(L, idx)) {
        out = {};
        bool ok = true;
        lua_pushnil(L);
        while (lua_next(L, idx)) {
            if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TSTRING) {
                err(d.file, locate_field(d.file, d.line, field), "field-type",
                    fmt("{0}: {1} is een vertaaltabel en moet de vorm {{ nl = \"...\", en = \"...\" } hebben",
                        "{0}: {1} is a translation table and must look like {{ nl = \"...\", en = \"...\" }", {what(d), q(field)}));
                ok = false;
            } else {
                std::string code = lua_tostring(L, -2);
                std::string s = lua_tostring(L, -1);
                if (code.size() != 2 || !islower(static_cast<unsigned char>(code[0])) || !islower(static_cast<unsigned char>(code[1])))
                    warn(d.file, locate_field(d.file, d.line, code), "language-code",
                         fmt("{0}: {1} is geen taalcode van twee letters (zoals nl of en)", "{0}: {1} is not a two-letter language code (like nl or en)", {what(d), q(code)}));
                if (check_utf8(s)) out.by_lang[code] = s;
                else ok = false;
            }
            lua_pop(L, 1);
        }
        if (ok && !out.empty() && !out.by_lang.count(lang))
            warn(d.file, locate_field(d.file, d.line, field), "missing-translation",
                 fmt("{0}: {1} heeft geen tekst in de scenariotaal {2}", "{0}: {1} has no text in the scenario language {2}", {what(d), q(field), q(lang)}));
        return ok && !out.empty();
    }
    err(d.file, locate_field(d.file, d.line, field), "field-type",
        fmt("{0}: {1} moet tekst zijn, niet {2}", "{0}: {1} must be text, not {2}", {what(d), q(field), lua_type_word(lua_type(L, idx))}));
    return false;
}

bool Loader::get_local(const Decl& d, int t, const char* field, LocalText& out) {
    lua_State* L = m_host->L();
    bool ok = false;
    if (lua_getfield(L, t, field) != LUA_TNIL) ok = read_local(d, -1, field, out);
    lua_pop(L, 1);
    return ok;
}

Callable Loader::make_callable(int idx) {
    lua_State* L = m_host->L();
    lua_pushvalue(L, idx);
    lua_Debug ar;
    lua_pushvalue(L, -1);
    lua_getinfo(L, ">S", &ar);
    Callable c;
    c.line = ar.linedefined;
    c.file = ar.source[0] == '@' ? intern(ar.source + 1) : nullptr;
    c.ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return c;
}

bool Loader::get_text(const Decl& d, int t, const char* field, Text& out) {
    lua_State* L = m_host->L();
    int ty = lua_getfield(L, t, field);
    bool ok = false;
    if (ty == LUA_TFUNCTION) { out.fn = make_callable(-1); ok = true; }
    else if (ty != LUA_TNIL) ok = read_local(d, -1, field, out.fixed);
    lua_pop(L, 1);
    return ok;
}

bool Loader::get_callable(const Decl& d, int t, const char* field, Callable& out) {
    lua_State* L = m_host->L();
    int ty = lua_getfield(L, t, field);
    bool ok = ty == LUA_TFUNCTION;
    if (ok) out = make_callable(-1);
    else if (ty != LUA_TNIL)
        err(d.file, locate_field(d.file, d.line, field), "field-type",
            fmt("{0}: {1} moet een functie zijn: {1} = function(s) ... end", "{0}: {1} must be a function: {1} = function(s) ... end",
                {what(d), q(field)}));
    lua_pop(L, 1);
    return ok;
}

void Loader::get_target(const Decl& d, int t, const char* field, Target& out, const std::string& context) {
    lua_State* L = m_host->L();
    int ty = lua_getfield(L, t, field);
    if (ty == LUA_TSTRING) out.id = lua_tostring(L, -1);
    else if (ty == LUA_TFUNCTION) out.fn = make_callable(-1);
    else if (ty != LUA_TNIL)
        err(d.file, locate_field(d.file, d.line, field), "field-type",
            fmt("{0}: {1} moet de naam van een knoop of einde zijn, of een functie", "{0}: {1} must name a node or ending, or be a function",
                {context, q(field)}));
    lua_pop(L, 1);
}

void Loader::get_deltas(const Decl& d, int t, const char* field, std::vector<std::pair<std::string, double>>& out) {
    lua_State* L = m_host->L();
    int ty = lua_getfield(L, t, field);
    if (ty == LUA_TTABLE) {
        lua_pushnil(L);
        while (lua_next(L, -2)) {
            if (lua_type(L, -2) == LUA_TSTRING && lua_type(L, -1) == LUA_TNUMBER && std::isfinite(lua_tonumber(L, -1))) {
                out.emplace_back(lua_tostring(L, -2), lua_tonumber(L, -1));
            } else {
                err(d.file, locate_field(d.file, d.line, field), "field-type",
                    fmt("{0}: {1} bevat naam = getal, zoals {1} = {{ vertrouwen = 1 }", "{0}: {1} holds name = number, like {1} = {{ trust = 1 }",
                        {what(d), q(field)}));
            }
            lua_pop(L, 1);
        }
        std::sort(out.begin(), out.end());
    } else if (ty != LUA_TNIL) {
        err(d.file, locate_field(d.file, d.line, field), "field-type",
            fmt("{0}: {1} moet een tabel zijn, zoals {1} = {{ vertrouwen = 1 }", "{0}: {1} must be a table, like {1} = {{ trust = 1 }", {what(d), q(field)}));
    }
    lua_pop(L, 1);
}

void Loader::get_effects(const Decl& d, int t, Effects& out, const std::string& context) {
    lua_State* L = m_host->L();
    get_callable(d, t, "effect", out.fn);
    int ty = lua_getfield(L, t, "set");
    if (ty == LUA_TTABLE) {
        lua_pushnil(L);
        while (lua_next(L, -2)) {
            if (lua_type(L, -2) != LUA_TSTRING) {
                err(d.file, locate_field(d.file, d.line, "set"), "field-type", fmt("{0}: set bevat naam = waarde", "{0}: set holds name = value", {context}));
            } else {
                std::string k = lua_tostring(L, -2);
                switch (lua_type(L, -1)) {
                    case LUA_TBOOLEAN: out.set.emplace_back(k, bool(lua_toboolean(L, -1))); break;
                    case LUA_TNUMBER: out.set.emplace_back(k, double(lua_tonumber(L, -1))); break;
                    case LUA_TSTRING: out.set.emplace_back(k, std::string(lua_tostring(L, -1))); break;
                    default:
                        err(d.file, locate_field(d.file, d.line, k), "field-type",
                            fmt("{0}: vlag {1} kan alleen true/false, een getal of tekst zijn", "{0}: flag {1} can only be true/false, a number or text", {context, q(k)}));
                }
            }
            lua_pop(L, 1);
        }
        std::sort(out.set.begin(), out.set.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    } else if (ty != LUA_TNIL) {
        err(d.file, locate_field(d.file, d.line, "set"), "field-type",
            fmt("{0}: set moet een tabel zijn, zoals set = {{ advies_genoemd = true }", "{0}: set must be a table, like set = {{ advice_given = true }", {context}));
    }
    lua_pop(L, 1);
}

void Loader::get_tags(const Decl& d, int t, std::vector<std::string>& out) {
    lua_State* L = m_host->L();
    int ty = lua_getfield(L, t, "tags");
    if (ty == LUA_TTABLE) {
        lua_Integer n = luaL_len(L, -1);
        for (lua_Integer i = 1; i <= n && i <= 1000; ++i) {
            if (lua_geti(L, -1, i) == LUA_TSTRING) out.push_back(lua_tostring(L, -1));
            else err(d.file, locate_field(d.file, d.line, "tags"), "field-type",
                     fmt("{0}: tags is een lijst van teksten, zoals tags = {{ \"lsd\" }", "{0}: tags is a list of texts, like tags = {{ \"lsd\" }", {what(d)}));
            lua_pop(L, 1);
        }
    } else if (ty != LUA_TNIL) {
        err(d.file, locate_field(d.file, d.line, "tags"), "field-type",
            fmt("{0}: tags is een lijst van teksten, zoals tags = {{ \"lsd\" }", "{0}: tags is a list of texts, like tags = {{ \"lsd\" }", {what(d)}));
    }
    lua_pop(L, 1);
}

// [SECTION] building the scenario

void Loader::build_scenario(const Decl& d) {
    lua_State* L = m_host->L();
    lua_rawgeti(L, LUA_REGISTRYINDEX, d.ref);
    int t = lua_gettop(L);
    Scenario& sc = *m_sc;
    // The language first: plain texts are stored under it.
    if (get_string(d, t, "language", sc.language) && (sc.language.size() != 2))
        err(d.file, locate_field(d.file, d.line, "language"), "field-range",
            fmt("language moet een taalcode van twee letters zijn, zoals \"nl\"", "language must be a two-letter code, like \"nl\"", {}));
    check_fields(d, t, {"id", "version", "title", "language", "tags", "level", "minutes", "summary", "briefing", "goals",
                        "vars", "start", "grading", "shuffle", "author"}, "scenario");
    if (get_string(d, t, "id", sc.id, true) && !valid_id(sc.id))
        err(d.file, locate_field(d.file, d.line, "id"), "bad-id",
            fmt("de naam {0} mag alleen kleine letters a-z, cijfers, _ en - bevatten", "the name {0} may only contain lowercase a-z, digits, _ and -", {q(sc.id)}));
    get_int(d, t, "version", sc.version, 1, 1000000);
    if (!get_local(d, t, "title", sc.title)) sc.title = LocalText::plain(sc.language, sc.id);
    get_tags(d, t, sc.tags);
    get_int(d, t, "level", sc.level, 1, 3);
    get_int(d, t, "minutes", sc.minutes, 0, 600);
    get_local(d, t, "summary", sc.summary);
    get_local(d, t, "briefing", sc.briefing);
    if (lua_getfield(L, t, "goals") == LUA_TTABLE) {
        lua_Integer n = luaL_len(L, -1);
        for (lua_Integer i = 1; i <= n && i <= 100; ++i) {
            lua_geti(L, -1, i);
            LocalText g;
            if (read_local(d, -1, "goals", g)) sc.goals.push_back(g);
            lua_pop(L, 1);
        }
    } else if (!lua_isnil(L, -1)) {
        err(d.file, locate_field(d.file, d.line, "goals"), "field-type",
            tr("goals is een lijst van teksten: goals = { \"...\", \"...\" }", "goals is a list of texts: goals = { \"...\", \"...\" }"));
    }
    lua_pop(L, 1);
    if (lua_getfield(L, t, "vars") == LUA_TTABLE) {
        lua_pushnil(L);
        while (lua_next(L, -2)) {
            if (lua_type(L, -2) != LUA_TSTRING) {
                err(d.file, locate_field(d.file, d.line, "vars"), "field-type", tr("vars bevat naam = waarde", "vars holds name = value"));
            } else {
                std::string k = lua_tostring(L, -2);
                LocalText v;
                if (lua_type(L, -1) == LUA_TNUMBER) v = LocalText::plain(sc.language, format_number(lua_tonumber(L, -1)));
                else if (!read_local(d, -1, k, v)) v = {};
                if (!v.empty()) sc.vars.emplace_back(k, v);
            }
            lua_pop(L, 1);
        }
        std::sort(sc.vars.begin(), sc.vars.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    } else if (!lua_isnil(L, -1)) {
        err(d.file, locate_field(d.file, d.line, "vars"), "field-type", tr("vars moet een tabel zijn: vars = { kind = \"Daan\" }", "vars must be a table: vars = { child = \"Daan\" }"));
    }
    lua_pop(L, 1);
    get_string(d, t, "start", sc.start_id, true);
    if (lua_getfield(L, t, "grading") == LUA_TTABLE) {
        int g = lua_gettop(L);
        Decl gd = d;
        check_fields(gd, g, {"pass", "good"}, "grading");
        get_number(d, g, "pass", sc.grading.pass);
        get_number(d, g, "good", sc.grading.good);
        if (sc.grading.pass < 0 || sc.grading.good > 1 || sc.grading.pass > sc.grading.good)
            err(d.file, locate_field(d.file, d.line, "grading"), "field-range",
                tr("grading: pass en good liggen tussen 0 en 1, en pass is niet hoger dan good",
                   "grading: pass and good lie between 0 and 1, and pass is not above good"));
    } else if (!lua_isnil(L, -1)) {
        err(d.file, locate_field(d.file, d.line, "grading"), "field-type", tr("grading moet een tabel zijn: grading = { pass = 0.55, good = 0.8 }", "grading must be a table: grading = { pass = 0.55, good = 0.8 }"));
    }
    lua_pop(L, 1);
    get_bool(d, t, "shuffle", sc.shuffle);
    lua_settop(L, t - 1);
}

void Loader::build_character(const Decl& d) {
    lua_State* L = m_host->L();
    lua_rawgeti(L, LUA_REGISTRYINDEX, d.ref);
    int t = lua_gettop(L);
    Character c;
    c.id = d.id;
    c.place = {d.file, d.line};
    check_fields(d, t, {"name", "role", "portrait"}, what(d));
    if (!get_local(d, t, "name", c.name)) c.name = LocalText::plain(m_sc->language, d.id);
    get_local(d, t, "role", c.role);
    int ty = lua_getfield(L, t, "portrait");
    if (ty == LUA_TSTRING) {
        c.portrait.image = lua_tostring(L, -1);
        fs::path img = fs::path(m_root) / c.portrait.image;
        std::error_code ec;
        if (!fs::is_regular_file(img, ec) && !m_opt.assets_dir.empty()) img = fs::path(m_opt.assets_dir) / c.portrait.image;
        if (c.portrait.image.find("..") != std::string::npos || fs::path(c.portrait.image).is_absolute()) img = fs::path();
        if (img.empty() || !fs::is_regular_file(img, ec))
            warn(d.file, locate_field(d.file, d.line, "portrait"), "portrait-missing",
                 fmt("portret {0} niet gevonden in de scenariomap of assets/; er wordt een getekend portret gebruikt",
                     "portrait {0} not found in the scenario folder or assets/; a drawn portrait is used", {q(c.portrait.image)}));
        else c.portrait.image = img.string();
    } else if (ty == LUA_TTABLE) {
        int p = lua_gettop(L);
        check_fields(d, p, {"skin", "hair", "hair_color", "glasses", "beard", "age", "shirt"}, what(d) + " portrait");
        get_int(d, p, "skin", c.portrait.skin, 1, 6);
        auto one_of = [&](const char* field, std::string& out, const std::vector<std::string>& allowed) {
            std::string v;
            if (!get_string(d, p, field, v)) return;
            if (std::find(allowed.begin(), allowed.end(), v) == allowed.end()) {
                std::string s = suggest(v, allowed);
                std::string all;
                for (const auto& a : allowed) all += (all.empty() ? "" : ", ") + a;
                warn(d.file, locate_field(d.file, d.line, field), "portrait-value",
                     fmt("{0}: {1} = {2} is onbekend; kies uit {3}", "{0}: {1} = {2} is unknown; choose from {3}", {what(d), field, q(v), all}) +
                         (s.empty() ? "" : fmt(" (bedoel je {0}?)", " (did you mean {0}?)", {q(s)})));
                return;
            }
            out = v;
        };
        one_of("hair", c.portrait.hair, {"kort", "lang", "krullen", "kaal", "staart", "knot", "hoofddoek"});
        one_of("age", c.portrait.age, {"jong", "middel", "oud"});
        auto colour = [&](const char* field, std::string& out) {
            std::string v;
            if (!get_string(d, p, field, v)) return;
            bool ok = v.size() == 7 && v[0] == '#' && std::all_of(v.begin() + 1, v.end(), [](char ch) { return isxdigit(static_cast<unsigned char>(ch)); });
            if (!ok) warn(d.file, locate_field(d.file, d.line, field), "portrait-value",
                          fmt("{0}: {1} moet een kleur als \"#3b2a1a\" zijn", "{0}: {1} must be a colour like \"#3b2a1a\"", {what(d), field}));
            else out = v;
        };
        colour("hair_color", c.portrait.hair_color);
        colour("shirt", c.portrait.shirt);
        get_bool(d, p, "glasses", c.portrait.glasses);
        get_bool(d, p, "beard", c.portrait.beard);
    } else if (ty != LUA_TNIL) {
        err(d.file, locate_field(d.file, d.line, "portrait"), "field-type",
            fmt("{0}: portrait is een tabel of de naam van een afbeelding", "{0}: portrait is a table or an image file name", {what(d)}));
    }
    lua_settop(L, t - 1);
    m_sc->characters.push_back(std::move(c));
}

void Loader::build_meter(const Decl& d) {
    lua_State* L = m_host->L();
    lua_rawgeti(L, LUA_REGISTRYINDEX, d.ref);
    int t = lua_gettop(L);
    Meter m;
    m.id = d.id;
    m.place = {d.file, d.line};
    check_fields(d, t, {"label", "min", "max", "start", "visible"}, what(d));
    if (!get_local(d, t, "label", m.label)) m.label = LocalText::plain(m_sc->language, d.id);
    get_number(d, t, "min", m.min);
    get_number(d, t, "max", m.max);
    m.start = m.min;
    get_number(d, t, "start", m.start);
    get_bool(d, t, "visible", m.visible);
    if (m.min >= m.max)
        err(d.file, d.line, "field-range", fmt("{0}: min moet kleiner zijn dan max", "{0}: min must be less than max", {what(d)}));
    else if (m.start < m.min || m.start > m.max)
        err(d.file, locate_field(d.file, d.line, "start"), "field-range",
            fmt("{0}: start ({1}) ligt buiten {2}..{3}", "{0}: start ({1}) lies outside {2}..{3}",
                {what(d), format_number(m.start), format_number(m.min), format_number(m.max)}));
    static const std::vector<std::string> reserved = {"flags", "visits", "score", "turn", "tagged", "random", "vars"};
    if (std::find(reserved.begin(), reserved.end(), d.id) != reserved.end())
        err(d.file, d.line, "reserved-name", fmt("{0}: de naam {1} is al in gebruik door s.{1}; kies een andere naam",
                                                 "{0}: the name {1} is taken by s.{1}; choose another name", {what(d), d.id}));
    lua_settop(L, t - 1);
    m_sc->meters.push_back(std::move(m));
}

void Loader::build_competency(const Decl& d) {
    lua_State* L = m_host->L();
    lua_rawgeti(L, LUA_REGISTRYINDEX, d.ref);
    int t = lua_gettop(L);
    Competency c;
    c.id = d.id;
    c.place = {d.file, d.line};
    check_fields(d, t, {"label", "weight", "max"}, what(d));
    if (!get_local(d, t, "label", c.label)) c.label = LocalText::plain(m_sc->language, d.id);
    get_number(d, t, "weight", c.weight);
    if (c.weight <= 0)
        err(d.file, locate_field(d.file, d.line, "weight"), "field-range", fmt("{0}: weight moet groter dan 0 zijn", "{0}: weight must be above 0", {what(d)}));
    double mx;
    if (get_number(d, t, "max", mx)) {
        if (mx <= 0) err(d.file, locate_field(d.file, d.line, "max"), "field-range", fmt("{0}: max moet groter dan 0 zijn", "{0}: max must be above 0", {what(d)}));
        else c.max = mx;
    }
    lua_settop(L, t - 1);
    m_sc->competencies.push_back(std::move(c));
}

void Loader::build_choice(const Decl& d, Node& n, int k) {
    lua_State* L = m_host->L();
    int t = lua_gettop(L);
    std::string ctx = fmt("keuze {0} van knoop {1}", "choice {0} of node {1}", {std::to_string(k + 1), q(d.id)});
    Choice c;
    c.place = {d.file, d.line};
    check_fields(d, t, {"id", "text", "tags", "effects", "effect", "set", "score", "feedback", "when", "next"}, ctx);
    if (get_string(d, t, "id", c.id)) {
        if (!valid_id(c.id))
            err(d.file, locate_field(d.file, d.line, "id"), "bad-id",
                fmt("{0}: de naam {1} mag alleen kleine letters a-z, cijfers, _ en - bevatten", "{0}: the name {1} may only contain lowercase a-z, digits, _ and -", {ctx, q(c.id)}));
        for (const auto& other : n.choices)
            if (other.id == c.id)
                err(d.file, locate(d.file, d.line, "\"" + c.id + "\""), "duplicate-id",
                    fmt("{0}: id {1} is al gebruikt door een andere keuze in deze knoop", "{0}: id {1} is already used by another choice in this node", {ctx, q(c.id)}));
    }
    if (!get_text(d, t, "text", c.text))
        err(d.file, d.line, "missing-field", fmt("{0} heeft geen text", "{0} has no text", {ctx}));
    get_tags(d, t, c.tags);
    get_effects(d, t, c.effects, ctx);
    std::vector<std::pair<std::string, double>> meters, score;
    get_deltas(d, t, "effects", meters);
    get_deltas(d, t, "score", score);
    const int node_index = int(m_sc->nodes.size()) - 1;  // `n` is already in place
    m_delta_jobs.push_back({meters, &d, true, node_index, MoveKind::Choice, k});
    m_delta_jobs.push_back({score, &d, false, node_index, MoveKind::Choice, k});
    get_text(d, t, "feedback", c.feedback);
    get_callable(d, t, "when", c.when);
    get_target(d, t, "next", c.next, ctx);
    n.choices.push_back(std::move(c));
    m_target_jobs.push_back({&d, node_index, MoveKind::Choice, k});
}

void Loader::build_node(const Decl& d) {
    lua_State* L = m_host->L();
    lua_rawgeti(L, LUA_REGISTRYINDEX, d.ref);
    int t = lua_gettop(L);
    Node n;
    n.id = d.id;
    n.place = {d.file, d.line};
    const int index = int(m_sc->nodes.size());
    check_fields(d, t, {"speaker", "mood", "text", "effects", "effect", "set", "choices", "next", "timeout"}, what(d));
    std::string speaker;
    if (get_string(d, t, "speaker", speaker)) m_speakers.push_back({&d, speaker});
    else m_speakers.push_back({&d, ""});
    int ty = lua_getfield(L, t, "mood");
    if (ty == LUA_TSTRING) {
        std::string m = lua_tostring(L, -1);
        n.mood = parse_mood(m);
        if (!n.mood) {
            std::string s = suggest(m, mood_names());
            err(d.file, locate(d.file, d.line, "\"" + m + "\""), "unknown-mood",
                fmt("{0}: stemming {1} bestaat niet; kies uit neutraal, blij, gespannen, boos, verdrietig, verward, afwijzend",
                    "{0}: mood {1} does not exist; choose from neutraal, blij, gespannen, boos, verdrietig, verward, afwijzend", {what(d), q(m)}) +
                    (s.empty() ? "" : fmt(" (bedoel je {0}?)", " (did you mean {0}?)", {q(s)})));
        }
    } else if (ty == LUA_TFUNCTION) {
        n.mood_fn = make_callable(-1);
    } else if (ty != LUA_TNIL) {
        err(d.file, locate_field(d.file, d.line, "mood"), "field-type", fmt("{0}: mood moet tekst of een functie zijn", "{0}: mood must be text or a function", {what(d)}));
    }
    lua_pop(L, 1);
    if (!get_text(d, t, "text", n.text))
        warn(d.file, d.line, "no-text", fmt("{0} heeft geen text", "{0} has no text", {what(d)}));
    get_effects(d, t, n.effects, what(d));
    std::vector<std::pair<std::string, double>> meters;
    get_deltas(d, t, "effects", meters);
    m_delta_jobs.push_back({meters, &d, true, index, MoveKind::Advance, -1});
    get_target(d, t, "next", n.next, what(d));
    m_target_jobs.push_back({&d, index, MoveKind::Advance, -1});
    m_sc->nodes.push_back(std::move(n));
    Node& node = m_sc->nodes.back();
    ty = lua_getfield(L, t, "choices");
    bool has_choices = false;
    if (ty == LUA_TTABLE) {
        lua_Integer len = luaL_len(L, -1);
        for (lua_Integer i = 1; i <= len && i <= 99; ++i) {
            if (lua_geti(L, -1, i) == LUA_TTABLE) {
                build_choice(d, node, int(node.choices.size()));
                has_choices = true;
            } else {
                err(d.file, d.line, "field-type", fmt("{0}: keuze {1} moet een tabel {{ text = ..., next = ... } zijn",
                                                      "{0}: choice {1} must be a table {{ text = ..., next = ... }", {what(d), std::to_string(i)}));
            }
            lua_pop(L, 1);
        }
        if (len > 99) err(d.file, d.line, "too-many-choices", fmt("{0}: meer dan 99 keuzes", "{0}: more than 99 choices", {what(d)}));
    } else if (ty != LUA_TNIL) {
        err(d.file, locate_field(d.file, d.line, "choices"), "field-type", fmt("{0}: choices moet een lijst van keuzes zijn", "{0}: choices must be a list of choices", {what(d)}));
    }
    lua_pop(L, 1);
    if (!has_choices && node.next.id.empty() && !node.next.fn)
        err(d.file, d.line, "no-way-on", fmt("{0} heeft geen choices en geen next: het gesprek kan hier niet verder",
                                             "{0} has no choices and no next: the conversation cannot go on here", {what(d)}));
    ty = lua_getfield(L, t, "timeout");
    if (ty == LUA_TTABLE) {
        int to = lua_gettop(L);
        Timeout tm;
        check_fields(d, to, {"seconds", "next", "score", "effects", "effect", "set", "feedback", "tags"}, what(d) + " timeout");
        get_effects(d, to, tm.effects, what(d) + " timeout");
        get_text(d, to, "feedback", tm.feedback);
        get_tags(d, to, tm.tags);
        std::vector<std::pair<std::string, double>> tmeters, tscore;
        get_deltas(d, to, "effects", tmeters);
        get_deltas(d, to, "score", tscore);
        m_delta_jobs.push_back({tmeters, &d, true, index, MoveKind::Timeout, -1});
        m_delta_jobs.push_back({tscore, &d, false, index, MoveKind::Timeout, -1});
        if (!get_number(d, to, "seconds", tm.seconds) || tm.seconds <= 0)
            err(d.file, locate_field(d.file, d.line, "timeout"), "field-range",
                fmt("{0}: timeout heeft seconds nodig (meer dan 0)", "{0}: timeout needs seconds (above 0)", {what(d)}));
        get_target(d, to, "next", tm.next, what(d) + " timeout");
        if (!tm.next.fn && tm.next.id.empty())
            err(d.file, locate_field(d.file, d.line, "timeout"), "missing-field", fmt("{0}: timeout heeft next nodig", "{0}: timeout needs next", {what(d)}));
        if (!has_choices)
            warn(d.file, locate_field(d.file, d.line, "timeout"), "timeout-unused",
                 fmt("{0}: timeout werkt alleen bij een knoop met keuzes", "{0}: timeout only works on a node with choices", {what(d)}));
        node.timeout = tm;
        m_target_jobs.push_back({&d, index, MoveKind::Timeout, -1});
    } else if (ty != LUA_TNIL) {
        err(d.file, locate_field(d.file, d.line, "timeout"), "field-type",
            fmt("{0}: timeout is een tabel: timeout = {{ seconds = 20, next = \"stilte\" }", "{0}: timeout is a table: timeout = {{ seconds = 20, next = \"silence\" }", {what(d)}));
    }
    lua_settop(L, t - 1);
}

void Loader::build_ending(const Decl& d) {
    lua_State* L = m_host->L();
    lua_rawgeti(L, LUA_REGISTRYINDEX, d.ref);
    int t = lua_gettop(L);
    Ending e;
    e.id = d.id;
    e.place = {d.file, d.line};
    check_fields(d, t, {"title", "outcome", "text", "grade_cap"}, what(d));
    std::string cap;
    if (get_string(d, t, "grade_cap", cap)) {
        e.grade_cap = parse_grade(cap);
        if (!e.grade_cap || *e.grade_cap == Grade::Good)
            err(d.file, locate_field(d.file, d.line, "grade_cap"), "field-range",
                fmt("{0}: grade_cap is onvoldoende of voldoende", "{0}: grade_cap is onvoldoende or voldoende", {what(d)}));
    }
    if (!get_text(d, t, "title", e.title)) e.title.fixed = LocalText::plain(m_sc->language, d.id);
    std::string o;
    if (get_string(d, t, "outcome", o, true)) {
        auto oc = parse_outcome(o);
        if (!oc) {
            std::string s = suggest(o, {"good", "mixed", "bad"});
            err(d.file, locate_field(d.file, d.line, "outcome"), "bad-outcome",
                fmt("{0}: outcome {1} bestaat niet; kies good, mixed of bad", "{0}: outcome {1} does not exist; choose good, mixed or bad", {what(d), q(o)}) +
                    (s.empty() ? "" : fmt(" (bedoel je {0}?)", " (did you mean {0}?)", {q(s)})));
        } else {
            e.outcome = *oc;
        }
    }
    get_text(d, t, "text", e.text);
    lua_settop(L, t - 1);
    m_sc->endings.push_back(std::move(e));
}

void Loader::build_plan(const Decl& d) {
    lua_State* L = m_host->L();
    lua_rawgeti(L, LUA_REGISTRYINDEX, d.ref);
    int t = lua_gettop(L);
    Plan p;
    p.id = d.id;
    p.place = {d.file, d.line};
    check_fields(d, t, {"choices", "seed", "ending", "outcome", "grade", "overall", "scores"}, what(d));
    int ty = lua_getfield(L, t, "choices");
    if (ty == LUA_TSTRING) {
        p.choices = lua_tostring(L, -1);
    } else if (ty == LUA_TTABLE) {
        lua_Integer n = luaL_len(L, -1);
        for (lua_Integer i = 1; i <= n && i <= 10000; ++i) {
            lua_geti(L, -1, i);
            if (!p.choices.empty()) p.choices += ",";
            if (lua_isinteger(L, -1)) p.choices += std::to_string(lua_tointeger(L, -1));
            else if (lua_type(L, -1) == LUA_TSTRING) p.choices += lua_tostring(L, -1);
            lua_pop(L, 1);
        }
    } else if (ty != LUA_TNIL) {
        err(d.file, locate_field(d.file, d.line, "choices"), "field-type",
            fmt("{0}: choices is een tekst als \"1,2,t,1\"", "{0}: choices is a text like \"1,2,t,1\"", {what(d)}));
    }
    lua_pop(L, 1);
    double seed = 1;
    if (get_number(d, t, "seed", seed)) p.seed = uint64_t(seed);
    std::string s;
    if (get_string(d, t, "ending", s)) p.ending = s;
    if (get_string(d, t, "outcome", s)) p.outcome = s;
    if (get_string(d, t, "grade", s)) {
        p.grade = parse_grade(s);
        if (!p.grade)
            err(d.file, locate_field(d.file, d.line, "grade"), "field-range",
                fmt("{0}: grade is onvoldoende, voldoende of goed", "{0}: grade is onvoldoende, voldoende or goed", {what(d)}));
    }
    double overall;
    if (get_number(d, t, "overall", overall)) p.overall = overall;
    get_deltas(d, t, "scores", p.scores);
    lua_settop(L, t - 1);
    m_sc->plans.push_back(std::move(p));
}

// Resolves names now that every declaration is in.
void Loader::resolve() {
    Scenario& sc = *m_sc;
    sc.build_index();
    std::vector<std::string> meter_ids, comp_ids, char_ids, target_ids;
    for (const auto& m : sc.meters) meter_ids.push_back(m.id);
    for (const auto& c : sc.competencies) comp_ids.push_back(c.id);
    for (const auto& c : sc.characters) char_ids.push_back(c.id);
    for (const auto& n : sc.nodes) target_ids.push_back(n.id);
    for (const auto& e : sc.endings) target_ids.push_back(e.id);
    auto mean = [&](const std::string& name, const std::vector<std::string>& ids) {
        std::string s = suggest(name, ids);
        return s.empty() ? std::string() : fmt(" (bedoel je {0}?)", " (did you mean {0}?)", {q(s)});
    };
    for (const auto& job : m_delta_jobs) {
        Node& n = sc.nodes[size_t(job.node)];
        auto& out = job.kind == MoveKind::Advance   ? n.effects.meters
                    : job.kind == MoveKind::Timeout ? (job.meters ? n.timeout->effects.meters : n.timeout->score)
                    : (job.meters ? n.choices[size_t(job.choice)].effects.meters : n.choices[size_t(job.choice)].score);
        for (const auto& [name, v] : job.names) {
            int i = job.meters ? sc.meter_index(name) : sc.competency_index(name);
            if (i < 0) {
                err(job.decl->file, locate_field(job.decl->file, job.decl->line, name), job.meters ? "unknown-meter" : "unknown-competency",
                    job.meters ? fmt("{0}: effects noemt {1}, maar er is geen meter {1}", "{0}: effects names {1}, but there is no meter {1}", {job_context(*job.decl, job.kind, job.choice), q(name)}) + mean(name, meter_ids)
                               : fmt("{0}: score noemt {1}, maar er is geen competency {1}", "{0}: score names {1}, but there is no competency {1}", {job_context(*job.decl, job.kind, job.choice), q(name)}) + mean(name, comp_ids));
                continue;
            }
            out.emplace_back(i, v);
        }
    }
    for (const auto& job : m_target_jobs) {
        Node& n = sc.nodes[size_t(job.node)];
        Target& t = job.kind == MoveKind::Choice ? n.choices[size_t(job.choice)].next : job.kind == MoveKind::Advance ? n.next : n.timeout->next;
        if (t.fn || t.id.empty()) continue;
        t.fixed = sc.find_target(t.id);
        if (!t.fixed)
            err(job.decl->file, locate(job.decl->file, job.decl->line, "\"" + t.id + "\""), "unknown-target",
                fmt("{0} gaat naar {1}, maar dat is geen knoop of einde", "{0} goes to {1}, which is not a node or ending", {job_context(*job.decl, job.kind, job.choice), q(t.id)}) + mean(t.id, target_ids));
    }
    for (size_t i = 0; i < sc.nodes.size() && i < m_speakers.size(); ++i) {
        const auto& [decl, id] = m_speakers[i];
        if (id.empty()) continue;
        sc.nodes[i].speaker = sc.character_index(id);
        if (sc.nodes[i].speaker < 0)
            err(decl->file, locate_field(decl->file, decl->line, "speaker"), "unknown-speaker",
                fmt("{0}: speaker {1} is geen character", "{0}: speaker {1} is not a character", {what(*decl), q(id)}) + mean(id, char_ids));
    }
    // Choices without next use the node's next.
    for (size_t i = 0; i < sc.nodes.size(); ++i) {
        Node& n = sc.nodes[i];
        for (size_t k = 0; k < n.choices.size(); ++k)
            if (!n.choices[k].next && n.choices[k].next.id.empty() && n.next.id.empty() && !n.next.fn)
                err(n.place.file, n.place.line, "missing-next",
                    fmt("keuze {0} van knoop {1} heeft geen next", "choice {0} of node {1} has no next", {std::to_string(k + 1), q(n.id)}));
    }
    // Tags by index.
    auto index_tags = [&](const std::vector<std::string>& tags, std::vector<int>& ids) {
        for (const auto& tag : tags) {
            auto it = std::find(sc.choice_tags.begin(), sc.choice_tags.end(), tag);
            if (it == sc.choice_tags.end()) { sc.choice_tags.push_back(tag); ids.push_back(int(sc.choice_tags.size() - 1)); }
            else ids.push_back(int(it - sc.choice_tags.begin()));
        }
    };
    for (auto& n : sc.nodes) {
        for (auto& c : n.choices) index_tags(c.tags, c.tag_ids);
        if (n.timeout) index_tags(n.timeout->tags, n.timeout->tag_ids);
    }
    // Start.
    if (!sc.start_id.empty()) {
        sc.start = sc.find_target(sc.start_id);
        const Decl* d = nullptr;
        for (const auto& dd : m_decls) if (dd.kind == Kind::Scenario) d = &dd;
        if (!sc.start && d)
            err(d->file, locate_field(d->file, d->line, "start"), "unknown-start",
                fmt("start noemt {0}, maar er is geen knoop {0}", "start names {0}, but there is no node {0}", {q(sc.start_id)}) + mean(sc.start_id, target_ids));
    }
    // Possible dead ends: every choice conditional and no next.
    for (const auto& n : sc.nodes) {
        if (n.choices.empty() || n.next) continue;
        bool all_conditional = std::all_of(n.choices.begin(), n.choices.end(), [](const Choice& c) { return bool(c.when); });
        if (all_conditional)
            warn(n.place.file, n.place.line, "possible-dead-end",
                 fmt("knoop {0}: alle keuzes hebben een when en er is geen next; als geen enkele keuze geldt, loopt het gesprek vast (stuck)",
                     "node {0}: every choice has a when and there is no next; if none applies, the conversation gets stuck", {q(n.id)}));
    }
}

void Loader::check_text(const LocalText& t, const std::string* file, int line, const std::string& context) {
    for (const auto& [lang, s] : t.by_lang) {
        if (s.find('{') == std::string::npos) continue;
        for (const auto& name : placeholders(s)) {
            if (m_sc->lookup_name(name, lang)) continue;
            std::vector<std::string> names;
            for (const auto& v : m_sc->vars) names.push_back(v.first);
            for (const auto& c : m_sc->characters) names.push_back(c.id);
            std::string sg = suggest(name, names);
            err(file, locate(file, line, "{" + name + "}"), "unknown-name",
                fmt("{0}: {1} is geen naam uit vars of een character; schrijf {{{{ voor een letterlijke {{",
                    "{0}: {1} is not a name from vars or a character; write {{{{ for a literal {{", {context, "{" + name + "}"}) +
                    (sg.empty() ? "" : fmt(" (bedoel je {0}?)", " (did you mean {0}?)", {"{" + sg + "}"})));
        }
    }
}

void Loader::check_texts() {
    Scenario& sc = *m_sc;
    const std::string* entry = sc.files.empty() ? nullptr : sc.files.front().get();
    int sline = 1;
    for (const auto& d : m_decls) if (d.kind == Kind::Scenario) { entry = d.file; sline = d.line; }
    check_text(sc.title, entry, sline, "scenario");
    check_text(sc.summary, entry, sline, "scenario");
    check_text(sc.briefing, entry, sline, "scenario");
    for (const auto& g : sc.goals) check_text(g, entry, sline, "scenario");
    for (const auto& n : sc.nodes) {
        std::string ctx = fmt("knoop {0}", "node {0}", {q(n.id)});
        check_text(n.text.fixed, n.place.file, n.place.line, ctx);
        for (size_t k = 0; k < n.choices.size(); ++k) {
            std::string cctx = fmt("keuze {0} van knoop {1}", "choice {0} of node {1}", {std::to_string(k + 1), q(n.id)});
            check_text(n.choices[k].text.fixed, n.place.file, n.place.line, cctx);
            check_text(n.choices[k].feedback.fixed, n.place.file, n.place.line, cctx);
        }
        if (n.timeout) check_text(n.timeout->feedback.fixed, n.place.file, n.place.line, ctx + " timeout");
    }
    for (const auto& e : sc.endings) {
        std::string ctx = fmt("einde {0}", "ending {0}", {q(e.id)});
        check_text(e.title.fixed, e.place.file, e.place.line, ctx);
        check_text(e.text.fixed, e.place.file, e.place.line, ctx);
    }
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
    for (const auto& f : g.failures) {
        std::string path;
        for (const auto& p : g.path_to(f.vertex)) path += (path.empty() ? "" : ",") + p;
        std::string msg = f.error.message + " " +
                          (path.empty() ? std::string(tr("(bij het begin van het gesprek)", "(at the start of the conversation)"))
                                        : fmt("(na de keuzes {0})", "(after the choices {0})", {path}));
        m_diags.error(f.error.file.empty() ? m_path : f.error.file, f.error.line, "runtime", msg);
    }
    std::vector<char> node_seen(sc.nodes.size(), 0), ending_seen(sc.endings.size(), 0);
    for (const auto& v : g.vertices) {
        if (v.at.kind == TargetRef::Kind::Node) node_seen[size_t(v.at.index)] = 1;
        else if (v.at.kind == TargetRef::Kind::Ending) ending_seen[size_t(v.at.index)] = 1;
        if (v.phase == Phase::Ended && v.at.kind == TargetRef::Kind::Node) {
            const Node& n = sc.nodes[size_t(v.at.index)];
            m_diags.warning(n.place.file ? *n.place.file : m_path, n.place.line, "dead-end",
                            fmt("knoop {0} kan een doodlopend punt zijn: geen keuze geldt en er is geen next (na de keuzes {1})",
                                "node {0} can be a dead end: no choice applies and there is no next (after the choices {1})",
                                {q(n.id), [&] { std::string p; for (const auto& x : g.path_to(int(&v - g.vertices.data()))) p += (p.empty() ? "" : ",") + x; return p.empty() ? std::string("-") : p; }()}));
        }
    }
    if (g.complete && g.failures.empty()) {
        for (size_t i = 0; i < sc.nodes.size(); ++i)
            if (!node_seen[i])
                m_diags.warning(sc.nodes[i].place.file ? *sc.nodes[i].place.file : m_path, sc.nodes[i].place.line, "unreachable",
                                fmt("knoop {0} is onbereikbaar: geen enkel pad vanaf start komt er", "node {0} is unreachable: no path from start leads there", {q(sc.nodes[i].id)}));
        for (size_t i = 0; i < sc.endings.size(); ++i)
            if (!ending_seen[i])
                m_diags.warning(sc.endings[i].place.file ? *sc.endings[i].place.file : m_path, sc.endings[i].place.line, "unreachable",
                                fmt("einde {0} is onbereikbaar: geen enkel pad vanaf start komt er", "ending {0} is unreachable: no path from start leads there", {q(sc.endings[i].id)}));
        if (std::none_of(ending_seen.begin(), ending_seen.end(), [](char c) { return c; }))
            m_diags.error(m_path, 0, "no-ending", tr("geen enkel einde is bereikbaar vanaf start", "no ending can be reached from start"));
    }
    if (g.complete && g.failures.empty()) {
        auto reach = std::make_shared<Analysis>(lab::analyse(sc, g, false));  // reachability only: the maxima are in already
        const Analysis& an = *reach;
        m_reach = reach;
        for (const auto& r : an.never_offered) {
            const Node& n = sc.nodes[size_t(sc.node_index(r.node))];
            const Choice& c = n.choices[size_t(r.choice - 1)];
            m_diags.warning(c.when.file ? *c.when.file : m_path, c.when.line, "never-offered",
                            fmt("keuze {0} van knoop {1} wordt nooit aangeboden: de when is op geen enkel pad waar",
                                "choice {0} of node {1} is never offered: its when is false on every path", {std::to_string(r.choice), q(r.node)}));
        }
        for (const auto& id : an.no_way_out) {
            const Node& n = sc.nodes[size_t(sc.node_index(id))];
            m_diags.warning(n.place.file ? *n.place.file : m_path, n.place.line, "no-way-out",
                            fmt("vanuit knoop {0} is soms geen einde meer bereikbaar (een lus zonder uitweg)",
                                "from node {0} an ending can sometimes no longer be reached (a loop without a way out)", {q(id)}));
        }
    }
    if (!g.complete) {
        bool all_fixed = std::all_of(sc.competencies.begin(), sc.competencies.end(), [](const Competency& c) { return c.max.has_value(); });
        std::string msg = fmt("de analyse stopte na {0} toestanden (--max-states): onbereikbare knopen en doodlopende paden zijn niet volledig gecontroleerd",
                              "the analysis stopped after {0} states (--max-states): unreachable nodes and dead ends were not fully checked",
                              {std::to_string(g.vertices.size())});
        if (!all_fixed)
            msg += tr("; de maxima van competenties zonder max = ... kunnen te laag zijn (zet max = ... om ze vast te leggen)",
                      "; the maxima of competencies without max = ... may be too low (set max = ... to fix them)");
        m_diags.warning(m_path, 0, "analysis-budget", msg);
    }
    for (int k : sc.farmable)
        m_diags.warning(sc.competencies[size_t(k)].place.file ? *sc.competencies[size_t(k)].place.file : m_path, sc.competencies[size_t(k)].place.line, "score-loop",
                        fmt("competency {0}: een lus in het gesprek kan steeds opnieuw punten geven; het maximum ({1}) telt elke lus hooguit een paar keer. Geef de lus geen punten of zet max = ...",
                            "competency {0}: a loop in the conversation can give points again and again; the maximum ({1}) counts each loop only a few times. Give the loop no points or set max = ...",
                            {q(sc.competencies[size_t(k)].id), format_number(sc.competency_max[size_t(k)])}));
    for (size_t k = 0; k < sc.competencies.size(); ++k)
        if (!sc.competencies[k].max && sc.competency_max[k] <= 0 && g.failures.empty())
            m_diags.warning(sc.competencies[k].place.file ? *sc.competencies[k].place.file : m_path, sc.competencies[k].place.line, "no-points",
                            fmt("competency {0} kan op geen enkel pad punten opleveren", "competency {0} cannot earn points on any path", {q(sc.competencies[k].id)}));
    if (m_opt.keep_graph) m_graph = std::make_shared<const StateGraph>(std::move(g));
}

Loaded Loader::run() {
    Loaded out;
    out.path = m_path;
    m_sc = std::make_shared<Scenario>();
    std::error_code ec;
    std::string entry = m_path;
    std::string entry_display = m_path;
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
    std::string bytes;
    if (!read_source(entry, entry_display, bytes, 0, nullptr)) {
        out.diagnostics = std::move(m_diags);
        return out;
    }
    m_included.insert(fs::weakly_canonical(entry, ec).string());
    // A simple content hash (FNV-1a over all files) identifies the version played.
    m_host = std::make_shared<LuaHost>(m_opt.limits);
    lua_State* L = m_host->L();
    if (!L) {
        m_diags.error(m_path, 0, "no-memory", tr("kan geen Lua-omgeving maken", "cannot create a Lua state"));
        out.diagnostics = std::move(m_diags);
        return out;
    }
    const std::pair<const char*, Kind> decls[] = {{"scenario", Kind::Scenario}, {"character", Kind::Character}, {"meter", Kind::Meter},
                                                  {"competency", Kind::Competency}, {"node", Kind::Node}, {"ending", Kind::Ending}, {"plan", Kind::Plan}};
    for (const auto& [name, kind] : decls) {
        lua_pushlightuserdata(L, this);
        lua_pushinteger(L, lua_Integer(kind));
        lua_pushcclosure(L, l_decl, 2);
        lua_setglobal(L, name);
    }
    lua_pushlightuserdata(L, this);
    lua_pushcclosure(L, l_include, 1);
    lua_setglobal(L, "include");

    std::string chunk = "@" + entry_display;
    m_host->start_budget(m_opt.limits.load_instructions);
    // Declarations are all kept anyway: no collecting while loading (the
    // allocator's cap still holds, and collects on its own when refused).
    lua_gc(L, LUA_GCSTOP);
    if (luaL_loadbufferx(L, bytes.data(), bytes.size(), chunk.c_str(), "t") != LUA_OK) {
        std::string f, msg;
        int l = 0;
        LuaHost::split_location(lua_tostring(L, -1), f, l, msg);
        lua_pop(L, 1);
        err(intern(entry_display), l, "syntax", explain_syntax(msg));
    } else {
        m_loading = true;
        std::string f, msg;
        int l = 0;
        if (!m_host->protected_call(0, 0, f, l, msg)) {
            if (f.empty()) { f = entry_display; }
            msg = fmt("fout bij het laden: {0}", "error while loading: {0}", {msg});
            m_diags.error(f, l, "load", msg);
        }
        m_loading = false;
    }
    out.log = m_host->take_log();
    for (const auto& p : m_pending)
        if (!p.done)
            err(p.file, p.line, "decl-form", fmt("{0} {1} heeft geen tabel {{ ... }", "{0} {1} has no table {{ ... }", {kind_word(p.kind), q(p.id)}));

    if (!m_diags.has_errors()) {
        // Scenario first (language), then everything in source order.
        const Decl* scen = nullptr;
        for (const auto& d : m_decls) {
            if (d.kind != Kind::Scenario) continue;
            if (scen) err(d.file, d.line, "duplicate-id", tr("er is al een scenario { ... } in dit scenario", "there is already a scenario { ... } in this scenario"));
            else scen = &d;
        }
        if (!scen) err(intern(entry_display), 1, "no-scenario", tr("scenario { id = ..., start = ... } ontbreekt", "scenario { id = ..., start = ... } is missing"));
        else build_scenario(*scen);
        std::map<std::pair<int, std::string>, const Decl*> seen;
        std::map<std::string, const Decl*> targets;
        for (const auto& d : m_decls) {
            if (d.kind == Kind::Scenario) continue;
            auto key = std::make_pair(int(d.kind), d.id);
            if (seen.count(key)) {
                const Decl* first = seen[key];
                err(d.file, d.line, "duplicate-id", fmt("{0} bestaat al (zie {1}:{2})", "{0} already exists (see {1}:{2})",
                                                        {what(d), first->file ? *first->file : "", std::to_string(first->line)}));
                continue;
            }
            seen[key] = &d;
            if (d.kind == Kind::Node || d.kind == Kind::Ending) {
                if (targets.count(d.id))
                    err(d.file, d.line, "duplicate-id", fmt("de naam {0} is al gebruikt voor een knoop of einde (zie {1}:{2})",
                                                            "the name {0} is already used by a node or ending (see {1}:{2})",
                                                            {q(d.id), targets[d.id]->file ? *targets[d.id]->file : "", std::to_string(targets[d.id]->line)}));
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
                err(scen->file, locate_field(scen->file, scen->line, "start"), "start-ending",
                    tr("start moet een knoop zijn, geen einde", "start must be a node, not an ending"));
        }
    }
    lua_gc(L, LUA_GCRESTART);
    // Hash of all files read.
    uint64_t h = 1469598103934665603ull;
    for (const auto& src : m_sources)
        for (const auto& line : src.lines) {
            for (unsigned char c : line) { h ^= c; h *= 1099511628211ull; }
            h ^= '\n'; h *= 1099511628211ull;
        }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    m_sc->content_hash = hex;

    if (!m_diags.has_errors()) {
        m_sc->host = m_host;
        m_host->bind(m_sc.get());
        if (m_opt.analyse) {
            run_analysis(*m_sc);
            m_host->take_log();  // what the analysis printed is not the author's run
        } else {
            m_sc->competency_max.assign(m_sc->competencies.size(), 0);
            for (size_t k = 0; k < m_sc->competencies.size(); ++k)
                if (m_sc->competencies[k].max) m_sc->competency_max[k] = *m_sc->competencies[k].max;
            if (m_opt.known_maxima.size() == m_sc->competencies.size()) m_sc->competency_max = m_opt.known_maxima;
        }
        out.playable = m_sc;
        out.graph = std::move(m_graph);
        if (!m_diags.has_errors()) out.scenario = m_sc;
    }
    m_diags.sort();
    out.diagnostics = std::move(m_diags);
    if (out.playable) out.reach = m_reach;
    return out;
}

}  // namespace

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
