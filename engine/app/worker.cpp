#include "worker.h"

#include <algorithm>

namespace lab {

Worker::Worker(std::function<void()> wake, unsigned threads) : m_wake(std::move(wake)) {
    if (threads == 0) {
        const unsigned hw = std::thread::hardware_concurrency();
        threads = hw > 1 ? std::min(hw - 1, 4u) : 1u;
    }
    for (unsigned i = 0; i < threads; ++i) m_threads.emplace_back([this] { run(); });
}

Worker::~Worker() {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
        m_jobs.clear();
    }
    m_cv.notify_all();
    for (auto& t : m_threads)
        if (t.joinable()) t.join();
}

void Worker::set_wake(std::function<void()> wake) {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_wake = std::move(wake);
}

void Worker::post(Job job, std::string key) {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_jobs.emplace_back(std::move(key), std::move(job));
    }
    m_cv.notify_one();
}

void Worker::promote(const std::string& key) {
    std::lock_guard<std::mutex> lock(m_mutex);
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it) {
        if (it->first != key) continue;
        auto job = std::move(*it);
        m_jobs.erase(it);
        m_jobs.push_front(std::move(job));
        return;
    }
}

void Worker::run() {
    for (;;) {
        Job job;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_cv.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
            if (m_stop) return;
            job = std::move(m_jobs.front().second);
            m_jobs.pop_front();
            ++m_running;
        }
        Completion done;
        try {
            done = job();
        } catch (...) {
            done = nullptr;  // a job reports its own failures through its completion
        }
        std::function<void()> wake;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (done) m_done.push_back(std::move(done));
            --m_running;
            wake = m_wake;
        }
        m_idle_cv.notify_all();
        if (wake) wake();
    }
}

int Worker::poll() {
    std::deque<Completion> done;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        done.swap(m_done);
    }
    for (auto& c : done) c();
    return int(done.size());
}

void Worker::wait_idle() {
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_idle_cv.wait(lock, [this] { return m_jobs.empty() && m_running == 0; });
    }
    poll();
}

bool Worker::busy() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return !m_jobs.empty() || m_running > 0 || !m_done.empty();
}

}  // namespace lab
