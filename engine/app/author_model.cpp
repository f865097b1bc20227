#include "author_model.h"

#include <filesystem>

#include "core/graph.h"
#include "core/i18n.h"
#include "core/text.h"
#include "worker.h"

namespace lab {

namespace fs = std::filesystem;

std::string author_path_problem(const std::string& path) {
    if (path.empty()) return tr("geef het pad van een scenariobestand (.lua) of scenariomap", "give the path of a scenario file (.lua) or scenario folder");
    std::error_code ec;
    const fs::path p(path);
    if (!fs::exists(p, ec)) return fmt("{0} bestaat niet", "{0} does not exist", {q(path)});
    if (fs::is_directory(p, ec)) {
        if (!fs::is_regular_file(p / "scenario.lua", ec))
            return fmt("in de map {0} staat geen scenario.lua; open het bestand zelf, of een scenariomap",
                       "the folder {0} has no scenario.lua; open the file itself, or a scenario folder", {q(path)});
        return {};
    }
    if (p.extension() != ".lua") return fmt("{0} is geen .lua-bestand", "{0} is not a .lua file", {q(path)});
    return {};
}

std::string choice_summary(const Scenario& sc, int node, int choice) {
    const Choice& c = sc.nodes[size_t(node)].choices[size_t(choice)];
    const Node& n = sc.nodes[size_t(node)];
    std::string out = "#" + std::to_string(choice + 1);
    if (!c.id.empty()) out += " \xC2\xB7 " + c.id;
    auto signed_number = [](double d) { return (d > 0 ? "+" : d < 0 ? "\xE2\x88\x92" : "\xC2\xB1") + format_number(d < 0 ? -d : d); };
    for (const auto& [k, d] : c.score) out += " \xC2\xB7 " + signed_number(d) + " " + sc.competencies[size_t(k)].id;
    for (const auto& [m, d] : c.effects.meters) out += " \xC2\xB7 " + sc.meters[size_t(m)].id + " " + signed_number(d);
    for (const auto& [f, v] : c.effects.set) {
        std::string value;
        if (const bool* b = std::get_if<bool>(&v)) value = *b ? "true" : "false";
        else if (const double* d = std::get_if<double>(&v)) value = format_number(*d);
        else value = "\"" + std::get<std::string>(v) + "\"";
        out += " \xC2\xB7 " + f + " = " + value;
    }
    if (c.effects.fn) out += " \xC2\xB7 effect()";
    if (c.when) out += " \xC2\xB7 when()";
    const Target& t = c.next ? c.next : n.next;
    if (t.fixed) out += " \xC2\xB7 \xE2\x86\x92 " + sc.target_id(t.fixed);
    else if (t.fn) out += " \xC2\xB7 \xE2\x86\x92 next()";
    return out;
}

namespace {
// Built out of line: a LoadOptions{} temporary in the initialiser trips a
// false -Wmaybe-uninitialized in GCC 12 (its std::function member).
LoadOptions author_load_options() {
    LoadOptions o;
    return o;
}
}  // namespace

AuthorModel::AuthorModel(std::string path, Worker* worker, std::string lang)
    : m_live(std::move(path), author_load_options(), false), m_worker(worker), m_lang(std::move(lang)) {
    start_reload();
}

AuthorModel::~AuthorModel() = default;

void AuthorModel::poll(double now) {
    if (m_reload || now - m_last_poll < 0.3) return;
    m_last_poll = now;
    if (m_live.changed()) start_reload();
}

bool AuthorModel::check_now() {
    if (m_reload || !m_live.changed()) return false;
    start_reload();
    return true;
}

void AuthorModel::start_reload() {
    auto pending = std::make_shared<Pending>();
    pending->reload = m_live.prepare();
    m_reload = pending;
    const std::string lang = m_lang;
    // Loads, and writes the new version's graph while no other thread can
    // use the new scenario yet (scenario_dot calls no script functions).
    auto job = [pending, lang]() {
        pending->reload.run();
        const Loaded& l = pending->reload.loaded();
        if (l.playable) {
            GraphOptions o;
            o.lang = lang;
            pending->dot = scenario_dot(*l.playable, l.reach.get(), o);
        }
    };
    if (!m_worker) {
        job();
        pending->ready = true;
        return;
    }
    std::weak_ptr<int> alive = m_alive;
    const std::string key = "author-load:" + m_live.path();
    m_worker->post(
        [job, pending, alive]() -> Worker::Completion {
            job();
            return [pending, alive]() {
                if (!alive.expired()) pending->ready = true;
            };
        },
        key);
    m_worker->promote(key);  // before the library's checks: the author waits for this one
}

AuthorModel::Adopted AuthorModel::adopt(const Session* running) {
    Adopted out;
    if (!reload_ready()) return out;
    std::shared_ptr<Pending> pending = std::move(m_reload);
    m_reload.reset();
    const bool loaded = pending->reload.loaded().playable != nullptr;
    std::shared_ptr<const Analysis> reach = pending->reload.loaded().reach;
    out.session = m_live.adopt(std::move(pending->reload), running, &out.problem);
    out.loaded = loaded;
    if (loaded) {
        m_good_load = m_live.version();
        m_reach = std::move(reach);
        start_layout(std::move(pending->dot), m_live.scenario()->start_id);
    }
    return out;
}

void AuthorModel::start_layout(std::string dot, std::string start) {
    m_graph_state = GraphState::Laying;
    m_layout_for = m_good_load;
    const std::string program = m_dot_program;
    struct Result {
        GraphLayout layout;
        std::string note;
    };
    auto job = [dot = std::move(dot), start = std::move(start), program]() {
        auto r = std::make_shared<Result>();
        r->layout = layout_graph(dot, start, &r->note, program);
        return r;
    };
    auto finish = [this](const std::shared_ptr<Result>& r, int for_load) {
        if (for_load != m_good_load) return;  // a newer version is being laid out
        m_layout = std::move(r->layout);
        m_layout_note = std::move(r->note);
        m_graph_state = GraphState::Ready;
    };
    if (!m_worker) {
        finish(job(), m_layout_for);
        return;
    }
    std::weak_ptr<int> alive = m_alive;
    const int for_load = m_layout_for;
    m_worker->post([job, finish, alive, for_load]() -> Worker::Completion {
        auto r = job();
        return [finish, alive, r, for_load]() {
            if (!alive.expired()) finish(r, for_load);
        };
    });
}

}  // namespace lab
