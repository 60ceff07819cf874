// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace tianye::media {

// A 16-bit PCM WAV file written as the audio arrives. checkpoint() makes what was
// written so far a complete, playable file on disk (sizes in the header, data
// flushed and synced), so a crash or a flat battery loses only what came after it.
class WavWriter final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::media::WavWriter)

public:
    WavWriter() = default;
    ~WavWriter();
    WavWriter(const WavWriter&) = delete;
    WavWriter& operator=(const WavWriter&) = delete;

    Status open(const QString& path, int sampleRate, int channels);
    // Appends interleaved 16-bit samples. Fails (naming the file) when the disk is full.
    Status write(const char* data, qint64 bytes);
    Status checkpoint();
    Status close();
    bool isOpen() const { return m_file.isOpen(); }
    qint64 dataBytes() const { return m_dataBytes; }
    qint64 durationMs() const;
    QString path() const { return m_file.fileName(); }

    // Makes a WAV that was being written when its writer died whole again: the
    // header's sizes from the file's length (a partly written last sample is cut).
    // Returns the audio's duration.
    static Result<qint64> repair(const QString& path);

private:
    Status fail(const QString& what);
    QFile m_file;
    int m_sampleRate = 0;
    int m_channels = 0;
    qint64 m_dataBytes = 0;
};

} // namespace tianye::media
