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
constexpr quint32 Version = 1;

} // namespace

void Peaks::clear()
{
    m_min.clear();
    m_max.clear();
    m_filled = 0;
}

void Peaks::add(const qint16* samples, qint64 count)
{
    for (qint64 i = 0; i < count; ++i) {
        const qint16 s = samples[i];
        if (m_filled == 0) {
            m_lo = m_hi = s;
        } else {
            m_lo = std::min(m_lo, s);
            m_hi = std::max(m_hi, s);
        }
        if (++m_filled == BucketSamples) {
            m_min.push_back(m_lo);
            m_max.push_back(m_hi);
            m_filled = 0;
        }
    }
}

void Peaks::finish()
{
    if (m_filled > 0) {
        m_min.push_back(m_lo);
        m_max.push_back(m_hi);
        m_filled = 0;
    }
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
    out << Magic << Version << quint32(BucketSamples) << quint64(m_min.size());
    out.writeRawData(reinterpret_cast<const char*>(m_min.data()), int(m_min.size() * sizeof(qint16)));
    out.writeRawData(reinterpret_cast<const char*>(m_max.data()), int(m_max.size() * sizeof(qint16)));
    if (out.status() != QDataStream::Ok || !file.commit())
        return fail(Error::Code::Io,
                    tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Status Peaks::load(const QString& path, qint64 sampleCount)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::NotFound,
                    tr("No waveform cached in %1.").arg(QDir::toNativeSeparators(path)));
    QDataStream in(&file);
    in.setByteOrder(QDataStream::LittleEndian);
    quint32 magic = 0, version = 0, bucket = 0;
    quint64 count = 0;
    in >> magic >> version >> bucket >> count;
    const quint64 expected = quint64((sampleCount + BucketSamples - 1) / BucketSamples);
    if (in.status() != QDataStream::Ok || magic != Magic || version != Version ||
        bucket != quint32(BucketSamples) || count != expected || file.size() != qint64(20 + count * 4))
        return fail(Error::Code::Corrupt,
                    tr("The cached waveform %1 is stale.").arg(QDir::toNativeSeparators(path)));
    std::vector<qint16> lo(count), hi(count);
    in.readRawData(reinterpret_cast<char*>(lo.data()), int(count * sizeof(qint16)));
    in.readRawData(reinterpret_cast<char*>(hi.data()), int(count * sizeof(qint16)));
    if (in.status() != QDataStream::Ok)
        return fail(Error::Code::Corrupt,
                    tr("The cached waveform %1 is stale.").arg(QDir::toNativeSeparators(path)));
    m_min = std::move(lo);
    m_max = std::move(hi);
    m_filled = 0;
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
