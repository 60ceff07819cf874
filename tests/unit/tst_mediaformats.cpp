// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "AudioTestSupport.h"
#include "TestSupport.h"
#include "media/MediaLibrary.h"
#include "media/PcmDecoder.h"
#include "media/Peaks.h"
#include "media/Player.h"
#include "ops/Media.h"
#include "store/CityRepository.h"
#include "store/InterviewRepository.h"
#include "store/MediaRepository.h"
#include "store/Project.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tianye;
using namespace tianye::media;

// Every recording format a field team brings (WAV, MP3, M4A/AAC, Ogg/Opus, FLAC,
// AMR from phone recorders) decodes, lasts as long as it should, and draws the
// waveform it should; the waveform is cached and reused. Files are made in the
// set-up from one known tone with GStreamer's own encoders.
class TestMediaFormats final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void decode_eachFormat_data();
    void decode_eachFormat();
    void peaks_areCachedAndReused();
    void peaks_areTenMillisecondsAtAnyRate();
    void cli_attachAudio_andMedia();
    void missingFile_isRelinkedOnlyToTheSameContent();
    void damagedCopy_foundByDeepCheck_andRepairedByAttachingTheOriginal();
    void decodeOnAFullDisk_failsNamingTheFile_andLeavesNothing();

private:
    struct Decoded
    {
        bool ok = false;
        QString message;
        qint64 ms = 0;
        Peaks peaks;
    };
    Decoded decode(const QString& file, const QString& cacheName);
    QTemporaryDir m_dir;
    QString m_wav;
};

namespace {

// Loudness of each second of the source tone.
const QList<double> Levels{0.2, 0.6, 1.0, 0.4, 0.8, 0.3};

} // namespace

