#ifdef LAB_HAVE_STORE  // built only with engine/store
#include "history_model.h"

#include <algorithm>
#include <ctime>

#include "core/i18n.h"
#include "store/recorder.h"

namespace lab {

// [SECTION] the list of attempts

History load_history(const Store& store, const std::string& scenario, const std::string& student, bool all_names) {
    History h;
    h.scenario = scenario;
    AttemptFilter f;
    f.scenario = scenario;
    for (AttemptSummary& a : store.attempts(f)) {
        if (!all_names && a.student != student) {
            ++h.other_names;
            continue;
        }
        HistoryItem it;
        it.summary = std::move(a);
        h.items.push_back(std::move(it));
    }
    // attempts() is newest first: number from the oldest.
    const int n = int(h.items.size());
    for (int i = 0; i < n; ++i) h.items[size_t(i)].number = n - i;
    return h;
}

std::vector<ChartPoint> chart_points(const History& h) {
    std::vector<ChartPoint> out;
    for (auto it = h.items.rbegin(); it != h.items.rend(); ++it) {
        const AttemptSummary& a = it->summary;
        if (a.status != AttemptStatus::Finished) continue;
        out.push_back({a.id, it->number, a.overall, a.grade, a.mode});
    }
    return out;
}

// [SECTION] two attempts side by side

std::vector<TurnCell> turns_of(const AttemptRecord& rec, const std::string& lang) {
    const std::string& base = rec.scenario.language;
    auto text = [&](const LocalText& t) { return t.empty() ? std::string() : t.get(lang, base); };
    std::vector<TurnCell> out;
    TurnCell cell;
    for (const Event* e : rec.line()) {
        cell.present = true;
        cell.nodes.push_back(e->node);
        std::string said = text(e->text);
        if (!said.empty()) cell.said.push_back({text(e->speaker_name), said});
        if (!e->is_decision()) continue;
        cell.decided = true;
        cell.silence = e->kind == EventKind::Timeout;
        if (e->kind == EventKind::Choice) cell.choice_key = e->choice_id.empty() ? "#" + std::to_string(e->choice) : e->choice_id;
        cell.answer = text(e->choice_text);
        cell.feedback = text(e->feedback);
        for (size_t k = 0; k < e->score_delta.size() && k < rec.scenario.competencies.size(); ++k)
            if (e->score_delta[k] != 0)
                cell.deltas.push_back({competency_label(rec.scenario, rec.scenario.competencies[k].id, lang), e->score_delta[k]});
        out.push_back(std::move(cell));
        cell = TurnCell{};
    }
    if (cell.present) out.push_back(std::move(cell));
    return out;
}

namespace {

bool same_turn(const TurnCell& a, const TurnCell& b) {
    return a.present && b.present && a.nodes == b.nodes && a.decided == b.decided && a.silence == b.silence &&
           a.choice_key == b.choice_key;
}

double percent_of(const Standing& s, const std::string& id, bool* found) {
    for (const CompetencyResult& c : s.scores)
        if (c.id == id) {
            *found = true;
            return c.percent;
        }
    *found = false;
    return 0;
}

}  // namespace

Comparison compare_attempts(const AttemptRecord& first, const AttemptRecord& second, const std::string& lang) {
    const bool swap = second.started_ms < first.started_ms ||
                      (second.started_ms == first.started_ms && second.store_id < first.store_id);
    const AttemptRecord& a = swap ? second : first;
    const AttemptRecord& b = swap ? first : second;
    Comparison c;
    c.id_a = a.store_id;
    c.id_b = b.store_id;
    std::vector<TurnCell> ta = turns_of(a, lang), tb = turns_of(b, lang);
    const size_t n = std::max(ta.size(), tb.size());
    for (size_t i = 0; i < n; ++i) {
        TurnRow row;
        if (i < ta.size()) row.a = std::move(ta[i]);
        if (i < tb.size()) row.b = std::move(tb[i]);
        row.same = same_turn(row.a, row.b);
        if (!row.same && c.diverge < 0) c.diverge = int(i);
        c.rows.push_back(std::move(row));
    }
    // Scores per competency: the newer attempt's competencies, then any the older one had besides.
    auto add = [&](const ScenarioInfo& info) {
        for (const CompetencyInfo& ci : info.competencies) {
            if (std::any_of(c.scores.begin(), c.scores.end(), [&](const ScoreDiff& d) { return d.id == ci.id; })) continue;
            ScoreDiff d;
            d.id = ci.id;
            d.label = competency_label(info, ci.id, lang);
            d.a = percent_of(a.standing, ci.id, &d.in_a);
            d.b = percent_of(b.standing, ci.id, &d.in_b);
            c.scores.push_back(d);
        }
    };
    add(b.scenario);
    add(a.scenario);
    c.overall_a = a.standing.overall;
    c.overall_b = b.standing.overall;
    c.grade_a = a.standing.grade;
    c.grade_b = b.standing.grade;
    c.outcome_a = a.standing.outcome;
    c.outcome_b = b.standing.outcome;
    auto ending = [&](const AttemptRecord& r) {
        if (r.standing.ending.empty()) return std::string();
        std::string t = r.standing.ending_title.empty() ? std::string() : r.standing.ending_title.get(lang, r.scenario.language);
        return t.empty() ? r.standing.ending : t;
    };
    c.ending_a = ending(a);
    c.ending_b = ending(b);
    return c;
}

// [SECTION] the resume offer

std::optional<ResumeOffer> find_resume_offer(const Store& store, const std::string& scenario, const std::string& student) {
    return find_resume_offer(store.unfinished(student), scenario, student);
}

std::optional<ResumeOffer> find_resume_offer(std::vector<AttemptSummary> unfinished, const std::string& scenario, const std::string& student) {
    for (AttemptSummary& a : unfinished) {
        if (a.scenario != scenario || a.student != student) continue;
        ResumeOffer o;
        o.attempt = std::move(a);
        o.turns_fit = o.attempt.turns;
        return o;
    }
    return std::nullopt;
}

void check_resume(ResumeOffer& offer, const Store& store, std::shared_ptr<const Scenario> sc) {
    offer.checked = true;
    auto rec = store.load_attempt(offer.attempt.id);
    if (!rec || !sc) {
        offer.fits = false;
        offer.turns_fit = 0;
        offer.problem = fmt("poging {0} bestaat niet meer", "attempt {0} no longer exists", {std::to_string(offer.attempt.id)});
        return;
    }
    size_t replayed = 0;
    std::unique_ptr<Session> s = replay(sc, *rec, &offer.problem, &replayed);
    offer.turns_fit = s->turns();
    offer.fits = offer.problem.empty() && replayed == rec->events.size() && rec->scenario.content_hash == sc->content_hash;
    if (!offer.fits && offer.problem.empty())
        offer.problem = tr("je keuzes passen nog, maar het gesprek kan nu anders verlopen", "your choices still fit, but the conversation may go differently now");
}

// [SECTION] words

std::string when_text(int64_t ms, const std::string& lang, int64_t now_ms) {
    static const char* const nl[12] = {"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};
    static const char* const en[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const std::time_t t = std::time_t(ms / 1000), now = std::time_t(now_ms / 1000);
    std::tm tm{}, tn{};
    localtime_r(&t, &tm);
    localtime_r(&now, &tn);
    char buf[64];
    const int mon = std::clamp(tm.tm_mon, 0, 11);
    const char* month = lang == "en" ? en[mon] : nl[mon];
    if (tm.tm_year == tn.tm_year)
        std::snprintf(buf, sizeof buf, "%d %s %02d:%02d", tm.tm_mday, month, tm.tm_hour, tm.tm_min);
    else
        std::snprintf(buf, sizeof buf, "%d %s %d %02d:%02d", tm.tm_mday, month, tm.tm_year + 1900, tm.tm_hour, tm.tm_min);
    return buf;
}

std::string competency_label(const ScenarioInfo& info, const std::string& id, const std::string& lang) {
    for (const CompetencyInfo& c : info.competencies)
        if (c.id == id && !c.label.empty()) {
            const std::string& l = c.label.get(lang, info.language);
            if (!l.empty()) return l;
        }
    return id;
}

}  // namespace lab

#endif  // LAB_HAVE_STORE
