// The loader's side that the scenario's files see: the declaration
// functions and include, and reading the files themselves.
#include <lua5.4/lauxlib.h>
#include <lua5.4/lua.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/diagnostic_catalog.h"
#include "core/i18n.h"
#include "core/text.h"
#include "loader_impl.h"

namespace fs = std::filesystem;

namespace lab {

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

namespace {

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
    return out;
}

Loader* loader_of(lua_State* L) { return static_cast<Loader*>(lua_touserdata(L, lua_upvalueindex(1))); }

// [SECTION] the functions the files call

int l_decl(lua_State* L) {
    return loader_of(L)->decl(L, Kind(lua_tointeger(L, lua_upvalueindex(2))));
}

int l_decl_body(lua_State* L) {
    return loader_of(L)->decl_body(L, Kind(lua_tointeger(L, lua_upvalueindex(2))), lua_tostring(L, lua_upvalueindex(3)),
                                   int(lua_tointeger(L, lua_upvalueindex(4))));
}

int l_include(lua_State* L) { return loader_of(L)->include(L); }

int l_swallow(lua_State*) { return 0; }

}  // namespace

// The declaration functions and include as globals. [-0, +0, m]
void Loader::install_globals(lua_State* L) {
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
}

int Loader::decl(lua_State* L, Kind kind) {
    const std::string* file;
    int line;
    where(L, file, line);
    if (kind == Kind::Scenario) {
        if (!lua_istable(L, 1)) {
            report(diag::kScenarioNeedsTable, file, line);
            lua_pushcfunction(L, l_swallow);
            return 1;
        }
        lua_pushvalue(L, 1);
        m_decls.push_back({kind, "", luaL_ref(L, LUA_REGISTRYINDEX), file, line});
        return 0;
    }
    if (lua_type(L, 1) != LUA_TSTRING) {
        report(diag::kDeclNeedsName, file, line, {kind_word(kind)});
        lua_pushcfunction(L, l_swallow);
        return 1;
    }
    std::string id = lua_tostring(L, 1);
    if (!valid_id(id)) report(diag::kBadId, file, line, {q(id)});
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
        report(diag::kDeclNeedsTableAfter, p.file, p.line, {kind_word(kind), q(id)});
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
        report(diag::kIncludeNeedsName, file, line);
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
        report(diag::kIncludeOutside, file, line, {q(rel)});
        return true;
    }
    if (p.extension() != ".lua") {
        report(diag::kIncludeNotLua, file, line, {q(rel)});
        return true;
    }
    if (m_included.count(real_s)) {
        report(diag::kIncludeTwice, file, line, {q(rel)});
        return true;
    }
    if (m_include_depth > 16) {
        report(diag::kIncludeTooDeep, file, line);
        return true;
    }
    m_included.insert(real_s);
    std::string display = (fs::path(m_root) / p).lexically_normal().string();
    std::string bytes;
    if (!read_source(real_s, display, bytes, line, file)) return true;
    if (!load_chunk(L, bytes, display)) return true;
    ++m_include_depth;
    int rc = lua_pcall(L, 0, 0, 0);
    --m_include_depth;
    return rc == LUA_OK;
}

// [SECTION] files

bool Loader::load_chunk(lua_State* L, const std::string& bytes, const std::string& display) {
    const std::string chunk = "@" + display;
    if (luaL_loadbufferx(L, bytes.data(), bytes.size(), chunk.c_str(), "t") == LUA_OK) return true;
    std::string f, msg;
    int l = 0;
    LuaHost::split_location(lua_tostring(L, -1), f, l, msg);
    lua_pop(L, 1);
    report(diag::kSyntax, intern(display), l, {explain_syntax(msg)});
    return false;
}

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
        report(diag::kFileMissing, where_file, at_line, {q(display)});
        return false;
    }
    auto size = fs::file_size(disk_path, ec);
    if (ec || size > kMaxFileBytes) {
        report(diag::kFileTooLarge, where_file, at_line, {q(display), std::to_string(kMaxFileBytes >> 20)});
        return false;
    }
    std::ifstream in(disk_path, std::ios::binary);
    if (!in) {
        report(diag::kFileUnreadable, where_file, at_line, {q(display)});
        return false;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    bytes = ss.str();
    const std::string* file = intern(display);
    if (!bytes.empty() && bytes[0] == '\x1b') {
        report(diag::kBinaryChunk, file, 1);
        return false;
    }
    size_t bad = 0;
    if (!valid_utf8(bytes, &bad)) {
        int line = 1 + int(std::count(bytes.begin(), bytes.begin() + long(bad), '\n'));
        report(diag::kFileInvalidUtf8, file, line);
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

}  // namespace lab
