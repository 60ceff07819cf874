// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace tianye::media {

// The waveform of a recording: the lowest and highest sample of every 10 ms,
// filled in as decoding goes and kept in the cache (<sha256>.peaks, next to the
// player's PCM) so that it is drawn at once the next time. Samples come at any rate
// (PeakScanner reads the file at its own rate; the PCM cache is 16 kHz).
class Peaks final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::media::Peaks)

public:
    static constexpr qint64 BucketMs = 10;

    // Empties the waveform; samples added next are at sampleRate.
    void clear(int sampleRate = 16'000);
    // Adds decoded mono samples in order.
    void add(const qint16* samples, qint64 count);
    // Closes the last, partial bucket.
    void finish();
    // Appends finished buckets (from a Peaks filled elsewhere, e.g. another thread).
    void append(const std::vector<qint16>& lows, const std::vector<qint16>& highs);
    // Moves the finished buckets out, leaving a partial bucket in place.
    std::pair<std::vector<qint16>, std::vector<qint16>> takeFinished();

    int sampleRate() const { return m_rate; }
    qsizetype size() const { return qsizetype(m_min.size()); }
    qint64 durationMs() const { return qint64(m_min.size()) * BucketMs; }
    qint16 minAt(qsizetype i) const { return m_min[size_t(i)]; }
    qint16 maxAt(qsizetype i) const { return m_max[size_t(i)]; }
    // The lowest and highest sample in [fromMs, toMs), as -1..1.
    std::pair<float, float> range(qint64 fromMs, qint64 toMs) const;

    Status save(const QString& path) const;
    // Fails on a file that is not a whole peaks file of this version.
    Status load(const QString& path);
    static QString pathFor(const QString& pcmPath);

private:
    std::vector<qint16> m_min;
    std::vector<qint16> m_max;
    void closeBucket();
    int m_rate = 16'000;
    qint64 m_taken = 0;       // buckets moved out by takeFinished()
    qint64 m_samples = 0;     // added so far
    qint64 m_bucketEnd = 160; // sample count at which the open bucket closes
    qint16 m_lo = 0;
    qint16 m_hi = 0;
    bool m_open = false;
};

} // namespace tianye::media
