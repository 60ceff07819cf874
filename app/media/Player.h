// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "media/Peaks.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

class QAudioSink;
class QIODevice;

namespace soundtouch {
class SoundTouch;
}

namespace tianye::media {

class PcmDecoder;

// The transcription player: decoded PCM (PcmDecoder's cache, memory-mapped) →
// SoundTouch (tempo 0.5×–2.0× with the pitch kept) → QAudioSink. Seeks are exact to
// the sample because the whole recording is there; the position reported is the
// time played in the current run, scaled by the speed (see position()).
class Player final : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Empty,
        Loading,
        Paused,
        Playing,
        Failed
    };
    Q_ENUM(State)
    static constexpr double MinSpeed = 0.5;
    static constexpr double MaxSpeed = 2.0;
    // The time-stretch library's version (About).
    static QString soundTouchVersion();

    explicit Player(QObject* parent = nullptr);
    ~Player() override;

    // Decodes the file into the cache (or maps the cached PCM) in the background:
    // ready() or failed() follows.
    void load(const QString& sourcePath, const QString& cachePath);
    void unload();

    State state() const { return m_state; }
    bool isPlaying() const { return m_state == State::Playing; }
    QString errorString() const { return m_error; }
    qint64 durationMs() const;
    qint64 position() const;
    double speed() const { return m_speed; }
    double volume() const { return m_volume; }
    qint64 autoRewindMs() const { return m_autoRewindMs; }
    // The waveform: filling in while loading, whole once ready().
    const Peaks& peaks() const;

    void setSpeed(double speed);
    void setVolume(double volume);
    // Going on after a pause starts this far back (transcribers re-hear the end).
    void setAutoRewindMs(qint64 ms) { m_autoRewindMs = std::max<qint64>(0, ms); }
    void play();
    void pause();
    void toggle();
    void seek(qint64 ms);
    // Plays exactly [fromMs, toMs) and pauses at its end.
    void playRange(qint64 fromMs, qint64 toMs);

Q_SIGNALS:
    void ready();
    void failed(const QString& message);
    void loadingProgress(qint64 decodedMs);
    void peaksChanged();
    void stateChanged(tianye::media::Player::State state);
    void positionChanged(qint64 ms);

private:
    void setState(State state);
    void startRun(qint64 fromSample);
    void stopSink();
    void onTick();
    void pushAudio();
    void fillStretch(qint64 wanted);
    qint64 readPcm(char* data, qint64 maxBytes);

    State m_state = State::Empty;
    QString m_error;
    std::unique_ptr<PcmDecoder> m_decoder;
    Peaks m_peaks;
    QFile m_file;
    const qint16* m_pcm = nullptr;
    qint64 m_samples = 0;
    std::unique_ptr<soundtouch::SoundTouch> m_stretch;
    QAudioSink* m_sink = nullptr;
    QIODevice* m_push = nullptr;      // the sink's buffer (push mode)
    qint64 m_runStart = 0;            // sample where the current run began
    qint64 m_readPos = 0;             // next sample to feed
    qint64 m_pausedAt = 0;            // position while not playing (samples)
    std::optional<qint64> m_rangeEnd; // samples
    bool m_flushed = false;
    double m_speed = 1.0;
    double m_volume = 1.0;
    qint64 m_autoRewindMs = 1500;
    bool m_rewindOnPlay = false;
    QTimer m_tick;
    QElapsedTimer m_clock;
    std::vector<float> m_out;
};

} // namespace tianye::media
