// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "transcript/SpeakerMargin.h"

#include "core/TimeCode.h"
#include "transcript/SegmentBlocks.h"
#include "transcript/TranscriptEditor.h"

#include <QHelpEvent>
#include <QInputDialog>
#include <QPainter>
#include <QPolygonF>
#include <QTextBlock>
#include <QToolTip>

namespace tianye::ui {

using transcript::dataOf;
using transcript::SegmentData;

SpeakerMargin::SpeakerMargin(TranscriptEditor* editor)
    : QWidget(editor)
    , m_editor(editor)
{
    setAccessibleName(tr("Speakers and times"));
    setCursor(Qt::PointingHandCursor);
}

int SpeakerMargin::preferredWidth() const
{
    return m_editor->fontMetrics().horizontalAdvance(QStringLiteral("说话人10 00:00:00")) + 24;
}

void SpeakerMargin::setMarkers(std::vector<Marker> markers)
{
    m_markers = std::move(markers);
    update();
}

QColor SpeakerMargin::speakerColor(const QString& speaker) const
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    // The same speaker gets the same colour in every session (qHash is seeded per
    // process, so a fixed FNV-1a over the UTF-16 text instead).
    quint32 hash = 2166136261u;
    for (QChar c : speaker)
        hash = (hash ^ c.unicode()) * 16777619u;
    const int hue = int(hash % 360);
    return QColor::fromHsv(hue, dark ? 120 : 200, dark ? 230 : 150);
}

void SpeakerMargin::paintEvent(QPaintEvent* event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), m_editor->palette().color(QPalette::AlternateBase));
    const QFont font = m_editor->font();
    QFont bold = font;
    bold.setBold(true);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetrics boldMetrics(bold);
    QColor secondary = m_editor->palette().color(QPalette::Text);
    secondary.setAlphaF(0.55f);
    const int textWidth = width() - 10;

    QTextBlock block = m_editor->firstVisibleBlock();
    qreal top = m_editor->blockBoundingGeometry(block).translated(m_editor->contentOffset()).top();
    QString previous = block.previous().isValid() && dataOf(block.previous())
                           ? dataOf(block.previous())->speaker
                           : QString();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = m_editor->blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            const SegmentData* seg = dataOf(block);
            const QString speaker = seg ? seg->speaker : QString();
            const QString time = seg && seg->startMs ? formatTimeCode(*seg->startMs) : QString();
            // The first line of the block: its layout knows where the text sits.
            const qreal lineTop =
                block.layout() && block.layout()->lineCount() > 0 ? block.layout()->lineAt(0).y() : 0.0;
            const int lineHeight = block.layout() && block.layout()->lineCount() > 0
                                       ? int(block.layout()->lineAt(0).height())
                                       : boldMetrics.height();
            const QRect line(6, int(top + lineTop), textWidth, lineHeight);
            painter.setFont(small);
            painter.setPen(secondary);
            const int timeWidth = QFontMetrics(small).horizontalAdvance(time);
            painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, time);
            if (!m_markers.empty() && !markersOfBlock(block.blockNumber()).empty()) {
                // A small flag at the margin's inner edge.
                const int x = width() - 5;
                const int y = line.top() + 2;
                const int h = std::max(8, line.height() - 4);
                painter.setPen(QPen(QColor(0xd9, 0x6c, 0x1c), 1.5));
                painter.drawLine(QPointF(x, y), QPointF(x, y + h));
                painter.setBrush(QColor(0xd9, 0x6c, 0x1c));
                painter.drawPolygon(QPolygonF({QPointF(x, y), QPointF(x - 4, y + 2.5), QPointF(x, y + 5)}));
                painter.setBrush(Qt::NoBrush);
            }
            painter.setFont(bold);
            QColor color = speakerColor(speaker);
            if (speaker == previous)
                color.setAlphaF(0.55f); // the same speaker goes on: quieter
            painter.setPen(color);
            painter.drawText(QRect(line.left(), line.top(), line.width() - timeWidth - 6, line.height()),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             boldMetrics.elidedText(speaker, Qt::ElideRight, line.width() - timeWidth - 6));
            previous = speaker;
        }
        block = block.next();
        top += height;
    }
}

std::vector<SpeakerMargin::Marker> SpeakerMargin::markersOfBlock(int blockNumber) const
{
    std::vector<Marker> out;
    const QTextBlock block = m_editor->document()->findBlockByNumber(blockNumber);
    const SegmentData* seg = block.isValid() ? dataOf(block) : nullptr;
    if (!seg || !seg->startMs)
        return out;
    // Until the next segment with a time (the last one: to the end).
    std::optional<qint64> next;
    for (QTextBlock b = block.next(); b.isValid() && !next; b = b.next())
        if (const SegmentData* d = dataOf(b); d && d->startMs)
            next = d->startMs;
    // Markers before the first timed segment belong to it.
    bool first = true;
    for (QTextBlock b = block.previous(); b.isValid() && first; b = b.previous())
        if (const SegmentData* d = dataOf(b); d && d->startMs)
            first = false;
    for (const Marker& m : m_markers)
        if ((m.timeMs >= *seg->startMs || first) && (!next || m.timeMs < *next))
            out.push_back(m);
    return out;
}

QString SpeakerMargin::toolTipAt(const QPoint& pos) const
{
    const QTextBlock block = m_editor->cursorForPosition(QPoint(0, pos.y())).block();
    QStringList lines;
    for (const Marker& m : markersOfBlock(block.blockNumber()))
        lines << (m.label.isEmpty() ? tr("Marker at %1").arg(formatTimeCode(m.timeMs))
                                    : tr("Marker at %1: %2").arg(formatTimeCode(m.timeMs), m.label));
    return lines.join(QLatin1Char('\n'));
}

bool SpeakerMargin::event(QEvent* e)
{
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(e);
}

void SpeakerMargin::mousePressEvent(QMouseEvent* e)
{
    clicked(e->position().toPoint(), false);
}

void SpeakerMargin::mouseDoubleClickEvent(QMouseEvent* e)
{
    clicked(e->position().toPoint(), true);
}

void SpeakerMargin::clicked(const QPoint& pos, bool twice)
{
    const QTextBlock block = m_editor->cursorForPosition(QPoint(0, pos.y())).block();
    const SegmentData* seg = dataOf(block);
    if (!seg)
        return;
    const bool onTime = pos.x() > width() / 2;
    if (onTime && seg->startMs) {
        Q_EMIT m_editor->seekRequested(*seg->startMs);
        return;
    }
    if (twice && !seg->speaker.isEmpty()) {
        bool ok = false;
        const QString from = seg->speaker;
        const QString to = QInputDialog::getText(m_editor, tr("Rename Speaker"),
                                                 tr("New name for %1 throughout this interview:").arg(from),
                                                 QLineEdit::Normal, from, &ok)
                               .trimmed();
        if (ok && !to.isEmpty() && to != from)
            m_editor->renameSpeaker(from, to);
    }
}

} // namespace tianye::ui
