// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "WaveformBench.h"

#include "BenchOutput.h"
#include "media/PcmDecoder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

namespace tianye::bench {

namespace {

bool gst(const QString& pipeline, qint64* ms = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("gst-launch-1.0 -q ") + pipeline});
    const bool ok = p.waitForFinished(30 * 60 * 1000) && p.exitCode() == 0;
    if (ms)
        *ms = timer.elapsed();
    return ok;
}

struct Run
{
    double firstPeaksMs = -1;
    double allPeaksMs = -1;
    double pcmMs = -1; // the player's PCM (decoded beside the peaks)
    bool ok = false;
};

Run decode(const QString& file, const QString& cache)
{
    Run run;
    QElapsedTimer timer;
    timer.start();
    media::PcmDecoder decoder(file, cache);
    QEventLoop loop;
    QObject::connect(&decoder, &media::PcmDecoder::peaksChanged, &loop, [&] {
        if (run.firstPeaksMs < 0 && decoder.peaks().size() > 0)
            run.firstPeaksMs = double(timer.nsecsElapsed()) / 1e6;
    });
    QObject::connect(&decoder, &media::PcmDecoder::peaksReady, &loop,
                     [&] { run.allPeaksMs = double(timer.nsecsElapsed()) / 1e6; });
    QObject::connect(&decoder, &media::PcmDecoder::finished, &loop, [&](bool ok, const QString& message) {
        run.ok = ok;
        run.pcmMs = double(timer.nsecsElapsed()) / 1e6;
        if (!ok)
            std::fprintf(stderr, "%s\n", qPrintable(message));
        loop.quit();
    });
    decoder.start();
    loop.exec();
    return run;
}

} // namespace

int runWaveform(const QStringList& args)
{
    const int minutes = option(args, QStringLiteral("--minutes"), QStringLiteral("60")).toInt();
    const QString base = option(args, QStringLiteral("--dir"), QDir::tempPath());
    QTemporaryDir dir(QDir(base).filePath(QStringLiteral("tianye-bench-XXXXXX")));
    if (!dir.isValid() || minutes < 1) {
        std::fprintf(stderr, "tianye-bench waveform: needs --minutes >= 1 and a writable --dir\n");
        return 2;
    }
    const QString bench = QStringLiteral("waveform");
    // A field recording: 44.1 kHz mono, speech-like noise bursts.
    const qint64 buffers = qint64(minutes) * 60 * 10; // 100 ms buffers
    const QString source =
        QStringLiteral("audiotestsrc wave=pink-noise num-buffers=%1 samplesperbuffer=4410 ! "
                       "audio/x-raw,rate=44100,channels=1 ! audioconvert")
            .arg(buffers);
    const QList<QPair<QString, QString>> formats{
        {QStringLiteral("wav"), QStringLiteral("wavenc")},
        {QStringLiteral("mp3"), QStringLiteral("lamemp3enc bitrate=64")},
        {QStringLiteral("m4a"), QStringLiteral("avenc_aac ! mp4mux")},
        {QStringLiteral("opus"), QStringLiteral("audioresample ! audio/x-raw,rate=48000 ! opusenc ! oggmux")},
    };
    const QStringList wanted =
        option(args, QStringLiteral("--formats"), QStringLiteral("wav,mp3,m4a,opus")).split(QLatin1Char(','));
    for (const auto& [ext, encoder] : formats) {
        if (!wanted.contains(ext))
            continue;
        const QString file = dir.filePath(QStringLiteral("rec.") + ext);
        qint64 made = 0;
        if (!gst(QStringLiteral("%1 ! %2 ! filesink location='%3'").arg(source, encoder, file), &made)) {
            std::fprintf(stderr, "cannot make the %s recording (gstreamer1.0-tools, -ugly, -libav)\n",
                         qPrintable(ext));
            return 1;
        }
        const QString metric = ext + QLatin1Char('_');
        report(bench, metric + QStringLiteral("file_size"), double(QFileInfo(file).size()) / (1 << 20),
               QStringLiteral("MiB"));
        qint64 plain = 0;
        gst(QStringLiteral("filesrc location='%1' ! decodebin ! fakesink").arg(file), &plain);
        report(bench, metric + QStringLiteral("gstreamer_decode_alone"), double(plain), QStringLiteral("ms"));
        const QString cache = media::PcmDecoder::cachePath(dir.filePath(QStringLiteral("cache")), ext);
        const Run first = decode(file, cache);
        if (!first.ok)
            return 1;
        report(bench, metric + QStringLiteral("first_peaks"), first.firstPeaksMs, QStringLiteral("ms"));
        report(bench, metric + QStringLiteral("all_peaks"), first.allPeaksMs, QStringLiteral("ms"));
        report(bench, metric + QStringLiteral("all_peaks_vs_gstreamer"),
               first.allPeaksMs / double(std::max<qint64>(plain, 1)), QStringLiteral("ratio"));
        report(bench, metric + QStringLiteral("player_ready"), first.pcmMs, QStringLiteral("ms"));
        const Run cached = decode(file, cache);
        report(bench, metric + QStringLiteral("from_cache"), cached.allPeaksMs, QStringLiteral("ms"));
        report(bench, metric + QStringLiteral("peak_rss"), peakRssMiB(), QStringLiteral("MiB"));
        QFile::remove(file);
    }
    return 0;
}

} // namespace tianye::bench
