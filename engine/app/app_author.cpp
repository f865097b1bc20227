// Author mode (auteursmodus): the App's side of it. Opening a scenario by
// path, watching it, carrying the attempt over to each new version, and the
// author's moves (jump, play from here, inspector edits). The panel that
// shows all this is panel_author.cpp; the model is AuthorModel.
#include <filesystem>

#include "app.h"
#include "author_model.h"
#include "screens.h"
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
    std::error_code ec;
    const bool same = m_author && std::filesystem::equivalent(m_author->path(), path, ec);
    // The attempt goes on only when it is one of these files.
    const std::string playing = m_entry >= 0 ? m_library.entry(size_t(m_entry)).path : m_author_path;
    const bool keep = m_session && !playing.empty() && std::filesystem::equivalent(playing, path, ec);
    if (!same) {
        m_author = std::make_unique<AuthorModel>(path, m_cfg.background ? &m_worker : nullptr, m_settings.lang);
        m_screens->author.watch_new();
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
    m_author_path = path;
    m_screen = Screen::Conversation;
    author_update(m_now);  // inline loads are ready now
    return true;
}

void App::open_author_from_library(const std::string& path) {
    LibraryScreen& lib = m_screens->library;
    std::string error;
    if (open_author(path, &error)) {
        lib.open_error.clear();
        lib.open_field = false;
    } else {
        lib.open_error = error;
    }
}

void App::set_author_mode(bool on) {
    if (!on) {
        m_author.reset();
        return;
    }
    // The open scenario: the library entry, else the file last watched.
    const std::string path = entry_open() ? m_library.entry(size_t(m_entry)).path : m_author_path;
    if (m_author || path.empty()) return;
    const Screen back = m_screen;
    std::string error;
    if (open_author(path, &error) && back != Screen::Conversation && back != Screen::Library) m_screen = back;
}

void App::author_check_files() {
    if (!m_author) return;
    m_author->check_now();
    author_update(m_now);
}

void App::author_update(double now) {
    if (!m_author) return;
    m_author->poll(now);
    if (!m_author->reload_ready()) return;
    const bool had_session = m_session != nullptr;
    AuthorModel::Adopted a = m_author->adopt(m_session.get());
    if (!a.loaded) {
        m_screens->author.show(AuthorPanel::Tab::Messages);  // show what is wrong; the old version plays on
        return;
    }
    // The library shows the new version too (title, diagnostics).
    const int at = m_library.find_path(m_author->path());
    if (at >= 0) m_library.apply(size_t(at), m_author->latest());
    m_screens->author.replay_problem = a.problem;
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
    m_screens->author.selected = id;
    m_screen = Screen::Conversation;
    on_session_changed();
    return true;
}

bool App::play_from_here(const std::string& id) {
    if (!m_author || !m_author->scenario()) return false;
    std::shared_ptr<const Scenario> sc = m_author->scenario();
    const TargetRef t = sc->find_target(id);
    if (!t) return false;
    new_attempt_views();
    m_screens->author.selected = id;
    author_take(Session::starting_at(sc, m_seed, t));
    m_screen = Screen::Conversation;
    return true;
}

bool App::author_edit(const std::function<void(Session&)>& edit) {
    if (!m_author || !m_session || m_session->phase() == Phase::Failed) return false;
    edit(*m_session);
    on_session_changed();
    return true;
}

bool App::author_set_meter(const std::string& id, double value) {
    const int i = m_session ? m_session->scenario().meter_index(id) : -1;
    return i >= 0 && author_edit([&](Session& s) { s.author_set_meter(i, value); });
}

bool App::author_set_flag(const std::string& name, const FlagValue& value) {
    return !name.empty() && author_edit([&](Session& s) { s.author_set_flag(name, value); });
}

void App::show_author_panel(const std::string& tab) {
    AuthorPanel& a = m_screens->author;
    if (tab == "graph") a.tab = AuthorPanel::Tab::Graph;
    else if (tab == "state") a.tab = AuthorPanel::Tab::State;
    else if (tab == "messages") a.tab = AuthorPanel::Tab::Messages;
    a.tab_requested = true;
}

const std::string& App::author_replay_problem() const { return m_screens->author.replay_problem; }

bool App::author_node_on_screen(const std::string& id, float& x, float& y) const {
    const auto& drawn = m_screens->author.drawn;
    auto it = drawn.find(id);
    if (it == drawn.end()) return false;
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
