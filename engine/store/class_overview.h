// Class overview for lecturers, from students' exported attempts: per
// scenario the grade distribution, the mean per competency, the endings
// reached, and per node how often each choice was taken, so the lecturer
// sees where the group goes wrong. As HTML (self-contained) or CSV.
#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

#include "attempt_record.h"

namespace lab {

struct ChoiceStat {
    std::string key;   // the choice's id, else "#n" (declared, from 1); "t" = the timeout
    int choice = -1;   // 0-based declared index; -1 for the timeout
    LocalText text;    // the choice's text (as first seen)
    int count = 0;
    std::vector<double> delta;  // score change per competency (as first seen)
    double delta_sum = 0;       // sum of `delta`: < 0 means the choice costs points
};

struct NodeStat {
    std::string node;
    LocalText speaker_name;
    LocalText text;    // what was said there (as first seen)
    int total = 0;     // decisions taken here
    double mean_turn = 0;
    std::vector<ChoiceStat> choices;  // most taken first
    // Share of the decisions here that cost points (0..1).
    double losing_share() const;
};

struct StudentStat {
    std::string student;
    int attempts = 0, finished = 0;
    double best = 0, last = 0;  // overall of the best / newest finished attempt
    std::optional<Grade> best_grade, last_grade;
};

struct ScenarioOverview {
    ScenarioInfo scenario;  // as in the newest attempt
    std::set<int> versions;
    int attempts = 0, finished = 0, unfinished = 0;
    std::map<Grade, int> grades;                         // finished attempts per grade
    std::map<std::string, std::pair<LocalText, int>> endings;  // ending id -> title, count
    std::map<std::string, int> outcomes;                 // finished attempts per outcome
    std::vector<double> mean_percent;  // per competency (finished attempts)
    double mean_overall = 0;
    std::vector<NodeStat> nodes;       // in the order the conversation reaches them
    std::vector<StudentStat> students; // by name
};

struct ClassOverview {
    std::vector<AttemptRecord> attempts;  // deduplicated by uuid
    int duplicates = 0;                   // attempts seen more than once (left out)
    std::vector<ScenarioOverview> scenarios;  // by title
};

// Abandoned attempts count only in the attempt totals (their decisions were
// carried into the attempt that replaced them).
ClassOverview class_overview(std::vector<AttemptRecord> attempts);

// `lang`: language of the scenario texts ("" = message language).
std::string class_html(const ClassOverview& c, const std::string& lang = "");
// One row per attempt: student, scenario, dates, status, ending, overall,
// grade, and the percentage per competency (a column per competency id).
std::string class_csv(const ClassOverview& c);

}  // namespace lab
