#include "app_ui.h"

#include <SDL.h>

#include <algorithm>
#include <stdexcept>

#include "app_view.h"
#include "author_model.h"
#include "core/i18n.h"
#include "core/picks.h"
#include "fonts.h"
#include "theme.h"
#include "transcript.h"
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

App::App(AppConfig cfg) : m_cfg(std::move(cfg)), m_view(std::make_unique<View>()) {
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

std::string App::keep_reflection() {
    View& v = *m_view;
    std::array<std::string, kReflectionPhases> asked;
    for (int k = 0; k < kReflectionPhases; ++k) {
        const std::string phase = "reflection." + std::to_string(k + 1);
        asked[size_t(k)] = std::string(m_strings(phase.c_str())) + ": " + m_strings((phase + "q").c_str());
    }
    std::string problem;
#ifdef LAB_HAVE_STORE
    if (m_store && m_recorder && m_recorder->id() > 0) {
        try {
            ReflectionRecord rec;
            rec.written_ms = m_store->now_ms();
            for (int k = 0; k < kReflectionPhases; ++k)
                rec.answers.push_back({alact_id(AlactPhase(k)), asked[size_t(k)], v.reflection.answers[size_t(k)]});
            m_store->save_reflection(m_recorder->id(), rec);
            return m_store->path();
        } catch (const StoreError& e) {
            problem = e.what();  // fall back to a file of its own
        }
    }
#endif
    std::string path = save_reflection(m_cfg.data_dir, *m_session, v.reflection, asked, m_settings.lang, &problem);
    if (path.empty()) m_notice = m_strings.fmt("reflection.not_saved", {problem});
    return path;
}

void App::set_waker(std::function<void()> wake) { m_view->worker.set_wake(std::move(wake)); }

void App::set_texture_loader(std::function<void*(const std::string&)> load) { m_view->load_texture = std::move(load); }

void App::wait_for_background() { m_view->worker.wait_idle(); }

void App::check_library_in_background() {
    for (size_t i = 0; i < m_library.size(); ++i) {
        if (!m_library.entry(i).checking()) continue;
        std::string path = m_library.entry(i).path;
        m_view->worker.post(
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
    m_view->message_lang_pending = true;
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
    if (s.high_contrast != old.high_contrast || s.text_size != old.text_size) m_view->style_dirty = true;
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
    if (d) m_view->style_dirty = true;
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
    if (m_library.entry(i).checking()) m_view->worker.promote("check:" + m_library.entry(i).path);
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
        if (m_entry < 0 || size_t(m_entry) >= m_library.size()) return false;
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
    m_view->new_attempt();
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

void App::rewind(int turn) {
    if (!m_session || turn < 0 || turn >= m_session->turns()) return;
    m_session->rewind(turn);
    m_recorded = false;
    m_screen = Screen::Conversation;
    m_view->scroll_frames = 3;
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
    m_view->debrief_scroll_top = true;
    record_if_ended();
    start_best_path();
}

void App::show_settings() {
    if (m_screen != Screen::Settings) m_settings_return = m_screen;
    m_screen = Screen::Settings;
}

void App::on_session_changed() {
    m_view->scroll_frames = 3;
#ifdef LAB_HAVE_STORE
    // Every action goes to the store as it happens (a failed write stays
    // pending and goes with the next one).
    if (m_recorder && m_session && !m_session->author_edited()) m_recorder->sync(*m_session);
#endif
    record_if_ended();
}

void App::record_if_ended() {
    if (!m_session || m_recorded || m_session->phase() != Phase::Ended) return;
    if (m_author || m_session->author_edited()) return;  // not a student's attempt
    m_library.record_result(m_session->scenario().id, m_session->result());
    m_recorded = true;
}

// [SECTION] best path (found once per scenario and seed)

void App::start_best_path() {
    View& v = *m_view;
    if (!m_scenario) return;
    if (v.best_for == m_scenario.get() && v.best_seed == m_seed && v.best_state != View::Best::Idle) return;
    v.best_for = m_scenario.get();
    v.best_seed = m_seed;
    v.best_state = View::Best::Running;
    v.best = BestPath{};
    v.best_session.reset();
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
        View& v = *m_view;
        if (v.best_for != key || v.best_seed != seed) return;
        v.best = *best;
        if (!best->found || !m_scenario) {
            v.best_state = View::Best::Failed;
            return;
        }
        v.best_session = std::make_unique<Session>(m_scenario, seed);
        std::vector<Pick> picks;
        std::string why;
        if (!parse_picks(picks_text(best->picks), picks, why) || !play_picks(*v.best_session, picks, why)) {
            v.best_state = View::Best::Failed;
            return;
        }
        v.best_state = View::Best::Ready;
    };
    if (m_cfg.background) {
        v.worker.post([job, finish]() -> Worker::Completion {
            auto best = job();
            return [finish, best]() { finish(best); };
        });
    } else {
        finish(job());
    }
}

bool App::best_path_ready() const { return m_view->best_state == View::Best::Ready || m_view->best_state == View::Best::Failed; }

void App::reveal_best_path() { m_view->best_revealed = true; }

// [SECTION] the loop

double App::next_wakeup(double now) const {
    const View& v = *m_view;
    double wake = -1;
    auto sooner = [&](double s) { wake = wake < 0 ? s : std::min(wake, s); };
    if (v.scroll_frames > 0) sooner(0);
    if (m_cfg.live && v.blend_start >= 0 && now - v.blend_start < View::kBlendSeconds) sooner(1.0 / 60.0);
    if (m_cfg.live && m_screen == Screen::Conversation && m_session && m_session->has_timeout() && !v.confirm_stop)
        sooner(1.0 / 8.0);  // the countdown bar moves; 8 frames a second is smooth enough
    if (m_author) sooner(0.3);  // author mode looks at the scenario's files a few times a second
    return wake;
}

void App::frame(double now) {
    View& v = *m_view;
    v.now = now;
    ui::begin_frame();
    v.worker.poll();
    if (m_author) author_update(now);
    // F2: author mode on or off for the open scenario.
    if (ImGui::IsKeyPressed(SDL_SCANCODE_F2, false) && m_screen != Screen::Library && m_screen != Screen::Settings) set_author_mode(!m_author);
    if (v.message_lang_pending && !v.worker.busy()) {
        set_message_language(m_settings.lang);
        v.message_lang_pending = false;
    }
    if (v.style_dirty) {
        apply_theme(m_settings.high_contrast, fonts().px);
        v.style_dirty = false;
    }
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                             ImGuiWindowFlags_NoBringToFrontOnFocus;
    if (m_screen == Screen::Conversation || author_beside()) flags |= ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
    // One window per screen, so each keeps its own scroll position.
    const std::string window = std::string("##screen-") + screen_id(m_screen);
    ImGui::PushID(screen_id(m_screen));
    ImGui::Begin(window.c_str(), nullptr, flags);
    if (author_beside()) {
        draw_author_frame(now);  // the screen and the author panel side by side
    } else {
        switch (m_screen) {
            case Screen::Library: draw_library(); break;
            case Screen::Briefing: draw_briefing(); break;
            case Screen::Conversation: draw_conversation(now); break;
            case Screen::Debrief: draw_debrief(); break;
            case Screen::Settings: draw_settings(); break;
            case Screen::History: draw_history(); break;
        }
    }
    draw_notice();
    ImGui::End();
    ImGui::PopID();
    if (v.scroll_frames > 0) --v.scroll_frames;
}

void App::draw_notice() {
    if (m_notice.empty()) return;
    const Palette& p = palette();
    const ImGuiIO& io = ImGui::GetIO();
    const float e = em();
    const float w = std::min(io.DisplaySize.x - 2 * e, e * 40);
    ImGui::SetNextWindowPos(ImVec2((io.DisplaySize.x - w) * 0.5f, io.DisplaySize.y - e), ImGuiCond_Always, ImVec2(0, 1));
    ImGui::SetNextWindowSize(ImVec2(w, 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, p.mixed_soft);
    ImGui::PushStyleColor(ImGuiCol_Border, p.mixed);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, p.border_width);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, e * 0.6f);
    ImGui::Begin("##notice", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                                          ImGuiWindowFlags_NoFocusOnAppearing);
    ImGui::PushTextWrapPos(w - e * 8);
    ImGui::TextUnformatted(m_notice.c_str());
    ImGui::PopTextWrapPos();
    ImGui::SameLine(w - e * 6.5f);
    if (ui::button(m_strings("common.close"), ImVec2(e * 5, 0), ui::Tone::Quiet)) m_notice.clear();
    ImGui::End();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
}

// [SECTION] helpers shared by the screens

void* texture_for(View& v, const std::string& path) {
    if (path.empty() || !v.load_texture) return nullptr;
    auto it = v.textures.find(path);
    if (it != v.textures.end()) return it->second;
    void* t = v.load_texture(path);
    v.textures[path] = t;
    return t;
}

void portrait_widget(View& v, const Character& c, float size, Mood mood, bool live, ImU32 behind) {
    Expression e = expression_for(mood);
    if (mood != v.mood) {
        // Start a blend from what is showing now.
        Expression showing = expression_for(v.mood);
        if (v.blend_start >= 0 && v.now - v.blend_start < View::kBlendSeconds)
            showing = blend(v.from, showing, float((v.now - v.blend_start) / View::kBlendSeconds));
        v.from = showing;
        v.mood = mood;
        v.blend_start = live ? v.now : -1;
    }
    if (live && v.blend_start >= 0) {
        double t = (v.now - v.blend_start) / View::kBlendSeconds;
        if (t < 1) {
            float s = float(t * t * (3 - 2 * t));  // smoothstep
            e = blend(v.from, e, s);
        }
    }
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(size, size));
    void* tex = texture_for(v, c.portrait.image);
    draw_portrait(ImGui::GetWindowDrawList(), pos, size, c.portrait, e, behind, tex);
}

std::string mood_words(const UiStrings& s, Mood m) {
    std::string key = std::string("mood.") + mood_name(m);
    return s(key.c_str());
}

std::string level_words(const UiStrings& s, int level) {
    if (level <= 1) return s("level.1");
    if (level == 2) return s("level.2");
    return s("level.3");
}

std::string grade_words(const UiStrings& s, std::optional<Grade> grade) {
    if (!grade) return s("grade.none");
    std::string key = std::string("grade.") + grade_name(*grade);
    return s(key.c_str());
}

std::string outcome_words(const UiStrings& s, Outcome o) {
    std::string key = std::string("outcome.") + outcome_name(o);
    return s(key.c_str());
}

ImU32 outcome_color(Outcome o, bool soft) {
    const Palette& p = palette();
    switch (o) {
        case Outcome::Good: return soft ? p.good_soft : p.good;
        case Outcome::Mixed: return soft ? p.mixed_soft : p.mixed;
        case Outcome::Bad:
        case Outcome::Failed: return soft ? p.bad_soft : p.bad;
        case Outcome::Stuck:
        case Outcome::Unfinished: return soft ? p.neutral : p.text_muted;
    }
    return p.text_muted;
}

bool back_button(const char* label) {
    std::string l = std::string("\xE2\x86\x90  ") + label;  // ←
    return ui::button(l.c_str(), ImVec2(0, 0), ui::Tone::Quiet);
}

int digit_pressed() {
    if (ImGui::GetIO().WantTextInput) return 0;
    for (int k = 0; k < 9; ++k) {
        if (ImGui::IsKeyPressed(SDL_SCANCODE_1 + k, false)) return k + 1;
        if (ImGui::IsKeyPressed(SDL_SCANCODE_KP_1 + k, false)) return k + 1;
    }
    return 0;
}

bool escape_pressed() { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false); }

bool backspace_pressed() {
    return !ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace), false);
}

}  // namespace lab
