// Hostile and runaway scenarios: each ends in a located error; none hangs,
// crashes or reaches outside its folder. (ctest's TIMEOUT turns a hang into
// a failure.)
#include <chrono>

#include "helpers.h"

using namespace labtest;

namespace {

// Loads `text` and expects the load to fail with an error at `line` whose
// message contains `needle`.
void expect_load_error(const std::string& text, int line, const std::string& needle) {
    TempDir d;
    auto l = load_text(d, text);
    EXPECT_FALSE(l.scenario) << "loaded although hostile:\n" << text;
    std::string want = "s.lua:" + std::to_string(line) + ": error:";
    EXPECT_TRUE(has(l, want)) << "want " << want << "\ngot:\n" << messages(l);
    EXPECT_TRUE(has(l, needle)) << "want " << needle << "\ngot:\n" << messages(l);
}

// A scenario whose `when` runs `body`; loads without analysis and plays it.
lab::Session play_callback(const TempDir& d, const std::string& body) {
    lab::LoadOptions opt;
    opt.analyse = false;
    auto l = load_text(d, scenario_with("node \"begin\" { text = \"x\", choices = { { text = \"a\", next = \"goed\",\n when = function(s)\n" + body +
                                            "\n return true end } } }\nending \"goed\" { outcome = \"good\" }"),
                       "s.lua", opt);
    EXPECT_TRUE(l.scenario) << messages(l);
    return lab::Session(l.scenario, 1);
}

}  // namespace

TEST(Hostile, EndlessLoopAtLoadIsStoppedWithItsLine) {
    expect_load_error("scenario { id = \"t\", start = \"b\" }\nlocal x = 0\nwhile true do\n  x = x + 1\nend\n", 4, "endless loop");
}

TEST(Hostile, EndlessLoopInACallbackFailsTheAttemptWithItsLine) {
    TempDir d;
    auto s = play_callback(d, "while true do end");
    ASSERT_EQ(s.phase(), lab::Phase::Failed);
    EXPECT_EQ(s.error()->line, 4);  // the line of the loop
    EXPECT_NE(s.error()->message.find("endless loop"), std::string::npos);
}

TEST(Hostile, EndlessLoopInACallbackIsFoundByCheck) {
    TempDir d;
    auto l = load_text(d, scenario_with("node \"begin\" { text = \"x\", choices = { { text = \"a\", next = \"goed\",\n when = function(s)\n while true do end\n end } } }\nending \"goed\" { outcome = \"good\" }"));
    EXPECT_TRUE(l.diagnostics.has_errors());
    EXPECT_TRUE(has(l, "s.lua:4: error:")) << messages(l);
}

TEST(Hostile, PcallCannotCatchTheBudgetAndRetry) {
    TempDir d;
    auto s = play_callback(d, "for i = 1, 1e9 do pcall(function() while true do end end) end");
    ASSERT_EQ(s.phase(), lab::Phase::Failed);
    EXPECT_NE(s.error()->message.find("endless loop"), std::string::npos);
}

TEST(Hostile, MemoryBombAtLoadIsStopped) {
    TempDir d;
    auto l = load_text(d, "scenario { id = \"t\", start = \"b\" }\nlocal t = {}\nfor i = 1, 1e9 do t[i] = string.rep(\"x\", 1000) .. i end\n");
    EXPECT_FALSE(l.scenario);
    EXPECT_TRUE(has(l, "too much memory")) << messages(l);
    EXPECT_TRUE(has(l, "s.lua:3: error:")) << messages(l);
}

TEST(Hostile, HugeStringIsStoppedByTheMemoryCap) {
    TempDir d;
    auto s = play_callback(d, "local x = string.rep(\"x\", 1 << 30)");
    ASSERT_EQ(s.phase(), lab::Phase::Failed);
    EXPECT_NE(s.error()->message.find("too much memory"), std::string::npos);
}

TEST(Hostile, MemoryBombInACallbackCaughtByPcallStillEnds) {
    TempDir d;
    auto s = play_callback(d, "local t = {} while true do pcall(function() t[#t + 1] = string.rep(\"y\", 4096) .. #t end) end");
    ASSERT_EQ(s.phase(), lab::Phase::Failed);
}

