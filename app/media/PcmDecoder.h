// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "media/PeakScanner.h"
#include "media/Peaks.h"

#include <QAudioFormat>
#include <QCoreApplication>
#include <QFile>
#include <QObject>
#include <QPointer>

#include <memory>

class QAudioDecoder;

namespace tianye::media {

// Decodes an audio file once into 16 kHz mono 16-bit PCM kept in a cache file
// (<cacheDir>/<sha256>.pcm): the player maps it, so seeks are exact and a second
// opening costs nothing. The cache is disposable: a file of the wrong size is
// decoded again. GStreamer (QAudioDecoder) does the decoding; one decoder per file.
// The waveform is read from the file first by a PeakScanner (at the file's own
// rate, nothing resampled, so it is there in about GStreamer's decoding time) and
// cached next to the PCM; when GStreamer cannot give it that way, it is computed
// from the PCM.
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
    // The waveform so far (whole after peaksReady()); kept in <cache>.peaks.
    Peaks& peaks();

Q_SIGNALS:
    void progress(qint64 decodedMs);
    void peaksChanged();
    void peaksReady();
    // Both the PCM and the waveform are there (or the file could not be decoded).
    void finished(bool ok, const QString& message);

private:
    void onBuffer();
    void onFinished();
    void startScanner();
    void startPcm();
    void onScannerFinished(bool ok);
    void peaksFromPcm();
    void finishIfDone();
    void fail(const QString& message);
    // A write to the decoded copy failed: why, naming the file (a full disk as such).
    void failWriting();

    QString m_source;
    QString m_cachePath;
    QFile m_part;
    QAudioDecoder* m_decoder = nullptr;
    std::unique_ptr<PeakScanner> m_scanner;
    qint64 m_samples = 0;
    bool m_pcmDone = false;
    bool m_peaksDone = false;
    bool m_done = false;
    Peaks m_peaks;
};

} // namespace tianye::media
