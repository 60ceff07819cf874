// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "transcript/TranscriptEditor.h"

#include "app/ProjectSession.h"
#include "app/Settings.h"
#include "app/UnsavedTyping.h"
#include "core/Ids.h"
#include "core/TextAnchor.h"
#include "core/TimeCode.h"
#include "ops/Session.h"
#include "ops/Transcripts.h"
#include "spell/SpellChecker.h"
#include "store/Change.h"
#include "store/DictionaryRepository.h"
#include "store/Project.h"
#include "store/TranscriptRepository.h"
#include "text/TextNormalizer.h"

#include <QContextMenuEvent>
#include <QDateTime>
#include <QHelpEvent>
#include <QInputDialog>
#include <QMenu>
#include <QPainter>
#include <QPolygonF>
#include <QScrollBar>
#include <QSyntaxHighlighter>
#include <QTextBlock>
#include <QTimer>
#include <QToolTip>

namespace tianye::ui {

namespace {

constexpr qint64 NewUndoStepAfterMs = 3000;

// What a block knows of its segment, as last loaded or saved.
struct SegmentData final : QTextBlockUserData
{
    RowId id = NoRow;
    QString speaker;
    std::optional<qint64> startMs;
    std::optional<qint64> endMs;
    QString saved; // the text in the store
};

SegmentData* dataOf(const QTextBlock& block)
{
    return static_cast<SegmentData*>(block.userData());
}

// A line break inside a segment is "\n" in the store and a line separator in the
// editor (a paragraph there is a segment).
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

} // namespace

// The speaker and time of each segment, beside its text.
class SpeakerMargin final : public QWidget
{
public:
    explicit SpeakerMargin(TranscriptEditor* editor)
        : QWidget(editor)
        , m_editor(editor)
    {
        setAccessibleName(TranscriptEditor::tr("Speakers and times"));
        setCursor(Qt::PointingHandCursor);
    }
    QSize sizeHint() const override { return {m_editor->marginWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent* e) override { m_editor->paintMargin(e); }
    bool event(QEvent* e) override
    {
        if (e->type() == QEvent::ToolTip) {
            auto* help = static_cast<QHelpEvent*>(e);
            const QString tip = m_editor->marginToolTip(help->pos());
            if (tip.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
        return QWidget::event(e);
    }
    void mousePressEvent(QMouseEvent* e) override { m_editor->marginClicked(e->position().toPoint(), false); }
    void mouseDoubleClickEvent(QMouseEvent* e) override
    {
        m_editor->marginClicked(e->position().toPoint(), true);
    }

private:
    TranscriptEditor* m_editor;
};

// Underlines misspelt Latin words; Chinese is never marked.
class SpellHighlighter final : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;
    void setChecker(const spell::SpellChecker* checker)
    {
        m_checker = checker;
        rehighlight();
    }

protected:
    void highlightBlock(const QString& text) override
    {
        if (!m_checker)
            return;
        QTextCharFormat format;
        format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        format.setUnderlineColor(QColor(0xd0, 0x30, 0x30));
        for (const spell::WordSpan& w : m_checker->misspellings(text))
            setFormat(int(w.start), int(w.length), format);
    }

private:
    const spell::SpellChecker* m_checker = nullptr;
};

TranscriptEditor::TranscriptEditor(ProjectSession* session, RowId interviewId, QWidget* parent)
    : QPlainTextEdit(parent)
    , m_session(session)
    , m_interviewId(interviewId)
    , m_margin(new SpeakerMargin(this))
    , m_highlighter(new SpellHighlighter(document()))
{
    setObjectName(QStringLiteral("transcriptArea"));
    setAccessibleName(tr("Transcript"));
    // One history for the whole project: Ctrl+Z here goes through Edit → Undo.
    setUndoRedoEnabled(false);
    setCenterOnScroll(false);
    QFont body = font();
    body.setPointSizeF(body.pointSizeF() * 1.1);
    setFont(body);
    document()->setDocumentMargin(6);
    connect(document(), &QTextDocument::contentsChanged, this, &TranscriptEditor::onContentsChanged);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect& rect, int dy) {
        if (dy)
            m_margin->scroll(0, dy);
        else
            m_margin->update(0, rect.y(), m_margin->width(), rect.height());
    });
    connect(&m_session->project()->notifier(), &ChangeNotifier::changed, this, &TranscriptEditor::onChange);
    updateMargin();
    reload();
}

TranscriptEditor::~TranscriptEditor() = default;

int TranscriptEditor::marginWidth() const
{
    return fontMetrics().horizontalAdvance(QStringLiteral("说话人10 00:00:00")) + 24;
}

void TranscriptEditor::updateMargin()
{
    setViewportMargins(marginWidth(), 0, 0, 0);
}

void TranscriptEditor::resizeEvent(QResizeEvent* e)
{
    QPlainTextEdit::resizeEvent(e);
    const QRect r = contentsRect();
    m_margin->setGeometry(QRect(r.left(), r.top(), marginWidth(), r.height()));
}

QColor TranscriptEditor::speakerColor(const QString& speaker) const
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

void TranscriptEditor::paintMargin(QPaintEvent* event)
{
    QPainter painter(m_margin);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    const QFontMetrics boldMetrics(bold);
    QColor secondary = palette().color(QPalette::Text);
    secondary.setAlphaF(0.55f);
    const int width = m_margin->width() - 10;

    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    QString previous = block.previous().isValid() && dataOf(block.previous())
                           ? dataOf(block.previous())->speaker
                           : QString();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
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
            const QRect line(6, int(top + lineTop), width, lineHeight);
            painter.setFont(small);
            painter.setPen(secondary);
            const int timeWidth = QFontMetrics(small).horizontalAdvance(time);
            painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, time);
            if (!m_recordingMarkers.empty() && !markersOfBlock(block.blockNumber()).empty()) {
                // A small flag at the margin's inner edge.
                const int x = m_margin->width() - 5;
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

void TranscriptEditor::setRecordingMarkers(std::vector<RecordingMarker> markers)
{
    m_recordingMarkers = std::move(markers);
    m_margin->update();
}

std::vector<TranscriptEditor::RecordingMarker> TranscriptEditor::markersOfBlock(int blockNumber) const
{
    std::vector<RecordingMarker> out;
    const QTextBlock block = document()->findBlockByNumber(blockNumber);
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
    for (const RecordingMarker& m : m_recordingMarkers)
        if ((m.timeMs >= *seg->startMs || first) && (!next || m.timeMs < *next))
            out.push_back(m);
    return out;
}

QString TranscriptEditor::marginToolTip(const QPoint& pos) const
{
    const QTextBlock block = cursorForPosition(QPoint(0, pos.y())).block();
    QStringList lines;
    for (const RecordingMarker& m : markersOfBlock(block.blockNumber()))
        lines << (m.label.isEmpty() ? tr("Marker at %1").arg(formatTimeCode(m.timeMs))
                                    : tr("Marker at %1: %2").arg(formatTimeCode(m.timeMs), m.label));
    return lines.join(QLatin1Char('\n'));
}

void TranscriptEditor::marginClicked(const QPoint& pos, bool twice)
{
    const QTextBlock block = cursorForPosition(QPoint(0, pos.y())).block();
    const SegmentData* seg = dataOf(block);
    if (!seg)
        return;
    const bool onTime = pos.x() > m_margin->width() / 2;
    if (onTime && seg->startMs) {
        Q_EMIT seekRequested(*seg->startMs);
        return;
    }
    if (twice && !seg->speaker.isEmpty()) {
        bool ok = false;
        const QString to =
            QInputDialog::getText(this, tr("Rename Speaker"),
                                  tr("New name for %1 throughout this interview:").arg(seg->speaker),
                                  QLineEdit::Normal, seg->speaker, &ok)
                .trimmed();
        if (ok && !to.isEmpty() && to != seg->speaker)
            renameSpeaker(seg->speaker, to);
    }
}

void TranscriptEditor::reload()
{
    Project* project = m_session->project();
    if (!project)
        return;
    auto segments = project->transcripts().segments(m_interviewId);
    if (!segments)
        return;
    const Position keep = cursorPosition();
    const int scroll = verticalScrollBar()->value();
    m_loading = true;
    document()->clear();
    m_loadedIds.clear();
    QTextCursor c(document());
    c.beginEditBlock();
    // Air between segments, as between paragraphs.
    QTextBlockFormat spaced;
    spaced.setBottomMargin(fontMetrics().height() * 0.5);
    c.setBlockFormat(spaced);
    bool first = true;
    for (const Segment& s : *segments) {
        if (!first)
            c.insertBlock(spaced);
        first = false;
        c.insertText(toEditor(s.text));
        auto* seg = new SegmentData;
        seg->id = s.id;
        seg->speaker = s.speaker;
        seg->startMs = s.startMs;
        seg->endMs = s.endMs;
        seg->saved = s.text;
        c.block().setUserData(seg);
        m_loadedIds.push_back(s.id);
    }
    c.endEditBlock();
    m_loading = false;
    applyQuoteMarks();
    restore(keep);
    verticalScrollBar()->setValue(scroll);
    m_margin->update();
}

std::optional<Quote> TranscriptEditor::quoteFromSelection()
{
    if (!saveTyping(tr("Make Quote")))
        return std::nullopt;
    QTextCursor c = textCursor();
    if (!c.hasSelection())
        return std::nullopt;
    const QTextBlock first = document()->findBlock(c.selectionStart());
    const QTextBlock last = document()->findBlock(c.selectionEnd());
    const SegmentData* a = dataOf(first);
    const SegmentData* b = dataOf(last);
    if (!a || !b || a->id == NoRow || b->id == NoRow)
        return std::nullopt;
    int startIn = c.selectionStart() - first.position();
    int endIn = c.selectionEnd() - last.position();
    const QString firstText = first.text();
    const QString lastText = last.text();
    // Leave out the spaces the mouse picked up at either end.
    while (startIn < firstText.size() && firstText.at(startIn).isSpace())
        ++startIn;
    while (endIn > 0 && lastText.at(endIn - 1).isSpace())
        --endIn;
    if (first == last && startIn >= endIn)
        return std::nullopt;
    Quote q;
    q.interviewId = m_interviewId;
    q.startSegmentId = a->id;
    q.startOffset = utf16ToCodePoint(firstText, startIn);
    q.endSegmentId = b->id;
    q.endOffset = utf16ToCodePoint(lastText, endIn);
    q.audioStartMs = a->startMs;
    q.audioEndMs = b->endMs ? b->endMs : b->startMs;
    return q;
}

QHash<RowId, QTextBlock> TranscriptEditor::blocksById() const
{
    QHash<RowId, QTextBlock> blocks;
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        if (const SegmentData* d = dataOf(b); d && d->id != NoRow)
            blocks.insert(d->id, b);
    }
    return blocks;
}

QTextCursor TranscriptEditor::cursorFor(const QuoteMark& mark, const QHash<RowId, QTextBlock>& blocks) const
{
    const QTextBlock first = blocks.value(mark.startSegmentId);
    const QTextBlock last = blocks.value(mark.endSegmentId);
    if (!first.isValid() || !last.isValid() || last.blockNumber() < first.blockNumber())
        return {};
    QTextCursor c(document());
    const qsizetype from = codePointToUtf16(first.text(), mark.startOffset);
    const qsizetype to = codePointToUtf16(last.text(), mark.endOffset);
    c.setPosition(first.position() + int(std::clamp<qsizetype>(from, 0, first.length() - 1)));
    c.setPosition(last.position() + int(std::clamp<qsizetype>(to, 0, last.length() - 1)),
                  QTextCursor::KeepAnchor);
    return c;
}

void TranscriptEditor::setQuoteMarks(std::vector<QuoteMark> marks)
{
    m_quoteMarks = std::move(marks);
    applyQuoteMarks();
}

void TranscriptEditor::setPlaybackPosition(std::optional<qint64> ms, bool follow)
{
    int found = -1;
    if (ms) {
        int index = 0;
        for (QTextBlock b = document()->begin(); b.isValid(); b = b.next(), ++index) {
            const SegmentData* d = dataOf(b);
            if (!d || !d->startMs)
                continue;
            if (*d->startMs > *ms)
                break;
            if (!d->endMs || *ms < *d->endMs)
                found = index;
            else
                found = -1;
        }
    }
    if (found == m_playingBlock)
        return;
    m_playingBlock = found;
    applyQuoteMarks();
    if (follow && found >= 0) {
        const QTextBlock block = document()->findBlockByNumber(found);
        const QRectF box = blockBoundingGeometry(block).translated(contentOffset());
        // Brought near the top, without moving the typing cursor (the scroll bar of a
        // QPlainTextEdit counts lines).
        if (box.top() < 0 || box.bottom() > viewport()->height())
            verticalScrollBar()->setValue(std::max(0, block.firstLineNumber() - 2));
    }
}

void TranscriptEditor::applyQuoteMarks()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_playingBlock >= 0) {
        const QTextBlock block = document()->findBlockByNumber(m_playingBlock);
        if (block.isValid()) {
            QTextEdit::ExtraSelection s;
            s.cursor = QTextCursor(block);
            s.format.setBackground(QColor(0xff, 0xf1, 0xb8));
            s.format.setProperty(QTextFormat::FullWidthSelection, true);
            s.format.setProperty(QTextFormat::UserProperty, QVariant::fromValue(NoRow));
            selections << s;
        }
    }
    const QHash<RowId, QTextBlock> blocks = m_quoteMarks.empty() ? QHash<RowId, QTextBlock>() : blocksById();
    for (const QuoteMark& mark : m_quoteMarks) {
        QTextEdit::ExtraSelection s;
        s.cursor = cursorFor(mark, blocks);
        if (s.cursor.isNull() || !s.cursor.hasSelection())
            continue;
        QColor fill = mark.color.isValid() ? mark.color : palette().color(QPalette::Highlight);
        fill.setAlpha(70);
        s.format.setBackground(fill);
        s.format.setProperty(QTextFormat::UserProperty, QVariant::fromValue(mark.quoteId));
        selections << s;
    }
    setExtraSelections(selections);
}

