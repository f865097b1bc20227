// libFuzzer's entry for one target, chosen at build time (LAB_FUZZ_TARGET).
#include "targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) { return lab::fuzz::LAB_FUZZ_TARGET(data, size); }
