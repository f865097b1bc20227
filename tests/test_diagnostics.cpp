// Diagnostics: located, collected (not first-error-only), in the lecturer's
// language, with a suggestion where a name is close to an existing one.
#include "helpers.h"

using namespace labtest;

namespace {
const char* kEnd = "\nending \"goed\" { outcome = \"good\" }\n";
}

TEST(Diagnostics, SyntaxErrorIsLocated) {
    TempDir d;
    auto l = load_text(d, "scenario { id = \"t\", start = \"begin\" }\nnode \"begin\" {\n  text = \"x\"\n  next = \"goed\"\n}\n");
    EXPECT_FALSE(l.scenario);
    EXPECT_TRUE(has(l, "s.lua:4: error:")) << messages(l);
}

TEST(Diagnostics, SyntaxErrorInDutchByDefault) {
    TempDir d;
    std::string path = d.write("s.lua", "scenario { id = \"t\", start = \"begin\" \nnode \"begin\" { }\n");
    lab::set_message_language("nl");
    auto l = lab::load_scenario(path);
    EXPECT_TRUE(has(l, "syntaxfout")) << messages(l);
}

TEST(Diagnostics, UnknownTargetNamesChoiceNodeAndSuggests) {
    TempDir d;
    auto l = load_text(d, scenario_with("node \"begin\" { text = \"x\", choices = {\n  { text = \"a\", next = \"goed\" },\n  { text = \"b\", next = \"advise\" } } }\nnode \"advies\" { text = \"y\", next = \"goed\" }") + kEnd);
    EXPECT_FALSE(l.scenario);
    EXPECT_TRUE(has(l, "s.lua:4: error: choice 2 of node \"begin\" goes to \"advise\", which is not a node or ending (did you mean \"advies\"?)"))
        << messages(l);
}

TEST(Diagnostics, UnknownTargetInDutch) {
    TempDir d;
    std::string path = d.write("s.lua", scenario_with("node \"begin\" { text = \"x\", next = \"advise\" }\nnode \"advies\" { text = \"y\", next = \"goed\" }") + kEnd);
    lab::set_message_language("nl");
    auto l = lab::load_scenario(path);
    EXPECT_TRUE(has(l, "(bedoel je \"advies\"?)")) << messages(l);
}

TEST(Diagnostics, DuplicateIdsPointToTheFirst) {
    TempDir d;
    auto l = load_text(d, scenario_with("node \"begin\" { text = \"x\", next = \"goed\" }\nnode \"begin\" { text = \"y\", next = \"goed\" }") + kEnd);
    EXPECT_FALSE(l.scenario);
    EXPECT_TRUE(has(l, "s.lua:3: error: node \"begin\" already exists (see")) << messages(l);
}

TEST(Diagnostics, NodeAndEndingWithTheSameIdIsAnError) {
    TempDir d;
    auto l = load_text(d, scenario_with("node \"begin\" { text = \"x\", next = \"goed\" }\nnode \"goed\" { text = \"y\", next = \"goed\" }") + kEnd);
    EXPECT_FALSE(l.scenario);
    EXPECT_TRUE(has(l, "already used")) << messages(l);
}

TEST(Diagnostics, MissingStart) {
    TempDir d;
    auto l = load_text(d, "scenario { id = \"t\" }\nnode \"begin\" { text = \"x\", next = \"goed\" }" + std::string(kEnd));
    EXPECT_FALSE(l.scenario);
    EXPECT_TRUE(has(l, "s.lua:1: error: scenario is missing the required field \"start\"")) << messages(l);
}

TEST(Diagnostics, UnknownStartSuggests) {
    TempDir d;
    auto l = load_text(d, "scenario { id = \"t\",\n start = \"begni\" }\nnode \"begin\" { text = \"x\", next = \"goed\" }" + std::string(kEnd));
    EXPECT_FALSE(l.scenario);
    EXPECT_TRUE(has(l, "s.lua:2: error: start names \"begni\", but there is no node \"begni\" (did you mean \"begin\"?)")) << messages(l);
}

TEST(Diagnostics, MissingScenarioDeclaration) {
    TempDir d;
    auto l = load_text(d, "node \"begin\" { text = \"x\", next = \"goed\" }" + std::string(kEnd));
    EXPECT_FALSE(l.scenario);
    EXPECT_TRUE(has(l, "scenario { id = ..., start = ... } is missing")) << messages(l);
}

