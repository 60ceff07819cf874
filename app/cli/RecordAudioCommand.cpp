// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "cli/RecordAudioCommand.h"

#include "core/TimeCode.h"
#include "media/Recorder.h"
#include "media/Recording.h"
#include "store/InterviewRepository.h"
#include "store/Project.h"

#include <QDir>
#include <QEventLoop>
#include <QMediaDevices>
#include <QTimer>

namespace tianye::cli {

int RecordAudioCommand::run(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption interview(QStringLiteral("interview"), tr("The interview (id or UUID)."),
                                       tr("ID"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), tr("How long to record."), tr("N"));
    const QCommandLineOption keep(
        QStringLiteral("keep"),
        tr("How to keep the recording: opus (compact, the default), flac (lossless) or "
           "wav."),
        tr("FORMAT"), QStringLiteral("opus"));
    const QCommandLineOption device(QStringLiteral("device"),
                                    tr("The microphone (by description; default: the "
                                       "system's)."),
                                    tr("NAME"));
    const QCommandLineOption recover(QStringLiteral("recover"),
                                     tr("Keep every unfinished recording (after a crash) in its interview."));
    const QCommandLineOption devices(QStringLiteral("devices"), tr("List the microphones."));
    parser.addOptions({interview, seconds, keep, device, recover, devices});
    const int parsed =
        ctx.parse(parser, args,
                  tr("tianye-cli record PATH --interview ID --seconds N\nRecords from the "
                     "microphone into the interview. The audio is on disk as it arrives: if the "
                     "recording is cut short, --recover keeps what was recorded."),
                  tr("PATH"), 0, 1);
    if (parsed >= 0)
        return parsed;
    if (parser.isSet(devices)) {
        for (const QAudioDevice& d : QMediaDevices::audioInputs())
            ctx.out() << d.description()
                      << (d == QMediaDevices::defaultAudioInput() ? tr(" (default)") : QString()) << Qt::endl;
        return Ok;
    }
    if (parser.positionalArguments().isEmpty())
        return ctx.usageError(parser, tr("Give the project PATH."));
    const auto codec = media::recordingCodecFromKey(parser.value(keep));
    if (!codec)
        return ctx.usageError(parser,
                              tr("Unknown format \"%1\"; use opus, flac or wav.").arg(parser.value(keep)));
    int code = Ok;
    auto project = ctx.open(parser.positionalArguments().at(0), code);
    if (!project)
        return code;
    const QString folder = media::Recording::folderOf(*project);

    if (parser.isSet(recover)) {
        const auto found = media::Recording::unfinished(folder);
        if (found.empty())
            ctx.out() << tr("No unfinished recordings.") << Qt::endl;
        for (const media::UnfinishedRecording& r : found) {
            auto kept = media::Recording::keep(*project, r, *codec);
            if (!kept)
                return ctx.error(kept.error());
            ctx.out() << tr("Recovered %1 of audio started %2 into interview %3")
                             .arg(formatTimeCode(r.durationMs), r.started, r.interviewUuid)
                      << Qt::endl;
        }
        return Ok;
    }
    if (!parser.isSet(interview) || !parser.isSet(seconds))
        return ctx.usageError(parser, tr("Give --interview ID and --seconds N."));
    auto id = CliContext::interviewNamed(*project, parser.value(interview));
    if (!id)
        return ctx.error(id.error());
    bool ok = false;
    const double length = parser.value(seconds).toDouble(&ok);
    if (!ok || length <= 0)
        return ctx.usageError(parser, tr("--seconds takes a positive number."));
    QAudioDevice input = QMediaDevices::defaultAudioInput();
    if (parser.isSet(device)) {
        input = {};
        for (const QAudioDevice& d : QMediaDevices::audioInputs())
            if (d.description() == parser.value(device))
                input = d;
        if (input.isNull())
            return ctx.error(tr("There is no microphone \"%1\".").arg(parser.value(device)));
    }
    const QString uuid = project->interviews().get(*id)->uuid;

    media::Recorder recorder;
    if (auto started = recorder.start(input, folder, uuid); !started)
        return ctx.error(started.error());
    ctx.out() << tr("Recording to %1").arg(QDir::toNativeSeparators(recorder.wavPath())) << Qt::endl;
    QEventLoop loop;
    QTimer progress;
    progress.setInterval(250);
    QObject::connect(&progress, &QTimer::timeout, &loop, [&] {
        // The audio that has reached the file (for scripts and the crash test).
        ctx.out() << tr("recorded %1 ms").arg(recorder.durationMs()) << Qt::endl;
    });
    progress.start();
    Error failure;
    bool failed = false;
    QObject::connect(&recorder, &media::Recorder::failed, &loop, [&](const Error& e) {
        failure = e;
        failed = true;
        loop.quit();
    });
    QTimer::singleShot(int(length * 1000), &loop, &QEventLoop::quit);
    loop.exec();
    if (failed)
        return ctx.error(failure);
    auto wav = recorder.stop();
    if (!wav)
        return ctx.error(wav.error());
    auto kept = media::Recording::keep(*project, *id, *wav, recorder.markers(), *codec);
    if (!kept)
        return ctx.error(kept.error());
    ctx.out() << tr("Attached %1 of audio to the interview.").arg(formatTimeCode(recorder.durationMs()))
              << Qt::endl;
    return Ok;
}

} // namespace tianye::cli
