// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
// The change log that copies of a project will exchange: every committed step, made by
// a verb, undone or redone, is in it as another copy could apply it (rows by UUID,
// references by UUID), with who made it, on which copy, and a clock that never goes
// back; and each copy of a project is a device of its own.
#include "TestSupport.h"
#include "core/Ids.h"
#include "demo/DemoProject.h"
#include "ops/Cities.h"
#include "ops/Interviews.h"
#include "ops/Reader.h"
#include "ops/Session.h"
#include "ops/Team.h"
#include "ops/Transcripts.h"
#include "store/ChangeLog.h"
#include "store/Database.h"
#include "store/Project.h"
#include "store/WriteScope.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <SQLiteCpp/Statement.h>

using namespace tianye;

namespace {

// The rows of the newest entry that touch table.
QList<QJsonObject> rowsOf(const LogEntry& entry, const QString& table)
{
    QList<QJsonObject> rows;
    for (const QJsonValue& v : entry.changes)
        if (v.toObject().value(QStringLiteral("t")).toString() == table)
            rows << v.toObject();
    return rows;
}

LogEntry newest(Project& project)
{
    auto entries = ChangeLog::recent(project.db(), 1);
    if (!entries || entries->empty())
        return {};
    return entries->front();
}

bool copyFolder(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(file));
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

} // namespace

class TestChangeLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyVerb_isLogged_withRowsAndReferencesByUuid();
    void undoAndRedo_areLoggedAsStepsOfTheirOwn();
    void aRowIdFreedAndTakenAgainInOneStep_isLoggedAsTwoRecords();
    void aLinkWhoseTwoEndsBothChangedRecord_isLoggedOnce_betweenTheOldAndTheNew();
    void theClock_neverGoesBack();
    void aFolderCopiedByHand_opensAsANewDevice_ofTheSameProject();
    void theAuthor_isTheResearcherSet_elseTheCopysDefault();
    void aCopyForAColleague_isTheSameProject_onADeviceOfItsOwn();
    void aCopyWithoutMedia_leavesTheRecordingsOut();
    void aCopyThatCannotBeMade_leavesNothing_andChangesNothing();
    void aCopyOnAFullDisk_isReported_andLeavesNothing();
};

