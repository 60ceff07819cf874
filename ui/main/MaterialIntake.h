// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Ids.h"

#include <QList>
#include <QObject>
#include <QUrl>

class QWidget;

namespace tianye::formats {
struct ImportedTranscript;
}

namespace tianye::ui {

class ProjectSession;

// How files come into an interview, wherever they were dropped or chosen: audio is
// hashed and copied into media/ in a worker, then attached through the verb;
// transcripts are read in a worker, previewed, then imported (with progress and
// Cancel); recordings left unfinished by a crash are offered back.
class MaterialIntake final : public QObject
{
    Q_OBJECT

public:
    // window: the parent of the dialogs and questions.
    MaterialIntake(ProjectSession* session, QWidget* window);

    // Audio is attached, transcripts imported, anything else named and refused.
    void route(RowId interviewId, const QList<QUrl>& urls);
    void attachAudio(RowId interviewId, const QString& file);
    void importTranscript(RowId interviewId, const QString& file);
    // Recordings left unfinished (the app or the computer stopped while recording):
    // offered for recovery when the project opens.
    void offerRecovery();

Q_SIGNALS:
    void failed(const QString& action, const tianye::Error& error);
    // For the status bar (an empty text clears it; 0 ms stays).
    void message(const QString& text, int timeoutMs);
    void audioAttached(tianye::RowId interviewId);

private:
    void preview(RowId interviewId, const QString& file, const Result<formats::ImportedTranscript>& read);

    ProjectSession* m_session;
    QWidget* m_window;
};

} // namespace tianye::ui
