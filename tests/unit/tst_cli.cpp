// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "TestSupport.h"
#include "core/TextAnchor.h"
#include "store/InterviewRepository.h"
#include "store/Project.h"
#include "store/QuoteRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace tianye;
using test::runCli;

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version_andHelpEverywhere_data();
    void version_andHelpEverywhere();
    void scriptAProject_initCityInterviewInfo();
    void interviewId_isAcceptedByTheStore();
    void demo_thenInfoAndCheck();
    void generate_sameSeedSameCorpus();
    void search_countsJsonAndRebuild();
    void exportTranscript_toStdoutAndFile();
    void badArguments_exitTwoWithMessage_data();
    void badArguments_exitTwoWithMessage();
    void badProject_exitOneNamingIt();
    void aCopyWithoutRecordings_fetchesThem_andListsWhoChangedWhat();
    void mergeThenCopy_theTwoProjectsSyncAfterwards();
    void readingCommands_runWhileTheWindowHasTheProject_andOnAReadOnlyFolder();
    void kwicAndCode_concordanceLines_thenEveryHitAQuoteOnce();
    void savedSearches_runByName_andTravelToTheOtherCopy();

private:
    QTemporaryDir m_dir;
};

void TestCli::version_andHelpEverywhere_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << QStringLiteral("tianye-cli 0.");
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << QStringLiteral("generate");
    for (const char* command : {"init", "info", "demo", "check", "generate", "search", "export-transcript"})
        QTest::newRow(command) << QStringList{QLatin1String(command), QStringLiteral("--help")}
                               << QStringLiteral("PATH");
    QTest::newRow("city") << QStringList{QStringLiteral("city"), QStringLiteral("--help")}
                          << QStringLiteral("city add");
    QTest::newRow("city add") << QStringList{QStringLiteral("city"), QStringLiteral("add"),
                                             QStringLiteral("--help")}
                              << QStringLiteral("--region");
    QTest::newRow("interview add") << QStringList{QStringLiteral("interview"), QStringLiteral("add"),
                                                  QStringLiteral("--help")}
                                   << QStringLiteral("--participant");
    QTest::newRow("interview list") << QStringList{QStringLiteral("interview"), QStringLiteral("list"),
                                                   QStringLiteral("--help")}
                                    << QStringLiteral("--city");
}

void TestCli::version_andHelpEverywhere()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const auto run = runCli(args);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
}

