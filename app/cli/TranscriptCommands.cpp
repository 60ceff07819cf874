// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "cli/TranscriptCommands.h"

#include "core/TimeCode.h"
#include "formats/TextEncoding.h"
#include "formats/TranscriptExport.h"
#include "formats/TranscriptImport.h"
#include "ops/Transcripts.h"
#include "store/ParticipantRepository.h"
#include "store/Project.h"
#include "store/ResearcherRepository.h"
#include "store/TranscriptRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
            if (!call.reading())
                return call.exitCode();
            const auto id = call.interview(interview);
            if (!id)
                return call.exitCode();
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
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      tr("The encoding a text file was saved in, when it is not found: %1.")
                                          .arg(formats::TextEncoding::choices().join(QStringLiteral(", "))),
                                      tr("NAME"));
    return ctx.command(
        args,
        {tr("tianye-cli import-transcript PATH --interview ID FILE\nAppends the transcript in FILE to an "
            "interview "
            "as segments (speaker, times, text), after a backup of the project."),
         tr("PATH FILE"),
         2,
         2,
         {interview, format, preview, encoding}},
        [&](Call& call) {
            if (!call.isSet(interview))
                return call.usage(tr("--interview is required."));
            const auto kind = formats::importFormatFromName(call.value(format));
            if (!kind)
                return call.usage(
                    tr("Unknown format \"%1\"; use auto, txt, srt, vtt or docx.").arg(call.value(format)));
            const QString file = call.arg(1);
            // Read the file before opening the project: a bad file changes nothing.
            auto imported = formats::TranscriptImporter::readFile(file, *kind, call.value(encoding));
            if (!imported && imported.error().code == Error::Code::Encoding) {
                Error e = imported.error();
                e.message +=
                    QLatin1Char('\n') + tr("Give it with --encoding NAME, one of: %1.")
                                            .arg(formats::TextEncoding::choices().join(QStringLiteral(", ")));
                return call.fail(e);
            }
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
            const auto id = call.interview(interview);
            if (!id)
                return call.exitCode();
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

int TranscriptCommands::runSpeakers(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption interview(QStringLiteral("interview"), tr("Interview id or UUID (required)."),
                                       tr("ID"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    return ctx.command(
        args,
        {tr("tianye-cli speakers PATH --interview ID [LABEL=CODE]...\nLists the interview's speaker labels "
            "and who "
            "each is. LABEL=CODE ties a label to a participant, LABEL=interviewer:NAME to an interviewer, "
            "LABEL= "
            "unties it: who says each quote, and what may be published, follows."),
         tr("PATH [LABEL=CODE]..."),
         1,
         -1,
         {interview, json}},
        [&](Call& call) {
            if (!call.isSet(interview))
                return call.usage(tr("--interview is required."));
            const auto id = call.interview(interview);
            if (!id)
                return call.exitCode();
            Project& project = *call.project();
            for (const QString& tie : call.positional().mid(1)) {
                const qsizetype eq = tie.lastIndexOf(QLatin1Char('='));
                if (eq <= 0)
                    return call.usage(tr("\"%1\" is not LABEL=CODE.").arg(tie));
                const QString label = tie.left(eq);
                const QString who = tie.mid(eq + 1).trimmed();
                RowId participant = NoRow;
                RowId researcher = NoRow;
                if (who.startsWith(QLatin1String("interviewer:"))) {
                    const QString name = who.mid(12).trimmed();
                    for (const Researcher& r :
                         project.researchers().list().value_or(std::vector<Researcher>()))
                        if (r.name == name)
                            researcher = r.id;
                    if (researcher == NoRow)
                        return call.fail(
                            tr("There is no interviewer \"%1\" in %2.").arg(name, project.folder()));
                } else if (!who.isEmpty()) {
                    auto found = project.participants().findByCode(who);
                    if (!found)
                        return call.fail(found.error());
                    if (*found == NoRow)
                        return call.fail(
                            tr("There is no participant \"%1\" in %2.").arg(who, project.folder()));
                    participant = *found;
                }
                if (auto ok = ops::tieSpeaker(*call.session(), *id, label, participant, researcher); !ok)
                    return call.fail(ok.error());
            }
            auto labels = project.transcripts().speakerLabels(*id);
            if (!labels)
                return call.fail(labels.error());
            if (call.isSet(json)) {
                QJsonArray rows;
                for (const SpeakerLabel& l : *labels) {
                    const Participant p = project.participants().get(l.participantId).value_or(Participant());
                    rows.append(QJsonObject{{QStringLiteral("label"), l.label},
                                            {QStringLiteral("participant"), p.code},
                                            {QStringLiteral("interviewer"), l.interviewer},
                                            {QStringLiteral("segments"), l.segments},
                                            {QStringLiteral("tied"), l.tied}});
                }
                call.out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
                return int(Ok);
            }
            for (const SpeakerLabel& l : *labels) {
                QString who = tr("not known");
                if (l.participantId != NoRow)
                    who = project.participants().get(l.participantId).value_or(Participant()).code;
                else if (l.interviewer)
                    who = tr("interviewer");
                call.out() << (l.label.isEmpty() ? QStringLiteral("-") : cell(l.label)) << QLatin1Char('\t')
                           << who << QLatin1Char('\t') << l.segments << (l.tied ? tr("\t(tied)") : QString())
                           << Qt::endl;
            }
            return int(Ok);
        });
}

} // namespace tianye::cli
