#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "commands.h"
#include "core/i18n.h"
#include "core/session.h"
#include "core/text.h"

namespace lab {

namespace {

struct Term {
    int width = 80;
    bool color = false;
    const char* bold() const { return color ? "\033[1m" : ""; }
    const char* dim() const { return color ? "\033[2m" : ""; }
    const char* italic() const { return color ? "\033[3m" : ""; }
    const char* green() const { return color ? "\033[32m" : ""; }
    const char* reset() const { return color ? "\033[0m" : ""; }
};

Term detect_term() {
    Term t;
    winsize ws{};
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20) t.width = ws.ws_col;
    else if (const char* c = std::getenv("COLUMNS")) t.width = std::max(20, std::atoi(c));
    if (t.width > 100) t.width = 100;
    t.color = isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR");
    return t;
}

// Display width of UTF-8 text (code points; good enough for Latin text).
size_t columns(const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s) if ((c & 0xC0) != 0x80) ++n;
    return n;
}

// Wraps at word boundaries; `first` prefixes the first line, `indent` the others.
std::string wrap(const std::string& text, size_t width, const std::string& first, const std::string& indent) {
    std::string out, line = first;
    size_t col = columns(first);
    size_t start_col = col;
    auto flush_para = [&]() { out += line + "\n"; line = indent; col = columns(indent); start_col = col; };
    size_t i = 0;
    while (i <= text.size()) {
        if (i == text.size() || text[i] == '\n') {
            flush_para();
            ++i;
            if (i > text.size()) break;
            continue;
        }
        size_t j = i;
        while (j < text.size() && text[j] != ' ' && text[j] != '\n') ++j;
        std::string word = text.substr(i, j - i);
        size_t w = columns(word);
        if (col > start_col && col + 1 + w > width) { out += line + "\n"; line = indent; col = columns(indent); start_col = col; }
        else if (col > start_col) { line += ' '; ++col; }
        line += word;
        col += w;
        i = j;
        while (i < text.size() && text[i] == ' ') ++i;
    }
    while (!out.empty() && out.back() == '\n' && out.size() >= 2 && out[out.size() - 2] == '\n') out.pop_back();
    return out;
}

// The longest input line play reads (no answer needs more).
constexpr size_t kMaxInputLine = 4096;

enum class Input { Line, TimedOut, Ended };

// Reads a line; with `seconds` > 0 on a terminal, gives up after that long.
// A line longer than kMaxInputLine ends the input (said on stderr), so that
// endless input without newlines (/dev/zero) cannot hang play.
Input read_line(std::string& out, double seconds) {
    if (seconds > 0 && isatty(STDIN_FILENO)) {
        pollfd p{STDIN_FILENO, POLLIN, 0};
        int r = poll(&p, 1, int(seconds * 1000));
        if (r == 0) return Input::TimedOut;
    }
    out.clear();
    for (int c; (c = std::cin.get()) != std::char_traits<char>::eof();) {
        if (c == '\n') return Input::Line;
        if (out.size() == kMaxInputLine) {
            std::cerr << "\nerror: "
                      << fmt("een invoerregel is langer dan {0} tekens; de invoer stopt hier", "an input line is longer than {0} characters; input stops here",
                             {std::to_string(kMaxInputLine)})
                      << "\n";
            return Input::Ended;
        }
        out += char(c);
    }
    return out.empty() ? Input::Ended : Input::Line;  // a last line without a newline still counts
}

void show_step(const Session& s, const Step& st, const Term& t, const std::string& lang) {
    const Scenario& sc = s.scenario();
    const TargetRef at = st.arrival.at;
    std::string text = s.text_of(st, lang);
    if (at.kind == TargetRef::Kind::Ending) {
        std::cout << "\n" << t.bold() << "== " << s.title_of(st, lang) << " ==" << t.reset() << "\n";
        if (!text.empty()) std::cout << wrap(text, size_t(t.width), "", "");
        return;
    }
    const Node& n = sc.nodes[size_t(at.index)];
    if (n.speaker >= 0) {
        const Character& c = sc.characters[size_t(n.speaker)];
        std::string who = c.name.get(lang, sc.language);
        std::cout << "\n" << t.bold() << who << t.reset() << t.dim() << " (" << mood_label(st.arrival.mood, lang) << ")" << t.reset() << "\n";
        std::cout << wrap(text, size_t(t.width), "  ", "  ");
    } else {
        std::cout << "\n" << t.italic() << wrap(text, size_t(t.width), "", "") << t.reset();
    }
}

void show_meters(const Session& s, const Term& t, const std::string& lang) {
    const Scenario& sc = s.scenario();
    std::string line;
    for (size_t i = 0; i < sc.meters.size(); ++i) {
        if (!sc.meters[i].visible) continue;
        line += (line.empty() ? "" : "   ") + sc.meters[i].label.get(lang, sc.language) + ": " + format_number(s.state().meters[i]) + "/" +
                format_number(sc.meters[i].max);
    }
    if (!line.empty()) std::cout << t.dim() << "  [" << line << "]" << t.reset() << "\n";
}

// The debrief of an attempt that ended; of one stopped before its end, the
// standing so far, without a grade (as the store keeps it: unfinished).
void show_result(const Session& s, const Term& t, const std::string& lang) {
    const Scenario& sc = s.scenario();
    Result r = s.result();
    const bool ended = s.phase() == Phase::Ended;
    std::cout << "\n" << t.bold() << (ended ? tr("Nabespreking", "Debrief") : tr("Tussenstand (niet afgerond)", "Standing so far (not finished)"))
              << t.reset() << "\n";
    for (const auto& c : r.competencies) {
        int k = sc.competency_index(c.id);
        int filled = int(c.percent * 20 + 0.5);
        std::cout << "  " << std::string(size_t(filled), '#') << std::string(size_t(20 - filled), '.') << " " << int(c.percent * 100 + 0.5)
                  << "%  " << sc.competencies[size_t(k)].label.get(lang, sc.language) << " (" << format_number(c.raw) << "/"
                  << format_number(c.max) << ")\n";
    }
    std::cout << "  " << tr("Totaal: ", "Overall: ") << int(r.overall * 100 + 0.5) << "%";
    if (ended) std::cout << "   " << tr("Oordeel: ", "Grade: ") << t.bold() << grade_name(r.grade) << t.reset();
    std::cout << "\n";
}

}  // namespace

