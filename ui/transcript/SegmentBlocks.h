// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Ids.h"
#include "ops/Transcripts.h"

#include <QString>
#include <QTextBlock>
#include <QTextBlockUserData>

#include <optional>
#include <utility>
#include <vector>

class QTextDocument;

// How the transcription editor's document maps onto segments, as functions of the
// document alone (no widget): one block per segment, carrying what it was loaded
// with; what typing changed since; where a search term matches.
namespace tianye::ui::transcript {

// What a block knows of its segment, as last loaded or saved.
struct SegmentData final : QTextBlockUserData
{
    RowId id = NoRow;
    QString speaker;
    std::optional<qint64> startMs;
    std::optional<qint64> endMs;
    QString saved; // the text in the store
};

// The block's segment (nullptr for a block typed since the last save).
SegmentData* dataOf(const QTextBlock& block);

// A line break inside a segment is "\n" in the store and a line separator in the
// editor (a paragraph there is a segment).
QString toEditor(QString text);
QString fromEditor(QString text);

// UTF-16 positions and code points (what quotes and splits count) in one text.
qsizetype codePointsBefore(const QString& text, qsizetype utf16);
qsizetype utf16At(const QString& text, qsizetype codePoints);

// What the document shows that the store does not have: segments whose blocks are
// gone, and for every block whether it is kept, typed over or new. Empty when
// nothing changed.
struct Edits
{
    std::vector<RowId> removed;
    std::vector<ops::TranscriptBlock> blocks; // one per document block, in order
    std::vector<QTextBlock> documentBlocks;   // the same blocks, for the ids made
};
std::optional<Edits> editsSince(const QTextDocument& document, const std::vector<RowId>& loadedIds);

// Where needle occurs in text, as (start, length) UTF-16 spans, matching as search
// does: case, accents and full-width forms folded; a match starts and ends on whole
// characters.
std::vector<std::pair<int, int>> matchesIn(const QString& text, const QString& needle);

} // namespace tianye::ui::transcript