TEST(Diagnostics, UnknownSpeakerSuggests) {
    TempDir d;
    auto l = load_text(d, scenario_with("character \"vader\" { name = \"Marco\" }\nnode \"begin\" {\n speaker = \"vadr\", text = \"x\", next = \"goed\" }") + kEnd);
    EXPECT_FALSE(l.scenario);
    EXPECT_TRUE(has(l, "s.lua:4: error: node \"begin\": speaker \"vadr\" is not a character (did you mean \"vader\"?)")) << messages(l);
}

TEST(Diagnostics, UnknownMeterAndCompetencyInEffectsAndScore) {
    TempDir d;
    auto l = load_text(d, scenario_with("meter \"vertrouwen\" { min = 0, max = 10 }\ncompetency \"luisteren\" { }\nnode \"begin\" { text = \"x\", choices = {\n"
                                        "  { text = \"a\",\n    effects = { vertrouwn = 1 },\n    score = { luistern = 1 }, next = \"goed\" } } }") + kEnd);
    EXPECT_FALSE(l.scenario);
    EXPECT_TRUE(has(l, "s.lua:6: error: choice 1 of node \"begin\": effects names \"vertrouwn\", but there is no meter \"vertrouwn\" (did you mean \"vertrouwen\"?)")) << messages(l);
    EXPECT_TRUE(has(l, "s.lua:7: error: choice 1 of node \"begin\": score names \"luistern\", but there is no competency \"luistern\" (did you mean \"luisteren\"?)")) << messages(l);
}

TEST(Diagnostics, UnknownPlaceholder) {
    TempDir d;
    auto l = load_text(d, scenario_with("node \"begin\" {\n text = \"Hallo {kidn}\", next = \"goed\" }", "vars = { kind = \"Daan\" },") + kEnd);
    EXPECT_FALSE(l.scenario);
    EXPECT_TRUE(has(l, "s.lua:3: error: node \"begin\": {kidn} is not a name from vars or a character")) << messages(l);
    EXPECT_TRUE(has(l, "(did you mean {kind}?)")) << messages(l);
}

TEST(Diagnostics, WrongFieldTypes) {
    TempDir d;
    auto l = load_text(d, scenario_with("meter \"m\" { min = \"nul\", max = 10 }\nnode \"begin\" {\n text = 42 == 42, next = \"goed\",\n choices = \"geen lijst\" }", "level = \"hoog\",") + kEnd);
    EXPECT_FALSE(l.scenario);
    EXPECT_TRUE(has(l, "\"level\" must be a number, not text")) << messages(l);
    EXPECT_TRUE(has(l, "\"min\" must be a number, not text")) << messages(l);
    EXPECT_TRUE(has(l, "s.lua:4: error: node \"begin\": \"text\" must be text, not true/false")) << messages(l);
    EXPECT_TRUE(has(l, "choices must be a list of choices")) << messages(l);
}

TEST(Diagnostics, UnknownFieldIsAWarningWithSuggestion) {
    TempDir d;
    auto l = load_text(d, scenario_with("node \"begin\" {\n text = \"x\",\n nxet = \"goed\",\n next = \"goed\" }") + kEnd);
    ASSERT_TRUE(l.scenario) << messages(l);
    EXPECT_TRUE(has(l, "s.lua:4: warning: node \"begin\": unknown field \"nxet\" is ignored (did you mean \"next\"?)")) << messages(l);
}

TEST(Diagnostics, NodeWithoutChoicesOrNext) {
    TempDir d;
    auto l = load_text(d, scenario_with("node \"begin\" { text = \"x\" }") + kEnd);
    EXPECT_FALSE(l.scenario);
    EXPECT_TRUE(has(l, "has no choices and no next")) << messages(l);
}

TEST(Diagnostics, PossibleDeadEndIsAWarning) {
    TempDir d;
    auto l = load_text(d, scenario_with("meter \"v\" { min = 0, max = 5, start = 2 }\nnode \"begin\" { text = \"x\", choices = {\n { text = \"a\", effects = { v = 2 }, next = \"twee\" }, { text = \"b\", next = \"twee\" } } }\n"
                                        "node \"twee\" { text = \"y\", choices = {\n { text = \"c\", when = function(s) return s.v > 3 end, next = \"goed\" } } }") + kEnd);
    ASSERT_TRUE(l.scenario) << messages(l);
    EXPECT_TRUE(has(l, "warning: node \"twee\": every choice has a when")) << messages(l);
    EXPECT_TRUE(has(l, "(after the choices 2)")) << messages(l);
    EXPECT_TRUE(has(l, "can be a dead end")) << messages(l);
}

