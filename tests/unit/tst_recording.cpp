// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "AudioTestSupport.h"
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "app/ProjectSession.h"
#include "app/Translator.h"
#include "demo/DemoProject.h"
#include "interviews/InterviewPage.h"
#include "main/MainWindow.h"
#include "media/MediaLibrary.h"
#include "media/PcmDecoder.h"
#include "media/Recorder.h"
#include "media/Recording.h"
#include "media/WavInfo.h"
#include "media/WavWriter.h"
#include "ops/Media.h"
#include "ops/Session.h"
#include "player/RecordDialog.h"
#include "store/InterviewRepository.h"
#include "store/MediaRepository.h"
#include "store/Project.h"
#include "transcript/TranscriptEditor.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMediaDevices>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace tianye;

namespace {

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// The decoded length of a media file (GStreamer through PcmDecoder), in ms.
qint64 decodedMs(const QString& file, const QString& cache)
{
    media::PcmDecoder decoder(file, cache);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&decoder, &media::PcmDecoder::finished, &loop, [&](bool done, const QString&) {
        ok = done;
        loop.quit();
    });
    decoder.start();
    loop.exec();
    return ok ? QFileInfo(cache).size() * 1000 / (media::PcmDecoder::SampleRate * 2) : -1;
}

} // namespace

class TestRecording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void record_pauseResumeMarkers_keptAsOpus();
    void keep_flacAndWav();
    void killedWhileRecording_recoveredFromDisk();
    void start_refusedWhereItCannotWrite();
    void diskFills_recordingStops_whatWasWrittenKept();
    void dialog_recordsMarksAndAttaches();
    void openingAProject_offersToRecoverItsRecording();

private:
    std::unique_ptr<Project> newProject(const QString& name);
    RowId firstInterview(Project& project) { return project.interviews().list()->front().id; }

    test::NullAudio m_audio;
    QTemporaryDir m_dir;
};

void TestRecording::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("Tianye-recording"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tianye"));
    ui::Translator::install(QStringLiteral("en"));
    TIANYE_NEED(test::NullAudio::unavailable());
    const QString why = m_audio.start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QVERIFY2(!QMediaDevices::defaultAudioInput().isNull(), "the null source is the default input");
}

std::unique_ptr<Project> TestRecording::newProject(const QString& name)
{
    auto created = demo::DemoProject::create(m_dir.filePath(name));
    return created ? std::move(*created) : nullptr;
}

void TestRecording::record_pauseResumeMarkers_keptAsOpus()
{
    auto project = newProject(QStringLiteral("opus"));
    QVERIFY(project);
    const RowId interview = firstInterview(*project);
    const QString folder = media::Recording::folderOf(*project);

    media::Recorder recorder;
    QSignalSpy levels(&recorder, &media::Recorder::levelChanged);
    QVERIFY(recorder.start(QMediaDevices::defaultAudioInput(), folder,
                           project->interviews().get(interview)->uuid));
    QCOMPARE(recorder.state(), media::Recorder::State::Recording);
    wait(2000);
    recorder.addMarker(QStringLiteral("good quote here"));
    recorder.pause();
    const qint64 paused = recorder.durationMs();
    wait(1000);
    QCOMPARE(recorder.durationMs(), paused); // nothing recorded while paused
    recorder.resume();
    wait(1000);
    recorder.addMarker();
    auto wav = recorder.stop();
    QVERIFY2(wav, wav ? "" : qPrintable(wav.error().message));
    QVERIFY(!levels.isEmpty());
    // About three seconds (PulseAudio's null source hands over its first buffers at once).
    const qint64 recorded = recorder.durationMs();
    QVERIFY2(recorded >= 2500 && recorded <= 5000, qPrintable(QString::number(recorded)));
    auto info = media::readWavInfo(*wav);
    QVERIFY(info);
    QCOMPARE(info->durationMs(), recorded);
    QCOMPARE(recorder.markers().size(), 2);
    QCOMPARE(recorder.markers().at(0).label, QStringLiteral("good quote here"));
    QVERIFY(recorder.markers().at(0).timeMs <= paused && recorder.markers().at(0).timeMs >= 1500);
    QVERIFY(recorder.markers().at(1).timeMs > paused);

    ops::Session session(*project);
    auto media =
        ops::keepRecording(session, interview, *wav, recorder.markers(), media::RecordingCodec::Opus);
    QVERIFY2(media, media ? "" : qPrintable(media.error().message));
    const Media stored = *project->media().get(*media);
    QCOMPARE(stored.origin, MediaOrigin::Recorded);
    QCOMPARE(stored.format, QStringLiteral("opus"));
    QCOMPARE(stored.durationMs, recorded);
    const QString file = media::MediaLibrary(*project).pathOf(stored);
    // Compact: far smaller than the WAV, and it decodes to the same length.
    QVERIFY(QFileInfo(file).size() < info->dataBytes / 4);
    const qint64 decoded = decodedMs(file, m_dir.filePath(QStringLiteral("opus.pcm")));
    QVERIFY2(std::abs(decoded - recorded) <= 60,
             qPrintable(QStringLiteral("%1 vs %2").arg(decoded).arg(recorded)));
    const auto markers = *project->media().markers(*media);
    QCOMPARE(markers.size(), size_t(2));
    QCOMPARE(markers.front().label, QStringLiteral("good quote here"));
    QCOMPARE(markers.front().timeMs, recorder.markers().at(0).timeMs);
    // The working files are gone; nothing is left to recover.
    QVERIFY(media::Recording::unfinished(folder).empty());
    QVERIFY(!QFile::exists(*wav));
}

