// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "TestSupport.h"
#include "store/Backups.h"
#include "store/CityRepository.h"
#include "store/Project.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <SQLiteCpp/Database.h>

using namespace tianye;

// Backups are the second line behind undo: they must be made while the project is
// in use, kept in a sensible number, and restore exactly, never making things worse.
class TestBackups final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void create_whileOpenAndEditing_isACompleteCopy();
    void rotate_keepsRecentAndOnePerDayOfTheWeek();
    void restore_bringsBackTheBackup_andKeepsWhatWasThere();
    void restore_refusedWhileOpen_orForABadFile_changesNothing();
    void cli_backupAndRestore();
    void restore_ofANewerSchema_isRefusedAndChangesNothing();
    void rotate_neverRemovesDamagedOrBeforeRestoreCopies();

private:
    QString cityNames(const QString& folder);
    QTemporaryDir m_dir;
    QString m_folder;
};

void TestBackups::init()
{
    static int n = 0;
    m_folder = m_dir.filePath(QStringLiteral("p%1.tianye").arg(++n));
    auto project = Project::create(m_folder);
    QVERIFY(project);
    City c;
    c.name = QStringLiteral("大同");
    QVERIFY(test::write(**project, [&](const WriteScope& w) { return (*project)->cities().add(w, c); }));
}

QString TestBackups::cityNames(const QString& folder)
{
    auto project = Project::open(folder);
    if (!project)
        return QStringLiteral("error: ") + project.error().message;
    QStringList names;
    const auto cities = (*project)->cities().list();
    for (const City& c : *cities)
        names << c.name;
    return names.join(QLatin1Char(','));
}

void TestBackups::create_whileOpenAndEditing_isACompleteCopy()
{
    auto project = Project::open(m_folder);
    QVERIFY(project);
    City c;
    c.name = QStringLiteral("烟台"); // in the WAL, not yet in the main file
    QVERIFY(test::write(**project, [&](const WriteScope& w) { return (*project)->cities().add(w, c); }));
    auto made = Backups::create((*project)->databasePath(), (*project)->backupDir(), QStringLiteral("open"));
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    QVERIFY(QFileInfo(*made).fileName().startsWith(QStringLiteral("project-")));
    QVERIFY(Backups::verify(*made));
    QCOMPARE(QDir((*project)->backupDir()).entryList({QStringLiteral("*.part")}).size(), 0);
    const auto list = Backups::list((*project)->backupDir());
    QCOMPARE(list.size(), size_t(1));
    QCOMPARE(list.front().reason, QStringLiteral("open"));
    project->reset();
    // The copy opens as a project of its own with both cities.
    const QString copy = m_dir.filePath(QStringLiteral("copy.tianye"));
    QVERIFY(QDir().mkpath(copy));
    QVERIFY(QFile::copy(*made, QDir(copy).filePath(QStringLiteral("project.db"))));
    QCOMPARE(cityNames(copy), QStringLiteral("大同,烟台"));
}

void TestBackups::rotate_keepsRecentAndOnePerDayOfTheWeek()
{
    const QString dir = m_dir.filePath(QStringLiteral("rotation"));
    const QString db = QDir(m_folder).filePath(QStringLiteral("project.db"));
    const QDateTime now(QDate(2026, 11, 22), QTime(12, 0));
    // Four a day for ten days, and one made by hand long ago.
    for (int day = 0; day < 10; ++day) {
        for (int hour : {8, 10, 14, 16})
            QVERIFY(Backups::create(db, dir, QStringLiteral("auto"),
                                    QDateTime(now.date().addDays(-day), QTime(hour, 0))));
    }
    QVERIFY(Backups::create(db, dir, QStringLiteral("manual"), now.addDays(-30)));
    const QStringList removed = Backups::rotate(dir, 5, now);
    const auto kept = Backups::list(dir);
    QStringList names;
    for (const BackupInfo& b : kept)
        names << b.when.toString(QStringLiteral("MMdd-HH")) + QLatin1Char('-') + b.reason;
    // The five newest (today's four, yesterday's last), the newest of each of the
    // other five days of the week, and the manual one.
    QCOMPARE(names, (QStringList{QStringLiteral("1122-16-auto"), QStringLiteral("1122-14-auto"),
                                 QStringLiteral("1122-10-auto"), QStringLiteral("1122-08-auto"),
                                 QStringLiteral("1121-16-auto"), QStringLiteral("1120-16-auto"),
                                 QStringLiteral("1119-16-auto"), QStringLiteral("1118-16-auto"),
                                 QStringLiteral("1117-16-auto"), QStringLiteral("1116-16-auto"),
                                 QStringLiteral("1023-12-manual")}));
    QCOMPARE(removed.size(), 40 + 1 - names.size());
}

