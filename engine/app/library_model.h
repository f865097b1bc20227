// LibraryModel: the scenarios a student can pick, with what a card shows,
// broken scenarios with their diagnostics, and filtering. No SDL or ImGui.
//
// Loading has two passes. scan() reads every scenario's declarations quickly
// (no analysis) so that the library can be shown at once; check() does the
// full load with analysis (maxima for scoring, run-time failures), which can
// take seconds for a large scenario. check() touches no model state and may
// run on a worker thread; apply() then stores its result (on the UI thread).
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/result.h"
#include "core/scenario.h"
#include "script/loader.h"

namespace lab {

struct LibraryEntry {
    enum class Status { Checking, Ready, Broken };

    std::string path;  // file or scenario folder
    std::string id;    // scenario id; empty when the file could not be read
    LocalText title, summary;
    std::string language = "nl";  // the scenario's own language
    std::vector<std::string> tags;
    int level = 1;
    int minutes = 0;

    Status status = Status::Checking;
    // Ready to play (full load, no errors).
    std::shared_ptr<const Scenario> scenario;
    // Broken only by errors found in playing it through: can still be played
    // so that the failure shows where it happens.
    std::shared_ptr<const Scenario> playable;
    // For showing (briefing, characters) while the full load is under way:
    // the quick read, then the full one. Never played.
    std::shared_ptr<const Scenario> preview;
    Diagnostics diagnostics;

    bool broken() const { return status == Status::Broken; }
    bool checking() const { return status == Status::Checking; }
    // What a session can be started on (scenario, else playable), or null.
    std::shared_ptr<const Scenario> to_play() const { return scenario ? scenario : playable; }
    // The title in `lang`, else the file name.
    std::string display_title(const std::string& lang) const;
};

struct BestResult {
    Grade grade = Grade::Insufficient;
    double overall = 0;
};

class LibraryModel {
public:
    // Lists the scenarios in `dir` (find_scenarios) and reads their
    // declarations. Entries start as Checking, or Broken when they do not load.
    void scan(const std::string& dir);
    // The full load of one scenario (thread-safe: touches no model state).
    static Loaded check(const std::string& path);
    // Stores a full load for entry `i` (Ready or Broken).
    void apply(size_t i, Loaded loaded);
    // scan() then check() and apply() for every entry; waits for all of
    // them (checked side by side on up to `threads` threads; 0 = as many as
    // the machine has).
    void load(const std::string& dir, unsigned threads = 0);
    // Adds or replaces one entry by full load (e.g. a scenario given by path).
    size_t add(const std::string& path);

    const std::string& dir() const { return m_dir; }
    const std::vector<LibraryEntry>& entries() const { return m_entries; }
    const LibraryEntry& entry(size_t i) const { return m_entries[i]; }
    size_t size() const { return m_entries.size(); }
    bool all_checked() const;
    // Index of the entry read from `path`, or -1.
    int find_path(const std::string& path) const;
    int find_id(const std::string& id) const;

    // Every theme tag over the library, sorted, without duplicates.
    std::vector<std::string> themes() const;
    // Entries (by index, in library order) that carry `theme` ("" = any) and
    // whose title, summary or tags contain every word of `query`, ignoring
    // case and accents (e = é = ë), in `lang` and the scenario's language.
    std::vector<size_t> filter(const std::string& theme, const std::string& query, const std::string& lang) const;

    // Best grade so far per scenario id. There is no results store yet: the
    // app records finished attempts of this run.
    void record_result(const std::string& id, const Result& r);
    const BestResult* best(const std::string& id) const;

private:
    std::string m_dir;
    std::vector<LibraryEntry> m_entries;
    std::map<std::string, BestResult> m_best;
};

// Lower case without accents, for search: "Één Ouder" -> "een ouder".
std::string fold_for_search(const std::string& s);

}  // namespace lab
