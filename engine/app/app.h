// App: the student's desktop app as one object: which screen is showing,
// the attempt being played, navigation, the results store, author mode, and
// view preferences. The model lives in the engine (Session, Scenario), in
// LibraryModel and AuthorModel, and in the results store; each frame a
// screen (screen_*.h) draws from it, read-only, and returns commands
// (command.h), which App::apply carries out in one place.
//
// The class is written in three files: app.cpp (the loop, navigation, the
// attempt, the commands), app_results.cpp (the results store: resume,
// history, portfolio files) and app_author.cpp (author mode). The entry
// points the CLI calls, run_app and take_shot, are at the end of this
// header (app_main.cpp). This header has no SDL or ImGui; Platform
// (platform.h) owns the window and calls frame() between ImGui's NewFrame
// and Render.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "command.h"
#include "core/session.h"
#include "debrief_model.h"
#include "history_model.h"
#include "library_model.h"
#include "portfolio_files.h"
#include "settings.h"
#include "ui_strings.h"
#include "worker.h"

namespace lab {

struct AppConfig {
    std::string scenarios_dir;   // the library ("" = none)
    std::string lang;            // "" = from the settings, else nl|en
    std::string settings_path;   // "" = neither read nor write settings
    std::string data_dir;        // results and reflections ("" = data_dir())
    bool record = true;          // record attempts in the results store in data_dir
    bool background = true;      // slow work on a worker thread (false: inline)
    bool live = true;            // real time: countdowns run, portraits blend
    std::string reports_dir;     // where the debrief's report and export go ("" = portfolio_dir(data_dir))
};

struct Screens;  // the screens' own state (screens.h)
class AttemptRecorder;
class AuthorModel;
struct ConversationLook;
struct ViewContext;

class App {
public:
    explicit App(AppConfig cfg);
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    // [SECTION] the loop
    // Draws the current screen and carries out what it asked for; `now` is
    // the time in seconds (any origin, increasing). Must run between
    // ImGui::NewFrame() and ImGui::Render().
    void frame(double now);
    // Seconds until the app needs another frame without input (a countdown,
    // an animation); a negative value when it can sleep until the next event.
    double next_wakeup(double now) const;
    // True once after the text size changed: the font atlas must be rebuilt
    // (outside a frame).
    bool take_fonts_dirty();
    bool quit_requested() const { return m_quit; }
    void request_quit() { m_quit = true; }
    // Called (on a worker thread) when background results wait for a frame.
    void set_waker(std::function<void()> wake);
    // Turns an image file into a texture for portraits (null when it cannot).
    void set_texture_loader(std::function<void*(const std::string& path)> load);
    // Blocks until background work is done and its results are applied.
    void wait_for_background();
    // Carries out commands, in order, as if a screen had given them.
    void apply(const Commands& commands);

    // [SECTION] navigation (also used by `shot` and the tests)
    void show_library();
    // The briefing of library entry `i`; false when there is no such entry.
    bool open_entry(size_t i);
    // The briefing of the scenario at `path` (added to the library if new).
    bool open_path(const std::string& path);
    // Starts an attempt at the open scenario and shows the conversation.
    bool start(Mode mode, uint64_t seed = 1);
    // Plays picks as `run --choices` does ("1,2,t"); advances through nodes
    // without choices first. False with `error` when a pick does not fit.
    bool play(const std::string& picks, std::string* error);
    // Back to just before turn `turn` of the attempt; shows the conversation.
    void rewind(int turn);
    // A new attempt at the same scenario in the same mode.
    void restart();
    void show_briefing();
    void show_conversation();
    void show_debrief();
    void show_settings();

    // [SECTION] state
    Screen screen() const { return m_screen; }
    Mode mode() const { return m_mode; }
    const Session* session() const { return m_session.get(); }
    const LibraryModel& library() const { return m_library; }
    int entry() const { return m_entry; }
    const Settings& settings() const { return m_settings; }
    // Applies new settings (language, text size, contrast) and saves them.
    void set_settings(const Settings& s);
    // Window size to remember (saved with the settings).
    void set_window_size(int w, int h, bool maximized);
    // Writes the settings to the settings file (when there is one).
    void persist_settings();
    const UiStrings& strings() const { return m_strings; }
    const std::string& lang() const { return m_settings.lang; }
    // The message of the last problem shown to the student ("" = none).
    const std::string& notice() const { return m_notice; }
    // True when attempts are recorded in the results store.
    bool recording() const { return m_store != nullptr; }
    // The best path of the open debrief has been found (tests, shots).
    bool best_path_ready() const { return m_best.done(); }
    void reveal_best_path();

