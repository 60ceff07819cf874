// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QStringList>

namespace tianye::bench {

// Waveform peaks of long recordings in WAV, MP3, M4A and Opus: time to the first
// peaks, time to all of them against GStreamer decoding alone, from the cache, and
// peak memory.
int runWaveform(const QStringList& args);

} // namespace tianye::bench
