// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "media/Peaks.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace tianye::media {

namespace {

constexpr quint32 Magic = 0x5459504b; // "TYPK"
constexpr quint32 Version = 2;        // 1: buckets of 160 samples of the 16 kHz PCM

// Buckets are 10 ms: bucket k ends at sample ceil((k + 1) * rate / 100).
qint64 bucketEnd(qint64 bucket, int rate)
{
    return ((bucket + 1) * rate + 99) / 100;
}

} // namespace

void Peaks::clear(int sampleRate)
{
    m_min.clear();
    m_max.clear();
    m_rate = std::max(sampleRate, 100);
    m_taken = 0;
    m_samples = 0;
    m_bucketEnd = bucketEnd(0, m_rate);
    m_open = false;
}

void Peaks::closeBucket()
{
    m_min.push_back(m_lo);
    m_max.push_back(m_hi);
    m_open = false;
    m_bucketEnd = bucketEnd(m_taken + qint64(m_min.size()), m_rate);
}

void Peaks::add(const qint16* samples, qint64 count)
{
    while (count > 0) {
        const qint64 n = std::min(count, m_bucketEnd - m_samples);
        // A plain loop over the run, which the compiler vectorizes.
        qint16 lo = m_open ? m_lo : samples[0];
        qint16 hi = m_open ? m_hi : samples[0];
        for (qint64 i = 0; i < n; ++i) {
            lo = std::min(lo, samples[i]);
            hi = std::max(hi, samples[i]);
        }
        m_lo = lo;
        m_hi = hi;
        m_open = true;
        samples += n;
        count -= n;
        m_samples += n;
        if (m_samples == m_bucketEnd)
            closeBucket();
    }
}

void Peaks::finish()
{
    if (m_open) {
        m_samples = m_bucketEnd;
        closeBucket();
    }
}

void Peaks::append(const std::vector<qint16>& lows, const std::vector<qint16>& highs)
{
    m_min.insert(m_min.end(), lows.begin(), lows.end());
    m_max.insert(m_max.end(), highs.begin(), highs.end());
}

std::pair<std::vector<qint16>, std::vector<qint16>> Peaks::takeFinished()
{
    m_taken += qint64(m_min.size());
    std::pair<std::vector<qint16>, std::vector<qint16>> out{std::move(m_min), std::move(m_max)};
    m_min.clear();
    m_max.clear();
    return out;
}

std::pair<float, float> Peaks::range(qint64 fromMs, qint64 toMs) const
{
    const qsizetype from = std::clamp<qsizetype>(fromMs / BucketMs, 0, size());
    const qsizetype to = std::clamp<qsizetype>((toMs + BucketMs - 1) / BucketMs, from, size());
    if (from >= to)
        return {0.0f, 0.0f};
    const auto lo = *std::min_element(m_min.begin() + from, m_min.begin() + to);
    const auto hi = *std::max_element(m_max.begin() + from, m_max.begin() + to);
    return {float(lo) / 32768.0f, float(hi) / 32768.0f};
}

Status Peaks::save(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::Code::Io,
                    tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QDataStream out(&file);
    out.setByteOrder(QDataStream::LittleEndian);
    out << Magic << Version << quint32(m_rate) << quint64(m_min.size());
    out.writeRawData(reinterpret_cast<const char*>(m_min.data()), int(m_min.size() * sizeof(qint16)));
    out.writeRawData(reinterpret_cast<const char*>(m_max.data()), int(m_max.size() * sizeof(qint16)));
    if (out.status() != QDataStream::Ok || !file.commit())
        return fail(Error::Code::Io,
                    tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Status Peaks::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::NotFound,
                    tr("No waveform cached in %1.").arg(QDir::toNativeSeparators(path)));
    QDataStream in(&file);
    in.setByteOrder(QDataStream::LittleEndian);
    quint32 magic = 0, version = 0, rate = 0;
    quint64 count = 0;
    in >> magic >> version >> rate >> count;
    if (in.status() != QDataStream::Ok || magic != Magic || version != Version || rate < 100 ||
        rate > 768'000 || file.size() != qint64(20 + count * 4))
        return fail(Error::Code::Corrupt,
                    tr("The cached waveform %1 is stale.").arg(QDir::toNativeSeparators(path)));
    std::vector<qint16> lo(count), hi(count);
    in.readRawData(reinterpret_cast<char*>(lo.data()), int(count * sizeof(qint16)));
    in.readRawData(reinterpret_cast<char*>(hi.data()), int(count * sizeof(qint16)));
    if (in.status() != QDataStream::Ok)
        return fail(Error::Code::Corrupt,
                    tr("The cached waveform %1 is stale.").arg(QDir::toNativeSeparators(path)));
    clear(int(rate));
    m_min = std::move(lo);
    m_max = std::move(hi);
    return {};
}

QString Peaks::pathFor(const QString& pcmPath)
{
    QString path = pcmPath;
    if (path.endsWith(QLatin1String(".pcm")))
        path.chop(4);
    return path + QStringLiteral(".peaks");
}

} // namespace tianye::media
