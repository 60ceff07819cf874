// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Records.h"
#include "core/TextAnchor.h"
#include "core/Types.h"

#include <QSet>
#include <QUrl>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;

namespace tianye {
struct Change;
}

namespace tianye::ui {

class FindBar;
class InterviewForm;
class LastWriteLabel;
class MediaPanel;
class ProjectSession;
class PlayerBar;
class QuoteDetails;
class QuotesPanel;
class TranscriptEditor;

// One interview: its form (InterviewForm), recordings (MediaPanel), the transcript
// with the player, and its quotes (QuotesPanel). Every field is saved when it is
// left (text areas also while typing) as an undoable edit, and the page follows
// changes made elsewhere (other views, undo), reading again only the parts a change
// concerns: typing in one interview leaves the other open pages alone.
class InterviewPage final : public QWidget
{
    Q_OBJECT

public:
    InterviewPage(ProjectSession* session, RowId interviewId, QWidget* parent = nullptr);
    ~InterviewPage() override;

    RowId interviewId() const { return m_id; }
    TranscriptEditor* transcriptEditor() const { return m_transcript; }
    // The tab title: participant codes and date.
    QString title() const;
    // Writes the transcript as TXT, SRT or WebVTT (by the file's suffix); reports
    // a failure and returns false.
    bool exportTranscriptTo(const QString& path);
    // Quotes: the selected words become a quote, tagged through the theme picker
    // (Ctrl+M); showing one selects its words and its details.
    void makeQuote();
    void showQuote(RowId quoteId);
    QuoteDetails* quoteDetails() const;
    PlayerBar* playerBar() const { return m_playerBar; }
    // Plays exactly the quote's audio range (once the audio is ready).
    void playQuote(RowId quoteId);
    // Selects words of a segment (a search hit) in the transcript, and focuses it.
    void showWords(RowId segmentId, TextSpan at);
    // Plays from the segment's start time (once the audio is ready).
    void playSegment(RowId segmentId);
    // Re-links a missing media file to a copy found elsewhere (same content only).
    bool locateMedia(RowId mediaId, const QString& path);
    // Player keys and auto-rewind from the settings (after Preferences).
    void applyPlayerSettings();

Q_SIGNALS:
    void titleChanged(const QString& title);
    // The interview no longer exists (removed, or its creation undone).
    void gone();
    // A passing message for the status bar (no audio to take a time from, …).
    void statusMessage(const QString& text);
    // Files dropped onto the page, for the main window to route.
    void filesDropped(tianye::RowId interviewId, const QList<QUrl>& urls);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // The parts of the page a change may concern.
    enum Part
    {
        FormPart = 1,
        MediaPart = 2,
        TranscriptPart = 4,
        QuotesPart = 8,
        AllParts = 15
    };
    QWidget* createTranscript();
    void reload(int parts = AllParts);
    void reloadTranscript();
    void reloadSpelling(const Interview& interview);
    void applySpelling();
    void onChange(const tianye::Change& change);
    void report(const QString& action, const Error& error);
    void createPlayerKeys();
    void loadAudio();

    ProjectSession* m_session;
    RowId m_id;
    RowId m_cityId = NoRow;
    bool m_gone = false; // gone() was said: once only

    InterviewForm* m_form = nullptr;
    MediaPanel* m_mediaPanel = nullptr;
    QuotesPanel* m_quotesPanel = nullptr;
    TranscriptEditor* m_transcript = nullptr;
    FindBar* m_findBar = nullptr;
    QComboBox* m_spelling = nullptr;
    PlayerBar* m_playerBar = nullptr;
    QLabel* m_transcriptInfo = nullptr;
    LastWriteLabel* m_lastWrite = nullptr;
    QSet<RowId> m_segmentIds;  // the transcript's, as last counted
    QString m_audioSha;        // the recording the player has
    RowId m_playMedia = NoRow; // the recording chosen for the player (activated, or just recorded)
    QList<QAction*> m_playerKeys;
    // Whether the player has the audio; else says there is none (under action), or
    // keeps id in pending to play once it is loaded.
    bool audioReady(const QString& action, RowId& pending, RowId id);
    RowId m_pendingQuotePlay = NoRow;
    RowId m_pendingSegmentPlay = NoRow;
};

} // namespace tianye::ui