void TestCli::scriptAProject_initCityInterviewInfo()
{
    const QString path = m_dir.filePath(QStringLiteral("Script"));
    auto run = runCli({QStringLiteral("init"), path, QStringLiteral("--name"), QStringLiteral("第五季")});
    QCOMPARE(run.exitCode, 0);
    const QString folder = path + QStringLiteral(".tianye");
    QVERIFY(run.out.contains(folder));
    run = runCli({QStringLiteral("city"), QStringLiteral("add"), folder, QStringLiteral("大同"),
                  QStringLiteral("--region"), QStringLiteral("山西"), QStringLiteral("--target"),
                  QStringLiteral("120")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("1"));
    for (const char* code : {"DT-001", "DT-002"}) {
        run = runCli({QStringLiteral("interview"), QStringLiteral("add"), folder, QStringLiteral("--city"),
                      QStringLiteral("大同"), QStringLiteral("--participant"), QLatin1String(code),
                      QStringLiteral("--interviewer"), QStringLiteral("林晓"), QStringLiteral("--date"),
                      QStringLiteral("2026-10-14T15:30"), QStringLiteral("--mode"), QStringLiteral("phone"),
                      QStringLiteral("--status"), QStringLiteral("transcribed")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$")).match(run.out.trimmed()).hasMatch(),
                 qPrintable(run.out));
    }
    run = runCli({QStringLiteral("info"), folder});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("第五季")));
    QVERIFY2(run.out.contains(QStringLiteral("interviews 2 (transcribed 2/120), participants 2")),
             qPrintable(run.out));

    run = runCli({QStringLiteral("info"), folder, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject info = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonObject city = info.value(QStringLiteral("cities")).toArray().at(0).toObject();
    QCOMPARE(city.value(QStringLiteral("name")).toString(), QStringLiteral("大同"));
    QCOMPARE(city.value(QStringLiteral("interviews")).toInt(), 2);
    QCOMPARE(city.value(QStringLiteral("target")).toInt(), 120);

    run = runCli({QStringLiteral("interview"), QStringLiteral("list"), folder, QStringLiteral("--city"),
                  QStringLiteral("大同")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed().split(QLatin1Char('\n')).size(), 2);
    QVERIFY(run.out.contains(QStringLiteral("DT-002")));
}

void TestCli::interviewId_isAcceptedByTheStore()
{
    const QString path = m_dir.filePath(QStringLiteral("Ids"));
    QCOMPARE(runCli({QStringLiteral("init"), path}).exitCode, 0);
    const QString folder = path + QStringLiteral(".tianye");
    QCOMPARE(runCli({QStringLiteral("city"), QStringLiteral("add"), folder, QStringLiteral("烟台")}).exitCode,
             0);
    const auto run =
        runCli({QStringLiteral("interview"), QStringLiteral("add"), folder, QStringLiteral("--city"),
                QStringLiteral("1"), QStringLiteral("--summary"), QStringLiteral("民宿主人")});
    QCOMPARE(run.exitCode, 0);
    auto project = Project::open(folder);
    QVERIFY(project);
    const RowId id = *(*project)->interviews().resolve(run.out.trimmed());
    QVERIFY(id != NoRow);
    QCOMPARE((*project)->interviews().get(id)->summary, QStringLiteral("民宿主人"));
}

void TestCli::demo_thenInfoAndCheck()
{
    const QString path = m_dir.filePath(QStringLiteral("Demo"));
    auto run = runCli({QStringLiteral("demo"), path});
    QCOMPARE(run.exitCode, 0);
    const QString folder = path + QStringLiteral(".tianye");
    run = runCli({QStringLiteral("info"), folder});
    QCOMPARE(run.exitCode, 0);
    for (const char* city : {"大同  「不争」", "烟台  「自在」", "齐齐哈尔  「活得真」"})
        QVERIFY2(run.out.contains(QString::fromUtf8(city)), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("media files: 3")));
    run = runCli({QStringLiteral("check"), folder});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("OK")));

    // A media file gone missing is a problem check reports by name.
    const QStringList files = QDir(folder + QStringLiteral("/media")).entryList(QDir::Files);
    QVERIFY(QFile::remove(folder + QStringLiteral("/media/") + files.front()));
    run = runCli({QStringLiteral("check"), folder});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("Missing media file")) && run.out.contains(files.front()),
             qPrintable(run.out));
}

void TestCli::generate_sameSeedSameCorpus()
{
    QString infos[2];
    for (int i = 0; i < 2; ++i) {
        const QString path = m_dir.filePath(QStringLiteral("Gen%1").arg(i));
        const auto run =
            runCli({QStringLiteral("generate"), path, QStringLiteral("--cities"), QStringLiteral("3"),
                    QStringLiteral("--interviews-per-city"), QStringLiteral("20"), QStringLiteral("--chars"),
                    QStringLiteral("2000"), QStringLiteral("--quotes"), QStringLiteral("90"),
                    QStringLiteral("--seed"), QStringLiteral("5")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("60 interviews")));
        QVERIFY(run.out.contains(QStringLiteral("90 quotes")));
        infos[i] = runCli({QStringLiteral("info"), path + QStringLiteral(".tianye")})
                       .out.section(QLatin1Char('\n'), 3);
    }
    QVERIFY(!infos[0].isEmpty());
    QCOMPARE(infos[0], infos[1]);
}

