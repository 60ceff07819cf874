// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "media/WavWriter.h"

#include "media/WavInfo.h"

#include <QFileInfo>
#include <QStorageInfo>
#include <QtEndian>

#include <unistd.h>

namespace tianye::media {

namespace {

constexpr qint64 HeaderBytes = 44;

QByteArray header(int sampleRate, int channels, qint64 dataBytes)
{
    QByteArray h(HeaderBytes, '\0');
    char* p = h.data();
    const auto u32 = [&](int at, quint32 v) { qToLittleEndian(v, p + at); };
    const auto u16 = [&](int at, quint16 v) { qToLittleEndian(v, p + at); };
    memcpy(p, "RIFF", 4);
    u32(4, quint32(std::min<qint64>(dataBytes + HeaderBytes - 8, 0xFFFFFFFFLL)));
    memcpy(p + 8, "WAVEfmt ", 8);
    u32(16, 16);
    u16(20, 1); // PCM
    u16(22, quint16(channels));
    u32(24, quint32(sampleRate));
    u32(28, quint32(sampleRate * channels * 2));
    u16(32, quint16(channels * 2));
    u16(34, 16);
    memcpy(p + 36, "data", 4);
    u32(40, quint32(std::min<qint64>(dataBytes, 0xFFFFFFFFLL - HeaderBytes)));
    return h;
}

} // namespace

WavWriter::~WavWriter()
{
    if (m_file.isOpen())
        (void)close();
}

Status WavWriter::fail(const QString& what)
{
    // ENOSPC reaches QFile as a plain write error: ask the file system.
    const QStorageInfo disk(QFileInfo(m_file.fileName()).absolutePath());
    if (disk.isValid() && disk.bytesAvailable() < 64 * 1024)
        return std::unexpected(
            Error{Error::Code::DiskFull, tr("Cannot %1 %2: the disk is full.").arg(what, m_file.fileName())});
    return std::unexpected(
        Error{Error::Code::Io, tr("Cannot %1 %2: %3").arg(what, m_file.fileName(), m_file.errorString())});
}

Status WavWriter::open(const QString& path, int sampleRate, int channels)
{
    m_file.setFileName(path);
    m_sampleRate = sampleRate;
    m_channels = channels;
    m_dataBytes = 0;
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(tr("create"));
    if (m_file.write(header(sampleRate, channels, 0)) != HeaderBytes)
        return fail(tr("write"));
    return checkpoint();
}

Status WavWriter::write(const char* data, qint64 bytes)
{
    if (bytes <= 0)
        return {};
    if (m_file.write(data, bytes) != bytes)
        return fail(tr("write"));
    m_dataBytes += bytes;
    return {};
}

Status WavWriter::checkpoint()
{
    const qint64 end = HeaderBytes + m_dataBytes;
    if (!m_file.seek(0) || m_file.write(header(m_sampleRate, m_channels, m_dataBytes)) != HeaderBytes ||
        !m_file.seek(end) || !m_file.flush())
        return fail(tr("write"));
    // On disk, not only in the page cache: a power cut keeps it.
    if (::fdatasync(m_file.handle()) != 0)
        return fail(tr("write"));
    return {};
}

Status WavWriter::close()
{
    auto done = checkpoint();
    m_file.close();
    return done;
}

qint64 WavWriter::durationMs() const
{
    return WavInfo{m_channels, m_sampleRate, 16, m_dataBytes}.durationMs();
}

Result<qint64> WavWriter::repair(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return std::unexpected(
            Error{Error::Code::Io, tr("Cannot open %1: %2").arg(path, file.errorString())});
    auto info = parseWavHeader(file.read(HeaderBytes), path);
    if (!info)
        return std::unexpected(info.error());
    const qint64 frame = qint64(info->channels) * 2;
    qint64 data = std::max<qint64>(0, file.size() - HeaderBytes);
    data -= data % std::max<qint64>(1, frame);
    if (!file.resize(HeaderBytes + data) || !file.seek(0) ||
        file.write(header(info->sampleRate, info->channels, data)) != HeaderBytes || !file.flush())
        return std::unexpected(
            Error{Error::Code::Io, tr("Cannot repair %1: %2").arg(path, file.errorString())});
    info->dataBytes = data;
    return info->durationMs();
}

} // namespace tianye::media
