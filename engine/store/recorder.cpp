#include "recorder.h"

#include "core/i18n.h"

namespace lab {

// [SECTION] Session -> record

namespace {

// `raw` interpolated in each of its languages.
LocalText resolve_all(const Scenario& sc, const LocalText& raw) {
    LocalText out;
    for (const auto& [lang, text] : raw.by_lang) out.by_lang[lang] = interpolate_text(sc, text, lang);
    return out;
}

EventKind kind_of(LogEntry::Kind k) {
    switch (k) {
        case LogEntry::Kind::Choice: return EventKind::Choice;
        case LogEntry::Kind::Timeout: return EventKind::Timeout;
        case LogEntry::Kind::Advance: return EventKind::Advance;
        case LogEntry::Kind::Rewind: return EventKind::Rewind;
    }
    return EventKind::Choice;
}

// Step values as a vector, whatever small container core uses for them.
template <class V>
std::vector<double> vec(const V& v) {
    return std::vector<double>(v.begin(), v.end());
}

bool decision_matches(Decision d, EventKind k) {
    return (d == Decision::Choice && k == EventKind::Choice) || (d == Decision::Timeout && k == EventKind::Timeout) ||
           (d == Decision::Advance && k == EventKind::Advance);
}

// Fills what the student saw at step `k` of the line and what the decision there changed.
void fill_from_step(Event& e, const Session& s, size_t k) {
    const Scenario& sc = s.scenario();
    const auto& steps = s.steps();
    const Step& st = steps[k];
    const Node& node = sc.nodes[size_t(st.arrival.at.index)];
    if (node.speaker >= 0) {
        const Character& ch = sc.characters[size_t(node.speaker)];
        e.speaker = ch.id;
        e.speaker_name = resolve_all(sc, ch.name);
    }
    e.mood = mood_name(st.arrival.mood);
    e.text = resolve_all(sc, s.raw_text(st));
    if (e.kind == EventKind::Choice) e.choice_text = resolve_all(sc, s.raw_choice_text(st, size_t(st.chosen_pos)));
    e.feedback = resolve_all(sc, s.raw_feedback(st));
    e.meters = vec(st.meters);
    const bool has_next = k + 1 < steps.size();
    e.meters_after = has_next ? vec(steps[k + 1].meters) : vec(s.state().meters);
    e.scores_after = has_next ? vec(steps[k + 1].scores) : vec(s.state().scores);
    e.score_delta = e.scores_after;
    for (size_t i = 0; i < e.score_delta.size() && i < st.scores.size(); ++i) e.score_delta[i] -= st.scores[i];
}

}  // namespace

ScenarioInfo scenario_info(const Scenario& sc) {
    ScenarioInfo i;
    i.id = sc.id;
    i.version = sc.version;
    i.content_hash = sc.content_hash;
    i.language = sc.language;
    i.title = resolve_all(sc, sc.title);
    i.summary = resolve_all(sc, sc.summary);
    i.briefing = resolve_all(sc, sc.briefing);
    for (const auto& g : sc.goals) i.goals.push_back(resolve_all(sc, g));
    i.pass = sc.grading.pass;
    i.good = sc.grading.good;
    for (const auto& m : sc.meters) i.meters.push_back({m.id, resolve_all(sc, m.label), m.min, m.max, m.start, m.visible});
    for (size_t k = 0; k < sc.competencies.size(); ++k) {
        const auto& c = sc.competencies[k];
        i.competencies.push_back({c.id, resolve_all(sc, c.label), c.weight, k < sc.competency_max.size() ? sc.competency_max[k] : 0});
    }
    return i;
}

Standing standing_of(const Session& s, int64_t now_ms) {
    const Scenario& sc = s.scenario();
    const Result r = s.result();
    Standing st;
    const bool over = s.phase() == Phase::Ended || s.phase() == Phase::Failed;
    st.status = over ? AttemptStatus::Finished : AttemptStatus::Unfinished;
    st.ended_ms = over ? now_ms : 0;
    const Step& cur = s.current();
    st.at = sc.target_id(cur.arrival.at);
    st.ending = r.ending;
    if (cur.arrival.at.kind == TargetRef::Kind::Ending) {
        st.ending_title = resolve_all(sc, s.raw_title(cur));
        st.ending_text = resolve_all(sc, s.raw_text(cur));
    }
    st.outcome = outcome_name(r.outcome);
    st.turns = r.turns;
    for (const auto& c : r.competencies) st.scores.push_back({c.id, c.raw, c.max, c.percent});
    st.overall = r.overall;
    st.grade = r.grade;
    st.error = r.error;
    st.meters = s.state().meters;
    return st;
}


std::vector<Event> events_of(const Session& s, size_t from, int first_seq, int64_t now_ms) {
    const Scenario& sc = s.scenario();
    const auto& log = s.log();
    const auto& steps = s.steps();
    std::vector<size_t> decided;  // steps of the line where something was decided
    for (size_t i = 0; i < steps.size(); ++i)
        if (steps[i].decision != Decision::None) decided.push_back(i);
    // Entries after the batch's last rewind are the last decisions of the line.
    size_t after = from;
    for (size_t i = from; i < log.size(); ++i)
        if (log[i].kind == LogEntry::Kind::Rewind) after = i + 1;
    const size_t tail = log.size() - after;

    std::vector<Event> out;
    for (size_t i = from; i < log.size(); ++i) {
        const LogEntry& l = log[i];
        Event e;
        e.seq = first_seq + int(i - from);
        e.time_ms = now_ms;
        e.kind = kind_of(l.kind);
        e.turn = l.turn;
        if (e.kind != EventKind::Rewind) {
            e.node = l.node;
            if (e.kind == EventKind::Choice) {
                e.choice = l.choice;
                e.position = l.pos;
                const int n = sc.node_index(l.node);
                if (n >= 0 && l.choice >= 0 && size_t(l.choice) < sc.nodes[size_t(n)].choices.size())
                    e.choice_id = sc.nodes[size_t(n)].choices[size_t(l.choice)].id;
            }
            if (i >= after && tail <= decided.size()) {
                const size_t k = decided[decided.size() - tail + (i - after)];
                const Step& st = steps[k];
                if (st.arrival.at.kind == TargetRef::Kind::Node && sc.target_id(st.arrival.at) == l.node &&
                    decision_matches(st.decision, e.kind))
                    fill_from_step(e, s, k);
            }
        }
        out.push_back(std::move(e));
    }
    return out;
}

namespace {

// What an attempt's row holds of `s` and `opt`: everything but the uuid and
// the events.
AttemptRecord attempt_row(const Session& s, const AttemptOptions& opt, int64_t started_ms, int64_t now_ms) {
    AttemptRecord r;
    r.student = opt.student;
    r.email = opt.email;
    r.scenario = scenario_info(s.scenario());
    r.seed = s.seed();
    r.mode = opt.mode;
    r.lang = opt.lang;
    r.started_ms = started_ms;
    r.standing = standing_of(s, now_ms);
    return r;
}

}  // namespace

AttemptRecord record_of(const Session& s, const AttemptOptions& opt, int64_t started_ms, int64_t now_ms) {
    AttemptRecord r = attempt_row(s, opt, started_ms, now_ms);
    r.uuid = new_uuid();
    r.events = events_of(s, 0, 0, now_ms);
    return r;
}

// [SECTION] AttemptRecorder

AttemptRecorder::AttemptRecorder(Store& store, const Session& s, const AttemptOptions& opt)
    : m_store(store), m_opt(opt), m_started(store.now_ms()) {
    sync(s);
}

// Adds the attempt's row (once); false with m_error when the store fails.
bool AttemptRecorder::begin(const Session& s) {
    if (m_id) return true;
    try {
        AttemptRecord r = attempt_row(s, m_opt, m_started, m_started);
        r.standing.status = AttemptStatus::Unfinished;  // finished only through sync()
        r.standing.ended_ms = 0;
        m_id = m_store.add_attempt(r);
        return true;
    } catch (const std::exception& e) {
        m_error = e.what();
        return false;
    }
}

AttemptRecorder::AttemptRecorder(Store& store, int64_t id, size_t recorded, bool finished)
    : m_store(store), m_id(id), m_recorded(recorded), m_over(finished) {}

bool AttemptRecorder::sync(const Session& s) {
    const size_t n = s.log().size();
    if (n < m_recorded) {
        m_error = "AttemptRecorder::sync: the session has fewer log entries than were recorded (another session?)";
        return false;
    }
    if (!begin(s)) return false;
    const bool over = s.phase() == Phase::Ended || s.phase() == Phase::Failed;
    // Nothing new (an attempt that ended keeps its first end time).
    if (n == m_recorded && over == m_over) {
        m_error.clear();
        return true;
    }
    try {
        const int64_t now = m_store.now_ms();
        m_store.record(m_id, events_of(s, m_recorded, int(m_recorded), now), standing_of(s, now));
        m_recorded = n;
        m_over = over;
        m_error.clear();
        return true;
    } catch (const std::exception& e) {
        m_error = e.what();
        return false;
    }
}

// [SECTION] replay and resume

std::unique_ptr<Session> replay(std::shared_ptr<const Scenario> sc, const AttemptRecord& rec, std::string* problem,
                                size_t* replayed) {
    auto say = [&](const std::string& p) { if (problem && problem->empty()) *problem = p; };
    if (problem) problem->clear();
    auto s = std::make_unique<Session>(sc, rec.seed);
    size_t n = 0;
    if (rec.scenario.id != sc->id) {
        say(fmt("deze poging hoort bij scenario {0}, niet bij {1}", "this attempt belongs to scenario {0}, not {1}",
                {q(rec.scenario.id), q(sc->id)}));
        if (replayed) *replayed = 0;
        return s;
    }
    for (const Event& e : rec.events) {
        const std::string step = std::to_string(e.seq + 1);
        if (e.kind == EventKind::Rewind) {
            if (e.turn < 0 || e.turn >= s->turns()) {
                say(fmt("stap {0}: terugspoelen naar beurt {1} kan niet meer", "step {0}: rewinding to turn {1} is no longer possible",
                        {step, std::to_string(e.turn + 1)}));
                break;
            }
            s->rewind(e.turn);
            ++n;
            continue;
        }
        const std::string at = s->scenario().target_id(s->current().arrival.at);
        if (at != e.node || s->phase() == Phase::Ended || s->phase() == Phase::Failed) {
            say(fmt("stap {0} ({1}) past niet meer bij het scenario", "step {0} ({1}) no longer fits the scenario",
                    {step, q(e.node)}));
            break;
        }
        if (e.kind == EventKind::Advance) {
            if (s->phase() != Phase::Talking) {
                say(fmt("stap {0}: hier valt niets door te klikken", "step {0}: nothing to advance here", {step}));
                break;
            }
            s->advance();
        } else if (e.kind == EventKind::Timeout) {
            if (!s->has_timeout()) {
                say(fmt("stap {0}: deze knoop heeft geen timeout meer", "step {0}: this node no longer has a timeout", {step}));
                break;
            }
            s->timeout();
        } else {
            const Step& cur = s->current();
            const Node& node = s->scenario().nodes[size_t(cur.arrival.at.index)];
            int c = e.choice;
            if (!e.choice_id.empty()) {
                c = -1;
                for (size_t i = 0; i < node.choices.size(); ++i)
                    if (node.choices[i].id == e.choice_id) c = int(i);
            }
            int pos = -1;
            for (size_t i = 0; i < cur.arrival.offered.size(); ++i)
                if (cur.arrival.offered[i] == c) pos = int(i);
            if (s->phase() != Phase::Choosing || pos < 0) {
                say(fmt("stap {0}: die keuze wordt bij {1} niet (meer) aangeboden",
                        "step {0}: that choice is not offered at {1} (any more)", {step, q(e.node)}));
                break;
            }
            s->choose(pos);
        }
        ++n;
    }
    if (replayed) *replayed = n;
    return s;
}

Resumed resume_attempt(Store& store, int64_t id, std::shared_ptr<const Scenario> sc) {
    Resumed r;
    auto rec = store.load_attempt(id);
    if (!rec) {
        r.problem = fmt("poging {0} bestaat niet", "attempt {0} does not exist", {std::to_string(id)});
        r.continued = false;
        return r;
    }
    size_t n = 0;
    r.session = replay(sc, *rec, &r.problem, &n);
    const bool fits = r.problem.empty() && n == rec->events.size();
    const bool same = rec->scenario.content_hash == sc->content_hash;
    if (fits && same) {
        r.recorder = std::make_unique<AttemptRecorder>(store, id, n, rec->standing.status == AttemptStatus::Finished);
        return r;
    }
    if (r.problem.empty())
        r.problem = tr("het scenario is gewijzigd sinds deze poging begon", "the scenario has changed since this attempt began");
    r.problem = fmt("{0}; je gaat verder in een nieuwe poging (de oude blijft bewaard)",
                    "{0}; you continue in a new attempt (the old one is kept)", {r.problem});
    store.abandon_attempt(id);
    r.continued = false;
    r.recorder = std::make_unique<AttemptRecorder>(store, *r.session, AttemptOptions{rec->student, rec->email, rec->mode, rec->lang});
    return r;
}

}  // namespace lab
