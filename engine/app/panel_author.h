// Auteursmodus: the author panel beside the conversation. A header with the
// watched file and its version, banners when the newest version has errors
// or the path could not be replayed in full, and three tabs: the graph
// (current node highlighted, click to jump), the state inspector (meters,
// scores, flags, visits; each edit an author command), and the messages
// (diagnostics as file:line: severity: message). The model is AuthorModel;
// the panel keeps only view state (tab, zoom, scroll, what is typed).
#pragma once
#include <functional>
#include <map>
#include <string>

#include <imgui.h>

#include "author_model.h"
#include "screen_common.h"

namespace lab {

struct AuthorPanel {
    enum class Tab { Graph, State, Messages };
    Tab tab = Tab::Graph;
    bool tab_requested = true;   // select `tab` in the tab bar next frame
    float split = 0.5f;          // share of the width for the conversation

    // Graph.
    float zoom = 1.4f;           // screen pixels per point
    bool fit_pending = true;     // choose zoom and scroll for a new layout
    bool follow = true;          // keep the current node in view
    std::string followed;        // the node id last scrolled to
    std::string selected;        // the node picked for "play from here"
    std::map<std::string, ImVec2> drawn;  // node id -> centre on screen, last frame
    ImVec2 last_scroll = ImVec2(0, 0);    // the canvas's scroll, last frame
    float wheel_zoom = 0;        // zoom asked for by the mouse wheel (0 = none)
    ImVec2 wheel_anchor;         // where the mouse was, in the canvas
    bool panning = false;        // a drag on the canvas's background moves it
    int laid_out_for = -1;       // good_load the view was fitted for

    // State inspector.
    std::string new_flag;        // name typed for a new flag
    int jump_pick = 0;           // node picked in the inspector's list

    // Messages.
    std::string replay_problem;  // where the last reload's replay stopped early ("" = none, or closed)
    std::string copied;          // a diagnostic just copied to the clipboard

    // Shows tab `t` next frame.
    void show(Tab t) {
        tab = t;
        tab_requested = true;
    }
    // Starts over for a newly watched scenario.
    void watch_new() {
        fit_pending = true;
        laid_out_for = -1;
        replay_problem.clear();
        selected.clear();
        followed.clear();
    }

    // What the panel shows: the watched scenario, and the attempt (null when
    // no version has loaded yet).
    struct Model {
        const AuthorModel& author;
        const Session* session;
    };
    // The conversation, drawn by `conversation` in a child window of its
    // own (or, with no attempt, what the author waits for), and the panel
    // beside it, with a grip between them to share the width.
    Commands draw_beside(const Model& m, const ViewContext& cx, const std::function<Commands()>& conversation);
};

}  // namespace lab
