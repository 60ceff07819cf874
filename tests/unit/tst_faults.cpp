// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "app/ProjectSession.h"
#include "app/Translator.h"
#include "demo/DemoProject.h"
#include "main/MainWindow.h"
#include "store/Backups.h"
#include "store/CityRepository.h"
#include "store/IntegrityReport.h"
#include "store/InterviewRepository.h"
#include "store/Project.h"
#include "store/TranscriptRepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <SQLiteCpp/Statement.h>

using namespace tianye;
using namespace tianye::ui;

// Faults the field brings: a damaged database, a full disk, a laptop that dies
// in the middle of an import. Each gets a clear message and loses nothing stored.
class TestFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void damagedProject_offersNewestGoodBackup();
    void damageFoundAfterOpening_closesTheProject_andOffersTheBackup();
    void diskFull_changeRolledBack_earlierWorkKept_appGoesOn();
    void realDiskFull_onASmallTmpfs_changeRolledBack_projectOpensAgain();
    void killedDuringImport_allOrNothing();

private:
    QTemporaryDir m_dir;
};

void TestFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Settings of its own: test programs run in parallel (ctest -j) and each clears
    // and writes the settings (last project, layout) it starts from.
    QCoreApplication::setApplicationName(QStringLiteral("Tianye-faults"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tianye"));
    QSettings().clear();
    Translator::install(QStringLiteral("en"));
}

void TestFaults::damagedProject_offersNewestGoodBackup()
{
    const QString base = m_dir.filePath(QStringLiteral("Damaged"));
    QString folder;
    {
        auto project = demo::DemoProject::create(base);
        QVERIFY(project);
        folder = (*project)->folder();
        QVERIFY(Backups::create((*project)->databasePath(), (*project)->backupDir(), QStringLiteral("auto")));
    }
    // A bad sector in the middle of the file: the header is fine, the pages are not.
    const QString db = QDir(folder).filePath(QStringLiteral("project.db"));
    QFile file(db);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 8192 * 12);
    for (int page = 2; page < 12; ++page) {
        file.seek(qint64(page) * 8192);
        file.write(QByteArray(8192, '\x5a'));
    }
    file.close();

    ProjectSession session;
    MainWindow window(&session);
    window.show();
    // Pages this early hold what the window reads first: opening itself fails, or the
    // check beside it finds the damage a moment later. Either way the same offer.
    if (auto opened = session.open(folder); !opened)
        window.reportOpenFailure(opened.error());
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("offerBackup"))) != nullptr);
    QVERIFY2(box->text().contains(QStringLiteral("project.db")), qPrintable(box->text()));
    QVERIFY(box->informativeText().contains(QStringLiteral("newest good backup")));
    for (QAbstractButton* b : box->buttons()) {
        if (b->text() == QStringLiteral("Restore Backup"))
            b->click();
    }
    QTRY_VERIFY(session.project() != nullptr);
    QCOMPARE(session.project()->cities().list()->size(), size_t(3));
    bool damagedKept = false;
    for (const BackupInfo& b : Backups::list(session.project()->backupDir()))
        damagedKept |= b.reason == QLatin1String("damaged") || b.reason == QLatin1String("before-restore");
    QVERIFY(damagedKept);
}

// A big project opens at once: the check of every page runs beside the window. Damage
// only that check sees (deep in the search index) closes the project when it is found,
// before anything more is written, and offers the newest good backup.
void TestFaults::damageFoundAfterOpening_closesTheProject_andOffersTheBackup()
{
    const QString base = m_dir.filePath(QStringLiteral("DamagedDeep"));
    QString folder;
    std::vector<qint64> pages;
    {
        auto project = demo::DemoProject::create(base);
        QVERIFY(project);
        folder = (*project)->folder();
        QVERIFY(Backups::create((*project)->databasePath(), (*project)->backupDir(), QStringLiteral("auto")));
        SQLite::Statement st((*project)->db().sql(),
                             "SELECT pageno FROM dbstat WHERE name = 'fts_segments_data' ORDER BY pageno");
        while (st.executeStep())
            pages.push_back(st.getColumn(0).getInt64());
    }
    QVERIFY(pages.size() > 2);
    QFile file(QDir(folder).filePath(QStringLiteral("project.db")));
    QVERIFY(file.open(QIODevice::ReadWrite));
    for (size_t i = 1; i < pages.size(); ++i) { // the first holds the index's structure record
        file.seek((pages[i] - 1) * 8192);
        file.write(QByteArray(8192, '\x5a'));
    }
    file.close();
    const auto backupsBefore = Backups::list(QDir(folder).filePath(QStringLiteral("backups"))).size();

    ProjectSession session;
    MainWindow window(&session);
    window.show();
    QSignalSpy damaged(&session, &ProjectSession::damaged);
    QVERIFY(session.open(folder)); // at once: no page check before the window has it
    QVERIFY(session.project() != nullptr);
    QTRY_COMPARE(damaged.size(), 1);
    QCOMPARE(session.project(), nullptr); // closed: nothing more is written to it
    const Error error = damaged.front().front().value<Error>();
    QCOMPARE(error.code, Error::Code::Corrupt);
    QVERIFY2(error.message.contains(QStringLiteral("project.db")), qPrintable(error.message));
    // The damaged file was not backed up on opening (its backup would rotate a good one out).
    QCOMPARE(Backups::list(QDir(folder).filePath(QStringLiteral("backups"))).size(), backupsBefore);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("offerBackup"))) != nullptr);
    for (QAbstractButton* b : box->buttons()) {
        if (b->text() == QStringLiteral("Restore Backup"))
            b->click();
    }
    QTRY_VERIFY(session.project() != nullptr);
    QVERIFY(Project::quickCheck(session.project()->databasePath()));
    QCOMPARE(session.project()->cities().list()->size(), size_t(3));
}

