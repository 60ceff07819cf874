// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "text/TextNormalizer.h"

#include <functional>
#include <string_view>
#include <vector>

struct sqlite3;

namespace tianye::text {

// Tianye's search tokens over normalized text:
// - a run of CJK characters gives its overlapping bigrams (大同不争: 大同 同不 不争) and
//   its last character, at the same position as the last bigram (争). Any substring of
//   two or more CJK characters is then a phrase of bigrams, and one character is a
//   prefix query, so CJK search finds exactly what a substring search finds;
// - a run of letters and digits is one word (case and accents folded);
// - separators give nothing.
// In query mode a CJK run gives only its bigrams (one character: itself).
class Tokenizer final
{
public:
    // token (UTF-8), source start, source end, colocated with the previous token
    using Sink = std::function<bool(std::string_view, std::uint32_t, std::uint32_t, bool)>;
    static bool tokenize(const std::vector<NormalizedChar>& chars, bool queryMode, const Sink& sink);

    // The FTS5 tokenizer's name, as used in CREATE VIRTUAL TABLE ... tokenize='tianye'.
    static constexpr const char* Name = "tianye";
    // Registers the tokenizer on a connection. Every connection that writes indexed
    // tables needs it: the index is kept in sync by triggers.
    static bool registerWith(sqlite3* db);
};

} // namespace tianye::text
