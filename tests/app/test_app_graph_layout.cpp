// GraphLayout: reading `dot -Tplain`, reading the DOT scenario_dot writes,
// the layered fallback when Graphviz is missing, and running dot itself.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>

#include "app/graph_layout.h"
#include "core/graph.h"
#include "script/loader.h"

namespace {

using namespace lab;

// Real output of Graphviz 2.43 (`dot -Tplain`) for a small scenario-like
// graph: a quoted name with a space, a label with \n and \", edge labels,
// a dashed and a bold edge.
const char* kPlain = R"PLAIN(graph 1 5.5483 1.437
node begin 0.59722 0.37446 1.1944 0.56944 "begin\nDaan\n\"Hallo\" daar…" rounded,filled box #8a6d4b #fdf6ec
node "b two" 3.0486 0.83279 0.90278 0.56944 "b two\n(verteller)\ntekst" rounded,filled box #8a6d4b #fdf6ec
node eind 4.9825 0.37446 1.1316 0.74892 "Einde\n(good)" rounded,filled doubleoctagon #8a6d4b #cdebc5
edge begin "b two" 4 1.1978 0.48541 1.5792 0.55753 2.0743 0.65116 2.4544 0.72304 "1 +1 luisteren" 1.8958 0.76335 dashed #6b5b4b
edge begin eind 7 1.1976 0.3318 1.7813 0.29476 2.7025 0.25087 3.5 0.27724 3.753 0.2856 4.0301 0.30205 4.2747 0.31907 2 3.0486 0.34668 solid #6b5b4b
edge "b two" eind 4 3.5046 0.72649 3.7348 0.67112 4.0216 0.60217 4.2801 0.54 verder 3.9583 0.72168 bold #6b5b4b
stop
)PLAIN";

const char* kDot = R"DOT(digraph "t" {
  graph [rankdir=LR, fontname="DejaVu Sans", label="Titel", labelloc=t];
  node [shape=box, style="rounded,filled", fillcolor="#fdf6ec", color="#8a6d4b", fontname="DejaVu Sans", fontsize=10];
  edge [fontname="DejaVu Sans", fontsize=9, color="#6b5b4b"];
  "begin" [label="begin\nDaan\nHallo", penwidth=2];
  "midden" [label="midden\n(verteller)\nEn nu?"];
  "los" [label="los\n(verteller)\nNiemand komt hier", fillcolor="#eeeeee"];
  "eind" [shape=doubleoctagon, label="Einde\n(good)", fillcolor="#cdebc5"];
  "begin" -> "midden" [label="1 +2 luisteren"];
  "begin" -> "midden" [label="2", style=dashed];
  "midden" -> "eind" [label="verder", style=bold];
  "midden" -> "midden_fn0" [label="1"];
  "midden_fn0" [shape=diamond, label="f(s)", fillcolor="#ffffff"];
  "los" -> "eind" [label="verder", style=bold];
}
)DOT";

bool dot_installed() { return std::system("dot -V > /dev/null 2>&1") == 0; }

}  // namespace

