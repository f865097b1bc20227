#include "machine.h"

#include <algorithm>

#include "i18n.h"

namespace lab {

int visit_key(const Scenario& sc, TargetRef t) {
    return t.kind == TargetRef::Kind::Node ? t.index : int(sc.nodes.size()) + t.index;
}

std::vector<int> display_order(const Scenario& sc, uint64_t seed, int n) {
    const Node& node = sc.nodes[size_t(n)];
    std::vector<int> order(node.choices.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = int(i);
    if (sc.shuffle && order.size() > 1) {
        Rng r(seed * 0x100000001B3ull ^ (uint64_t(n) + 1) * 0x9E3779B97F4A7C15ull);
        for (size_t i = order.size() - 1; i > 0; --i)
            std::swap(order[i], order[size_t(r.range(0, int64_t(i)))]);
    }
    return order;
}

void Machine::calling(const Callable& fn) const {
    if (!m_watch) return;
    if (m_watch->blocked && std::binary_search(m_watch->blocked->begin(), m_watch->blocked->end(), fn.ref)) throw Refused{};
    m_watch->called.push_back(fn.ref);
}

void Machine::apply_effects(State& s, const Effects& e) const {
    for (const auto& [m, d] : e.meters) s.set_meter(m_sc, m, s.meters[size_t(m)] + d);
    for (const auto& [f, v] : e.set) s.flags[f] = v;
    if (e.fn) {
        calling(e.fn);
        m_sc.host->effect(e.fn, s);
    }
}

TargetRef Machine::resolve(State& s, const Target& t, const char* what) const {
    if (t.fixed) return t.fixed;
    calling(t.fn);
    std::string id = m_sc.host->id(t.fn, s);
    TargetRef r = m_sc.find_target(id);
    if (!r) {
        std::vector<std::string> ids;
        for (const auto& n : m_sc.nodes) ids.push_back(n.id);
        for (const auto& e : m_sc.endings) ids.push_back(e.id);
        std::string msg = fmt("{0} gaf {1}, maar dat is geen knoop of einde",
                              "{0} returned {1}, which is not a node or ending", {what, q(id)});
        std::string s2 = suggest(id, ids);
        if (!s2.empty()) msg += fmt(" (bedoel je {0}?)", " (did you mean {0}?)", {q(s2)});
        throw ScriptError(t.fn.file ? *t.fn.file : "", t.fn.line, msg);
    }
    return r;
}

// An author function's text, with its {names} checked (an unknown name is
// an error at the function, as it is for fixed texts at load).
LocalText Machine::text(const Callable& fn, State& s) const {
    calling(fn);
    LocalText t = m_sc.host->text(fn, s);
    for (const auto& [lang, str] : t.by_lang)
        for (const auto& name : placeholders(str))
            if (!m_sc.lookup_name(name, lang))
                throw ScriptError(fn.file ? *fn.file : "", fn.line,
                                  fmt("deze functie gaf een tekst met {0}, maar dat is geen naam uit vars of een character",
                                      "this function returned a text with {0}, which is not a name from vars or a character", {"{" + name + "}"}));
    return t;
}

Phase Machine::enter(State& s, TargetRef t, Arrival& out, bool texts) const {
    out.at = t;
    out.offered.clear();
    out.offered_text.clear();
    out.text = {};
    out.title = {};
    s.add_visit(visit_key(m_sc, t));
    if (t.kind == TargetRef::Kind::Ending) {
        const Ending& e = m_sc.endings[size_t(t.index)];
        if (texts && e.title.fn) out.title = text(e.title.fn, s);
        if (texts && e.text.fn) out.text = text(e.text.fn, s);
        return Phase::Ended;
    }
    const Node& n = m_sc.nodes[size_t(t.index)];
    apply_effects(s, n.effects);
    if (n.mood_fn) {
        calling(n.mood_fn);
        std::string m = m_sc.host->id(n.mood_fn, s);
        auto mood = parse_mood(m);
        if (!mood) {
            std::string msg = fmt("mood gaf {0}; kies uit {1}", "mood returned {0}; choose from {1}",
                                  {q(m), "neutraal, blij, gespannen, boos, verdrietig, verward, afwijzend"});
            throw ScriptError(n.mood_fn.file ? *n.mood_fn.file : "", n.mood_fn.line, msg);
        }
        out.mood = *mood;
    } else {
        out.mood = n.mood.value_or(Mood::Neutraal);
    }
    if (texts && n.text.fn) out.text = text(n.text.fn, s);
    return offer(s, t.index, out, texts);
}

Phase Machine::offer(State& s, int node, Arrival& out, bool texts) const {
    const Node& n = m_sc.nodes[size_t(node)];
    out.offered.clear();
    out.offered_text.clear();
    // Choice texts are kept only when some are functions (`offered_text`
    // then runs parallel to `offered`); plain texts come from the scenario.
    auto consider = [&](int c) {
        const Choice& ch = n.choices[size_t(c)];
        if (ch.when) {
            calling(ch.when);
            if (!m_sc.host->condition(ch.when, s)) return;
        }
        out.offered.push_back(c);
        if (texts && ch.text.fn) {
            out.offered_text.resize(out.offered.size());
            out.offered_text.back() = text(ch.text.fn, s);
        }
    };
    if (m_sc.shuffle) {
        for (int c : display_order(m_sc, m_seed, node)) consider(c);
    } else {
        for (size_t c = 0; c < n.choices.size(); ++c) consider(int(c));
    }
    if (!out.offered_text.empty()) out.offered_text.resize(out.offered.size());
    if (!out.offered.empty()) return Phase::Choosing;
    if (n.next) return Phase::Talking;
    return Phase::Ended;  // a dead end: the attempt is stuck
}

void Machine::apply_move(State& s, const std::vector<std::pair<int, double>>& score, const std::vector<int>& tags, const Effects& e) const {
    for (const auto& [k, d] : score) s.scores[size_t(k)] += d;
    for (int tag : tags) ++s.tag_counts[size_t(tag)];
    ++s.turn;
    apply_effects(s, e);
}

void Machine::apply_choice(State& s, int n, int c) const {
    const Choice& ch = m_sc.nodes[size_t(n)].choices[size_t(c)];
    apply_move(s, ch.score, ch.tag_ids, ch.effects);
}

void Machine::apply_timeout(State& s, int n) const {
    const Timeout& t = *m_sc.nodes[size_t(n)].timeout;
    apply_move(s, t.score, t.tag_ids, t.effects);
}

LocalText Machine::timeout_feedback(State& s, int n) const {
    const Timeout& t = *m_sc.nodes[size_t(n)].timeout;
    if (t.feedback.fn) return text(t.feedback.fn, s);
    return {};
}

TargetRef Machine::choice_target(State& s, int n, int c) const {
    const Node& node = m_sc.nodes[size_t(n)];
    const Choice& ch = node.choices[size_t(c)];
    return ch.next ? resolve(s, ch.next, "next") : resolve(s, node.next, "next");
}

LocalText Machine::feedback(State& s, int n, int c) const {
    const Choice& ch = m_sc.nodes[size_t(n)].choices[size_t(c)];
    if (ch.feedback.fn) return text(ch.feedback.fn, s);
    return {};
}

}  // namespace lab
