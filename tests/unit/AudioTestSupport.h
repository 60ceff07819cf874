// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace tianye::test {

// A PulseAudio daemon of the test's own with a null sink and a null source, so
// playback and recording run for real on a machine without sound hardware. Call
// start() before the first use of QtMultimedia; the daemon stops with the object.
class NullAudio final
{
public:
    NullAudio() = default;
    ~NullAudio();
    // Why there can be no sound server here (pulseaudio or pactl missing), or empty.
    static QString unavailable();
    // Empty on success, else why the daemon did not come up.
    QString start();

private:
    std::unique_ptr<QTemporaryDir> m_runtime;
    bool m_started = false;
};

// A 16-bit mono WAV at the given rate: one tone per second, amplitudes from levels
// (0..1), so the waveform's shape is known.
bool writeToneWav(const QString& path, int sampleRate, const QList<double>& levels);

} // namespace tianye::test