bool TranscriptEditor::selectQuote(RowId quoteId)
{
    const auto it = std::find_if(m_quoteMarks.begin(), m_quoteMarks.end(),
                                 [&](const QuoteMark& m) { return m.quoteId == quoteId; });
    if (it == m_quoteMarks.end())
        return false;
    const QTextCursor c = cursorFor(*it, blocksById());
    if (c.isNull())
        return false;
    setTextCursor(c);
    ensureCursorVisible();
    return true;
}

QList<RowId> TranscriptEditor::quotesAtCursor() const
{
    QList<RowId> out;
    const int at = textCursor().position();
    for (const QTextEdit::ExtraSelection& s : extraSelections()) {
        const RowId id = s.format.property(QTextFormat::UserProperty).value<RowId>();
        if (id != NoRow && s.cursor.selectionStart() <= at && at <= s.cursor.selectionEnd())
            out << id;
    }
    return out;
}

TranscriptEditor::Position TranscriptEditor::cursorPosition() const
{
    const QTextCursor c = textCursor();
    return {c.blockNumber(), c.positionInBlock()};
}

void TranscriptEditor::restore(Position p)
{
    QTextBlock block = document()->findBlockByNumber(std::clamp(p.block, 0, document()->blockCount() - 1));
    QTextCursor c(block);
    c.setPosition(block.position() + std::clamp(p.offset, 0, block.length() - 1));
    setTextCursor(c);
}

