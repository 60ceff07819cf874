// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "media/WavWriter.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QList>
#include <QObject>

#include <memory>
#include <vector>

class QAudioSource;
class QIODevice;
class QTimer;

namespace tianye::media {

struct RecordingMark
{
    qint64 timeMs = 0;
    QString label;
};

// Records from a microphone into a WAV file written as the audio arrives, with a
// journal next to it (the interview, when it started, the markers). Every
// CheckpointMs the file on disk is made whole, so if the app is killed or the laptop
// dies, the next start finds the recording (unfinished()) and keeps it (Recording.h).
class Recorder final : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Recording,
        Paused,
    };
    static constexpr int CheckpointMs = 500;

    explicit Recorder(QObject* parent = nullptr);
    ~Recorder() override;

    // Starts recording from device into folder (made if need be) for the interview
    // (its UUID goes into the journal).
    Status start(const QAudioDevice& device, const QString& folder, const QString& interviewUuid);
    void pause();
    void resume();
    // Ends the recording; returns the complete WAV's path.
    Result<QString> stop();

    State state() const { return m_state; }
    // Audio recorded so far (pauses not counted).
    qint64 durationMs() const { return m_wav.durationMs(); }
    QString wavPath() const { return m_wav.path(); }
    const QAudioFormat& format() const { return m_format; }
    // A marker at the current time, with an optional label ("good quote here").
    void addMarker(const QString& label = {});
    const QList<RecordingMark>& markers() const { return m_markers; }

Q_SIGNALS:
    // The loudest sample of the last buffer, 0..1.
    void levelChanged(double peak);
    void durationChanged(qint64 ms);
    // Writing failed (disk full, device gone): recording stopped, what was
    // written stays on disk.
    void failed(const tianye::Error& error);

private:
    void readAvailable();
    Status writeJournal();
    void stopInput();
    void abort(const Error& error);

    std::unique_ptr<QAudioSource> m_source;
    QIODevice* m_input = nullptr;
    QAudioFormat m_format;
    WavWriter m_wav;
    QString m_journal;
    QString m_interviewUuid;
    QString m_started;
    QList<RecordingMark> m_markers;
    QTimer* m_checkpoint;
    State m_state = State::Idle;
    QByteArray m_converted;
};

} // namespace tianye::media
