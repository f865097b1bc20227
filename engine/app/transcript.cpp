#include "transcript.h"

#include "core/text.h"

namespace lab {

std::string ending_title(const Session& s, const std::string& lang) {
    const Step& st = s.current();
    if (st.arrival.at.kind != TargetRef::Kind::Ending) return {};
    std::string out = s.title_of(st, lang);
    return out.empty() ? s.scenario().endings[size_t(st.arrival.at.index)].id : out;
}

namespace {

// The author's changes as "vertrouwen = 5 · advies_genoemd = true".
std::string edits_text(const Scenario& sc, const std::vector<AuthorEdit>& edits) {
    std::string out;
    for (const AuthorEdit& e : edits) {
        std::string one;
        switch (e.kind) {
            case AuthorEdit::Kind::Meter: one = sc.meters[size_t(e.index)].id + " = " + format_number(e.value); break;
            case AuthorEdit::Kind::Score: one = sc.competencies[size_t(e.index)].id + " = " + format_number(e.value); break;
            case AuthorEdit::Kind::Visits: {
                const int n = int(sc.nodes.size());
                const TargetRef t{e.index < n ? TargetRef::Kind::Node : TargetRef::Kind::Ending, e.index < n ? e.index : e.index - n};
                one = "visits(" + sc.target_id(t) + ") = " + format_number(e.value);
                break;
            }
            case AuthorEdit::Kind::ClearFlag: one = e.flag + " = nil"; break;
            case AuthorEdit::Kind::Flag:
                if (const bool* b = std::get_if<bool>(&e.flag_value)) one = e.flag + " = " + (*b ? "true" : "false");
                else if (const double* d = std::get_if<double>(&e.flag_value)) one = e.flag + " = " + format_number(*d);
                else one = e.flag + " = \"" + std::get<std::string>(e.flag_value) + "\"";
                break;
        }
        out += (out.empty() ? "" : " \xC2\xB7 ") + one;
    }
    return out;
}

void author_line(std::vector<TranscriptLine>& out, size_t step, const char* what, std::string text) {
    TranscriptLine l;
    l.kind = TranscriptLine::Kind::Author;
    l.step = step;
    l.title = what;
    l.text = std::move(text);
    out.push_back(std::move(l));
}

}  // namespace

std::vector<TranscriptLine> build_transcript(const Session& s, const std::string& lang) {
    const Scenario& sc = s.scenario();
    std::vector<TranscriptLine> out;
    out.reserve(s.steps().size() * 2);
    int turn = 0;
    if (s.begin().kind != sc.start.kind || s.begin().index != sc.start.index) author_line(out, 0, "begin", sc.target_id(s.begin()));
    for (size_t i = 0; i < s.steps().size(); ++i) {
        const Step& st = s.steps()[i];
        const TargetRef at = st.arrival.at;
        if (at.kind == TargetRef::Kind::Ending) {
            const Ending& e = sc.endings[size_t(at.index)];
            TranscriptLine l;
            l.kind = TranscriptLine::Kind::Ending;
            l.step = i;
            l.title = s.title_of(st, lang);
            if (l.title.empty()) l.title = e.id;
            l.text = s.text_of(st, lang);
            out.push_back(std::move(l));
            if (!st.edits.empty()) author_line(out, i, "edits", edits_text(sc, st.edits));
            if (st.decision == Decision::Jump) author_line(out, i, "jump", sc.target_id(st.jump));
            continue;
        }
        if (at.kind != TargetRef::Kind::Node) continue;
        const Node& n = sc.nodes[size_t(at.index)];
        std::string text = s.text_of(st, lang);
        if (!text.empty()) {
            TranscriptLine l;
            l.step = i;
            l.text = std::move(text);
            l.mood = st.arrival.mood;
            if (n.speaker >= 0) {
                l.kind = TranscriptLine::Kind::Parent;
                l.speaker = n.speaker;
                l.who = interpolate_text(sc, sc.characters[size_t(n.speaker)].name.get(lang, sc.language), lang);
            } else {
                l.kind = TranscriptLine::Kind::Narration;
            }
            out.push_back(std::move(l));
        }
        if (!st.edits.empty()) author_line(out, i, "edits", edits_text(sc, st.edits));
        if (st.decision == Decision::Jump) author_line(out, i, "jump", sc.target_id(st.jump));
        if (st.decision == Decision::Choice) {
            TranscriptLine l;
            l.kind = TranscriptLine::Kind::Student;
            l.step = i;
            l.turn = turn++;
            l.text = s.choice_text(st, size_t(st.chosen_pos), lang);
            out.push_back(std::move(l));
        } else if (st.decision == Decision::Timeout) {
            TranscriptLine l;
            l.kind = TranscriptLine::Kind::Silence;
            l.step = i;
            l.turn = turn++;
            out.push_back(std::move(l));
        }
    }
    return out;
}

int current_speaker(const Session& s, Mood* mood) {
    const Scenario& sc = s.scenario();
    bool have_mood = false;
    for (size_t i = s.steps().size(); i-- > 0;) {
        const Step& st = s.steps()[i];
        if (st.arrival.at.kind != TargetRef::Kind::Node) continue;
        const Node& n = sc.nodes[size_t(st.arrival.at.index)];
        // A narration node with its own mood sets the face ("Het blijft stil.").
        if (!have_mood && (n.speaker >= 0 || n.mood || n.mood_fn)) {
            if (mood) *mood = st.arrival.mood;
            have_mood = true;
        }
        if (n.speaker >= 0) return n.speaker;
    }
    if (mood && !have_mood) *mood = Mood::Neutraal;
    return sc.characters.empty() ? -1 : 0;
}

int last_choice_step(const Session& s) {
    for (size_t i = s.steps().size(); i-- > 0;)
        if (s.steps()[i].decision == Decision::Choice) return int(i);
    return -1;
}

}  // namespace lab
