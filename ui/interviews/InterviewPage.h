// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Types.h"
#include "store/InterviewRepository.h"

#include <QUrl>
#include <QWidget>

class QAction;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QTimeEdit;
class QTimer;
class QTreeWidget;

namespace tianye {
struct Change;
}

namespace tianye::ui {

class FindBar;
class ProjectSession;
class PlayerBar;
class QuoteDetails;
class TranscriptEditor;

// One interview: its metadata form, attached media, transcript and quotes. Every
// field is saved when it is left (text areas also while typing) as an undoable edit,
// and the page follows changes made elsewhere (other views, undo).
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
    QuoteDetails* quoteDetails() const { return m_quoteDetails; }
    PlayerBar* playerBar() const { return m_playerBar; }
    // Plays exactly the quote's audio range (once the audio is ready).
    void playQuote(RowId quoteId);
    // Re-links a missing media file to a copy found elsewhere (same content only).
    bool locateMedia(RowId mediaId, const QString& path);
    // Player keys and auto-rewind from the settings (after Preferences).
    void applyPlayerSettings();

Q_SIGNALS:
    void titleChanged(const QString& title);
    // The interview no longer exists (removed, or its creation undone).
    void gone();
    // Files dropped onto the page, for the main window to route.
    void filesDropped(tianye::RowId interviewId, const QList<QUrl>& urls);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* createForm();
    QWidget* createMaterial();
    void reload();
    void reloadForm(const Interview& interview);
    void reloadPeople(const Interview& interview);
    void reloadMedia();
    void reloadTranscript();
    void reloadQuotes();
    void applySpelling();
    void onChange(const tianye::Change& change);
    void setField(int field, const QVariant& value, const QString& label, const QString& mergeKey = {});
    QString typingKey(InterviewField field) const;
    void commitPeople(QListWidget* list);
    void addInterviewer();
    void attachAudio();
    void report(const QString& action, const Error& error);
    void reanchorQuote(RowId quoteId);
    void createPlayerKeys();
    void loadAudio();

    ProjectSession* m_session;
    RowId m_id;
    RowId m_cityId = NoRow;
    bool m_loading = false;
    QString m_title;

    QDateTimeEdit* m_startedAt = nullptr;
    QTimeEdit* m_duration = nullptr;
    QLineEdit* m_place = nullptr;
    QComboBox* m_mode = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_status = nullptr;
    QListWidget* m_participants = nullptr;
    QListWidget* m_interviewers = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QPlainTextEdit* m_fieldNotes = nullptr;
    QTreeWidget* m_media = nullptr;
    TranscriptEditor* m_transcript = nullptr;
    FindBar* m_findBar = nullptr;
    QComboBox* m_spelling = nullptr;
    QListWidget* m_quotes = nullptr;
    QuoteDetails* m_quoteDetails = nullptr;
    PlayerBar* m_playerBar = nullptr;
    QString m_audioSha; // the recording the player has
    RowId m_audioMediaId = NoRow;
    RowId m_playMedia = NoRow; // the recording chosen for the player (activated, or just recorded)
    QList<QAction*> m_playerKeys;
    RowId m_pendingQuotePlay = NoRow;
    QLabel* m_transcriptInfo = nullptr;
};

} // namespace tianye::ui