QStringList TranscriptEditor::speakers() const
{
    QStringList out;
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        if (const SegmentData* d = dataOf(b); d && !d->speaker.isEmpty() && !out.contains(d->speaker))
            out << d->speaker;
    }
    return out;
}

RowId TranscriptEditor::currentSegment() const
{
    const SegmentData* d = dataOf(textCursor().block());
    return d ? d->id : NoRow;
}

int TranscriptEditor::currentSegmentIndex() const
{
    return textCursor().blockNumber();
}

QString TranscriptEditor::typingKey() const
{
    return QStringLiteral("transcript-%1").arg(m_interviewId);
}

void TranscriptEditor::onContentsChanged()
{
    if (m_loading)
        return;
    m_session->typing()->typed(this, typingKey(), [this] { return save(); });
}

bool TranscriptEditor::saveTyping(const QString& action)
{
    const Status saved = m_session->typing()->flush(typingKey());
    if (!saved)
        Q_EMIT editFailed(action, UnsavedTyping::kept(saved.error()));
    return bool(saved);
}

void TranscriptEditor::focusOutEvent(QFocusEvent* e)
{
    if (m_session->typing()->waits(typingKey()))
        m_session->typing()->saveNow();
    QPlainTextEdit::focusOutEvent(e);
}

bool TranscriptEditor::write(const QString& action, const std::function<Status()>& verb)
{
    if (!m_session->ops())
        return false;
    m_saving = true;
    const Status ok = verb();
    m_saving = false;
    if (!ok) {
        Q_EMIT editFailed(action, ok.error());
        return false;
    }
    return true;
}