int cmd_play(const std::string& path, uint64_t seed, const std::string& lang, const std::function<bool(const Session&)>& record,
             bool test_mode) {
    auto sc = load_or_report(path);
    if (!sc) return kExitInput;
    Term t = detect_term();
    Session s(sc, seed);
    // Recording (play --record) begins before the first action and follows every one.
    if (record && !record(s)) return kExitInput;
    auto recorded = [&]() {
        if (record) record(s);
    };
    // In a test there is no feedback and no taking back until the end.
    auto show_feedback = [&](const std::string& fb) {
        if (!fb.empty() && !test_mode) std::cout << t.green() << wrap(fb, size_t(t.width), "  > ", "    ") << t.reset();
    };
    std::cout << t.bold() << sc->title.get(lang, sc->language) << t.reset() << "\n";
    if (!sc->briefing.empty()) std::cout << "\n" << wrap(interpolate_text(*sc, sc->briefing.get(lang, sc->language), lang), size_t(t.width), "", "");
    if (!sc->goals.empty()) {
        std::cout << "\n" << tr("Doelen:", "Goals:") << "\n";
        for (const auto& g : sc->goals) std::cout << wrap(interpolate_text(*sc, g.get(lang, sc->language), lang), size_t(t.width), "  - ", "    ");
    }
    std::cout << "\n" << t.dim()
              << (test_mode ? tr("Toets: typ het nummer van je keuze en Enter. q = stoppen. Feedback krijg je aan het einde.",
                                 "Test: type the number of your choice and Enter. q = quit. Feedback comes at the end.")
                            : tr("Typ het nummer van je keuze en Enter. r = vorige keuze terugnemen, q = stoppen.",
                                 "Type the number of your choice and Enter. r = take back the last choice, q = quit."))
              << t.reset() << "\n";
    size_t shown = 0;
    for (;;) {
        for (; shown < s.steps().size(); ++shown) show_step(s, s.steps()[shown], t, lang);
        if (s.phase() == Phase::Failed) {
            const ScriptError& e = *s.error();
            std::cerr << (e.file.empty() ? path : e.file) << ":" << e.line << ": error: " << e.message << "\n";
            return kExitInput;
        }
        if (s.phase() == Phase::Ended) break;
        std::string input;
        if (s.phase() == Phase::Talking) {
            std::cout << t.dim() << tr("  [Enter = verder]", "  [Enter = continue]") << t.reset() << " " << std::flush;
            if (read_line(input, 0) == Input::Ended) {
                // No more input where none is needed: the conversation goes on
                // as Enter would take it, to its end or the next choice. What
                // is shown is then what is stored.
                std::cout << "\n";
                s.advance_all();
                recorded();
                continue;
            }
            if (input == "q") break;
            if (input == "r" && s.turns() > 0 && !test_mode) { s.rewind(s.turns() - 1); recorded(); shown = 0; std::cout << "\n--- " << tr("terug", "back") << " ---\n"; continue; }
            s.advance();
            recorded();
            continue;
        }
        show_meters(s, t, lang);
        const Step& cur = s.current();
        for (size_t k = 0; k < cur.arrival.offered.size(); ++k)
            std::cout << wrap(s.choice_text(cur, k, lang), size_t(t.width), "  " + std::to_string(k + 1) + ") ", "     ");
        double secs = s.timeout_seconds();
        if (secs > 0) std::cout << t.dim() << fmt("  (je hebt {0} seconden; niets typen is ook een antwoord)", "  (you have {0} seconds; silence is an answer too)", {format_number(secs)}) << t.reset() << "\n";
        std::cout << "> " << std::flush;
        const Input r = read_line(input, secs);
        if (r == Input::Ended) break;
        if (r == Input::TimedOut || input == "t") {
            if (s.has_timeout()) {
                std::cout << "\n" << t.dim() << tr("(je zegt niets)", "(you say nothing)") << t.reset() << "\n";
                const size_t at = s.steps().size() - 1;
                s.timeout();
                recorded();
                show_feedback(s.feedback_of(s.steps()[at], lang));
            }
            continue;
        }
        if (input == "q") break;
        if (input == "r" && !test_mode) {
            if (s.turns() > 0) { s.rewind(s.turns() - 1); recorded(); shown = 0; std::cout << "\n--- " << tr("terug naar de vorige keuze", "back to the previous choice") << " ---\n"; }
            continue;
        }
        int k = std::atoi(input.c_str());
        if (k < 1 || size_t(k) > cur.arrival.offered.size()) {
            std::cout << fmt("Kies een nummer van 1 tot en met {0}.", "Choose a number from 1 to {0}.", {std::to_string(cur.arrival.offered.size())}) << "\n";
            continue;
        }
        std::cout << "\n" << t.bold() << tr("Jij", "You") << t.reset() << "\n" << wrap(s.choice_text(cur, size_t(k - 1), lang), size_t(t.width), "  ", "  ");
        const size_t at = s.steps().size() - 1;
        s.choose(k - 1);
        recorded();
        show_feedback(s.feedback_of(s.steps()[at], lang));
    }
    show_result(s, t, lang);
    return kExitOk;
}

}  // namespace lab
