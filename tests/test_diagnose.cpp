// diagnose() and the diagnostic catalogue, tested without Lua: scenarios
// built by hand in C++, author functions as lambdas.
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <regex>
#include <set>
#include <sstream>

#include "core/diagnose.h"
#include "core/diagnostic_catalog.h"
#include "core/explore.h"
#include "core/i18n.h"

using namespace lab;

namespace {

// Author functions as lambdas; a `when` may throw ScriptError like Lua's would.
class LambdaHost : public ScriptHost {
public:
    std::vector<std::function<bool(State&)>> conditions;
    bool condition(const Callable& fn, State& s) override { return conditions[size_t(fn.ref - 1)](s); }
    LocalText text(const Callable&, State&) override { return LocalText::plain("nl", "x"); }
    std::string id(const Callable&, State&) override { return {}; }
    void effect(const Callable&, State&) override {}
    unsigned reads() const override { return ReadMeters | ReadFlags | ReadVisits; }
};

// Builds a scenario in a few lines: nodes and endings by id, choices by
// target id, each declared on its own line of "s.lua" (the order of calls).
class Builder {
public:
    Builder() : m_sc(std::make_shared<Scenario>()), m_host(std::make_shared<LambdaHost>()) {
        m_sc->files.push_back(std::make_unique<std::string>("s.lua"));
        m_sc->id = "t";
        m_sc->start_id = "begin";
    }
    Node& node(const std::string& id) {
        Node n;
        n.id = id;
        n.text.fixed = LocalText::plain("nl", id);
        n.place = place();
        m_sc->nodes.push_back(std::move(n));
        return m_sc->nodes.back();
    }
    Choice& choice(Node& n, const std::string& to, std::vector<std::pair<int, double>> score = {}) {
        Choice c;
        c.text.fixed = LocalText::plain("nl", "naar " + to);
        c.next.id = to;
        c.score = std::move(score);
        c.place = place();
        n.choices.push_back(std::move(c));
        return n.choices.back();
    }
    // Gives `c` a `when` written on the next line.
    void when(Choice& c, std::function<bool(State&)> f) {
        m_host->conditions.push_back(std::move(f));
        Place p = place();
        c.when = Callable{int(m_host->conditions.size()), p.line, p.file};
    }
    void ending(const std::string& id) {
        Ending e;
        e.id = id;
        e.place = place();
        m_sc->endings.push_back(std::move(e));
    }
    void competency(const std::string& id, std::optional<double> max = std::nullopt) {
        m_sc->competencies.push_back({id, LocalText::plain("nl", id), 1, max, place()});
    }
    // Resolves targets, explores with `max_states` and diagnoses.
    Diagnosis diagnose(size_t max_states = 1000) {
        Scenario& sc = *m_sc;
        sc.host = m_host;
        sc.build_index();
        for (auto& n : sc.nodes) {
            if (!n.next.id.empty()) n.next.fixed = sc.find_target(n.next.id);
            for (auto& c : n.choices) c.next.fixed = sc.find_target(c.next.id);
        }
        sc.start = sc.find_target(sc.start_id);
        ExploreOptions eo;
        eo.max_states = max_states;
        eo.threads = 1;
        m_graph = explore(sc, eo);
        compute_maxima(sc, m_graph);
        return lab::diagnose(sc, m_graph, "pad/s.lua");
    }

private:
    Place place() { return Place{m_sc->files.front().get(), ++m_line}; }
    std::shared_ptr<Scenario> m_sc;
    std::shared_ptr<LambdaHost> m_host;
    StateGraph m_graph;
    int m_line = 0;
};

std::string text(const Diagnosis& d) {
    std::string s;
    for (const auto& x : d.diagnostics.all()) s += x.format() + "\n";
    return s;
}

bool has(const Diagnosis& d, const std::string& code, const std::string& formatted) {
    for (const auto& x : d.diagnostics.all())
        if (x.code == code && x.format() == formatted) return true;
    return false;
}

struct English {
    English() { set_message_language("en"); }
    ~English() { set_message_language("nl"); }
};

}  // namespace

TEST(Diagnose, CleanScenarioHasNothingToSay) {
    English en;
    Builder b;
    b.choice(b.node("begin"), "goed");
    b.ending("goed");
    auto d = b.diagnose();
    EXPECT_TRUE(d.diagnostics.all().empty()) << text(d);
    ASSERT_TRUE(d.reach);
    EXPECT_EQ(d.reach->reachable_endings, std::vector<std::string>{"goed"});
}