// Writes what changed since the last load or save: texts of existing segments,
// segments whose blocks are gone, and new blocks (pasted lines, a first segment).
Status TranscriptEditor::save()
{
    Project* project = m_session->project();
    if (!project || !m_session->ops())
        return {};
    struct Pending
    {
        QTextBlock block;
        QString text;
    };
    std::vector<Pending> blocks;
    std::vector<RowId> present;
    bool changed = false;
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        const QString text = fromEditor(b.text());
        const SegmentData* d = dataOf(b);
        if (d && d->id != NoRow) {
            present.push_back(d->id);
            changed |= text != d->saved;
        } else if (!(document()->blockCount() == 1 && text.isEmpty())) {
            changed = true;
        }
        blocks.push_back({b, text});
    }
    std::vector<RowId> removed;
    for (RowId id : m_loadedIds) {
        if (std::find(present.begin(), present.end(), id) == present.end())
            removed.push_back(id);
    }
    if (!changed && removed.empty())
        return {};

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastSave > NewUndoStepAfterMs)
        ++m_typingBurst;
    m_lastSave = now;
    std::vector<ops::TranscriptBlock> edits;
    QString speaker;
    for (size_t i = 0; i < blocks.size(); ++i) {
        const SegmentData* d = dataOf(blocks[i].block);
        ops::TranscriptBlock b;
        b.text = blocks[i].text;
        if (d && d->id != NoRow) {
            b.segmentId = d->id;
            b.action = blocks[i].text != d->saved ? ops::TranscriptBlock::Action::SetText
                                                  : ops::TranscriptBlock::Action::Keep;
            speaker = d->speaker;
        } else if (!(blocks.size() == 1 && blocks[i].text.isEmpty())) {
            b.action = ops::TranscriptBlock::Action::Insert;
            b.speaker = d ? d->speaker : speaker;
        }
        edits.push_back(std::move(b));
    }
    m_saving = true;
    auto created =
        ops::editTranscript(*m_session->ops(), m_interviewId, removed, edits,
                            QStringLiteral("transcript/%1/%2").arg(m_interviewId).arg(m_typingBurst));
    m_saving = false;
    if (!created)
        return std::unexpected(created.error());
    m_loadedIds.clear();
    for (size_t i = 0; i < blocks.size(); ++i) {
        SegmentData* d = dataOf(blocks[i].block);
        for (const auto& [index, id] : *created) {
            if (index == int(i)) {
                if (!d) {
                    d = new SegmentData;
                    const SegmentData* before = i > 0 ? dataOf(blocks[i - 1].block) : nullptr;
                    d->speaker = before ? before->speaker : QString();
                    blocks[i].block.setUserData(d);
                }
                d->id = id;
            }
        }
        if (d) {
            d->saved = blocks[i].text;
            if (d->id != NoRow)
                m_loadedIds.push_back(d->id);
        }
    }
    m_margin->update();
    return {};
}