void TestCli::search_countsJsonAndRebuild()
{
    const QString path = m_dir.filePath(QStringLiteral("SearchDemo"));
    QCOMPARE(runCli({QStringLiteral("demo"), path}).exitCode, 0);
    const QString folder = path + QStringLiteral(".tianye");
    auto run = runCli({QStringLiteral("search"), folder, QStringLiteral("不争"), QStringLiteral("--count")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("4"));
    run = runCli({QStringLiteral("search"), folder, QStringLiteral("自在"), QStringLiteral("--city"),
                  QStringLiteral("大同"), QStringLiteral("--count")});
    QCOMPARE(run.out.trimmed(), QStringLiteral("0"));

    run = runCli({QStringLiteral("search"), folder, QStringLiteral("不争"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("total_segments")).toInt(), 4);
    const QJsonArray interviews = root.value(QStringLiteral("interviews")).toArray();
    QVERIFY(!interviews.isEmpty());
    const QJsonObject hit =
        interviews.at(0).toObject().value(QStringLiteral("hits")).toArray().at(0).toObject();
    const QString snippet = hit.value(QStringLiteral("snippet")).toString();
    const QJsonArray range = hit.value(QStringLiteral("highlights")).toArray().at(0).toArray();
    QCOMPARE(codePointMid(snippet, {range.at(0).toInteger(), range.at(1).toInteger()}),
             QStringLiteral("不争"));

    run = runCli({QStringLiteral("search"), folder, QStringLiteral("不争")});
    QVERIFY2(run.out.contains(QStringLiteral("【不争】")), qPrintable(run.out));
    run = runCli({QStringLiteral("search"), folder, QStringLiteral("\"(")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("Type a word")));

    run = runCli({QStringLiteral("check"), folder, QStringLiteral("--rebuild-index")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("Search index rebuilt.")));
    QCOMPARE(runCli({QStringLiteral("search"), folder, QStringLiteral("不争"), QStringLiteral("--count")})
                 .out.trimmed(),
             QStringLiteral("4"));
}

void TestCli::exportTranscript_toStdoutAndFile()
{
    const QString path = m_dir.filePath(QStringLiteral("ExportDemo"));
    QCOMPARE(runCli({QStringLiteral("demo"), path}).exitCode, 0);
    const QString folder = path + QStringLiteral(".tianye");
    auto run = runCli({QStringLiteral("export-transcript"), folder, QStringLiteral("--interview"),
                       QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("vtt")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(QStringLiteral("WEBVTT\n\n00:00:05.000 --> 00:00:09.000\n<v 访谈员>王师傅")));
    const QString file = m_dir.filePath(QStringLiteral("dt1.srt"));
    run = runCli({QStringLiteral("export-transcript"), folder, QStringLiteral("--interview"),
                  QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("srt"),
                  QStringLiteral("-o"), file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("segments: 12")), qPrintable(run.out));
    QFile srt(file);
    QVERIFY(srt.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(srt.readAll()).contains(QStringLiteral("12\n00:02:08,000 --> ")));
    run = runCli(
        {QStringLiteral("export-transcript"), folder, QStringLiteral("--interview"), QStringLiteral("99")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("no interview \"99\"")));
    run = runCli({QStringLiteral("export-transcript"), folder, QStringLiteral("--interview"),
                  QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("docx")});
    QCOMPARE(run.exitCode, 2);
    // An unwritable destination is reported by name and leaves nothing behind.
    run = runCli({QStringLiteral("export-transcript"), folder, QStringLiteral("--interview"),
                  QStringLiteral("1"), QStringLiteral("-o"),
                  m_dir.filePath(QStringLiteral("no/such/dir/out.txt"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("out.txt")));
}

void TestCli::badArguments_exitTwoWithMessage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << QStringLiteral("Usage");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("unknown command");
    QTest::newRow("missing path") << QStringList{QStringLiteral("info")}
                                  << QStringLiteral("Missing arguments");
    QTest::newRow("extra argument") << QStringList{QStringLiteral("init"), QStringLiteral("a"),
                                                   QStringLiteral("b")}
                                    << QStringLiteral("Too many arguments");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("info"), QStringLiteral("x"),
                                                   QStringLiteral("--frob")}
                                    << QStringLiteral("Unknown option");
    QTest::newRow("city without verb")
        << QStringList{QStringLiteral("city")} << QStringLiteral("needs a subcommand");
    QTest::newRow("interview without city")
        << QStringList{QStringLiteral("interview"), QStringLiteral("add"), QStringLiteral("x")}
        << QStringLiteral("--city is required");
    QTest::newRow("bad mode") << QStringList{QStringLiteral("interview"), QStringLiteral("add"),
                                             QStringLiteral("x"),         QStringLiteral("--city"),
                                             QStringLiteral("a"),         QStringLiteral("--mode"),
                                             QStringLiteral("telepathy")}
                              << QStringLiteral("Unknown mode");
    QTest::newRow("bad size") << QStringList{QStringLiteral("generate"), QStringLiteral("x"),
                                             QStringLiteral("--cities"), QStringLiteral("many")}
                              << QStringLiteral("whole numbers");
}

void TestCli::badArguments_exitTwoWithMessage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto run = runCli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestCli::badProject_exitOneNamingIt()
{
    const QString notProject = m_dir.filePath(QStringLiteral("plain-folder"));
    QVERIFY(QDir().mkpath(notProject));
    auto run = runCli({QStringLiteral("info"), notProject});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("plain-folder")));
    QVERIFY(run.err.contains(QStringLiteral("not a Tianye project")));
    run = runCli({QStringLiteral("city"), QStringLiteral("add"), m_dir.filePath(QStringLiteral("missing")),
                  QStringLiteral("大同")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("There is no project")));
}

// Team work from a script: a colleague's copy made without recordings lists them as
// missing until they are fetched from the origin; the interview list says who last
// changed each interview.
void TestCli::aCopyWithoutRecordings_fetchesThem_andListsWhoChangedWhat()
{
    QTemporaryDir dir;
    const QString origin = dir.filePath(QStringLiteral("Demo.tianye"));
    QCOMPARE(runCli({QStringLiteral("demo"), origin}).exitCode, 0);
    const QString copy = dir.filePath(QStringLiteral("Li.tianye"));
    auto run = runCli({QStringLiteral("clone"), origin, copy, QStringLiteral("--without-media"),
                       QStringLiteral("--author"), QStringLiteral("李娜")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    auto missing = [&] {
        const auto listed = runCli({QStringLiteral("media"), copy, QStringLiteral("--json")});
        int n = 0;
        for (const QJsonValue& v : QJsonDocument::fromJson(listed.out.toUtf8()).array())
            n += v.toObject()[QStringLiteral("missing")].toBool() ? 1 : 0;
        return n;
    };
    QVERIFY(missing() > 0);
    run = runCli({QStringLiteral("media"), copy, QStringLiteral("--fetch-from"), origin});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("copied")), qPrintable(run.err));
    QCOMPARE(missing(), 0);

    // A transcript brought in on the colleague's copy is a change to its interview.
    const QString text = dir.filePath(QStringLiteral("more.txt"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("钟楼下的面馆开到半夜。\n");
    }
    run = runCli({QStringLiteral("import-transcript"), copy, QStringLiteral("--interview"),
                  QStringLiteral("1"), text});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = runCli({QStringLiteral("interview"), QStringLiteral("list"), copy, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray interviews = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QVERIFY(!interviews.isEmpty());
    for (const QJsonValue& v : interviews) {
        const QJsonObject o = v.toObject();
        QVERIFY2(o.contains(QStringLiteral("last_changed_at")) &&
                     o.contains(QStringLiteral("last_changed_on")),
                 qPrintable(QString::fromUtf8(QJsonDocument(o).toJson())));
    }
    bool first = false;
    for (const QJsonValue& v : interviews)
        if (v.toObject()[QStringLiteral("id")].toInt() == 1) {
            first = true;
            QCOMPARE(v.toObject()[QStringLiteral("last_changed_by")].toString(), QStringLiteral("李娜"));
        }
    QVERIFY(first);
}

void TestCli::mergeThenCopy_theTwoProjectsSyncAfterwards()
{
    QTemporaryDir dir;
    const QString lead = dir.filePath(QStringLiteral("Lead.tianye"));
    const QString team = dir.filePath(QStringLiteral("Weihai"));
    QCOMPARE(runCli({QStringLiteral("demo"), lead}).exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("init"), team}).exitCode, 0);
    const QString teamFolder = team + QStringLiteral(".tianye");
    QCOMPARE(
        runCli({QStringLiteral("city"), QStringLiteral("add"), teamFolder, QStringLiteral("威海")}).exitCode,
        0);
    auto logOne = [&](const QString& project, const QString& code) {
        return runCli({QStringLiteral("interview"), QStringLiteral("add"), project, QStringLiteral("--city"),
                       QStringLiteral("威海"), QStringLiteral("--participant"), code});
    };
    QCOMPARE(logOne(teamFolder, QStringLiteral("WH-001")).exitCode, 0);
    auto run = runCli({QStringLiteral("merge"), lead, teamFolder, QStringLiteral("--then-copy")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("is now a copy")), qPrintable(run.out));
    // The team logs on; the lead syncs with them as with any copy.
    QCOMPARE(logOne(teamFolder, QStringLiteral("WH-002")).exitCode, 0);
    run = runCli({QStringLiteral("sync"), lead, teamFolder});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = runCli({QStringLiteral("interview"), QStringLiteral("list"), lead, QStringLiteral("--city"),
                  QStringLiteral("威海"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 2);
}

QTEST_GUILESS_MAIN(TestCli)
// A colleague has the project open in the window (its lock is held) and a script
// reads it; or the project sits on a read-only medium. Every command that only reads
// works; one that writes is refused naming the folder, and nothing changes.
void TestCli::readingCommands_runWhileTheWindowHasTheProject_andOnAReadOnlyFolder()
{
    const QString path = m_dir.filePath(QStringLiteral("HeldOpen"));
    QCOMPARE(runCli({QStringLiteral("demo"), path}).exitCode, 0);
    const QString folder = path + QStringLiteral(".tianye");
    const QString out = m_dir.filePath(QStringLiteral("held-out"));
    QVERIFY(QDir().mkpath(out));
    const auto readEverything = [&](const QString& where) {
        const QList<QStringList> reads{
            {QStringLiteral("info"), folder},
            {QStringLiteral("search"), folder, QStringLiteral("不争"), QStringLiteral("--count")},
            {QStringLiteral("quotes"), folder, QStringLiteral("-o"), out + QStringLiteral("/q.csv")},
            {QStringLiteral("matrix"), folder},
            {QStringLiteral("media"), folder},
            {QStringLiteral("conflicts"), folder},
            {QStringLiteral("export-transcript"), folder, QStringLiteral("--interview"), QStringLiteral("1")},
            {QStringLiteral("dossier"), folder, QStringLiteral("--city"), QStringLiteral("大同"),
             QStringLiteral("-o"), out + QStringLiteral("/d.md")},
        };
        for (const QStringList& args : reads) {
            const auto run = runCli(args);
            QVERIFY2(run.exitCode == 0,
                     qPrintable(QStringLiteral("%1 %2: %3").arg(where, args.front(), run.err)));
        }
        const auto count =
            runCli({QStringLiteral("search"), folder, QStringLiteral("不争"), QStringLiteral("--count")});
        QCOMPARE(count.out.trimmed(), QStringLiteral("4"));
    };
    {
        auto window = Project::open(folder); // what the window holds
        QVERIFY(window);
        readEverything(QStringLiteral("while open"));
        const auto write =
            runCli({QStringLiteral("city"), QStringLiteral("add"), folder, QStringLiteral("烟台2")});
        QCOMPARE(write.exitCode, 1);
        QVERIFY2(write.err.contains(QStringLiteral("already open")), qPrintable(write.err));
    }
    // A clean close leaves no -wal or -shm: a reader cannot make them on a read-only folder.
    QVERIFY(!QFileInfo::exists(folder + QStringLiteral("/project.db-shm")));
    QString why;
    const bool frozen = test::makeReadOnly(folder, &why);
    const auto thaw = qScopeGuard([&] { test::makeWritable(folder); });
    TIANYE_NEED(frozen ? QString() : why);
    readEverything(QStringLiteral("read-only folder"));
    const auto write =
        runCli({QStringLiteral("city"), QStringLiteral("add"), folder, QStringLiteral("烟台2")});
    QCOMPARE(write.exitCode, 1);
    QVERIFY2(write.err.contains(QDir::toNativeSeparators(folder)), qPrintable(write.err));
}

// The concordance and code-from-search verbs of the Search view, from a script.
void TestCli::kwicAndCode_concordanceLines_thenEveryHitAQuoteOnce()
{
    const QString path = m_dir.filePath(QStringLiteral("Coding"));
    QCOMPARE(runCli({QStringLiteral("demo"), path}).exitCode, 0);
    const QString folder = path + QStringLiteral(".tianye");
    auto run = runCli({QStringLiteral("search"), folder, QStringLiteral("不争"), QStringLiteral("--kwic"),
                       QStringLiteral("--sort"), QStringLiteral("right"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray lines = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(lines.size(), 4);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QCOMPARE(lines[i].toObject().value(QStringLiteral("hit")).toString(), QStringLiteral("不争"));
        if (i > 0)
            QVERIFY(lines[i - 1].toObject().value(QStringLiteral("right")).toString() <=
                    lines[i].toObject().value(QStringLiteral("right")).toString());
    }
    const QString xlsx = m_dir.filePath(QStringLiteral("kwic.xlsx"));
    run = runCli({QStringLiteral("search"), folder, QStringLiteral("不争"), QStringLiteral("--kwic"),
                  QStringLiteral("-o"), xlsx});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(test::exportedText(xlsx).contains(QStringLiteral("不争")));

    const auto quotes = [&] {
        return QJsonDocument::fromJson(
                   runCli({QStringLiteral("code"), folder, QStringLiteral("--search"), QStringLiteral("不争"),
                           QStringLiteral("--scope"), QStringLiteral("sentence"), QStringLiteral("--dry-run"),
                           QStringLiteral("--json")})
                       .out.toUtf8())
            .object();
    };
    const QJsonObject plan = quotes();
    QCOMPARE(plan.value(QStringLiteral("hits")).toInt(), 4);
    const QJsonArray planned = plan.value(QStringLiteral("quotes")).toArray();
    int fresh = 0;
    for (const auto& q : planned) {
        QVERIFY(q.toObject().value(QStringLiteral("text")).toString().contains(QStringLiteral("不争")));
        fresh += q.toObject().value(QStringLiteral("existing_quote")).isNull();
    }
    QVERIFY(fresh > 0);
    auto before = Project::openForReading(folder);
    const size_t had = (*before)->quotes().list()->size();
    before->reset();

    run = runCli({QStringLiteral("code"), folder, QStringLiteral("--search"), QStringLiteral("不争"),
                  QStringLiteral("--theme"), QStringLiteral("不争的底气"), QStringLiteral("--scope"),
                  QStringLiteral("sentence")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("%1 quote").arg(planned.size())), qPrintable(run.err));
    // Run again: the same words are quotes by now; they keep their one quote each.
    for (const auto& q : quotes().value(QStringLiteral("quotes")).toArray())
        QVERIFY(!q.toObject().value(QStringLiteral("existing_quote")).isNull());
    QCOMPARE(runCli({QStringLiteral("code"), folder, QStringLiteral("--search"), QStringLiteral("不争"),
                     QStringLiteral("--theme"), QStringLiteral("不争的底气"), QStringLiteral("--scope"),
                     QStringLiteral("sentence")})
                 .exitCode,
             0);
    auto after = Project::openForReading(folder);
    QCOMPARE((*after)->quotes().list()->size(), had + size_t(fresh));

    run = runCli({QStringLiteral("code"), folder, QStringLiteral("--search"), QStringLiteral("不争")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("--theme")));
}

// A lead saves the searches the team keeps running; a colleague's copy gets them at
// the next sync.
void TestCli::savedSearches_runByName_andTravelToTheOtherCopy()
{
    QTemporaryDir dir;
    const QString lead = dir.filePath(QStringLiteral("Lead.tianye"));
    const QString copy = dir.filePath(QStringLiteral("Copy.tianye"));
    QCOMPARE(runCli({QStringLiteral("demo"), lead}).exitCode, 0);
    QCOMPARE(runCli({QStringLiteral("clone"), lead, copy, QStringLiteral("--without-media"),
                     QStringLiteral("--author"), QStringLiteral("李娜")})
                 .exitCode,
             0);
    auto run = runCli({QStringLiteral("saved-search"), QStringLiteral("add"), lead,
                       QStringLiteral("大同的不争"), QStringLiteral("不争 city:大同")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = runCli({QStringLiteral("search"), lead, QStringLiteral("--saved"), QStringLiteral("大同的不争"),
                  QStringLiteral("--count")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QStringLiteral("4"));
    // Saving under the same name replaces the query.
    QCOMPARE(runCli({QStringLiteral("saved-search"), QStringLiteral("add"), lead,
                     QStringLiteral("大同的不争"), QStringLiteral("城墙 city:大同")})
                 .exitCode,
             0);
    run = runCli({QStringLiteral("saved-search"), QStringLiteral("list"), lead, QStringLiteral("--json")});
    QJsonArray saved = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved[0].toObject().value(QStringLiteral("query")).toString(), QStringLiteral("城墙 city:大同"));
    run = runCli({QStringLiteral("search"), lead, QStringLiteral("--saved"), QStringLiteral("没有这个")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("没有这个")));

    run = runCli({QStringLiteral("sync"), copy, lead});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = runCli({QStringLiteral("saved-search"), QStringLiteral("list"), copy, QStringLiteral("--json")});
    saved = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("大同的不争"));
    // Removed on the copy: gone from both after the next sync.
    QCOMPARE(
        runCli({QStringLiteral("saved-search"), QStringLiteral("remove"), copy, QStringLiteral("大同的不争")})
            .exitCode,
        0);
    QCOMPARE(runCli({QStringLiteral("sync"), copy, lead}).exitCode, 0);
    run = runCli({QStringLiteral("saved-search"), QStringLiteral("list"), lead, QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 0);
}

#include "tst_cli.moc"