void TestMediaFormats::initTestCase()
{
    m_wav = m_dir.filePath(QStringLiteral("tone.wav"));
    QVERIFY(test::writeToneWav(m_wav, 16'000, Levels));
    const QList<QPair<QString, QString>> encoders{
        {QStringLiteral("mp3"), QStringLiteral("lamemp3enc")},
        {QStringLiteral("m4a"), QStringLiteral("avenc_aac ! mp4mux")},
        {QStringLiteral("ogg"), QStringLiteral("audioresample ! audio/x-raw,rate=48000 ! opusenc ! oggmux")},
        {QStringLiteral("flac"), QStringLiteral("flacenc")},
        {QStringLiteral("amr"),
         QStringLiteral("audioresample ! audio/x-raw,rate=8000 ! amrnbenc ! avmux_amr")},
    };
    for (const auto& [ext, encoder] : encoders) {
        const QString out = m_dir.filePath(QStringLiteral("tone.") + ext);
        QProcess gst;
        gst.setProcessChannelMode(QProcess::MergedChannels);
        gst.start(
            QStringLiteral("sh"),
            {QStringLiteral("-c"), QStringLiteral("gst-launch-1.0 -q filesrc location='%1' ! wavparse ! "
                                                  "audioconvert ! %2 ! filesink location='%3'")
                                       .arg(m_wav, encoder, out)});
        QVERIFY2(gst.waitForFinished(60'000), "gst-launch-1.0 (gstreamer1.0-tools) must be installed");
        QVERIFY2(gst.exitCode() == 0 && QFileInfo(out).size() > 1000,
                 qPrintable(QStringLiteral("%1: %2").arg(ext, QString::fromLocal8Bit(gst.readAll()))));
    }
}

TestMediaFormats::Decoded TestMediaFormats::decode(const QString& file, const QString& cacheName)
{
    Decoded d;
    PcmDecoder decoder(file, PcmDecoder::cachePath(m_dir.filePath(QStringLiteral("cache")), cacheName));
    QSignalSpy done(&decoder, &PcmDecoder::finished);
    decoder.start();
    if (!done.wait(60'000))
        return d;
    d.ok = done.first().at(0).toBool();
    d.message = done.first().at(1).toString();
    d.ms = QFileInfo(decoder.cachePath()).size() / 2 * 1000 / PcmDecoder::SampleRate;
    d.peaks = decoder.peaks();
    return d;
}

void TestMediaFormats::decode_eachFormat_data()
{
    QTest::addColumn<QString>("ext");
    QTest::addColumn<double>("tolerance"); // of the peak level, after the codec
    QTest::newRow("WAV") << "wav" << 0.02;
    QTest::newRow("MP3") << "mp3" << 0.15;
    QTest::newRow("M4A/AAC") << "m4a" << 0.15;
    QTest::newRow("Ogg/Opus") << "ogg" << 0.2;
    QTest::newRow("FLAC") << "flac" << 0.02;
    QTest::newRow("AMR") << "amr" << 0.35;
}

void TestMediaFormats::decode_eachFormat()
{
    QFETCH(QString, ext);
    QFETCH(double, tolerance);
    const Decoded d = decode(m_dir.filePath(QStringLiteral("tone.") + ext), QStringLiteral("tone-") + ext);
    QVERIFY2(d.ok, qPrintable(d.message));
    // Codecs pad a little at the ends (MP3 and Opus most).
    QVERIFY2(std::abs(d.ms - 6000) <= 120, qPrintable(QString::number(d.ms)));
    QVERIFY2(std::abs(d.peaks.durationMs() - d.ms) <= 10,
             qPrintable(QStringLiteral("%1 vs %2").arg(d.peaks.durationMs()).arg(d.ms)));
    // The waveform has the tone's shape: each second as loud as it was made.
    QList<double> measured;
    for (int second = 0; second < Levels.size(); ++second) {
        const auto [lo, hi] = d.peaks.range(second * 1000 + 250, second * 1000 + 750);
        measured << double(hi);
        QVERIFY2(
            std::abs(hi - Levels[second] * 0.9) <= tolerance,
            qPrintable(QStringLiteral("second %1: %2 for %3").arg(second).arg(hi).arg(Levels[second] * 0.9)));
        QVERIFY(lo < -0.5 * Levels[second] * 0.9);
    }
    // Loudest and quietest seconds in the right places.
    QCOMPARE(std::max_element(measured.begin(), measured.end()) - measured.begin(), 2);
    QCOMPARE(std::min_element(measured.begin(), measured.end()) - measured.begin(), 0);
}

void TestMediaFormats::peaks_areCachedAndReused()
{
    const Decoded first = decode(m_wav, QStringLiteral("reuse"));
    QVERIFY(first.ok);
    const QString pcm =
        PcmDecoder::cachePath(m_dir.filePath(QStringLiteral("cache")), QStringLiteral("reuse"));
    const QString peaks = Peaks::pathFor(pcm);
    QVERIFY(QFileInfo::exists(peaks));
    // An hour old: a rewrite would show as a new time.
    const QDateTime written = QDateTime::currentDateTime().addSecs(-3600);
    {
        QFile f(peaks);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(written, QFileDevice::FileModificationTime));
    }
    const Decoded second = decode(m_wav, QStringLiteral("reuse"));
    QVERIFY(second.ok);
    QCOMPARE(QFileInfo(peaks).lastModified(), written);
    QCOMPARE(second.peaks.size(), first.peaks.size());
    for (qsizetype i = 0; i < first.peaks.size(); i += 37)
        QCOMPARE(second.peaks.maxAt(i), first.peaks.maxAt(i));
    // A damaged cache is disposable: rebuilt from the PCM, same waveform.
    QFile f(peaks);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.resize(100);
    f.close();
    const Decoded third = decode(m_wav, QStringLiteral("reuse"));
    QVERIFY(third.ok);
    QCOMPARE(third.peaks.size(), first.peaks.size());
    QCOMPARE(third.peaks.maxAt(350), first.peaks.maxAt(350));
    QVERIFY(QFileInfo(peaks).size() > 100);
}

void TestMediaFormats::peaks_areTenMillisecondsAtAnyRate()
{
    // Rates whose 10 ms are not a whole number of samples, fed in odd-sized pieces,
    // and handed over in batches as PeakScanner does: one bucket per 10 ms, each the
    // extremes of its own samples.
    for (const int rate : {8'000, 11'025, 22'050, 44'100, 48'000}) {
        std::vector<qint16> samples(size_t(rate) * 2); // 2 s: a ramp in each 10 ms
        for (size_t i = 0; i < samples.size(); ++i)
            samples[i] = qint16((i * 100 % size_t(rate)) * 30'000 / size_t(rate));
        Peaks filling;
        filling.clear(rate);
        Peaks whole;
        size_t at = 0;
        for (size_t piece = 1; at < samples.size(); piece = piece * 7 % 1013 + 1) {
            const size_t n = std::min(piece, samples.size() - at);
            filling.add(samples.data() + at, qint64(n));
            at += n;
            auto [lows, highs] = filling.takeFinished();
            if (whole.size() == 0)
                whole.clear(rate);
            whole.append(lows, highs);
        }
        filling.finish();
        auto [lows, highs] = filling.takeFinished();
        whole.append(lows, highs);
        QCOMPARE(whole.size(), 200);
        QCOMPARE(whole.durationMs(), 2000);
        for (qsizetype b = 0; b < whole.size(); ++b) {
            const qint64 from = (b * rate + 99) / 100;
            const qint64 to = ((b + 1) * rate + 99) / 100;
            const auto [lo, hi] = std::minmax_element(samples.begin() + from, samples.begin() + to);
            QCOMPARE(whole.minAt(b), *lo);
            QCOMPARE(whole.maxAt(b), *hi);
        }
    }
}

void TestMediaFormats::cli_attachAudio_andMedia()
{
    const QString project = m_dir.filePath(QStringLiteral("cli.tianye"));
    auto run = test::runCli({QStringLiteral("init"), project});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = test::runCli({QStringLiteral("city"), QStringLiteral("add"), project, QStringLiteral("大同")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = test::runCli({QStringLiteral("interview"), QStringLiteral("add"), project, QStringLiteral("--city"),
                        QStringLiteral("大同"), QStringLiteral("--participant"), QStringLiteral("DT-001")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString interview = run.out.trimmed().split(QLatin1Char('\n')).last().trimmed();

    for (const char* ext : {"mp3", "m4a", "amr"}) {
        run = test::runCli({QStringLiteral("attach-audio"), project, QStringLiteral("--interview"), interview,
                            m_dir.filePath(QStringLiteral("tone.") + QLatin1String(ext))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    // The same recording twice is stored once.
    run = test::runCli({QStringLiteral("attach-audio"), project, QStringLiteral("--interview"), interview,
                        m_dir.filePath(QStringLiteral("tone.mp3"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(QDir(project + QStringLiteral("/media")).entryList(QDir::Files).size(), 3);
    // Not audio: refused by name, nothing stored.
    const QString notes = m_dir.filePath(QStringLiteral("notes.mp3"));
    QFile f(notes);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("these are typed notes, not a recording\n");
    f.close();
    run = test::runCli(
        {QStringLiteral("attach-audio"), project, QStringLiteral("--interview"), interview, notes});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("notes.mp3")), qPrintable(run.err));

    run = test::runCli({QStringLiteral("media"), project, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(rows.size(), 4);
    QSet<QString> formats;
    for (const auto& row : rows) {
        const QJsonObject o = row.toObject();
        formats << o.value(QStringLiteral("format")).toString();
        QVERIFY2(std::abs(o.value(QStringLiteral("duration_ms")).toInteger() - 6000) <= 120,
                 qPrintable(QString::number(o.value(QStringLiteral("duration_ms")).toInteger())));
        QCOMPARE(o.value(QStringLiteral("missing")).toBool(), false);
    }
    QCOMPARE(formats, (QSet<QString>{QStringLiteral("mp3"), QStringLiteral("m4a"), QStringLiteral("amr")}));

    // A file name with a tab and a line break stays on its line, escaped; JSON has it whole.
    const QString odd = m_dir.filePath(QStringLiteral("call\tpart\ntwo.wav"));
    QVERIFY(QFile::copy(m_wav, odd));
    run = test::runCli(
        {QStringLiteral("attach-audio"), project, QStringLiteral("--interview"), interview, odd});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = test::runCli({QStringLiteral("media"), project});
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 1 + 5);
    for (const QString& line : lines)
        QCOMPARE(line.count(QLatin1Char('\t')), 5);
    QVERIFY2(run.out.contains(QStringLiteral("call\\tpart\\ntwo.wav")), qPrintable(run.out));
    run = test::runCli({QStringLiteral("media"), project, QStringLiteral("--json")});
    bool whole = false;
    for (const auto& row : QJsonDocument::fromJson(run.out.toUtf8()).array())
        whole |= row.toObject().value(QStringLiteral("name")).toString() == QFileInfo(odd).fileName();
    QVERIFY(whole);
}

// A media file damaged in place keeps its size: only its SHA-256 tells, and attaching
// the original again puts the right content back.
void TestMediaFormats::damagedCopy_foundByDeepCheck_andRepairedByAttachingTheOriginal()
{
    const QString project = m_dir.filePath(QStringLiteral("deep.tianye"));
    QCOMPARE(test::runCli({QStringLiteral("init"), project}).exitCode, 0);
    QCOMPARE(test::runCli({QStringLiteral("city"), QStringLiteral("add"), project, QStringLiteral("大同")})
                 .exitCode,
             0);
    auto run = test::runCli({QStringLiteral("interview"), QStringLiteral("add"), project,
                             QStringLiteral("--city"), QStringLiteral("大同")});
    const QString interview = run.out.trimmed();
    run = test::runCli(
        {QStringLiteral("attach-audio"), project, QStringLiteral("--interview"), interview, m_wav});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString stored =
        QDir(project + QStringLiteral("/media")).entryInfoList(QDir::Files).front().filePath();
    {
        QFile f(stored);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write(QByteArray(4096, '\x55')); // a bad block, same size
    }
    QCOMPARE(test::runCli({QStringLiteral("check"), project}).exitCode, 0); // sizes agree
    run = test::runCli({QStringLiteral("check"), project, QStringLiteral("--deep")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("damaged")) && run.out.contains(QStringLiteral("tone.wav")),
             qPrintable(run.out));
    run = test::runCli(
        {QStringLiteral("attach-audio"), project, QStringLiteral("--interview"), interview, m_wav});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = test::runCli({QStringLiteral("check"), project, QStringLiteral("--deep")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out));
}

// The player's decoded copy does not fit on the disk: the player says so, naming the
// file, and nothing half-written is left in the cache (it said "Preparing the audio…"
// for ever, "Unknown error" in a tooltip, and left an empty peaks file).
void TestMediaFormats::decodeOnAFullDisk_failsNamingTheFile_andLeavesNothing()
{
    TIANYE_NEED(test::SmallDisk::unavailable());
    test::SmallDisk disk;
    const QString cache = m_dir.filePath(QStringLiteral("small-cache"));
    const QString why = disk.mount(cache, 64 * 1024); // the 6 s of PCM need 192 KB
    QVERIFY2(why.isEmpty(), qPrintable(why));
    media::Player player;
    QSignalSpy failed(&player, &media::Player::failed);
    QSignalSpy ready(&player, &media::Player::ready);
    player.load(m_wav, PcmDecoder::cachePath(cache, QStringLiteral("full")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30'000);
    QCOMPARE(ready.size(), 0);
    QCOMPARE(player.state(), media::Player::State::Failed);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(cache) && message.contains(QStringLiteral("disk")) &&
                 message.contains(QStringLiteral("full")),
             qPrintable(message));
    QDirIterator left(cache, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (left.hasNext())
        files << left.next();
    QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char(' '))));
}

void TestMediaFormats::missingFile_isRelinkedOnlyToTheSameContent()
{
    auto created = Project::create(m_dir.filePath(QStringLiteral("relink.tianye")));
    QVERIFY(created);
    Project& project = **created;
    City city;
    city.name = QStringLiteral("烟台");
    const RowId cityId =
        *test::write(project, [&](const WriteScope& w) { return project.cities().add(w, city); });
    Interview iv;
    iv.cityId = cityId;
    const RowId interview =
        *test::write(project, [&](const WriteScope& w) { return project.interviews().add(w, iv); });
    media::MediaLibrary library(project);
    ops::Session session(project);
    auto id = ops::attachFile(session, interview, m_wav);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    const Media media = *project.media().get(*id);
    const QString stored = library.pathOf(media);
    QVERIFY(QFile::remove(stored));

    // Another recording is refused, by name, and nothing is put in its place.
    auto wrong = library.relink(media, m_dir.filePath(QStringLiteral("tone.flac")));
    QVERIFY(!wrong);
    QVERIFY2(wrong.error().message.contains(QStringLiteral("tone.flac")) &&
                 wrong.error().message.contains(media.originalName),
             qPrintable(wrong.error().message));
    QVERIFY(!QFileInfo::exists(stored));
    // A copy of the same recording (renamed, elsewhere) is taken back.
    const QString copy = m_dir.filePath(QStringLiteral("found on the SD card.wav"));
    QVERIFY(QFile::copy(m_wav, copy));
    QVERIFY(library.relink(media, copy));
    QCOMPARE(*media::MediaLibrary::sha256Of(stored), media.sha256);
    // A damaged copy in media/ is replaced the same way.
    QFile damaged(stored);
    QVERIFY(damaged.open(QIODevice::ReadWrite));
    damaged.resize(1000);
    damaged.close();
    QVERIFY(library.relink(media, copy));
    QCOMPARE(*media::MediaLibrary::sha256Of(stored), media.sha256);
}

QTEST_GUILESS_MAIN(TestMediaFormats)
#include "tst_mediaformats.moc"
