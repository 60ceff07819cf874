// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
//
// Edge coverage for libFuzzer from code that GCC compiled.
//
// Tianye is C++23 built with GCC 12: clang 14, the compiler whose -fsanitize=fuzzer
// instruments code for libFuzzer, cannot compile libstdc++ 12's std::expected. GCC
// instruments with -fsanitize-coverage=trace-pc (a call at every basic block) and
// trace-cmp (comparisons, which libFuzzer reads as it is). libFuzzer 14 no longer
// counts trace-pc itself, so this file does: each call marks the edge from the previous
// block to this one (an AFL-style hash of the two addresses) in an array of 8-bit
// counters that libFuzzer is given at start-up, as if clang had made them. The build
// weakens libFuzzer's own __sanitizer_cov_trace_pc (which only says it is unsupported)
// so this one is used. This file itself is compiled without instrumentation.

#include <cstddef>
#include <cstdint>

extern "C" void __sanitizer_cov_8bit_counters_init(uint8_t* start, uint8_t* stop);
extern "C" void __sanitizer_cov_pcs_init(const uintptr_t* start, const uintptr_t* stop);

namespace {

constexpr size_t Edges = size_t(1) << 16;
alignas(64) uint8_t counters[Edges];
// libFuzzer's table of (pc, flags) per counter; a made-up pc per slot keeps its
// "new pc" reports readable as slot numbers.
uintptr_t pcTable[2 * Edges];
thread_local uintptr_t previous = 0;

[[gnu::constructor]] void registerCounters()
{
    for (size_t i = 0; i < Edges; ++i)
        pcTable[2 * i] = i + 1;
    __sanitizer_cov_8bit_counters_init(counters, counters + Edges);
    __sanitizer_cov_pcs_init(pcTable, pcTable + 2 * Edges);
}

} // namespace

extern "C" [[gnu::no_sanitize_address, gnu::no_sanitize_undefined]] void __sanitizer_cov_trace_pc()
{
    const auto pc = reinterpret_cast<uintptr_t>(__builtin_return_address(0));
    const uintptr_t here = (pc ^ (pc >> 12)) & (Edges - 1);
    ++counters[here ^ previous];
    previous = here >> 1;
}