void TestChangeLog::everyVerb_isLogged_withRowsAndReferencesByUuid()
{
    QTemporaryDir dir;
    auto project = Project::create(dir.filePath(QStringLiteral("Log")));
    QVERIFY(project);
    Project& p = **project;
    ops::Session session(p);
    QCOMPARE(*ChangeLog::count(p.db()), 0);

    City datong;
    datong.name = QStringLiteral("大同");
    auto cityId = ops::addCity(session, datong);
    QVERIFY(cityId);
    const QString cityUuid = ops::Reader(p).city(*cityId)->uuid;
    LogEntry added = newest(p);
    QCOMPARE(added.device, ChangeLog::deviceId(p.db()));
    QCOMPARE(added.deviceSeq, 1);
    QVERIFY(added.label.contains(QStringLiteral("大同")));
    auto cities = rowsOf(added, QStringLiteral("cities"));
    QCOMPARE(cities.size(), 1);
    QCOMPARE(cities[0][QStringLiteral("o")].toString(), QStringLiteral("i"));
    QCOMPARE(cities[0][QStringLiteral("k")].toString(), cityUuid);
    QCOMPARE(cities[0][QStringLiteral("v")].toObject()[QStringLiteral("name")].toString(),
             QStringLiteral("大同"));
    QVERIFY2(!cities[0][QStringLiteral("v")].toObject().contains(QStringLiteral("id")),
             "row ids are local to a copy and never logged");

    // An interview with a new participant: the participant and the interview refer to
    // the city by its UUID; the link row is keyed by the UUIDs of both ends.
    Interview iv;
    iv.cityId = *cityId;
    iv.startedAt = QStringLiteral("2026-05-01T10:00");
    auto ivId = ops::logInterview(session, iv, {{QStringLiteral("DT-001"), QStringLiteral("面馆老板"), {}}},
                                  {QStringLiteral("王磊")});
    QVERIFY(ivId);
    const LogEntry logged = newest(p);
    QCOMPARE(logged.deviceSeq, 2);
    const auto participants = rowsOf(logged, QStringLiteral("participants"));
    QCOMPARE(participants.size(), 1);
    QCOMPARE(participants[0][QStringLiteral("v")]
                 .toObject()[QStringLiteral("city_id")]
                 .toObject()[QStringLiteral("@")]
                 .toString(),
             cityUuid);
    const auto links = rowsOf(logged, QStringLiteral("interview_participants"));
    QCOMPARE(links.size(), 1);
    const QJsonObject key = links[0][QStringLiteral("k")].toObject();
    QCOMPARE(key[QStringLiteral("interview_id")].toObject()[QStringLiteral("@")].toString(),
             ops::Reader(p).interview(*ivId)->uuid);
    QCOMPARE(key[QStringLiteral("participant_id")].toObject()[QStringLiteral("@")].toString(),
             participants[0][QStringLiteral("k")].toString());

    // A field edit logs the new value and the one it replaced, nothing else.
    QVERIFY(ops::setCityField(session, *cityId, CityField::SpiritWord, QStringLiteral("不争")));
    const auto edited = rowsOf(newest(p), QStringLiteral("cities"));
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited[0][QStringLiteral("o")].toString(), QStringLiteral("u"));
    QCOMPARE(edited[0][QStringLiteral("k")].toString(), cityUuid);
    const QJsonObject values = edited[0][QStringLiteral("v")].toObject();
    QCOMPARE(values[QStringLiteral("spirit_word")].toString(), QStringLiteral("不争"));
    for (const QString& column : values.keys())
        QVERIFY2(QStringList({QStringLiteral("spirit_word"), QStringLiteral("updated_at"),
                              QStringLiteral("author_id")})
                     .contains(column),
                 qPrintable(column));
    QCOMPARE(edited[0][QStringLiteral("was")].toObject()[QStringLiteral("spirit_word")].toString(),
             QString());

    // Removing the city takes its interview and participant: each is logged as a delete
    // keyed by its UUID, with the row as it was (so a conflict can bring it back).
    QVERIFY(ops::removeCity(session, *cityId));
    const LogEntry removed = newest(p);
    const auto gone = rowsOf(removed, QStringLiteral("interviews"));
    QCOMPARE(gone.size(), 1);
    QCOMPARE(gone[0][QStringLiteral("o")].toString(), QStringLiteral("d"));
    QCOMPARE(gone[0][QStringLiteral("v")].toObject()[QStringLiteral("started_at")].toString(),
             QStringLiteral("2026-05-01T10:00"));
    QCOMPARE(gone[0][QStringLiteral("v")]
                 .toObject()[QStringLiteral("city_id")]
                 .toObject()[QStringLiteral("@")]
                 .toString(),
             cityUuid);
    QCOMPARE(*ChangeLog::count(p.db()), 4);
}

void TestChangeLog::undoAndRedo_areLoggedAsStepsOfTheirOwn()
{
    QTemporaryDir dir;
    auto project = Project::create(dir.filePath(QStringLiteral("Undo")));
    QVERIFY(project);
    Project& p = **project;
    QUndoStack stack;
    ops::Session session(p, &stack);
    City yantai;
    yantai.name = QStringLiteral("烟台");
    auto cityId = ops::addCity(session, yantai);
    QVERIFY(cityId);
    const QString uuid = ops::Reader(p).city(*cityId)->uuid;

    QVERIFY(session.undo());
    LogEntry undone = newest(p);
    QVERIFY2(undone.label.startsWith(QStringLiteral("Undo")), qPrintable(undone.label));
    auto rows = rowsOf(undone, QStringLiteral("cities"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0][QStringLiteral("o")].toString(), QStringLiteral("d"));
    QCOMPARE(rows[0][QStringLiteral("k")].toString(), uuid);

    QVERIFY(session.redo());
    LogEntry redone = newest(p);
    QVERIFY2(redone.label.startsWith(QStringLiteral("Redo")), qPrintable(redone.label));
    rows = rowsOf(redone, QStringLiteral("cities"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0][QStringLiteral("o")].toString(), QStringLiteral("i"));
    QCOMPARE(rows[0][QStringLiteral("k")].toString(), uuid);
    QCOMPARE(redone.deviceSeq, 3);
}

