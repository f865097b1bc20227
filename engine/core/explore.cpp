#include "explore.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstring>
#include <deque>
#include <exception>
#include <iterator>
#include <limits>
#include <memory>
#include <optional>
#include <thread>
#include <unordered_map>

#include "explore_bounds.h"

namespace lab {

namespace {

// Visit counts above kVisitCap (and turns above kTurnCap) count as equal in
// the comparison, so that loops give finitely many states.
constexpr int32_t kVisitCap = 4;
constexpr int kTurnCap = 32;

template <class T>
void put(std::string& k, const T& v) { k.append(reinterpret_cast<const char*>(&v), sizeof v); }

// The bytes that tell two states apart, given what the functions read.
struct Reads;
void state_key(const State& s, TargetRef at, Phase ph, const Reads& r, std::string& k);

// What the author's functions had read when a search starts.
struct Reads {
    unsigned parts = 0;
    std::vector<char> meters, visits, tags;
    std::vector<std::string> flags;  // sorted
    bool all_flags = true;
    bool operator==(const Reads& o) const {
        return parts == o.parts && meters == o.meters && visits == o.visits && tags == o.tags && flags == o.flags && all_flags == o.all_flags;
    }
    static Reads of(const Scenario& sc) {
        Reads r;
        r.meters.assign(sc.meters.size(), 0);
        r.visits.assign(sc.nodes.size() + sc.endings.size(), 0);
        r.tags.assign(sc.choice_tags.size(), 0);
        if (!sc.host) return r;
        r.parts = sc.host->reads();
        for (size_t i = 0; i < r.meters.size(); ++i) r.meters[i] = sc.host->meter_read(int(i));
        for (size_t i = 0; i < r.visits.size(); ++i) r.visits[i] = sc.host->visit_read(int(i));
        for (size_t i = 0; i < r.tags.size(); ++i) r.tags[i] = sc.host->tag_read(int(i));
        r.all_flags = !sc.host->flags_read(r.flags);
        return r;
    }
    // Adds what `o` read.
    void merge(const Reads& o) {
        parts |= o.parts;
        for (size_t i = 0; i < meters.size() && i < o.meters.size(); ++i) meters[i] |= o.meters[i];
        for (size_t i = 0; i < visits.size() && i < o.visits.size(); ++i) visits[i] |= o.visits[i];
        for (size_t i = 0; i < tags.size() && i < o.tags.size(); ++i) tags[i] |= o.tags[i];
        all_flags = all_flags || o.all_flags;
        std::vector<std::string> both;
        std::set_union(flags.begin(), flags.end(), o.flags.begin(), o.flags.end(), std::back_inserter(both));
        flags = std::move(both);
    }
};

void state_key(const State& s, TargetRef at, Phase ph, const Reads& r, std::string& k) {
    const unsigned reads = r.parts;
    k.clear();
    put(k, int32_t(at.kind == TargetRef::Kind::Ending ? -1 - at.index : at.index));
    put(k, uint8_t(ph));
    for (size_t i = 0; i < r.meters.size(); ++i)
        if (r.meters[i]) put(k, s.meters[i]);
    if (reads & ReadFlags) {
        for (const auto& [name, v] : s.flags) {
            if (!r.all_flags && !std::binary_search(r.flags.begin(), r.flags.end(), name)) continue;
            k += name;
            k += '\0';
            put(k, uint8_t(v.index()));
            if (auto b = std::get_if<bool>(&v)) put(k, *b);
            else if (auto d = std::get_if<double>(&v)) put(k, *d);
            else { k += std::get<std::string>(v); k += '\0'; }
        }
        k += '\1';
    }
    if (reads & ReadVisits)
        for (const auto& [t, c] : s.visits)
            if (r.visits[size_t(t)]) { put(k, t); put(k, std::min<int32_t>(c, kVisitCap)); }
    k += '\2';
    if (reads & ReadScore) for (double v : s.scores) put(k, v);
    if (reads & ReadTurn) put(k, std::min(s.turn, kTurnCap));
    if (reads & ReadTagged)
        for (size_t i = 0; i < s.tag_counts.size(); ++i)
            if (r.tags[i]) put(k, s.tag_counts[i]);
    if (reads & ReadRandom) for (int i = 0; i < 4; ++i) put(k, s.rng.words()[i]);
}

// Drops from `s` what no function reads (visit counts, flags): it cannot
// change where the conversation goes, and long attempts would otherwise
// copy a visit count per node passed with every state. Should a function
// read it after all, the reads change and the search runs again with it.
void trim(State& s, const Reads& r) {
    if (!(r.parts & ReadVisits)) {
        s.visits.clear();
    } else {
        s.visits.erase(std::remove_if(s.visits.begin(), s.visits.end(), [&](const std::pair<int32_t, int32_t>& v) { return !r.visits[size_t(v.first)]; }),
                       s.visits.end());
    }
    if (!(r.parts & ReadFlags)) {
        s.flags.clear();
    } else if (!r.all_flags) {
        for (auto it = s.flags.begin(); it != s.flags.end();) {
            if (std::binary_search(r.flags.begin(), r.flags.end(), it->first)) ++it;
            else it = s.flags.erase(it);
        }
    }
}

// The scenarios that the threads other than the searching one expand states
// with. Scripts are not shared between threads, so a scenario with
// functions needs a copy of its own per extra thread.
struct Crew {
    std::vector<std::shared_ptr<const Scenario>> copies;  // extra threads
    bool tried = false;

