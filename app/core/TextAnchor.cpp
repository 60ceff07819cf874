// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "core/TextAnchor.h"

#include <QList>

#include <algorithm>

namespace tianye {

qsizetype codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

qsizetype codePointToUtf16(QStringView text, qsizetype codePoint)
{
    qsizetype i = 0;
    for (qsizetype cp = 0; cp < codePoint && i < text.size(); ++cp) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++i;
    }
    return i;
}

qsizetype utf16ToCodePoint(QStringView text, qsizetype utf16Index)
{
    return codePointCount(text.first(std::clamp<qsizetype>(utf16Index, 0, text.size())));
}

QString codePointMid(QStringView text, TextSpan span)
{
    const qsizetype from = codePointToUtf16(text, span.start);
    const qsizetype to = codePointToUtf16(text, span.end);
    return text.mid(from, std::max<qsizetype>(0, to - from)).toString();
}

namespace {

// One run of the diff where old[oldStart, oldEnd) was replaced by new[newStart, newEnd).
struct Hunk
{
    qsizetype oldStart, oldEnd, newStart, newEnd;
};

struct Diff
{
    std::vector<qsizetype> oldToNew; // new position of each old character, -1 if deleted
    std::vector<Hunk> hunks;
};

// Beyond this many edits the middle of the text is treated as one replacement:
// Myers' trace grows with the square of the edit distance.
constexpr qsizetype MaxEditDistance = 2000;

Diff diff(const QList<uint>& a, const QList<uint>& b)
{
    Diff result;
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    result.oldToNew.assign(size_t(n), -1);

    qsizetype prefix = 0;
    while (prefix < n && prefix < m && a[prefix] == b[prefix]) {
        result.oldToNew[size_t(prefix)] = prefix;
        ++prefix;
    }
    qsizetype suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && a[n - 1 - suffix] == b[m - 1 - suffix]) {
        result.oldToNew[size_t(n - 1 - suffix)] = m - 1 - suffix;
        ++suffix;
    }
    const qsizetype N = n - prefix - suffix;
    const qsizetype M = m - prefix - suffix;
    if (N == 0 && M == 0)
        return result;

    // Myers' O(ND) algorithm over the middle, keeping each round's frontier for the walk back.
    const auto A = [&](qsizetype i) { return a[prefix + i]; };
    const auto B = [&](qsizetype j) { return b[prefix + j]; };
    const qsizetype limit = std::min(N + M, MaxEditDistance);
    const qsizetype offset = limit + 1;
    std::vector<qsizetype> v(size_t(2 * offset + 1), 0);
    std::vector<std::vector<qsizetype>> trace;
    qsizetype found = -1;
    for (qsizetype d = 0; d <= limit && found < 0; ++d) {
        trace.push_back(v);
        for (qsizetype k = -d; k <= d; k += 2) {
            qsizetype x = (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                              ? v[size_t(offset + k + 1)]
                              : v[size_t(offset + k - 1)] + 1;
            qsizetype y = x - k;
            while (x < N && y < M && A(x) == B(y)) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= N && y >= M) {
                found = d;
                break;
            }
        }
    }

    std::vector<bool> oldKept(size_t(N), false);
    std::vector<bool> newKept(size_t(M), false);
    if (found >= 0) {
        qsizetype x = N, y = M;
        for (qsizetype d = found; d > 0; --d) {
            const auto& pv = trace[size_t(d)];
            const qsizetype k = x - y;
            const bool down =
                (k == -d || (k != d && pv[size_t(offset + k - 1)] < pv[size_t(offset + k + 1)]));
            const qsizetype prevK = down ? k + 1 : k - 1;
            const qsizetype prevX = pv[size_t(offset + prevK)];
            const qsizetype prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                --x;
                --y;
                oldKept[size_t(x)] = newKept[size_t(y)] = true;
                result.oldToNew[size_t(prefix + x)] = prefix + y;
            }
            x = prevX;
            y = prevY;
        }
        while (x > 0 && y > 0) {
            --x;
            --y;
            oldKept[size_t(x)] = newKept[size_t(y)] = true;
            result.oldToNew[size_t(prefix + x)] = prefix + y;
        }
    }

    // Group the changed characters into hunks between kept ones.
    qsizetype i = 0, j = 0;
    while (i < N || j < M) {
        if (i < N && j < M && oldKept[size_t(i)] && newKept[size_t(j)]) {
            ++i;
            ++j;
            continue;
        }
        Hunk h{prefix + i, prefix + i, prefix + j, prefix + j};
        while (i < N && !oldKept[size_t(i)])
            ++i;
        while (j < M && !newKept[size_t(j)])
            ++j;
        h.oldEnd = prefix + i;
        h.newEnd = prefix + j;
        result.hunks.push_back(h);
    }
    return result;
}

} // namespace

std::vector<AnchoredSpan> reanchor(QStringView oldText, QStringView newText, std::span<const TextSpan> spans)
{
    const QList<uint> a = oldText.toUcs4();
    const QList<uint> b = newText.toUcs4();
    const Diff d = diff(a, b);
    const auto oldCount = qsizetype(d.oldToNew.size());

    // Where a boundary at old position p lands: the new position of the next kept character.
    const auto mapBoundary = [&](qsizetype p) {
        for (qsizetype i = std::max<qsizetype>(p, 0); i < oldCount; ++i) {
            if (d.oldToNew[size_t(i)] >= 0)
                return d.oldToNew[size_t(i)];
        }
        return b.size();
    };

    std::vector<AnchoredSpan> out;
    out.reserve(spans.size());
    for (const TextSpan& span : spans) {
        const qsizetype s = std::clamp<qsizetype>(span.start, 0, oldCount);
        const qsizetype e = std::clamp<qsizetype>(span.end, s, oldCount);
        qsizetype first = -1, last = -1;
        for (qsizetype i = s; i < e; ++i) {
            if (d.oldToNew[size_t(i)] >= 0) {
                if (first < 0)
                    first = i;
                last = i;
            }
        }
        if (first < 0) {
            const qsizetype p = mapBoundary(s);
            out.push_back({{p, p}, span.length() > 0});
            continue;
        }
        qsizetype newStart = d.oldToNew[size_t(first)];
        qsizetype newEnd = d.oldToNew[size_t(last)] + 1;
        for (const Hunk& h : d.hunks) {
            if (h.oldEnd == h.oldStart)
                continue; // a pure insertion: joins only when strictly inside, which contiguity gives
            if (h.oldStart >= s && h.oldEnd <= first)
                newStart = std::min(newStart, h.newStart);
            if (h.oldStart > last && h.oldEnd <= e)
                newEnd = std::max(newEnd, h.newEnd);
        }
        out.push_back({{newStart, newEnd}, false});
    }
    return out;
}

} // namespace tianye
