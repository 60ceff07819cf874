// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "cli/TranscriptCommands.h"

#include "core/TimeCode.h"
#include "formats/TranscriptExport.h"
#include "formats/TranscriptImport.h"
#include "ops/Transcripts.h"
#include "store/Project.h"
#include "store/TranscriptRepository.h"

#include <QDir>
#include <QFileInfo>

namespace tianye::cli {

int TranscriptCommands::runExport(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption interview(QStringLiteral("interview"), tr("Interview id or UUID (required)."),
                                       tr("ID"));
    const QCommandLineOption format(QStringLiteral("format"), tr("txt, srt or vtt (default txt)."),
                                    tr("FORMAT"), QStringLiteral("txt"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to FILE instead of standard output."), tr("FILE"));
    return ctx.command(
        args,
        {tr("tianye-cli export-transcript PATH --interview ID\nWrites an interview's transcript with "
            "speakers and "
            "timestamps as TXT, SRT or WebVTT."),
         tr("PATH"),
         1,
         1,
         {interview, format, output}},
        [&](Call& call) {
            if (!call.isSet(interview))
                return call.usage(tr("--interview is required."));
            const auto kind = formats::transcriptFormatFromName(call.value(format));
            if (!kind)
                return call.usage(tr("Unknown format \"%1\"; use txt, srt or vtt.").arg(call.value(format)));
            if (!call.project())
                return call.exitCode();
            auto id = call.interviewNamed(call.value(interview));
            if (!id)
                return call.fail(id.error());
            auto segments = call.project()->transcripts().segments(*id);
            if (!segments)
                return call.fail(segments.error());
            if (!call.isSet(output)) {
                call.out() << formats::exportTranscript(*segments, *kind);
                return int(Ok);
            }
            const QString path = call.value(output);
            if (auto written = formats::writeTranscript(*segments, *kind, path); !written)
                return call.fail(written.error());
            call.out()
                << tr("Wrote %1: segments: %2").arg(QDir::toNativeSeparators(path)).arg(segments->size())
                << Qt::endl;
            return int(Ok);
        });
}

int TranscriptCommands::runImport(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption interview(QStringLiteral("interview"), tr("Interview id or UUID (required)."),
                                       tr("ID"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("auto, txt, srt, vtt or docx (default auto: from the file)."),
                                    tr("FORMAT"), QStringLiteral("auto"));
    const QCommandLineOption preview(QStringLiteral("preview"),
                                     tr("Print the segments that would be imported; change nothing."));
    return ctx.command(
        args,
        {tr("tianye-cli import-transcript PATH --interview ID FILE\nAppends the transcript in FILE to an "
            "interview "
            "as segments (speaker, times, text), after a backup of the project."),
         tr("PATH FILE"),
         2,
         2,
         {interview, format, preview}},
        [&](Call& call) {
            if (!call.isSet(interview))
                return call.usage(tr("--interview is required."));
            const auto kind = formats::importFormatFromName(call.value(format));
            if (!kind)
                return call.usage(
                    tr("Unknown format \"%1\"; use auto, txt, srt, vtt or docx.").arg(call.value(format)));
            const QString file = call.arg(1);
            // Read the file before opening the project: a bad file changes nothing.
            auto imported = formats::TranscriptImporter::readFile(file, *kind);
            if (!imported)
                return call.fail(imported.error());
            for (const QString& skipped : imported->skipped)
                call.err() << tr("Skipped %1").arg(skipped) << Qt::endl;
            if (call.isSet(preview)) {
                for (const Segment& s : imported->segments) {
                    call.out() << (s.speaker.isEmpty() ? QStringLiteral("-") : s.speaker) << '\t'
                               << (s.startMs ? formatTimeCode(*s.startMs, true) : QStringLiteral("-")) << '\t'
                               << (s.endMs ? formatTimeCode(*s.endMs, true) : QStringLiteral("-")) << '\t'
                               << QString(s.text).replace(QLatin1Char('\n'), QStringLiteral("\\n"))
                               << Qt::endl;
                }
                return int(Ok);
            }
            if (!call.session())
                return call.exitCode();
            auto id = call.interviewNamed(call.value(interview));
            if (!id)
                return call.fail(id.error());
            if (auto added = ops::importTranscript(*call.session(), *id, imported->segments,
                                                   QFileInfo(file).fileName());
                !added)
                return call.fail(added.error());
            const QStringList speakers = imported->speakers();
            call.out() << tr("Imported %1 (%2, %3): segments: %4, characters: %5, speakers: %6")
                              .arg(QDir::toNativeSeparators(file), imported->format, imported->encoding)
                              .arg(imported->segments.size())
                              .arg(imported->characters())
                              .arg(speakers.isEmpty() ? tr("none") : speakers.join(QStringLiteral(", ")))
                       << Qt::endl;
            if (!imported->skipped.isEmpty())
                call.out() << tr("Skipped parts: %1 (listed above)").arg(imported->skipped.size())
                           << Qt::endl;
            return int(Ok);
        });
}

} // namespace tianye::cli