// Saving a transcript whose last paragraph was deleted and a new one typed: SQLite gives
// the new segment the row id the deleted one had, and the recorded change reads as an
// update of that row id. The log must say what happened: one segment deleted, another
// made (else another copy would change a segment it has and never get the new one).
void TestChangeLog::aRowIdFreedAndTakenAgainInOneStep_isLoggedAsTwoRecords()
{
    QTemporaryDir dir;
    auto project = Project::create(dir.filePath(QStringLiteral("Reuse")));
    QVERIFY(project);
    Project& p = **project;
    ops::Session session(p);
    City city;
    city.name = QStringLiteral("大同");
    auto cityId = ops::addCity(session, city);
    QVERIFY(cityId);
    Interview iv;
    iv.cityId = *cityId;
    auto ivId = ops::logInterview(session, iv, {}, {});
    QVERIFY(ivId);
    auto typed = ops::editTranscript(
        session, *ivId, {},
        {{ops::TranscriptBlock::Action::Insert, NoRow, QStringLiteral("城墙上走一走。"), {}},
         {ops::TranscriptBlock::Action::Insert, NoRow, QStringLiteral("面馆里坐一坐。"), {}}});
    QVERIFY(typed);
    const auto before = *ops::Reader(p).segments(*ivId);
    QCOMPARE(before.size(), size_t(2));
    const Segment last = before.back();

    // The last paragraph deleted and a new one typed, saved as one step.
    auto saved =
        ops::editTranscript(session, *ivId, {last.id},
                            {{ops::TranscriptBlock::Action::Keep, before.front().id, before.front().text, {}},
                             {ops::TranscriptBlock::Action::Insert, NoRow, QStringLiteral("慢慢来。"), {}}});
    QVERIFY(saved);
    const auto after = *ops::Reader(p).segments(*ivId);
    QCOMPARE(after.size(), size_t(2));
    const Segment made = after.back();
    QCOMPARE(made.id, last.id); // the row id was taken again (what this test is about)
    QVERIFY(made.uuid != last.uuid);

    const auto rows = rowsOf(newest(p), QStringLiteral("segments"));
    QStringList seen;
    for (const QJsonObject& r : rows)
        seen << r[QStringLiteral("o")].toString() + QLatin1Char(' ') + r[QStringLiteral("k")].toString();
    QVERIFY2(seen.contains(QStringLiteral("d ") + last.uuid), qPrintable(seen.join(u',')));
    QVERIFY2(seen.contains(QStringLiteral("i ") + made.uuid), qPrintable(seen.join(u',')));
    for (const QJsonObject& r : rows) {
        if (r[QStringLiteral("k")].toString() == made.uuid)
            QCOMPARE(r[QStringLiteral("v")].toObject()[QStringLiteral("text")].toString(),
                     QStringLiteral("慢慢来。"));
        if (r[QStringLiteral("k")].toString() == last.uuid)
            QCOMPARE(r[QStringLiteral("v")].toObject()[QStringLiteral("text")].toString(),
                     QStringLiteral("面馆里坐一坐。"));
    }
}

