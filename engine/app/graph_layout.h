// GraphLayout: a scenario graph placed on a plane, for the author panel to
// draw. Made by Graphviz (`dot -Tplain`, parsed here) or, when dot is not
// there, by a simple layered layout of the same DOT text. No SDL or ImGui;
// nothing here touches a Scenario (the input is the text scenario_dot wrote),
// so every function may run on a worker thread.
//
// Coordinates are in points (1/72 inch), origin top left, y downwards.
#pragma once
#include <map>
#include <string>
#include <vector>

namespace lab {

struct GraphPoint {
    float x = 0, y = 0;
};

struct GraphLayout {
    struct Node {
        std::string name;                // the DOT node name: a node or ending id, or a helper ("x_fn0")
        std::vector<std::string> lines;  // the label, one entry per line
        float x = 0, y = 0;              // centre
        float w = 0, h = 0;              // size
        std::string shape = "box";       // box | doubleoctagon | diamond | ...
        std::string style;               // e.g. "rounded,filled"
        std::string color = "#000000";   // outline
        std::string fill = "#ffffff";
    };
    struct Edge {
        std::string tail, head;          // node names
        // Cubic Bézier control points, 3k+1 of them; the curve ends where
        // the arrowhead (not included) begins.
        std::vector<GraphPoint> points;
        std::string label;               // "" = none
        GraphPoint label_at;             // centre of the label
        std::string style = "solid";     // solid | dashed | dotted | bold
        std::string color = "#000000";
    };
    float width = 0, height = 0;  // the whole drawing
    std::vector<Node> nodes;
    std::vector<Edge> edges;
    bool by_dot = false;          // true: laid out by Graphviz; false: the fallback

    // Index of the node named `name`, or -1.
    int find(const std::string& name) const;
    // Index of the node whose box holds (x, y), or -1 (the topmost drawn).
    int hit(float x, float y) const;
};

// Parses the output of `dot -Tplain` into `out` (replaced). False, with
// `error` naming the line, when the text is not that format: missing
// "graph" header or "stop", a statement with too few fields, a number that
// is not one, an edge naming an unknown node. Handles quoted names and
// labels with \" and \n escapes.
bool parse_plain(const std::string& text, GraphLayout& out, std::string* error);

// A graph as DOT statements (the subset scenario_dot writes: one statement
// per line, `"a" [k=v, ...];` and `"a" -> "b" [k=v, ...];`; `graph`,
// `node` and `edge` default lines are skipped). Attribute values unquoted.
struct DotGraph {
    struct Node {
        std::string name;
        std::map<std::string, std::string> attrs;
    };
    struct Edge {
        std::string tail, head;
        std::map<std::string, std::string> attrs;
    };
    std::vector<Node> nodes;  // in the order first named (also by an edge)
    std::vector<Edge> edges;
    int find(const std::string& name) const;
};
bool parse_dot(const std::string& dot, DotGraph& out, std::string* error);

// The fallback layout: nodes in columns by their distance (breadth first,
// following edges) from `start` (the first node when `start` is not in the
// graph), nodes reached from nowhere in a last column; each column ordered
// as the nodes first appear; straight edges. Node sizes are estimated from
// the label's characters (10 pt text).
GraphLayout layered_layout(const DotGraph& g, const std::string& start);

// Runs `program -Tplain` (program looked up in PATH) on `dot` and returns
// its output in `plain`. False with `error` when the program cannot be
// started, fails, or prints nothing. Blocks until dot is done: call it on a
// worker thread.
bool run_dot(const std::string& dot, std::string& plain, std::string* error, const std::string& program = "dot");

// Lays out `dot`: with Graphviz when `program` runs and its output parses,
// else with layered_layout(). `note` says why the fallback was used ("" when
// dot did it).
GraphLayout layout_graph(const std::string& dot, const std::string& start, std::string* note,
                         const std::string& program = "dot");

}  // namespace lab
