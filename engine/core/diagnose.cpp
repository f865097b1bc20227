#include "diagnose.h"

#include <algorithm>

#include "diagnostic_catalog.h"
#include "i18n.h"
#include "text.h"

namespace lab {

namespace {

std::string joined(const std::vector<std::string>& picks) {
    std::string s;
    for (const auto& p : picks) s += (s.empty() ? "" : ",") + p;
    return s;
}

class Diagnoser {
public:
    Diagnoser(const Scenario& sc, const StateGraph& g, const std::string& path) : m_sc(sc), m_g(g), m_path(path) {}

    Diagnosis run() {
        failures();
        dead_ends();
        if (m_g.complete && m_g.failures.empty()) {
            unreachable();
            reachability();
        }
        if (!m_g.complete) budget();
        scores();
        return std::move(m_out);
    }

private:
    const std::string& file_of(const Place& p) const { return p.file ? *p.file : m_path; }
    void add(const DiagnosticDescriptor& d, const Place& p, const std::vector<std::string>& args) {
        m_out.diagnostics.add(d, file_of(p), p.line, args);
    }

    // Each run-time failure, with the choices that lead to it.
    void failures() {
        for (const auto& f : m_g.failures) {
            const std::string path = joined(m_g.path_to(f.vertex));
            const std::string& file = f.error.file.empty() ? m_path : f.error.file;
            if (path.empty()) m_out.diagnostics.add(diag::kRuntimeAtStart, file, f.error.line, {f.error.message});
            else m_out.diagnostics.add(diag::kRuntimeAfterChoices, file, f.error.line, {f.error.message, path});
        }
    }

    // States that ended at a node: no choice applied and there was no next.
    void dead_ends() {
        for (size_t v = 0; v < m_g.vertices.size(); ++v) {
            const auto& vx = m_g.vertices[v];
            if (vx.phase != Phase::Ended || vx.at.kind != TargetRef::Kind::Node) continue;
            const Node& n = m_sc.nodes[size_t(vx.at.index)];
            const std::string path = joined(m_g.path_to(int(v)));
            add(diag::kDeadEnd, n.place, {q(n.id), path.empty() ? std::string("-") : path});
        }
    }

    // Only when the search saw every state: else "never seen" proves nothing.
    void unreachable() {
        std::vector<char> node_seen(m_sc.nodes.size(), 0), ending_seen(m_sc.endings.size(), 0);
        for (const auto& v : m_g.vertices) {
            if (v.at.kind == TargetRef::Kind::Node) node_seen[size_t(v.at.index)] = 1;
            else if (v.at.kind == TargetRef::Kind::Ending) ending_seen[size_t(v.at.index)] = 1;
        }
        for (size_t i = 0; i < m_sc.nodes.size(); ++i)
            if (!node_seen[i]) add(diag::kUnreachableNode, m_sc.nodes[i].place, {q(m_sc.nodes[i].id)});
        for (size_t i = 0; i < m_sc.endings.size(); ++i)
            if (!ending_seen[i]) add(diag::kUnreachableEnding, m_sc.endings[i].place, {q(m_sc.endings[i].id)});
        if (std::none_of(ending_seen.begin(), ending_seen.end(), [](char c) { return c; }))
            m_out.diagnostics.add(diag::kNoEndingReachable, m_path, 0);
    }

    // Choices never offered and nodes without a way out, from the reachability analysis.
    void reachability() {
        auto reach = std::make_shared<Analysis>(analyse(m_sc, m_g, false));  // the maxima are in already
        for (const auto& r : reach->never_offered) {
            const Node& n = m_sc.nodes[size_t(m_sc.node_index(r.node))];
            const Choice& c = n.choices[size_t(r.choice - 1)];
            add(diag::kNeverOffered, Place{c.when.file, c.when.line}, {std::to_string(r.choice), q(r.node)});
        }
        for (const auto& id : reach->no_way_out)
            add(diag::kNoWayOut, m_sc.nodes[size_t(m_sc.node_index(id))].place, {q(id)});
        m_out.reach = std::move(reach);
    }

    void budget() {
        const bool all_fixed = std::all_of(m_sc.competencies.begin(), m_sc.competencies.end(),
                                           [](const Competency& c) { return c.max.has_value(); });
        m_out.diagnostics.add(all_fixed ? diag::kAnalysisBudget : diag::kAnalysisBudgetMaxima, m_path, 0,
                              {std::to_string(m_g.vertices.size())});
    }

    void scores() {
        for (int k : m_sc.farmable) {
            const Competency& c = m_sc.competencies[size_t(k)];
            add(diag::kScoreLoop, c.place, {q(c.id), format_number(m_sc.competency_max[size_t(k)])});
        }
        if (!m_g.failures.empty()) return;
        for (size_t k = 0; k < m_sc.competencies.size(); ++k) {
            const Competency& c = m_sc.competencies[k];
            if (!c.max && m_sc.competency_max[k] <= 0) add(diag::kNoPoints, c.place, {q(c.id)});
        }
    }

    const Scenario& m_sc;
    const StateGraph& m_g;
    const std::string& m_path;
    Diagnosis m_out;
};

}  // namespace

Diagnosis diagnose(const Scenario& sc, const StateGraph& g, const std::string& path) { return Diagnoser(sc, g, path).run(); }

}  // namespace lab
