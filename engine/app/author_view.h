// AuthorView: what the author panel remembers between frames (the tab, the
// graph's zoom and scroll, the path being typed, notices). View preferences
// only: the model is in AuthorModel and the Session. Internal to engine/app.
#pragma once
#include <map>
#include <string>

#include <imgui.h>

namespace lab {

struct AuthorView {
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

    // Library: open a scenario by path.
    bool open_field = false;
    std::string open_path;
    std::string open_error;

    std::string last_path;       // the file or folder last opened in author mode

    // Reloads.
    std::string replay_problem;  // where the last replay stopped early ("" = none)
    int seen_load = 0;           // loads() when the panel last looked
    std::string copied;          // a diagnostic just copied to the clipboard
};

}  // namespace lab