    // [SECTION] results: resume, history, portfolio (need the results store)
    // The unfinished attempt of the open scenario by this student (alias in
    // the settings), which the briefing offers to resume; null when none.
    const AttemptSummary* resume_offer() const;
    // Continues the offered attempt in its own mode and seed (resume_attempt);
    // when the scenario changed, in a new attempt, with a notice saying why.
    bool resume();
    // Sets the offered attempt aside (abandoned, kept), with any older
    // unfinished one of this scenario by this student, and starts a new one.
    bool start_over();
    // The student is being asked for a name or alias (first start).
    bool asking_student() const;
    // The history of the open scenario; back returns to the current screen.
    void show_history();
    // Shows attempts `a` and `b` (store ids) side by side in the history.
    bool compare(int64_t a, int64_t b);
    // The two attempts side by side in the history; null when not two selected.
    const Comparison* comparison() const { return m_comparison.get(); }
    // The store id of the attempt being played (0 when not recorded).
    int64_t attempt_id() const;
    // Writes the open attempt's portfolio report (HTML, with the reflection:
    // saved first) or its JSON export to the reports folder; returns the
    // path, or "" with the reason in notice().
    std::string write_report();
    std::string write_export();

    // [SECTION] author mode (auteursmodus: app_author.cpp, panel_author.cpp)
    // A lecturer's view of a scenario being written, beside the conversation:
    // reload on save (keeping the path), diagnostics, graph, state inspector.
    // Attempts played in author mode are never recorded (results store, best
    // result), also after author mode is switched off again.
    //
    // Opens the scenario file or folder at `path` (anywhere) in author mode
    // and shows the conversation; an attempt starts once a version loads.
    // False with `error` when `path` is not a scenario file or folder.
    bool open_author(const std::string& path, std::string* error);
    // On: author mode for the open scenario (the running attempt continues
    // on the watched version). Off: back to the student's view.
    void set_author_mode(bool on);
    bool author_mode() const { return m_author != nullptr; }
    const AuthorModel* author() const { return m_author.get(); }
    // Looks at the files now instead of at the next poll (tests).
    void author_check_files();
    // Jump to node or ending `id` keeping the state (clicking it in the
    // graph); "play from here": a fresh attempt beginning at `id`. False
    // when there is no such id or nothing is being played.
    bool author_jump(const std::string& id);
    bool play_from_here(const std::string& id);
    // Inspector edits of the running attempt (false when not possible).
    bool author_set_meter(const std::string& id, double value);
    bool author_set_flag(const std::string& name, const FlagValue& value);
    // The graph panel's tab: "graph", "state" or "messages" (shots, tests).
    void show_author_panel(const std::string& tab);
    // Where the last reload's replay stopped early ("" = it all fitted, or
    // the notice was closed).
    const std::string& author_replay_problem() const;
    // Where node `id` was drawn in the last frame (screen pixels, centre);
    // false when it was not visible.
    bool author_node_on_screen(const std::string& id, float& x, float& y) const;

private:
    // [SECTION] drawing and commands (app.cpp)
    Commands draw_screen(const ViewContext& cx);
    Commands draw_conversation(const ViewContext& cx);
    void carry_out(const Command& c);
    ConversationLook conversation_look() const;
    std::string tr_scn(const LocalText& t) const;  // a scenario text in the student's language
    bool entry_open() const { return m_entry >= 0 && size_t(m_entry) < m_library.size(); }

    // [SECTION] the attempt (app.cpp)
    void choose(int pos);
    void advance();
    void timeout();
    void begin(bool start_over);  // start (over), asking the name first when it is not known
    void back();                  // from settings or history to where they were opened
    void on_session_changed();
    void new_attempt_views();     // what the screens showed of the previous attempt goes
    void record_if_ended();
    void start_best_path();

    // [SECTION] setup (app.cpp)
    void apply_language();
    void check_library_in_background();