void TestRecording::keep_flacAndWav()
{
    auto project = newProject(QStringLiteral("flac"));
    QVERIFY(project);
    const RowId interview = firstInterview(*project);
    for (const auto codec : {media::RecordingCodec::Flac, media::RecordingCodec::Wav}) {
        media::Recorder recorder;
        QVERIFY(recorder.start(QMediaDevices::defaultAudioInput(), media::Recording::folderOf(*project),
                               project->interviews().get(interview)->uuid));
        wait(1200);
        auto wav = recorder.stop();
        QVERIFY(wav);
        ops::Session session(*project);
        auto media = ops::keepRecording(session, interview, *wav, {}, codec);
        QVERIFY2(media, media ? "" : qPrintable(media.error().message));
        const Media stored = *project->media().get(*media);
        QCOMPARE(stored.format, media::toKey(codec));
        const qint64 decoded =
            decodedMs(media::MediaLibrary(*project).pathOf(stored),
                      m_dir.filePath(QStringLiteral("keep-%1.pcm").arg(media::toKey(codec))));
        QVERIFY2(std::abs(decoded - recorder.durationMs()) <= 30, qPrintable(QString::number(decoded)));
    }
}

void TestRecording::killedWhileRecording_recoveredFromDisk()
{
    auto project = newProject(QStringLiteral("killed"));
    QVERIFY(project);
    const QString folder = project->folder();
    const QString uuid = project->interviews().get(firstInterview(*project))->uuid;
    const size_t before = project->media().list(firstInterview(*project))->size();
    project.reset(); // the recording process opens it

    // tianye-cli records for ten minutes, printing how much audio reached the file.
    QProcess recording;
    recording.setProcessChannelMode(QProcess::SeparateChannels);
    recording.start(QStringLiteral(TIANYE_CLI_PATH),
                    {QStringLiteral("record"), folder, QStringLiteral("--interview"), uuid,
                     QStringLiteral("--seconds"), QStringLiteral("600")});
    QVERIFY(recording.waitForStarted());
    qint64 reported = 0;
    QElapsedTimer clock;
    clock.start();
    while (reported < 4000 && clock.elapsed() < 30'000) {
        recording.waitForReadyRead(500);
        while (recording.canReadLine()) {
            const QString line = QString::fromUtf8(recording.readLine()).trimmed();
            if (line.startsWith(QLatin1String("recorded ")))
                reported = line.section(QLatin1Char(' '), 1, 1).toLongLong();
        }
    }
    QVERIFY2(reported >= 4000, qPrintable(QString::fromUtf8(recording.readAllStandardError())));
    // Pulled out like a power cord: SIGKILL, no chance to finish the file.
    recording.kill();
    QVERIFY(recording.waitForFinished());

    const QString recordings = QDir(folder).filePath(QStringLiteral("recordings"));
    auto found = media::Recording::unfinished(recordings);
    QCOMPARE(found.size(), size_t(1));
    QCOMPARE(found.front().interviewUuid, uuid);
    // At most the last two seconds are lost.
    QVERIFY2(
        found.front().durationMs >= reported - 2000,
        qPrintable(QStringLiteral("%1 on disk, %2 reported").arg(found.front().durationMs).arg(reported)));

    // The next start (here: the command line) keeps it in its interview.
    const auto r = test::runCli({QStringLiteral("record"), folder, QStringLiteral("--recover")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Recovered")));
    auto reopened = Project::open(folder);
    QVERIFY(reopened);
    const auto media = *(*reopened)->media().list((*reopened)->interviews().resolve(uuid).value());
    QCOMPARE(media.size(), before + 1);
    QCOMPARE(media.back().origin, MediaOrigin::Recorded);
    QVERIFY(media.back().durationMs >= reported - 2000);
    QVERIFY(media::Recording::unfinished(recordings).empty());
}

void TestRecording::start_refusedWhereItCannotWrite()
{
    const QString locked = m_dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(locked));
    QString why;
    if (!test::makeReadOnly(locked, &why))
        QFAIL(qPrintable(why));
    media::Recorder recorder;
    auto started = recorder.start(QMediaDevices::defaultAudioInput(), locked + QStringLiteral("/recordings"),
                                  QStringLiteral("x"));
    test::makeWritable(locked);
    QVERIFY(!started);
    QVERIFY2(started.error().message.contains(locked), qPrintable(started.error().message));
    QCOMPARE(recorder.state(), media::Recorder::State::Idle);
}

void TestRecording::diskFills_recordingStops_whatWasWrittenKept()
{
    // 300 KB: about three seconds of 48 kHz mono speech.
    TIANYE_NEED(test::SmallDisk::unavailable());
    test::SmallDisk disk;
    const QString folder = m_dir.filePath(QStringLiteral("small"));
    const QString why = disk.mount(folder, 300 * 1024);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    media::Recorder recorder;
    QSignalSpy failed(&recorder, &media::Recorder::failed);
    QVERIFY(recorder.start(QMediaDevices::defaultAudioInput(), folder, QStringLiteral("uuid-of-interview")));
    const QString wav = recorder.wavPath();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20'000);
    const Error error = failed.first().first().value<Error>();
    QCOMPARE(error.code, Error::Code::DiskFull);
    QVERIFY2(error.message.contains(wav), qPrintable(error.message));
    QCOMPARE(recorder.state(), media::Recorder::State::Idle);
    // What reached the disk is a recording that can be recovered.
    const auto found = media::Recording::unfinished(folder);
    QCOMPARE(found.size(), size_t(1));
    QVERIFY2(found.front().durationMs >= 1500, qPrintable(QString::number(found.front().durationMs)));
    auto repaired = media::WavWriter::repair(wav);
    QVERIFY(repaired);
    QCOMPARE(*repaired, found.front().durationMs);
    QCOMPARE(media::readWavInfo(wav)->durationMs(), *repaired);
}

void TestRecording::dialog_recordsMarksAndAttaches()
{
    QSettings().clear();
    const QString path = m_dir.filePath(QStringLiteral("dialog"));
    QVERIFY(demo::DemoProject::create(path));
    ui::ProjectSession session;
    QVERIFY(session.open(path + QStringLiteral(".tianye")));
    const RowId interview = firstInterview(*session.project());
    const size_t before = session.project()->media().list(interview)->size();
    ui::RecordDialog dialog(&session, interview);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* record = dialog.findChild<QPushButton*>(QStringLiteral("recordButton"));
    QCOMPARE(record->text(), QStringLiteral("&Record"));
    QTest::mouseClick(record, Qt::LeftButton);
    QCOMPARE(record->text(), QStringLiteral("&Pause"));
    auto* elapsed = dialog.findChild<QLabel*>(QStringLiteral("recordElapsed"));
    QTRY_VERIFY(elapsed->text() != QStringLiteral("00:00:00"));
    wait(1200);
    auto* label = dialog.findChild<QLineEdit*>(QStringLiteral("markerLabel"));
    label->setFocus();
    test::type(label, QStringLiteral("好句子"));
    QTest::keyClick(label, Qt::Key_F8);
    auto* markers = dialog.findChild<QListWidget*>(QStringLiteral("markerList"));
    QCOMPARE(markers->count(), 1);
    QVERIFY(markers->item(0)->text().contains(QStringLiteral("好句子")));
    QVERIFY(label->text().isEmpty());
    // Closing while recording is refused.
    dialog.reject();
    QVERIFY(dialog.isVisible());

    QSignalSpy kept(&dialog, &ui::RecordDialog::kept);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("recordStop")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(kept.size(), 1, 20'000);
    const RowId mediaId = kept.first().first().value<RowId>();
    const auto media = *session.project()->media().list(interview);
    QCOMPARE(media.size(), before + 1);
    QCOMPARE(session.project()->media().get(mediaId)->origin, MediaOrigin::Recorded);
    const auto stored = *session.project()->media().markers(mediaId);
    QCOMPARE(stored.size(), size_t(1));
    QCOMPARE(stored.front().label, QStringLiteral("好句子"));
    QCOMPARE(session.undoStack()->undoText(), QStringLiteral("Record Audio"));
    dialog.reject();
    QVERIFY(!dialog.isVisible());
}

void TestRecording::openingAProject_offersToRecoverItsRecording()
{
    QSettings().clear();
    const QString path = m_dir.filePath(QStringLiteral("prompt"));
    {
        auto project = newProject(QStringLiteral("prompt"));
        QVERIFY(project);
        // A recording left behind: the files as a dead process leaves them.
        media::Recorder recorder;
        // The second interview has no audio yet: the recording will be what it plays.
        QVERIFY(recorder.start(QMediaDevices::defaultAudioInput(), media::Recording::folderOf(*project),
                               project->interviews().list()->at(1).uuid));
        wait(1500);
        recorder.addMarker(QStringLiteral("left behind"));
        wait(600);
        const QString wav = recorder.wavPath();
        const QString json = QFileInfo(wav).path() + QLatin1Char('/') + QFileInfo(wav).completeBaseName() +
                             QStringLiteral(".json");
        QVERIFY(QFile::copy(wav, wav + QStringLiteral(".crash")));
        QVERIFY(QFile::copy(json, json + QStringLiteral(".crash")));
        (void)recorder.stop();
        QFile::remove(wav);
        QFile::remove(json);
        QVERIFY(QFile::rename(wav + QStringLiteral(".crash"), wav));
        QVERIFY(QFile::rename(json + QStringLiteral(".crash"), json));
    }
    ui::ProjectSession session;
    ui::MainWindow window(&session);
    window.show();
    QVERIFY(session.open(path + QStringLiteral(".tianye")));
    QTRY_VERIFY(QApplication::activeModalWidget());
    auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    QVERIFY(box);
    QCOMPARE(box->objectName(), QStringLiteral("recoverRecordings"));
    QVERIFY2(box->text().contains(QStringLiteral("unfinished recording")), qPrintable(box->text()));
    QPushButton* recover = nullptr;
    for (QAbstractButton* b : box->buttons())
        if (b->text().contains(QStringLiteral("Recover")))
            recover = qobject_cast<QPushButton*>(b);
    QVERIFY(recover);
    QTest::mouseClick(recover, Qt::LeftButton);
    const RowId interview = session.project()->interviews().list()->at(1).id;
    QTRY_VERIFY_WITH_TIMEOUT(!session.project()->media().list(interview)->empty(), 20'000);
    QCOMPARE(session.project()->media().list(interview)->back().origin, MediaOrigin::Recorded);
    const RowId mediaId = session.project()->media().list(interview)->back().id;
    QCOMPARE(session.project()->media().markers(mediaId)->front().label, QStringLiteral("left behind"));
    QTRY_VERIFY(media::Recording::unfinished(media::Recording::folderOf(*session.project())).empty());

    // The marker shows in the transcript's margin beside the segment spoken then
    // (before the first timed segment: the first one).
    ui::InterviewPage* page = window.openInterview(interview);
    QVERIFY(page);
    QTRY_COMPARE(page->transcriptEditor()->markersOfBlock(0).size(), size_t(1));
    QCOMPARE(page->transcriptEditor()->markersOfBlock(0).front().label, QStringLiteral("left behind"));
    QVERIFY(page->transcriptEditor()->markersOfBlock(1).empty());
    // Its label is the tooltip of the flag at the top of the margin.
    QVERIFY(page->transcriptEditor()->marginToolTip(QPoint(2, 6)).contains(QStringLiteral("left behind")));
}

QTEST_MAIN(TestRecording)
#include "tst_recording.moc"