TEST(GraphLayout, ReadsRealDotPlainOutputInPointsFromTheTopLeft) {
    GraphLayout g;
    std::string error;
    ASSERT_TRUE(parse_plain(kPlain, g, &error)) << error;
    EXPECT_TRUE(g.by_dot);
    EXPECT_NEAR(g.width, 5.5483f * 72, 0.01);
    EXPECT_NEAR(g.height, 1.437f * 72, 0.01);
    ASSERT_EQ(g.nodes.size(), 3u);
    const GraphLayout::Node& begin = g.nodes[size_t(g.find("begin"))];
    EXPECT_NEAR(begin.x, 0.59722f * 72, 0.01);
    EXPECT_NEAR(begin.y, (1.437f - 0.37446f) * 72, 0.01);  // y turned downwards
    EXPECT_NEAR(begin.w, 1.1944f * 72, 0.01);
    EXPECT_EQ(begin.lines, (std::vector<std::string>{"begin", "Daan", "\"Hallo\" daar…"}));
    EXPECT_EQ(begin.fill, "#fdf6ec");
    EXPECT_EQ(g.find("b two"), 1);
    EXPECT_EQ(g.nodes[2].shape, "doubleoctagon");
    ASSERT_EQ(g.edges.size(), 3u);
    EXPECT_EQ(g.edges[0].tail, "begin");
    EXPECT_EQ(g.edges[0].head, "b two");
    EXPECT_EQ(g.edges[0].style, "dashed");
    EXPECT_EQ(g.edges[0].label, "1 +1 luisteren");
    EXPECT_EQ(g.edges[0].points.size(), 4u);
    EXPECT_EQ(g.edges[1].points.size(), 7u);  // two Bézier segments
    EXPECT_EQ(g.edges[1].label, "2");
    EXPECT_EQ(g.edges[2].style, "bold");
    // A point inside "b two" finds it; one between the nodes finds none.
    EXPECT_EQ(g.hit(3.0486f * 72, (1.437f - 0.83279f) * 72), 1);
    EXPECT_EQ(g.hit(2.0f * 72, (1.437f - 0.1f) * 72), -1);
}

TEST(GraphLayout, MalformedPlainOutputIsAnErrorNamingTheLine) {
    GraphLayout g;
    std::string error;
    // Cut off before "stop" (dot killed half-way).
    std::string cut = kPlain;
    cut = cut.substr(0, cut.find("stop"));
    EXPECT_FALSE(parse_plain(cut, g, &error));
    EXPECT_NE(error.find("stop"), std::string::npos) << error;
    EXPECT_TRUE(g.nodes.empty());
    // A coordinate that is not a number, on line 2.
    std::string bad = kPlain;
    bad.replace(bad.find("0.59722"), 7, "zeventien");
    EXPECT_FALSE(parse_plain(bad, g, &error));
    EXPECT_NE(error.find(" 2:"), std::string::npos) << error;
    // An edge to a node that was never declared.
    EXPECT_FALSE(parse_plain("graph 1 2 2\nnode a 1 1 1 1 a solid box black white\nedge a b 4 0 0 1 1 1 1 2 2 solid black\nstop\n", g, &error));
    // An unclosed quote, an unknown statement, and no graph line at all.
    EXPECT_FALSE(parse_plain("graph 1 2 2\nnode \"a 1 1 1 1 a solid box black white\nstop\n", g, &error));
    EXPECT_FALSE(parse_plain("graph 1 2 2\nvertex a\nstop\n", g, &error));
    EXPECT_FALSE(parse_plain("stop\n", g, &error));
    EXPECT_FALSE(parse_plain("", g, &error));
}

TEST(GraphLayout, ReadsTheDotThatScenarioDotWrites) {
    DotGraph g;
    std::string error;
    ASSERT_TRUE(parse_dot(kDot, g, &error)) << error;
    ASSERT_EQ(g.nodes.size(), 5u);
    EXPECT_EQ(g.nodes[0].name, "begin");
    EXPECT_EQ(g.nodes[0].attrs.at("shape"), "box");  // from the node defaults
    EXPECT_EQ(g.nodes[0].attrs.at("label"), "begin\\nDaan\\nHallo");
    EXPECT_EQ(g.nodes[size_t(g.find("eind"))].attrs.at("shape"), "doubleoctagon");
    EXPECT_EQ(g.nodes[size_t(g.find("midden_fn0"))].attrs.at("shape"), "diamond");  // declared after its edge
    ASSERT_EQ(g.edges.size(), 5u);
    EXPECT_EQ(g.edges[1].attrs.at("style"), "dashed");
    EXPECT_EQ(g.edges[0].attrs.at("color"), "#6b5b4b");  // from the edge defaults
    EXPECT_FALSE(parse_dot("digraph { \"a\" -> ", g, &error));
    EXPECT_FALSE(parse_dot("not a graph", g, &error));
}

