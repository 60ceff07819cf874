// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "media/Peaks.h"

#include <QAudioFormat>
#include <QCoreApplication>
#include <QFile>
#include <QObject>
#include <QPointer>

class QAudioDecoder;

namespace tianye::media {

// Decodes an audio file once into 16 kHz mono 16-bit PCM kept in a cache file
// (<cacheDir>/<sha256>.pcm): the player maps it, so seeks are exact and a second
// opening costs nothing. The cache is disposable: a file of the wrong size is
// decoded again. GStreamer (QAudioDecoder) does the decoding; one decoder per file.
// The waveform's peaks are computed from the same buffers as they arrive.
class PcmDecoder final : public QObject
{
    Q_OBJECT

public:
    static constexpr int SampleRate = 16'000;
    static QAudioFormat format();
    static QString cachePath(const QString& cacheDir, const QString& sha256);

    PcmDecoder(QString sourcePath, QString cachePath, QObject* parent = nullptr);
    ~PcmDecoder() override;
    // Starts decoding (or finishes at once when the cache is there).
    void start();
    const QString& cachePath() const { return m_cachePath; }
    // The waveform so far (complete after finished(true)); kept in <cache>.peaks.
    Peaks& peaks() { return m_peaks; }

Q_SIGNALS:
    void progress(qint64 decodedMs);
    void finished(bool ok, const QString& message);

private:
    void onBuffer();
    void onFinished();
    void fail(const QString& message);

    QString m_source;
    QString m_cachePath;
    QFile m_part;
    QAudioDecoder* m_decoder = nullptr;
    qint64 m_samples = 0;
    bool m_done = false;
    Peaks m_peaks;
};

} // namespace tianye::media