    // Adds copies once, when the search has grown past opt.parallel_after.
    void recruit(const Scenario& sc, const ExploreOptions& opt) {
        tried = true;
        unsigned want = opt.threads ? opt.threads : std::max(1u, std::thread::hardware_concurrency());
        if (want < 2) return;
        for (unsigned t = 1; t < want; ++t) {
            if (!sc.host) {  // plain data: the threads can share it
                copies.push_back(std::shared_ptr<const Scenario>(std::shared_ptr<const Scenario>{}, &sc));
                continue;
            }
            if (!opt.make) return;
            std::shared_ptr<const Scenario> c;
            try {
                c = opt.make();
            } catch (...) {
                c = nullptr;
            }
            // Only the very same version: indices must mean the same things.
            if (!c || !c->host || c->content_hash != sc.content_hash || c->nodes.size() != sc.nodes.size() ||
                c->endings.size() != sc.endings.size() || c->meters.size() != sc.meters.size() ||
                c->choice_tags.size() != sc.choice_tags.size() || c->competencies.size() != sc.competencies.size())
                return;
            copies.push_back(std::move(c));
        }
    }
    uint64_t instructions(const Scenario& sc) const {
        uint64_t n = sc.host ? sc.host->instructions() : 0;
        for (const auto& c : copies)
            if (c.get() != &sc && c->host) n += c->host->instructions();
        return n;
    }
    Reads reads(const Scenario& sc) const {
        Reads r = Reads::of(sc);
        for (const auto& c : copies)
            if (c.get() != &sc) r.merge(Reads::of(*c));
        return r;
    }
};

// A vertex waiting to be expanded: its state on arrival and what it offers.
struct Pending {
    int vertex;
    TargetRef at;
    Phase phase;
    State state;
    SmallVec<int, 8> offered;
};

// One way out of an expanded vertex, worked out by some thread.
struct Move {
    MoveKind kind = MoveKind::Advance;
    int choice = -1, pos = -1;  // MoveKind::Choice only
    bool refused = false;  // it would have called a function that failed before
    SmallVec<int, 4> called;  // the author functions it called (Callable::ref), in order
    std::optional<ScriptError> error;  // set: the move failed in a script (in called.back())
    int known = -1;  // the vertex it reaches, when that was found before this block
    Values meters;   // on arrival
    State next;
    TargetRef to;
    Phase phase = Phase::Talking;
    SmallVec<int, 8> offered;
    std::string key;
};

// The ways out of `p` (choices in display order, then the timeout; or the
// advance of a node without choices), each with its state key.
//
// `index` (read only here) holds the states found so far: a move to one of
// them keeps only its vertex and meters, not its state.
void expand(const Scenario& sc, const Machine& m, CallWatch& watch, const Pending& p, const Reads& reads,
            const std::unordered_map<std::string, int>& index, std::vector<Move>& out) {
    out.clear();
    const Node& node = sc.nodes[size_t(p.at.index)];
    Arrival arr;
    auto go = [&](MoveKind kind, int choice, int pos) {
        Move mv;
        mv.kind = kind;
        mv.choice = choice;
        mv.pos = pos;
        watch.called.clear();
        mv.next.visits.reserve(p.state.visits.size() + 1);  // room for the visit enter() counts
        mv.next = p.state;
        State& next = mv.next;
        try {
            TargetRef t;
            if (kind == MoveKind::Choice) {
                m.apply_choice(next, p.at.index, choice);
                m.feedback(next, p.at.index, choice);
                t = m.choice_target(next, p.at.index, choice);
            } else if (kind == MoveKind::Timeout) {
                m.apply_timeout(next, p.at.index);
                m.timeout_feedback(next, p.at.index);
                t = m.resolve(next, node.timeout->next, "timeout.next");
            } else {
                t = m.resolve(next, node.next, "next");
            }
            mv.phase = m.enter(next, t, arr);
            mv.to = t;
            mv.offered = arr.offered;
            state_key(next, t, mv.phase, reads, mv.key);
            mv.meters = next.meters;
            auto it = index.find(mv.key);
            if (it != index.end()) {
                mv.known = it->second;
                mv.next = State();  // freed by the thread that made it
            } else {
                trim(next, reads);
            }
        } catch (const ScriptError& err) {
            mv.error = err;
        } catch (const Machine::Refused&) {
            mv.refused = true;
        }
        mv.called = watch.called;
        out.push_back(std::move(mv));
    };
    if (p.phase == Phase::Choosing) {
        for (size_t k = 0; k < p.offered.size(); ++k) go(MoveKind::Choice, p.offered[k], int(k));
        if (node.timeout) go(MoveKind::Timeout, -1, -1);
    } else {
        go(MoveKind::Advance, -1, -1);
    }
}

using Clock = std::chrono::steady_clock;

StateGraph explore_once(const Scenario& sc, const ExploreOptions& opt, const Reads& reads, Crew& crew, Clock::time_point deadline) {
    StateGraph g;
    g.reads = reads.parts;
    g.seed = opt.seed;
    const Clock::time_point began = Clock::now();
    std::unordered_map<std::string, int> index;
    // Breadth first, so that one endless branch cannot starve the others
    // when the budget runs out. Vertices are expanded in blocks (by several
    // threads once the search is wide) and the results are merged in queue
    // order, so the graph is the same whatever the number of threads.
    std::deque<Pending> queue;
    std::string key;
    const uint64_t instructions_at_start = crew.instructions(sc);
    // Functions that failed (Callable::ref, sorted): each is reported once,
    // and a later move that calls one is not taken. Changed only while
    // merging, in queue order, so it does not depend on the threads.
    std::vector<int> blocked;
    auto is_blocked = [&](int ref) { return std::binary_search(blocked.begin(), blocked.end(), ref); };
    // A budget ends the search; moves left open by a failed function do not.
    bool halted = false;
    auto stop = [&](ExploreStop why) {
        if (g.stop == ExploreStop::None || g.stop == ExploreStop::Failures) g.stop = why;
        g.complete = false;
        if (why != ExploreStop::Failures) halted = true;
    };

    g.meter_lo.assign(sc.meters.size(), 0);
    g.meter_hi.assign(sc.meters.size(), 0);
    for (size_t i = 0; i < sc.meters.size(); ++i) g.meter_lo[i] = g.meter_hi[i] = sc.meters[i].start;
    auto bound = [&](const Values& meters) {
        for (size_t i = 0; i < meters.size(); ++i) {
            g.meter_lo[i] = std::min(g.meter_lo[i], meters[i]);
            g.meter_hi[i] = std::max(g.meter_hi[i], meters[i]);
        }
    };
    auto add = [&](State&& s, TargetRef at, Phase ph, const SmallVec<int, 8>& offered, std::string&& k, int parent, int parent_edge) -> int {
        auto [it, fresh] = index.try_emplace(std::move(k), int(g.vertices.size()));
        if (!fresh) return it->second;
        StateGraph::Vertex v;
        v.at = at;
        v.phase = ph;
        v.parent = parent;
        v.parent_edge = parent_edge;
        g.vertices.push_back(v);
        if (ph == Phase::Talking || ph == Phase::Choosing) queue.push_back({it->second, at, ph, std::move(s), offered});
        return it->second;
    };
    auto fail = [&](const ScriptError& e, int parent, int parent_edge) -> int {
        StateGraph::Vertex v;
        v.phase = Phase::Failed;
        v.parent = parent;
        v.parent_edge = parent_edge;
        g.vertices.push_back(v);
        int id = int(g.vertices.size()) - 1;
        g.failures.push_back({e, id});
        return id;
    };

    {
        Machine m(sc, opt.seed);
        State s = State::initial(sc, opt.seed);
        Arrival arr;
        try {
            Phase ph = m.enter(s, sc.start, arr);
            state_key(s, sc.start, ph, reads, key);
            trim(s, reads);
            bound(s.meters);
            add(std::move(s), sc.start, ph, arr.offered, std::move(key), -1, -1);
        } catch (const ScriptError& e) {
            fail(e, -1, -1);
        }
    }

    std::vector<Pending> block;
    std::vector<std::vector<Move>> moves;
    std::vector<char> done;
    size_t expanded = 0;
    while (!queue.empty() && !halted) {
        if (!crew.tried && opt.parallel_after && g.vertices.size() >= opt.parallel_after) {
            // Copies pay off only when the work known to be left (the queue)
            // outlasts making them.
            const double per_state = expanded ? std::chrono::duration<double>(Clock::now() - began).count() / double(expanded) : 0;
            if (opt.copy_seconds <= 0 || double(queue.size()) * per_state > 2 * opt.copy_seconds) crew.recruit(sc, opt);
        }
        const size_t threads = 1 + crew.copies.size();
        const size_t size = std::min(queue.size(), threads > 1 ? size_t(2048) : size_t(16));
        block.clear();
        for (size_t i = 0; i < size; ++i) {
            block.push_back(std::move(queue.front()));
            queue.pop_front();
        }
        moves.resize(size);
        done.assign(size, 0);
        // The threads take runs of the block in turn, and stop when the Lua
        // instructions of all threads together pass the budget, or the time.
        std::atomic<int> over{int(ExploreStop::None)};
        std::atomic<uint64_t> used{crew.instructions(sc) - instructions_at_start};
        std::atomic<size_t> next_run{0};
        constexpr size_t kRun = 32;
        auto work = [&](size_t t) {
            const Scenario& s = t == 0 ? sc : *crew.copies[t - 1];
            Machine m(s, opt.seed);
            CallWatch watch;
            watch.blocked = &blocked;
            m.watch(&watch);
            uint64_t seen = s.host ? s.host->instructions() : 0;  // this thread's host only
            for (;;) {
                const size_t from = next_run.fetch_add(kRun);
                if (from >= size) return;
                for (size_t i = from; i < std::min(size, from + kRun); ++i) {
                    if (over.load(std::memory_order_relaxed) != int(ExploreStop::None)) return;
                    const uint64_t now = s.host ? s.host->instructions() : 0;
                    if (used.fetch_add(now - seen) + (now - seen) > opt.max_instructions) {
                        over = int(ExploreStop::Instructions);
                        return;
                    }
                    if (Clock::now() >= deadline) {
                        over = int(ExploreStop::Seconds);
                        return;
                    }
                    seen = now;
                    expand(s, m, watch, block[i], reads, index, moves[i]);
                    done[i] = 1;
                }
            }
        };
        if (threads == 1) {
            work(0);
        } else {
            // What a thread throws (not a script error: those are moves) is
            // thrown here once all have stopped.
            std::vector<std::exception_ptr> thrown(threads);
            auto guarded = [&](size_t t) {
                try {
                    work(t);
                } catch (...) {
                    thrown[t] = std::current_exception();
                    over = int(ExploreStop::Instructions);
                }
            };
            std::vector<std::thread> pool;
            for (size_t t = 1; t < threads; ++t) pool.emplace_back(guarded, t);
            guarded(0);
            for (auto& th : pool) th.join();
            for (auto& e : thrown)
                if (e) std::rethrow_exception(e);
        }
        // Merge in queue order; the checks are those of a one-by-one search.
        size_t merged = 0;
        for (; merged < size; ++merged) {
            if (g.vertices.size() >= opt.max_states) { stop(ExploreStop::States); break; }
            if (!done[merged]) { stop(ExploreStop(over.load())); break; }
            const int v = block[merged].vertex;
            const uint32_t first = uint32_t(g.edges.size());
            bool partly = false;
            for (Move& mv : moves[merged]) {
                // A move that called a function already reported as failing
                // (by this move's turn in queue order) is left open.
                if (mv.refused || std::any_of(mv.called.begin(), mv.called.end(), is_blocked)) {
                    partly = true;
                    continue;
                }
                const int self_edge = int(g.edges.size());
                g.edges.push_back(StateGraph::Edge{-1, mv.kind, mv.choice, mv.pos});
                int to;
                if (mv.error) {
                    to = fail(*mv.error, v, self_edge);
                    if (!mv.called.empty()) blocked.insert(std::upper_bound(blocked.begin(), blocked.end(), mv.called.back()), mv.called.back());
                } else {
                    bound(mv.meters);
                    to = mv.known >= 0 ? mv.known : add(std::move(mv.next), mv.to, mv.phase, mv.offered, std::move(mv.key), v, self_edge);
                }
                g.edges[size_t(self_edge)].to = to;
            }
            g.vertices[size_t(v)].first_edge = first;
            g.vertices[size_t(v)].edge_count = uint32_t(g.edges.size() - first);
            if (partly) {
                g.open.push_back(v);
                stop(ExploreStop::Failures);
            }
            ++expanded;
        }
        for (size_t i = merged; i < size; ++i) g.open.push_back(block[i].vertex);
    }
    for (const Pending& p : queue) g.open.push_back(p.vertex);
    std::sort(g.open.begin(), g.open.end());
    return g;
}

}  // namespace

std::string StateGraph::Edge::pick() const {
    switch (kind) {
        case MoveKind::Choice: return std::to_string(pos + 1);
        case MoveKind::Timeout: return "t";
        case MoveKind::Advance: return "";
    }
    return "";
}

std::vector<std::string> StateGraph::path_to(int v) const {
    std::vector<std::string> rev;
    while (v >= 0 && vertices[size_t(v)].parent >= 0) {
        int pe = vertices[size_t(v)].parent_edge;
        if (pe >= 0 && size_t(pe) < edges.size()) {
            const Edge& e = edges[size_t(pe)];
            if (e.kind != MoveKind::Advance) rev.push_back(e.pick());
        }
        v = vertices[size_t(v)].parent;
    }
    return {rev.rbegin(), rev.rend()};
}

StateGraph explore(const Scenario& sc, const ExploreOptions& opt) {
    // What the functions read is learnt by running them; when a run reveals a
    // read the comparison left out, explore again with it included.
    // Threads other than this one run on copies, whose reads count too.
    const Clock::time_point began = Clock::now();
    const Clock::time_point deadline =
        opt.max_seconds > 0 ? began + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(opt.max_seconds)) : Clock::time_point::max();
    Crew crew;
    Reads reads = Reads::of(sc);
    for (;;) {
        StateGraph g = explore_once(sc, opt, reads, crew, deadline);
        Reads now = crew.reads(sc);
        now.merge(reads);
        if (!(now == reads) && g.stop == ExploreStop::Seconds) {
            // Out of time while the comparison still missed a read: a vertex
            // may stand for states whose ways out differ, so none counts as
            // fully expanded.
            g.open.clear();
            for (size_t v = 0; v < g.vertices.size(); ++v)
                if (g.vertices[v].phase == Phase::Talking || g.vertices[v].phase == Phase::Choosing) g.open.push_back(int(v));
        }
        if (now == reads || g.stop == ExploreStop::Seconds) {
            g.seconds = std::chrono::duration<double>(Clock::now() - began).count();
            return g;
        }
        reads = now;
    }
}