TEST(Hostile, DangerousLibrariesAreAbsent) {
    for (const char* expr : {"os.execute(\"true\")", "io.open(\"/etc/passwd\")", "require(\"os\")", "load(\"return 1\")()", "dofile(\"/etc/passwd\")",
                             "debug.getinfo(1)", "loadfile(\"x\")", "collectgarbage()", "string.dump(print)", "coroutine.create(print)"}) {
        expect_load_error(std::string("scenario { id = \"t\", start = \"b\" }\n") + expr + "\n", 2, "error while loading");
    }
}

TEST(Hostile, BinaryChunkIsRefused) {
    expect_load_error(std::string("\x1bLua\x54\x00\x19\x93\r\n\x1a\n", 12), 1, "binary");
}

TEST(Hostile, DeepRecursionIsAnErrorNotACrash) {
    expect_load_error("scenario { id = \"t\", start = \"b\" }\nlocal function f(n) return 1 + f(n + 1) end\nf(1)\n", 2, "stack overflow");
}

TEST(Hostile, DeepRecursionThroughCFunctionsIsAnError) {
    TempDir d;
    auto s = play_callback(d, "local function f(x) return string.gsub(\"a\", \"a\", f) end f()");
    ASSERT_EQ(s.phase(), lab::Phase::Failed);
}

TEST(Hostile, IncludeCannotEscapeTheFolder) {
    TempDir d;
    d.write("geheim.lua", "error('must not run')");
    d.write("scen/link.lua", "");
    std::error_code ec;
    std::filesystem::remove(d.path / "scen/link.lua");
    std::filesystem::create_symlink(d.path / "geheim.lua", d.path / "scen/link.lua", ec);
    for (const char* inc : {"../geheim.lua", "/etc/passwd", "sub/../../geheim.lua", "link.lua"}) {
        d.write("scen/scenario.lua", std::string("scenario { id = \"t\", start = \"b\" }\ninclude \"") + inc + "\"\n");
        lab::set_message_language("en");
        auto l = lab::load_scenario((d.path / "scen").string());
        EXPECT_FALSE(l.scenario) << inc;
        EXPECT_TRUE(has(l, "scenario.lua:2: error:")) << inc << "\n" << messages(l);
        EXPECT_TRUE(has(l, "only files inside the scenario's own folder")) << inc << "\n" << messages(l);
        EXPECT_FALSE(has(l, "must not run")) << inc;
    }
}

TEST(Hostile, IncludeCycleIsReported) {
    TempDir d;
    d.write("scen/a.lua", "include \"b.lua\"\n");
    d.write("scen/b.lua", "include \"a.lua\"\n");
    d.write("scen/scenario.lua", "scenario { id = \"t\", start = \"b\" }\ninclude \"a.lua\"\n");
    lab::set_message_language("en");
    auto l = lab::load_scenario((d.path / "scen").string());
    EXPECT_FALSE(l.scenario);
    EXPECT_TRUE(has(l, "already included")) << messages(l);
}

TEST(Hostile, InvalidUtf8NamesTheLine) {
    expect_load_error("scenario { id = \"t\", start = \"b\" }\n\n-- caf\xe9 in Latin-1\n", 3, "UTF-8");
}

TEST(Hostile, InvalidUtf8MadeByEscapesInATextIsAnError) {
    TempDir d;
    auto l = load_text(d, scenario_with("node \"begin\" { text = \"caf\\xe9\", next = \"goed\" }\nending \"goed\" { outcome = \"good\" }"));
    EXPECT_FALSE(l.scenario);
    EXPECT_TRUE(has(l, "UTF-8")) << messages(l);
}

TEST(Hostile, SlowPatternOverALongTextIsRefused) {
    TempDir d;
    auto s = play_callback(d, "local t = string.rep(\"a\", 100000) local found = t:find(\".-.-.-.-b\")");
    ASSERT_EQ(s.phase(), lab::Phase::Failed);
    EXPECT_NE(s.error()->message.find("pattern"), std::string::npos);
}

TEST(Hostile, FinalizersAreRefused) {
    expect_load_error("scenario { id = \"t\", start = \"b\" }\nsetmetatable({}, { __gc = function() while true do end end })\n", 2, "__gc");
}

TEST(Hostile, ErrorWithATableValueStillGivesAReadableLocatedMessage) {
    TempDir d;
    auto s = play_callback(d, "error({})");
    ASSERT_EQ(s.phase(), lab::Phase::Failed);
    EXPECT_NE(s.error()->message.find("table"), std::string::npos);
    EXPECT_GT(s.error()->line, 0);
}

