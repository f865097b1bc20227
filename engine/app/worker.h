// Worker: background threads for slow work (checking scenarios, finding the
// best path), so that the window stays responsive. No SDL or ImGui.
//
// A job runs on the worker thread and returns a completion, which poll()
// runs later on the UI thread; so only the UI thread touches the app's
// state. A job must not use anything the UI thread uses (e.g. a Scenario's
// script host): it works on its own copies.
#pragma once
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace lab {

class Worker {
public:
    using Completion = std::function<void()>;
    using Job = std::function<Completion()>;

    // `threads` workers (0: one less than the machine has, at least 1, at
    // most 4). `wake` is called on a worker thread after each job (to wake
    // the UI loop).
    explicit Worker(std::function<void()> wake = {}, unsigned threads = 0);
    ~Worker();  // waits for the running job; drops jobs not started
    Worker(const Worker&) = delete;
    Worker& operator=(const Worker&) = delete;

    void set_wake(std::function<void()> wake);
    // Queues a job; `key` names it for promote().
    void post(Job job, std::string key = {});
    // Moves the queued job with `key` to the front (no effect once started).
    void promote(const std::string& key);
    // Runs the completions of finished jobs (UI thread). Returns how many.
    int poll();
    // Blocks until every posted job has finished, then poll()s.
    void wait_idle();
    // Jobs posted and not yet completed by poll().
    bool busy() const;

private:
    void run();
    mutable std::mutex m_mutex;
    std::condition_variable m_cv, m_idle_cv;
    std::deque<std::pair<std::string, Job>> m_jobs;
    std::deque<Completion> m_done;
    std::function<void()> m_wake;
    int m_running = 0;
    bool m_stop = false;
    std::vector<std::thread> m_threads;
};

}  // namespace lab