void TranscriptEditor::onChange(const Change& change)
{
    if (m_saving || m_reloadQueued)
        return;
    bool mine = false;
    if (change.entity == Entity::Segment) {
        for (RowId id : change.ids)
            mine |= std::find(m_loadedIds.begin(), m_loadedIds.end(), id) != m_loadedIds.end();
    } else if (change.entity == Entity::Interview && change.fields.contains(QStringLiteral("material"))) {
        mine = change.ids.contains(m_interviewId);
    } else if (change.entity == Entity::Interview && change.fields.isEmpty()) {
        mine = change.ids.contains(m_interviewId); // an undo or redo touched it
    }
    if (!mine)
        return;
    // Several changes arrive for one edit: rebuild once, after them.
    m_reloadQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadQueued = false;
        // Words that cannot be saved are not replaced: they are saved when they can.
        if (m_session->typing()->waits(typingKey()) && !m_session->typing()->flush(typingKey()))
            return;
        reload();
    });
}

void TranscriptEditor::splitAtCursor(std::optional<qint64> startMs)
{
    // A block typed into an empty transcript gets its segment first.
    if (!saveTyping(tr("Split Segment")))
        return;
    if (const Status saved = save(); !saved) {
        Q_EMIT editFailed(tr("Split Segment"), saved.error());
        return;
    }
    const QTextCursor c = textCursor();
    const SegmentData* d = dataOf(c.block());
    if (!d || d->id == NoRow) {
        // Nothing stored yet in this block (an empty transcript): start a segment.
        QPlainTextEdit::textCursor().insertBlock();
        return;
    }
    const RowId id = d->id;
    const qsizetype offset = codePointsBefore(c.block().text(), c.positionInBlock());
    const Position target{c.blockNumber() + 1, 0};
    if (write(tr("Split Segment"), [&]() -> Status {
            auto made = ops::splitSegment(*m_session->ops(), id, offset, startMs);
            return made ? Status() : std::unexpected(made.error());
        })) {
        reload();
        restore(target);
    }
}

