#include "live_scenario.h"

#include <algorithm>
#include <stdexcept>

namespace fs = std::filesystem;

namespace lab {

LiveScenario::LiveScenario(std::string path, LoadOptions opt, bool load_now) : m_path(std::move(path)), m_opt(std::move(opt)) {
    if (load_now) load();
}

std::vector<LiveScenario::Stamp> LiveScenario::stamps() const {
    // Every .lua file of the scenario: the file itself, or all in its folder
    // (an include may be added or removed between saves).
    std::vector<Stamp> out;
    std::error_code ec;
    auto add = [&](const fs::path& p) {
        Stamp s{p.string(), fs::last_write_time(p, ec), fs::file_size(p, ec)};
        if (!ec) out.push_back(s);
    };
    if (fs::is_directory(m_path, ec)) {
        for (const auto& e : fs::recursive_directory_iterator(m_path, ec))
            if (e.is_regular_file(ec) && e.path().extension() == ".lua") add(e.path());
    } else {
        add(m_path);
    }
    std::sort(out.begin(), out.end(), [](const Stamp& a, const Stamp& b) { return a.file < b.file; });
    return out;
}

bool LiveScenario::changed() const {
    if (m_loads == 0) return true;
    auto now = stamps();
    if (now.size() != m_stamps.size()) return true;
    for (size_t i = 0; i < now.size(); ++i)
        if (now[i].file != m_stamps[i].file || now[i].time != m_stamps[i].time || now[i].size != m_stamps[i].size) return true;
    return false;
}

void LiveScenario::load() {
    Reload r = prepare();
    r.run();
    adopt(std::move(r), nullptr, nullptr);
}

LiveScenario::Reload LiveScenario::prepare() const {
    Reload r;
    r.m_path = m_path;
    r.m_opt = m_opt;
    r.m_stamps = stamps();
    return r;
}

void LiveScenario::Reload::run() {
    m_loaded = load_scenario(m_path, m_opt);
    m_done = true;
}

std::unique_ptr<Session> LiveScenario::adopt(Reload r, const Session* running, std::string* problem) {
    if (!r.m_done || r.m_path != m_path) throw std::logic_error("LiveScenario::adopt: a reload that did not run, or of another path");
    // The running attempt as ids, before its scenario may be replaced.
    std::string save = running ? running->save_json() : std::string();
    m_stamps = std::move(r.m_stamps);
    m_latest = std::move(r.m_loaded);
    ++m_loads;
    if (m_latest.playable) m_good = m_latest.playable;
    if (!m_latest.playable || !running) return nullptr;
    // Replays by ids; a save of another scenario id (renamed) starts afresh.
    auto s = Session::restore(m_good, save, problem);
    if (!s) s = std::make_unique<Session>(m_good, running->seed());
    return s;
}

std::unique_ptr<Session> LiveScenario::reload(const Session* running, std::string* problem) {
    Reload r = prepare();
    r.run();
    return adopt(std::move(r), running, problem);
}

}  // namespace lab
