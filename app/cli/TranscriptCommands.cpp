// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "cli/TranscriptCommands.h"

#include "core/TimeCode.h"
#include "formats/TranscriptExport.h"
#include "formats/TranscriptImport.h"
#include "store/InterviewRepository.h"
#include "store/Project.h"
#include "store/TranscriptRepository.h"

#include <QDir>

namespace tianye::cli {

int TranscriptCommands::runExport(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption interview(QStringLiteral("interview"), tr("Interview id or UUID (required)."),
                                       tr("ID"));
    const QCommandLineOption format(QStringLiteral("format"), tr("txt, srt or vtt (default txt)."),
                                    tr("FORMAT"), QStringLiteral("txt"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to FILE instead of standard output."), tr("FILE"));
    parser.addOptions({interview, format, output});
    const int parsed =
        ctx.parse(parser, args,
                  tr("tianye-cli export-transcript PATH --interview ID\nWrites an interview's transcript "
                     "with speakers and timestamps as TXT, SRT or WebVTT."),
                  tr("PATH"), 1, 1);
    if (parsed >= 0)
        return parsed;
    if (!parser.isSet(interview))
        return ctx.usageError(parser, tr("--interview is required."));
    const auto kind = formats::transcriptFormatFromName(parser.value(format));
    if (!kind)
        return ctx.usageError(parser,
                              tr("Unknown format \"%1\"; use txt, srt or vtt.").arg(parser.value(format)));
    int code = Ok;
    auto project = ctx.open(parser.positionalArguments().at(0), code);
    if (!project)
        return code;
    auto id = CliContext::interviewNamed(*project, parser.value(interview));
    if (!id)
        return ctx.error(id.error());
    auto segments = project->transcripts().segments(*id);
    if (!segments)
        return ctx.error(segments.error());
    if (!parser.isSet(output)) {
        ctx.out() << formats::exportTranscript(*segments, *kind);
        return Ok;
    }
    const QString path = parser.value(output);
    if (auto written = formats::writeTranscript(*segments, *kind, path); !written)
        return ctx.error(written.error());
    ctx.out() << tr("Wrote %1: segments: %2").arg(QDir::toNativeSeparators(path)).arg(segments->size())
              << Qt::endl;
    return Ok;
}

int TranscriptCommands::runImport(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption interview(QStringLiteral("interview"), tr("Interview id or UUID (required)."),
                                       tr("ID"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("auto, txt, srt, vtt or docx (default auto: from the file)."),
                                    tr("FORMAT"), QStringLiteral("auto"));
    const QCommandLineOption preview(QStringLiteral("preview"),
                                     tr("Print the segments that would be imported; change nothing."));
    parser.addOptions({interview, format, preview});
    const int parsed = ctx.parse(parser, args,
                                 tr("tianye-cli import-transcript PATH --interview ID FILE\nAppends the "
                                    "transcript in FILE to an interview as segments (speaker, times, text)."),
                                 tr("PATH FILE"), 2, 2);
    if (parsed >= 0)
        return parsed;
    if (!parser.isSet(interview))
        return ctx.usageError(parser, tr("--interview is required."));
    const auto kind = formats::importFormatFromName(parser.value(format));
    if (!kind)
        return ctx.usageError(
            parser, tr("Unknown format \"%1\"; use auto, txt, srt, vtt or docx.").arg(parser.value(format)));
    const QString file = parser.positionalArguments().at(1);
    // Read the file before opening the project: a bad file changes nothing.
    auto imported = formats::TranscriptImporter::readFile(file, *kind);
    if (!imported)
        return ctx.error(imported.error());
    for (const QString& skipped : imported->skipped)
        ctx.err() << tr("Skipped %1").arg(skipped) << Qt::endl;
    if (parser.isSet(preview)) {
        for (const Segment& s : imported->segments) {
            ctx.out() << (s.speaker.isEmpty() ? QStringLiteral("-") : s.speaker) << '\t'
                      << (s.startMs ? formatTimeCode(*s.startMs, true) : QStringLiteral("-")) << '\t'
                      << (s.endMs ? formatTimeCode(*s.endMs, true) : QStringLiteral("-")) << '\t'
                      << QString(s.text).replace(QLatin1Char('\n'), QStringLiteral("\\n")) << Qt::endl;
        }
        return Ok;
    }
    int code = Ok;
    auto project = ctx.open(parser.positionalArguments().at(0), code);
    if (!project)
        return code;
    auto id = CliContext::interviewNamed(*project, parser.value(interview));
    if (!id)
        return ctx.error(id.error());
    auto added = project->transcripts().appendSegments(*id, imported->segments);
    if (!added)
        return ctx.error(added.error());
    const QStringList speakers = imported->speakers();
    ctx.out() << tr("Imported %1 (%2, %3): segments: %4, characters: %5, speakers: %6")
                     .arg(QDir::toNativeSeparators(file), imported->format, imported->encoding)
                     .arg(added->size())
                     .arg(imported->characters())
                     .arg(speakers.isEmpty() ? tr("none") : speakers.join(QStringLiteral(", ")))
              << Qt::endl;
    if (!imported->skipped.isEmpty())
        ctx.out() << tr("Skipped parts: %1 (listed above)").arg(imported->skipped.size()) << Qt::endl;
    return Ok;
}

} // namespace tianye::cli
