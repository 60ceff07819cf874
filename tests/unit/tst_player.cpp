// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "AudioTestSupport.h"
#include "TestSupport.h"
#include "media/PcmDecoder.h"
#include "media/Player.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tianye;
using namespace tianye::media;

// The transcription player on a real (null) PulseAudio sink: decoding into the
// cache, exact seeks, speed with the duration scaling right, auto-rewind, ranges.
class TestPlayer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void decode_cachesPcm_andReusesIt();
    void seekWhilePaused_isExact();
    void play_advancesInRealTime();
    void speed_scalesHowFastTheRecordingGoes();
    void resume_rewindsAndSeekDoesNot();
    void playRange_stopsAtItsEnd();
    void missingOrCorruptFile_isNamed();

private:
    bool loadInto(Player& player, const QString& source);
    // Plays from ms for wallMs of real time and returns the position reached.
    qint64 playFor(Player& player, qint64 fromMs, int wallMs);
    test::NullAudio m_audio;
    QTemporaryDir m_dir;
    QString m_wav;
    QString m_cache;
};

void TestPlayer::initTestCase()
{
    TIANYE_NEED(test::NullAudio::unavailable());
    const QString why = m_audio.start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    m_wav = m_dir.filePath(QStringLiteral("tone.wav"));
    QVERIFY(test::writeToneWav(m_wav, 44'100, {0.2, 0.6, 1.0, 0.4, 0.8, 0.3}));
    m_cache = m_dir.filePath(QStringLiteral("cache"));
}

bool TestPlayer::loadInto(Player& player, const QString& source)
{
    QSignalSpy ready(&player, &Player::ready);
    QSignalSpy failed(&player, &Player::failed);
    player.load(source, PcmDecoder::cachePath(m_cache, QFileInfo(source).completeBaseName()));
    return QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 20'000) && !ready.isEmpty();
}

qint64 TestPlayer::playFor(Player& player, qint64 fromMs, int wallMs)
{
    player.seek(fromMs);
    player.play();
    QTest::qWait(wallMs);
    const qint64 at = player.position();
    player.pause();
    return at;
}

void TestPlayer::decode_cachesPcm_andReusesIt()
{
    Player player;
    QVERIFY(loadInto(player, m_wav));
    QCOMPARE(player.durationMs(), 6000);
    const QString cache = PcmDecoder::cachePath(m_cache, QStringLiteral("tone"));
    QVERIFY(QFileInfo::exists(cache));
    QCOMPARE(QFileInfo(cache).size(), 6 * PcmDecoder::SampleRate * 2);
    QVERIFY(!QFileInfo::exists(cache + QStringLiteral(".part")));
    const QDateTime written = QFileInfo(cache).lastModified();
    Player again;
    QVERIFY(loadInto(again, m_wav));
    QCOMPARE(QFileInfo(cache).lastModified(), written); // not decoded twice
    QCOMPARE(again.durationMs(), 6000);
}

void TestPlayer::seekWhilePaused_isExact()
{
    Player player;
    QVERIFY(loadInto(player, m_wav));
    for (qint64 ms : {0, 1, 2000, 3333, 5999}) {
        player.seek(ms);
        QVERIFY2(std::abs(player.position() - ms) <= 1, qPrintable(QString::number(player.position())));
    }
    player.seek(99'999);
    QCOMPARE(player.position(), 6000);
}

void TestPlayer::play_advancesInRealTime()
{
    Player player;
    QVERIFY(loadInto(player, m_wav));
    QSignalSpy states(&player, &Player::stateChanged);
    const qint64 at = playFor(player, 1000, 800);
    QVERIFY2(at > 1000 + 400 && at < 1000 + 1200, qPrintable(QString::number(at)));
    QCOMPARE(player.state(), Player::State::Paused);
    // Paused means paused: while a second player plays 300 ms of the recording (the
    // audio clock provably runs), the paused one does not move.
    const qint64 still = player.position();
    Player witness;
    QVERIFY(loadInto(witness, m_wav));
    witness.seek(0);
    witness.play();
    QTRY_VERIFY_WITH_TIMEOUT(witness.position() >= 300, 10'000);
    witness.pause();
    QCOMPARE(player.position(), still);
    QCOMPARE(player.state(), Player::State::Paused);
}

void TestPlayer::speed_scalesHowFastTheRecordingGoes()
{
    Player player;
    QVERIFY(loadInto(player, m_wav));
    player.setSpeed(1.0);
    const qint64 normal = playFor(player, 0, 1000);
    player.setSpeed(2.0);
    const qint64 fast = playFor(player, 0, 1000);
    player.setSpeed(0.5);
    const qint64 slow = playFor(player, 0, 1000);
    const double up = double(fast) / double(normal);
    const double down = double(slow) / double(normal);
    QVERIFY2(up > 1.6 && up < 2.4, qPrintable(QStringLiteral("%1 %2").arg(normal).arg(fast)));
    QVERIFY2(down > 0.35 && down < 0.65, qPrintable(QStringLiteral("%1 %2").arg(normal).arg(slow)));
    player.setSpeed(7.0);
    QCOMPARE(player.speed(), Player::MaxSpeed);
}

void TestPlayer::resume_rewindsAndSeekDoesNot()
{
    Player player;
    QVERIFY(loadInto(player, m_wav));
    player.setAutoRewindMs(1500);
    const qint64 paused = playFor(player, 3000, 400);
    QCOMPARE(player.position(), paused);
    QSignalSpy moved(&player, &Player::positionChanged);
    player.play();
    QVERIFY(!moved.isEmpty());
    const qint64 resumed = moved.first().first().toLongLong();
    QVERIFY2(std::abs(resumed - (paused - 1500)) <= 20,
             qPrintable(QStringLiteral("%1 %2").arg(paused).arg(resumed)));
    player.pause();
    // After a seek the chosen place is played as it is.
    player.seek(4000);
    moved.clear();
    player.play();
    QCOMPARE(moved.first().first().toLongLong(), 4000);
    player.pause();
}

void TestPlayer::playRange_stopsAtItsEnd()
{
    Player player;
    QVERIFY(loadInto(player, m_wav));
    QElapsedTimer wall;
    wall.start();
    player.playRange(2000, 2600);
    QCOMPARE(player.state(), Player::State::Playing);
    QTRY_COMPARE_WITH_TIMEOUT(player.state(), Player::State::Paused, 3000);
    QCOMPARE(player.position(), 2600);
    QVERIFY2(wall.elapsed() >= 450, qPrintable(QString::number(wall.elapsed())));
}

void TestPlayer::missingOrCorruptFile_isNamed()
{
    Player player;
    QSignalSpy failed(&player, &Player::failed);
    QVERIFY(!loadInto(player, m_dir.filePath(QStringLiteral("gone.wav"))));
    QVERIFY(failed.last().first().toString().contains(QStringLiteral("gone.wav")));
    QCOMPARE(player.state(), Player::State::Failed);

    const QString junk = m_dir.filePath(QStringLiteral("junk.mp3"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(50'000, '\x5a'));
    f.close();
    QVERIFY(!loadInto(player, junk));
    QVERIFY2(failed.last().first().toString().contains(QStringLiteral("junk.mp3")),
             qPrintable(failed.last().first().toString()));
    QVERIFY(
        !QFileInfo::exists(PcmDecoder::cachePath(m_cache, QStringLiteral("junk")) + QStringLiteral(".part")));
}

QTEST_GUILESS_MAIN(TestPlayer)
#include "tst_player.moc"
