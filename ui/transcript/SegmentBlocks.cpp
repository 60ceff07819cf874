// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "transcript/SegmentBlocks.h"

#include "text/TextNormalizer.h"

#include <QTextDocument>

#include <algorithm>

namespace tianye::ui::transcript {

SegmentData* dataOf(const QTextBlock& block)
{
    return static_cast<SegmentData*>(block.userData());
}

QString toEditor(QString text)
{
    return text.replace(QLatin1Char('\n'), QChar::LineSeparator);
}

QString fromEditor(QString text)
{
    return text.replace(QChar::LineSeparator, QLatin1Char('\n'));
}

qsizetype codePointsBefore(const QString& text, qsizetype utf16)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < utf16 && i < text.size(); ++i) {
        if (!text[i].isLowSurrogate())
            ++n;
    }
    return n;
}

qsizetype utf16At(const QString& text, qsizetype codePoints)
{
    qsizetype i = 0;
    for (qsizetype n = 0; n < codePoints && i < text.size(); ++n)
        i += text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
    return i;
}

std::optional<Edits> editsSince(const QTextDocument& document, const std::vector<RowId>& loadedIds)
{
    Edits out;
    std::vector<RowId> present;
    bool changed = false;
    const bool onlyEmpty = document.blockCount() == 1 && document.firstBlock().text().isEmpty();
    QString speaker;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        const QString text = fromEditor(b.text());
        const SegmentData* d = dataOf(b);
        ops::TranscriptBlock edit;
        edit.text = text;
        if (d && d->id != NoRow) {
            present.push_back(d->id);
            edit.segmentId = d->id;
            edit.action =
                text != d->saved ? ops::TranscriptBlock::Action::SetText : ops::TranscriptBlock::Action::Keep;
            changed |= text != d->saved;
            speaker = d->speaker;
        } else if (!onlyEmpty) {
            // A new paragraph: the speaker of its block, else of the segment before.
            edit.action = ops::TranscriptBlock::Action::Insert;
            edit.speaker = d ? d->speaker : speaker;
            changed = true;
        }
        out.blocks.push_back(std::move(edit));
        out.documentBlocks.push_back(b);
    }
    for (RowId id : loadedIds) {
        if (std::find(present.begin(), present.end(), id) == present.end())
            out.removed.push_back(id);
    }
    if (!changed && out.removed.empty())
        return std::nullopt;
    return out;
}

std::vector<std::pair<int, int>> matchesIn(const QString& text, const QString& needle)
{
    std::vector<std::pair<int, int>> out;
    std::vector<text::NormalizedChar> hay;
    std::vector<text::NormalizedChar> pin;
    text::TextNormalizer::fromString(text, hay);
    text::TextNormalizer::fromString(needle, pin);
    if (pin.empty() || hay.size() < pin.size())
        return out;
    for (size_t i = 0; i + pin.size() <= hay.size(); ++i) {
        bool match = true;
        for (size_t k = 0; k < pin.size() && match; ++k)
            match = hay[i + k].c == pin[k].c;
        if (!match)
            continue;
        // Several normalized characters can come from one source character (ß → ss):
        // a match must start and end on character boundaries.
        if (i > 0 && hay[i - 1].sourceStart == hay[i].sourceStart)
            continue;
        const size_t last = i + pin.size() - 1;
        if (last + 1 < hay.size() && hay[last + 1].sourceStart == hay[last].sourceStart)
            continue;
        const int from = int(utf16At(text, hay[i].sourceStart));
        const int to = int(utf16At(text, hay[last].sourceEnd));
        out.emplace_back(from, to - from);
        i = last;
    }
    return out;
}

} // namespace tianye::ui::transcript
