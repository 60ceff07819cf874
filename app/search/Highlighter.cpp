// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "search/Highlighter.h"

#include "text/TextNormalizer.h"

#include <algorithm>

namespace tianye::search {

using text::CharClass;
using text::NormalizedChar;
using text::TextNormalizer;

namespace {
QList<TextSpan> spansOf(const QString& text, const std::vector<SearchTerm>& terms, bool joinTouching);
}

QList<TextSpan> Highlighter::find(const QString& text, const std::vector<SearchTerm>& terms)
{
    return spansOf(text, terms, true);
}

QList<TextSpan> Highlighter::occurrences(const QString& text, const std::vector<SearchTerm>& terms)
{
    return spansOf(text, terms, false);
}

namespace {

QList<TextSpan> spansOf(const QString& text, const std::vector<SearchTerm>& terms, bool joinTouching)
{
    std::vector<NormalizedChar> chars;
    TextNormalizer::fromString(text, chars);
    QList<TextSpan> spans;
    for (const SearchTerm& term : terms) {
        for (qsizetype r = 0; r < term.runs.size(); ++r) {
            const std::u32string run = term.runs[r].toStdU32String();
            if (run.empty())
                continue;
            const bool cjk = TextNormalizer::classify(run.front()) == CharClass::Cjk;
            const bool prefix = term.prefix && r + 1 == term.runs.size();
            for (size_t i = 0; i < chars.size(); ++i) {
                if (cjk) {
                    size_t k = 0;
                    while (k < run.size() && i + k < chars.size() && chars[i + k].c == run[k])
                        ++k;
                    if (k == run.size())
                        spans.append(
                            {qsizetype(chars[i].sourceStart), qsizetype(chars[i + k - 1].sourceEnd)});
                    continue;
                }
                // Words match whole words (or their beginning, for "word*").
                if (chars[i].cls != CharClass::Word || (i > 0 && chars[i - 1].cls == CharClass::Word))
                    continue;
                size_t end = i;
                while (end < chars.size() && chars[end].cls == CharClass::Word)
                    ++end;
                const size_t length = end - i;
                if (length < run.size() || (!prefix && length != run.size()))
                    continue;
                bool same = true;
                for (size_t k = 0; k < run.size() && same; ++k)
                    same = chars[i + k].c == run[k];
                if (same)
                    spans.append({qsizetype(chars[i].sourceStart), qsizetype(chars[end - 1].sourceEnd)});
            }
        }
    }
    std::sort(spans.begin(), spans.end(),
              [](const TextSpan& a, const TextSpan& b) { return a.start < b.start; });
    QList<TextSpan> merged;
    for (const TextSpan& s : spans) {
        if (!merged.isEmpty() &&
            (s.start < merged.back().end || (joinTouching && s.start == merged.back().end)))
            merged.back().end = std::max(merged.back().end, s.end);
        else
            merged.append(s);
    }
    return merged;
}

} // namespace

Snippet Highlighter::snippet(const QString& text, const QList<TextSpan>& hits, int maxChars)
{
    const qsizetype length = codePointCount(text);
    qsizetype start = 0;
    if (!hits.isEmpty() && length > maxChars)
        start = std::clamp<qsizetype>(hits.front().start - maxChars / 4, 0,
                                      std::max<qsizetype>(0, length - maxChars));
    const qsizetype end = std::min(length, start + maxChars);
    Snippet out;
    const qsizetype shift = start > 0 ? 1 : 0;
    if (start > 0)
        out.text += QChar(0x2026);
    out.text += codePointMid(text, {start, end});
    if (end < length)
        out.text += QChar(0x2026);
    for (const TextSpan& h : hits) {
        const qsizetype s = std::max(h.start, start);
        const qsizetype e = std::min(h.end, end);
        if (s < e)
            out.highlights.append({s - start + shift, e - start + shift});
    }
    return out;
}

} // namespace tianye::search
