// Scenario: the immutable model of one loaded scenario.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

#include "callable.h"
#include "grade.h"
#include "text.h"

namespace lab {

class ScriptHost;

// A flag value: flags are set to booleans, numbers or strings.
using FlagValue = std::variant<bool, double, std::string>;

enum class Outcome { Good, Mixed, Bad, Stuck, Unfinished, Failed };
const char* outcome_name(Outcome o);
std::optional<Outcome> parse_outcome(const std::string& s);  // good|mixed|bad only

enum class Mood { Neutraal, Blij, Gespannen, Boos, Verdrietig, Verward, Afwijzend };
constexpr int kMoodCount = 7;
const char* mood_name(Mood m);
// The mood as a student reads it, in `lang` (nl or en).
const char* mood_label(Mood m, const std::string& lang);
std::optional<Mood> parse_mood(const std::string& s);
std::vector<std::string> mood_names();

// Where a declaration or field was written.
struct Place {
    const std::string* file = nullptr;
    int line = 0;
};

// A reference to a node or ending, resolved at load time.
struct TargetRef {
    enum class Kind { None, Node, Ending } kind = Kind::None;
    int index = -1;
    explicit operator bool() const { return kind != Kind::None; }
};

// Where `next` goes: a fixed target or an author function returning an id.
struct Target {
    TargetRef fixed;
    std::string id;  // as written (for messages); empty when `fn`
    Callable fn;
    explicit operator bool() const { return bool(fixed) || bool(fn); }
};

// A text that is either static (translations) or computed by a function.
struct Text {
    LocalText fixed;
    Callable fn;
    bool empty() const { return fixed.empty() && !fn; }
};

struct Effects {
    std::vector<std::pair<int, double>> meters;        // meter index, delta
    std::vector<std::pair<std::string, FlagValue>> set; // flag, value
    Callable fn;                                        // effect = function(s)
    bool empty() const { return meters.empty() && set.empty() && !fn; }
};

struct Portrait {
    std::string image;  // file path when the portrait is an image; else empty
    int skin = 3;       // 1..6
    std::string hair = "kort";
    std::string hair_color = "#3b2a1a";
    bool glasses = false;
    bool beard = false;
    std::string age = "middel";
    std::string shirt = "#5b7aa6";
};

struct Character {
    std::string id;
    LocalText name;  // usually one language; may be translated
    LocalText role;
    Portrait portrait;
    Place place;
};

struct Meter {
    std::string id;
    LocalText label;
    double min = 0, max = 10, start = 0;
    bool visible = true;
    Place place;
};

struct Competency {
    std::string id;
    LocalText label;
    double weight = 1;
    std::optional<double> max;  // fixed by the author; else found by analysis
    Place place;
};

struct Choice {
    std::string id;  // optional, for saves
    Text text;
    std::vector<std::string> tags;
    std::vector<int> tag_ids;  // indices into Scenario::tags
    Effects effects;
    std::vector<std::pair<int, double>> score;  // competency index, delta
    Text feedback;
    Callable when;
    Target next;
    Place place;
};

// Silence as a move: when the student does not answer in time. It may score
// and give feedback like a choice.
struct Timeout {
    double seconds = 0;
    Target next;
    std::vector<std::pair<int, double>> score;
    Effects effects;
    Text feedback;
    std::vector<std::string> tags;
    std::vector<int> tag_ids;
};

struct Node {
    std::string id;
    int speaker = -1;  // character index; -1 = narration
    std::optional<Mood> mood;  // fixed mood
    Callable mood_fn;
    Text text;
    Effects effects;
    std::vector<Choice> choices;
    Target next;
    std::optional<Timeout> timeout;
    Place place;
};

struct Ending {
    std::string id;
    Text title;
    Outcome outcome = Outcome::Mixed;
    Text text;
    // The best grade this ending allows (Insufficient or Sufficient); none =
    // no cap. For endings that mark a serious mistake, whatever was scored.
    std::optional<Grade> grade_cap;
    Place place;
};

// A test plan declared with `plan "id" { ... }`.
struct Plan {
    std::string id;
    std::string choices;  // as for `run --choices`
    uint64_t seed = 1;
    std::optional<std::string> ending, outcome;
    std::optional<Grade> grade;
    std::optional<double> overall;
    std::vector<std::pair<std::string, double>> scores;
    Place place;
};

struct Grading {
    double pass = 0.55;
    double good = 0.80;
};

// The immutable scenario. Built once by the loader; shared by any number of
// Sessions. Holds a shared_ptr to the ScriptHost that owns its functions.
struct Scenario {
    std::string id;
    int version = 1;
    LocalText title;
    std::string language = "nl";
    std::vector<std::string> tags;
    int level = 1;
    int minutes = 0;
    LocalText summary;
    LocalText briefing;
    std::vector<LocalText> goals;
    std::vector<std::pair<std::string, LocalText>> vars;
    std::string start_id;
    TargetRef start;
    Grading grading;
    bool shuffle = false;
    Place place;  // the scenario { ... } declaration

    std::vector<Character> characters;
    std::vector<Meter> meters;
    std::vector<Competency> competencies;
    std::vector<Node> nodes;
    std::vector<Ending> endings;
    std::vector<Plan> plans;
    std::vector<std::string> choice_tags;  // distinct choice tags, by index

    // Files the scenario was read from (entry first); Place::file points here.
    std::vector<std::unique_ptr<std::string>> files;
    std::string root;         // the scenario folder (for images and includes)
    std::string content_hash; // hash of all files' bytes

    // Each competency's maximum raw score (author's `max` or the analysis).
    std::vector<double> competency_max;
    bool max_exact = true;  // false when the analysis hit its state budget
    std::vector<int> farmable;  // competencies a loop can raise without end

    std::shared_ptr<ScriptHost> host;

    // Lookups by id (-1 when absent).
    int node_index(const std::string& id) const;
    int ending_index(const std::string& id) const;
    int meter_index(const std::string& id) const;
    int competency_index(const std::string& id) const;
    int character_index(const std::string& id) const;
    TargetRef find_target(const std::string& id) const;
    const std::string& target_id(TargetRef t) const;
    // {name} lookup: vars then character names, in `lang`.
    const std::string* lookup_name(const std::string& name, const std::string& lang) const;

    // Called by the loader once all declarations are in.
    void build_index();

private:
    std::unordered_map<std::string, int> m_node_ix, m_ending_ix, m_meter_ix, m_comp_ix, m_char_ix;
};

}  // namespace lab