// Undoing a sync that had put another interview and another participant on the row ids
// of an interview and its participant: the link row between those ids is untouched by
// the step, yet it now joins two other records. Found by a random sync story (seed 1171)
// where the link was logged with one old and one new end, and a copy lost it.
void TestChangeLog::aLinkWhoseTwoEndsBothChangedRecord_isLoggedOnce_betweenTheOldAndTheNew()
{
    QTemporaryDir dir;
    auto project = Project::create(dir.filePath(QStringLiteral("BothEnds")));
    QVERIFY(project);
    Project& p = **project;
    ops::Session session(p);
    City city;
    city.name = QStringLiteral("大同");
    auto cityId = ops::addCity(session, city);
    QVERIFY(cityId);
    Interview iv;
    iv.cityId = *cityId;
    auto ivId = ops::logInterview(session, iv, {{QStringLiteral("DT-001"), {}, {}}}, {});
    QVERIFY(ivId);
    const auto people = *ops::Reader(p).participants(*cityId);
    QCOMPARE(people.size(), size_t(1));
    const QString oldInterview = ops::Reader(p).interview(*ivId)->uuid;
    const QString oldPerson = people.front().uuid;
    const QString newInterview = newUuid(), newPerson = newUuid();

    QVERIFY(session.run(QStringLiteral("Both ends"), [&](const WriteScope&) {
        SQLite::Statement a(p.db().sql(), "UPDATE interviews SET uuid = ? WHERE id = ?");
        a.bind(1, newInterview.toStdString());
        a.bind(2, static_cast<int64_t>(*ivId));
        a.exec();
        SQLite::Statement b(p.db().sql(), "UPDATE participants SET uuid = ? WHERE id = ?");
        b.bind(1, newPerson.toStdString());
        b.bind(2, static_cast<int64_t>(people.front().id));
        b.exec();
    }));

    QStringList links;
    for (const QJsonObject& r : rowsOf(newest(p), QStringLiteral("interview_participants"))) {
        const QJsonObject k = r[QStringLiteral("k")].toObject();
        links << r[QStringLiteral("o")].toString() + QLatin1Char(' ') +
                     k[QStringLiteral("interview_id")].toObject()[QStringLiteral("@")].toString() +
                     QLatin1Char('/') +
                     k[QStringLiteral("participant_id")].toObject()[QStringLiteral("@")].toString();
    }
    links.sort();
    QCOMPARE(links, (QStringList{QStringLiteral("d ") + oldInterview + QLatin1Char('/') + oldPerson,
                                 QStringLiteral("i ") + newInterview + QLatin1Char('/') + newPerson}));
}

void TestChangeLog::theClock_neverGoesBack()
{
    QTemporaryDir dir;
    auto project = Project::create(dir.filePath(QStringLiteral("Clock")));
    QVERIFY(project);
    Project& p = **project;
    ops::Session session(p);
    // Another copy's clock ran an hour ahead, and this one has seen it.
    const qint64 ahead = (nowMs() + 3'600'000) << 16;
    QVERIFY(p.db().setMeta(QStringLiteral("clock"), QString::number(ahead)));
    qint64 last = ahead;
    for (int i = 0; i < 50; ++i) {
        City c;
        c.name = QStringLiteral("城%1").arg(i);
        QVERIFY(ops::addCity(session, c));
        const LogEntry e = newest(p);
        QVERIFY2(e.clock > last,
                 qPrintable(QStringLiteral("step %1: %2 after %3").arg(i).arg(e.clock).arg(last)));
        last = e.clock;
    }
}

