// App: what needs the results store: the best results so far, the resume
// offer, the history of a scenario with two attempts side by side, the
// reflection, and the portfolio files (report and export) of the attempt
// being played. Screens: screen_briefing.cpp (the offer, the name
// question), screen_history.cpp, screen_debrief.cpp.
#include <SDL.h>

#include <algorithm>
#include <filesystem>

#include "app.h"
#include "core/i18n.h"
#include "portfolio_files.h"
#include "screens.h"
#ifdef LAB_HAVE_STORE
#include "store/export_json.h"
#include "store/recorder.h"
#include "store/report_html.h"
#include "store/store.h"
#endif

namespace lab {

namespace {

// The reflection's questions as the student saw them: "Terugblikken: Wat ...?".
std::array<std::string, kReflectionPhases> reflection_questions(const UiStrings& s) {
    std::array<std::string, kReflectionPhases> asked;
    for (int k = 0; k < kReflectionPhases; ++k) {
        const std::string phase = "reflection." + std::to_string(k + 1);
        asked[size_t(k)] = std::string(s(phase.c_str())) + ": " + s((phase + "q").c_str());
    }
    return asked;
}

}  // namespace

// [SECTION] the store, and the best result per scenario so far

void App::open_store() {
#ifdef LAB_HAVE_STORE
    std::string notice;
    m_store = Store::open(m_cfg.data_dir, &notice);
    if (!notice.empty()) m_notice = notice;
    if (!m_store) return;
    // The best result per scenario so far, from the finished attempts.
    try {
        AttemptFilter f;
        f.status = AttemptStatus::Finished;
        for (const AttemptSummary& a : m_store->attempts(f)) {
            if (!a.grade) continue;
            Result r;
            r.grade = *a.grade;
            r.overall = a.overall;
            m_library.record_result(a.scenario, r);
        }
    } catch (const StoreError& e) {
        m_notice = e.what();
    }
    refresh_results();
#endif
}

// [SECTION] the resume offer

void App::refresh_results() {
    m_resume.reset();
    m_unfinished.clear();
    m_attempts_here = 0;
#ifdef LAB_HAVE_STORE
    if (!m_store) return;
    try {
        std::vector<AttemptSummary> open = m_store->unfinished(m_settings.student);
        for (const AttemptSummary& a : open)
            if (a.student == m_settings.student) m_unfinished.insert(a.scenario);
        if (entry_open()) {
            const LibraryEntry& e = m_library.entry(size_t(m_entry));
            if (!e.id.empty()) {
                m_resume = find_resume_offer(std::move(open), e.id, m_settings.student);
                m_attempts_here = int(lab::load_history(*m_store, e.id, m_settings.student, false).items.size());
            }
        }
    } catch (const StoreError& e) {
        m_notice = e.what();
    }
#endif
}

// Author mode records nothing, so it offers no student's attempt to resume.
const AttemptSummary* App::resume_offer() const { return m_resume && !m_author ? &m_resume->attempt : nullptr; }

void App::check_resume_offer() {
#ifdef LAB_HAVE_STORE
    if (!resume_offer() || m_resume->checked || !m_store || !entry_open()) return;
    const LibraryEntry& e = m_library.entry(size_t(m_entry));
    const bool can_start = !(e.broken() && !e.playable);
    const bool playable = !e.checking() && e.to_play();
    if (!can_start || !playable) return;
    try {
        check_resume(*m_resume, *m_store, e.to_play());
    } catch (const StoreError& x) {
        m_notice = x.what();
        m_resume->checked = true;
    }
#endif
}

bool App::resume() {
#ifdef LAB_HAVE_STORE
    if (!m_store || !m_resume || m_author || !entry_open()) return false;
    const LibraryEntry& e = m_library.entry(size_t(m_entry));
    if (e.checking() || !e.to_play()) return false;
    const ResumeOffer offer = *m_resume;
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
    new_attempt_views();
    m_resume.reset();
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
    m_resume.reset();
#ifdef LAB_HAVE_STORE
    if (!m_store || !entry_open()) return;
    const std::string& id = m_library.entry(size_t(m_entry)).id;
    try {
        for (const AttemptSummary& a : m_store->unfinished(m_settings.student))
            if (a.scenario == id && a.student == m_settings.student) m_store->abandon_attempt(a.id);
    } catch (const StoreError& x) {
        m_notice = x.what();
    }
#endif
}

bool App::asking_student() const { return m_screens->briefing.asking(); }

// [SECTION] history

void App::show_history() {
    if (!entry_open()) return;
    if (m_screen != Screen::History) m_history_return = m_screen;
    m_selected.clear();
    m_comparison.reset();
    load_history();
    m_screen = Screen::History;
}

void App::load_history() {
    m_history = History{};
#ifdef LAB_HAVE_STORE
    if (!m_store || !entry_open()) return;
    const std::string& id = m_library.entry(size_t(m_entry)).id;
    try {
        m_history = lab::load_history(*m_store, id, m_settings.student, m_history_all_names);
    } catch (const StoreError& e) {
        m_notice = e.what();
        return;
    }
    // Keep what is selected and still listed; with nothing chosen yet, put
    // the newest finished attempt next to the one before it.
    std::vector<int64_t> keep;
    for (int64_t s : m_selected)
        for (const HistoryItem& it : m_history.items)
            if (it.summary.id == s) keep.push_back(s);
    if (keep.empty()) {
        // The two newest finished attempts (else simply the two newest).
        for (const HistoryItem& it : m_history.items)
            if (it.summary.status == AttemptStatus::Finished && keep.size() < 2) keep.insert(keep.begin(), it.summary.id);
        if (keep.size() < 2 && m_history.items.size() >= 2) keep = {m_history.items[1].summary.id, m_history.items[0].summary.id};
    }
    m_selected.clear();
    m_comparison.reset();
    if (keep.size() == 2) compare(keep[0], keep[1]);
    else m_selected = keep;
#endif
}

void App::toggle_attempt(int64_t id) {
    auto it = std::find(m_selected.begin(), m_selected.end(), id);
    if (it != m_selected.end()) {
        m_selected.erase(it);
        m_comparison.reset();
        return;
    }
    std::vector<int64_t> next = m_selected;
    if (next.size() == 2) next.erase(next.begin());
    next.push_back(id);
    if (next.size() < 2 || !compare(next[0], next[1])) {
        m_selected = next;
        m_comparison.reset();
    }
}

bool App::compare(int64_t a, int64_t b) {
#ifdef LAB_HAVE_STORE
    if (!m_store || a == b) return false;
    try {
        auto ra = m_store->load_attempt(a), rb = m_store->load_attempt(b);
        if (!ra || !rb) return false;
        m_comparison = std::make_unique<Comparison>(compare_attempts(*ra, *rb, m_settings.lang));
    } catch (const StoreError& e) {
        m_notice = e.what();
        return false;
    }
    m_selected = {a, b};
    m_screens->history.show_where_paths_part();
    return true;
#else
    (void)a;
    (void)b;
    return false;
#endif
}

// [SECTION] the reflection

void App::save_reflection() {
    const std::string where = keep_reflection();
    if (!where.empty()) m_files.reflection = where;
}

std::string App::keep_reflection() {
    const Reflection& reflection = m_screens->debrief.reflection;
    const std::array<std::string, kReflectionPhases> asked = reflection_questions(m_strings);
    std::string problem;
#ifdef LAB_HAVE_STORE
    if (m_store && m_recorder && m_recorder->id() > 0) {
        try {
            ReflectionRecord rec;
            rec.written_ms = m_store->now_ms();
            for (int k = 0; k < kReflectionPhases; ++k) rec.answers.push_back({alact_id(AlactPhase(k)), asked[size_t(k)], reflection.answers[size_t(k)]});
            m_store->save_reflection(m_recorder->id(), rec);
            return m_store->path();
        } catch (const StoreError& e) {
            problem = e.what();  // fall back to a file of its own
        }
    }
#endif
    std::string path = lab::save_reflection(m_cfg.data_dir, *m_session, reflection, asked, m_settings.lang, &problem);
    if (path.empty()) m_notice = m_strings.fmt("reflection.not_saved", {problem});
    return path;
}

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
    if (!m_session) return "";
    const Reflection& reflection = m_screens->debrief.reflection;
    std::string problem;
    // The reflection goes into the report: keep what is written first.
    if (!reflection.empty()) save_reflection();
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
        if (!reflection.empty()) {
            rec->reflection.written_ms = now;
            const std::array<std::string, kReflectionPhases> asked = reflection_questions(m_strings);
            for (int k = 0; k < kReflectionPhases; ++k)
                rec->reflection.answers.push_back({alact_id(AlactPhase(k)), asked[size_t(k)], reflection.answers[size_t(k)]});
        }
    }
    const std::string dir = m_cfg.reports_dir.empty() ? portfolio_dir(m_cfg.data_dir) : m_cfg.reports_dir;
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    // The same attempt keeps its file: making it again replaces it.
    std::string& path = report ? m_files.report : m_files.exported;
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

void App::open_report(const std::string& path) {
    // The student's browser shows it (xdg-open); SDL 2.0.14 and later.
    std::string why = "SDL_OpenURL";
#if SDL_VERSION_ATLEAST(2, 0, 14)
    const std::string url = "file://" + path;
    if (SDL_OpenURL(url.c_str()) == 0) why.clear();
    else why = SDL_GetError();
#endif
    if (!why.empty()) m_notice = m_strings.fmt("results.not_opened", {why, path});
}

}  // namespace lab