void TestBackups::restore_bringsBackTheBackup_andKeepsWhatWasThere()
{
    QString backup;
    {
        auto project = Project::open(m_folder);
        backup =
            *Backups::create((*project)->databasePath(), (*project)->backupDir(), QStringLiteral("auto"));
        City c;
        c.name = QStringLiteral("齐齐哈尔");
        QVERIFY(test::write(**project, [&](const WriteScope& w) { return (*project)->cities().add(w, c); }));
    }
    QCOMPARE(cityNames(m_folder), QStringLiteral("大同,齐齐哈尔"));
    QVERIFY(Backups::restore(m_folder, backup));
    QCOMPARE(cityNames(m_folder), QStringLiteral("大同"));
    // What was there is a backup now, and restoring it undoes the restore.
    const auto list = Backups::list(QDir(m_folder).filePath(QStringLiteral("backups")));
    QCOMPARE(list.front().reason, QStringLiteral("before-restore"));
    QVERIFY(Backups::restore(m_folder, list.front().path));
    QCOMPARE(cityNames(m_folder), QStringLiteral("大同,齐齐哈尔"));
}

void TestBackups::restore_refusedWhileOpen_orForABadFile_changesNothing()
{
    auto project = Project::open(m_folder);
    const QString backup =
        *Backups::create((*project)->databasePath(), (*project)->backupDir(), QStringLiteral("auto"));
    auto refused = Backups::restore(m_folder, backup);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Locked);
    project->reset();

    const QString bad = m_dir.filePath(QStringLiteral("holiday.jpg"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(5000, 'x'));
    f.close();
    const auto before = test::snapshot(m_folder);
    auto wrong = Backups::restore(m_folder, bad);
    QVERIFY(!wrong);
    QVERIFY2(wrong.error().message.contains(QStringLiteral("holiday.jpg")),
             qPrintable(wrong.error().message));
    QCOMPARE(test::snapshot(m_folder), before);
    QCOMPARE(cityNames(m_folder), QStringLiteral("大同"));
}

// A backup written by a newer Tianye is refused as opening it would be, before
// anything is put in place (it was accepted, and then the project never opened).
void TestBackups::restore_ofANewerSchema_isRefusedAndChangesNothing()
{
    QString backup;
    {
        auto project = Project::open(m_folder);
        backup =
            *Backups::create((*project)->databasePath(), (*project)->backupDir(), QStringLiteral("auto"));
    }
    {
        SQLite::Database raw(backup.toStdString(), SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA user_version = 99");
    }
    const auto before = test::snapshot(m_folder);
    auto refused = Backups::restore(m_folder, backup);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::TooNew);
    QVERIFY2(refused.error().message.contains(QFileInfo(backup).fileName()),
             qPrintable(refused.error().message));
    QCOMPARE(test::snapshot(m_folder), before);
    QVERIFY(Project::open(m_folder));
}

// Rotation keeps what it promised to keep: the copy of a damaged database and what a
// restore replaced, however old.
void TestBackups::rotate_neverRemovesDamagedOrBeforeRestoreCopies()
{
    const QString dir = m_dir.filePath(QStringLiteral("kept"));
    const QString db = QDir(m_folder).filePath(QStringLiteral("project.db"));
    const QDateTime now(QDate(2026, 11, 22), QTime(12, 0));
    QVERIFY(Backups::create(db, dir, QStringLiteral("damaged"), now.addDays(-40)));
    QVERIFY(Backups::create(db, dir, QStringLiteral("before-restore"), now.addDays(-30)));
    for (int i = 0; i < 8; ++i)
        QVERIFY(Backups::create(db, dir, QStringLiteral("auto"), now.addSecs(-60 * i)));
    Backups::rotate(dir, 3, now);
    QStringList reasons;
    for (const BackupInfo& b : Backups::list(dir))
        reasons << b.reason;
    QCOMPARE(reasons, (QStringList{QStringLiteral("auto"), QStringLiteral("auto"), QStringLiteral("auto"),
                                   QStringLiteral("before-restore"), QStringLiteral("damaged")}));
}

void TestBackups::cli_backupAndRestore()
{
    auto run = test::runCli({QStringLiteral("backup"), m_folder});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("-manual.db")), qPrintable(run.out));
    {
        auto project = Project::open(m_folder);
        City c;
        c.name = QStringLiteral("烟台");
        QVERIFY(test::write(**project, [&](const WriteScope& w) { return (*project)->cities().add(w, c); }));
    }
    run = test::runCli({QStringLiteral("restore"), m_folder});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("manual")), qPrintable(run.out));
    run = test::runCli({QStringLiteral("restore"), m_folder, QStringLiteral("latest")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(cityNames(m_folder), QStringLiteral("大同"));
    run = test::runCli({QStringLiteral("restore"), m_folder, QStringLiteral("99")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("99")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