TEST(Diagnostics, UnreachableNodesAndEndingsAreWarnings) {
    TempDir d;
    auto l = load_text(d, scenario_with("node \"begin\" { text = \"x\", next = \"goed\" }\nnode \"eiland\" { text = \"y\", next = \"weg\" }\nending \"weg\" { outcome = \"bad\" }") + kEnd);
    ASSERT_TRUE(l.scenario) << messages(l);
    EXPECT_TRUE(has(l, "s.lua:3: warning: node \"eiland\" is unreachable")) << messages(l);
    EXPECT_TRUE(has(l, "s.lua:4: warning: ending \"weg\" is unreachable")) << messages(l);
}

TEST(Diagnostics, AllProblemsAreCollectedNotJustTheFirst) {
    TempDir d;
    auto l = load_text(d, scenario_with("node \"begin\" { speaker = \"niemand\", text = \"x\", next = \"nergens\" }\nnode \"twee\" { text = \"{onbekend}\", next = \"ook_nergens\" }\nnode \"twee\" { text = \"z\", next = \"goed\" }") + kEnd);
    EXPECT_FALSE(l.scenario);
    EXPECT_GE(l.diagnostics.error_count(), 5u) << messages(l);
}

TEST(Diagnostics, EveryMessageHasFileAndLine) {
    TempDir d;
    auto l = load_text(d, scenario_with("node \"begin\" { speaker = \"niemand\", text = \"x\", next = \"nergens\" }\nnode \"twee\" { text = \"{onbekend}\", next = \"ook_nergens\", nxet = 1 }") + kEnd);
    for (const auto& x : l.diagnostics.all()) {
        EXPECT_NE(x.file.find("s.lua"), std::string::npos) << x.format();
        EXPECT_GT(x.line, 0) << x.format();
    }
}

TEST(Diagnostics, BadOutcomeAndMoodSuggest) {
    TempDir d;
    auto l = load_text(d, scenario_with("node \"begin\" { mood = \"bose\", text = \"x\", next = \"goed\" }\nending \"goed\" { outcome = \"goood\" }"));
    EXPECT_FALSE(l.scenario);
    EXPECT_TRUE(has(l, "mood \"bose\" does not exist")) << messages(l);
    EXPECT_TRUE(has(l, "(did you mean \"boos\"?)")) << messages(l);
    EXPECT_TRUE(has(l, "(did you mean \"good\"?)")) << messages(l);
}

TEST(Diagnostics, MissingFileIsAClearError) {
    lab::set_message_language("en");
    auto l = lab::load_scenario("/nonexistent/nothing.lua");
    EXPECT_FALSE(l.scenario);
    EXPECT_TRUE(has(l, "does not exist")) << messages(l);
}

TEST(Diagnostics, DuplicateChoiceIdInANode) {
    TempDir d;
    auto l = load_text(d, scenario_with("node \"begin\" { text = \"x\", choices = {\n { id = \"vraag\", text = \"a\", next = \"goed\" },\n { id = \"vraag\", text = \"b\", next = \"goed\" } } }") + kEnd);
    EXPECT_FALSE(l.scenario);
    EXPECT_TRUE(has(l, "id \"vraag\" is already used")) << messages(l);
}

TEST(Diagnostics, UnknownNameInAFunctionTextIsFoundByCheck) {
    TempDir d;
    auto l = load_text(d, scenario_with("node \"begin\" {\n text = function(s) return \"Hallo {kidn}\" end, next = \"goed\" }", "vars = { kind = \"Daan\" },") + kEnd);
    EXPECT_TRUE(l.diagnostics.has_errors());
    EXPECT_TRUE(has(l, "s.lua:3: error: this function returned a text with {kidn}")) << messages(l);
}

TEST(Diagnostics, SandboxedNamesAreExplained) {
    TempDir d;
    auto l = load_text(d, "scenario { id = \"t\", start = \"b\" }\nos.exit(1)\n");
    EXPECT_TRUE(has(l, "s.lua:2: error: error while loading: os is not available in scenarios")) << messages(l);
}

TEST(Diagnostics, LoadLoopMessageNamesTheLoadBudget) {
    TempDir d;
    auto l = load_text(d, "scenario { id = \"t\", start = \"b\" }\nwhile true do end\n");
    EXPECT_TRUE(has(l, "over 50000000 steps")) << messages(l);
}
