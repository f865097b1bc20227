#include "live_scenario.h"

namespace fs = std::filesystem;

namespace lab {

LiveScenario::LiveScenario(std::string path, LoadOptions opt) : m_path(std::move(path)), m_opt(std::move(opt)) { load(); }

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
    auto now = stamps();
    if (now.size() != m_stamps.size()) return true;
    for (size_t i = 0; i < now.size(); ++i)
        if (now[i].file != m_stamps[i].file || now[i].time != m_stamps[i].time || now[i].size != m_stamps[i].size) return true;
    return false;
}

void LiveScenario::load() {
    m_stamps = stamps();
    m_latest = load_scenario(m_path, m_opt);
    ++m_loads;
    if (m_latest.playable) m_good = m_latest.playable;
}

std::unique_ptr<Session> LiveScenario::reload(const Session* running, std::string* problem) {
    std::string save = running ? running->save_json() : std::string();
    load();
    if (!m_latest.playable || !running) return nullptr;
    // Replays by ids; a save of another scenario id (renamed) starts afresh.
    auto s = Session::restore(m_good, save, problem);
    if (!s) s = std::make_unique<Session>(m_good, running->seed());
    return s;
}

}  // namespace lab
