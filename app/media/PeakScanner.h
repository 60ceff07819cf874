// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "media/Peaks.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>

namespace tianye::media {

// Computes a recording's waveform straight from the file, at the file's own sample
// rate, with a GStreamer pipeline of its own (decodebin → audioconvert to mono
// 16-bit → the peaks of each buffer, on GStreamer's streaming thread). Nothing is
// resampled, so the waveform is ready in about the time GStreamer needs to decode
// the file; the player's 16 kHz PCM is decoded beside it (PcmDecoder).
// Peaks arrive on the owner's thread in batches (peaksAdded), then finished().
class PeakScanner final : public QObject
{
    Q_OBJECT

public:
    explicit PeakScanner(QString sourcePath, QObject* parent = nullptr);
    ~PeakScanner() override; // stops the pipeline and waits for its thread

    void start();
    // The waveform so far; whole after finished(true).
    const Peaks& peaks() const { return m_peaks; }
    Peaks& peaks() { return m_peaks; }

Q_SIGNALS:
    void peaksAdded();
    // ok false: GStreamer could not read the file (PcmDecoder then reports why, by
    // name, from its own decoding) or it held no audio.
    void finished(bool ok);

public:
    struct Shared; // between the streaming thread and this one (PeakScanner.cpp)

private:
    void run();

    QString m_source;
    Peaks m_peaks;
    std::shared_ptr<Shared> m_shared;
    std::thread m_thread;
};

} // namespace tianye::media
