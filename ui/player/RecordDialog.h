// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Ids.h"
#include "media/Recording.h"

#include <QDialog>
#include <QFuture>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace tianye::ui {

class ProjectSession;

// Records an interview from the laptop's microphone: device, input level, elapsed
// time, pause and resume, markers (F8, with the label typed beside it). Stop keeps
// the recording (Opus, FLAC or WAV, as chosen) and attaches it to the interview.
// Not modal: notes can be typed in the window meanwhile.
class RecordDialog final : public QDialog
{
    Q_OBJECT

public:
    RecordDialog(ProjectSession* session, RowId interviewId, QWidget* parent = nullptr);
    ~RecordDialog() override;

    media::Recorder* recorder() const { return m_recorder; }
    // What the buttons do.
    void record(); // start, pause or resume
    void stopAndKeep();
    void addMarker();
    // Refused (with a message) while recording or keeping.
    void reject() override;

Q_SIGNALS:
    void kept(tianye::RowId mediaId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void updateState();
    void fillDevices();
    void failed(const Error& error);

    ProjectSession* m_session;
    RowId m_interviewId;
    media::Recorder* m_recorder;
    QComboBox* m_device;
    QComboBox* m_keep;
    QProgressBar* m_level;
    QLabel* m_elapsed;
    QPushButton* m_record;
    QPushButton* m_stop;
    QLineEdit* m_markerLabel;
    QPushButton* m_marker;
    QListWidget* m_markers;
    QLabel* m_status;
    QFuture<void> m_keeping;
    bool m_busy = false;
};

} // namespace tianye::ui
