#include "graph_layout.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/i18n.h"

extern char** environ;

namespace lab {

namespace {

// [SECTION] text helpers

// A label as written by Graphviz or in DOT as lines: backslash-n, -l and -r
// end a line; a backslash before any other character escapes it.
std::vector<std::string> label_lines(const std::string& raw) {
    std::vector<std::string> out(1);
    for (size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\\' && i + 1 < raw.size()) {
            const char c = raw[++i];
            if (c == 'n' || c == 'l' || c == 'r') out.emplace_back();
            else out.back() += c;
        } else {
            out.back() += raw[i];
        }
    }
    // A label ending in a line break has no empty last line.
    if (out.size() > 1 && out.back().empty()) out.pop_back();
    return out;
}

// Splits a line of `dot -Tplain` into fields; quoted fields lose their
// quotes but keep their backslash escapes (label_lines reads them). False
// when a quote is not closed.
bool plain_fields(const std::string& line, std::vector<std::string>& out) {
    out.clear();
    size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) ++i;
        if (i >= line.size()) break;
        std::string f;
        if (line[i] == '"') {
            ++i;
            bool closed = false;
            while (i < line.size()) {
                if (line[i] == '\\' && i + 1 < line.size()) {
                    if (line[i + 1] == '"') f += '"';  // \" is a quote; other escapes stay for label_lines
                    else { f += line[i]; f += line[i + 1]; }
                    i += 2;
                    continue;
                }
                if (line[i] == '"') { closed = true; ++i; break; }
                f += line[i++];
            }
            if (!closed) return false;
        } else if (line[i] == '<') {
            // An HTML-like label: <...> with nesting.
            int depth = 0;
            while (i < line.size()) {
                if (line[i] == '<') ++depth;
                if (line[i] == '>') --depth;
                f += line[i++];
                if (depth == 0) break;
            }
        } else {
            while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') f += line[i++];
        }
        out.push_back(std::move(f));
    }
    return true;
}

bool to_float(const std::string& s, float& v) {
    if (s.empty()) return false;
    char* end = nullptr;
    errno = 0;
    const double d = std::strtod(s.c_str(), &end);
    if (end != s.c_str() + s.size() || errno != 0 || !std::isfinite(d)) return false;
    v = float(d);
    return true;
}

bool to_int(const std::string& s, int& v) {
    float f = 0;
    if (!to_float(s, f) || f != std::floor(f) || f < 0 || f > 1e6f) return false;
    v = int(f);
    return true;
}

}  // namespace

// [SECTION] GraphLayout

int GraphLayout::find(const std::string& name) const {
    for (size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].name == name) return int(i);
    return -1;
}

int GraphLayout::hit(float x, float y) const {
    for (size_t i = nodes.size(); i-- > 0;) {
        const Node& n = nodes[i];
        if (std::fabs(x - n.x) <= n.w * 0.5f && std::fabs(y - n.y) <= n.h * 0.5f) return int(i);
    }
    return -1;
}

// [SECTION] dot -Tplain

