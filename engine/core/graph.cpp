#include "graph.h"

#include <algorithm>

#include "session.h"
#include "text.h"

namespace lab {

namespace {

std::string esc(const std::string& s) {
    std::string o;
    for (char c : s) {
        if (c == '"' || c == '\\') { o += '\\'; o += c; }
        else if (c == '\n') o += "\\n";
        else o += c;
    }
    return o;
}

// The first `n` characters (code points) of `s`, cut at a word, with "...".
std::string start_of(const std::string& s, size_t n) {
    size_t cps = 0, i = 0, last_space = std::string::npos;
    for (; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if ((c & 0xC0) != 0x80) {
            if (cps == n) break;
            ++cps;
        }
        if (c == ' ') last_space = i;
    }
    if (i >= s.size()) return s;
    return s.substr(0, last_space != std::string::npos && last_space > i / 2 ? last_space : i) + "…";
}

std::string deltas(const Scenario& sc, const Choice& c) {
    std::string s;
    for (const auto& [k, d] : c.score)
        s += std::string(s.empty() ? " " : ", ") + (d > 0 ? "+" : "") + format_number(d) + " " + sc.competencies[size_t(k)].id;
    return s;
}

}  // namespace

std::string scenario_dot(const Scenario& sc, const Analysis* a, const GraphOptions& opt) {
    auto unreachable = [&](const std::vector<std::string>& list, const std::string& id) {
        return a && std::find(list.begin(), list.end(), id) != list.end();
    };
    std::string o = "digraph \"" + esc(sc.id) + "\" {\n"
                    "  graph [rankdir=LR, fontname=\"DejaVu Sans\", label=\"" + esc(sc.title.get(opt.lang, sc.language)) + "\", labelloc=t];\n"
                    "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#fdf6ec\", color=\"#8a6d4b\", fontname=\"DejaVu Sans\", fontsize=10];\n"
                    "  edge [fontname=\"DejaVu Sans\", fontsize=9, color=\"#6b5b4b\"];\n";
    for (const auto& n : sc.nodes) {
        bool grey = unreachable(a ? a->unreachable_nodes : std::vector<std::string>{}, n.id);
        std::string who = n.speaker >= 0 ? sc.characters[size_t(n.speaker)].name.get(opt.lang, sc.language) : "(verteller)";
        std::string text = n.text.fn ? "(tekst uit functie)" : interpolate_text(sc, n.text.fixed.get(opt.lang, sc.language), opt.lang);
        o += "  \"" + esc(n.id) + "\" [label=\"" + esc(n.id) + "\\n" + esc(who) + "\\n" + esc(start_of(text, opt.text_chars)) + "\"";
        if (n.id == sc.start_id) o += ", penwidth=2";
        if (grey) o += ", fillcolor=\"#eeeeee\", color=\"#bbbbbb\", fontcolor=\"#999999\"";
        if (!opt.highlight.empty() && n.id == opt.highlight) o += ", fillcolor=\"#ffe08a\", penwidth=3";
        o += "];\n";
    }
    for (const auto& e : sc.endings) {
        bool grey = unreachable(a ? a->unreachable_endings : std::vector<std::string>{}, e.id);
        const char* colour = e.outcome == Outcome::Good ? "#cdebc5" : e.outcome == Outcome::Mixed ? "#fbe3b0" : "#f6c4c0";
        std::string title = e.title.fn ? e.id : interpolate_text(sc, e.title.fixed.get(opt.lang, sc.language), opt.lang);
        o += "  \"" + esc(e.id) + "\" [shape=doubleoctagon, label=\"" + esc(title) + "\\n(" + outcome_name(e.outcome) + ")\", fillcolor=\"" +
             (grey ? "#eeeeee" : colour) + "\"" + (grey ? ", fontcolor=\"#999999\", color=\"#bbbbbb\"" : "") + "];\n";
    }
    for (const auto& n : sc.nodes) {
        bool grey = unreachable(a ? a->unreachable_nodes : std::vector<std::string>{}, n.id);
        std::string style = grey ? ", color=\"#cccccc\", fontcolor=\"#aaaaaa\"" : "";
        for (size_t k = 0; k < n.choices.size(); ++k) {
            const Choice& c = n.choices[k];
            const Target& t = c.next ? c.next : n.next;
            std::string label = std::to_string(k + 1) + deltas(sc, c);
            std::string dashed = c.when ? ", style=dashed" : "";
            if (t.fixed) o += "  \"" + esc(n.id) + "\" -> \"" + esc(sc.target_id(t.fixed)) + "\" [label=\"" + esc(label) + "\"" + dashed + style + "];\n";
            else if (t.fn) o += "  \"" + esc(n.id) + "\" -> \"" + esc(n.id) + "_fn" + std::to_string(k) + "\" [label=\"" + esc(label) + "\"" + dashed + style + "];\n"
                             "  \"" + esc(n.id) + "_fn" + std::to_string(k) + "\" [shape=diamond, label=\"f(s)\", fillcolor=\"#ffffff\"];\n";
        }
        if (n.next.fixed) o += "  \"" + esc(n.id) + "\" -> \"" + esc(sc.target_id(n.next.fixed)) + "\" [label=\"" + (n.choices.empty() ? "verder" : "anders") + "\", style=bold" + style + "];\n";
        else if (n.next.fn) o += "  \"" + esc(n.id) + "\" -> \"" + esc(n.id) + "_next\" [style=bold" + style + "];\n  \"" + esc(n.id) + "_next\" [shape=diamond, label=\"f(s)\", fillcolor=\"#ffffff\"];\n";
        if (n.timeout && n.timeout->next.fixed)
            o += "  \"" + esc(n.id) + "\" -> \"" + esc(sc.target_id(n.timeout->next.fixed)) + "\" [label=\"t (" + format_number(n.timeout->seconds) + " s)\", style=dotted" + style + "];\n";
    }
    // Where the functions led in the analysis.
    if (a)
        for (const auto& d : a->dynamic_edges) {
            std::string from = d.choice >= 0 ? d.node + "_fn" + std::to_string(d.choice) : d.node + "_next";
            o += "  \"" + esc(from) + "\" -> \"" + esc(d.target) + "\" [style=dashed, color=\"#9a8a7a\"];\n";
        }
    o += "}\n";
    return o;
}

}  // namespace lab