void TranscriptEditor::joinWithPrevious(const QTextBlock& block)
{
    if (!saveTyping(tr("Join Segments")))
        return;
    const SegmentData* d = dataOf(block);
    if (!d || d->id == NoRow || !block.previous().isValid())
        return;
    const RowId id = d->id;
    const Position target{block.blockNumber() - 1, block.previous().length() - 1};
    if (write(tr("Join Segments"), [&]() -> Status {
            auto kept = ops::joinSegments(*m_session->ops(), id);
            return kept ? Status() : std::unexpected(kept.error());
        })) {
        reload();
        restore(target);
    }
}

void TranscriptEditor::setSpeakerOfCurrent(const QString& speaker)
{
    if (!saveTyping(tr("Change Speaker")))
        return;
    const RowId id = currentSegment();
    if (id == NoRow)
        return;
    const Position keep = cursorPosition();
    if (write(tr("Change Speaker"), [&] { return ops::setSegmentSpeaker(*m_session->ops(), id, speaker); })) {
        reload();
        restore(keep);
    }
}

void TranscriptEditor::renameSpeaker(const QString& from, const QString& to)
{
    if (!saveTyping(tr("Rename Speaker")))
        return;
    const Position keep = cursorPosition();
    if (write(tr("Rename Speaker"),
              [&] { return ops::renameSpeaker(*m_session->ops(), m_interviewId, from, to); })) {
        reload();
        restore(keep);
    }
}

void TranscriptEditor::stampTime()
{
    const std::optional<qint64> now = m_timeSource ? m_timeSource() : std::nullopt;
    if (!now) {
        Q_EMIT statusMessage(tr("No audio is playing: the time stamp comes from the player."));
        return;
    }
    const QTextCursor c = textCursor();
    const SegmentData* d = dataOf(c.block());
    if (d && d->id != NoRow && c.positionInBlock() == 0) {
        if (!saveTyping(tr("Set Segment Time")))
            return;
        const RowId id = d->id;
        const std::optional<qint64> end = d->endMs && *d->endMs >= *now ? d->endMs : std::nullopt;
        const Position keep = cursorPosition();
        if (write(tr("Set Segment Time"),
                  [&] { return ops::setSegmentTimes(*m_session->ops(), id, now, end); })) {
            reload();
            restore(keep);
        }
        return;
    }
    splitAtCursor(now);
}

bool TranscriptEditor::expandSnippet()
{
    QTextCursor c = textCursor();
    if (c.hasSelection())
        return false;
    const QString text = c.block().text();
    int start = c.positionInBlock();
    while (start > 0 && (text[start - 1].isLetterOrNumber() && text[start - 1].unicode() < 0x80))
        --start;
    const QString abbreviation = text.mid(start, c.positionInBlock() - start);
    if (abbreviation.isEmpty())
        return false;
    for (const QString& line : settings::snippets.get()) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0 && line.left(eq).trimmed() == abbreviation) {
            c.setPosition(c.block().position() + start, QTextCursor::KeepAnchor);
            c.insertText(line.mid(eq + 1));
            setTextCursor(c);
            return true;
        }
    }
    return false;
}

void TranscriptEditor::setSpellLanguage(const QString& language)
{
    m_checker = language.isEmpty() ? nullptr : spell::SpellChecker::create(language);
    if (m_checker) {
        if (auto words = m_session->project()->dictionary().words(language)) {
            for (const QString& w : *words)
                m_checker->addWord(w);
        }
    }
    m_highlighter->setChecker(m_checker.get());
}

QString TranscriptEditor::spellLanguage() const
{
    return m_checker ? m_checker->language() : QString();
}