TEST(Hostile, ReturningTheWrongTypeFromNextIsAnError) {
    TempDir d;
    lab::LoadOptions opt;
    opt.analyse = false;
    auto l = load_text(d, scenario_with("node \"begin\" { text = \"x\", next = function(s) return 42 end }\nending \"goed\" { outcome = \"good\" }"), "s.lua", opt);
    ASSERT_TRUE(l.scenario);
    lab::Session s(l.scenario, 1);
    s.advance_all();
    ASSERT_EQ(s.phase(), lab::Phase::Failed);
    EXPECT_EQ(s.error()->line, 2);
}

TEST(Hostile, LoopWithoutChoicesFailsInsteadOfHanging) {
    TempDir d;
    lab::LoadOptions opt;
    opt.analyse = false;
    auto l = load_text(d, scenario_with("node \"begin\" { text = \"x\", next = \"twee\" }\nnode \"twee\" { text = \"y\", next = \"begin\" }\nending \"goed\" { outcome = \"good\" }"), "s.lua", opt);
    ASSERT_TRUE(l.scenario);
    lab::Session s(l.scenario, 1);
    s.advance_all();
    EXPECT_EQ(s.phase(), lab::Phase::Failed);
}

TEST(Hostile, ManyScenariosOneBadDoNotAffectEachOther) {
    TempDir d;
    auto bad = load_text(d, "scenario { id = \"t\", start = \"b\" }\nwhile true do end\n", "bad.lua");
    auto good = load_text(d, scenario_with("node \"begin\" { text = \"x\", next = \"goed\" }\nending \"goed\" { outcome = \"good\" }"), "good.lua");
    EXPECT_FALSE(bad.scenario);
    ASSERT_TRUE(good.scenario) << messages(good);
    EXPECT_EQ(play(good.scenario, "").ending, "goed");
}

// [SECTION] declarations after loading (issue 12, 1)

TEST(Hostile, DeclarationInAScenarioFunctionFailsTheAttemptInsteadOfCrashing) {
    for (const char* decl : {"node \"zz\" {}", "scenario {}", "meter \"m\" { min = 0, max = 1 }", "ending \"e\" { outcome = \"good\" }",
                             "character \"c\" {}", "competency \"k\" {}", "plan \"p\" {}", "include \"x.lua\""}) {
        TempDir d;
        auto s = play_callback(d, decl);
        ASSERT_EQ(s.phase(), lab::Phase::Failed) << decl;
        EXPECT_EQ(s.error()->line, 4) << decl;
        EXPECT_NE(s.error()->message.find("can only be used while loading, not in a function that runs during the conversation"), std::string::npos)
            << decl << ": " << s.error()->message;
    }
}

TEST(Hostile, DeclarationKeptFromLoadingAndCalledLaterIsAnError) {
    TempDir d;
    lab::LoadOptions opt;
    opt.analyse = false;
    auto l = load_text(d, scenario_with("local later = node \"zz\"\nlater { text = \"x\", next = \"goed\" }\n"
                                        "node \"begin\" { text = \"x\", next = \"goed\",\n effect = function(s) later { text = \"y\" } end }\n"
                                        "ending \"goed\" { outcome = \"good\" }"),
                       "s.lua", opt);
    ASSERT_TRUE(l.scenario) << messages(l);
    lab::Session s(l.scenario, 1);
    s.advance_all();
    ASSERT_EQ(s.phase(), lab::Phase::Failed);
    EXPECT_EQ(s.error()->line, 5);
    EXPECT_NE(s.error()->message.find("node can only be used while loading"), std::string::npos) << s.error()->message;
}

TEST(Hostile, DeclarationInAFunctionIsFoundByCheckInDutch) {
    TempDir d;
    std::string path = d.write("s.lua", scenario_with("node \"begin\" { text = function(s) node \"zz\" {} return \"hi\" end, next = \"goed\" }\n"
                                                      "ending \"goed\" { outcome = \"good\" }"));
    lab::set_message_language("nl");
    auto l = lab::load_scenario(path);
    EXPECT_FALSE(l.scenario);
    EXPECT_TRUE(has(l, "s.lua:2: error: node mag alleen bij het laden worden gebruikt, niet in een functie die tijdens het gesprek draait"))
        << messages(l);
}

