// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace tianye::text {

// How search sees a character after normalization.
enum class CharClass : std::uint8_t
{
    Separator, // spaces, punctuation, symbols, emoji: not searchable
    Word,      // letters and digits of alphabetic scripts: grouped into words
    Cjk,       // Han, Kana, Hangul: searchable character by character
};

// One normalized character and the part of the source it came from.
struct NormalizedChar
{
    char32_t c;
    CharClass cls;
    std::uint32_t sourceStart; // in the source's units (bytes for UTF-8, code points for QString)
    std::uint32_t sourceEnd;
};

// Search normalization, character by character: NFKC (full-width and compatibility
// forms folded), case folded, and for alphabetic scripts accents removed ("é" -> "e").
// Kana keep their voicing marks.
class TextNormalizer final
{
public:
    // Appends the normalized characters of UTF-8 text; source positions are bytes.
    static void fromUtf8(const char* text, std::size_t size, std::vector<NormalizedChar>& out);
    // Appends the normalized characters of text; source positions are code points.
    static void fromString(QStringView text, std::vector<NormalizedChar>& out);
    // The normalized text itself (for brute-force comparisons and highlighting).
    static std::u32string normalized(QStringView text);
    static CharClass classify(char32_t c);
};

} // namespace tianye::text
