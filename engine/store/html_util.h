// html_util: small helpers for the self-contained HTML documents that the
// store writes (report, class overview). Internal to engine/store.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/grade.h"

namespace lab::html {

// Escapes & < > " ' for text and attribute values.
std::string esc(const std::string& s);
// Escaped text as paragraphs: blank lines split paragraphs, single newlines
// become <br>. Empty text gives "".
std::string paragraphs(const std::string& s, const char* p_class = nullptr);
// 0.625 -> "63%".
std::string percent(double v);
// A number as an author would write it (3, -1, 2.5), with a sign when `sign`.
std::string number(double v, bool sign = false);
// "1 mei 2024, 14:03" / "1 May 2024, 14:03" in local time (message language).
std::string date_time(int64_t ms);
std::string date(int64_t ms);
// "4 min 12 s", "1 h 3 min", "12 s".
std::string duration(int64_t ms);
// The name of a mood id (neutraal, blij...) in the message language.
std::string mood_label(const std::string& mood);
// The grade ("–" when none) and outcome names in the message language.
std::string grade_label(std::optional<Grade> grade);
std::string outcome_label(const std::string& outcome);
// A colour per grade, and for a percentage against pass/good thresholds.
const char* grade_color(std::optional<Grade> grade);
const char* level_color(double pct, double pass, double good);
// The i-th colour of the chart palette.
const char* palette(size_t i);
// One bar of bar_chart(): `value` in [0, 1]; `color` "" = by thresholds.
struct Bar {
    std::string label;
    double value = 0;
    std::string detail;  // small text after the percentage
    bool bold = false;
    std::string color;
    Bar(std::string l, double v, std::string d = "", bool b = false, std::string c = "")
        : label(std::move(l)), value(v), detail(std::move(d)), bold(b), color(std::move(c)) {}
};
// Horizontal bars with dashed lines at the `pass` and `good` thresholds
// (leave out a line by giving < 0). Labels are escaped here.
std::string bar_chart(const std::vector<Bar>& bars, double pass, double good, const std::string& aria);

// The CSS all documents share (page, type, tables, print rules).
const char* base_css();

}  // namespace lab::html