TEST(Hostile, DeclarationTablesAreReadWithoutRunningTheirMetamethods) {
    TempDir d;
    auto l = load_text(d, scenario_with("node \"begin\" (setmetatable({ next = \"goed\" }, { __index = function(t, k) while true do end end }))\n"
                                        "ending \"goed\" { outcome = \"good\" }"));
    ASSERT_TRUE(l.scenario) << messages(l);
    EXPECT_TRUE(has(l, "s.lua:2: warning: node \"begin\" has no text")) << messages(l);
}

// [SECTION] work inside single C calls, and the wall clock (issue 12, 2)

TEST(Hostile, CostlyLibraryCallsChargeTheirWorkBeforeTheyRun) {
    for (const char* call : {"string.rep(\"\", 1e15)", "table.move({}, 1, 1e13, 2)", "table.concat({}, \"\", 1, 1e12)",
                             "table.unpack({}, 1, 1e12)", "(\"ab\"):rep(1e8, \"\")"}) {
        TempDir d;
        auto s = play_callback(d, std::string("local x = ") + call);
        ASSERT_EQ(s.phase(), lab::Phase::Failed) << call;
        EXPECT_EQ(s.error()->line, 4) << call;
        EXPECT_TRUE(s.error()->message.find("too much work at once") != std::string::npos ||
                    s.error()->message.find("too much memory") != std::string::npos)
            << call << ": " << s.error()->message;
    }
}

TEST(Hostile, ManyCheapButLargeCallsRunOutOfSteps) {
    for (const char* loop : {"local t = string.rep(\"a\", 1e5) for i = 1, 1e6 do t:find(\"b\") end",
                             "local t = {} for i = 1, 1e5 do t[i] = i end for i = 1, 1e6 do table.insert(t, 1, i) end",
                             "local t = {} for i = 1, 1e4 do t[i] = -i end for i = 1, 1e6 do table.sort(t) end"}) {
        TempDir d;
        auto s = play_callback(d, loop);
        ASSERT_EQ(s.phase(), lab::Phase::Failed) << loop;
        EXPECT_EQ(s.error()->line, 4) << loop;
        EXPECT_NE(s.error()->message.find("over 2000000 steps"), std::string::npos) << loop << ": " << s.error()->message;
    }
}

TEST(Hostile, OrdinaryUseOfTheLibraryFitsACallsBudget) {
    TempDir d;
    auto s = play_callback(d,
                           "local words = {} for i = 1, 2000 do words[i] = string.format(\"woord%d\", i) end\n"
                           "table.sort(words) local text = table.concat(words, \" \")\n"
                           "for i = 1, 200 do local a = text:find(\"woord1999\", 1, true) local b = text:gsub(\"woord\", \"w\") end\n"
                           "local line = string.rep(\"-\", 10000) table.insert(words, 1, line) table.remove(words, 1)");
    EXPECT_EQ(s.phase(), lab::Phase::Choosing) << (s.error() ? s.error()->what() : "");
}

TEST(Hostile, OperationsTheStepsDoNotSeeAreStoppedByTheWallClock) {
    // Comparing long strings with zero bytes is slow inside one instruction.
    TempDir d;
    const auto start = std::chrono::steady_clock::now();
    auto s = play_callback(d, "local a = string.rep(\"\\0\", 1e5) local b = a .. \"x\" local n = 0\n while true do if a < b then n = n + 1 end end");
    const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_EQ(s.phase(), lab::Phase::Failed);
    EXPECT_EQ(s.error()->line, 5);
    EXPECT_NE(s.error()->message.find("took too long (over 1 seconds)"), std::string::npos) << s.error()->message;
    EXPECT_LT(took, 10.0);
}

TEST(Hostile, TheWallClockAtLoadCannotBeCaughtByPcall) {
    TempDir d;
    lab::LoadOptions opt;
    opt.limits.load_seconds = 0.3;
    auto l = load_text(d, "scenario { id = \"t\", start = \"b\" }\nlocal a = string.rep(\"\\0\", 1e5) local b = a .. \"x\"\n"
                          "for i = 1, 1e9 do pcall(function() while true do local c = a < b end end) end\n",
                       "s.lua", opt);
    EXPECT_FALSE(l.scenario);
    EXPECT_TRUE(has(l, "s.lua:3: error: error while loading: this code took too long (over 0.3 seconds)")) << messages(l);
}

// [SECTION] NaN and infinity (issue 12, 4)

