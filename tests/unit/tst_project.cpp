// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "TestSupport.h"
#include "store/CityRepository.h"
#include "store/Project.h"
#include "store/Schema.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <SQLiteCpp/Database.h>

using namespace tianye;

class TestProject final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void create_makesFolderLayoutAndSettings();
    void create_appendsSuffixAndRefusesNonEmptyFolder();
    void open_byFolderOrDatabaseFile();
    void close_releasesLockAndKeepsData();

    void openMissingPath_reportsNotFound();
    void openFolderWithoutDb_reportsAndWritesNothing();
    void openNonSqliteFile_reportsAndChangesNothing();
    void openTruncatedDatabase_reportsAndChangesNothing();
    void openDamagedPage_reportsAndChangesNothing();
    void openForeignSqliteDatabase_reportsAndChangesNothing();
    void openNewerSchema_refusedAndUnchanged();
    void openReadOnlyFolder_reportsAndWritesNothing();

    void secondOpenInSameProcess_isRefusedWithClearMessage();
    void secondProcess_getsOpenElsewhereMessage();
    void lockOfKilledProcess_isClearedAndDataIsConsistent();
    void emptyOrGarbageLockFile_isStale_andALiveLockIsNamed();

private:
    QString makeProjectWithCity(const QString& name);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProject::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestProject::makeProjectWithCity(const QString& name)
{
    auto project = Project::create(m_dir->filePath(name));
    if (!project)
        return {};
    City city;
    city.name = QStringLiteral("大同");
    if (!test::write(**project, [&](const WriteScope& w) { return (*project)->cities().add(w, city); }))
        return {};
    return (*project)->folder();
}

void TestProject::create_makesFolderLayoutAndSettings()
{
    auto project = Project::create(m_dir->filePath(QStringLiteral("Hometowns-S5")));
    QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
    const QDir folder((*project)->folder());
    QCOMPARE(folder.dirName(), QStringLiteral("Hometowns-S5.tianye"));
    for (const char* sub : {"media", "cache", "backups"})
        QVERIFY2(folder.exists(QLatin1String(sub)), sub);
    QVERIFY(QFile::exists(folder.filePath(QStringLiteral("project.db"))));
    QCOMPARE((*project)->name(), QStringLiteral("Hometowns-S5"));

    auto& db = (*project)->db().sql();
    QCOMPARE(QString::fromStdString(db.execAndGet("PRAGMA journal_mode").getString()), QStringLiteral("wal"));
    QCOMPARE(db.execAndGet("PRAGMA foreign_keys").getInt(), 1);
    QVERIFY(db.execAndGet("PRAGMA busy_timeout").getInt() >= 1000);
    QCOMPARE(db.execAndGet("PRAGMA application_id").getInt(), schema::ApplicationId);
    QCOMPARE(db.execAndGet("PRAGMA user_version").getInt(), schema::currentVersion());
}

void TestProject::create_appendsSuffixAndRefusesNonEmptyFolder()
{
    const QString path = m_dir->filePath(QStringLiteral("Busy.tianye"));
    QVERIFY(QDir().mkpath(path));
    QFile other(path + QStringLiteral("/notes.txt"));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("field notes");
    other.close();
    const auto before = test::snapshot(path);
    auto project = Project::create(path);
    QVERIFY(!project);
    QCOMPARE(project.error().code, Error::Code::InvalidArgument);
    QVERIFY(project.error().message.contains(QStringLiteral("Busy.tianye")));
    QCOMPARE(test::snapshot(path), before);
}

void TestProject::open_byFolderOrDatabaseFile()
{
    const QString folder = makeProjectWithCity(QStringLiteral("A"));
    QVERIFY(!folder.isEmpty());
    for (const QString& path : QStringList{folder, folder + QStringLiteral("/project.db")}) {
        auto project = Project::open(path);
        QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
        QCOMPARE((*project)->folder(), folder);
        QCOMPARE((*project)->cities().list()->size(), size_t(1));
    }
}

void TestProject::close_releasesLockAndKeepsData()
{
    const QString folder = makeProjectWithCity(QStringLiteral("B"));
    {
        auto project = Project::open(folder);
        QVERIFY(project);
        City city;
        city.name = QStringLiteral("烟台");
        QVERIFY(
            test::write(**project, [&](const WriteScope& w) { return (*project)->cities().add(w, city); }));
    } // closed here: the lock goes, the change stays
    QVERIFY(!QFile::exists(folder + QStringLiteral("/.tianye.lock")));
    auto again = Project::open(folder);
    QVERIFY(again);
    QCOMPARE((*again)->cities().list()->size(), size_t(2));
}

void TestProject::openMissingPath_reportsNotFound()
{
    auto project = Project::open(m_dir->filePath(QStringLiteral("nothing-here")));
    QVERIFY(!project);
    QCOMPARE(project.error().code, Error::Code::NotFound);
    QVERIFY(project.error().message.contains(QStringLiteral("nothing-here")));
}

