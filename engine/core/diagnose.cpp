#include "diagnose.h"

#include <algorithm>
#include <cmath>

#include "diagnostic_catalog.h"
#include "explore_bounds.h"
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

    // What is claimed absent (unreachable, never offered, no way out) is
    // what analyse() proves: by the complete search, or by the scenario's
    // shape beyond an incomplete one. Not while a function fails: fixing it
    // may change what can be reached.
    Diagnosis run() {
        failures();
        dead_ends();
        if (m_g.failures.empty()) {
            auto reach = std::make_shared<Analysis>(analyse(m_sc, m_g, false));  // the maxima are in already
            unreachable(*reach);
            reachability(*reach);
            repeated(*reach);
            if (!m_g.complete) budget(*reach);
            m_out.reach = std::move(reach);
        }
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

    void unreachable(const Analysis& a) {
        for (const auto& id : a.unreachable_nodes) add(diag::kUnreachableNode, m_sc.nodes[size_t(m_sc.node_index(id))].place, {q(id)});
        for (const auto& id : a.unreachable_endings) add(diag::kUnreachableEnding, m_sc.endings[size_t(m_sc.ending_index(id))].place, {q(id)});
        if (a.reachable_endings.empty() && a.not_reached_endings.empty()) m_out.diagnostics.add(diag::kNoEndingReachable, m_path, 0);
    }

    // Choices never offered and nodes without a way out.
    void reachability(const Analysis& a) {
        for (const auto& r : a.never_offered) {
            const Node& n = m_sc.nodes[size_t(m_sc.node_index(r.node))];
            const Choice& c = n.choices[size_t(r.choice - 1)];
            add(diag::kNeverOffered, Place{c.when.file, c.when.line}, {std::to_string(r.choice), q(r.node)});
        }
        for (const auto& id : a.no_way_out) add(diag::kNoWayOut, m_sc.nodes[size_t(m_sc.node_index(id))].place, {q(id)});
    }

    // A maximum earned by taking one scoring move again and again.
    void repeated(const Analysis& a) {
        for (const auto& r : a.repeated_scoring) {
            const int k = m_sc.competency_index(r.competency);
            add(diag::kRepeatedScoring, m_sc.nodes[size_t(m_sc.node_index(r.node))].place,
                {q(r.competency), std::to_string(r.times), q(r.node), format_number(m_sc.competency_max[size_t(k)])});
        }
    }

    // What an incomplete search leaves open, and maxima it did not prove.
    void budget(const Analysis& a) {
        if (m_g.stop == ExploreStop::Failures) return;  // the failure is the message
        const std::string open = fmt("knopen {0}, einden {1}, keuzes {2}", "nodes {0}, endings {1}, choices {2}",
                                     {std::to_string(a.not_reached_nodes.size()), std::to_string(a.not_reached_endings.size()),
                                      std::to_string(a.not_reached_choices.size())});
        m_out.diagnostics.add(diag::kAnalysisBudget, m_path, 0, {stop_text(m_g.stop, m_g.vertices.size(), m_g.seconds), open});
        if (m_sc.max_exact) return;
        const DfsOrder order = dfs_order(m_g);
        const StructuralBounds sb = structural_bounds(m_sc);
        for (size_t k = 0; k < m_sc.competencies.size(); ++k) {
            const Competency& c = m_sc.competencies[k];
            if (c.max || score_bound(m_sc, m_g, order, sb, int(k), true).exact()) continue;
            if (std::isfinite(m_sc.competency_max[k])) add(diag::kMaxUnproven, c.place, {q(c.id), format_number(m_sc.competency_max[k])});
            else add(diag::kMaxUnbounded, c.place, {q(c.id)});
        }
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
