// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "cli/MediaCommands.h"

#include "media/MediaLibrary.h"
#include "media/PcmDecoder.h"
#include "store/MediaRepository.h"
#include "store/Project.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    QCommandLineParser parser;
    const QCommandLineOption interview(QStringLiteral("interview"), tr("Interview id or UUID (required)."),
                                       tr("ID"));
    parser.addOption(interview);
    const int parsed =
        ctx.parse(parser, args,
                  tr("tianye-cli attach-audio PATH --interview ID FILE\nCopies a recording (WAV, "
                     "MP3, M4A/AAC, Ogg/Opus, FLAC, AMR) into the project, stored once by its "
                     "SHA-256, and attaches it to the interview with its format, duration and size."),
                  tr("PATH FILE"), 2, 2);
    if (parsed >= 0)
        return parsed;
    if (!parser.isSet(interview))
        return ctx.usageError(parser, tr("--interview is required."));
    int code = Ok;
    auto project = ctx.open(parser.positionalArguments().at(0), code);
    if (!project)
        return code;
    auto id = CliContext::interviewNamed(*project, parser.value(interview));
    if (!id)
        return ctx.error(id.error());
    const QString file = parser.positionalArguments().at(1);
    auto sha = media::MediaLibrary::sha256Of(file);
    if (!sha)
        return ctx.error(sha.error());
    // Decoded first: a file that is not audio is refused before anything is stored.
    auto duration = decodeInto(*project, file, *sha);
    if (!duration)
        return ctx.error(duration.error());
    auto attached = media::MediaLibrary(*project).attach(*id, file, MediaOrigin::Imported, *duration);
    if (!attached)
        return ctx.error(attached.error());
    auto media = project->media().get(*attached);
    if (!media)
        return ctx.error(media.error());
    ctx.out() << tr("Attached %1 to interview %2: media %3, %4, %5 ms, %6 bytes")
                     .arg(QDir::toNativeSeparators(file))
                     .arg(*id)
                     .arg(*attached)
                     .arg(media->format.toUpper())
                     .arg(media->durationMs)
                     .arg(media->sizeBytes)
              << Qt::endl;
    return Ok;
}

int MediaCommands::runList(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of a table."));
    parser.addOption(json);
    const int parsed =
        ctx.parse(parser, args,
                  tr("tianye-cli media PATH\nLists each media file with its interview, format, "
                     "duration in ms and size; files missing from media/ are marked."),
                  tr("PATH"), 1, 1);
    if (parsed >= 0)
        return parsed;
    int code = Ok;
    auto project = ctx.open(parser.positionalArguments().at(0), code);
    if (!project)
        return code;
    auto media = project->media().list();
    if (!media)
        return ctx.error(media.error());
    const media::MediaLibrary library(*project);
    QJsonArray rows;
    if (!parser.isSet(json))
        ctx.out() << tr("ID\tINTERVIEW\tFORMAT\tDURATION_MS\tSIZE\tFILE") << Qt::endl;
    for (const Media& m : *media) {
        const bool missing = !QFileInfo::exists(library.pathOf(m));
        if (parser.isSet(json)) {
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
        ctx.out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6%7")
                         .arg(m.id)
                         .arg(m.interviewId)
                         .arg(m.format)
                         .arg(m.durationMs)
                         .arg(m.sizeBytes)
                         .arg(m.originalName, missing ? tr(" (missing)") : QString())
                  << Qt::endl;
    }
    if (parser.isSet(json))
        ctx.out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    return Ok;
}

} // namespace tianye::cli
