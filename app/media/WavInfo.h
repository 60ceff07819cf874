// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>

namespace tianye::media {

struct WavInfo
{
    int channels = 0;
    int sampleRate = 0;
    int bitsPerSample = 0;
    qint64 dataBytes = 0;
    qint64 durationMs() const;
};

// Reads the RIFF/WAVE header of a PCM file. Other formats get their duration from
// the decoder (the audio issue); this keeps the core of attaching independent of it.
Result<WavInfo> readWavInfo(const QString& path);
Result<WavInfo> parseWavHeader(const QByteArray& head, const QString& nameForMessages);

} // namespace tianye::media