void TestChangeLog::aFolderCopiedByHand_opensAsANewDevice_ofTheSameProject()
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("Field.tianye"));
    QString project, device;
    {
        auto p = Project::create(original);
        QVERIFY(p);
        project = ChangeLog::projectId((*p)->db());
        device = ChangeLog::deviceId((*p)->db());
        QVERIFY(isUuid(project));
        QVERIFY(isUuid(device));
    }
    {
        auto again = Project::open(original);
        QVERIFY(again);
        QCOMPARE(ChangeLog::deviceId((*again)->db()), device);
    }
    const QString copy = dir.filePath(QStringLiteral("Stick.tianye"));
    QVERIFY(copyFolder(original, copy));
    auto copied = Project::open(copy);
    QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().message));
    QCOMPARE(ChangeLog::projectId((*copied)->db()), project);
    QVERIFY(isUuid(ChangeLog::deviceId((*copied)->db())));
    QVERIFY(ChangeLog::deviceId((*copied)->db()) != device);
}

void TestChangeLog::theAuthor_isTheResearcherSet_elseTheCopysDefault()
{
    QTemporaryDir dir;
    auto project = Project::create(dir.filePath(QStringLiteral("Who")));
    QVERIFY(project);
    Project& p = **project;
    ops::Session session(p);
    QVERIFY(ChangeLog::setDefaultAuthor(p.db(), QStringLiteral("李娜")));
    City c;
    c.name = QStringLiteral("齐齐哈尔");
    auto cityId = ops::addCity(session, c);
    QVERIFY(cityId);
    QCOMPARE(newest(p).author, QStringLiteral("李娜"));

    Interview iv;
    iv.cityId = *cityId;
    auto ivId = ops::logInterview(session, iv, {}, {QStringLiteral("王磊")});
    QVERIFY(ivId);
    const RowId wang = ops::Reader(p).interview(*ivId)->interviewerIds.value(0);
    QVERIFY(wang != NoRow);
    p.db().setAuthor(wang);
    QVERIFY(ops::setCityField(session, *cityId, CityField::SpiritWord, QStringLiteral("活得真")));
    QCOMPARE(newest(p).author, QStringLiteral("王磊"));
}

void TestChangeLog::aCopyForAColleague_isTheSameProject_onADeviceOfItsOwn()
{
    QTemporaryDir dir;
    auto demo = demo::DemoProject::create(dir.filePath(QStringLiteral("Demo.tianye")));
    QVERIFY2(demo, qPrintable(demo ? QString() : demo.error().message));
    Project& p = **demo;
    ops::Session session(p);
    const auto mediaBefore = test::snapshot(p.mediaDir());
    QVERIFY(!mediaBefore.isEmpty());

    auto made =
        ops::copyForColleague(session, dir.filePath(QStringLiteral("Li")), QStringLiteral("李娜"), true);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    QCOMPARE(made->folder, dir.filePath(QStringLiteral("Li.tianye")));
    QCOMPARE(made->mediaFiles, mediaBefore.size());
    QCOMPARE(made->mediaLeft, 0);
    QCOMPARE(test::snapshot(p.mediaDir()), mediaBefore);

    auto copy = Project::open(made->folder);
    QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().message));
    Database& theirs = (*copy)->db();
    QCOMPARE(ChangeLog::projectId(theirs), ChangeLog::projectId(p.db()));
    QVERIFY(ChangeLog::deviceId(theirs) != ChangeLog::deviceId(p.db()));
    QCOMPARE(ChangeLog::defaultAuthor(theirs), QStringLiteral("李娜"));
    QCOMPARE(test::snapshot((*copy)->mediaDir()), mediaBefore);
    // The same records and the same history.
    QCOMPARE(ops::Reader(**copy).logLines()->size(), ops::Reader(p).logLines()->size());
    QCOMPARE(*ChangeLog::count(theirs), *ChangeLog::count(p.db()));

    // What the colleague does is theirs: logged on their device, under their name.
    ops::Session theirSession(**copy);
    const RowId datong = ops::Reader(**copy).cities()->front().id;
    QVERIFY(ops::setCityField(theirSession, datong, CityField::Notes, QStringLiteral("城墙下的面馆")));
    const LogEntry e = newest(**copy);
    QCOMPARE(e.device, ChangeLog::deviceId(theirs));
    QCOMPARE(e.deviceSeq, 1);
    QCOMPARE(e.author, QStringLiteral("李娜"));
}

