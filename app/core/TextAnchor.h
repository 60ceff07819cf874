// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QString>

#include <span>
#include <vector>

namespace tianye {

// Text positions in Tianye count Unicode code points (as REFI-QDA does), never
// UTF-16 units or bytes, so 𠀀 (U+20000) or an emoji counts as one.
struct TextSpan
{
    qsizetype start = 0; // first code point
    qsizetype end = 0;   // one past the last code point
    qsizetype length() const { return end - start; }
    bool operator==(const TextSpan&) const = default;
};

qsizetype codePointCount(QStringView text);
qsizetype codePointToUtf16(QStringView text, qsizetype codePoint);
qsizetype utf16ToCodePoint(QStringView text, qsizetype utf16Index);
QString codePointMid(QStringView text, TextSpan span);

struct AnchoredSpan
{
    TextSpan span;
    // All of the span's original characters were deleted or replaced: the quote is
    // kept, but it no longer covers any of its words and must be shown to the user.
    bool detached = false;
    bool operator==(const AnchoredSpan&) const = default;
};

// Moves spans of oldText to where the same characters stand in newText, using a
// character diff. Text inserted strictly inside a span joins it; text inserted at a
// span's edges does not; a replaced run at a span's edge stays in the span.
std::vector<AnchoredSpan> reanchor(QStringView oldText, QStringView newText, std::span<const TextSpan> spans);

} // namespace tianye