std::vector<std::string> picks_to(const StateGraph& g, const std::vector<Pred>& pred, int v) {
    std::vector<std::string> rev;
    for (Pred p = pred[size_t(v)]; p.edge >= 0; p = pred[size_t(p.from)]) {
        const auto& e = g.edges[size_t(p.edge)];
        if (e.kind != MoveKind::Advance) rev.push_back(e.pick());
    }
    return {rev.rbegin(), rev.rend()};
}

double edge_score(const Scenario& sc, const StateGraph&, const StateGraph::Vertex& from, const StateGraph::Edge& e, int k) {
    if (e.kind == MoveKind::Timeout) {
        for (const auto& [c, d] : sc.nodes[size_t(from.at.index)].timeout->score)
            if (c == k) return d;
        return 0;
    }
    if (e.kind != MoveKind::Choice) return 0;
    for (const auto& [c, d] : sc.nodes[size_t(from.at.index)].choices[size_t(e.choice)].score)
        if (c == k) return d;
    return 0;
}

bool ScoreBound::exact() const { return found && bounded && std::fabs(limit - value) <= 1e-9; }

ScoreBound score_bound(const Scenario& sc, const StateGraph& g, const DfsOrder& order, const StructuralBounds& sb, int k, bool maximise) {
    ScoreBound out;
    auto w = [&](const StateGraph::Vertex& from, const StateGraph::Edge& e) { return edge_score(sc, g, from, e, k); };
    const double sign = maximise ? 1.0 : -1.0;
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<Pred> pred;
    const std::vector<double> best = best_totals(g, order, w, maximise, &pred, &out.bounded);
    int arg = -1;
    for (size_t v = 0; v < best.size(); ++v)
        if (g.is_ending(int(v)) && best[v] != -inf && (arg < 0 || best[v] > best[size_t(arg)])) arg = int(v);
    if (arg >= 0) {
        out.found = true;
        out.value = sign * best[size_t(arg)];
        out.path = picks_to(g, pred, arg);
    }
    if (!out.bounded) {
        out.limit = sign * inf;
        return out;
    }
    // In sign-space (maximising): the best total over every way an attempt
    // can end, found or still open.
    double limit = out.found ? sign * out.value : -inf;
    if (!g.open.empty()) {
        const auto& gain = maximise ? sb.gain_hi[size_t(k)] : sb.gain_lo[size_t(k)];
        for (int v : g.open) {
            const auto& vx = g.vertices[size_t(v)];
            if (best[size_t(v)] == -inf || !vx.at) continue;
            limit = std::max(limit, best[size_t(v)] + sign * gain[size_t(visit_key(sc, vx.at))]);
        }
    }
    out.limit = sign * limit;
    return out;
}

