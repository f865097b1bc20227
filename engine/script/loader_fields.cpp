// Reading the fields of the tables the scenario's files declared: each
// getter reports a wrong type or value as a located diagnostic.
#include <lua5.4/lauxlib.h>
#include <lua5.4/lua.h>

#include <algorithm>
#include <cmath>

#include "core/diagnostic_catalog.h"
#include "core/i18n.h"
#include "core/text.h"
#include "loader_impl.h"

namespace lab {

// [SECTION] reading tables

std::string Loader::what(const Decl& d) const {
    if (d.kind == Kind::Scenario) return "scenario";
    return std::string(kind_word(d.kind)) + " " + q(d.id);
}

std::string Loader::job_context(const Decl& d, MoveKind kind, int choice) const {
    if (kind == MoveKind::Choice) return fmt("keuze {0} van knoop {1}", "choice {0} of node {1}", {std::to_string(choice + 1), q(d.id)});
    return kind == MoveKind::Timeout ? what(d) + " timeout" : what(d);
}

void Loader::check_fields(const Decl& d, int t, const std::vector<std::string>& known, const std::string& context) {
    lua_State* L = m_host->L();
    t = lua_absindex(L, t);
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            report(diag::kPositionalValue, d.file, d.line, {context});
            continue;
        }
        std::string k = lua_tostring(L, -1);
        if (std::find(known.begin(), known.end(), k) != known.end()) continue;
        report(diag::kUnknownField, d.file, locate_field(d.file, d.line, k), {context, q(k), did_you_mean(k, known)});
    }
}

namespace {
const char* lua_type_word(int t) {
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
}  // namespace

bool Loader::get_string(const Decl& d, int t, const char* field, std::string& out, bool required) {
    lua_State* L = m_host->L();
    int ty = raw_field(L, t, field);
    bool ok = false;
    if (ty == LUA_TSTRING) { out = lua_tostring(L, -1); ok = true; }
    else if (ty == LUA_TNIL) {
        if (required) report(diag::kMissingField, d.file, d.line, {what(d), q(field)});
    } else {
        report(diag::kNotText, d.file, locate_field(d.file, d.line, field), {what(d), q(field), lua_type_word(ty)});
    }
    lua_pop(L, 1);
    return ok;
}

bool Loader::get_number(const Decl& d, int t, const char* field, double& out) {
    lua_State* L = m_host->L();
    int ty = raw_field(L, t, field);
    bool ok = false;
    const double v = ty == LUA_TNUMBER ? lua_tonumber(L, -1) : 0;
    if (ty == LUA_TNUMBER && std::isfinite(v)) {
        out = v;
        ok = true;
    } else if (ty == LUA_TNUMBER) {
        report(std::isnan(v) ? diag::kNumberIsNaN : diag::kNumberIsInfinite, d.file, locate_field(d.file, d.line, field), {what(d), q(field)});
    } else if (ty != LUA_TNIL) {
        report(diag::kNotNumber, d.file, locate_field(d.file, d.line, field), {what(d), q(field), lua_type_word(ty)});
    }
    lua_pop(L, 1);
    return ok;
}

bool Loader::get_int(const Decl& d, int t, const char* field, int& out, int lo, int hi) {
    double v;
    if (!get_number(d, t, field, v)) return false;
    if (v != std::floor(v) || v < lo || v > hi) {
        report(diag::kNotWholeInRange, d.file, locate_field(d.file, d.line, field), {what(d), q(field), std::to_string(lo), std::to_string(hi)});
        return false;
    }
    out = int(v);
    return true;
}

bool Loader::get_bool(const Decl& d, int t, const char* field, bool& out) {
    lua_State* L = m_host->L();
    int ty = raw_field(L, t, field);
    bool ok = ty == LUA_TBOOLEAN;
    if (ok) out = lua_toboolean(L, -1);
    else if (ty != LUA_TNIL)
        report(diag::kNotBool, d.file, locate_field(d.file, d.line, field), {what(d), q(field), lua_type_word(ty)});
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
            report(diag::kFieldInvalidUtf8, d.file, locate_field(d.file, d.line, field), {what(d), q(field)});
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
                report(diag::kBadTranslationTable, d.file, locate_field(d.file, d.line, field), {what(d), q(field)});
                ok = false;
            } else {
                std::string code = lua_tostring(L, -2);
                std::string s = lua_tostring(L, -1);
                if (code.size() != 2 || !islower(static_cast<unsigned char>(code[0])) || !islower(static_cast<unsigned char>(code[1])))
                    report(diag::kLanguageCode, d.file, locate_field(d.file, d.line, code), {what(d), q(code)});
                if (check_utf8(s)) out.by_lang[code] = s;
                else ok = false;
            }
            lua_pop(L, 1);
        }
        if (ok && !out.empty() && !out.by_lang.count(lang))
            report(diag::kMissingTranslation, d.file, locate_field(d.file, d.line, field), {what(d), q(field), q(lang)});
        return ok && !out.empty();
    }
    report(diag::kNotText, d.file, locate_field(d.file, d.line, field), {what(d), q(field), lua_type_word(lua_type(L, idx))});
    return false;
}

