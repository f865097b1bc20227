#include "session.h"

#include <nlohmann/json.hpp>
#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "i18n.h"

namespace lab {

namespace {
const char* phase_name(Phase p) {
    switch (p) {
        case Phase::Talking: return "Talking";
        case Phase::Choosing: return "Choosing";
        case Phase::Ended: return "Ended";
        case Phase::Failed: return "Failed";
    }
    return "?";
}
}  // namespace

std::string interpolate_text(const Scenario& sc, const std::string& raw, const std::string& lang) {
    std::string out;
    interpolate(raw, [&](const std::string& name) { return sc.lookup_name(name, lang); }, out);
    return out;
}

Session::Session(std::shared_ptr<const Scenario> sc, uint64_t seed)
    : m_sc(std::move(sc)), m_seed(seed), m_machine(*m_sc, seed) {
    m_begin = m_sc->start;
    start();
}

void Session::start() {
    m_state = State::initial(*m_sc, m_seed);
    m_steps.clear();
    m_steps.reserve(64);
    m_error.reset();
    enter(m_begin);
}

void Session::require(Phase p, const char* action) const {
    if (m_phase != p)
        throw std::logic_error(std::string("Session::") + action + " called in phase " + phase_name(m_phase));
}

void Session::fail(const ScriptError& e) {
    m_error = e;
    m_phase = Phase::Failed;
}

void Session::enter(TargetRef t) {
    m_steps.emplace_back();
    Step& st = m_steps.back();
    try {
        m_phase = m_machine.enter(m_state, t, st.arrival);
    } catch (const ScriptError& e) {
        st.arrival.at = t;
        fail(e);
    }
    st.meters = m_state.meters;
    st.scores = m_state.scores;
}

bool Session::has_timeout() const {
    if (m_phase != Phase::Choosing) return false;
    const TargetRef at = current().arrival.at;
    return at.kind == TargetRef::Kind::Node && m_sc->nodes[size_t(at.index)].timeout.has_value();
}

double Session::timeout_seconds() const {
    return has_timeout() ? m_sc->nodes[size_t(current().arrival.at.index)].timeout->seconds : 0;
}

void Session::choose(int pos) {
    require(Phase::Choosing, "choose");
    if (pos < 0 || size_t(pos) >= current().arrival.offered.size())
        throw std::logic_error("Session::choose: position out of range");
    do_choose(pos, true);
}

void Session::do_choose(int pos, bool log) {
    Step& st = m_steps.back();
    const int n = st.arrival.at.index;
    const int c = st.arrival.offered[size_t(pos)];
    st.decision = Decision::Choice;
    st.chosen = c;
    st.chosen_pos = pos;
    if (log) m_log.push_back({LogEntry::Kind::Choice, m_sc->nodes[size_t(n)].id, c, pos, m_state.turn});
    TargetRef next;
    try {
        m_machine.apply_choice(m_state, n, c);
        st.feedback = m_machine.feedback(m_state, n, c);
        next = m_machine.choice_target(m_state, n, c);
    } catch (const ScriptError& e) {
        fail(e);
        return;
    }
    enter(next);
}

void Session::timeout() {
    require(Phase::Choosing, "timeout");
    if (!has_timeout()) throw std::logic_error("Session::timeout at a node without a timeout");
    do_timeout(true);
}

void Session::do_timeout(bool log) {
    Step& st = m_steps.back();
    const Node& node = m_sc->nodes[size_t(st.arrival.at.index)];
    st.decision = Decision::Timeout;
    if (log) m_log.push_back({LogEntry::Kind::Timeout, node.id, -1, -1, m_state.turn});
    TargetRef next;
    try {
        m_machine.apply_timeout(m_state, st.arrival.at.index);
        st.feedback = m_machine.timeout_feedback(m_state, st.arrival.at.index);
        next = m_machine.resolve(m_state, node.timeout->next, "timeout.next");
    } catch (const ScriptError& e) {
        fail(e);
        return;
    }
    enter(next);
}

void Session::advance() {
    require(Phase::Talking, "advance");
    do_advance(true);
}

void Session::do_advance(bool log) {
    Step& st = m_steps.back();
    const Node& node = m_sc->nodes[size_t(st.arrival.at.index)];
    st.decision = Decision::Advance;
    if (log) m_log.push_back({LogEntry::Kind::Advance, node.id, -1, -1, m_state.turn});
    TargetRef next;
    try {
        next = m_machine.resolve(m_state, node.next, "next");
    } catch (const ScriptError& e) {
        fail(e);
        return;
    }
    enter(next);
}

void Session::advance_all(int auto_limit) {
    int n = 0;
    while (m_phase == Phase::Talking) {
        if (++n > auto_limit) {
            const Node& node = m_sc->nodes[size_t(current().arrival.at.index)];
            fail(ScriptError(node.place.file ? *node.place.file : "", node.place.line,
                             fmt("het gesprek draait rond zonder keuzes (bij knoop {0})",
                                 "the conversation loops without choices (at node {0})", {q(node.id)})));
            return;
        }
        do_advance(true);
    }
}

bool Session::pick(const Pick& p) {
    if (m_phase != Phase::Choosing) return false;
    if (p.kind == Pick::Kind::Timeout) {
        if (!has_timeout()) return false;
        timeout();
    } else {
        if (p.pos < 0 || size_t(p.pos) >= current().arrival.offered.size()) return false;
        choose(p.pos);
    }
    advance_all();
    return true;
}

void Session::rewind(int turn) {
    if (turn < 0 || turn >= m_state.turn) throw std::logic_error("Session::rewind: no such turn");
    // Decisions of the current line up to (not including) turn `turn`; the
    // author's edits made before that turn's decision stay.
    std::vector<Step> line = std::move(m_steps);
    m_log.push_back({LogEntry::Kind::Rewind, "", -1, -1, turn});
    start();
    int made = 0;
    for (const Step& old : line) {
        for (const AuthorEdit& e : old.edits)
            if (m_phase != Phase::Failed) apply_edit(e);
        if (old.decision == Decision::Jump) {
            do_jump(old.jump);
            continue;
        }
        if (m_phase == Phase::Failed || m_phase == Phase::Ended) break;
        if (old.decision == Decision::Choice || old.decision == Decision::Timeout) {
            if (made == turn) break;
            ++made;
        }
        switch (old.decision) {
            case Decision::Choice: do_choose(old.chosen_pos, false); break;
            case Decision::Timeout: do_timeout(false); break;
            case Decision::Advance: do_advance(false); break;
            case Decision::Jump:
            case Decision::None: break;
        }
        if (old.decision == Decision::None) break;
    }
}

// [SECTION] author mode

void Session::check_target(TargetRef t) const {
    const bool ok = (t.kind == TargetRef::Kind::Node && t.index >= 0 && size_t(t.index) < m_sc->nodes.size()) ||
                    (t.kind == TargetRef::Kind::Ending && t.index >= 0 && size_t(t.index) < m_sc->endings.size());
    if (!ok) throw std::out_of_range("Session: no such node or ending");
}

void Session::apply_edit(const AuthorEdit& e) {
    m_author = true;
    switch (e.kind) {
        case AuthorEdit::Kind::Meter: m_state.set_meter(*m_sc, e.index, e.value); break;
        case AuthorEdit::Kind::Flag: m_state.flags[e.flag] = e.flag_value; break;
        case AuthorEdit::Kind::ClearFlag: m_state.flags.erase(e.flag); break;
        case AuthorEdit::Kind::Visits: m_state.set_visits(e.index, int(e.value)); break;
        case AuthorEdit::Kind::Score: m_state.scores[size_t(e.index)] = e.value; break;
    }
    Step& st = m_steps.back();
    // A later edit of the same thing replaces the earlier one (a slider
    // dragged gives many).
    const bool same = !st.edits.empty() && st.edits.back().kind == e.kind && st.edits.back().index == e.index &&
                      st.edits.back().flag == e.flag;
    if (same) st.edits.back() = e;
    else st.edits.push_back(e);
    if (st.arrival.at.kind == TargetRef::Kind::Node) {
        try {
            m_phase = m_machine.offer(m_state, st.arrival.at.index, st.arrival);
        } catch (const ScriptError& err) {
            fail(err);
        }
    }
    st.meters = m_state.meters;
    st.scores = m_state.scores;
}

void Session::author_edit(const AuthorEdit& e, const char* action) {
    if (m_phase == Phase::Failed)
        throw std::logic_error(std::string("Session::") + action + " called in phase Failed");
    apply_edit(e);
}

void Session::author_set_meter(int i, double v) {
    if (i < 0 || size_t(i) >= m_sc->meters.size()) throw std::out_of_range("Session::author_set_meter: no such meter");
    AuthorEdit e;
    e.kind = AuthorEdit::Kind::Meter;
    e.index = i;
    e.value = v;
    author_edit(e, "author_set_meter");
}

void Session::author_set_flag(const std::string& name, const FlagValue& v) {
    AuthorEdit e;
    e.kind = AuthorEdit::Kind::Flag;
    e.flag = name;
    e.flag_value = v;
    author_edit(e, "author_set_flag");
}

void Session::author_clear_flag(const std::string& name) {
    AuthorEdit e;
    e.kind = AuthorEdit::Kind::ClearFlag;
    e.flag = name;
    author_edit(e, "author_clear_flag");
}

void Session::author_set_visits(TargetRef t, int count) {
    check_target(t);
    AuthorEdit e;
    e.kind = AuthorEdit::Kind::Visits;
    e.index = visit_key(*m_sc, t);
    e.value = std::max(0, count);
    author_edit(e, "author_set_visits");
}

void Session::author_set_score(int k, double v) {
    if (k < 0 || size_t(k) >= m_sc->competencies.size()) throw std::out_of_range("Session::author_set_score: no such competency");
    AuthorEdit e;
    e.kind = AuthorEdit::Kind::Score;
    e.index = k;
    e.value = v;
    author_edit(e, "author_set_score");
}

void Session::do_jump(TargetRef t) {
    m_author = true;
    Step& st = m_steps.back();
    st.decision = Decision::Jump;
    st.jump = t;
    m_error.reset();
    enter(t);
}

void Session::author_jump(TargetRef t) {
    check_target(t);
    do_jump(t);
}

std::unique_ptr<Session> Session::starting_at(std::shared_ptr<const Scenario> sc, uint64_t seed, TargetRef t) {
    auto s = std::make_unique<Session>(std::move(sc), seed);
    s->check_target(t);
    s->m_begin = t;
    s->m_author = true;
    s->start();
    return s;
}

Result Session::result() const {
    Result r;
    r.scenario = m_sc->id;
    r.version = m_sc->version;
    r.seed = m_seed;
    r.turns = m_state.turn;
    for (const Step& st : m_steps) {
        r.path.push_back(m_sc->target_id(st.arrival.at));
        if (st.decision == Decision::Choice) r.choices.push_back(std::to_string(st.chosen_pos + 1));
        else if (st.decision == Decision::Timeout) r.choices.push_back("t");
    }
    const TargetRef at = current().arrival.at;
    if (m_phase == Phase::Failed) {
        r.outcome = Outcome::Failed;
        r.error = m_error ? m_error->what() : "";
    } else if (m_phase == Phase::Ended && at.kind == TargetRef::Kind::Ending) {
        r.ending = m_sc->endings[size_t(at.index)].id;
        r.outcome = m_sc->endings[size_t(at.index)].outcome;
    } else if (m_phase == Phase::Ended) {
        r.outcome = Outcome::Stuck;
    } else {
        r.outcome = Outcome::Unfinished;
    }
    for (size_t i = 0; i < m_sc->meters.size(); ++i) r.meters.emplace_back(m_sc->meters[i].id, m_state.meters[i]);
    for (const auto& [k, v] : m_state.flags) r.flags.emplace_back(k, v);
    score(*m_sc, m_state.scores, r);
    if (!r.ending.empty()) {
        const std::optional<Grade>& cap = m_sc->endings[size_t(at.index)].grade_cap;
        if (cap && r.grade > *cap) {
            r.grade = *cap;
            r.grade_capped = true;
        }
    }
    return r;
}

// [SECTION] texts: what the script computed, else what the author wrote

namespace {
const LocalText kNoText;

const LocalText& computed_or_authored(const LocalText& computed, const LocalText& authored) {
    return computed.empty() ? authored : computed;
}
}  // namespace

const LocalText& Session::raw_text(const Step& st) const {
    const TargetRef at = st.arrival.at;
    if (at.kind == TargetRef::Kind::Node) return computed_or_authored(st.arrival.text, m_sc->nodes[size_t(at.index)].text.fixed);
    if (at.kind == TargetRef::Kind::Ending) return computed_or_authored(st.arrival.text, m_sc->endings[size_t(at.index)].text.fixed);
    return st.arrival.text;
}

const LocalText& Session::raw_title(const Step& st) const {
    const TargetRef at = st.arrival.at;
    if (at.kind != TargetRef::Kind::Ending) return kNoText;
    return computed_or_authored(st.arrival.title, m_sc->endings[size_t(at.index)].title.fixed);
}

const LocalText& Session::raw_choice_text(const Step& st, size_t k) const {
    const Choice& c = m_sc->nodes[size_t(st.arrival.at.index)].choices[size_t(st.arrival.offered[k])];
    return k < st.arrival.offered_text.size() ? computed_or_authored(st.arrival.offered_text[k], c.text.fixed) : c.text.fixed;
}

const LocalText& Session::raw_feedback(const Step& st) const {
    if (st.decision != Decision::Choice && st.decision != Decision::Timeout) return kNoText;
    const Node& n = m_sc->nodes[size_t(st.arrival.at.index)];
    if (st.decision == Decision::Choice) return computed_or_authored(st.feedback, n.choices[size_t(st.chosen)].feedback.fixed);
    return computed_or_authored(st.feedback, n.timeout->feedback.fixed);
}

std::string Session::text_of(const Step& st, const std::string& lang) const {
    return interpolate_text(*m_sc, raw_text(st).get(lang, m_sc->language), lang);
}

std::string Session::title_of(const Step& st, const std::string& lang) const {
    return interpolate_text(*m_sc, raw_title(st).get(lang, m_sc->language), lang);
}

std::string Session::choice_text(const Step& st, size_t k, const std::string& lang) const {
    return interpolate_text(*m_sc, raw_choice_text(st, k).get(lang, m_sc->language), lang);
}

std::string Session::feedback_of(const Step& st, const std::string& lang) const {
    return interpolate_text(*m_sc, raw_feedback(st).get(lang, m_sc->language), lang);
}

// [SECTION] save / restore

std::string Session::save_json() const {
    using nlohmann::ordered_json;
    ordered_json j;
    j["format"] = "gesprekslab-save";
    j["format_version"] = 1;
    j["scenario"] = m_sc->id;
    j["scenario_version"] = m_sc->version;
    j["seed"] = m_seed;
    if (m_author) j["author"] = true;
    if (m_begin.kind != m_sc->start.kind || m_begin.index != m_sc->start.index) j["begin"] = m_sc->target_id(m_begin);
    ordered_json steps = ordered_json::array();
    for (const Step& st : m_steps) {
        if (st.decision == Decision::None && st.edits.empty()) break;
        ordered_json s;
        s["at"] = m_sc->target_id(st.arrival.at);
        if (!st.edits.empty()) {
            ordered_json edits = ordered_json::array();
            for (const AuthorEdit& e : st.edits) {
                ordered_json x;
                switch (e.kind) {
                    case AuthorEdit::Kind::Meter: x = {{"meter", m_sc->meters[size_t(e.index)].id}, {"value", e.value}}; break;
                    case AuthorEdit::Kind::Score: x = {{"score", m_sc->competencies[size_t(e.index)].id}, {"value", e.value}}; break;
                    case AuthorEdit::Kind::Visits: {
                        const int n = int(m_sc->nodes.size());
                        const TargetRef t{e.index < n ? TargetRef::Kind::Node : TargetRef::Kind::Ending, e.index < n ? e.index : e.index - n};
                        x = {{"visits", m_sc->target_id(t)}, {"value", e.value}};
                        break;
                    }
                    case AuthorEdit::Kind::ClearFlag: x = {{"flag", e.flag}, {"clear", true}}; break;
                    case AuthorEdit::Kind::Flag:
                        x["flag"] = e.flag;
                        if (const bool* b = std::get_if<bool>(&e.flag_value)) x["value"] = *b;
                        else if (const double* d = std::get_if<double>(&e.flag_value)) x["value"] = *d;
                        else x["value"] = std::get<std::string>(e.flag_value);
                        break;
                }
                edits.push_back(x);
            }
            s["edits"] = edits;
        }
        if (st.decision == Decision::Jump) {
            s["jump"] = m_sc->target_id(st.jump);
        } else if (st.decision == Decision::None) {
            // only edits: the last step
        } else if (st.decision == Decision::Choice) {
            const Choice& c = m_sc->nodes[size_t(st.arrival.at.index)].choices[size_t(st.chosen)];
            if (!c.id.empty()) s["choice_id"] = c.id;
            s["choice"] = st.chosen + 1;  // as declared, from 1
        } else if (st.decision == Decision::Timeout) {
            s["timeout"] = true;
        } else {
            s["advance"] = true;
        }
        steps.push_back(s);
    }
    j["steps"] = steps;
    ordered_json log = ordered_json::array();
    for (const LogEntry& e : m_log) {
        static const char* kinds[] = {"choice", "timeout", "advance", "rewind"};
        ordered_json l{{"kind", kinds[int(e.kind)]}, {"turn", e.turn}};
        if (!e.node.empty()) l["node"] = e.node;
        if (e.kind == LogEntry::Kind::Choice) l["choice"] = e.choice + 1;
        log.push_back(l);
    }
    j["log"] = log;
    return j.dump(2);
}

// A value of the wrong type ("choice": "x") makes nlohmann::json throw:
// the function-try-block turns that into a problem like any other.
namespace {

// A count or number from a save (turn, choice, visits): an integer of a
// sane size, else `fallback`. A save is outside input: a number too large
// for an int must not reach a conversion.
int save_int(const nlohmann::json& obj, const char* key, int fallback) {
    if (!obj.is_object() || !obj.contains(key)) return fallback;
    const nlohmann::json& v = obj[key];
    if (v.is_number_integer()) {
        const int64_t n = v.is_number_unsigned() ? int64_t(std::min<uint64_t>(v.get<uint64_t>(), 1u << 30)) : v.get<int64_t>();
        return n >= -(1 << 30) && n <= (1 << 30) ? int(n) : fallback;
    }
    if (v.is_number_float()) {
        const double d = v.get<double>();
        return std::isfinite(d) && std::fabs(d) <= double(1 << 30) ? int(d) : fallback;
    }
    return fallback;
}

// A value an author edit sets: a finite number, else `fallback`.
double save_number(const nlohmann::json& obj, const char* key, double fallback) {
    if (!obj.is_object() || !obj.contains(key) || !obj[key].is_number()) return fallback;
    const double d = obj[key].get<double>();
    return std::isfinite(d) ? d : fallback;
}

}  // namespace

std::unique_ptr<Session> Session::restore(std::shared_ptr<const Scenario> sc, const std::string& text,
                                          std::string* problem) try {
    auto say = [&](const std::string& p) { if (problem && problem->empty()) *problem = p; };
    nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object() || j.value("format", "") != "gesprekslab-save") {
        say(tr("dit is geen geldig Gesprekslab-opslagbestand", "this is not a valid Gesprekslab save file"));
        return nullptr;
    }
    if (j.value("scenario", "") != sc->id) {
        say(fmt("dit opslagbestand hoort bij scenario {0}, niet bij {1}",
                "this save belongs to scenario {0}, not {1}", {q(j.value("scenario", "")), q(sc->id)}));
        return nullptr;
    }
    uint64_t seed = 1;
    if (j.contains("seed") && j["seed"].is_number_unsigned()) seed = j["seed"].get<uint64_t>();
    std::unique_ptr<Session> s;
    if (j.contains("begin") && j["begin"].is_string()) {
        const std::string begin = j["begin"].get<std::string>();
        const TargetRef t = sc->find_target(begin);
        if (t) {
            s = starting_at(sc, seed, t);
        } else {
            say(fmt("de knoop {0} waar deze poging begon bestaat niet meer", "the node {0} where this attempt began no longer exists", {q(begin)}));
            s = std::make_unique<Session>(sc, seed);
            s->m_author = true;
            return s;
        }
    } else {
        s = std::make_unique<Session>(std::move(sc), seed);
    }
    if (j.value("author", false)) s->m_author = true;
    const Scenario& scn = s->scenario();
    const nlohmann::json steps = j.contains("steps") && j["steps"].is_array() ? j["steps"] : nlohmann::json::array();
    int k = 0;
    for (const auto& step : steps) {
        ++k;
        const std::string at = step.is_object() ? step.value("at", "") : "";
        const Step& cur = s->current();
        const bool jump = step.is_object() && step.contains("jump") && step["jump"].is_string();
        const bool decides = step.is_object() && (step.contains("advance") || step.contains("timeout") || step.contains("choice") || step.contains("choice_id"));
        if ((decides && (s->m_phase == Phase::Ended || s->m_phase == Phase::Failed)) || scn.target_id(cur.arrival.at) != at) {
            say(fmt("stap {0} ({1}) past niet meer bij het scenario", "step {0} ({1}) no longer fits the scenario",
                    {std::to_string(k), q(at)}));
            break;
        }
        if (step.contains("edits") && step["edits"].is_array()) {
            for (const auto& x : step["edits"]) {
                if (!x.is_object() || s->m_phase == Phase::Failed) continue;
                AuthorEdit e;
                std::string missing;
                if (x.contains("meter")) {
                    e.kind = AuthorEdit::Kind::Meter;
                    e.index = scn.meter_index(x.value("meter", ""));
                    e.value = save_number(x, "value", 0.0);
                    if (e.index < 0) missing = x.value("meter", "");
                } else if (x.contains("score")) {
                    e.kind = AuthorEdit::Kind::Score;
                    e.index = scn.competency_index(x.value("score", ""));
                    e.value = save_number(x, "value", 0.0);
                    if (e.index < 0) missing = x.value("score", "");
                } else if (x.contains("visits")) {
                    e.kind = AuthorEdit::Kind::Visits;
                    const TargetRef t = scn.find_target(x.value("visits", ""));
                    e.index = t ? visit_key(scn, t) : -1;
                    e.value = save_int(x, "value", 0);
                    if (!t) missing = x.value("visits", "");
                } else if (x.contains("flag") && x["flag"].is_string()) {
                    e.flag = x["flag"].get<std::string>();
                    if (x.value("clear", false)) {
                        e.kind = AuthorEdit::Kind::ClearFlag;
                    } else {
                        e.kind = AuthorEdit::Kind::Flag;
                        const auto& v = x.contains("value") ? x["value"] : nlohmann::json(true);
                        if (v.is_boolean()) e.flag_value = v.get<bool>();
                        else if (v.is_number()) e.flag_value = v.get<double>();
                        else if (v.is_string()) e.flag_value = v.get<std::string>();
                        else continue;
                    }
                } else {
                    continue;
                }
                if (!missing.empty()) {
                    say(fmt("stap {0}: {1} bestaat niet meer; die aanpassing is overgeslagen",
                            "step {0}: {1} no longer exists; that change was skipped", {std::to_string(k), q(missing)}));
                    continue;
                }
                s->apply_edit(e);
            }
        }
        if (jump) {
            const TargetRef t = scn.find_target(step["jump"].get<std::string>());
            if (!t) {
                say(fmt("stap {0}: de sprong naar {1} kan niet meer: die knoop bestaat niet meer",
                        "step {0}: the jump to {1} is no longer possible: that node no longer exists", {std::to_string(k), q(step["jump"].get<std::string>())}));
                break;
            }
            s->do_jump(t);
        } else if (!decides) {
            break;  // only edits: the last step
        } else if (step.value("advance", false)) {
            if (s->m_phase != Phase::Talking) { say(fmt("stap {0}: hier valt niets door te klikken", "step {0}: nothing to advance here", {std::to_string(k)})); break; }
            s->do_advance(false);
        } else if (step.value("timeout", false)) {
            if (!s->has_timeout()) { say(fmt("stap {0}: deze knoop heeft geen timeout meer", "step {0}: this node no longer has a timeout", {std::to_string(k)})); break; }
            s->do_timeout(false);
        } else {
            const Node& node = scn.nodes[size_t(cur.arrival.at.index)];
            int c = -1;
            if (step.contains("choice_id") && step["choice_id"].is_string()) {
                for (size_t i = 0; i < node.choices.size(); ++i)
                    if (node.choices[i].id == step["choice_id"].get<std::string>()) c = int(i);
            } else {
                c = save_int(step, "choice", 0) - 1;
            }
            int pos = -1;
            for (size_t i = 0; i < cur.arrival.offered.size(); ++i)
                if (cur.arrival.offered[i] == c) pos = int(i);
            if (s->m_phase != Phase::Choosing || pos < 0) {
                say(fmt("stap {0}: die keuze wordt bij {1} niet (meer) aangeboden",
                        "step {0}: that choice is not offered at {1} (any more)", {std::to_string(k), q(at)}));
                break;
            }
            s->do_choose(pos, false);
        }
    }
    if (j.contains("log") && j["log"].is_array()) {
        for (const auto& l : j["log"]) {
            if (!l.is_object()) continue;
            LogEntry e{LogEntry::Kind::Choice, l.value("node", ""), save_int(l, "choice", 0) - 1, -1, save_int(l, "turn", 0)};
            const std::string kind = l.value("kind", "");
            if (kind == "timeout") e.kind = LogEntry::Kind::Timeout;
            else if (kind == "advance") e.kind = LogEntry::Kind::Advance;
            else if (kind == "rewind") e.kind = LogEntry::Kind::Rewind;
            else if (kind != "choice") continue;
            s->m_log.push_back(e);
        }
    }
    return s;
} catch (const nlohmann::json::exception& e) {
    if (problem && problem->empty())
        *problem = fmt("dit opslagbestand is beschadigd ({0})", "this save file is damaged ({0})", {e.what()});
    return nullptr;
}

}  // namespace lab
