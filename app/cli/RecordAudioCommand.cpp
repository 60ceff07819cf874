// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "cli/RecordAudioCommand.h"

#include "core/TimeCode.h"
#include "media/Recorder.h"
#include "media/Recording.h"
#include "ops/Media.h"
#include "store/InterviewRepository.h"
#include "store/Project.h"

#include <QDir>
#include <QEventLoop>
#include <QMediaDevices>
#include <QTimer>

namespace tianye::cli {

int RecordAudioCommand::run(CliContext& ctx, const QStringList& args)
{
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
    return ctx.command(
        args,
        {tr("tianye-cli record PATH --interview ID --seconds N\nRecords from the "
            "microphone into the interview. The audio is on disk as it arrives: if the "
            "recording is cut short, --recover keeps what was recorded."),
         tr("PATH"),
         0,
         1,
         {interview, seconds, keep, device, recover, devices}},
        [&](Call& call) {
            if (call.isSet(devices)) {
                for (const QAudioDevice& d : QMediaDevices::audioInputs())
                    call.out() << d.description()
                               << (d == QMediaDevices::defaultAudioInput() ? tr(" (default)") : QString())
                               << Qt::endl;
                return int(Ok);
            }
            if (call.positional().isEmpty())
                return call.usage(tr("Give the project PATH."));
            const auto codec = media::recordingCodecFromKey(call.value(keep));
            if (!codec)
                return call.usage(tr("Unknown format \"%1\"; use opus, flac or wav.").arg(call.value(keep)));
            if (!call.session())
                return call.exitCode();
            Project* project = call.project();
            const QString folder = media::Recording::folderOf(*project);

            if (call.isSet(recover)) {
                const auto found = media::Recording::unfinished(folder);
                if (found.empty())
                    call.out() << tr("No unfinished recordings.") << Qt::endl;
                for (const media::UnfinishedRecording& r : found) {
                    auto kept = ops::recoverRecording(*call.session(), r, *codec);
                    if (!kept)
                        return call.fail(kept.error());
                    call.out() << tr("Recovered %1 of audio started %2 into interview %3")
                                      .arg(formatTimeCode(r.durationMs), r.started, r.interviewUuid)
                               << Qt::endl;
                }
                return int(Ok);
            }
            if (!call.isSet(interview) || !call.isSet(seconds))
                return call.usage(tr("Give --interview ID and --seconds N."));
            const auto id = call.interview(interview);
            if (!id)
                return call.exitCode();
            bool ok = false;
            const double length = call.value(seconds).toDouble(&ok);
            if (!ok || length <= 0)
                return call.usage(tr("--seconds takes a positive number."));
            QAudioDevice input = QMediaDevices::defaultAudioInput();
            if (call.isSet(device)) {
                input = {};
                for (const QAudioDevice& d : QMediaDevices::audioInputs())
                    if (d.description() == call.value(device))
                        input = d;
                if (input.isNull())
                    return call.fail(tr("There is no microphone \"%1\".").arg(call.value(device)));
            }
            const QString uuid = project->interviews().get(*id)->uuid;

            media::Recorder recorder;
            if (auto started = recorder.start(input, folder, uuid); !started)
                return call.fail(started.error());
            call.out() << tr("Recording to %1").arg(QDir::toNativeSeparators(recorder.wavPath())) << Qt::endl;
            QEventLoop loop;
            QTimer progress;
            progress.setInterval(250);
            QObject::connect(&progress, &QTimer::timeout, &loop, [&] {
                // The audio that has reached the file (for scripts and the crash test).
                call.out() << tr("recorded %1 ms").arg(recorder.durationMs()) << Qt::endl;
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
                return call.fail(failure);
            auto wav = recorder.stop();
            if (!wav)
                return call.fail(wav.error());
            auto kept = ops::keepRecording(*call.session(), *id, *wav, recorder.markers(), *codec);
            if (!kept)
                return call.fail(kept.error());
            call.out()
                << tr("Attached %1 of audio to the interview.").arg(formatTimeCode(recorder.durationMs()))
                << Qt::endl;
            return int(Ok);
        });
}

} // namespace tianye::cli
