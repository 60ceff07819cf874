// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace tianye::media {

// The waveform of a recording: the lowest and highest sample of every 10 ms
// (160 samples of the 16 kHz PCM), filled in as decoding goes and kept next to the
// PCM in the cache (<sha256>.peaks) so that it is drawn at once the next time.
class Peaks final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::media::Peaks)

public:
    static constexpr int BucketSamples = 160;
    static constexpr qint64 BucketMs = 10;

    void clear();
    // Adds decoded samples in order.
    void add(const qint16* samples, qint64 count);
    // Closes the last, partial bucket.
    void finish();

    qsizetype size() const { return qsizetype(m_min.size()); }
    qint64 durationMs() const { return qint64(m_min.size()) * BucketMs; }
    qint16 minAt(qsizetype i) const { return m_min[size_t(i)]; }
    qint16 maxAt(qsizetype i) const { return m_max[size_t(i)]; }
    // The lowest and highest sample in [fromMs, toMs), as -1..1.
    std::pair<float, float> range(qint64 fromMs, qint64 toMs) const;

    Status save(const QString& path) const;
    // Fails on a file that is not a peaks file of this version, or not of sampleCount samples.
    Status load(const QString& path, qint64 sampleCount);
    static QString pathFor(const QString& pcmPath);

private:
    std::vector<qint16> m_min;
    std::vector<qint16> m_max;
    qint16 m_lo = 0;
    qint16 m_hi = 0;
    int m_filled = 0;
};

} // namespace tianye::media