void TestFaults::diskFull_changeRolledBack_earlierWorkKept_appGoesOn()
{
    auto created = Project::create(m_dir.filePath(QStringLiteral("Full")));
    QVERIFY(created);
    Project& project = **created;
    City city;
    city.name = QStringLiteral("大同");
    Interview iv;
    iv.cityId = *test::write(project, [&](const WriteScope& w) { return project.cities().add(w, city); });
    const RowId interview =
        *test::write(project, [&](const WriteScope& w) { return project.interviews().add(w, iv); });
    Segment first;
    first.interviewId = interview;
    first.text = QStringLiteral("城墙修了十几年。");
    QVERIFY(test::write(project,
                        [&](const WriteScope& w) { return project.transcripts().insertSegment(w, first); }));

    // The disk fills up: SQLite may not grow the file beyond a few more pages.
    const int pages = project.db().sql().execAndGet("PRAGMA page_count").getInt();
    project.db().sql().exec("PRAGMA max_page_count = " + std::to_string(pages + 2));
    std::vector<Segment> big(400);
    for (Segment& s : big)
        s.text = QString(2000, QChar(0x4E2D));
    auto full = test::write(project, [&](const WriteScope& w) {
        return project.transcripts().appendSegments(w, interview, big);
    });
    QVERIFY(!full);
    QCOMPARE(full.error().code, Error::Code::DiskFull);
    QVERIFY2(full.error().message.contains(QStringLiteral("full")), qPrintable(full.error().message));
    QVERIFY(full.error().message.contains(project.databasePath()));
    // Nothing of the failed change, everything before it.
    QCOMPARE(project.transcripts().segments(interview)->size(), size_t(1));
    QCOMPARE(project.db().checkSearchIndex(), QStringList());

    // Room again (a file deleted elsewhere): the same connection goes on working.
    project.db().sql().exec("PRAGMA max_page_count = 1073741823");
    auto roomAgain = test::write(project, [&](const WriteScope& w) {
        return project.transcripts().appendSegments(w, interview, big);
    });
    QVERIFY2(roomAgain, qPrintable(roomAgain ? QString() : roomAgain.error().message));
    QCOMPARE(project.transcripts().segments(interview)->size(), size_t(401));
}

// The same with a real file system that fills up (a 3 MB tmpfs): the failing import
// is reported and rolled back, and the project opens again whole afterwards.
void TestFaults::realDiskFull_onASmallTmpfs_changeRolledBack_projectOpensAgain()
{
    TIANYE_NEED(test::SmallDisk::unavailable());
    test::SmallDisk disk;
    const QString mountPoint = m_dir.filePath(QStringLiteral("tiny"));
    const QString why = disk.mount(mountPoint, 3 * 1024 * 1024);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const QString folder = mountPoint + QStringLiteral("/Tiny.tianye");
    RowId interview = NoRow;
    {
        auto created = Project::create(folder);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        Project& project = **created;
        City city;
        city.name = QStringLiteral("齐齐哈尔");
        Interview iv;
        iv.cityId = *test::write(project, [&](const WriteScope& w) { return project.cities().add(w, city); });
        interview =
            *test::write(project, [&](const WriteScope& w) { return project.interviews().add(w, iv); });
        Segment first;
        first.interviewId = interview;
        first.text = QStringLiteral("说话直，待人热。");
        QVERIFY(test::write(
            project, [&](const WriteScope& w) { return project.transcripts().insertSegment(w, first); }));
        // An import far bigger than the disk.
        std::vector<Segment> big(1500);
        for (Segment& s : big)
            s.text = QString(2000, QChar(0x771F));
        auto full = test::write(project, [&](const WriteScope& w) {
            return project.transcripts().appendSegments(w, interview, big);
        });
        QVERIFY(!full);
        QCOMPARE(full.error().code, Error::Code::DiskFull);
        QVERIFY2(full.error().message.contains(project.databasePath()), qPrintable(full.error().message));
        QCOMPARE(project.transcripts().segments(interview)->size(), size_t(1));
        // The app goes on: a small edit still fits.
        Segment second;
        second.interviewId = interview;
        second.text = QStringLiteral("冷天热人。");
        QVERIFY(test::write(
            project, [&](const WriteScope& w) { return project.transcripts().insertSegment(w, second); }));
    }
    auto reopened = Project::open(folder);
    QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().message));
    QCOMPARE((*reopened)->transcripts().segments(interview)->size(), size_t(2));
    QVERIFY(IntegrityReport::run(**reopened).ok());
}

