// LiveScenario: a scenario being written. Notices when its files change on
// disk, reloads them, keeps the last version that loaded while the new one
// has errors, and carries a running attempt over to the new version by
// replaying its choices (by node ids), as far as those ids still fit.
#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/session.h"
#include "loader.h"

namespace lab {

class LiveScenario {
public:
    // Loads `path` now, or (with `load_now` false) leaves it unloaded:
    // scenario() is null and changed() true until the first reload.
    explicit LiveScenario(std::string path, LoadOptions opt = {}, bool load_now = true);

    // The scenario to play: the newest version that loaded, or null if none
    // ever did.
    std::shared_ptr<const Scenario> scenario() const { return m_good; }
    // The newest load (errors in its diagnostics mean `scenario()` is older).
    const Loaded& latest() const { return m_latest; }
    // Diagnostics of the newest load (errors mean `scenario()` is older).
    const Diagnostics& diagnostics() const { return m_latest.diagnostics; }
    bool latest_failed() const { return !m_latest.playable; }
    const std::string& path() const { return m_path; }
    int version() const { return m_loads; }  // grows with every reload

    // True when a file of the scenario changed since the last load (only
    // stat() calls: cheap enough to call a few times a second).
    bool changed() const;
    // Reloads now. When it loads, returns a session on the new version that
    // replays `running` (if given); `problem` says where the replay stopped
    // when the path no longer fits. Returns null when the new version has
    // errors (then the old one stays current) or nothing was running.
    std::unique_ptr<Session> reload(const Session* running, std::string* problem);

    // [SECTION] reloading on another thread
    // reload() in three parts, so that the slow one can run on a worker:
    //   Reload r = live.prepare();       // owner's thread: notes the files' stamps
    //   r.run();                         // any thread: loads (touches nothing shared)
    //   auto s = live.adopt(std::move(r), running, &problem);  // owner's thread
    // adopt() then does what reload() does after its load. A save that
    // lands while run() works makes changed() true again afterwards.
    class Reload {
    public:
        void run();
        const Loaded& loaded() const { return m_loaded; }
        bool done() const { return m_done; }

    private:
        friend class LiveScenario;
        struct Stamp {
            std::string file;
            std::filesystem::file_time_type time;
            uintmax_t size = 0;
        };
        std::string m_path;
        LoadOptions m_opt;
        std::vector<Stamp> m_stamps;
        Loaded m_loaded;
        bool m_done = false;
    };
    Reload prepare() const;
    // `r` must come from this LiveScenario's prepare() and have run().
    std::unique_ptr<Session> adopt(Reload r, const Session* running, std::string* problem);

private:
    using Stamp = Reload::Stamp;
    void load();
    std::vector<Stamp> stamps() const;

    std::string m_path;
    LoadOptions m_opt;
    Loaded m_latest;
    std::shared_ptr<const Scenario> m_good;
    std::vector<Stamp> m_stamps;
    int m_loads = 0;
};

}  // namespace lab
