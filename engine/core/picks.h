// Picks: the "1,3,t,2" notation for decisions, as in `run --choices`.
#pragma once
#include <string>
#include <vector>

#include "session.h"

namespace lab {

// Parses "1,3,t,2" (spaces allowed). On failure returns false with a message.
bool parse_picks(const std::string& text, std::vector<Pick>& out, std::string& error);

// Plays `picks` from the current point: advances through nodes without
// choices, applies each pick. Returns false with a message naming the step
// (1-based) and what was offered when a pick is not valid.
bool play_picks(Session& s, const std::vector<Pick>& picks, std::string& error);

}  // namespace lab
