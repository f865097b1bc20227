// App: the loop, navigation, the attempt, and the commands the screens give.
#include "app.h"

#include <SDL.h>

#include <algorithm>
#include <stdexcept>
#include <type_traits>

#include "author_model.h"
#include "core/i18n.h"
#include "core/picks.h"
#include "fonts.h"
#include "screens.h"
#include "theme.h"
#include "widgets.h"
#ifdef LAB_HAVE_STORE
#include "store/recorder.h"
#include "store/store.h"
#endif

namespace lab {

// [SECTION] screens by name

const char* screen_id(Screen s) {
    switch (s) {
        case Screen::Library: return "library";
        case Screen::Briefing: return "briefing";
        case Screen::Conversation: return "conversation";
        case Screen::Debrief: return "debrief";
        case Screen::Settings: return "settings";
        case Screen::History: return "history";
    }
    return "library";
}

std::optional<Screen> parse_screen(const std::string& id) {
    for (Screen s : {Screen::Library, Screen::Briefing, Screen::Conversation, Screen::Debrief, Screen::Settings, Screen::History})
        if (id == screen_id(s)) return s;
    return std::nullopt;
}

// [SECTION] construction

App::App(AppConfig cfg) : m_cfg(std::move(cfg)), m_screens(std::make_unique<Screens>()) {
    if (!m_cfg.settings_path.empty()) {
        std::string problem;
        m_settings = load_settings(m_cfg.settings_path, &problem);
        if (!problem.empty()) m_notice = problem;
    }
    if (m_cfg.lang == "nl" || m_cfg.lang == "en") m_settings.lang = m_cfg.lang;
    if (m_cfg.data_dir.empty()) m_cfg.data_dir = data_dir();
    apply_language();
    if (m_cfg.record) open_store();
    if (!m_cfg.scenarios_dir.empty()) {
        if (m_cfg.background) {
            m_library.scan(m_cfg.scenarios_dir);
            check_library_in_background();
        } else {
            m_library.load(m_cfg.scenarios_dir);
        }
    }
}

App::~App() = default;

void App::set_waker(std::function<void()> wake) { m_worker.set_wake(std::move(wake)); }

void App::set_texture_loader(std::function<void*(const std::string&)> load) { m_screens->textures.set_loader(std::move(load)); }

void App::wait_for_background() { m_worker.wait_idle(); }

void App::check_library_in_background() {
    for (size_t i = 0; i < m_library.size(); ++i) {
        if (!m_library.entry(i).checking()) continue;
        std::string path = m_library.entry(i).path;
        m_worker.post(
            [this, i, path]() -> Worker::Completion {
                auto loaded = std::make_shared<Loaded>(LibraryModel::check(path));
                return [this, i, path, loaded]() {
                    if (i < m_library.size() && m_library.entry(i).path == path) m_library.apply(i, std::move(*loaded));
                };
            },
            "check:" + path);
    }
}

void App::apply_language() {
    std::string problem;
    if (!m_strings.load(assets_dir() + "/ui", m_settings.lang, &problem) && m_notice.empty()) m_notice = problem;
    // Diagnostics are written in the message language; it is a global, so it
    // changes only while no scenario is being loaded on the worker.
    m_message_lang_pending = true;
}

void App::persist_settings() {
    if (m_cfg.settings_path.empty()) return;
    std::string problem;
    if (!lab::save_settings(m_settings, m_cfg.settings_path, &problem)) m_notice = m_strings.fmt("notice.settings_not_saved", {problem});
}

void App::set_settings(const Settings& s) {
    const Settings old = m_settings;
    m_settings = s;
    if (s.lang != old.lang) apply_language();
    if (s.text_size != old.text_size) m_fonts_dirty = true;
    if (s.high_contrast != old.high_contrast || s.text_size != old.text_size) m_style_dirty = true;
    persist_settings();
    if (s.student != old.student) refresh_results();
}

void App::set_window_size(int w, int h, bool maximized) {
    if (w >= 320 && h >= 240 && !maximized) {
        m_settings.window_width = w;
        m_settings.window_height = h;
    }
    m_settings.window_maximized = maximized;
}

bool App::take_fonts_dirty() {
    bool d = m_fonts_dirty;
    m_fonts_dirty = false;
    if (d) m_style_dirty = true;
    return d;
}

std::string App::tr_scn(const LocalText& t) const {
    if (!m_scenario) return t.get(m_settings.lang, "nl");
    return interpolate_text(*m_scenario, t.get(m_settings.lang, m_scenario->language), m_settings.lang);
}

// [SECTION] navigation

void App::show_library() {
    m_screen = Screen::Library;
    refresh_results();
}

bool App::open_entry(size_t i) {
    if (i >= m_library.size()) return false;
    // Author mode belongs to the watched files: another scenario ends it.
    if (m_author && m_library.find_path(m_author->path()) != int(i)) m_author.reset();
    m_entry = int(i);
    m_scenario = m_library.entry(i).to_play();
    // The student waits for this one: check it next.
    if (m_library.entry(i).checking()) m_worker.promote("check:" + m_library.entry(i).path);
    m_session.reset();
    m_screen = Screen::Briefing;
    refresh_results();
    return true;
}

bool App::open_path(const std::string& path) {
    int i = m_library.find_path(path);
    if (i < 0 || (!m_cfg.background && m_library.entry(size_t(i)).checking())) i = int(m_library.add(path));
    return open_entry(size_t(i));
}

bool App::start(Mode mode, uint64_t seed) {
    if (m_author) {
        // Author mode plays the newest version of the watched files that loaded.
        if (!m_author->scenario()) return false;
        m_scenario = m_author->scenario();
    } else {
        if (!entry_open()) return false;
        const LibraryEntry& e = m_library.entry(size_t(m_entry));
        if (e.checking() || !e.to_play()) return false;
        m_scenario = e.to_play();
    }
    m_mode = mode;
    m_seed = seed;
    m_session = std::make_unique<Session>(m_scenario, seed);
    m_recorded = false;
#ifdef LAB_HAVE_STORE
    m_recorder.reset();
    if (m_store && !m_author) {  // author mode records nothing
        AttemptOptions o;
        o.mode = mode;
        o.lang = m_settings.lang;
        o.student = m_settings.student;
        m_recorder = std::make_unique<AttemptRecorder>(*m_store, *m_session, o);
    }
#endif
    new_attempt_views();
    m_screen = Screen::Conversation;
    on_session_changed();
    return true;
}

bool App::play(const std::string& text, std::string* error) {
    if (!m_session) {
        if (error) *error = "no attempt started";
        return false;
    }
    std::vector<Pick> picks;
    std::string why;
    if (!parse_picks(text, picks, why) || !play_picks(*m_session, picks, why)) {
        if (error) *error = why;
        on_session_changed();
        return false;
    }
    on_session_changed();
    return true;
}

void App::rewind(int turn) {
    if (!m_session || turn < 0 || turn >= m_session->turns()) return;
    m_session->rewind(turn);
    m_recorded = false;
    m_screen = Screen::Conversation;
    on_session_changed();
}

void App::restart() {
    if (!start(m_mode, m_seed)) show_library();
}

void App::show_briefing() {
    m_screen = m_entry >= 0 ? Screen::Briefing : Screen::Library;
    refresh_results();
}

void App::show_conversation() { m_screen = m_session ? Screen::Conversation : Screen::Library; }

void App::show_debrief() {
    if (!m_session) return;
    m_screen = Screen::Debrief;
    m_screens->debrief.scroll_top = true;
    record_if_ended();
    start_best_path();
}

void App::show_settings() {
    if (m_screen != Screen::Settings) m_settings_return = m_screen;
    m_screen = Screen::Settings;
}

void App::back() {
    if (m_screen == Screen::Settings) {
        m_screen = m_settings_return == Screen::Settings ? Screen::Library : m_settings_return;
    } else if (m_screen == Screen::History) {
        if (m_history_return == Screen::Debrief && m_session) show_debrief();
        else show_briefing();
    }
}

void App::begin(bool start_over) {
    if (m_store && m_settings.student.empty() && !m_settings.student_asked) {
        // Once: under which name are the results kept?
        m_screens->briefing.ask_name(start_over);
    } else if (start_over) {
        this->start_over();
    } else {
        start(m_mode, m_seed);
    }
}

void App::reveal_best_path() { m_screens->debrief.best_revealed = true; }

// [SECTION] the attempt

void App::choose(int pos) {
    if (!m_session || m_session->phase() != Phase::Choosing) return;
    if (pos < 0 || size_t(pos) >= m_session->current().arrival.offered.size()) return;
    m_session->choose(pos);
    on_session_changed();
}

void App::advance() {
    if (!m_session || m_session->phase() != Phase::Talking) return;
    m_session->advance();
    on_session_changed();
}

void App::timeout() {
    if (!m_session || m_session->phase() != Phase::Choosing || !m_session->has_timeout()) return;
    m_session->timeout();
    on_session_changed();
}

void App::on_session_changed() {
    m_screens->conversation.follow_newest();
#ifdef LAB_HAVE_STORE
    // Every action goes to the store as it happens (a failed write stays
    // pending and goes with the next one).
    if (m_recorder && m_session && !m_session->author_edited()) m_recorder->sync(*m_session);
#endif
    record_if_ended();
}

void App::new_attempt_views() {
    m_screens->conversation.new_attempt();
    m_screens->debrief.new_attempt();
    m_files = AttemptFiles{};
}

void App::record_if_ended() {
    if (!m_session || m_recorded || m_session->phase() != Phase::Ended) return;
    if (m_author || m_session->author_edited()) return;  // not a student's attempt
    m_library.record_result(m_session->scenario().id, m_session->result());
    m_recorded = true;
}

// [SECTION] best path (found once per scenario and seed)

void App::start_best_path() {
    BestPathSearch& b = m_best;
    if (!m_scenario) return;
    if (b.scenario == m_scenario.get() && b.seed == m_seed && b.state != BestPathSearch::State::Idle) return;
    b.scenario = m_scenario.get();
    b.seed = m_seed;
    b.state = BestPathSearch::State::Running;
    b.best = BestPath{};
    b.played.reset();
    const std::string path = m_author ? m_author->path() : m_library.entry(size_t(m_entry)).path;
    const std::vector<double> maxima = m_scenario->competency_max;
    const uint64_t seed = m_seed;
    const void* key = m_scenario.get();
    // Explores a private load of the scenario: the UI's script host stays
    // with the UI thread.
    auto job = [path, maxima, seed]() {
        LoadOptions o;
        o.analyse = false;
        Loaded l = load_scenario(path, o);
        auto sc = l.scenario ? l.scenario : l.playable;
        auto out = std::make_shared<BestPath>();
        if (sc) *out = find_best_path(*sc, maxima, seed);
        return out;
    };
    auto finish = [this, key, seed](std::shared_ptr<BestPath> best) {
        BestPathSearch& b = m_best;
        if (b.scenario != key || b.seed != seed) return;
        b.best = *best;
        if (!best->found || !m_scenario) {
            b.state = BestPathSearch::State::Failed;
            return;
        }
        b.played = std::make_unique<Session>(m_scenario, seed);
        std::vector<Pick> picks;
        std::string why;
        if (!parse_picks(picks_text(best->picks), picks, why) || !play_picks(*b.played, picks, why)) {
            b.state = BestPathSearch::State::Failed;
            return;
        }
        b.state = BestPathSearch::State::Ready;
    };
    if (m_cfg.background) {
        m_worker.post([job, finish]() -> Worker::Completion {
            auto best = job();
            return [finish, best]() { finish(best); };
        });
    } else {
        finish(job());
    }
}

// [SECTION] the loop

double App::next_wakeup(double now) const {
    const ConversationScreen& conv = m_screens->conversation;
    double wake = -1;
    auto sooner = [&](double s) { wake = wake < 0 ? s : std::min(wake, s); };
    if (conv.scroll_frames > 0) sooner(0);
    if (m_cfg.live && conv.portrait.blending(now)) sooner(1.0 / 60.0);
    if (m_cfg.live && m_screen == Screen::Conversation && m_session && m_session->has_timeout() && !conv.confirm_stop)
        sooner(1.0 / 8.0);  // the countdown bar moves; 8 frames a second is smooth enough
    if (m_author) sooner(0.3);  // author mode looks at the scenario's files a few times a second
    return wake;
}

void App::frame(double now) {
    m_now = now;
    ui::begin_frame();
    m_worker.poll();
    if (m_author) author_update(now);
    // F2: author mode on or off for the open scenario.
    if (ImGui::IsKeyPressed(SDL_SCANCODE_F2, false) && m_screen != Screen::Library && m_screen != Screen::Settings) set_author_mode(!m_author);
    if (m_message_lang_pending && !m_worker.busy()) {
        set_message_language(m_settings.lang);
        m_message_lang_pending = false;
    }
    if (m_style_dirty) {
        apply_theme(m_settings.high_contrast, fonts().px);
        m_style_dirty = false;
    }
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                             ImGuiWindowFlags_NoBringToFrontOnFocus;
    if (m_screen == Screen::Conversation || author_beside()) flags |= ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
    const ViewContext cx{m_strings, m_settings.lang, now, m_cfg.live, m_screens->textures};
    Commands commands;
    {
        // One window per screen, so each keeps its own scroll position.
        const std::string window = std::string("##screen-") + screen_id(m_screen);
        ui::Id id(screen_id(m_screen));
        ImGui::Begin(window.c_str(), nullptr, flags);
        commands = draw_screen(cx);
        append(commands, draw_notice(m_notice, cx));
        ImGui::End();
    }
    apply(commands);
    ConversationScreen& conv = m_screens->conversation;
    if (conv.scroll_frames > 0) --conv.scroll_frames;
}

// The screen showing, or (author mode) the conversation beside the author panel.
Commands App::draw_screen(const ViewContext& cx) {
    Screens& sc = *m_screens;
    if (author_beside()) {
        const AuthorPanel::Model m{*m_author, m_session.get()};
        return sc.author.draw_beside(m, cx, [&] { return draw_conversation(cx); });
    }
    switch (m_screen) {
        case Screen::Library: return sc.library.draw(m_library, m_unfinished, cx);
        case Screen::Briefing: {
            if (!entry_open()) return {Command::Show{Screen::Library}};
            check_resume_offer();
            const BriefingScreen::Model m{m_library.entry(size_t(m_entry)), m_mode, m_resume, m_attempts_here, m_author != nullptr};
            return sc.briefing.draw(m, cx);
        }
        case Screen::Conversation: return draw_conversation(cx);
        case Screen::Debrief: {
            if (!m_session) return {Command::Show{Screen::Library}};
            const std::string title = tr_scn(m_session->scenario().title);
            const DebriefScreen::Model m{*m_session, title, m_best, m_files, m_store != nullptr};
            return sc.debrief.draw(m, cx);
        }
        case Screen::Settings: return sc.settings.draw(m_settings, m_cfg.settings_path, cx);
        case Screen::History: {
            if (!entry_open()) return {Command::Show{Screen::Library}};
            const HistoryScreen::Model m{m_library.entry(size_t(m_entry)), m_settings.student, m_store != nullptr, m_history, m_history_all_names,
                                         m_selected, m_comparison.get()};
            return sc.history.draw(m, cx);
        }
    }
    return {};
}

// The countdown first (a timeout moves the attempt on before it is drawn),
// then the conversation.
Commands App::draw_conversation(const ViewContext& cx) {
    if (!m_session) return {Command::Show{Screen::Library}};
    ConversationScreen& conv = m_screens->conversation;
    if (std::optional<Command> ran_out = conv.tick(*m_session, cx.now, cx.live)) carry_out(*ran_out);
    return conv.draw(*m_session, conversation_look(), tr_scn(m_session->scenario().title), cx);
}

ConversationLook App::conversation_look() const {
    ConversationLook look;
    look.mode = m_mode;
    look.feedback = look.rewind = m_mode == Mode::Practice;
    look.author = m_author != nullptr;
    return look;
}

// [SECTION] commands

void App::apply(const Commands& commands) {
    for (const Command& c : commands) carry_out(c);
}

void App::carry_out(const Command& command) {
    std::visit(
        [this](const auto& c) {
            using T = std::decay_t<decltype(c)>;
            // The attempt.
            if constexpr (std::is_same_v<T, Command::Choose>) choose(c.pos);
            else if constexpr (std::is_same_v<T, Command::Advance>) advance();
            else if constexpr (std::is_same_v<T, Command::Timeout>) timeout();
            else if constexpr (std::is_same_v<T, Command::Rewind>) rewind(c.turn);
            else if constexpr (std::is_same_v<T, Command::Restart>) restart();
            else if constexpr (std::is_same_v<T, Command::SetMode>) m_mode = c.mode;
            else if constexpr (std::is_same_v<T, Command::Begin>) begin(c.start_over);
            else if constexpr (std::is_same_v<T, Command::StartAs>) {
                // The attempts to set aside are those under the name used so far.
                if (c.start_over) set_aside_unfinished();
                Settings next = m_settings;
                next.student = c.student;
                next.student_asked = true;
                set_settings(next);
                m_resume.reset();
                start(m_mode, m_seed);
            } else if constexpr (std::is_same_v<T, Command::Resume>) resume();
            // Navigation.
            else if constexpr (std::is_same_v<T, Command::Show>) {
                switch (c.screen) {
                    case Screen::Library: show_library(); break;
                    case Screen::Briefing: show_briefing(); break;
                    case Screen::Conversation: show_conversation(); break;
                    case Screen::Debrief: show_debrief(); break;
                    case Screen::Settings: show_settings(); break;
                    case Screen::History: show_history(); break;
                }
            } else if constexpr (std::is_same_v<T, Command::Back>) back();
            else if constexpr (std::is_same_v<T, Command::OpenEntry>) open_entry(c.index);
            else if constexpr (std::is_same_v<T, Command::OpenAuthor>) open_author_from_library(c.path);
            else if constexpr (std::is_same_v<T, Command::SetAuthorMode>) set_author_mode(c.on);
            // Results and settings.
            else if constexpr (std::is_same_v<T, Command::WriteReport>) write_report();
            else if constexpr (std::is_same_v<T, Command::WriteExport>) write_export();
            else if constexpr (std::is_same_v<T, Command::OpenReport>) open_report(c.path);
            else if constexpr (std::is_same_v<T, Command::SaveReflection>) save_reflection();
            else if constexpr (std::is_same_v<T, Command::ToggleAttempt>) toggle_attempt(c.id);
            else if constexpr (std::is_same_v<T, Command::ShowAllNames>) {
                m_history_all_names = c.all;
                load_history();
            } else if constexpr (std::is_same_v<T, Command::SetSettings>) set_settings(c.settings);
            else if constexpr (std::is_same_v<T, Command::CloseNotice>) m_notice.clear();
            // Author moves.
            else if constexpr (std::is_same_v<T, Command::AuthorJump>) author_jump(c.id);
            else if constexpr (std::is_same_v<T, Command::PlayFromHere>) play_from_here(c.id);
            else if constexpr (std::is_same_v<T, Command::AuthorSetMeter>) author_edit([&](Session& s) { s.author_set_meter(c.index, c.value); });
            else if constexpr (std::is_same_v<T, Command::AuthorSetScore>) author_edit([&](Session& s) { s.author_set_score(c.index, c.value); });
            else if constexpr (std::is_same_v<T, Command::AuthorSetFlag>) author_set_flag(c.name, c.value);
            else if constexpr (std::is_same_v<T, Command::AuthorClearFlag>) author_edit([&](Session& s) { s.author_clear_flag(c.name); });
            else if constexpr (std::is_same_v<T, Command::AuthorSetVisits>) author_edit([&](Session& s) { s.author_set_visits(c.target, c.count); });
            else static_assert(!sizeof(T), "a command App::apply does not carry out");
        },
        command.what);
}

}  // namespace lab
