// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "cli/QdpxCommand.h"

#include "ops/Qdpx.h"
#include "ops/Session.h"
#include "store/Project.h"

#include <QDir>

#include <algorithm>

namespace tianye::cli {

int QdpxCommand::run(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("export: the .qdpx file to write."), tr("FILE"));
    const QCommandLineOption withoutMedia(QStringLiteral("without-media"),
                                          tr("export: leave the recordings out of the archive."));
    const QCommandLineOption map(
        QStringLiteral("map"),
        tr("import: fill FIELD from the file's variable NAME (repeatable); FIELD is one of "
           "those qdpx preview lists, or none to keep the variable as it is."),
        tr("NAME=FIELD"));
    const QCommandLineOption into(QStringLiteral("into"),
                                  tr("import: merge into this existing project instead of making a new one."),
                                  tr("PATH"));
    return ctx.command(
        args,
        {tr("tianye-cli qdpx export PATH -o FILE.qdpx | qdpx preview FILE.qdpx | qdpx import FILE.qdpx (DEST "
            "| "
            "--into PATH) [--map NAME=FIELD]…\n"
            "REFI-QDA project exchange with NVivo, ATLAS.ti, MAXQDA, QualCoder and Taguette. export writes "
            "the project (cities and participants as cases, interviews as text sources with their "
            "recordings, quotes as coded selections, themes as codes); what a withdrawn participant said "
            "is left out. preview lists what a .qdpx holds and the field each of its variables will fill. "
            "import reads a .qdpx into a new project at DEST, or into an existing project with --into "
            "(merged as "
            "Team → Merge does), and prints what it read, brought in and left out."),
         tr("export PATH | preview FILE | import FILE [DEST]"),
         2,
         3,
         {output, withoutMedia, map, into}},
        [&](Call& call) {
            const QString action = call.arg(0);
            if (action == QLatin1String("export")) {
                if (!call.isSet(output))
                    return call.usage(tr("-o FILE.qdpx is required."));
                if (call.positional().size() != 2)
                    return call.usage(tr("export takes one project: qdpx export PATH -o FILE.qdpx"));
                auto opened = Project::openForReading(call.arg(1));
                if (!opened)
                    return call.fail(opened.error());
                ops::QdpxExportOptions options;
                options.withMedia = !call.isSet(withoutMedia);
                auto done = ops::exportQdpx(**opened, call.value(output), options);
                if (!done)
                    return call.fail(done.error());
                call.out() << tr("Wrote %1 (%2 bytes): %3 text sources, %4 recordings, %5 cases, %6 codes, "
                                 "%7 coded selections, %8 notes.")
                                  .arg(QDir::toNativeSeparators(done->file))
                                  .arg(done->bytes)
                                  .arg(done->textSources)
                                  .arg(done->audioSources)
                                  .arg(done->cases)
                                  .arg(done->codes)
                                  .arg(done->selections)
                                  .arg(done->notes)
                           << Qt::endl;
                if (done->withheldInterviews || done->withheldSegments || done->withheldQuotes ||
                    done->withdrawnParticipants)
                    call.out()
                        << tr("Left out under the consent rule: %1 participants who withdrew, %2 interviews, "
                              "%3 transcript segments, %4 quotes, %5 recordings.")
                               .arg(done->withdrawnParticipants)
                               .arg(done->withheldInterviews)
                               .arg(done->withheldSegments)
                               .arg(done->withheldQuotes)
                               .arg(done->withheldRecordings)
                        << Qt::endl;
                if (done->detachedQuotes)
                    call.out() << tr("Left out: %1 quotes no longer on words of their transcript.")
                                      .arg(done->detachedQuotes)
                               << Qt::endl;
                if (!done->recordingsMissing.isEmpty())
                    call.out() << tr("Recordings not in this copy, left out: %1")
                                      .arg(done->recordingsMissing.join(QStringLiteral(", ")))
                               << Qt::endl;
                call.out() << tr("A .qdpx cannot carry: %1.")
                                  .arg(ops::QdpxExported::notCarried().join(QStringLiteral("; ")))
                           << Qt::endl;
                return int(Ok);
            }
            const QString file = call.arg(1);
            if (action == QLatin1String("preview")) {
                auto preview = ops::previewQdpx(file);
                if (!preview)
                    return call.fail(preview.error());
                call.out() << tr("%1 (written by %2): %3 sources, %4 cases, %5 codes, %6 coded selections, "
                                 "%7 notes, "
                                 "%8 users.")
                                  .arg(preview->project,
                                       preview->origin.isEmpty() ? tr("an unnamed tool") : preview->origin,
                                       QString::number(preview->sources), QString::number(preview->cases),
                                       QString::number(preview->codes), QString::number(preview->selections),
                                       QString::number(preview->notes), QString::number(preview->users))
                           << Qt::endl;
                for (const auto& v : preview->variables)
                    call.out() << tr("  variable “%1” (%2; on %3 cases, %4 sources; e.g. %5) → %6")
                                      .arg(v.name, v.type, QString::number(v.cases),
                                           QString::number(v.sources), v.samples.join(QStringLiteral(", ")),
                                           v.field.isEmpty() ? QStringLiteral("none") : v.field)
                               << Qt::endl;
                call.out() << tr("Fields: %1, none (--map NAME=FIELD).")
                                  .arg(ops::qdpxFields().join(QStringLiteral(", ")))
                           << Qt::endl;
                return int(Ok);
            }
            if (action != QLatin1String("import"))
                return call.usage(tr("Unknown action \"%1\"; use export, preview or import.").arg(action));
            ops::QdpxImportOptions options;
            for (const QString& pair : call.values(map)) {
                const QString name = pair.section(QLatin1Char('='), 0, 0).trimmed();
                QString field = pair.section(QLatin1Char('='), 1).trimmed();
                if (field.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
                    field.clear();
                else {
                    const QStringList fields = ops::qdpxFields();
                    const auto it = std::find_if(fields.begin(), fields.end(), [&](const QString& f) {
                        return f.compare(field, Qt::CaseInsensitive) == 0;
                    });
                    if (name.isEmpty() || it == fields.end())
                        return call.usage(tr("--map %1: use NAME=FIELD with FIELD one of %2, none.")
                                              .arg(pair, fields.join(QStringLiteral(", "))));
                    field = *it;
                }
                options.fields.insert(name, field);
            }
            Result<ops::QdpxReport> report;
            if (call.isSet(into)) {
                if (call.positional().size() != 2)
                    return call.usage(tr("Give either DEST or --into PATH, not both."));
                auto opened = Project::open(call.value(into));
                if (!opened)
                    return call.fail(opened.error());
                ops::Session session(**opened);
                report = ops::importQdpxInto(session, file, options);
            } else {
                if (call.positional().size() != 3)
                    return call.usage(tr("import needs a destination: qdpx import FILE.qdpx DEST"));
                report = ops::importQdpx(file, call.arg(2), options);
            }
            if (!report)
                return call.fail(report.error());
            call.out() << report->text() << Qt::endl;
            return int(Ok);
        });
}

} // namespace tianye::cli
