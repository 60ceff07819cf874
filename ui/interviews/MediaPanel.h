// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Ids.h"

#include <QGroupBox>
#include <QList>
#include <QUrl>

class QTreeWidget;

namespace tianye {
struct Change;
}

namespace tianye::ui {

class ProjectSession;

// An interview's recordings: the attached files (a missing one greyed, with Locate
// File… on a right click), Attach Audio… and Record….
class MediaPanel final : public QGroupBox
{
    Q_OBJECT

public:
    MediaPanel(ProjectSession* session, RowId interviewId, QWidget* parent = nullptr);

    void reload();
    // Whether a change elsewhere concerns these recordings.
    bool follows(const Change& change) const;
    // Re-links a missing media file to a copy found elsewhere (same content only).
    bool locate(RowId mediaId, const QString& path);

Q_SIGNALS:
    // Files chosen to attach, for the main window to take in.
    void filesChosen(const QList<QUrl>& urls);
    // A recording to put into the player (activated, or just recorded).
    void playChosen(tianye::RowId mediaId);
    // A missing file was found again: the player may have it now.
    void relinked(tianye::RowId mediaId);
    void failed(const QString& action, const tianye::Error& error);

private:
    void attach();

    ProjectSession* m_session;
    RowId m_id;
    QTreeWidget* m_media = nullptr;
};

} // namespace tianye::ui
