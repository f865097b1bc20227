// AuthorModel: what author mode (auteursmodus) knows about the scenario
// being written: the live scenario (reloaded when its files are saved, the
// last good version kept while a new one has errors), the diagnostics of
// the newest load, the reachability of the version played, and its graph
// laid out for the author panel. No SDL or ImGui.
//
// Owned by App; every member function runs on the UI thread. Slow work
// (loading, running Graphviz) goes to the Worker given, or runs inline when
// there is none. Jobs work on their own copies; their completions check
// that the model still exists.
#pragma once
#include <memory>
#include <string>

#include "core/analysis.h"
#include "core/session.h"
#include "graph_layout.h"
#include "script/live_scenario.h"

namespace lab {

class Worker;

// "" when `path` can be opened in author mode (a .lua file, or a folder
// with scenario.lua); else why not, in the message language.
std::string author_path_problem(const std::string& path);

// A choice as an author reads it beside its text: its number in the file,
// its id, its score deltas and meter effects, and where it leads, e.g.
// "#2 · advies_ok · +1 luisteren · vertrouwen +2 · → vervolg".
std::string choice_summary(const Scenario& sc, int node, int choice);

class AuthorModel {
public:
    // Starts watching `path` and its first load. `lang`: the language of the
    // graph's labels.
    AuthorModel(std::string path, Worker* worker, std::string lang);
    ~AuthorModel();
    AuthorModel(const AuthorModel&) = delete;
    AuthorModel& operator=(const AuthorModel&) = delete;

    const std::string& path() const { return m_live.path(); }

    // [SECTION] versions
    // The newest version that loaded (the one to play); null until one did.
    std::shared_ptr<const Scenario> scenario() const { return m_live.scenario(); }
    // The newest load, and its diagnostics (errors: scenario() is older).
    const Loaded& latest() const { return m_live.latest(); }
    const Diagnostics& diagnostics() const { return m_live.diagnostics(); }
    bool latest_failed() const { return m_live.version() > 0 && m_live.latest_failed(); }
    // A load is under way (or finished and not adopted yet).
    bool loading() const { return m_reload != nullptr; }
    // Loads adopted so far, and which of them scenario() came from (0: none).
    int loads() const { return m_live.version(); }
    int good_load() const { return m_good_load; }
    // Reachability of scenario() (null when the analysis could not tell).
    const Analysis* reach() const { return m_reach.get(); }

    // Call every frame: a few times a second it checks the files (stat()
    // only) and starts a reload when they changed.
    void poll(double now);
    // Checks the files now and reloads when they changed (inline without a
    // worker). Returns true when a reload started.
    bool check_now();
    // A finished load waits to be adopted.
    bool reload_ready() const { return m_reload && m_reload->ready; }
    struct Adopted {
        bool loaded = false;              // the new version loaded: scenario() is it
        std::unique_ptr<Session> session; // `running` replayed on it (null: nothing ran, or not loaded)
        std::string problem;              // where the replay stopped early ("" = it all fitted)
    };
    // Makes the finished load the newest (reload_ready() must be true) and,
    // when it loaded, replays `running` on it and starts laying out its graph.
    Adopted adopt(const Session* running);

    // [SECTION] graph
    enum class GraphState { None, Laying, Ready };
    GraphState graph_state() const { return m_graph_state; }
    // The layout of scenario()'s graph (the previous one while Laying).
    const GraphLayout& layout() const { return m_layout; }
    // Why the fallback layout was used ("" when Graphviz laid it out).
    const std::string& layout_note() const { return m_layout_note; }
    // The Graphviz program to run ("dot"); tests point it elsewhere.
    void set_dot_program(std::string program) { m_dot_program = std::move(program); }

private:
    struct Pending {
        LiveScenario::Reload reload;
        std::string dot;  // the new version's graph, when it loaded
        bool ready = false;
    };
    void start_reload();
    void start_layout(std::string dot, std::string start);

    LiveScenario m_live;
    Worker* m_worker;
    std::string m_lang;
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);  // completions hold a weak_ptr
    std::shared_ptr<Pending> m_reload;  // the load under way
    double m_last_poll = -1e9;
    int m_good_load = 0;
    std::shared_ptr<const Analysis> m_reach;
    GraphState m_graph_state = GraphState::None;
    GraphLayout m_layout;
    std::string m_layout_note;
    int m_layout_for = 0;  // load number the layout under way belongs to
    std::string m_dot_program = "dot";
};

}  // namespace lab