void TestChangeLog::aCopyWithoutMedia_leavesTheRecordingsOut()
{
    QTemporaryDir dir;
    auto demo = demo::DemoProject::create(dir.filePath(QStringLiteral("Demo.tianye")));
    QVERIFY(demo);
    ops::Session session(**demo);
    const auto recordings = test::snapshot((*demo)->mediaDir()).size();
    // This copy's default author does not travel: the colleague is not recorded as them.
    QVERIFY(ChangeLog::setDefaultAuthor((*demo)->db(), QStringLiteral("王磊")));
    auto made = ops::copyForColleague(session, dir.filePath(QStringLiteral("Zhao.tianye")), {}, false);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    QCOMPARE(made->mediaFiles, 0);
    QCOMPARE(made->mediaLeft, recordings);
    QVERIFY(test::snapshot(QDir(made->folder).filePath(QStringLiteral("media"))).isEmpty());
    auto copy = Project::open(made->folder);
    QVERIFY(copy);
    QVERIFY(ChangeLog::defaultAuthor((*copy)->db()) != QStringLiteral("王磊"));
    // The records of the recordings are there; the files can be fetched later.
    QCOMPARE(ops::Reader(**copy).mediaOf()->size(), ops::Reader(**demo).mediaOf()->size());
}

void TestChangeLog::aCopyThatCannotBeMade_leavesNothing_andChangesNothing()
{
    QTemporaryDir dir;
    auto project = Project::create(dir.filePath(QStringLiteral("Home")));
    QVERIFY(project);
    ops::Session session(**project);
    // A destination in use.
    const QString taken = dir.filePath(QStringLiteral("Taken.tianye"));
    QVERIFY(QDir().mkpath(taken));
    QFile note(QDir(taken).filePath(QStringLiteral("notes.txt")));
    QVERIFY(note.open(QIODevice::WriteOnly));
    note.write("mine");
    note.close();
    const auto before = test::snapshot(taken);
    auto refused = ops::copyForColleague(session, taken, {}, true);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QDir::toNativeSeparators(taken)),
             qPrintable(refused.error().message));
    QCOMPARE(test::snapshot(taken), before);
    // The project itself.
    auto itself = ops::copyForColleague(session, (*project)->folder(), {}, true);
    QVERIFY(!itself);
    QVERIFY(QFileInfo::exists((*project)->databasePath()));
    QCOMPARE(*ChangeLog::count((*project)->db()), 0);
}

// A copy onto a USB stick that fills up (a 1 MB tmpfs for a 2.5 MB project): the
// message names the file, nothing is left on the stick, the project is as it was.
void TestChangeLog::aCopyOnAFullDisk_isReported_andLeavesNothing()
{
    TIANYE_NEED(test::SmallDisk::unavailable());
    QTemporaryDir dir;
    auto demo = demo::DemoProject::create(dir.filePath(QStringLiteral("Demo.tianye")));
    QVERIFY(demo);
    ops::Session session(**demo);
    const auto mediaBefore = test::snapshot((*demo)->mediaDir());
    test::SmallDisk disk;
    const QString stick = dir.filePath(QStringLiteral("stick"));
    const QString why = disk.mount(stick, 1024 * 1024);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    auto full = ops::copyForColleague(session, stick + QStringLiteral("/Copy"), {}, true);
    QVERIFY(!full);
    QVERIFY2(full.error().message.contains(stick), qPrintable(full.error().message));
    QVERIFY2(QDir(stick).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             qPrintable(QDir(stick).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u',')));
    QCOMPARE(test::snapshot((*demo)->mediaDir()), mediaBefore);
    QVERIFY(ops::Reader(**demo).cities()->size() > 0);
}

QTEST_GUILESS_MAIN(TestChangeLog)
#include "tst_changelog.moc"
