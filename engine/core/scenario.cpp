#include "scenario.h"

#include "text.h"

namespace lab {

namespace {
const char* const kMoods[kMoodCount] = {"neutraal", "blij", "gespannen", "boos", "verdrietig", "verward", "afwijzend"};
}

const char* outcome_name(Outcome o) {
    switch (o) {
        case Outcome::Good: return "good";
        case Outcome::Mixed: return "mixed";
        case Outcome::Bad: return "bad";
        case Outcome::Stuck: return "stuck";
        case Outcome::Unfinished: return "unfinished";
        case Outcome::Failed: return "failed";
    }
    return "?";
}

std::optional<Outcome> parse_outcome(const std::string& s) {
    if (s == "good") return Outcome::Good;
    if (s == "mixed") return Outcome::Mixed;
    if (s == "bad") return Outcome::Bad;
    return std::nullopt;
}

const char* mood_name(Mood m) { return kMoods[int(m)]; }

const char* mood_label(Mood m, const std::string& lang) {
    static const char* const en[kMoodCount] = {"neutral", "glad", "tense", "angry", "sad", "confused", "dismissive"};
    return lang == "en" ? en[int(m)] : kMoods[int(m)];
}

std::optional<Mood> parse_mood(const std::string& s) {
    for (int i = 0; i < kMoodCount; ++i)
        if (s == kMoods[i]) return Mood(i);
    return std::nullopt;
}

std::vector<std::string> mood_names() { return {std::begin(kMoods), std::end(kMoods)}; }

static int find_in(const std::unordered_map<std::string, int>& m, const std::string& id) {
    auto it = m.find(id);
    return it == m.end() ? -1 : it->second;
}

int Scenario::node_index(const std::string& id) const { return find_in(m_node_ix, id); }
int Scenario::ending_index(const std::string& id) const { return find_in(m_ending_ix, id); }
int Scenario::meter_index(const std::string& id) const { return find_in(m_meter_ix, id); }
int Scenario::competency_index(const std::string& id) const { return find_in(m_comp_ix, id); }
int Scenario::character_index(const std::string& id) const { return find_in(m_char_ix, id); }

TargetRef Scenario::find_target(const std::string& id) const {
    int n = node_index(id);
    if (n >= 0) return {TargetRef::Kind::Node, n};
    int e = ending_index(id);
    if (e >= 0) return {TargetRef::Kind::Ending, e};
    return {};
}

const std::string& Scenario::target_id(TargetRef t) const {
    static const std::string none;
    if (t.kind == TargetRef::Kind::Node) return nodes[size_t(t.index)].id;
    if (t.kind == TargetRef::Kind::Ending) return endings[size_t(t.index)].id;
    return none;
}

const std::string* Scenario::lookup_name(const std::string& name, const std::string& lang) const {
    for (const auto& v : vars)
        if (v.first == name) return &v.second.get(lang, language);
    int c = character_index(name);
    if (c >= 0) return &characters[size_t(c)].name.get(lang, language);
    return nullptr;
}

void Scenario::build_index() {
    m_node_ix.clear(); m_ending_ix.clear(); m_meter_ix.clear(); m_comp_ix.clear(); m_char_ix.clear();
    for (size_t i = 0; i < nodes.size(); ++i) m_node_ix.emplace(nodes[i].id, int(i));
    for (size_t i = 0; i < endings.size(); ++i) m_ending_ix.emplace(endings[i].id, int(i));
    for (size_t i = 0; i < meters.size(); ++i) m_meter_ix.emplace(meters[i].id, int(i));
    for (size_t i = 0; i < competencies.size(); ++i) m_comp_ix.emplace(competencies[i].id, int(i));
    for (size_t i = 0; i < characters.size(); ++i) m_char_ix.emplace(characters[i].id, int(i));
}

}  // namespace lab
