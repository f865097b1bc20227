// What the store writes for people: the JSON export, the portfolio report,
// xAPI statements (checked with a published validator) and the class overview.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "helpers.h"
#include "store/class_overview.h"
#include "store/export_json.h"
#include "store/recorder.h"
#include "store/report_html.h"
#include "store/store.h"
#include "store/xapi.h"

namespace {

using namespace labtest;
using lab::AttemptRecord;
using lab::Session;

// Sets the message language for one test and restores it afterwards.
struct LangGuard {
    std::string old = lab::message_language();
    explicit LangGuard(const char* lang) { lab::set_message_language(lang); }
    ~LangGuard() { lab::set_message_language(old); }
};

// The tutorial's best path (plan beste_pad: goed, 100%).
const char* const kBestPath = "1,2,1,3,1,3";

std::shared_ptr<const lab::Scenario> tutorial() {
    static std::shared_ptr<const lab::Scenario> sc = [] {
        lab::Loaded l = lab::load_scenario(std::string(LAB_SOURCE_DIR) + "/scenarios/tutorial.lua");
        EXPECT_TRUE(l.scenario) << messages(l);
        return l.scenario;
    }();
    return sc;
}

void play(Session& s, const std::string& picks) {
    std::vector<lab::Pick> p;
    std::string err;
    ASSERT_TRUE(lab::parse_picks(picks, p, err)) << err;
    ASSERT_TRUE(lab::play_picks(s, p, err)) << err;
}

// A finished attempt with a rewind, a silence and a reflection, recorded
// through the store (so it is what export and report really read).
AttemptRecord rich_attempt(const TempDir& d, const std::string& student = "sanne") {
    auto store = lab::Store::open(d.path.string());
    EXPECT_TRUE(store);
    int64_t t = 1747040400000;
    store->set_clock([&t] { return t += 20000; });
    Session s(tutorial(), 3);
    lab::AttemptRecorder rec(*store, s, {student, "", lab::Mode::Practice, "nl"});
    play(s, "2,2");
    rec.sync(s);
    s.rewind(0);
    rec.sync(s);
    play(s, "1,t,1,3,1,3");  // the tutorial's stilte_pad
    EXPECT_TRUE(rec.sync(s)) << rec.error();
    lab::ReflectionRecord r;
    for (int k = 0; k < lab::kAlactPhaseCount; ++k)
        r.answers.push_back({lab::kAlactPhases[k], "Vraag " + std::to_string(k + 1), "Antwoord " + std::to_string(k + 1)});
    store->save_reflection(rec.id(), r);
    return *store->load_attempt(rec.id());
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

int run(const std::string& cmd) {
    int rc = std::system(cmd.c_str());
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

// [SECTION] export

TEST(Export, RoundTripsEveryField) {
    TempDir d;
    AttemptRecord a = rich_attempt(d);
    ASSERT_EQ(a.rewinds(), 1);
    const std::string text = lab::export_json({a}, 1747044000000);
    std::vector<AttemptRecord> back;
    std::string problem;
    ASSERT_TRUE(lab::parse_export(text, back, &problem)) << problem;
    ASSERT_EQ(back.size(), 1u);
    EXPECT_EQ(lab::export_json(back, 1747044000000), text);
    EXPECT_EQ(back[0].line().size(), a.line().size());
    EXPECT_EQ(back[0].reflection.answers.size(), 5u);
    nlohmann::json j = nlohmann::json::parse(text);
    EXPECT_EQ(j["format"], "gesprekslab-attempts");
    EXPECT_EQ(j["format_version"], 1);
    EXPECT_EQ(j["attempts"][0]["status"], "finished");
    EXPECT_TRUE(j["attempts"][0]["scenario"]["title"].contains("en"));
}

TEST(Export, ImportIntoAnotherStoreGivesTheSameAttempt) {
    TempDir d, e;
    AttemptRecord a = rich_attempt(d);
    auto other = lab::Store::open(e.path.string());
    ASSERT_TRUE(other);
    const int64_t id = other->import_attempt(a);
    EXPECT_EQ(other->import_attempt(a), id);  // by uuid: not twice
    AttemptRecord b = *other->load_attempt(id);
    b.store_id = a.store_id;
    EXPECT_EQ(lab::export_json({b}, 0), lab::export_json({a}, 0));
}

TEST(Export, RefusesOtherFilesWithAClearMessage) {
    LangGuard lang_guard("en");
    std::vector<AttemptRecord> out;
    std::string problem;
    EXPECT_FALSE(lab::parse_export("not json", out, &problem));
    EXPECT_NE(problem.find("not a Gesprekslab"), std::string::npos) << problem;
    EXPECT_FALSE(lab::parse_export(R"({"format":"gesprekslab-save","steps":[]})", out, &problem));
    EXPECT_NE(problem.find("save"), std::string::npos) << problem;
    EXPECT_FALSE(lab::parse_export(R"({"format":"gesprekslab-attempts","format_version":7,"attempts":[]})", out, &problem));
    EXPECT_NE(problem.find("version 7"), std::string::npos) << problem;
    EXPECT_FALSE(lab::parse_export(R"({"format":"gesprekslab-attempts","format_version":1,"attempts":[{"uuid":"x"}]})", out, &problem));
    EXPECT_NE(problem.find("scenario"), std::string::npos) << problem;
    EXPECT_TRUE(out.empty());
}

TEST(Export, GradesAndModesKeepTheirDutchNamesAndOthersAreRefused) {
    for (lab::Grade g : {lab::Grade::Insufficient, lab::Grade::Sufficient, lab::Grade::Good})
        EXPECT_EQ(lab::parse_grade(lab::grade_name(g)), g);
    for (lab::Mode m : {lab::Mode::Practice, lab::Mode::Test}) EXPECT_EQ(lab::parse_mode(lab::mode_name(m)), m);
    EXPECT_FALSE(lab::parse_grade("Goed"));
    EXPECT_FALSE(lab::parse_mode("exam"));

    TempDir d;
    AttemptRecord a = rich_attempt(d);
    a.mode = lab::Mode::Test;
    nlohmann::json j = nlohmann::json::parse(lab::export_json({a}, 1747044000000));
    EXPECT_EQ(j["attempts"][0]["mode"], "toets");
    EXPECT_EQ(j["attempts"][0]["result"]["grade"], lab::grade_name(*a.standing.grade));

    LangGuard lang_guard("en");
    std::vector<AttemptRecord> out;
    std::string problem;
    nlohmann::json bad = j;
    bad["attempts"][0]["result"]["grade"] = "excellent";
    EXPECT_FALSE(lab::parse_export(bad.dump(), out, &problem));
    EXPECT_NE(problem.find("grade must be \"onvoldoende\", \"voldoende\" or \"goed\""), std::string::npos) << problem;
    bad = j;
    bad["attempts"][0]["mode"] = "exam";
    EXPECT_FALSE(lab::parse_export(bad.dump(), out, &problem));
    EXPECT_NE(problem.find("mode must be \"oefenen\" or \"toets\""), std::string::npos) << problem;
    bad = j;
    bad["attempts"][0]["result"]["grade"] = nullptr;  // a hand-made export may leave it out
    ASSERT_TRUE(lab::parse_export(bad.dump(), out, &problem)) << problem;
    EXPECT_FALSE(out.back().standing.grade);
}

// [SECTION] report

TEST(Report, IsOneSelfContainedPageWithChartsTranscriptAndReflection) {
    LangGuard lang_guard("nl");
    TempDir d;
    AttemptRecord a = rich_attempt(d);
    const std::string html = lab::report_html({a});
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(html.find("<svg"), std::string::npos);         // charts
    EXPECT_NE(html.find("@media print"), std::string::npos);  // A4
    EXPECT_NE(html.find("Portfolioverslag"), std::string::npos);
    EXPECT_NE(html.find("Natuurlijk. Komt u even binnen"), std::string::npos);  // transcript
    EXPECT_NE(html.find("Keuzes die je terugdraaide"), std::string::npos);       // the rewound branch
    EXPECT_NE(html.find("Antwoord 3"), std::string::npos);                       // reflection
    EXPECT_NE(html.find("Bewustwording"), std::string::npos);
    // Nothing outside the file: no scripts, stylesheets, images or fonts to fetch.
    for (const char* outside : {"<script", "<link", "src=", "url(", "@import"})
        EXPECT_EQ(html.find(outside), std::string::npos) << outside;
}

TEST(Report, EscapesEverythingThatComesFromStudentsOrScenarios) {
    TempDir d;
    AttemptRecord a = rich_attempt(d, "<script>alert('x')</script>");
    a.reflection.answers[0].answer = "ik <b>dacht</b> & \"deed\"";
    a.scenario.title.by_lang["nl"] = "Titel <img src=x onerror=alert(1)>";
    const std::string html = lab::report_html({a});
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("<img"), std::string::npos);
    EXPECT_EQ(html.find("<b>dacht"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;"), std::string::npos);
    EXPECT_NE(html.find("ik &lt;b&gt;dacht&lt;/b&gt; &amp; &quot;deed&quot;"), std::string::npos);
}

TEST(Report, InEnglishWithTheScenariosEnglishTexts) {
    TempDir d;
    AttemptRecord a = rich_attempt(d);
    LangGuard lang_guard("en");
    const std::string html = lab::report_html({a}, {"en", false});
    EXPECT_NE(html.find("Portfolio report"), std::string::npos);
    EXPECT_NE(html.find("Have you got a minute?"), std::string::npos);
    EXPECT_NE(html.find("Of course. Do come in"), std::string::npos);
    EXPECT_EQ(html.find("Portfolioverslag"), std::string::npos);
}

TEST(Report, SeveralAttemptsGetACoverAndAPageEach) {
    TempDir d;
    AttemptRecord a = rich_attempt(d), b = a;
    b.uuid = lab::new_uuid();
    const std::string html = lab::report_html({a, b});
    EXPECT_NE(html.find("class=\"page cover\""), std::string::npos);
    size_t breaks = 0;
    for (size_t p = html.find("class=\"page break\""); p != std::string::npos; p = html.find("class=\"page break\"", p + 1)) ++breaks;
    EXPECT_EQ(breaks, 2u);
}

// [SECTION] xAPI

std::vector<nlohmann::json> statements(const AttemptRecord& a) {
    std::vector<nlohmann::json> out;
    for (const auto& s : lab::xapi_statements(a)) out.push_back(nlohmann::json::parse(s));
    return out;
}

TEST(Xapi, StatementsFollowTheAttempt) {
    TempDir d;
    AttemptRecord a = rich_attempt(d);
    auto st = statements(a);
    int decisions = 0;
    for (const auto& e : a.events) decisions += e.is_decision();
    ASSERT_EQ(st.size(), size_t(1 + decisions + 2));
    const std::string adl = "http://adlnet.gov/expapi/verbs/";
    EXPECT_EQ(st.front()["verb"]["id"], adl + "launched");
    EXPECT_EQ(st[1]["verb"]["id"], adl + "answered");
    EXPECT_EQ(st[st.size() - 2]["verb"]["id"], adl + "completed");
    EXPECT_EQ(st.back()["verb"]["id"], adl + "passed");
    const std::regex uuid("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    const std::regex utc(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)");
    std::set<std::string> ids;
    for (const auto& s : st) {
        EXPECT_TRUE(std::regex_match(s["id"].get<std::string>(), uuid)) << s["id"];
        EXPECT_TRUE(std::regex_match(s["timestamp"].get<std::string>(), utc)) << s["timestamp"];
        EXPECT_EQ(s["context"]["registration"], a.uuid);
        EXPECT_EQ(s["actor"]["account"]["name"], "sanne");
        EXPECT_FALSE(s["actor"].contains("mbox"));
        ids.insert(s["id"]);
    }
    EXPECT_EQ(ids.size(), st.size());
    // Answers in the order made: first the choice later rewound, then the kept one.
    const std::string ext = "https://gesprekslab.nl/xapi/ext/";
    EXPECT_EQ(st[1]["result"]["response"], "afwimpelen");
    EXPECT_FALSE(st[1]["result"]["extensions"][ext + "on-final-path"].get<bool>());
    const nlohmann::json* kept = nullptr;
    for (const auto& s : st)
        if (s["verb"]["id"] == adl + "answered" && s["result"]["response"] == "binnen") kept = &s;
    ASSERT_TRUE(kept);
    EXPECT_TRUE((*kept)["result"]["extensions"][ext + "on-final-path"].get<bool>());
    EXPECT_EQ((*kept)["result"]["extensions"][ext + "competency-delta"]["luisteren"], 1);
    EXPECT_EQ((*kept)["object"]["definition"]["interactionType"], "choice");
    EXPECT_EQ((*kept)["context"]["contextActivities"]["parent"][0]["id"], "https://gesprekslab.nl/xapi/scenario/tutorial");
    const auto& done = st[st.size() - 2]["result"];
    EXPECT_DOUBLE_EQ(done["score"]["scaled"].get<double>(), std::round(a.standing.overall * 1000) / 1000);  // to three decimals
    EXPECT_EQ(done["score"]["min"], 0);
    EXPECT_EQ(done["score"]["max"], 100);
    EXPECT_TRUE(done["completion"].get<bool>());
    EXPECT_EQ(done["duration"], lab::iso_duration(a.duration_ms()));
    EXPECT_TRUE(done["extensions"]["https://gesprekslab.nl/xapi/ext/competencies"].contains("afspraken"));
    // The same attempt gives the same statement ids (an LRS can de-duplicate).
    EXPECT_EQ(statements(a)[3]["id"], st[3]["id"]);
}

TEST(Xapi, AnEmailIsUsedOnlyWhenGiven) {
    TempDir d;
    AttemptRecord a = rich_attempt(d);
    a.email = "sanne@student.example.nl";
    auto st = statements(a);
    EXPECT_EQ(st[0]["actor"]["mbox"], "mailto:sanne@student.example.nl");
    EXPECT_FALSE(st[0]["actor"].contains("account"));
}

TEST(Xapi, IsoDurations) {
    EXPECT_EQ(lab::iso_duration(0), "PT0S");
    EXPECT_EQ(lab::iso_duration(1500), "PT1.5S");
    EXPECT_EQ(lab::iso_duration(252000), "PT4M12S");
    EXPECT_EQ(lab::iso_duration(3723450), "PT1H2M3.45S");
    EXPECT_EQ(lab::iso_duration(3600000), "PT1H");
}

TEST(Xapi, StatementsPassThePublishedValidator) {
    const std::string dir = std::string(LAB_SOURCE_DIR) + "/tests/xapi";
    if (run("command -v node > /dev/null 2>&1") != 0) GTEST_SKIP() << "node is not installed: the xAPI validator cannot run";
    if (!fs::exists(dir + "/node_modules/@learninglocker/xapi-validation"))
        GTEST_SKIP() << "the validator is not installed: run `npm ci` in tests/xapi (scripts/test does this when npm is present)";
    TempDir d;
    std::vector<AttemptRecord> all;
    all.push_back(rich_attempt(d));
    AttemptRecord failed = all[0];  // a failed attempt, with an e-mail
    failed.uuid = lab::new_uuid();
    failed.email = "kim@student.example.nl";
    failed.standing.grade = lab::Grade::Insufficient;
    failed.standing.overall = 0.2;
    all.push_back(failed);
    {
        Session s(tutorial(), 1);  // unfinished, anonymous
        play(s, "1");
        all.push_back(lab::record_of(s, {}, 1747040400000, 1747040460000));
    }
    const std::string file = d.write("statements.jsonl", lab::xapi_jsonl(all));
    const std::string out = (d.path / "validator.txt").string();
    const int rc = run("node " + dir + "/validate.js " + file + " > " + out + " 2>&1");
    EXPECT_EQ(rc, 0) << slurp(out);
    EXPECT_NE(slurp(out).find("ok:"), std::string::npos) << slurp(out);
    EXPECT_NE(slurp(file).find("http://adlnet.gov/expapi/verbs/failed"), std::string::npos);
}

// [SECTION] class overview

TEST(ClassOverview, CountsGradesAndChoicesPerNodeAndSkipsDuplicates) {
    std::vector<AttemptRecord> list;
    auto add = [&](const std::string& student, const std::string& picks) {
        Session s(tutorial(), 1);
        play(s, picks);
        list.push_back(lab::record_of(s, {student, "", lab::Mode::Practice, "nl"}, 1747040400000, 1747040460000));
    };
    add("a", kBestPath);
    add("b", kBestPath);
    add("c", "2,2");
    add("d", "1");  // unfinished
    list.push_back(list[0]);  // the same attempt handed in twice
    lab::ClassOverview c = lab::class_overview(list);
    EXPECT_EQ(c.duplicates, 1);
    ASSERT_EQ(c.scenarios.size(), 1u);
    const auto& o = c.scenarios[0];
    EXPECT_EQ(o.attempts, 4);
    EXPECT_EQ(o.finished, 3);
    EXPECT_EQ(o.unfinished, 1);
    EXPECT_EQ(o.grades.at(lab::Grade::Good), 2);
    EXPECT_EQ(o.grades.at(lab::Grade::Insufficient), 1);
    EXPECT_EQ(o.students.size(), 4u);
    const lab::NodeStat* deur = nullptr;
    for (const auto& n : o.nodes)
        if (n.node == "deur") deur = &n;
    ASSERT_TRUE(deur);
    EXPECT_EQ(deur->total, 4);
    ASSERT_EQ(deur->choices.size(), 2u);
    EXPECT_EQ(deur->choices[0].key, "binnen");
    EXPECT_EQ(deur->choices[0].count, 3);
    EXPECT_EQ(deur->choices[1].count, 1);
    EXPECT_LT(deur->choices[1].delta_sum, 0);
    EXPECT_DOUBLE_EQ(deur->losing_share(), 0.25);
    EXPECT_EQ(o.nodes.front().node, "deur");  // in conversation order
    const std::string html = lab::class_html(c);
    EXPECT_NE(html.find("<svg"), std::string::npos);
    EXPECT_EQ(html.find("<script"), std::string::npos);
}

TEST(ClassOverview, CsvHasARowPerAttemptAndDefusesFormulas) {
    Session s(tutorial(), 1);
    play(s, kBestPath);
    AttemptRecord a = lab::record_of(s, {"=HYPERLINK(\"http://x\",\"y\")", "", lab::Mode::Test, "nl"}, 1747040400000, 1747040460000);
    const std::string csv = lab::class_csv(lab::class_overview({a}));
    std::istringstream in(csv);
    std::string header, row, extra;
    std::getline(in, header);
    std::getline(in, row);
    EXPECT_FALSE(std::getline(in, extra) && !extra.empty() && extra != "\r");
    EXPECT_EQ(header.rfind("student,scenario,version,attempt,started", 0), 0u);
    EXPECT_NE(header.find("luisteren,informeren,afspraken"), std::string::npos);
    EXPECT_EQ(row.rfind("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",tutorial," + std::to_string(tutorial()->version) + ",", 0), 0u) << row;
    EXPECT_NE(row.find(",toets,finished,samen_verder,good,6,0,1.000,goed,1.000,1.000,1.000"), std::string::npos) << row;
}

// [SECTION] the command line

TEST(StoreCli, RecordExportReportXapiAndClass) {
    LangGuard lang_guard("nl");
    TempDir d;
    const std::string bin = LAB_BINARY, data = (d.path / "data").string(), sc = std::string(LAB_SOURCE_DIR) + "/scenarios/tutorial.lua";
    const std::string quiet = " > /dev/null 2>&1";
    ASSERT_EQ(run(bin + " run " + sc + " --choices " + std::string(kBestPath) + " --record --student sanne --data " + data + quiet), 0);
    ASSERT_EQ(run(bin + " run " + sc + " --choices 2,2 --record --student daan --mode toets --data " + data + quiet), 0);
    const std::string json = (d.path / "sanne.json").string();
    ASSERT_EQ(run(bin + " export --data " + data + " --student sanne -o " + json + quiet), 0);
    std::vector<AttemptRecord> got;
    std::string problem;
    ASSERT_TRUE(lab::read_export_file(json, got, &problem)) << problem;
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].student, "sanne");
    // From the file and from the store, Dutch and English.
    EXPECT_EQ(run(bin + " report " + json + " -o " + (d.path / "r1.html").string() + quiet), 0);
    EXPECT_EQ(run(bin + " report 2 --data " + data + " --lang en -o " + (d.path / "r2.html").string() + quiet), 0);
    EXPECT_NE(slurp((d.path / "r1.html").string()).find("Portfolioverslag"), std::string::npos);
    EXPECT_NE(slurp((d.path / "r2.html").string()).find("Portfolio report"), std::string::npos);
    EXPECT_EQ(run(bin + " report 99 --data " + data + " -o " + (d.path / "r3.html").string() + quiet), 1);
    EXPECT_EQ(run(bin + " report " + json + quiet), 2);  // -o is required
    EXPECT_EQ(run(bin + " xapi --data " + data + " -o " + (d.path / "s.jsonl").string() + quiet), 0);
    const std::string lines = slurp((d.path / "s.jsonl").string());
    EXPECT_GE(std::count(lines.begin(), lines.end(), '\n'), 8);
    const std::string both = (d.path / "all.json").string();
    ASSERT_EQ(run(bin + " export --data " + data + " -o " + both + quiet), 0);
    EXPECT_EQ(run(bin + " class " + json + " " + both + " -o " + (d.path / "class.html").string() + " --csv " + (d.path / "class.csv").string() + quiet), 0);
    EXPECT_NE(slurp((d.path / "class.html").string()).find("Klasoverzicht"), std::string::npos);
    EXPECT_NE(slurp((d.path / "class.csv").string()).find("daan,tutorial"), std::string::npos);
    EXPECT_EQ(run(bin + " class " + json + quiet), 2);  // no output named
    EXPECT_EQ(run(bin + " export --data " + (d.path / "nothing").string() + quiet), 1);
    EXPECT_FALSE(fs::exists(d.path / "nothing"));  // reading never creates a database
}

}  // namespace
