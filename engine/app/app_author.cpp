// Author mode (auteursmodus): the App's side of it. Opening a scenario by
// path, watching it, carrying the attempt over to each new version, and the
// author's moves (jump, play from here, inspector edits). The panel that
// shows all this is panel_author.cpp; the model is AuthorModel.
#include <filesystem>

#include "app_view.h"
#include "author_model.h"
#ifdef LAB_HAVE_STORE
#include "store/recorder.h"
#endif

namespace lab {

bool App::open_author(const std::string& path, std::string* error) {
    const std::string problem = author_path_problem(path);
    if (!problem.empty()) {
        if (error) *error = problem;
        return false;
    }
    View& v = *m_view;
    std::error_code ec;
    const bool same = m_author && std::filesystem::equivalent(m_author->path(), path, ec);
    // The attempt goes on only when it is one of these files.
    const std::string playing = m_entry >= 0 ? m_library.entry(size_t(m_entry)).path : v.author.last_path;
    const bool keep = m_session && !playing.empty() && std::filesystem::equivalent(playing, path, ec);
    if (!same) {
        m_author = std::make_unique<AuthorModel>(path, m_cfg.background ? &v.worker : nullptr, m_settings.lang);
        v.author.fit_pending = true;
        v.author.laid_out_for = -1;
        v.author.replay_problem.clear();
        v.author.selected.clear();
        v.author.followed.clear();
        v.author.seen_load = 0;
    }
#ifdef LAB_HAVE_STORE
    m_recorder.reset();  // author mode records nothing
#endif
    const int at = m_library.find_path(path);
    if (!keep) {
        m_session.reset();
        m_entry = at;
        m_mode = Mode::Practice;  // feedback and rewind while writing
    }
    v.author.last_path = path;
    m_screen = Screen::Conversation;
    author_update(v.now);  // inline loads are ready now
    return true;
}

void App::set_author_mode(bool on) {
    if (!on) {
        m_author.reset();
        return;
    }
    // The open scenario: the library entry, else the file last watched.
    const std::string path = m_entry >= 0 && size_t(m_entry) < m_library.size() ? m_library.entry(size_t(m_entry)).path : m_view->author.last_path;
    if (m_author || path.empty()) return;
    const Screen back = m_screen;
    std::string error;
    if (open_author(path, &error) && back != Screen::Conversation && back != Screen::Library) m_screen = back;
}

void App::author_check_files() {
    if (!m_author) return;
    m_author->check_now();
    author_update(m_view->now);
}

void App::author_update(double now) {
    if (!m_author) return;
    View& v = *m_view;
    m_author->poll(now);
    if (!m_author->reload_ready()) return;
    const bool had_session = m_session != nullptr;
    AuthorModel::Adopted a = m_author->adopt(m_session.get());
    if (!a.loaded) {
        v.author.tab = AuthorView::Tab::Messages;  // show what is wrong; the old version plays on
        v.author.tab_requested = true;
        return;
    }
    // The library shows the new version too (title, diagnostics).
    const int at = m_library.find_path(m_author->path());
    if (at >= 0) m_library.apply(size_t(at), m_author->latest());
    v.author.replay_problem = a.problem;
    if (a.session) {
        author_take(std::move(a.session));
    } else if (!had_session && m_screen == Screen::Conversation) {
        start(m_mode, m_seed);  // the first version that loads
    } else if (had_session) {
        m_scenario = m_author->scenario();
    }
}

void App::author_take(std::unique_ptr<Session> s) {
    if (!s) return;
#ifdef LAB_HAVE_STORE
    m_recorder.reset();
#endif
    m_session = std::move(s);
    m_scenario = m_session->scenario_ptr();
    m_recorded = false;
    m_view->scroll_frames = 3;
    // On the debrief: that of the new version (its best path worked out
    // again), or the conversation when the replayed path no longer ends.
    const bool over = m_session->phase() == Phase::Ended || m_session->phase() == Phase::Failed;
    if (m_screen != Screen::Debrief || !over) m_screen = Screen::Conversation;
    on_session_changed();
    if (m_screen == Screen::Debrief) start_best_path();
}

bool App::author_jump(const std::string& id) {
    if (!m_author || !m_session) return false;
    const TargetRef t = m_session->scenario().find_target(id);
    if (!t) return false;
    m_session->author_jump(t);
    m_view->author.selected = id;
    m_screen = Screen::Conversation;
    on_session_changed();
    return true;
}

bool App::play_from_here(const std::string& id) {
    if (!m_author || !m_author->scenario()) return false;
    std::shared_ptr<const Scenario> sc = m_author->scenario();
    const TargetRef t = sc->find_target(id);
    if (!t) return false;
    m_view->new_attempt();
    m_view->author.selected = id;
    author_take(Session::starting_at(sc, m_seed, t));
    m_screen = Screen::Conversation;
    return true;
}

bool App::author_set_meter(const std::string& id, double value) {
    if (!m_author || !m_session || m_session->phase() == Phase::Failed) return false;
    const int i = m_session->scenario().meter_index(id);
    if (i < 0) return false;
    m_session->author_set_meter(i, value);
    on_session_changed();
    return true;
}

bool App::author_set_flag(const std::string& name, const FlagValue& value) {
    if (!m_author || !m_session || m_session->phase() == Phase::Failed || name.empty()) return false;
    m_session->author_set_flag(name, value);
    on_session_changed();
    return true;
}

void App::show_author_panel(const std::string& tab) {
    AuthorView& a = m_view->author;
    if (tab == "graph") a.tab = AuthorView::Tab::Graph;
    else if (tab == "state") a.tab = AuthorView::Tab::State;
    else if (tab == "messages") a.tab = AuthorView::Tab::Messages;
    a.tab_requested = true;
}

const std::string& App::author_replay_problem() const { return m_view->author.replay_problem; }

bool App::author_node_on_screen(const std::string& id, float& x, float& y) const {
    auto it = m_view->author.drawn.find(id);
    if (it == m_view->author.drawn.end()) return false;
    x = it->second.x;
    y = it->second.y;
    return true;
}

bool App::author_beside() const {
    // The briefing and the debrief keep the whole window (their layouts need
    // the width); the briefing's toggle says author mode is on.
    return m_author && m_screen == Screen::Conversation;
}

}  // namespace lab
