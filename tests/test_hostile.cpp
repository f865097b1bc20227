// Hostile and runaway scenarios: each ends in a located error; none hangs,
// crashes or reaches outside its folder. (ctest's TIMEOUT turns a hang into
// a failure.)
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
