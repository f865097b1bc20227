// Fuzz targets: one input in, any outcome but a crash, a hang or a
// sanitizer report. Each runs under libFuzzer (fuzz_main.cpp, built by
// scripts/fuzz) and, for every input once found to crash or hang, in the
// normal test suite (tests/test_fuzz_regressions.cpp over tests/cases/fuzz/).
#pragma once
#include <cstddef>
#include <cstdint>

namespace lab::fuzz {

// A scenario file's text: loaded with the analysis (a small state budget,
// the app's sandbox limits), then played along the first choices.
int loader(const uint8_t* data, size_t size);
// A saved attempt (Session::save_json) restored on the tutorial scenario,
// then saved and scored again.
int session(const uint8_t* data, size_t size);
// An export file (docs/results.md) read, then turned into the report, the
// class overview and xAPI statements.
int exports(const uint8_t* data, size_t size);

}  // namespace lab::fuzz
