// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "core/FileKinds.h"

#include <QFileInfo>

namespace tianye {

const QStringList& suffixesOf(FileKind kind)
{
    // What GStreamer decodes here (PLATFORM.md), and the formats/ importers.
    static const QStringList audio{QStringLiteral("wav"),  QStringLiteral("mp3"), QStringLiteral("m4a"),
                                   QStringLiteral("aac"),  QStringLiteral("ogg"), QStringLiteral("opus"),
                                   QStringLiteral("flac"), QStringLiteral("amr")};
    static const QStringList transcript{QStringLiteral("txt"), QStringLiteral("srt"), QStringLiteral("vtt"),
                                        QStringLiteral("docx")};
    static const QStringList codebook{QStringLiteral("qdc"), QStringLiteral("csv")};
    static const QStringList none;
    switch (kind) {
    case FileKind::Audio:
        return audio;
    case FileKind::Transcript:
        return transcript;
    case FileKind::Codebook:
        return codebook;
    case FileKind::Other:
        break;
    }
    return none;
}

QString suffixPatterns(FileKind kind)
{
    QStringList patterns;
    for (const QString& s : suffixesOf(kind))
        patterns << QStringLiteral("*.") + s;
    return patterns.join(QLatin1Char(' '));
}

FileKind fileKindOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffixesOf(FileKind::Audio).contains(suffix))
        return FileKind::Audio;
    if (suffixesOf(FileKind::Transcript).contains(suffix))
        return FileKind::Transcript;
    return FileKind::Other;
}

} // namespace tianye