TEST(GraphLayout, TheFallbackPutsNodesInColumnsByDistanceFromTheStart) {
    DotGraph d;
    ASSERT_TRUE(parse_dot(kDot, d, nullptr));
    const GraphLayout g = layered_layout(d, "begin");
    EXPECT_FALSE(g.by_dot);
    ASSERT_EQ(g.nodes.size(), 5u);
    auto x = [&](const char* n) { return g.nodes[size_t(g.find(n))].x; };
    EXPECT_LT(x("begin"), x("midden"));
    EXPECT_LT(x("midden"), x("eind"));
    EXPECT_FLOAT_EQ(x("eind"), x("midden_fn0"));  // both two steps from the start
    EXPECT_GT(x("los"), x("eind"));               // reached from nowhere: last column
    // No two boxes overlap, and every box lies inside the drawing.
    for (size_t i = 0; i < g.nodes.size(); ++i) {
        const auto& a = g.nodes[i];
        EXPECT_GE(a.x - a.w / 2, 0);
        EXPECT_LE(a.x + a.w / 2, g.width);
        EXPECT_LE(a.y + a.h / 2, g.height);
        EXPECT_GT(a.w, 30.0f);
        for (size_t j = i + 1; j < g.nodes.size(); ++j) {
            const auto& b = g.nodes[j];
            const bool apart = std::fabs(a.x - b.x) * 2 >= a.w + b.w || std::fabs(a.y - b.y) * 2 >= a.h + b.h;
            EXPECT_TRUE(apart) << a.name << " overlaps " << b.name;
        }
    }
    // Edges run from their tail's box to near their head's, as Béziers.
    ASSERT_EQ(g.edges.size(), 5u);
    for (const auto& e : g.edges) {
        ASSERT_EQ(e.points.size(), 4u);
        const auto& head = g.nodes[size_t(g.find(e.head))];
        if (e.tail != e.head) EXPECT_LT(std::hypot(e.points.back().x - head.x, e.points.back().y - head.y), head.w + 12);
    }
    EXPECT_EQ(g.edges[1].style, "dashed");
    EXPECT_EQ(g.nodes[size_t(g.find("los"))].fill, "#eeeeee");
}

TEST(GraphLayout, WithoutDotTheFallbackIsUsedAndSaysWhy) {
    std::string note;
    const GraphLayout g = layout_graph(kDot, "begin", &note, "/nonexistent/graphviz/dot");
    EXPECT_FALSE(g.by_dot);
    EXPECT_EQ(g.nodes.size(), 5u);
    EXPECT_NE(note.find("/nonexistent/graphviz/dot"), std::string::npos) << note;
    std::string plain, error;
    EXPECT_FALSE(run_dot(kDot, plain, &error, "/nonexistent/graphviz/dot"));
    EXPECT_FALSE(error.empty());
}

TEST(GraphLayout, GraphvizLaysOutAShippedScenarioWithEveryNodeAndEnding) {
    if (!dot_installed()) GTEST_SKIP() << "graphviz (dot) is not installed";
    Loaded l = load_scenario(std::string(LAB_SOURCE_DIR) + "/scenarios/schooladvies-daan.lua");
    ASSERT_TRUE(l.playable);
    const std::string dot = scenario_dot(*l.playable, l.reach.get());
    std::string note;
    const GraphLayout g = layout_graph(dot, l.playable->start_id, &note);
    ASSERT_TRUE(g.by_dot) << note;
    EXPECT_TRUE(note.empty());
    for (const Node& n : l.playable->nodes) EXPECT_GE(g.find(n.id), 0) << n.id;
    for (const Ending& e : l.playable->endings) EXPECT_GE(g.find(e.id), 0) << e.id;
    EXPECT_GT(g.edges.size(), l.playable->nodes.size());
    for (const auto& n : g.nodes) {
        EXPECT_GE(n.x, 0);
        EXPECT_LE(n.x, g.width + 1);
        EXPECT_GE(n.y, 0);
        EXPECT_LE(n.y, g.height + 1);
    }
}