bool TranscriptEditor::isMisspelt(int segmentIndex, const QString& word) const
{
    const QTextBlock block = document()->findBlockByNumber(segmentIndex);
    const int at = int(block.text().indexOf(word));
    if (!block.isValid() || at < 0 || !block.layout())
        return false;
    for (const QTextLayout::FormatRange& r : block.layout()->formats()) {
        if (r.start <= at && r.start + r.length >= at + word.size() &&
            r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            return true;
    }
    return false;
}

void TranscriptEditor::addToDictionary(const QString& word)
{
    if (!m_checker)
        return;
    const QString language = m_checker->language();
    if (write(tr("Add to the Project Dictionary"),
              [&] { return ops::addDictionaryWord(*m_session->ops(), word, language); })) {
        m_checker->addWord(word);
        m_highlighter->rehighlight();
    }
}

std::vector<std::pair<int, int>> TranscriptEditor::matchesIn(const QString& text, const QString& needle) const
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

bool TranscriptEditor::findNext(const QString& needle, bool backward)
{
    if (needle.isEmpty())
        return false;
    const QTextCursor c = textCursor();
    const int from = backward ? c.selectionStart() : c.selectionEnd();
    QTextBlock block = document()->findBlock(from);
    for (int pass = 0; pass < 2; ++pass) { // to the end, then around from the other end
        for (; block.isValid(); block = backward ? block.previous() : block.next()) {
            auto matches = matchesIn(block.text(), needle);
            if (backward)
                std::reverse(matches.begin(), matches.end());
            for (const auto& [start, length] : matches) {
                const int at = block.position() + start;
                const bool beyond = backward ? at + length <= from || pass == 1 : at >= from || pass == 1;
                if (!beyond)
                    continue;
                QTextCursor found(document());
                found.setPosition(at);
                found.setPosition(at + length, QTextCursor::KeepAnchor);
                setTextCursor(found);
                return true;
            }
        }
        block = backward ? document()->lastBlock() : document()->firstBlock();
    }
    return false;
}

bool TranscriptEditor::replaceCurrent(const QString& needle, const QString& replacement)
{
    QTextCursor c = textCursor();
    if (c.hasSelection()) {
        const auto matches = matchesIn(c.selectedText(), needle);
        if (matches.size() == 1 && matches.front().first == 0 &&
            matches.front().second == c.selectedText().size()) {
            c.insertText(replacement);
            setTextCursor(c);
        }
    }
    return findNext(needle);
}

int TranscriptEditor::replaceAll(const QString& needle, const QString& replacement)
{
    if (!saveTyping(tr("Replace All")))
        return 0;
    int count = 0;
    QTextCursor edit(document());
    edit.beginEditBlock();
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        auto matches = matchesIn(b.text(), needle);
        std::reverse(matches.begin(), matches.end()); // from the end: earlier positions stay valid
        for (const auto& [start, length] : matches) {
            edit.setPosition(b.position() + start);
            edit.setPosition(b.position() + start + length, QTextCursor::KeepAnchor);
            edit.insertText(replacement);
            ++count;
        }
    }
    edit.endEditBlock();
    if (count > 0) {
        ++m_typingBurst; // its own undo step
        (void)saveTyping(tr("Replace All"));
        ++m_typingBurst;
    }
    return count;
}

bool TranscriptEditor::event(QEvent* e)
{
    if (e->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(e);
        const bool ctrl = key->modifiers() == Qt::ControlModifier;
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
            key->matches(QKeySequence::Find) || key->matches(QKeySequence::Replace) ||
            (ctrl && key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9) ||
            (ctrl && key->key() == Qt::Key_J) || (ctrl && key->key() == Qt::Key_H)) {
            e->accept();
            return true;
        }
    }
    return QPlainTextEdit::event(e);
}

