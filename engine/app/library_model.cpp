#include "library_model.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <set>
#include <thread>

namespace lab {

namespace fs = std::filesystem;

std::string LibraryEntry::display_title(const std::string& lang) const {
    if (!title.empty()) {
        const std::string& t = title.get(lang, language);
        if (!t.empty()) return t;
    }
    fs::path p(path);
    if (p.filename() == "scenario.lua") p = p.parent_path();
    return p.stem().string();
}

namespace {

void fill_meta(LibraryEntry& e, const Scenario& sc) {
    e.id = sc.id;
    e.title = sc.title;
    e.summary = sc.summary;
    e.language = sc.language;
    e.tags = sc.tags;
    e.level = sc.level;
    e.minutes = sc.minutes;
}

}  // namespace

void LibraryModel::scan(const std::string& dir) {
    m_dir = dir;
    m_entries.clear();
    LoadOptions quick;
    quick.analyse = false;
    for (const std::string& path : find_scenarios(dir)) {
        LibraryEntry e;
        e.path = path;
        Loaded l = load_scenario(path, quick);
        if (l.scenario) {
            fill_meta(e, *l.scenario);
            e.preview = l.scenario;
            e.status = LibraryEntry::Status::Checking;
        } else {
            e.status = LibraryEntry::Status::Broken;
        }
        e.diagnostics = std::move(l.diagnostics);
        m_entries.push_back(std::move(e));
    }
}

Loaded LibraryModel::check(const std::string& path) { return load_scenario(path); }

void LibraryModel::apply(size_t i, Loaded l) {
    if (i >= m_entries.size()) return;
    LibraryEntry& e = m_entries[i];
    const Scenario* meta = l.scenario ? l.scenario.get() : l.playable.get();
    if (meta) fill_meta(e, *meta);
    e.scenario = l.scenario;
    e.playable = l.playable;
    if (meta) e.preview = l.scenario ? l.scenario : l.playable;
    e.diagnostics = std::move(l.diagnostics);
    e.status = l.scenario ? LibraryEntry::Status::Ready : LibraryEntry::Status::Broken;
}

void LibraryModel::load(const std::string& dir, unsigned threads) {
    scan(dir);
    // Each check loads into its own script state, so checks can run side by side.
    std::vector<Loaded> loaded(m_entries.size());
    std::vector<size_t> todo;
    for (size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].checking()) todo.push_back(i);
    if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
    std::atomic<size_t> next{0};
    auto run = [&]() {
        for (size_t k; (k = next++) < todo.size();) loaded[todo[k]] = check(m_entries[todo[k]].path);
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads && t < todo.size(); ++t) pool.emplace_back(run);
    run();
    for (auto& t : pool) t.join();
    for (size_t i : todo) apply(i, std::move(loaded[i]));
}

size_t LibraryModel::add(const std::string& path) {
    int at = find_path(path);
    if (at < 0) {
        LibraryEntry e;
        e.path = path;
        m_entries.push_back(std::move(e));
        at = int(m_entries.size() - 1);
    }
    apply(size_t(at), check(path));
    return size_t(at);
}

bool LibraryModel::all_checked() const {
    return std::none_of(m_entries.begin(), m_entries.end(), [](const LibraryEntry& e) { return e.checking(); });
}

int LibraryModel::find_path(const std::string& path) const {
    std::error_code ec;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].path == path) return int(i);
        if (fs::equivalent(m_entries[i].path, path, ec)) return int(i);
    }
    return -1;
}

int LibraryModel::find_id(const std::string& id) const {
    for (size_t i = 0; i < m_entries.size(); ++i)
        if (!id.empty() && m_entries[i].id == id) return int(i);
    return -1;
}

std::vector<std::string> LibraryModel::themes() const {
    std::set<std::string> all;
    for (const auto& e : m_entries)
        for (const auto& t : e.tags) all.insert(t);
    return {all.begin(), all.end()};
}

std::string fold_for_search(const std::string& s) {
    // Latin-1 Supplement letters U+00C0..U+00FF folded to ASCII; "" = keep.
    static const char* const latin1[64] = {
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // C0-CF
        "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",  // D0-DF
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // E0-EF
        "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y",   // F0-FF
    };
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            out += char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        } else if (c == 0xC3 && i + 1 < s.size()) {
            unsigned cp = 0xC0 + (static_cast<unsigned char>(s[i + 1]) & 0x3F);
            const char* f = latin1[cp - 0xC0];
            if (*f) out += f;
            else out.append(s, i, 2);
            ++i;
        } else if (c == 0xC4 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0xB2 &&
                   static_cast<unsigned char>(s[i + 1]) <= 0xB3) {
            out += "ij";  // U+0132/0133 IJ ligature
            ++i;
        } else {
            out += char(c);
        }
    }
    return out;
}

std::vector<size_t> LibraryModel::filter(const std::string& theme, const std::string& query, const std::string& lang) const {
    std::vector<std::string> words;
    {
        std::string q = fold_for_search(query), w;
        for (char c : q) {
            if (c == ' ' || c == '\t' || c == ',') {
                if (!w.empty()) words.push_back(w);
                w.clear();
            } else {
                w += c;
            }
        }
        if (!w.empty()) words.push_back(w);
    }
    std::vector<size_t> out;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const LibraryEntry& e = m_entries[i];
        if (!theme.empty() && std::find(e.tags.begin(), e.tags.end(), theme) == e.tags.end()) continue;
        if (!words.empty()) {
            std::string hay = e.display_title(lang) + " " + e.title.get(e.language, e.language) + " ";
            if (!e.summary.empty()) hay += e.summary.get(lang, e.language) + " " + e.summary.get(e.language, e.language) + " ";
            for (const auto& t : e.tags) hay += t + " ";
            hay = fold_for_search(hay);
            bool all = std::all_of(words.begin(), words.end(), [&](const std::string& w) { return hay.find(w) != std::string::npos; });
            if (!all) continue;
        }
        out.push_back(i);
    }
    return out;
}

void LibraryModel::record_result(const std::string& id, const Result& r) {
    if (id.empty()) return;
    auto it = m_best.find(id);
    if (it == m_best.end() || r.overall > it->second.overall) m_best[id] = BestResult{r.grade, r.overall};
}

const BestResult* LibraryModel::best(const std::string& id) const {
    auto it = m_best.find(id);
    return it == m_best.end() ? nullptr : &it->second;
}

}  // namespace lab
