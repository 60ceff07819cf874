// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "media/WavInfo.h"

#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

namespace tianye::media {

namespace {

struct WavText
{
    Q_DECLARE_TR_FUNCTIONS(tianye::media::WavInfo)
};

} // namespace

qint64 WavInfo::durationMs() const
{
    const qint64 bytesPerSecond = qint64(sampleRate) * channels * (bitsPerSample / 8);
    return bytesPerSecond > 0 ? dataBytes * 1000 / bytesPerSecond : 0;
}

Result<WavInfo> parseWavHeader(const QByteArray& head, const QString& name)
{
    const auto bad = [&](const char* why) {
        return fail(Error::Code::InvalidArgument,
                    WavText::tr("%1 is not a readable WAV file: %2").arg(name, WavText::tr(why)));
    };
    if (head.size() < 12 || !head.startsWith("RIFF") || head.mid(8, 4) != "WAVE")
        return bad(QT_TRANSLATE_NOOP("tianye::media::WavInfo", "it has no RIFF/WAVE header."));
    WavInfo info;
    bool haveFormat = false;
    qsizetype pos = 12;
    while (pos + 8 <= head.size()) {
        const QByteArray id = head.mid(pos, 4);
        const quint32 size = qFromLittleEndian<quint32>(head.constData() + pos + 4);
        const qsizetype body = pos + 8;
        if (id == "fmt ") {
            if (size < 16 || body + 16 > head.size())
                return bad(QT_TRANSLATE_NOOP("tianye::media::WavInfo", "its format chunk is too short."));
            const quint16 format = qFromLittleEndian<quint16>(head.constData() + body);
            if (format != 1 && format != 0xFFFE)
                return bad(QT_TRANSLATE_NOOP("tianye::media::WavInfo", "it is not PCM audio."));
            info.channels = qFromLittleEndian<quint16>(head.constData() + body + 2);
            info.sampleRate = int(qFromLittleEndian<quint32>(head.constData() + body + 4));
            info.bitsPerSample = qFromLittleEndian<quint16>(head.constData() + body + 14);
            haveFormat = true;
        } else if (id == "data") {
            if (!haveFormat)
                return bad(QT_TRANSLATE_NOOP("tianye::media::WavInfo", "the data comes before the format."));
            info.dataBytes = size;
            if (info.channels <= 0 || info.sampleRate <= 0 || info.bitsPerSample <= 0)
                return bad(QT_TRANSLATE_NOOP("tianye::media::WavInfo", "its format values are invalid."));
            return info;
        }
        pos = body + qsizetype(size) + (size & 1);
    }
    return bad(QT_TRANSLATE_NOOP("tianye::media::WavInfo", "it has no audio data."));
}

Result<WavInfo> readWavInfo(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, WavText::tr("Cannot read %1: %2").arg(path, file.errorString()));
    auto info = parseWavHeader(file.read(64 * 1024), path);
    if (info && info->dataBytes > file.size())
        info->dataBytes = file.size(); // recorders that died leave the size field unwritten
    return info;
}

} // namespace tianye::media