TEST(Diagnose, UnreachableNodeAndEndingAreWarningsAtTheirDeclarations) {
    English en;
    Builder b;
    b.choice(b.node("begin"), "goed");    // lines 1, 2
    b.choice(b.node("eiland"), "weg");    // lines 3, 4
    b.ending("goed");                     // line 5
    b.ending("weg");                      // line 6
    auto d = b.diagnose();
    EXPECT_TRUE(has(d, "unreachable", "s.lua:3: warning: node \"eiland\" is unreachable: no path from start leads there")) << text(d);
    EXPECT_TRUE(has(d, "unreachable", "s.lua:6: warning: ending \"weg\" is unreachable: no path from start leads there")) << text(d);
    EXPECT_FALSE(d.diagnostics.has_errors()) << text(d);
}

TEST(Diagnose, NoReachableEndingIsAnErrorOnTheScenarioPath) {
    English en;
    Builder b;
    Node& begin = b.node("begin");
    b.choice(begin, "lus");
    b.choice(b.node("lus"), "begin");
    b.ending("goed");
    auto d = b.diagnose();
    EXPECT_TRUE(has(d, "no-ending", "pad/s.lua: error: no ending can be reached from start")) << text(d);
    EXPECT_TRUE(has(d, "no-way-out", "s.lua:1: warning: from node \"begin\" an ending can sometimes no longer be reached (a loop without a way out)"))
        << text(d);
}

TEST(Diagnose, DeadEndNamesTheChoicesThatLeadThere) {
    English en;
    Builder b;
    Node& begin = b.node("begin");                     // line 1
    b.choice(begin, "twee");                           // 2
    Node& twee = b.node("twee");                       // 3
    Choice& c = b.choice(twee, "goed");                // 4
    b.when(c, [](State&) { return false; });           // 5
    b.ending("goed");
    auto d = b.diagnose();
    EXPECT_TRUE(has(d, "dead-end", "s.lua:3: warning: node \"twee\" can be a dead end: no choice applies and there is no next (after the choices 1)"))
        << text(d);
}

TEST(Diagnose, ChoiceNeverOfferedIsReportedAtItsWhen) {
    English en;
    Builder b;
    Node& begin = b.node("begin");
    b.choice(begin, "goed");
    Choice& never = b.choice(begin, "goed");           // line 3
    b.when(never, [](State&) { return false; });       // line 4
    b.ending("goed");
    auto d = b.diagnose();
    EXPECT_TRUE(has(d, "never-offered", "s.lua:4: warning: choice 2 of node \"begin\" is never offered: its when is false on every path")) << text(d);
}

TEST(Diagnose, RunTimeFailureSaysWhereAndAfterWhichChoices) {
    English en;
    Builder b;
    Node& begin = b.node("begin");
    b.choice(begin, "twee");
    b.choice(begin, "goed");
    Node& twee = b.node("twee");
    Choice& c = b.choice(twee, "goed");
    b.when(c, [](State&) -> bool { throw ScriptError("s.lua", 42, "boom"); });
    b.ending("goed");
    auto d = b.diagnose();
    EXPECT_TRUE(has(d, "runtime", "s.lua:42: error: boom (after the choices 1)")) << text(d);
    // A failure makes "never seen" unproven: no reachability verdicts.
    EXPECT_FALSE(d.reach);
    for (const auto& x : d.diagnostics.all()) EXPECT_NE(x.code, "unreachable") << x.format();
}

TEST(Diagnose, RunTimeFailureAtTheStart) {
    English en;
    Builder b;
    Node& begin = b.node("begin");
    Choice& c = b.choice(begin, "goed");
    b.when(c, [](State&) -> bool { throw ScriptError("", 0, "boom"); });
    b.ending("goed");
    auto d = b.diagnose();
    // A failure without a place is put on the scenario as the user named it.
    EXPECT_TRUE(has(d, "runtime", "pad/s.lua: error: boom (at the start of the conversation)")) << text(d);
}

TEST(Diagnose, StateBudgetIsAWarningThatNamesTheCountAndMaxima) {
    English en;
    Builder b;
    Node& begin = b.node("begin");
    b.choice(begin, "twee");
    b.choice(b.node("twee"), "drie");
    b.choice(b.node("drie"), "goed");
    b.ending("goed");
    b.competency("luisteren");
    auto d = b.diagnose(2);
    EXPECT_TRUE(has(d, "analysis-budget",
                    "pad/s.lua: warning: the analysis stopped after 2 states (--max-states): unreachable nodes and dead ends were not fully checked"
                    "; the maxima of competencies without max = ... may be too low (set max = ... to fix them)"))
        << text(d);
    // Unreachable says nothing when the search was cut short.
    for (const auto& x : d.diagnostics.all()) EXPECT_NE(x.code, "unreachable") << x.format();
}

