// Generated scenarios for scripts/bench and the tests that check the
// analysis at scale.
#pragma once
#include <random>
#include <string>

namespace labbench {

// A conversation of `nodes` nodes going forward (each choice jumps 1..8
// nodes ahead), ending in one of three endings; 3 choices a node, two
// meters 0..10, three competencies. With `with_when` the third choice of
// every node has a Lua `when` on a meter.
inline std::string generate(int nodes, bool with_when) {
    std::mt19937 rng(12345);
    std::string s;
    s += "scenario { id = \"bench\", title = \"Bench\", start = \"n0\" }\n";
    s += "character \"ouder\" { name = \"Ouder\" }\n";
    s += "meter \"vertrouwen\" { min = 0, max = 10, start = 5 }\n";
    s += "meter \"spanning\" { min = 0, max = 10, start = 5 }\n";
    s += "competency \"lsd\" { weight = 2 }\ncompetency \"helder\" { }\ncompetency \"afspraken\" { }\n";
    const char* comps[] = {"lsd", "helder", "afspraken"};
    auto target = [&](int i) {
        int t = i + 1 + int(rng() % 8);
        if (t >= nodes) {
            const char* ends[] = {"goed", "gemengd", "slecht"};
            return std::string(ends[rng() % 3]);
        }
        return "n" + std::to_string(t);
    };
    for (int i = 0; i < nodes; ++i) {
        s += "node \"n" + std::to_string(i) + "\" { speaker = \"ouder\", mood = \"neutraal\", text = \"Tekst van knoop " + std::to_string(i) +
             ", met wat woorden erbij zoals in een echt gesprek.\", choices = {\n";
        for (int c = 0; c < 3; ++c) {
            s += "  { text = \"Keuze " + std::to_string(c + 1) + "\", effects = { vertrouwen = " + std::to_string(int(rng() % 3) - 1) +
                 ", spanning = " + std::to_string(int(rng() % 3) - 1) + " }, score = { " + comps[rng() % 3] + " = " + std::to_string(int(rng() % 4) - 1) +
                 " }, feedback = \"Omdat.\", next = \"" + target(i) + "\"";
            // The third choice of every node (a third of all choices) has a
            // Lua condition; the first is always offered, so nothing gets stuck.
            if (with_when && c == 2) s += ", when = function(s) return s.vertrouwen >= 4 end";
            s += " },\n";
        }
        s += "} }\n";
    }
    s += "ending \"goed\" { title = \"Goed\", outcome = \"good\" }\nending \"gemengd\" { title = \"Gemengd\", outcome = \"mixed\" }\n"
         "ending \"slecht\" { title = \"Slecht\", outcome = \"bad\" }\n";
    return s;
}

// The reproducer of issue 10 §4: node i offers three options, to i+1, i+2
// and i+3 (or the one ending), with effects -1, 0, +1 on meter m (range
// lo..hi, start 0) and scores 0, 1, 2 alternating over two competencies;
// the third option has `when = function(s) return s.m >= 0 end`. With a
// wide meter the states outnumber any budget.
inline std::string generate_wide_meter(int nodes, long lo, long hi) {
    std::string s;
    s += "scenario { id = \"breed\", title = \"Breed\", start = \"n0\" }\n";
    s += "character \"ouder\" { name = \"Ouder\" }\n";
    s += "meter \"m\" { min = " + std::to_string(lo) + ", max = " + std::to_string(hi) + ", start = 0 }\n";
    s += "competency \"luisteren\" { }\ncompetency \"helder\" { }\n";
    const char* comps[] = {"luisteren", "helder"};
    for (int i = 0; i < nodes; ++i) {
        s += "node \"n" + std::to_string(i) + "\" { speaker = \"ouder\", text = \"Tekst " + std::to_string(i) + "\", choices = {\n";
        for (int c = 0; c < 3; ++c) {
            const int t = i + 1 + c;
            s += "  { text = \"Keuze " + std::to_string(c + 1) + "\", effects = { m = " + std::to_string(c - 1) + " }, score = { " + comps[(i + c) % 2] +
                 " = " + std::to_string(c) + " }, feedback = \"F.\", next = \"" + (t < nodes ? "n" + std::to_string(t) : std::string("einde")) + "\"";
            if (c == 2) s += ", when = function(s) return s.m >= 0 end";
            s += " },\n";
        }
        s += "} }\n";
    }
    s += "ending \"einde\" { title = \"Einde\", outcome = \"good\" }\n";
    return s;
}

// The same story as ink (for the reference compiler): sticky choices, the
// meter clamped like a Gesprekslab meter, the scores as variables.
inline std::string generate_wide_meter_ink(int nodes, long lo, long hi) {
    std::string s = "VAR m = 0\nVAR luisteren = 0\nVAR helder = 0\n-> n0\n";
    const char* comps[] = {"luisteren", "helder"};
    for (int i = 0; i < nodes; ++i) {
        s += "=== n" + std::to_string(i) + " ===\nTekst " + std::to_string(i) + "\n";
        for (int c = 0; c < 3; ++c) {
            const int t = i + 1 + c;
            s += std::string("+ ") + (c == 2 ? "{m >= 0} " : "") + "[Keuze " + std::to_string(c + 1) + "]\n";
            s += "  ~ m = MAX(" + std::to_string(lo) + ", MIN(" + std::to_string(hi) + ", m + " + std::to_string(c - 1) + "))\n";
            s += "  ~ " + std::string(comps[(i + c) % 2]) + " = " + comps[(i + c) % 2] + " + " + std::to_string(c) + "\n";
            s += "  F.\n  -> " + (t < nodes ? "n" + std::to_string(t) : std::string("einde")) + "\n";
        }
    }
    s += "=== einde ===\nEinde\n-> END\n";
    return s;
}

}  // namespace labbench
