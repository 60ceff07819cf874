// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "formats/TranscriptExport.h"

#include "core/TimeCode.h"
#include "formats/SaveFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace tianye::formats {

namespace {

constexpr qint64 DefaultCueMs = 2000;

struct Cue
{
    qint64 start;
    qint64 end;
    const Segment* segment;
};

std::vector<Cue> cuesOf(const std::vector<Segment>& segments)
{
    std::vector<Cue> cues;
    qint64 previousEnd = 0;
    for (size_t i = 0; i < segments.size(); ++i) {
        const Segment& s = segments[i];
        const qint64 start = s.startMs.value_or(previousEnd);
        qint64 end = s.endMs.value_or(-1);
        if (end < start) {
            end = start + DefaultCueMs;
            for (size_t k = i + 1; k < segments.size(); ++k) {
                if (segments[k].startMs) {
                    if (*segments[k].startMs > start)
                        end = *segments[k].startMs;
                    break;
                }
            }
        }
        cues.push_back({start, end, &s});
        previousEnd = end;
    }
    return cues;
}

// Text must not contain an empty line: it ends a cue (SRT, VTT) or a paragraph (TXT).
QString cueText(const QString& text)
{
    QString out = text;
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    while (out.contains(QStringLiteral("\n\n")))
        out.replace(QStringLiteral("\n\n"), QStringLiteral("\n"));
    return out.trimmed();
}

} // namespace

std::optional<TranscriptFormat> transcriptFormatFromName(QStringView name)
{
    if (name.compare(QLatin1String("txt"), Qt::CaseInsensitive) == 0)
        return TranscriptFormat::Txt;
    if (name.compare(QLatin1String("srt"), Qt::CaseInsensitive) == 0)
        return TranscriptFormat::Srt;
    if (name.compare(QLatin1String("vtt"), Qt::CaseInsensitive) == 0 ||
        name.compare(QLatin1String("webvtt"), Qt::CaseInsensitive) == 0)
        return TranscriptFormat::Vtt;
    return std::nullopt;
}

QString suffixOf(TranscriptFormat format)
{
    switch (format) {
    case TranscriptFormat::Txt:
        return QStringLiteral("txt");
    case TranscriptFormat::Srt:
        return QStringLiteral("srt");
    case TranscriptFormat::Vtt:
        return QStringLiteral("vtt");
    }
    return {};
}

QString exportTranscript(const std::vector<Segment>& segments, TranscriptFormat format)
{
    QString out;
    if (format == TranscriptFormat::Txt) {
        for (const Segment& s : segments) {
            QString head = s.speaker;
            if (s.startMs)
                // Milliseconds only when there are some: whole seconds read best, and
                // an import of the file gets back exactly the times it had.
                head += (head.isEmpty() ? QString() : QStringLiteral(" ")) +
                        formatTimeCode(*s.startMs, *s.startMs % 1000 != 0);
            if (!head.isEmpty())
                out += head + QLatin1Char('\n');
            out += cueText(s.text) + QStringLiteral("\n\n"); // a blank line would split the paragraph
        }
        return out;
    }
    const bool vtt = format == TranscriptFormat::Vtt;
    if (vtt)
        out += QStringLiteral("WEBVTT\n\n");
    int number = 1;
    for (const Cue& cue : cuesOf(segments)) {
        QString start = formatTimeCode(cue.start, true);
        QString end = formatTimeCode(cue.end, true);
        if (!vtt) {
            out += QString::number(number++) + QLatin1Char('\n');
            start.replace(QLatin1Char('.'), QLatin1Char(','));
            end.replace(QLatin1Char('.'), QLatin1Char(','));
        }
        out += start + QStringLiteral(" --> ") + end + QLatin1Char('\n');
        const QString text = cueText(cue.segment->text);
        if (cue.segment->speaker.isEmpty())
            out += text;
        else if (vtt)
            out += QStringLiteral("<v %1>").arg(cue.segment->speaker) + text;
        else
            out += cue.segment->speaker + QStringLiteral(": ") + text;
        out += QStringLiteral("\n\n");
    }
    return out;
}

Status writeTranscript(const std::vector<Segment>& segments, TranscriptFormat format, const QString& path)
{
    return saveFile(path, exportTranscript(segments, format).toUtf8());
}

} // namespace tianye::formats
