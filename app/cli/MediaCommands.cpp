// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "cli/MediaCommands.h"

#include "media/MediaLibrary.h"
#include "media/PcmDecoder.h"
#include "ops/Media.h"
#include "ops/Session.h"
#include "ops/Team.h"
#include "store/MediaRepository.h"
#include "store/Project.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace tianye::cli {

namespace {

// Decodes the file into the project's cache (as the player will want it) and
// returns its duration, or why it cannot be played.
Result<qint64> decodeInto(Project& project, const QString& file, const QString& sha256)
{
    media::PcmDecoder decoder(file, media::PcmDecoder::cachePath(project.cacheDir(), sha256));
    QEventLoop loop;
    bool ok = false;
    QString message;
    QObject::connect(&decoder, &media::PcmDecoder::finished, &loop, [&](bool success, const QString& why) {
        ok = success;
        message = why;
        loop.quit();
    });
    decoder.start();
    loop.exec();
    if (!ok)
        return fail(Error::Code::InvalidArgument, message);
    return QFileInfo(decoder.cachePath()).size() / 2 * 1000 / media::PcmDecoder::SampleRate;
}

} // namespace

int MediaCommands::runAttach(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption interview(QStringLiteral("interview"), tr("Interview id or UUID (required)."),
                                       tr("ID"));
    return ctx.command(args,
                       {tr("tianye-cli attach-audio PATH --interview ID FILE\nCopies a recording (WAV, MP3, "
                           "M4A/AAC, Ogg/Opus, "
                           "FLAC, AMR) into the project, stored once by its SHA-256, and attaches it to the "
                           "interview with its "
                           "format, duration and size."),
                        tr("PATH FILE"),
                        2,
                        2,
                        {interview}},
                       [&](Call& call) {
                           if (!call.isSet(interview))
                               return call.usage(tr("--interview is required."));
                           const auto id = call.interview(interview);
                           if (!id)
                               return call.exitCode();
                           Project& project = *call.project();
                           const QString file = call.arg(1);
                           auto sha = media::MediaLibrary::sha256Of(file);
                           if (!sha)
                               return call.fail(sha.error());
                           // Decoded first: a file that is not audio is refused before anything is stored.
                           auto duration = decodeInto(project, file, *sha);
                           if (!duration)
                               return call.fail(duration.error());
                           auto stored =
                               media::MediaLibrary(project).store(file, MediaOrigin::Imported, *duration);
                           if (!stored)
                               return call.fail(stored.error());
                           auto attached = ops::attachMedia(*call.session(), *id, *stored);
                           if (!attached)
                               return call.fail(attached.error());
                           auto media = project.media().get(*attached);
                           if (!media)
                               return call.fail(media.error());
                           call.out() << tr("Attached %1 to interview %2: media %3, %4, %5 ms, %6 bytes")
                                             .arg(QDir::toNativeSeparators(file))
                                             .arg(*id)
                                             .arg(*attached)
                                             .arg(media->format.toUpper())
                                             .arg(media->durationMs)
                                             .arg(media->sizeBytes)
                                      << Qt::endl;
                           return int(Ok);
                       });
}

int MediaCommands::runList(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of a table."));
    const QCommandLineOption fetch(QStringLiteral("fetch-from"),
                                   tr("First copy the recordings this copy lacks from OTHER, another copy of "
                                      "the project (each checked by its SHA-256)."),
                                   tr("OTHER"));
    return ctx.command(args,
                       {tr("tianye-cli media PATH [--fetch-from OTHER] [--json]\nLists each media file with "
                           "its interview, format, duration in ms and size; files missing from media/ are "
                           "marked. --fetch-from first copies the missing ones from another copy that has "
                           "them."),
                        tr("PATH"),
                        1,
                        1,
                        {json, fetch}},
                       [&](Call& call) {
                           // Listing only reads; fetching writes into media/ and the project.
                           if (!(call.isSet(fetch) ? call.project() : call.reading()))
                               return call.exitCode();
                           if (call.isSet(fetch)) {
                               ops::Session* session = call.session();
                               if (!session)
                                   return call.exitCode();
                               auto fetched = ops::fetchMedia(*session, call.value(fetch));
                               if (!fetched)
                                   return call.fail(fetched.error());
                               // What was done goes to stderr: stdout stays the listing.
                               call.err() << tr("%n recording(s) copied (%1).", nullptr, fetched->copied)
                                                 .arg(QLocale().formattedDataSize(fetched->bytes))
                                          << Qt::endl;
                               if (!fetched->missing.isEmpty())
                                   call.err() << tr("Neither copy has these recordings: %1")
                                                     .arg(fetched->missing.join(QStringLiteral(", ")))
                                              << Qt::endl;
                               if (!fetched->problem.isEmpty())
                                   return call.fail({Error::Code::Io, fetched->problem});
                           }
                           auto media = call.project()->media().list();
                           if (!media)
                               return call.fail(media.error());
                           const media::MediaLibrary library(*call.project());
                           QJsonArray rows;
                           if (!call.isSet(json))
                               call.out() << tr("ID\tINTERVIEW\tFORMAT\tDURATION_MS\tSIZE\tFILE") << Qt::endl;
                           for (const Media& m : *media) {
                               const bool missing = !QFileInfo::exists(library.pathOf(m));
                               if (call.isSet(json)) {
                                   rows.append(QJsonObject{{QStringLiteral("id"), m.id},
                                                           {QStringLiteral("interview"), m.interviewId},
                                                           {QStringLiteral("format"), m.format},
                                                           {QStringLiteral("duration_ms"), m.durationMs},
                                                           {QStringLiteral("size"), m.sizeBytes},
                                                           {QStringLiteral("name"), m.originalName},
                                                           {QStringLiteral("sha256"), m.sha256},
                                                           {QStringLiteral("missing"), missing}});
                                   continue;
                               }
                               call.out()
                                   << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6%7")
                                          .arg(m.id)
                                          .arg(m.interviewId)
                                          .arg(m.format)
                                          .arg(m.durationMs)
                                          .arg(m.sizeBytes)
                                          .arg(cell(m.originalName), missing ? tr(" (missing)") : QString())
                                   << Qt::endl;
                           }
                           if (call.isSet(json))
                               call.out()
                                   << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
                           return int(Ok);
                       });
}

} // namespace tianye::cli