bool parse_plain(const std::string& text, GraphLayout& out, std::string* error) {
    out = GraphLayout{};
    out.by_dot = true;
    auto fail = [&](int line, const std::string& why) {
        if (error) *error = fmt("uitvoer van dot, regel {0}: {1}", "dot output, line {0}: {1}", {std::to_string(line), why});
        out = GraphLayout{};
        return false;
    };
    std::istringstream in(text);
    std::string line;
    std::vector<std::string> f;
    int no = 0;
    bool have_graph = false, stopped = false;
    float height_in = 0;
    // Graphviz: inches, origin bottom left. Here: points, origin top left.
    auto px = [&](float x) { return x * 72.0f; };
    auto py = [&](float y) { return (height_in - y) * 72.0f; };
    while (std::getline(in, line)) {
        ++no;
        if (!plain_fields(line, f)) return fail(no, tr("aanhalingsteken niet gesloten", "unclosed quote"));
        if (f.empty()) continue;
        if (stopped) return fail(no, tr("tekst na stop", "text after stop"));
        const std::string& kind = f[0];
        if (kind == "graph") {
            float scale = 0, w = 0, h = 0;
            if (f.size() < 4 || !to_float(f[1], scale) || !to_float(f[2], w) || !to_float(f[3], h) || w < 0 || h < 0)
                return fail(no, tr("graph heeft schaal, breedte en hoogte nodig", "graph needs scale, width and height"));
            have_graph = true;
            height_in = h;
            out.width = px(w);
            out.height = h * 72.0f;
        } else if (kind == "node") {
            if (!have_graph) return fail(no, tr("node vóór graph", "node before graph"));
            GraphLayout::Node n;
            float x = 0, y = 0;
            if (f.size() < 11 || !to_float(f[2], x) || !to_float(f[3], y) || !to_float(f[4], n.w) || !to_float(f[5], n.h))
                return fail(no, tr("node heeft naam, x, y, breedte, hoogte, label, stijl, vorm en kleuren nodig",
                                   "node needs name, x, y, width, height, label, style, shape and colours"));
            n.name = f[1];
            n.x = px(x);
            n.y = py(y);
            n.w = px(n.w);
            n.h = px(n.h);
            n.lines = label_lines(f[6]);
            n.style = f[7];
            n.shape = f[8];
            n.color = f[9];
            n.fill = f[10];
            out.nodes.push_back(std::move(n));
        } else if (kind == "edge") {
            if (!have_graph) return fail(no, tr("edge vóór graph", "edge before graph"));
            GraphLayout::Edge e;
            int n = 0;
            if (f.size() < 4 || !to_int(f[3], n) || n < 2)
                return fail(no, tr("edge heeft twee knopen en een aantal punten nodig", "edge needs two nodes and a number of points"));
            e.tail = f[1];
            e.head = f[2];
            const size_t after = 4 + size_t(n) * 2;
            if (f.size() < after + 2) return fail(no, tr("edge heeft te weinig punten", "edge has too few points"));
            for (int k = 0; k < n; ++k) {
                GraphPoint p;
                if (!to_float(f[4 + size_t(k) * 2], p.x) || !to_float(f[5 + size_t(k) * 2], p.y))
                    return fail(no, tr("een punt van de edge is geen getal", "a point of the edge is not a number"));
                p.x = px(p.x);
                p.y = py(p.y);
                e.points.push_back(p);
            }
            size_t at = after;
            if (f.size() >= after + 5) {  // label x y style color
                const auto lines = label_lines(f[at]);
                for (size_t i = 0; i < lines.size(); ++i) e.label += (i ? " " : "") + lines[i];
                float lx = 0, ly = 0;
                if (!to_float(f[at + 1], lx) || !to_float(f[at + 2], ly))
                    return fail(no, tr("de plaats van het label is geen getal", "the label's position is not a number"));
                e.label_at = {px(lx), py(ly)};
                at += 3;
            }
            e.style = f[at];
            e.color = f[at + 1];
            if (out.find(e.tail) < 0 || out.find(e.head) < 0)
                return fail(no, tr("edge naar een onbekende knoop", "edge to an unknown node"));
            // A spline has 3k+1 points; drop a stray tail rather than draw nonsense.
            e.points.resize(((e.points.size() - 1) / 3) * 3 + 1);
            if (e.points.size() < 4) return fail(no, tr("edge heeft te weinig punten", "edge has too few points"));
            out.edges.push_back(std::move(e));
        } else if (kind == "stop") {
            stopped = true;
        } else {
            return fail(no, fmt("onbekend soort regel {0}", "unknown kind of line {0}", {q(kind)}));
        }
    }
    if (!have_graph) return fail(no, tr("geen graph-regel", "no graph line"));
    if (!stopped) return fail(no, tr("de uitvoer eindigt zonder stop (afgebroken?)", "the output ends without stop (cut off?)"));
    return true;
}

// [SECTION] DOT (the subset scenario_dot writes)

int DotGraph::find(const std::string& name) const {
    for (size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].name == name) return int(i);
    return -1;
}

