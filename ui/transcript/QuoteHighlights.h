// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Ids.h"

#include <QColor>
#include <QList>

#include <vector>

class QPlainTextEdit;

namespace tianye::ui {

// What the transcription editor paints behind its text: the quotes (coloured by
// their first theme, overlaps darker) and the segment being heard during playback.
// Kept through reloads: marks are anchored to segment ids and offsets.
class QuoteHighlights final
{
public:
    struct Mark
    {
        RowId quoteId = NoRow;
        RowId startSegmentId = NoRow;
        qsizetype startOffset = 0; // code points
        RowId endSegmentId = NoRow;
        qsizetype endOffset = 0;
        QColor color;
    };

    explicit QuoteHighlights(QPlainTextEdit* editor);

    void setMarks(std::vector<Mark> marks);
    // The block (segment index) being heard; -1 for none.
    void setPlayingBlock(int block);
    int playingBlock() const { return m_playing; }
    // Paints both again (after the document was rebuilt).
    void apply();
    // Selects a quote's words in the editor and scrolls to them; false when they are
    // not in the document.
    bool select(RowId quoteId);
    // The quotes that cover a document position, innermost last.
    QList<RowId> at(int position) const;

private:
    QPlainTextEdit* m_editor;
    std::vector<Mark> m_marks;
    int m_playing = -1;
};

} // namespace tianye::ui