// A bulk import is one transaction: a process killed in the middle of it (a flat
// battery) leaves the project with all of the import or none of it, and sound.
void TestFaults::killedDuringImport_allOrNothing()
{
    const QString folder = m_dir.filePath(QStringLiteral("Killed.tianye"));
    RowId interview = NoRow;
    {
        auto project = Project::create(folder);
        QVERIFY(project);
        City city;
        city.name = QStringLiteral("烟台");
        Interview iv;
        iv.cityId =
            *test::write(**project, [&](const WriteScope& w) { return (*project)->cities().add(w, city); });
        interview =
            *test::write(**project, [&](const WriteScope& w) { return (*project)->interviews().add(w, iv); });
    }
    QString srt;
    const int cues = 40000;
    for (int i = 0; i < cues; ++i) {
        srt += QStringLiteral(
                   "%1\n00:%2:%3,000 --> 00:%2:%3,900\n说话人%4：烟台的海风吹了一辈子，人也就自在了。\n\n")
                   .arg(i + 1)
                   .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                   .arg(i % 2 + 1);
    }
    const QString file = m_dir.filePath(QStringLiteral("long.srt"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(srt.toUtf8());
    out.close();

    const QString wal = QDir(folder).filePath(QStringLiteral("project.db-wal"));
    const auto importAndKill = [&](const std::function<bool(qint64 elapsedMs)>& killNow) {
        QProcess cli;
        cli.start(QStringLiteral(TIANYE_CLI_PATH),
                  {QStringLiteral("import-transcript"), folder, QStringLiteral("--interview"),
                   QString::number(interview), file});
        if (!cli.waitForStarted())
            return;
        QElapsedTimer timer;
        timer.start();
        while (cli.state() == QProcess::Running && !killNow(timer.elapsed()))
            cli.waitForFinished(2);
        if (cli.state() == QProcess::Running)
            cli.kill(); // SIGKILL: no destructor, no rollback, like a flat battery
        cli.waitForFinished();
    };
    const auto checkAllOrNothing = [&](const QString& when) -> int {
        auto project = Project::open(folder); // quick_check runs on open
        if (!project) {
            QTest::qFail(qPrintable(project.error().message), __FILE__, __LINE__);
            return -1;
        }
        const size_t n = (*project)->transcripts().segments(interview)->size();
        if (n != 0 && n != size_t(cues))
            QTest::qFail(qPrintable(QStringLiteral("%1 segments after a kill %2").arg(n).arg(when)), __FILE__,
                         __LINE__);
        if (!(*project)->db().checkSearchIndex().isEmpty())
            QTest::qFail("search index damaged", __FILE__, __LINE__);
        if (n > 0) { // start again from nothing
            test::write(**project, [&](const WriteScope&) {
                (*project)->db().sql().exec("DELETE FROM segments");
                return Status();
            });
            (*project)->db().rebuildSearchIndex();
        }
        return n == 0 ? 0 : 1;
    };

    // Once to the end: how long an import takes here.
    QElapsedTimer full;
    full.start();
    importAndKill([](qint64) { return false; });
    const qint64 total = full.elapsed();
    QCOMPARE(checkAllOrNothing(QStringLiteral("(none)")), 1);

    int none = 0;
    int all = 0;
    // Killed at points through the run, and once while the commit is being written
    // (the write-ahead log growing).
    for (double at : {0.2, 0.5, 0.8, 0.9, 0.97}) {
        importAndKill([&](qint64 ms) { return ms >= qint64(double(total) * at); });
        (checkAllOrNothing(QStringLiteral("at %1 of the run").arg(at)) ? all : none) += 1;
    }
    const qint64 walBefore = QFileInfo(wal).size();
    importAndKill([&](qint64) { return QFileInfo(wal).size() > walBefore + 256 * 1024; });
    (checkAllOrNothing(QStringLiteral("while committing")) ? all : none) += 1;
    qInfo("import takes %lld ms; kills left no import %d times, all of it %d times", total, none, all);
}

QTEST_MAIN(TestFaults)
#include "tst_faults.moc"