void TestProject::openFolderWithoutDb_reportsAndWritesNothing()
{
    const QString folder = m_dir->filePath(QStringLiteral("Empty.tianye"));
    QVERIFY(QDir().mkpath(folder));
    auto project = Project::open(folder);
    QVERIFY(!project);
    QCOMPARE(project.error().code, Error::Code::NotAProject);
    QVERIFY(project.error().message.contains(QStringLiteral("project.db")));
    QVERIFY(QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

void TestProject::openNonSqliteFile_reportsAndChangesNothing()
{
    const QString folder = m_dir->filePath(QStringLiteral("Text.tianye"));
    QVERIFY(QDir().mkpath(folder));
    QFile file(folder + QStringLiteral("/project.db"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("访谈记录 — this is a text file, not a database\n");
    file.close();
    const auto before = test::snapshot(folder);
    auto project = Project::open(folder + QStringLiteral("/project.db"));
    QVERIFY(!project);
    QCOMPARE(project.error().code, Error::Code::NotAProject);
    QVERIFY(project.error().message.contains(QStringLiteral("project.db")));
    QVERIFY(project.error().message.contains(QStringLiteral("not an SQLite file")));
    QCOMPARE(test::snapshot(folder), before);
}

void TestProject::openTruncatedDatabase_reportsAndChangesNothing()
{
    const QString folder = makeProjectWithCity(QStringLiteral("Cut"));
    QVERIFY(!folder.isEmpty());
    QFile db(folder + QStringLiteral("/project.db"));
    QVERIFY(db.size() > 8192 * 4);
    QVERIFY(db.resize(db.size() / 2 + 100)); // a copy interrupted half way
    const auto before = test::snapshot(folder);
    auto project = Project::open(folder);
    QVERIFY(!project);
    QCOMPARE(project.error().code, Error::Code::Corrupt);
    QVERIFY(project.error().message.contains(QStringLiteral("truncated")));
    QCOMPARE(test::snapshot(folder), before);
}

void TestProject::openDamagedPage_reportsAndChangesNothing()
{
    const QString folder = makeProjectWithCity(QStringLiteral("Damaged"));
    QVERIFY(!folder.isEmpty());
    QFile db(folder + QStringLiteral("/project.db"));
    QVERIFY(db.open(QIODevice::ReadWrite));
    // Overwrite the second and third pages (schema and table b-trees) with noise.
    QVERIFY(db.seek(8192));
    QByteArray noise(8192 * 2, '\0');
    for (qsizetype i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 131 + 7) & 0xff);
    db.write(noise);
    db.close();
    const auto before = test::snapshot(folder);
    auto project = Project::open(folder);
    QVERIFY(!project);
    QCOMPARE(project.error().code, Error::Code::Corrupt);
    QVERIFY(project.error().message.contains(QStringLiteral("damaged")));
    QCOMPARE(test::snapshot(folder), before);
}

void TestProject::openForeignSqliteDatabase_reportsAndChangesNothing()
{
    const QString folder = m_dir->filePath(QStringLiteral("Other.tianye"));
    QVERIFY(QDir().mkpath(folder));
    {
        SQLite::Database other(QString(folder + QStringLiteral("/project.db")).toStdString(),
                               SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE photos(id INTEGER PRIMARY KEY, path TEXT); INSERT INTO photos(path) VALUES "
                   "('a.jpg')");
    }
    const auto before = test::snapshot(folder);
    auto project = Project::open(folder);
    QVERIFY(!project);
    QCOMPARE(project.error().code, Error::Code::NotAProject);
    QVERIFY(project.error().message.contains(QStringLiteral("another program")));
    QCOMPARE(test::snapshot(folder), before);
}

void TestProject::openNewerSchema_refusedAndUnchanged()
{
    const QString folder = makeProjectWithCity(QStringLiteral("Future"));
    QVERIFY(!folder.isEmpty());
    {
        SQLite::Database raw(QString(folder + QStringLiteral("/project.db")).toStdString(),
                             SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA user_version = 99");
    }
    const auto before = test::snapshot(folder);
    auto project = Project::open(folder);
    QVERIFY(!project);
    QCOMPARE(project.error().code, Error::Code::TooNew);
    QVERIFY(project.error().message.contains(QStringLiteral("newer version")));
    QCOMPARE(test::snapshot(folder), before);
}

void TestProject::openReadOnlyFolder_reportsAndWritesNothing()
{
    const QString folder = makeProjectWithCity(QStringLiteral("Archive"));
    QVERIFY(!folder.isEmpty());
    const auto before = test::snapshot(folder);
    QString why;
    QVERIFY2(test::makeReadOnly(folder, &why), qPrintable(why));
    auto project = Project::open(folder);
    test::makeWritable(folder);
    QVERIFY(!project);
    QCOMPARE(project.error().code, Error::Code::ReadOnly);
    QVERIFY(project.error().message.contains(QStringLiteral("read-only")));
    QVERIFY(project.error().message.contains(QStringLiteral("Archive.tianye")));
    QCOMPARE(test::snapshot(folder), before);
}

void TestProject::secondOpenInSameProcess_isRefusedWithClearMessage()
{
    const QString folder = makeProjectWithCity(QStringLiteral("Twice"));
    auto first = Project::open(folder);
    QVERIFY(first);
    auto second = Project::open(folder + QStringLiteral("/project.db"));
    QVERIFY(!second);
    QCOMPARE(second.error().code, Error::Code::Locked);
    QVERIFY(second.error().message.contains(QStringLiteral("already open in another window or process")));
    // The first one goes on working.
    City city;
    city.name = QStringLiteral("齐齐哈尔");
    QVERIFY(test::write(**first, [&](const WriteScope& w) { return (*first)->cities().add(w, city); }));
}

void TestProject::secondProcess_getsOpenElsewhereMessage()
{
    const QString folder = makeProjectWithCity(QStringLiteral("Shared"));
    auto mine = Project::open(folder);
    QVERIFY(mine);
    const auto before = test::snapshot(folder);
    const auto run =
        test::runCli({QStringLiteral("city"), QStringLiteral("add"), folder, QStringLiteral("烟台")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("already open in another window or process")),
             qPrintable(run.err));
    QCOMPARE(test::snapshot(folder), before);
}

// A lock file left empty or damaged (a crash while it was written, a sync tool) named
// no process and kept the project locked for ever ("pid 0 on"): it is stale once it
// is old enough not to be one being written; a lock held by a live process is named.
void TestProject::emptyOrGarbageLockFile_isStale_andALiveLockIsNamed()
{
    const QString folder = makeProjectWithCity(QStringLiteral("Garbage"));
    const QString lock = folder + QStringLiteral("/.tianye.lock");
    for (const QByteArray& content : {QByteArray(), QByteArray("\x00\xff garbage \n\n\n")}) {
        {
            QFile f(lock);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        // Old enough that nobody is writing it.
        QFile f(lock);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
        f.close();
        auto project = Project::open(folder);
        QVERIFY2(project, project ? "" : qPrintable(project.error().message));
    }
    auto mine = Project::open(folder);
    QVERIFY(mine);
    auto second = Project::open(folder);
    QVERIFY(!second);
    QVERIFY2(second.error().message.contains(QStringLiteral(".tianye.lock")),
             qPrintable(second.error().message));
    QVERIFY2(second.error().message.contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(second.error().message));
}

void TestProject::lockOfKilledProcess_isClearedAndDataIsConsistent()
{
    // A generator run that is killed mid-way leaves its lock file behind with a dead pid.
    const QString path = m_dir->filePath(QStringLiteral("Killed"));
    QProcess gen;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en")); // the progress text below
    gen.setProcessEnvironment(env);
    gen.start(QStringLiteral(TIANYE_CLI_PATH),
              {QStringLiteral("generate"), path, QStringLiteral("--cities"), QStringLiteral("1"),
               QStringLiteral("--interviews-per-city"), QStringLiteral("100000"), QStringLiteral("--chars"),
               QStringLiteral("2000")});
    QVERIFY(gen.waitForStarted());
    const QString folder = path + QStringLiteral(".tianye");
    // Wait until some batches are committed: the generator reports progress after each commit
    // (the size of the WAL is no sign of it, as a big transaction spills pages there before it
    // commits).
    QByteArray progress;
    QTRY_VERIFY_WITH_TIMEOUT((progress += gen.readAllStandardError(), progress.contains("100 of ")), 30'000);
    // Each report on a line of its own (a log or a script reads lines).
    QVERIFY2(progress.contains("50 of 100000 interviews\n"), progress.constData());
    QVERIFY(QFile::exists(folder + QStringLiteral("/.tianye.lock")));
    gen.kill();
    QVERIFY(gen.waitForFinished());
    QVERIFY(QFile::exists(folder + QStringLiteral("/.tianye.lock")));

    auto project = Project::open(folder);
    QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
    // Whole batches only: every interview has its participant and transcript.
    auto& db = (*project)->db().sql();
    const int interviews = db.execAndGet("SELECT count(*) FROM interviews").getInt();
    QVERIFY(interviews > 0);
    QCOMPARE(interviews % 50, 0);
    QCOMPARE(db.execAndGet("SELECT count(*) FROM interviews i WHERE NOT EXISTS "
                           "(SELECT 1 FROM segments s WHERE s.interview_id = i.id)")
                 .getInt(),
             0);
    QCOMPARE(QString::fromStdString(db.execAndGet("PRAGMA integrity_check").getString()),
             QStringLiteral("ok"));
    project->reset();
    // The project says it is partial.
    const auto check = test::runCli({QStringLiteral("check"), folder});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.out.contains(QStringLiteral("was not finished")), qPrintable(check.out));
    QVERIFY2(check.out.contains(QStringLiteral("generate was stopped")), qPrintable(check.out));
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