bool Loader::get_local(const Decl& d, int t, const char* field, LocalText& out) {
    lua_State* L = m_host->L();
    bool ok = false;
    if (raw_field(L, t, field) != LUA_TNIL) ok = read_local(d, -1, field, out);
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
    int ty = raw_field(L, t, field);
    bool ok = false;
    if (ty == LUA_TFUNCTION) { out.fn = make_callable(-1); ok = true; }
    else if (ty != LUA_TNIL) ok = read_local(d, -1, field, out.fixed);
    lua_pop(L, 1);
    return ok;
}

bool Loader::get_callable(const Decl& d, int t, const char* field, Callable& out) {
    lua_State* L = m_host->L();
    int ty = raw_field(L, t, field);
    bool ok = ty == LUA_TFUNCTION;
    if (ok) out = make_callable(-1);
    else if (ty != LUA_TNIL)
        report(diag::kNotFunction, d.file, locate_field(d.file, d.line, field), {what(d), q(field)});
    lua_pop(L, 1);
    return ok;
}

void Loader::get_target(const Decl& d, int t, const char* field, Target& out, const std::string& context) {
    lua_State* L = m_host->L();
    int ty = raw_field(L, t, field);
    if (ty == LUA_TSTRING) out.id = lua_tostring(L, -1);
    else if (ty == LUA_TFUNCTION) out.fn = make_callable(-1);
    else if (ty != LUA_TNIL)
        report(diag::kNotTarget, d.file, locate_field(d.file, d.line, field), {context, q(field)});
    lua_pop(L, 1);
}

void Loader::get_deltas(const Decl& d, int t, const char* field, std::vector<std::pair<std::string, double>>& out) {
    lua_State* L = m_host->L();
    int ty = raw_field(L, t, field);
    if (ty == LUA_TTABLE) {
        lua_pushnil(L);
        while (lua_next(L, -2)) {
            if (lua_type(L, -2) == LUA_TSTRING && lua_type(L, -1) == LUA_TNUMBER && std::isfinite(lua_tonumber(L, -1))) {
                out.emplace_back(lua_tostring(L, -2), lua_tonumber(L, -1));
            } else {
                report(diag::kDeltaEntry, d.file, locate_field(d.file, d.line, field), {what(d), q(field)});
            }
            lua_pop(L, 1);
        }
        std::sort(out.begin(), out.end());
    } else if (ty != LUA_TNIL) {
        report(diag::kDeltaNotTable, d.file, locate_field(d.file, d.line, field), {what(d), q(field)});
    }
    lua_pop(L, 1);
}

void Loader::get_effects(const Decl& d, int t, Effects& out, const std::string& context) {
    lua_State* L = m_host->L();
    get_callable(d, t, "effect", out.fn);
    int ty = raw_field(L, t, "set");
    if (ty == LUA_TTABLE) {
        lua_pushnil(L);
        while (lua_next(L, -2)) {
            if (lua_type(L, -2) != LUA_TSTRING) {
                report(diag::kSetEntry, d.file, locate_field(d.file, d.line, "set"), {context});
            } else {
                std::string k = lua_tostring(L, -2);
                switch (lua_type(L, -1)) {
                    case LUA_TBOOLEAN: out.set.emplace_back(k, bool(lua_toboolean(L, -1))); break;
                    case LUA_TNUMBER:
                        if (std::isfinite(lua_tonumber(L, -1))) out.set.emplace_back(k, double(lua_tonumber(L, -1)));
                        else report(diag::kFlagValue, d.file, locate_field(d.file, d.line, k), {context, q(k)});
                        break;
                    case LUA_TSTRING: out.set.emplace_back(k, std::string(lua_tostring(L, -1))); break;
                    default:
                        report(diag::kFlagValue, d.file, locate_field(d.file, d.line, k), {context, q(k)});
                }
            }
            lua_pop(L, 1);
        }
        std::sort(out.set.begin(), out.set.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    } else if (ty != LUA_TNIL) {
        report(diag::kSetNotTable, d.file, locate_field(d.file, d.line, "set"), {context});
    }
    lua_pop(L, 1);
}

void Loader::get_tags(const Decl& d, int t, std::vector<std::string>& out) {
    lua_State* L = m_host->L();
    int ty = raw_field(L, t, "tags");
    if (ty == LUA_TTABLE) {
        lua_Integer n = lua_Integer(lua_rawlen(L, -1));
        for (lua_Integer i = 1; i <= n && i <= 1000; ++i) {
            if (lua_rawgeti(L, -1, i) == LUA_TSTRING) out.push_back(lua_tostring(L, -1));
            else report(diag::kTagsNotList, d.file, locate_field(d.file, d.line, "tags"), {what(d)});
            lua_pop(L, 1);
        }
    } else if (ty != LUA_TNIL) {
        report(diag::kTagsNotList, d.file, locate_field(d.file, d.line, "tags"), {what(d)});
    }
    lua_pop(L, 1);
}

}  // namespace lab