bool parse_dot(const std::string& dot, DotGraph& out, std::string* error) {
    out = DotGraph{};
    struct Tok {
        enum { Id, Arrow, Punct, End } kind;
        std::string text;
    };
    std::vector<Tok> toks;
    auto fail = [&](const std::string& why) {
        if (error) *error = "DOT: " + why;
        out = DotGraph{};
        return false;
    };
    for (size_t i = 0; i < dot.size();) {
        const char c = dot[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { ++i; continue; }
        if (c == '/' && i + 1 < dot.size() && dot[i + 1] == '/') {
            while (i < dot.size() && dot[i] != '\n') ++i;
            continue;
        }
        if (c == '"') {
            std::string s;
            ++i;
            bool closed = false;
            while (i < dot.size()) {
                if (dot[i] == '\\' && i + 1 < dot.size()) {
                    if (dot[i + 1] == '"') s += '"';
                    else { s += dot[i]; s += dot[i + 1]; }
                    i += 2;
                    continue;
                }
                if (dot[i] == '"') { closed = true; ++i; break; }
                s += dot[i++];
            }
            if (!closed) return fail(tr("aanhalingsteken niet gesloten", "unclosed quote"));
            toks.push_back({Tok::Id, s});
            continue;
        }
        if (c == '-' && i + 1 < dot.size() && (dot[i + 1] == '>' || dot[i + 1] == '-')) {
            toks.push_back({Tok::Arrow, "->"});
            i += 2;
            continue;
        }
        if (std::strchr("[]=,;{}", c)) {
            toks.push_back({Tok::Punct, std::string(1, c)});
            ++i;
            continue;
        }
        std::string s;
        while (i < dot.size() && !std::strchr(" \t\r\n[]=,;{}\"", dot[i]) && !(dot[i] == '-' && i + 1 < dot.size() && dot[i + 1] == '>'))
            s += dot[i++];
        if (s.empty()) return fail(fmt("onverwacht teken {0}", "unexpected character {0}", {q(std::string(1, c))}));
        toks.push_back({Tok::Id, s});
    }
    toks.push_back({Tok::End, ""});
    size_t p = 0;
    auto is = [&](const char* punct) { return toks[p].kind == Tok::Punct && toks[p].text == punct; };
    std::map<std::string, std::string> node_defaults, edge_defaults;
    auto attr_list = [&](std::map<std::string, std::string>& into) -> bool {
        while (is("[")) {
            ++p;
            while (!is("]")) {
                if (toks[p].kind != Tok::Id) return false;
                std::string key = toks[p++].text, value = "true";
                if (is("=")) {
                    ++p;
                    if (toks[p].kind != Tok::Id) return false;
                    value = toks[p++].text;
                }
                into[key] = value;
                if (is(",") || is(";")) ++p;
            }
            ++p;
        }
        return true;
    };
    auto node_index = [&](const std::string& name) {
        int i = out.find(name);
        if (i >= 0) return size_t(i);
        out.nodes.push_back({name, node_defaults});
        return out.nodes.size() - 1;
    };
    if (toks[p].kind == Tok::Id && toks[p].text == "strict") ++p;
    if (toks[p].kind != Tok::Id || (toks[p].text != "digraph" && toks[p].text != "graph")) return fail(tr("begint niet met digraph", "does not start with digraph"));
    ++p;
    if (toks[p].kind == Tok::Id) ++p;
    if (!is("{")) return fail(tr("{ ontbreekt", "{ missing"));
    ++p;
    while (!is("}")) {
        if (toks[p].kind == Tok::End) return fail(tr("} ontbreekt", "} missing"));
        if (is(";")) { ++p; continue; }
        if (toks[p].kind != Tok::Id) return fail(fmt("onverwacht {0}", "unexpected {0}", {q(toks[p].text)}));
        const std::string first = toks[p++].text;
        if ((first == "graph" || first == "node" || first == "edge") && is("[")) {
            std::map<std::string, std::string> attrs;
            if (!attr_list(attrs)) return fail(tr("fout in een attributenlijst", "bad attribute list"));
            if (first == "node") for (auto& [k, v] : attrs) node_defaults[k] = v;
            if (first == "edge") for (auto& [k, v] : attrs) edge_defaults[k] = v;
            continue;
        }
        if (is("=")) {  // a graph attribute
            ++p;
            if (toks[p].kind != Tok::Id) return fail(tr("waarde ontbreekt", "value missing"));
            ++p;
            continue;
        }
        std::vector<std::string> chain{first};
        while (toks[p].kind == Tok::Arrow) {
            ++p;
            if (toks[p].kind != Tok::Id) return fail(tr("knoop ontbreekt na ->", "node missing after ->"));
            chain.push_back(toks[p++].text);
        }
        std::map<std::string, std::string> attrs;
        if (!attr_list(attrs)) return fail(tr("fout in een attributenlijst", "bad attribute list"));
        if (chain.size() == 1) {
            auto& n = out.nodes[node_index(first)];
            for (auto& [k, v] : attrs) n.attrs[k] = v;
        } else {
            for (size_t k = 0; k + 1 < chain.size(); ++k) {
                node_index(chain[k]);
                node_index(chain[k + 1]);
                DotGraph::Edge e{chain[k], chain[k + 1], edge_defaults};
                for (auto& [key, v] : attrs) e.attrs[key] = v;
                out.edges.push_back(std::move(e));
            }
        }
    }
    return true;
}

// [SECTION] the fallback layout

GraphLayout layered_layout(const DotGraph& g, const std::string& start) {
    GraphLayout out;
    out.by_dot = false;
    const size_t n = g.nodes.size();
    if (n == 0) return out;
    auto attr = [](const std::map<std::string, std::string>& a, const char* k, const char* dflt) {
        auto it = a.find(k);
        return it == a.end() ? std::string(dflt) : it->second;
    };
    // Depth by breadth-first search over the edges.
    std::vector<std::vector<size_t>> next(n);
    for (const auto& e : g.edges) next[size_t(g.find(e.tail))].push_back(size_t(g.find(e.head)));
    std::vector<int> depth(n, -1);
    int s = g.find(start);
    std::deque<size_t> queue{size_t(s < 0 ? 0 : s)};
    depth[queue.front()] = 0;
    int deepest = 0;
    while (!queue.empty()) {
        const size_t u = queue.front();
        queue.pop_front();
        for (size_t v : next[u])
            if (depth[v] < 0) {
                depth[v] = depth[u] + 1;
                deepest = std::max(deepest, depth[v]);
                queue.push_back(v);
            }
    }
    for (auto& d : depth)
        if (d < 0) d = deepest + 1;
    // Sizes from the label: about 5.6 pt per character at 10 pt, 13 pt a line.
    out.nodes.resize(n);
    for (size_t i = 0; i < n; ++i) {
        GraphLayout::Node& o = out.nodes[i];
        const auto& a = g.nodes[i].attrs;
        o.name = g.nodes[i].name;
        o.lines = label_lines(attr(a, "label", o.name.c_str()));
        o.shape = attr(a, "shape", "box");
        o.style = attr(a, "style", "");
        o.color = attr(a, "color", "#000000");
        o.fill = attr(a, "fillcolor", "#ffffff");
        size_t chars = 1;
        for (const auto& l : o.lines) {
            size_t cps = 0;
            for (unsigned char c : l) cps += (c & 0xC0) != 0x80;
            chars = std::max(chars, cps);
        }
        o.w = std::max(54.0f, float(chars) * 5.6f + 18.0f);
        o.h = std::max(36.0f, float(o.lines.size()) * 13.0f + 12.0f);
        if (o.shape == "diamond") o.w = std::max(o.w, o.h * 1.6f);
    }
    const float col_gap = 64, row_gap = 18, margin = 8;
    const int cols = *std::max_element(depth.begin(), depth.end()) + 1;
    std::vector<float> col_w(size_t(cols), 0), col_h(size_t(cols), 0);
    for (size_t i = 0; i < n; ++i) {
        const size_t c = size_t(depth[i]);
        col_w[c] = std::max(col_w[c], out.nodes[i].w);
        col_h[c] += out.nodes[i].h + (col_h[c] > 0 ? row_gap : 0);
    }
    const float tallest = *std::max_element(col_h.begin(), col_h.end());
    std::vector<float> col_x(size_t(cols), margin), col_y(size_t(cols), margin);
    for (int c = 0; c < cols; ++c) {
        if (c > 0) col_x[size_t(c)] = col_x[size_t(c) - 1] + col_w[size_t(c) - 1] + col_gap;
        col_y[size_t(c)] = margin + (tallest - col_h[size_t(c)]) * 0.5f;
    }
    for (size_t i = 0; i < n; ++i) {
        const size_t c = size_t(depth[i]);
        GraphLayout::Node& o = out.nodes[i];
        o.x = col_x[c] + col_w[c] * 0.5f;
        o.y = col_y[c] + o.h * 0.5f;
        col_y[c] += o.h + row_gap;
    }
    out.width = col_x.back() + col_w.back() + margin;
    out.height = tallest + margin * 2;
    // Straight edges from border to border, leaving room for the arrowhead.
    auto border = [](const GraphLayout::Node& nd, GraphPoint toward) {
        const float dx = toward.x - nd.x, dy = toward.y - nd.y;
        if (dx == 0 && dy == 0) return GraphPoint{nd.x, nd.y};
        const float sx = std::fabs(dx) > 0 ? (nd.w * 0.5f) / std::fabs(dx) : 1e9f;
        const float sy = std::fabs(dy) > 0 ? (nd.h * 0.5f) / std::fabs(dy) : 1e9f;
        const float t = std::min(sx, sy);
        return GraphPoint{nd.x + dx * t, nd.y + dy * t};
    };
    for (const auto& e : g.edges) {
        GraphLayout::Edge o;
        o.tail = e.tail;
        o.head = e.head;
        const auto& a = out.nodes[size_t(g.find(e.tail))];
        const auto& b = out.nodes[size_t(g.find(e.head))];
        GraphPoint p0, p3;
        if (&a == &b) {  // a loop: out of the top, back into the right side
            p0 = {a.x + a.w * 0.25f, a.y - a.h * 0.5f};
            p3 = {a.x + a.w * 0.5f + 8, a.y};
            o.points = {p0, {p0.x + 10, p0.y - 30}, {p3.x + 40, p3.y - 10}, p3};
        } else {
            p0 = border(a, {b.x, b.y});
            p3 = border(b, {a.x, a.y});
            const float dx = p3.x - p0.x, dy = p3.y - p0.y, len = std::sqrt(dx * dx + dy * dy);
            if (len > 12) { p3.x -= dx / len * 10; p3.y -= dy / len * 10; }
            o.points = {p0, {p0.x + (p3.x - p0.x) / 3, p0.y + (p3.y - p0.y) / 3},
                        {p0.x + (p3.x - p0.x) * 2 / 3, p0.y + (p3.y - p0.y) * 2 / 3}, p3};
        }
        const auto lines = label_lines(attr(e.attrs, "label", ""));
        for (size_t i = 0; i < lines.size(); ++i) o.label += (i ? " " : "") + lines[i];
        o.label_at = {(o.points.front().x + o.points.back().x) * 0.5f, (o.points.front().y + o.points.back().y) * 0.5f - 7};
        o.style = attr(e.attrs, "style", "solid");
        o.color = attr(e.attrs, "color", "#000000");
        out.edges.push_back(std::move(o));
    }
    return out;
}

// [SECTION] running dot

bool run_dot(const std::string& dot, std::string& plain, std::string* error, const std::string& program) {
    plain.clear();
    auto fail = [&](const std::string& why) {
        if (error) *error = why;
        return false;
    };
    // The DOT goes through a file (stdin and stdout both piped could block
    // each other on a large graph).
    namespace fs = std::filesystem;
    std::error_code ec;
    std::string tmpl = (fs::temp_directory_path(ec) / "gesprekslab-graph-XXXXXX").string();
    std::vector<char> name(tmpl.begin(), tmpl.end());
    name.push_back('\0');
    const int fd = mkstemp(name.data());
    if (fd < 0) return fail(tr("kan geen tijdelijk bestand maken", "cannot create a temporary file"));
    const std::string in_path(name.data());
    struct Cleanup {
        std::string path;
        ~Cleanup() { std::remove(path.c_str()); }
    } cleanup{in_path};
    for (size_t at = 0; at < dot.size();) {
        const ssize_t w = ::write(fd, dot.data() + at, dot.size() - at);
        if (w <= 0) {
            ::close(fd);
            return fail(tr("kan het tijdelijke bestand niet schrijven", "cannot write the temporary file"));
        }
        at += size_t(w);
    }
    ::close(fd);

    int out_pipe[2];
    if (pipe2(out_pipe, O_CLOEXEC) != 0) return fail("pipe: " + std::string(std::strerror(errno)));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    std::string t_plain = "-Tplain";
    std::vector<char*> argv{const_cast<char*>(program.c_str()), t_plain.data(), const_cast<char*>(in_path.c_str()), nullptr};
    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(out_pipe[1]);
    if (rc != 0) {
        ::close(out_pipe[0]);
        return fail(fmt("{0} kan niet gestart worden ({1}); installeer graphviz", "{0} cannot be started ({1}); install graphviz",
                        {program, std::strerror(rc)}));
    }
    char buf[65536];
    for (;;) {
        const ssize_t r = ::read(out_pipe[0], buf, sizeof buf);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) break;
        plain.append(buf, size_t(r));
    }
    ::close(out_pipe[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        // posix_spawnp reports a missing program as exit status 127 of the child.
        if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
            return fail(fmt("{0} is niet gevonden; installeer graphviz", "{0} was not found; install graphviz", {program}));
        return fail(fmt("{0} faalde (status {1})", "{0} failed (status {1})", {program, std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1)}));
    }
    if (plain.empty()) return fail(fmt("{0} gaf geen uitvoer", "{0} printed nothing", {program}));
    return true;
}

GraphLayout layout_graph(const std::string& dot, const std::string& start, std::string* note, const std::string& program) {
    if (note) note->clear();
    std::string plain, why;
    GraphLayout out;
    if (run_dot(dot, plain, &why, program) && parse_plain(plain, out, &why)) return out;
    DotGraph g;
    std::string dot_error;
    if (!parse_dot(dot, g, &dot_error)) why += "; " + dot_error;
    if (note) *note = why;
    return layered_layout(g, start);
}

}  // namespace lab