void compute_maxima(Scenario& sc, const StateGraph& g) {
    sc.competency_max.assign(sc.competencies.size(), 0);
    sc.farmable.clear();
    sc.max_exact = true;
    const DfsOrder order = dfs_order(g);
    const StructuralBounds sb = g.complete ? StructuralBounds{} : structural_bounds(sc);
    for (size_t k = 0; k < sc.competencies.size(); ++k) {
        if (sc.competencies[k].max) { sc.competency_max[k] = *sc.competencies[k].max; continue; }
        if (g.complete) {
            Extreme x = extreme_path(g, order, [&](const StateGraph::Vertex& from, const StateGraph::Edge& e) {
                return edge_score(sc, g, from, e, int(k));
            }, true);
            sc.competency_max[k] = x.reachable ? x.value : 0;
            if (!x.bounded) {
                sc.max_exact = false;
                sc.farmable.push_back(int(k));
            }
            continue;
        }
        const ScoreBound b = score_bound(sc, g, order, sb, int(k), true);
        if (!b.bounded) sc.farmable.push_back(int(k));
        if (b.exact()) {
            sc.competency_max[k] = b.value;
        } else {
            sc.max_exact = false;
            // No ending possible at all: nothing to score against.
            sc.competency_max[k] = b.limit == -std::numeric_limits<double>::infinity() ? 0 : b.limit;
        }
    }
}

}  // namespace lab

namespace lab {

DfsOrder dfs_order(const StateGraph& g) {
    const size_t n = g.vertices.size();
    DfsOrder out;
    out.back.assign(g.edges.size(), 0);
    out.postorder.reserve(n);
    std::vector<char> colour(n, 0);  // 0 new, 1 on the path, 2 done
    std::vector<std::pair<int, uint32_t>> stack;  // vertex, next edge to look at
    if (n == 0) return out;
    stack.push_back({0, 0});
    colour[0] = 1;
    while (!stack.empty()) {
        auto& [v, k] = stack.back();
        const auto& vx = g.vertices[size_t(v)];
        if (k < vx.edge_count) {
            const uint32_t ei = vx.first_edge + k++;
            const int to = g.edges[ei].to;
            if (to < 0) continue;
            if (colour[size_t(to)] == 1) out.back[ei] = 1;
            else if (colour[size_t(to)] == 0) { colour[size_t(to)] = 1; stack.push_back({to, 0}); }
        } else {
            colour[size_t(v)] = 2;
            out.postorder.push_back(v);
            stack.pop_back();
        }
    }
    return out;
}

}  // namespace lab
