// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "transcript/QuoteHighlights.h"

#include "core/TextAnchor.h"
#include "transcript/SegmentBlocks.h"

#include <QHash>
#include <QPlainTextEdit>
#include <QTextBlock>

namespace tianye::ui {

namespace {

// Each loaded segment's block, by segment id.
QHash<RowId, QTextBlock> blocksById(const QTextDocument& document)
{
    QHash<RowId, QTextBlock> blocks;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        if (const transcript::SegmentData* d = transcript::dataOf(b); d && d->id != NoRow)
            blocks.insert(d->id, b);
    }
    return blocks;
}

// The document cursor spanning a mark (null when its segments are not loaded).
QTextCursor cursorFor(QTextDocument* document, const QuoteHighlights::Mark& mark,
                      const QHash<RowId, QTextBlock>& blocks)
{
    const QTextBlock first = blocks.value(mark.startSegmentId);
    const QTextBlock last = blocks.value(mark.endSegmentId);
    if (!first.isValid() || !last.isValid() || last.blockNumber() < first.blockNumber())
        return {};
    QTextCursor c(document);
    const qsizetype from = codePointToUtf16(first.text(), mark.startOffset);
    const qsizetype to = codePointToUtf16(last.text(), mark.endOffset);
    c.setPosition(first.position() + int(std::clamp<qsizetype>(from, 0, first.length() - 1)));
    c.setPosition(last.position() + int(std::clamp<qsizetype>(to, 0, last.length() - 1)),
                  QTextCursor::KeepAnchor);
    return c;
}

} // namespace

QuoteHighlights::QuoteHighlights(QPlainTextEdit* editor)
    : m_editor(editor)
{}

void QuoteHighlights::setMarks(std::vector<Mark> marks)
{
    m_marks = std::move(marks);
    apply();
}

void QuoteHighlights::setPlayingBlock(int block)
{
    m_playing = block;
    apply();
}

void QuoteHighlights::apply()
{
    QTextDocument* document = m_editor->document();
    QList<QTextEdit::ExtraSelection> selections;
    if (m_playing >= 0) {
        const QTextBlock block = document->findBlockByNumber(m_playing);
        if (block.isValid()) {
            QTextEdit::ExtraSelection s;
            s.cursor = QTextCursor(block);
            s.format.setBackground(QColor(0xff, 0xf1, 0xb8));
            s.format.setProperty(QTextFormat::FullWidthSelection, true);
            s.format.setProperty(QTextFormat::UserProperty, QVariant::fromValue(NoRow));
            selections << s;
        }
    }
    const QHash<RowId, QTextBlock> blocks =
        m_marks.empty() ? QHash<RowId, QTextBlock>() : blocksById(*document);
    for (const Mark& mark : m_marks) {
        QTextEdit::ExtraSelection s;
        s.cursor = cursorFor(document, mark, blocks);
        if (s.cursor.isNull() || !s.cursor.hasSelection())
            continue;
        QColor fill = mark.color.isValid() ? mark.color : m_editor->palette().color(QPalette::Highlight);
        fill.setAlpha(70);
        s.format.setBackground(fill);
        s.format.setProperty(QTextFormat::UserProperty, QVariant::fromValue(mark.quoteId));
        selections << s;
    }
    m_editor->setExtraSelections(selections);
}

bool QuoteHighlights::select(RowId quoteId)
{
    const auto it =
        std::find_if(m_marks.begin(), m_marks.end(), [&](const Mark& m) { return m.quoteId == quoteId; });
    if (it == m_marks.end())
        return false;
    const QTextCursor c = cursorFor(m_editor->document(), *it, blocksById(*m_editor->document()));
    if (c.isNull())
        return false;
    m_editor->setTextCursor(c);
    m_editor->ensureCursorVisible();
    return true;
}

QList<RowId> QuoteHighlights::at(int position) const
{
    QList<RowId> out;
    for (const QTextEdit::ExtraSelection& s : m_editor->extraSelections()) {
        const RowId id = s.format.property(QTextFormat::UserProperty).value<RowId>();
        if (id != NoRow && s.cursor.selectionStart() <= position && position <= s.cursor.selectionEnd())
            out << id;
    }
    return out;
}

} // namespace tianye::ui
