// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/TextAnchor.h"
#include "core/Types.h"
#include "transcript/QuoteHighlights.h"
#include "transcript/SpeakerMargin.h"

#include <QColor>
#include <QHash>
#include <QPlainTextEdit>
#include <QTextBlock>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace tianye {
struct Change;
namespace spell {
class SpellChecker;
}
} // namespace tianye

namespace tianye::ui {

class ProjectSession;
class SpellHighlighter;

// The transcription editor: one text block per segment, with the speaker (coloured)
// and the start time in the margin. Typing is saved while typing (a pause of under a
// second) as one undoable step; Enter splits a segment and Backspace at its start
// joins it to the one before, both keeping quotes on their words. Ctrl+1…9 give the
// segment the first…ninth speaker, Ctrl+J stamps the time from the audio, Tab expands
// a snippet. Edit → Undo (Ctrl+Z here too) undoes through the project's history.
class TranscriptEditor final : public QPlainTextEdit
{
    Q_OBJECT

public:
    // What the player reports as "now" (the audio issue provides it); nothing when
    // no audio is playing.
    using TimeSource = std::function<std::optional<qint64>()>;

    TranscriptEditor(ProjectSession* session, RowId interviewId, QWidget* parent = nullptr);
    ~TranscriptEditor() override;

    RowId interviewId() const { return m_interviewId; }
    // Rebuilds the text from the store, keeping the cursor where it was.
    void reload();
    // Saves what is typed but not yet saved, before action; when that fails the words
    // stay (and are tried again), editFailed says so, and false is returned.
    bool saveTyping(const QString& action);
    void setTimeSource(TimeSource source) { m_timeSource = std::move(source); }
    // Speakers in order of first appearance: Ctrl+1 is the first.
    QStringList speakers() const;
    // The segment at the cursor and its index (NoRow / -1 when none yet).
    RowId currentSegment() const;
    int currentSegmentIndex() const;

    // Spell checking with the language's dictionary and the project's words; an
    // empty language turns it off.
    void setSpellLanguage(const QString& language);
    QString spellLanguage() const;
    bool isMisspelt(int segmentIndex, const QString& word) const;

    // Actions, also used by the context menu and tests.
    void setSpeakerOfCurrent(const QString& speaker);
    void renameSpeaker(const QString& from, const QString& to);
    void stampTime();
    bool expandSnippet();
    void addToDictionary(const QString& word);

    // Saves what is typed as an undo step of its own (a Replace All), not merged with
    // the typing before or after it.
    bool saveAsOwnStep(const QString& action);

    // Quotes: the selection as a quote of this interview (anchors, text and the
    // audio range of its segments), saving what is typed first; nothing when no words
    // are selected.
    std::optional<Quote> quoteFromSelection();
    // Quotes shown as coloured backgrounds (overlaps show darker); kept through reloads.
    using QuoteMark = QuoteHighlights::Mark;
    void setQuoteMarks(std::vector<QuoteMark> marks);
    // Selects the words of a quote and scrolls to them; false when they are not here.
    bool selectQuote(RowId quoteId);
    // Selects words of a segment (code points of its text) and scrolls to them, e.g. a
    // search hit; the segment's start when the span is empty. False when it is not here.
    bool selectWords(RowId segmentId, TextSpan at);
    // The quotes that cover the cursor, innermost last.
    QList<RowId> quotesAtCursor() const;

    // During playback: the segment being heard is highlighted, and kept in view when
    // follow is set. Nothing clears the highlight.
    void setPlaybackPosition(std::optional<qint64> ms, bool follow);
    int playingSegmentIndex() const { return m_highlights.playingBlock(); }

    // Markers dropped while recording (time, label): a flag in the margin beside the
    // segment that was being spoken then, the label as its tooltip.
    using RecordingMarker = SpeakerMargin::Marker;
    void setRecordingMarkers(std::vector<RecordingMarker> markers);
    // The markers beside a block (by block number), and the margin's tooltip at a
    // point (the markers there).
    std::vector<RecordingMarker> markersOfBlock(int blockNumber) const;
    QString marginToolTip(const QPoint& pos) const;

Q_SIGNALS:
    void editFailed(const QString& action, const tianye::Error& error);
    void statusMessage(const QString& text);
    // A segment's time was clicked: the player seeks there (audio issue).
    void seekRequested(qint64 ms);
    // Ctrl+F / Ctrl+H in the editor: show the find bar (with replace).
    void findRequested(bool replace);

protected:
    bool event(QEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;
    void contextMenuEvent(QContextMenuEvent* e) override;
    void focusOutEvent(QFocusEvent* e) override;

private:
    // The margin paints beside the blocks, where only the editor knows their geometry.
    friend class SpeakerMargin;
    struct Position
    {
        int block = 0;
        int offset = 0; // UTF-16, in the block
    };
    void onChange(const tianye::Change& change);
    void onContentsChanged();
    // Writes what the document shows that the store does not have (one undo step per
    // burst of typing); the words stay in the document when it fails.
    Status save();
    QString typingKey() const;
    // Runs a verb, ignoring the change notices of its own write; reports a failure.
    bool write(const QString& action, const std::function<Status()>& verb);
    void splitAtCursor(std::optional<qint64> startMs);
    void joinWithPrevious(const QTextBlock& block);
    Position cursorPosition() const;
    void restore(Position p);
    void updateMargin();

    ProjectSession* m_session;
    RowId m_interviewId;
    std::vector<RowId> m_loadedIds; // segment ids in order, as last loaded or saved
    SpeakerMargin* m_margin;
    SpellHighlighter* m_highlighter;
    std::unique_ptr<spell::SpellChecker> m_checker;
    TimeSource m_timeSource;
    QuoteHighlights m_highlights;
    bool m_loading = false;
    bool m_saving = false;
    bool m_reloadQueued = false;
    int m_typingBurst = 0; // typing pauses longer than a few seconds start a new undo step
    qint64 m_lastSave = 0;
};

} // namespace tianye::ui