    // [SECTION] results (app_results.cpp)
    void open_store();
    void refresh_results();       // the resume offer and library marks, from the store
    void check_resume_offer();    // whether the offered attempt still fits the scenario (once)
    void load_history();          // the history of the open scenario, from the store
    void toggle_attempt(int64_t id);
    void set_aside_unfinished();  // marks this student's unfinished attempts of the open scenario abandoned
    void save_reflection();
    // Saves the reflection (results store, else a JSON file); returns where, or "".
    std::string keep_reflection();
    std::string write_portfolio_file(bool report);
    void open_report(const std::string& path);

    // [SECTION] author mode (app_author.cpp)
    void author_update(double now);  // each frame: watch the files, adopt a reload
    bool author_beside() const;      // the author panel shows beside the screen (the conversation)
    void author_take(std::unique_ptr<Session> s);  // an author move's new attempt
    // An inspector edit of the running attempt; false (nothing done) when
    // not in author mode, nothing is played, or the attempt failed.
    bool author_edit(const std::function<void(Session&)>& edit);
    void open_author_from_library(const std::string& path);

    AppConfig m_cfg;
    Settings m_settings;
    UiStrings m_strings;
    LibraryModel m_library;
    Screen m_screen = Screen::Library;
    Screen m_settings_return = Screen::Library;
    Screen m_history_return = Screen::Briefing;
    Mode m_mode = Mode::Practice;
    int m_entry = -1;
    std::shared_ptr<const Scenario> m_scenario;
    std::unique_ptr<Session> m_session;
    uint64_t m_seed = 1;
    bool m_recorded = false;
    bool m_fonts_dirty = false;
    bool m_quit = false;
    bool m_style_dirty = true;
    bool m_message_lang_pending = false;  // the message language changes once the worker is idle
    double m_now = 0;
    std::string m_notice;
    BestPathSearch m_best;                        // of the open scenario and seed (the debrief)

    // The results store and what was read from it.
    std::unique_ptr<Store> m_store;               // null: not recording
    std::unique_ptr<AttemptRecorder> m_recorder;  // the attempt being played
    std::optional<ResumeOffer> m_resume;          // for the open entry (briefing)
    std::set<std::string> m_unfinished;           // scenarios with an attempt to resume (library cards)
    int m_attempts_here = 0;                      // the student's attempts of the open entry (briefing)
    History m_history;                            // of the open scenario
    bool m_history_all_names = false;
    std::vector<int64_t> m_selected;              // up to two attempts to compare (store ids)
    std::unique_ptr<Comparison> m_comparison;     // of `m_selected`
    AttemptFiles m_files;                         // written for the attempt being played

    std::unique_ptr<Screens> m_screens;
    Worker m_worker;
    std::unique_ptr<AuthorModel> m_author;        // null: not in author mode (goes before the worker)
    std::string m_author_path;                    // the file or folder last opened in author mode
};

// [SECTION] entry points the CLI calls (app_main.cpp)

struct AppOptions {
    std::string scenarios_dir;  // the library shown
    std::string lang;           // "" = from settings, else nl|en
    std::string data_dir;       // "" = XDG data directory
    std::string author;         // a scenario file or folder to open in author mode ("" = none)
};

// Opens the app window and runs until closed. Returns the exit status; with
// no display it prints why (suggesting `gesprekslab play`) and returns 1.
int run_app(const AppOptions& opt);

struct ShotOptions {
    std::string path;        // scenario
    std::string choices;     // "1,2,t"
    uint64_t seed = 1;
    std::string screen;      // library|briefing|conversation|debrief|settings|history
    int width = 1280, height = 800;
    std::string lang = "nl";
    std::string scenarios_dir;  // for the library screen
    std::string out;         // PNG path
    std::string data_dir;    // a results store to show (history, resume offer); "" = none. Read from a copy, never changed
    std::string student;     // the student's name or alias in the app's settings
    bool author = false;     // in author mode (the author panel beside the screen)
    std::string panel;       // author panel tab: graph|state|messages ("" = graph)
};

// Renders one screen off-screen to a PNG. Returns 0, or 1 with a message on stderr.
int take_shot(const ShotOptions& opt);

}  // namespace lab
