// App: what needs the results store: the resume offer, the history of a
// scenario with two attempts side by side, and the portfolio files (report
// and export) of the attempt being played. Screens: screen_briefing.cpp (the
// offer, the name question), screen_history.cpp, screen_debrief.cpp.
#include <filesystem>

#include "app_view.h"
#include "core/i18n.h"
#include "portfolio_files.h"
#ifdef LAB_HAVE_STORE
#include "store/export_json.h"
#include "store/recorder.h"
#include "store/report_html.h"
#include "store/store.h"
#endif

namespace lab {

// [SECTION] the resume offer

void App::refresh_results() {
    View& v = *m_view;
    v.resume.reset();
    v.unfinished_ids.clear();
    v.attempts_here = 0;
#ifdef LAB_HAVE_STORE
    if (!m_store) return;
    try {
        std::vector<AttemptSummary> open = m_store->unfinished(m_settings.student);
        for (const AttemptSummary& a : open)
            if (a.student == m_settings.student) v.unfinished_ids.insert(a.scenario);
        if (m_entry >= 0 && size_t(m_entry) < m_library.size()) {
            const LibraryEntry& e = m_library.entry(size_t(m_entry));
            if (!e.id.empty()) {
                v.resume = find_resume_offer(std::move(open), e.id, m_settings.student);
                v.attempts_here = int(lab::load_history(*m_store, e.id, m_settings.student, false).items.size());
            }
        }
    } catch (const StoreError& e) {
        m_notice = e.what();
    }
#endif
}

// Author mode records nothing, so it offers no student's attempt to resume.
const AttemptSummary* App::resume_offer() const { return m_view->resume && !m_author ? &m_view->resume->attempt : nullptr; }

bool App::resume() {
#ifdef LAB_HAVE_STORE
    View& v = *m_view;
    if (!m_store || !v.resume || m_author || m_entry < 0 || size_t(m_entry) >= m_library.size()) return false;
    const LibraryEntry& e = m_library.entry(size_t(m_entry));
    if (e.checking() || !e.to_play()) return false;
    const ResumeOffer offer = *v.resume;
    try {
        Resumed r = resume_attempt(*m_store, offer.attempt.id, e.to_play());
        if (!r.session || !r.recorder) {
            m_notice = r.problem;
            refresh_results();
            return false;
        }
        m_scenario = e.to_play();
        m_mode = offer.attempt.mode;
        m_seed = r.session->seed();
        m_session = std::move(r.session);
        m_recorder = std::move(r.recorder);
        // The scenario changed: the student goes on in a new attempt, and reads why.
        if (!r.problem.empty()) {
            m_notice = r.problem;
            if (m_notice[0] >= 'a' && m_notice[0] <= 'z') m_notice[0] = char(m_notice[0] - 'a' + 'A');
        }
    } catch (const StoreError& x) {
        m_notice = x.what();
        return false;
    }
    m_recorded = false;
    v.new_attempt();
    v.resume.reset();
    m_screen = Screen::Conversation;
    on_session_changed();
    return true;
#else
    return false;
#endif
}

bool App::start_over() {
    set_aside_unfinished();
    return start(m_mode, m_seed);
}

void App::set_aside_unfinished() {
    View& v = *m_view;
    v.resume.reset();
#ifdef LAB_HAVE_STORE
    if (!m_store || m_entry < 0 || size_t(m_entry) >= m_library.size()) return;
    const std::string& id = m_library.entry(size_t(m_entry)).id;
    try {
        for (const AttemptSummary& a : m_store->unfinished(m_settings.student))
            if (a.scenario == id && a.student == m_settings.student) m_store->abandon_attempt(a.id);
    } catch (const StoreError& x) {
        m_notice = x.what();
    }
#endif
}

bool App::asking_student() const { return m_view->ask_then != View::Then::Nothing; }

// [SECTION] history

void App::show_history() {
    if (m_entry < 0 || size_t(m_entry) >= m_library.size()) return;
    if (m_screen != Screen::History) m_history_return = m_screen;
    m_view->selected.clear();
    m_view->comparison.reset();
    load_history();
    m_screen = Screen::History;
}

void App::load_history() {
    View& v = *m_view;
    v.history = History{};
#ifdef LAB_HAVE_STORE
    if (!m_store || m_entry < 0 || size_t(m_entry) >= m_library.size()) return;
    const std::string& id = m_library.entry(size_t(m_entry)).id;
    try {
        v.history = lab::load_history(*m_store, id, m_settings.student, v.history_all_names);
    } catch (const StoreError& e) {
        m_notice = e.what();
        return;
    }
    // Keep what is selected and still listed; with nothing chosen yet, put
    // the newest finished attempt next to the one before it.
    std::vector<int64_t> keep;
    for (int64_t s : v.selected)
        for (const HistoryItem& it : v.history.items)
            if (it.summary.id == s) keep.push_back(s);
    if (keep.empty()) {
        // The two newest finished attempts (else simply the two newest).
        for (const HistoryItem& it : v.history.items)
            if (it.summary.status == AttemptStatus::Finished && keep.size() < 2) keep.insert(keep.begin(), it.summary.id);
        if (keep.size() < 2 && v.history.items.size() >= 2) keep = {v.history.items[1].summary.id, v.history.items[0].summary.id};
    }
    v.selected.clear();
    v.comparison.reset();
    if (keep.size() == 2) compare(keep[0], keep[1]);
    else v.selected = keep;
#endif
}

bool App::compare(int64_t a, int64_t b) {
#ifdef LAB_HAVE_STORE
    View& v = *m_view;
    if (!m_store || a == b) return false;
    try {
        auto ra = m_store->load_attempt(a), rb = m_store->load_attempt(b);
        if (!ra || !rb) return false;
        v.comparison = std::make_unique<Comparison>(compare_attempts(*ra, *rb, m_settings.lang));
    } catch (const StoreError& e) {
        m_notice = e.what();
        return false;
    }
    v.selected = {a, b};
    v.scroll_to_diverge = 3;
    return true;
#else
    (void)a;
    (void)b;
    return false;
#endif
}

const Comparison* App::comparison() const { return m_view->comparison.get(); }

// [SECTION] portfolio files

int64_t App::attempt_id() const {
#ifdef LAB_HAVE_STORE
    return m_recorder ? m_recorder->id() : 0;
#else
    return 0;
#endif
}

std::string App::write_report() { return write_portfolio_file(true); }

std::string App::write_export() { return write_portfolio_file(false); }

std::string App::write_portfolio_file(bool report) {
#ifdef LAB_HAVE_STORE
    View& v = *m_view;
    if (!m_session) return "";
    std::string problem;
    // The reflection goes into the report: keep what is written first.
    if (!v.reflection.empty()) {
        const std::string where = keep_reflection();
        if (!where.empty()) v.reflection_saved = where;
    }
    // The attempt as the store has it; without a store (or when it fails),
    // as it was played here.
    std::optional<AttemptRecord> rec;
    if (m_store && m_recorder && m_recorder->id() > 0) {
        try {
            m_recorder->sync(*m_session);
            rec = m_store->load_attempt(m_recorder->id());
        } catch (const StoreError&) {
            rec.reset();
        }
    }
    const int64_t now = unix_ms_now();
    if (!rec) {
        AttemptOptions o;
        o.student = m_settings.student;
        o.mode = m_mode;
        o.lang = m_settings.lang;
        rec = record_of(*m_session, o, now, now);
        if (!v.reflection.empty()) {
            rec->reflection.written_ms = now;
            for (int k = 0; k < kReflectionPhases; ++k) {
                const std::string phase = "reflection." + std::to_string(k + 1);
                const std::string asked = std::string(m_strings(phase.c_str())) + ": " + m_strings((phase + "q").c_str());
                rec->reflection.answers.push_back({alact_id(AlactPhase(k)), asked, v.reflection.answers[size_t(k)]});
            }
        }
    }
    const std::string dir = m_cfg.reports_dir.empty() ? portfolio_dir(m_cfg.data_dir) : m_cfg.reports_dir;
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    // The same attempt keeps its file: making it again replaces it.
    std::string& path = report ? v.report_path : v.export_path;
    if (path.empty())
        path = free_path(dir, portfolio_base_name(m_strings(report ? "results.report_word" : "results.export_word"), rec->scenario.id, rec->started_ms),
                         report ? "html" : "json");
    ReportOptions ro;
    ro.lang = m_settings.lang;
    const bool ok = report ? lab::write_report({*rec}, path, ro, &problem) : write_file_atomic(path, export_json({*rec}, now), &problem);
    if (!ok) {
        m_notice = m_strings.fmt("results.not_written", {problem});
        path.clear();
        return "";
    }
    return path;
#else
    (void)report;
    return "";
#endif
}

}  // namespace lab