TEST(Hostile, InfiniteMeterOrFlagInAnEffectIsAnError) {
    for (const char* body : {"s.m = 1/0", "s.m = -1/0", "s.flags.x = 0/0"}) {
        TempDir d;
        lab::LoadOptions opt;
        opt.analyse = false;
        auto l = load_text(d, scenario_with(std::string("meter \"m\" { min = 0, max = 10 }\nnode \"begin\" { text = \"x\", next = \"goed\",\n effect = function(s) ") +
                                            body + " end }\nending \"goed\" { outcome = \"good\" }"),
                           "s.lua", opt);
        ASSERT_TRUE(l.scenario) << messages(l);
        lab::Session s(l.scenario, 1);
        s.advance_all();
        ASSERT_EQ(s.phase(), lab::Phase::Failed) << body;
        EXPECT_EQ(s.error()->line, 4) << body;
        EXPECT_NE(s.error()->message.find("infinite"), std::string::npos) << body << ": " << s.error()->message;
    }
}

TEST(Hostile, InfinityInADeclarationSaysInfinite) {
    TempDir d;
    auto l = load_text(d, scenario_with("meter \"m\" { min = 0,\n max = 1/0 }\nnode \"begin\" { text = \"x\", next = \"goed\", set = { f = 0/0 } }\n"
                                        "ending \"goed\" { outcome = \"good\" }"));
    EXPECT_FALSE(l.scenario);
    EXPECT_TRUE(has(l, "s.lua:3: error: meter \"m\": \"max\" must be a finite number, not infinite (as 1/0 gives)")) << messages(l);
    EXPECT_TRUE(has(l, "s.lua:4: error: node \"begin\": flag \"f\" can only be true/false, a number or text")) << messages(l);
}

// [SECTION] errors that carry no line of their own (issue 12, 6)

TEST(Hostile, ErrorValuesWithoutAMessageAreLocated) {
    for (const char* raise : {"error()", "error(nil)", "error({})", "error(\"kapot\", 0)"}) {
        expect_load_error(std::string("scenario { id = \"t\", start = \"b\" }\nlocal x = 1\n") + raise + "\n", 3, "error while loading");
    }
}

TEST(Hostile, ErrorWithoutAMessageInAnIncludedFileNamesThatFile) {
    TempDir d;
    d.write("scen/deel2.lua", "local x = 1\nerror()\n");
    d.write("scen/scenario.lua", "scenario { id = \"t\", start = \"b\" }\ninclude \"deel2.lua\"\n");
    lab::set_message_language("en");
    auto l = lab::load_scenario((d.path / "scen").string());
    EXPECT_FALSE(l.scenario);
    EXPECT_TRUE(has(l, "deel2.lua:2: error: error while loading: (error object is a nil value)")) << messages(l);
}

TEST(Hostile, NestingBeyondTheParsersLimitNamesTheLine) {
    std::string deep(300, '{');
    deep += std::string(300, '}');
    expect_load_error("scenario { id = \"t\", start = \"b\" }\nlocal a = 1\nlocal x = " + deep + "\nlocal b = 2\n", 3, "nested too deeply");
    std::string parens = "local y = " + std::string(300, '(') + "1" + std::string(300, ')');
    expect_load_error("scenario { id = \"t\", start = \"b\" }\n\n\n" + parens + "\n", 4, "nested too deeply");
}

TEST(Hostile, MemoryErrorInsideALibraryFunctionNamesTheLine) {
    expect_load_error("scenario { id = \"t\", start = \"b\" }\nlocal s = \"x\"\nfor i = 1, 22 do s = s .. s end\n"
                      "local t = {} for i = 1, 20 do t[i] = s end\nlocal all = table.concat(t)\n",
                      5, "too much memory");
    expect_load_error("scenario { id = \"t\", start = \"b\" }\n\nlocal x = ('x'):rep(1e9)\n", 3, "too much memory");
}

TEST(Hostile, LongPathsStayWholeInMessages) {
    TempDir d;
    const std::string dir = "a-folder-with-a-rather-long-name-for-a-scenario/and-another-long-folder-name";
    auto l = load_text(d, "scenario { id = \"t\", start = \"b\" }\nlocal x = nil + 1\n", dir + "/s.lua");
    ASSERT_EQ(l.diagnostics.all().size(), 1u) << messages(l);
    EXPECT_EQ(l.diagnostics.all()[0].file, (d.path / dir / "s.lua").string());
    EXPECT_EQ(l.diagnostics.all()[0].line, 2);
}
