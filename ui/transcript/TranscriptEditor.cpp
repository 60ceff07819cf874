// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "transcript/TranscriptEditor.h"

#include "app/ProjectSession.h"
#include "app/Settings.h"
#include "app/UnsavedTyping.h"
#include "core/Ids.h"
#include "core/TextAnchor.h"
#include "core/TimeCode.h"
#include "ops/Reader.h"
#include "ops/Session.h"
#include "ops/Transcripts.h"
#include "spell/SpellChecker.h"
#include "store/Change.h"
#include "store/Project.h"
#include "transcript/QuoteHighlights.h"
#include "transcript/SegmentBlocks.h"
#include "transcript/SpeakerMargin.h"
#include "transcript/SpellHighlighter.h"

#include <QContextMenuEvent>
#include <QDateTime>
#include <QInputDialog>
#include <QMenu>
#include <QScrollBar>
#include <QTextBlock>
#include <QTimer>

namespace tianye::ui {

namespace {

constexpr qint64 NewUndoStepAfterMs = 3000;

using transcript::codePointsBefore;
using transcript::dataOf;
using transcript::fromEditor;
using transcript::matchesIn;
using transcript::SegmentData;
using transcript::toEditor;

} // namespace

TranscriptEditor::TranscriptEditor(ProjectSession* session, RowId interviewId, QWidget* parent)
    : QPlainTextEdit(parent)
    , m_session(session)
    , m_interviewId(interviewId)
    , m_margin(new SpeakerMargin(this))
    , m_highlighter(new SpellHighlighter(document()))
    , m_highlights(this)
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

void TranscriptEditor::updateMargin()
{
    setViewportMargins(m_margin->preferredWidth(), 0, 0, 0);
}

void TranscriptEditor::resizeEvent(QResizeEvent* e)
{
    QPlainTextEdit::resizeEvent(e);
    const QRect r = contentsRect();
    m_margin->setGeometry(QRect(r.left(), r.top(), m_margin->preferredWidth(), r.height()));
}

void TranscriptEditor::setRecordingMarkers(std::vector<RecordingMarker> markers)
{
    m_margin->setMarkers(std::move(markers));
}

std::vector<TranscriptEditor::RecordingMarker> TranscriptEditor::markersOfBlock(int blockNumber) const
{
    return m_margin->markersOfBlock(blockNumber);
}

QString TranscriptEditor::marginToolTip(const QPoint& pos) const
{
    return m_margin->toolTipAt(pos);
}

void TranscriptEditor::reload()
{
    Project* project = m_session->project();
    if (!project)
        return;
    auto segments = ops::Reader(*project).segments(m_interviewId);
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
    m_highlights.apply();
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

void TranscriptEditor::setQuoteMarks(std::vector<QuoteMark> marks)
{
    m_highlights.setMarks(std::move(marks));
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
    if (found == m_highlights.playingBlock())
        return;
    m_highlights.setPlayingBlock(found);
    if (follow && found >= 0) {
        const QTextBlock block = document()->findBlockByNumber(found);
        const QRectF box = blockBoundingGeometry(block).translated(contentOffset());
        // Brought near the top, without moving the typing cursor (the scroll bar of a
        // QPlainTextEdit counts lines).
        if (box.top() < 0 || box.bottom() > viewport()->height())
            verticalScrollBar()->setValue(std::max(0, block.firstLineNumber() - 2));
    }
}

bool TranscriptEditor::selectQuote(RowId quoteId)
{
    return m_highlights.select(quoteId);
}

bool TranscriptEditor::selectWords(RowId segmentId, TextSpan at)
{
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        const SegmentData* d = dataOf(b);
        if (!d || d->id != segmentId)
            continue;
        const QString text = b.text();
        const auto clamp = [&](qsizetype cp) {
            return b.position() + int(std::clamp<qsizetype>(codePointToUtf16(text, cp), 0, b.length() - 1));
        };
        QTextCursor c(b);
        c.setPosition(clamp(at.start));
        c.setPosition(clamp(std::max(at.start, at.end)), QTextCursor::KeepAnchor);
        setTextCursor(c);
        ensureCursorVisible();
        return true;
    }
    return false;
}

QList<RowId> TranscriptEditor::quotesAtCursor() const
{
    return m_highlights.at(textCursor().position());
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
    std::optional<transcript::Edits> edits = transcript::editsSince(*document(), m_loadedIds);
    if (!edits)
        return {};

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastSave > NewUndoStepAfterMs)
        ++m_typingBurst;
    m_lastSave = now;
    m_saving = true;
    auto created =
        ops::editTranscript(*m_session->ops(), m_interviewId, edits->removed, edits->blocks,
                            QStringLiteral("transcript/%1/%2").arg(m_interviewId).arg(m_typingBurst));
    m_saving = false;
    if (!created)
        return std::unexpected(created.error());
    m_loadedIds.clear();
    std::vector<QTextBlock>& blocks = edits->documentBlocks;
    for (size_t i = 0; i < blocks.size(); ++i) {
        SegmentData* d = dataOf(blocks[i]);
        for (const auto& [index, id] : *created) {
            if (index == int(i)) {
                if (!d) {
                    d = new SegmentData;
                    const SegmentData* before = i > 0 ? dataOf(blocks[i - 1]) : nullptr;
                    d->speaker = before ? before->speaker : QString();
                    blocks[i].setUserData(d);
                }
                d->id = id;
            }
        }
        if (d) {
            d->saved = edits->blocks[i].text;
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
        if (auto words = ops::Reader(*m_session->project()).dictionaryWords(language)) {
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

bool TranscriptEditor::saveAsOwnStep(const QString& action)
{
    ++m_typingBurst;
    const bool saved = saveTyping(action);
    ++m_typingBurst;
    return saved;
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

} // namespace tianye::ui