void TranscriptEditor::keyPressEvent(QKeyEvent* e)
{
    // Through the project's history, as Edit → Undo: what is typed is saved first, and
    // a failure is reported (undoFailed) by the window.
    if (e->matches(QKeySequence::Undo) || e->matches(QKeySequence::Redo)) {
        const bool undo = e->matches(QKeySequence::Undo);
        if (m_session->ops() && saveTyping(undo ? tr("Undo") : tr("Redo")))
            (void)(undo ? m_session->ops()->undo() : m_session->ops()->redo());
        return;
    }
    if (e->matches(QKeySequence::Find)) {
        Q_EMIT findRequested(false);
        return;
    }
    if (e->matches(QKeySequence::Replace) ||
        (e->modifiers() == Qt::ControlModifier && e->key() == Qt::Key_H)) {
        Q_EMIT findRequested(true);
        return;
    }
    const QTextCursor c = textCursor();
    const Qt::KeyboardModifiers mods = e->modifiers() & ~Qt::KeypadModifier;
    if ((e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) && mods == Qt::NoModifier) {
        splitAtCursor(std::nullopt);
        return;
    }
    if (e->key() == Qt::Key_Backspace && mods == Qt::NoModifier && !c.hasSelection() &&
        c.positionInBlock() == 0 && c.block().previous().isValid()) {
        joinWithPrevious(c.block());
        return;
    }
    if (e->key() == Qt::Key_Delete && mods == Qt::NoModifier && !c.hasSelection() && c.atBlockEnd() &&
        c.block().next().isValid()) {
        joinWithPrevious(c.block().next());
        return;
    }
    if (mods == Qt::ControlModifier && e->key() >= Qt::Key_1 && e->key() <= Qt::Key_9) {
        const QStringList all = speakers();
        const int n = e->key() - Qt::Key_1;
        if (n < all.size())
            setSpeakerOfCurrent(all[n]);
        else
            Q_EMIT statusMessage(tr("There is no speaker %1 in this transcript yet.").arg(n + 1));
        return;
    }
    if (mods == Qt::ControlModifier && e->key() == Qt::Key_J) {
        stampTime();
        return;
    }
    if (e->key() == Qt::Key_Tab && mods == Qt::NoModifier) {
        if (!expandSnippet())
            focusNextChild();
        return;
    }
    QPlainTextEdit::keyPressEvent(e);
}

void TranscriptEditor::contextMenuEvent(QContextMenuEvent* e)
{
    QMenu* menu = createStandardContextMenu(e->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction* first = menu->actions().value(0);
    // Spelling: suggestions for the word under the mouse, and the project dictionary.
    QTextCursor at = cursorForPosition(e->pos());
    const QString text = at.block().text();
    if (m_checker) {
        for (const spell::WordSpan& w : m_checker->misspellings(text)) {
            if (at.positionInBlock() < w.start || at.positionInBlock() > w.start + w.length)
                continue;
            const QString word = text.mid(w.start, w.length);
            const int blockStart = at.block().position();
            for (const QString& suggestion : m_checker->suggestions(word).mid(0, 6)) {
                QAction* a = new QAction(suggestion, menu);
                connect(a, &QAction::triggered, this, [this, blockStart, w, suggestion] {
                    QTextCursor c(document());
                    c.setPosition(blockStart + int(w.start));
                    c.setPosition(blockStart + int(w.start + w.length), QTextCursor::KeepAnchor);
                    c.insertText(suggestion);
                });
                menu->insertAction(first, a);
            }
            QAction* add = new QAction(tr("Add “%1” to the Project Dictionary").arg(word), menu);
            connect(add, &QAction::triggered, this, [this, word] { addToDictionary(word); });
            menu->insertAction(first, add);
            menu->insertSeparator(first);
            break;
        }
    }
    // Speakers of the segment under the mouse.
    setTextCursor(at.hasSelection() ? textCursor() : at);
    if (const SegmentData* d = dataOf(at.block()); d && d->id != NoRow) {
        QMenu* speakerMenu = new QMenu(tr("Speaker"), menu);
        const QStringList all = speakers();
        for (int i = 0; i < all.size(); ++i) {
            QAction* a =
                speakerMenu->addAction(all[i], this, [this, name = all[i]] { setSpeakerOfCurrent(name); });
            a->setCheckable(true);
            a->setChecked(all[i] == d->speaker);
            if (i < 9)
                a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        }
        speakerMenu->addSeparator();
        speakerMenu->addAction(tr("New Speaker…"), this, [this] {
            bool ok = false;
            const QString name =
                QInputDialog::getText(this, tr("New Speaker"), tr("Speaker of this segment:"),
                                      QLineEdit::Normal, {}, &ok)
                    .trimmed();
            if (ok && !name.isEmpty())
                setSpeakerOfCurrent(name);
        });
        if (!d->speaker.isEmpty()) {
            const QString from = d->speaker;
            speakerMenu->addAction(tr("Rename “%1” Throughout…").arg(from), this, [this, from] {
                bool ok = false;
                const QString to =
                    QInputDialog::getText(this, tr("Rename Speaker"),
                                          tr("New name for %1 throughout this interview:").arg(from),
                                          QLineEdit::Normal, from, &ok)
                        .trimmed();
                if (ok && !to.isEmpty() && to != from)
                    renameSpeaker(from, to);
            });
        }
        menu->addSeparator();
        menu->addMenu(speakerMenu);
    }
    menu->popup(e->globalPos());
}

} // namespace tianye::ui