TEST(Diagnose, StateBudgetWithFixedMaximaSaysLess) {
    English en;
    Builder b;
    Node& begin = b.node("begin");
    b.choice(begin, "twee");
    b.choice(b.node("twee"), "goed", {{0, 1}});
    b.ending("goed");
    b.competency("luisteren", 5);
    auto d = b.diagnose(2);
    EXPECT_TRUE(has(d, "analysis-budget",
                    "pad/s.lua: warning: the analysis stopped after 2 states (--max-states): unreachable nodes and dead ends were not fully checked"))
        << text(d);
}

TEST(Diagnose, LoopThatScoresAgainAndCompetencyWithoutPoints) {
    English en;
    Builder b;
    Node& begin = b.node("begin");                      // 1
    b.choice(begin, "begin", {{0, 1}});                 // 2: a loop scoring luisteren
    b.choice(begin, "goed");                            // 3
    b.ending("goed");                                   // 4
    b.competency("luisteren");                          // 5
    b.competency("helder");                             // 6
    auto d = b.diagnose();
    const Diagnostic* loop = nullptr;
    for (const auto& x : d.diagnostics.all())
        if (x.code == "score-loop") loop = &x;
    ASSERT_TRUE(loop) << text(d);
    EXPECT_EQ(loop->line, 5);
    EXPECT_NE(loop->message.find("competency \"luisteren\": a loop in the conversation can give points again and again"), std::string::npos);
    EXPECT_TRUE(has(d, "no-points", "s.lua:6: warning: competency \"helder\" cannot earn points on any path")) << text(d);
}

TEST(Diagnose, MessagesFollowTheMessageLanguage) {
    set_message_language("nl");
    Builder b;
    b.choice(b.node("begin"), "goed");
    b.choice(b.node("eiland"), "goed");
    b.ending("goed");
    auto d = b.diagnose();
    EXPECT_TRUE(has(d, "unreachable", "s.lua:3: warning: knoop \"eiland\" is onbereikbaar: geen enkel pad vanaf start komt er")) << text(d);
}

// [SECTION] the catalogue

namespace {
std::set<std::string> placeholders_of(const std::string& t) {
    std::set<std::string> out;
    for (size_t i = 0; i + 2 < t.size(); ++i) {
        if (t[i] == '{' && t[i + 1] == '{') { ++i; continue; }
        if (t[i] == '{' && isdigit(static_cast<unsigned char>(t[i + 1])) && t[i + 2] == '}') out.insert(t.substr(i, 3));
    }
    return out;
}
}  // namespace

TEST(DiagnosticCatalog, BothLanguagesTakeTheSameArguments) {
    for (const DiagnosticDescriptor* d : diagnostic_catalog())
        EXPECT_EQ(placeholders_of(d->nl), placeholders_of(d->en)) << d->code << ": " << d->nl << " / " << d->en;
}

TEST(DiagnosticCatalog, CodesAreStableKebabCaseWithOneSeverityEach) {
    std::map<std::string, Severity> severity;
    const std::regex kebab("[a-z0-9]+(-[a-z0-9]+)*");
    for (const DiagnosticDescriptor* d : diagnostic_catalog()) {
        EXPECT_TRUE(std::regex_match(d->code, kebab)) << d->code;
        auto [it, fresh] = severity.emplace(d->code, d->severity);
        EXPECT_TRUE(fresh || it->second == d->severity) << d->code << " is both an error and a warning";
    }
}

TEST(DiagnosticCatalog, ListsEveryDeclaredDescriptorOnce) {
    std::ifstream in(std::string(LAB_SOURCE_DIR) + "/engine/core/diagnostic_catalog.h");
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string header = ss.str();
    size_t declared = 0;
    for (size_t p = header.find("inline constexpr DiagnosticDescriptor "); p != std::string::npos;
         p = header.find("inline constexpr DiagnosticDescriptor ", p + 1))
        ++declared;
    std::set<const DiagnosticDescriptor*> distinct(diagnostic_catalog().begin(), diagnostic_catalog().end());
    EXPECT_GT(declared, 40u);
    EXPECT_EQ(diagnostic_catalog().size(), declared);
    EXPECT_EQ(distinct.size(), declared);
}

TEST(DiagnosticCatalog, DescriptorFillsArgumentsInTheMessageLanguage) {
    English en;
    Diagnostics ds;
    ds.add(diag::kUnknownTarget, "s.lua", 3, {"node \"begin\"", q("advise"), did_you_mean("advise", {"advies", "goed"})});
    ASSERT_EQ(ds.all().size(), 1u);
    EXPECT_EQ(ds.all()[0].code, "unknown-target");
    EXPECT_EQ(ds.all()[0].format(), "s.lua:3: error: node \"begin\" goes to \"advise\", which is not a node or ending (did you mean \"advies\"?)");
    set_message_language("nl");
    EXPECT_EQ(diag::kNoPoints.message({q("x")}), "competency \"x\" kan op geen enkel pad punten opleveren");
}
