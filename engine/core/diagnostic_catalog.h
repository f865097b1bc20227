// The diagnostics a scenario can get, each declared once: stable code,
// severity and message template in Dutch and English. The loader
// (engine/script) reports the first sections, diagnose() (diagnose.h) the
// last. Arguments named in the comments; {N} is argument N. A trailing
// argument that `did_you_mean()` fills is called "suggestion".
#pragma once
#include <vector>

#include "diagnostic.h"

namespace lab::diag {

constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;

// [SECTION] files and Lua
// {0} the file as shown
inline constexpr DiagnosticDescriptor kFileMissing{"file-missing", E,
    "bestand {0} bestaat niet of is geen bestand", "file {0} does not exist or is not a file"};
// {0} the file, {1} the limit in MB
inline constexpr DiagnosticDescriptor kFileTooLarge{"file-too-large", E,
    "bestand {0} is te groot (meer dan {1} MB)", "file {0} is too large (over {1} MB)"};
// {0} the file
inline constexpr DiagnosticDescriptor kFileUnreadable{"file-unreadable", E,
    "bestand {0} kan niet worden gelezen", "file {0} cannot be read"};
inline constexpr DiagnosticDescriptor kBinaryChunk{"binary-chunk", E,
    "dit is gecompileerde Lua (een binair bestand); alleen tekstbestanden zijn toegestaan",
    "this is compiled Lua (a binary chunk); only text files are allowed"};
inline constexpr DiagnosticDescriptor kFileInvalidUtf8{"invalid-utf8", E,
    "deze regel bevat tekens die geen geldige UTF-8 zijn; sla het bestand op als UTF-8",
    "this line contains bytes that are not valid UTF-8; save the file as UTF-8"};
// {0} Lua's message (translated to Dutch where the words are known)
inline constexpr DiagnosticDescriptor kSyntax{"syntax", E, "syntaxfout: {0}", "{0}"};
// {0} the error
inline constexpr DiagnosticDescriptor kLoadFailed{"load", E, "fout bij het laden: {0}", "error while loading: {0}"};
inline constexpr DiagnosticDescriptor kNoLuaState{"no-memory", E, "kan geen Lua-omgeving maken", "cannot create a Lua state"};

// [SECTION] declarations and include
inline constexpr DiagnosticDescriptor kScenarioNeedsTable{"decl-form", E,
    "schrijf scenario { id = \"...\", ... } met een tabel tussen { }",
    "write scenario { id = \"...\", ... } with a table in { }"};
// {0} the declaration word (node, meter...)
inline constexpr DiagnosticDescriptor kDeclNeedsName{"decl-form", E,
    "{0} heeft eerst een naam nodig: {0} \"naam\" {{ ... }", "{0} needs a name first: {0} \"name\" {{ ... }"};
// {0} the declaration word, {1} the name
inline constexpr DiagnosticDescriptor kDeclNeedsTableAfter{"decl-form", E,
    "na {0} {1} hoort een tabel {{ ... }", "{0} {1} must be followed by a table {{ ... }"};
// {0} the declaration word, {1} the name
inline constexpr DiagnosticDescriptor kDeclHasNoTable{"decl-form", E,
    "{0} {1} heeft geen tabel {{ ... }", "{0} {1} has no table {{ ... }"};
// {0} the name
inline constexpr DiagnosticDescriptor kBadId{"bad-id", E,
    "de naam {0} mag alleen kleine letters a-z, cijfers, _ en - bevatten",
    "the name {0} may only contain lowercase a-z, digits, _ and -"};
// {0} the choice, {1} the name
inline constexpr DiagnosticDescriptor kBadChoiceId{"bad-id", E,
    "{0}: de naam {1} mag alleen kleine letters a-z, cijfers, _ en - bevatten",
    "{0}: the name {1} may only contain lowercase a-z, digits, _ and -"};
inline constexpr DiagnosticDescriptor kSecondScenario{"duplicate-id", E,
    "er is al een scenario { ... } in dit scenario", "there is already a scenario { ... } in this scenario"};
// {0} what (node "x"), {1} file and {2} line of the first
inline constexpr DiagnosticDescriptor kDuplicateDecl{"duplicate-id", E,
    "{0} bestaat al (zie {1}:{2})", "{0} already exists (see {1}:{2})"};
// {0} the name, {1} file and {2} line of the first
inline constexpr DiagnosticDescriptor kDuplicateTarget{"duplicate-id", E,
    "de naam {0} is al gebruikt voor een knoop of einde (zie {1}:{2})",
    "the name {0} is already used by a node or ending (see {1}:{2})"};
inline constexpr DiagnosticDescriptor kNoScenario{"no-scenario", E,
    "scenario { id = ..., start = ... } ontbreekt", "scenario { id = ..., start = ... } is missing"};
inline constexpr DiagnosticDescriptor kIncludeNeedsName{"include", E,
    "include heeft een bestandsnaam nodig: include \"deel2.lua\"", "include needs a file name: include \"part2.lua\""};
// {0} the file as written
inline constexpr DiagnosticDescriptor kIncludeOutside{"include-outside", E,
    "include {0}: alleen bestanden in de map van het scenario zelf mogen worden ingevoegd",
    "include {0}: only files inside the scenario's own folder can be included"};
// {0} the file as written
inline constexpr DiagnosticDescriptor kIncludeNotLua{"include", E,
    "include {0}: alleen .lua-bestanden kunnen worden ingevoegd", "include {0}: only .lua files can be included"};
// {0} the file as written
inline constexpr DiagnosticDescriptor kIncludeTwice{"include-twice", E,
    "include {0}: dit bestand is al ingevoegd", "include {0}: this file was already included"};
inline constexpr DiagnosticDescriptor kIncludeTooDeep{"include-deep", E, "te veel geneste includes", "includes nested too deeply"};

// [SECTION] fields
// {0} where (node "x"...)
inline constexpr DiagnosticDescriptor kPositionalValue{"positional", E,
    "{0} bevat een waarde zonder naam; schrijf naam = waarde", "{0} contains a value without a name; write name = value"};
// {0} where, {1} the field, {2} suggestion
inline constexpr DiagnosticDescriptor kUnknownField{"unknown-field", W,
    "{0}: onbekend veld {1} wordt genegeerd{2}", "{0}: unknown field {1} is ignored{2}"};
// {0} what, {1} the field
inline constexpr DiagnosticDescriptor kMissingField{"missing-field", E,
    "{0} mist het verplichte veld {1}", "{0} is missing the required field {1}"};
// {0} what, {1} the field, {2} the type given (a phrase)
inline constexpr DiagnosticDescriptor kNotText{"field-type", E, "{0}: {1} moet tekst zijn, niet {2}", "{0}: {1} must be text, not {2}"};
// {0} what, {1} the field, {2} the type given
inline constexpr DiagnosticDescriptor kNotNumber{"field-type", E,
    "{0}: {1} moet een getal zijn, niet {2}", "{0}: {1} must be a number, not {2}"};
// {0} what, {1} the field, {2} lowest, {3} highest
inline constexpr DiagnosticDescriptor kNotWholeInRange{"field-range", E,
    "{0}: {1} moet een geheel getal van {2} tot en met {3} zijn", "{0}: {1} must be a whole number from {2} to {3}"};
// {0} what, {1} the field, {2} the type given
inline constexpr DiagnosticDescriptor kNotBool{"field-type", E,
    "{0}: {1} moet true of false zijn, niet {2}", "{0}: {1} must be true or false, not {2}"};
// {0} what, {1} the field
inline constexpr DiagnosticDescriptor kFieldInvalidUtf8{"invalid-utf8", E,
    "{0}: {1} bevat tekens die geen geldige UTF-8 zijn", "{0}: {1} contains bytes that are not valid UTF-8"};
// {0} what, {1} the field
inline constexpr DiagnosticDescriptor kBadTranslationTable{"field-type", E,
    "{0}: {1} is een vertaaltabel en moet de vorm {{ nl = \"...\", en = \"...\" } hebben",
    "{0}: {1} is a translation table and must look like {{ nl = \"...\", en = \"...\" }"};
// {0} what, {1} the code
inline constexpr DiagnosticDescriptor kLanguageCode{"language-code", W,
    "{0}: {1} is geen taalcode van twee letters (zoals nl of en)", "{0}: {1} is not a two-letter language code (like nl or en)"};
// {0} what, {1} the field, {2} the scenario language
inline constexpr DiagnosticDescriptor kMissingTranslation{"missing-translation", W,
    "{0}: {1} heeft geen tekst in de scenariotaal {2}", "{0}: {1} has no text in the scenario language {2}"};
// {0} what, {1} the field
inline constexpr DiagnosticDescriptor kNotFunction{"field-type", E,
    "{0}: {1} moet een functie zijn: {1} = function(s) ... end", "{0}: {1} must be a function: {1} = function(s) ... end"};
// {0} where, {1} the field
inline constexpr DiagnosticDescriptor kNotTarget{"field-type", E,
    "{0}: {1} moet de naam van een knoop of einde zijn, of een functie", "{0}: {1} must name a node or ending, or be a function"};
// {0} what, {1} the field
inline constexpr DiagnosticDescriptor kDeltaEntry{"field-type", E,
    "{0}: {1} bevat naam = getal, zoals {1} = {{ vertrouwen = 1 }", "{0}: {1} holds name = number, like {1} = {{ trust = 1 }"};
// {0} what, {1} the field
inline constexpr DiagnosticDescriptor kDeltaNotTable{"field-type", E,
    "{0}: {1} moet een tabel zijn, zoals {1} = {{ vertrouwen = 1 }", "{0}: {1} must be a table, like {1} = {{ trust = 1 }"};
// {0} where
inline constexpr DiagnosticDescriptor kSetEntry{"field-type", E, "{0}: set bevat naam = waarde", "{0}: set holds name = value"};
// {0} where, {1} the flag
inline constexpr DiagnosticDescriptor kFlagValue{"field-type", E,
    "{0}: vlag {1} kan alleen true/false, een getal of tekst zijn", "{0}: flag {1} can only be true/false, a number or text"};
// {0} where
inline constexpr DiagnosticDescriptor kSetNotTable{"field-type", E,
    "{0}: set moet een tabel zijn, zoals set = {{ advies_genoemd = true }",
    "{0}: set must be a table, like set = {{ advice_given = true }"};
// {0} what
inline constexpr DiagnosticDescriptor kTagsNotList{"field-type", E,
    "{0}: tags is een lijst van teksten, zoals tags = {{ \"lsd\" }", "{0}: tags is a list of texts, like tags = {{ \"lsd\" }"};

// [SECTION] scenario, characters, meters, competencies
inline constexpr DiagnosticDescriptor kLanguageNotTwoLetters{"field-range", E,
    "language moet een taalcode van twee letters zijn, zoals \"nl\"", "language must be a two-letter code, like \"nl\""};
inline constexpr DiagnosticDescriptor kGoalsNotList{"field-type", E,
    "goals is een lijst van teksten: goals = { \"...\", \"...\" }", "goals is a list of texts: goals = { \"...\", \"...\" }"};
inline constexpr DiagnosticDescriptor kVarsEntry{"field-type", E, "vars bevat naam = waarde", "vars holds name = value"};
inline constexpr DiagnosticDescriptor kVarsNotTable{"field-type", E,
    "vars moet een tabel zijn: vars = { kind = \"Daan\" }", "vars must be a table: vars = { child = \"Daan\" }"};
inline constexpr DiagnosticDescriptor kGradingRange{"field-range", E,
    "grading: pass en good liggen tussen 0 en 1, en pass is niet hoger dan good",
    "grading: pass and good lie between 0 and 1, and pass is not above good"};
inline constexpr DiagnosticDescriptor kGradingNotTable{"field-type", E,
    "grading moet een tabel zijn: grading = { pass = 0.55, good = 0.8 }", "grading must be a table: grading = { pass = 0.55, good = 0.8 }"};
// {0} the image as written
inline constexpr DiagnosticDescriptor kPortraitMissing{"portrait-missing", W,
    "portret {0} niet gevonden in de scenariomap of assets/; er wordt een getekend portret gebruikt",
    "portrait {0} not found in the scenario folder or assets/; a drawn portrait is used"};
// {0} what, {1} the field, {2} the value, {3} the allowed values, {4} suggestion
inline constexpr DiagnosticDescriptor kPortraitValue{"portrait-value", W,
    "{0}: {1} = {2} is onbekend; kies uit {3}{4}", "{0}: {1} = {2} is unknown; choose from {3}{4}"};
// {0} what, {1} the field
inline constexpr DiagnosticDescriptor kPortraitColour{"portrait-value", W,
    "{0}: {1} moet een kleur als \"#3b2a1a\" zijn", "{0}: {1} must be a colour like \"#3b2a1a\""};
// {0} what
inline constexpr DiagnosticDescriptor kPortraitType{"field-type", E,
    "{0}: portrait is een tabel of de naam van een afbeelding", "{0}: portrait is a table or an image file name"};
// {0} what
inline constexpr DiagnosticDescriptor kMinNotBelowMax{"field-range", E, "{0}: min moet kleiner zijn dan max", "{0}: min must be less than max"};
// {0} what, {1} start, {2} min, {3} max
inline constexpr DiagnosticDescriptor kStartOutside{"field-range", E,
    "{0}: start ({1}) ligt buiten {2}..{3}", "{0}: start ({1}) lies outside {2}..{3}"};
// {0} what, {1} the name
inline constexpr DiagnosticDescriptor kReservedName{"reserved-name", E,
    "{0}: de naam {1} is al in gebruik door s.{1}; kies een andere naam", "{0}: the name {1} is taken by s.{1}; choose another name"};
// {0} what
inline constexpr DiagnosticDescriptor kWeightNotPositive{"field-range", E, "{0}: weight moet groter dan 0 zijn", "{0}: weight must be above 0"};
// {0} what
inline constexpr DiagnosticDescriptor kMaxNotPositive{"field-range", E, "{0}: max moet groter dan 0 zijn", "{0}: max must be above 0"};

// [SECTION] nodes, choices, endings, plans
// {0} the choice, {1} the id
inline constexpr DiagnosticDescriptor kDuplicateChoiceId{"duplicate-id", E,
    "{0}: id {1} is al gebruikt door een andere keuze in deze knoop", "{0}: id {1} is already used by another choice in this node"};
// {0} the choice
inline constexpr DiagnosticDescriptor kChoiceWithoutText{"missing-field", E, "{0} heeft geen text", "{0} has no text"};
// {0} what, {1} the mood, {2} suggestion
inline constexpr DiagnosticDescriptor kUnknownMood{"unknown-mood", E,
    "{0}: stemming {1} bestaat niet; kies uit neutraal, blij, gespannen, boos, verdrietig, verward, afwijzend{2}",
    "{0}: mood {1} does not exist; choose from neutraal, blij, gespannen, boos, verdrietig, verward, afwijzend{2}"};
// {0} what
inline constexpr DiagnosticDescriptor kMoodType{"field-type", E, "{0}: mood moet tekst of een functie zijn", "{0}: mood must be text or a function"};
// {0} what
inline constexpr DiagnosticDescriptor kNodeWithoutText{"no-text", W, "{0} heeft geen text", "{0} has no text"};
// {0} what, {1} the number
inline constexpr DiagnosticDescriptor kChoiceNotTable{"field-type", E,
    "{0}: keuze {1} moet een tabel {{ text = ..., next = ... } zijn", "{0}: choice {1} must be a table {{ text = ..., next = ... }"};
// {0} what
inline constexpr DiagnosticDescriptor kTooManyChoices{"too-many-choices", E, "{0}: meer dan 99 keuzes", "{0}: more than 99 choices"};
// {0} what
inline constexpr DiagnosticDescriptor kChoicesNotList{"field-type", E,
    "{0}: choices moet een lijst van keuzes zijn", "{0}: choices must be a list of choices"};
// {0} what
inline constexpr DiagnosticDescriptor kNoWayOn{"no-way-on", E,
    "{0} heeft geen choices en geen next: het gesprek kan hier niet verder",
    "{0} has no choices and no next: the conversation cannot go on here"};
// {0} what
inline constexpr DiagnosticDescriptor kTimeoutSeconds{"field-range", E,
    "{0}: timeout heeft seconds nodig (meer dan 0)", "{0}: timeout needs seconds (above 0)"};
// {0} what
inline constexpr DiagnosticDescriptor kTimeoutWithoutNext{"missing-field", E, "{0}: timeout heeft next nodig", "{0}: timeout needs next"};
// {0} what
inline constexpr DiagnosticDescriptor kTimeoutUnused{"timeout-unused", W,
    "{0}: timeout werkt alleen bij een knoop met keuzes", "{0}: timeout only works on a node with choices"};
// {0} what
inline constexpr DiagnosticDescriptor kTimeoutNotTable{"field-type", E,
    "{0}: timeout is een tabel: timeout = {{ seconds = 20, next = \"stilte\" }",
    "{0}: timeout is a table: timeout = {{ seconds = 20, next = \"silence\" }"};
// {0} what
inline constexpr DiagnosticDescriptor kGradeCap{"field-range", E,
    "{0}: grade_cap is onvoldoende of voldoende", "{0}: grade_cap is onvoldoende or voldoende"};
// {0} what, {1} the outcome, {2} suggestion
inline constexpr DiagnosticDescriptor kBadOutcome{"bad-outcome", E,
    "{0}: outcome {1} bestaat niet; kies good, mixed of bad{2}", "{0}: outcome {1} does not exist; choose good, mixed or bad{2}"};
// {0} what
inline constexpr DiagnosticDescriptor kPlanChoices{"field-type", E,
    "{0}: choices is een tekst als \"1,2,t,1\"", "{0}: choices is a text like \"1,2,t,1\""};
// {0} what
inline constexpr DiagnosticDescriptor kPlanGrade{"field-range", E,
    "{0}: grade is onvoldoende, voldoende of goed", "{0}: grade is onvoldoende, voldoende or goed"};

// [SECTION] names (resolved once every declaration is in)
// {0} where, {1} the name, {2} suggestion
inline constexpr DiagnosticDescriptor kUnknownMeter{"unknown-meter", E,
    "{0}: effects noemt {1}, maar er is geen meter {1}{2}", "{0}: effects names {1}, but there is no meter {1}{2}"};
// {0} where, {1} the name, {2} suggestion
inline constexpr DiagnosticDescriptor kUnknownCompetency{"unknown-competency", E,
    "{0}: score noemt {1}, maar er is geen competency {1}{2}", "{0}: score names {1}, but there is no competency {1}{2}"};
// {0} where, {1} the target, {2} suggestion
inline constexpr DiagnosticDescriptor kUnknownTarget{"unknown-target", E,
    "{0} gaat naar {1}, maar dat is geen knoop of einde{2}", "{0} goes to {1}, which is not a node or ending{2}"};
// {0} what, {1} the speaker, {2} suggestion
inline constexpr DiagnosticDescriptor kUnknownSpeaker{"unknown-speaker", E,
    "{0}: speaker {1} is geen character{2}", "{0}: speaker {1} is not a character{2}"};
// {0} the choice number, {1} the node
inline constexpr DiagnosticDescriptor kMissingNext{"missing-next", E,
    "keuze {0} van knoop {1} heeft geen next", "choice {0} of node {1} has no next"};
// {0} the start, {1} suggestion
inline constexpr DiagnosticDescriptor kUnknownStart{"unknown-start", E,
    "start noemt {0}, maar er is geen knoop {0}{1}", "start names {0}, but there is no node {0}{1}"};
inline constexpr DiagnosticDescriptor kStartIsEnding{"start-ending", E,
    "start moet een knoop zijn, geen einde", "start must be a node, not an ending"};
// {0} the node
inline constexpr DiagnosticDescriptor kPossibleDeadEnd{"possible-dead-end", W,
    "knoop {0}: alle keuzes hebben een when en er is geen next; als geen enkele keuze geldt, loopt het gesprek vast (stuck)",
    "node {0}: every choice has a when and there is no next; if none applies, the conversation gets stuck"};
// {0} where, {1} the placeholder, {2} suggestion
inline constexpr DiagnosticDescriptor kUnknownName{"unknown-name", E,
    "{0}: {1} is geen naam uit vars of een character; schrijf {{{{ voor een letterlijke {{{2}",
    "{0}: {1} is not a name from vars or a character; write {{{{ for a literal {{{2}"};

// [SECTION] analysis (diagnose.h): found by playing every path
// {0} the run-time error
inline constexpr DiagnosticDescriptor kRuntimeAtStart{"runtime", E,
    "{0} (bij het begin van het gesprek)", "{0} (at the start of the conversation)"};
// {0} the run-time error, {1} the choices that lead there
inline constexpr DiagnosticDescriptor kRuntimeAfterChoices{"runtime", E, "{0} (na de keuzes {1})", "{0} (after the choices {1})"};
// {0} the node, {1} the choices that lead there ("-": none)
inline constexpr DiagnosticDescriptor kDeadEnd{"dead-end", W,
    "knoop {0} kan een doodlopend punt zijn: geen keuze geldt en er is geen next (na de keuzes {1})",
    "node {0} can be a dead end: no choice applies and there is no next (after the choices {1})"};
// {0} the node
inline constexpr DiagnosticDescriptor kUnreachableNode{"unreachable", W,
    "knoop {0} is onbereikbaar: geen enkel pad vanaf start komt er", "node {0} is unreachable: no path from start leads there"};
// {0} the ending
inline constexpr DiagnosticDescriptor kUnreachableEnding{"unreachable", W,
    "einde {0} is onbereikbaar: geen enkel pad vanaf start komt er", "ending {0} is unreachable: no path from start leads there"};
inline constexpr DiagnosticDescriptor kNoEndingReachable{"no-ending", E,
    "geen enkel einde is bereikbaar vanaf start", "no ending can be reached from start"};
// {0} the choice number, {1} the node
inline constexpr DiagnosticDescriptor kNeverOffered{"never-offered", W,
    "keuze {0} van knoop {1} wordt nooit aangeboden: de when is op geen enkel pad waar",
    "choice {0} of node {1} is never offered: its when is false on every path"};
// {0} the node
inline constexpr DiagnosticDescriptor kNoWayOut{"no-way-out", W,
    "vanuit knoop {0} is soms geen einde meer bereikbaar (een lus zonder uitweg)",
    "from node {0} an ending can sometimes no longer be reached (a loop without a way out)"};
// {0} the states explored
inline constexpr DiagnosticDescriptor kAnalysisBudget{"analysis-budget", W,
    "de analyse stopte na {0} toestanden (--max-states): onbereikbare knopen en doodlopende paden zijn niet volledig gecontroleerd",
    "the analysis stopped after {0} states (--max-states): unreachable nodes and dead ends were not fully checked"};
// {0} the states explored; when a competency's maximum comes from the search
inline constexpr DiagnosticDescriptor kAnalysisBudgetMaxima{"analysis-budget", W,
    "de analyse stopte na {0} toestanden (--max-states): onbereikbare knopen en doodlopende paden zijn niet volledig gecontroleerd"
    "; de maxima van competenties zonder max = ... kunnen te laag zijn (zet max = ... om ze vast te leggen)",
    "the analysis stopped after {0} states (--max-states): unreachable nodes and dead ends were not fully checked"
    "; the maxima of competencies without max = ... may be too low (set max = ... to fix them)"};
// {0} the competency, {1} the maximum found
inline constexpr DiagnosticDescriptor kScoreLoop{"score-loop", W,
    "competency {0}: een lus in het gesprek kan steeds opnieuw punten geven; het maximum ({1}) telt elke lus hooguit een paar keer. Geef de lus geen punten of zet max = ...",
    "competency {0}: a loop in the conversation can give points again and again; the maximum ({1}) counts each loop only a few times. Give the loop no points or set max = ..."};
// {0} the competency
inline constexpr DiagnosticDescriptor kNoPoints{"no-points", W,
    "competency {0} kan op geen enkel pad punten opleveren", "competency {0} cannot earn points on any path"};

}  // namespace lab::diag

namespace lab {
// Every descriptor above, in declaration order (for tests and documentation).
const std::vector<const DiagnosticDescriptor*>& diagnostic_catalog();
}  // namespace lab
