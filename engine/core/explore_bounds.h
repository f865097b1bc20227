// Bounds: what the shape of a scenario allows when every condition may hold.
//
// An over-approximation of every attempt: each choice may be offered
// whatever its `when`, a node's `next` may be used whenever all its choices
// have a `when`, the timeout may fire, and a `next = function(s)` may go to
// any node or ending (a function can compute an id, call a helper or read
// a table, so the ids written in it prove nothing). What these bounds rule
// out is ruled out for every attempt; what they allow may still be
// impossible. Scores change only through the `score` of choices and
// timeouts (functions cannot write `s.score`), so the score bounds hold too.
//
// Places are numbered as visit keys (visit_key(): nodes, then endings).
#pragma once
#include <vector>

#include "scenario.h"

namespace lab {

struct StructuralBounds {
    size_t places = 0;  // nodes + endings
    // Each place's structural successors (endings have none). A move to a
    // function target is an edge to `places` (a hub that leads everywhere).
    std::vector<std::vector<int>> out;
    // Per node: may be a dead end (every choice has a `when`, no `next`).
    std::vector<char> may_stick;
    // Per place: some ending can structurally be reached from it.
    std::vector<char> leads_to_ending;
    // Per competency, per place: the most (gain_hi) and least (gain_lo) a
    // path from there to an ending can add to the competency's raw score:
    // +inf / -inf when a loop may add without end; -inf / +inf when no
    // ending can be reached from there.
    std::vector<std::vector<double>> gain_hi, gain_lo;

    // The places reachable from `from` (places themselves included), by
    // visit key.
    std::vector<char> reachable_from(const std::vector<int>& from) const;
};

StructuralBounds structural_bounds(const Scenario& sc);

}  // namespace lab
