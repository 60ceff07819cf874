// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
// Copies of one project on several laptops, brought together by sync: whatever was
// done on each and in whatever order they meet, they end holding the same thing,
// every step once, with what lost listed as a conflict.
#include "TestSupport.h"
#include "core/Ids.h"
#include "demo/DemoProject.h"
#include "media/MediaLibrary.h"
#include "ops/Cities.h"
#include "ops/Interviews.h"
#include "ops/Participants.h"
#include "ops/Quotes.h"
#include "ops/Reader.h"
#include "ops/Session.h"
#include "ops/Team.h"
#include "ops/Transcripts.h"
#include "search/SearchEngine.h"
#include "search/SearchQuery.h"
#include "store/ChangeLog.h"
#include "store/ChangeSet.h"
#include "store/Database.h"
#include "store/Project.h"
#include "store/Schema.h"
#include "store/Sync.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <SQLiteCpp/Statement.h>

#include <map>

using namespace tianye;
using test::canonicalDump;
using test::firstDifference;

namespace {

QString someChinese(QRandomGenerator& random, int length)
{
    static const QString Pool =
        QStringLiteral("大同烟台齐齐哈尔不争自在活得真海风城墙日子慢过人说话直待热 ok。");
    QString s;
    for (int i = 0; i < length; ++i)
        s += Pool.at(random.bounded(Pool.size()));
    return s;
}

struct Copy
{
    std::unique_ptr<Project> project;
    std::unique_ptr<QUndoStack> undo;
    std::unique_ptr<ops::Session> session;
    QString folder;
};

// One random user action on a copy, through the verbs, as the window would do it.
QString randomEdit(Copy& copy, QRandomGenerator& random, int step)
{
    ops::Session& session = *copy.session;
    ops::Reader read(*copy.project);
    const auto cities = read.cities().value_or(std::vector<City>());
    const auto interviews = read.interviews().value_or(std::vector<Interview>());
    const auto participants = read.participants().value_or(std::vector<Participant>());
    if (cities.empty())
        return {};
    const City city = cities[size_t(random.bounded(int(cities.size())))];
    const auto anySegment = [&](RowId interview) -> std::optional<Segment> {
        const auto segments = read.segments(interview).value_or(std::vector<Segment>());
        if (segments.empty())
            return std::nullopt;
        return segments[size_t(random.bounded(int(segments.size())))];
    };
    const RowId interview =
        interviews.empty() ? NoRow : interviews[size_t(random.bounded(int(interviews.size())))].id;
    int verb = random.bounded(12);
    // TIANYE_SYNC_VERBS=2,7 limits the edits to these verbs (to find which one a failure needs).
    if (const QString only = qEnvironmentVariable("TIANYE_SYNC_VERBS"); !only.isEmpty()) {
        const QStringList verbs = only.split(u',');
        verb = verbs.at(random.bounded(int(verbs.size()))).toInt();
    }
    switch (verb) {
    case 0: {
        const QString notes = someChinese(random, 6);
        return ops::setCityField(session, city.id, CityField::Notes, notes)
                   ? QStringLiteral("notes of %1").arg(city.name)
                   : QString();
    }
    case 1: {
        if (participants.empty())
            return {};
        const Participant& p = participants[size_t(random.bounded(int(participants.size())))];
        static const char* States[] = {"given", "pending", "withdrawn"};
        const QString state = QString::fromLatin1(States[random.bounded(3)]);
        return ops::setParticipantField(session, p.id, ParticipantField::Consent,
                                        QVariant::fromValue(*consentStatusFromKey(state)))
                   ? QStringLiteral("consent of %1: %2").arg(p.code, state)
                   : QString();
    }
    case 2: {
        Interview iv;
        iv.cityId = city.id;
        iv.startedAt =
            QStringLiteral("2026-06-%1T10:00").arg(1 + random.bounded(28), 2, 10, QLatin1Char('0'));
        const QString code = QStringLiteral("R-%1").arg(1 + random.bounded(4));
        return ops::logInterview(session, iv, {{code, someChinese(random, 3), {}}}, {QStringLiteral("王磊")})
                   ? QStringLiteral("log interview with %1").arg(code)
                   : QString();
    }
    case 3: {
        City c;
        c.name = QStringLiteral("新城%1").arg(1 + random.bounded(3));
        return ops::addCity(session, c) ? QStringLiteral("add %1").arg(c.name) : QString();
    }
    case 4: {
        if (interview == NoRow)
            return {};
        return ops::removeInterviews(session, {interview}) ? QStringLiteral("remove interview") : QString();
    }
    case 5: {
        return session.undo() ? QStringLiteral("undo") : QString();
    }
    case 6: {
        if (interview == NoRow)
            return {};
        return ops::setInterviewField(session, interview, InterviewField::Place, someChinese(random, 4))
                   ? QStringLiteral("place")
                   : QString();
    }
    case 7: { // typing into a segment
        const auto s = anySegment(interview);
        if (!s)
            return {};
        std::vector<ops::TranscriptBlock> blocks;
        for (const Segment& seg : read.segments(interview).value_or(std::vector<Segment>())) {
            ops::TranscriptBlock b;
            b.segmentId = seg.id;
            b.text = seg.text;
            if (seg.id == s->id) {
                b.action = ops::TranscriptBlock::Action::SetText;
                b.text.insert(random.bounded(int(seg.text.size()) + 1), someChinese(random, 3));
            }
            blocks.push_back(b);
        }
        return ops::editTranscript(session, interview, {}, blocks) ? QStringLiteral("type") : QString();
    }
    case 8: {
        const auto s = anySegment(interview);
        if (!s || s->text.size() < 2)
            return {};
        return ops::splitSegment(session, s->id, 1 + random.bounded(int(s->text.size()) - 1))
                   ? QStringLiteral("split")
                   : QString();
    }
    case 9: {
        const auto s = anySegment(interview);
        if (!s)
            return {};
        return ops::joinSegments(session, s->id) ? QStringLiteral("join") : QString();
    }
    case 10: {
        const auto s = anySegment(interview);
        if (!s || s->text.size() < 2)
            return {};
        Quote q;
        q.interviewId = interview;
        q.startSegmentId = q.endSegmentId = s->id;
        q.startOffset = random.bounded(int(s->text.size()) - 1);
        q.endOffset = q.startOffset + 1;
        return ops::makeQuote(session, q) ? QStringLiteral("quote %1").arg(step) : QString();
    }
    default: {
        if (random.bounded(4) != 0 || cities.size() < 2)
            return {};
        return ops::removeCity(session, city.id) ? QStringLiteral("remove city %1").arg(city.name)
                                                 : QString();
    }
    }
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void threeCopies_randomEdits_randomSyncs_allConverge_data();
    void threeCopies_randomEdits_randomSyncs_allConverge();
    void anExchangeFile_bringsWhatTheOtherLacks();
    void aBadExchangeFile_isRefused_andNothingChanges();
    void theValueThatLost_canBeTaken_andTheTakingUndone();
    void aFieldChangedOnTwoCopies_sameWinnerEverywhere_loserListed();
    void withdrawnConsent_winsWhateverTheClock();
    void aCityDeletedOnOne_whileAnotherLoggedInIt_isKept();
    void aStepListingTheParentAfterItsChildren_stillKeepsWhatAQuoteNeeds();
    void whatSyncBrings_isFound_andPreparedRankingsFollowIt();
    void aRowBroughtBackAndDeletedAgainInOneStep_staysDeleted_andIsNotSaidToBeKept();
    void aCopyWithoutRecordings_fetchesThemFromAnother_checkedBySha256();
    void fetchingOntoAFullDisk_isReported_andLeavesNoHalfRecording();
    void aCopyOfAnotherProject_isRefused_namingBoth();
    void anUndoneSync_takesItsLinksBackEverywhere();
    void killedInTheMiddle_theReceivingCopyIsWhole_andTheNextSyncCompletes();
    void cleanupTestCase();

private:
    Copy open(const QString& folder);
    // A new demo project: the first copy.
    Copy fresh(const QString& name);
    Copy copyOf(Copy& from, const QString& name);
    QTemporaryDir m_dir;
};

Copy TestSync::open(const QString& folder)
{
    Copy c;
    auto p = Project::open(folder);
    if (!p)
        qFatal("%s", qPrintable(p.error().message));
    c.project = std::move(*p);
    c.undo = std::make_unique<QUndoStack>();
    c.session = std::make_unique<ops::Session>(*c.project, c.undo.get());
    c.folder = folder;
    return c;
}

Copy TestSync::fresh(const QString& name)
{
    const QString folder = m_dir.filePath(name + QStringLiteral(".tianye"));
    auto demo = demo::DemoProject::create(folder);
    if (!demo)
        qFatal("%s", qPrintable(demo.error().message));
    demo->reset();
    return open(folder);
}

Copy TestSync::copyOf(Copy& from, const QString& name)
{
    auto made = ops::copyForColleague(*from.session, m_dir.filePath(name), name, false);
    if (!made)
        qFatal("%s", qPrintable(made.error().message));
    return open(made->folder);
}

void TestSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dir.setAutoRemove(!qEnvironmentVariableIsSet("TIANYE_KEEP_COPIES"));
    if (!m_dir.autoRemove())
        qInfo() << "copies kept in" << m_dir.path();
}

void TestSync::cleanupTestCase() {}

// Seeds the suite runs every time (random edit stories that pass; CI stays
// deterministic). TIANYE_SEED=N runs story N instead; packaging/sync-stories.sh runs
// many (each a new story) to look for more.
void TestSync::threeCopies_randomEdits_randomSyncs_allConverge_data()
{
    QTest::addColumn<quint32>("seed");
    if (qEnvironmentVariableIsSet("TIANYE_SEED")) {
        const quint32 seed = qEnvironmentVariable("TIANYE_SEED").toUInt();
        QTest::addRow("seed %u", seed) << seed;
        return;
    }
    for (const quint32 seed : {3u, 53u, 158u, 1000u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestSync::threeCopies_randomEdits_randomSyncs_allConverge()
{
    QFETCH(quint32, seed);
    qInfo("seed %u (TIANYE_SEED=%u runs this again)", seed, seed);
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.path()));
    Copy a = fresh(QStringLiteral("R%1A").arg(seed));
    std::vector<Copy> copies;
    copies.push_back(std::move(a));
    copies.push_back(copyOf(copies[0], QStringLiteral("R%1B").arg(seed)));
    copies.push_back(copyOf(copies[0], QStringLiteral("R%1C").arg(seed)));

    QStringList story;
    for (int round = 0; round < 4; ++round) {
        for (size_t c = 0; c < copies.size(); ++c)
            for (int e = 0; e < 12; ++e)
                if (const QString what = randomEdit(copies[c], random, round * 100 + e); !what.isEmpty())
                    story << QStringLiteral("%1: %2").arg(QChar(u'A' + int(c))).arg(what);
        // Two random copies meet, in either direction.
        const int x = random.bounded(3);
        const int y = (x + 1 + random.bounded(2)) % 3;
        story << QStringLiteral("sync %1 with %2").arg(QChar(u'A' + x)).arg(QChar(u'A' + y));
        auto synced = ops::syncWith(*copies[size_t(x)].session, *copies[size_t(y)].session);
        QVERIFY2(synced, qPrintable(synced ? QString()
                                           : synced.error().message + QLatin1Char('\n') + story.join(u'\n')));
    }
    // Everyone meets everyone until nothing moves (what one sync decides, a name settled
    // or a row kept, is a change of its own that the next sync carries on).
    for (int round = 0;; ++round) {
        QVERIFY2(round < 6, "the copies never stop sending each other changes");
        int moved = 0;
        for (auto [x, y] : {std::pair{0, 1}, {1, 2}, {2, 0}}) {
            auto synced = ops::syncWith(*copies[size_t(x)].session, *copies[size_t(y)].session);
            QVERIFY2(synced, qPrintable(synced ? QString() : synced.error().message));
            moved += synced->received + synced->sent;
        }
        if (moved == 0)
            break;
    }
    const QString dumpA = canonicalDump(*copies[0].project);
    for (size_t c = 1; c < copies.size(); ++c) {
        const QString dump = canonicalDump(*copies[c].project);
        if (dump != dumpA && qEnvironmentVariableIsSet("SYNC_DEBUG")) {
            const QString diff = firstDifference(dumpA, dump);
            const QString uuid =
                diff.section(QStringLiteral("uuid="), qEnvironmentVariableIntValue("SYNC_DEBUG"),
                             qEnvironmentVariableIntValue("SYNC_DEBUG"))
                    .left(36);
            for (Copy* x : {&copies[0], &copies[c]}) {
                qInfo() << "==== copy" << x->folder;
                SQLite::Statement st(x->project->db().sql(),
                                     "SELECT seq, device, device_seq, clock, label, changes FROM change_log "
                                     "WHERE changes LIKE ? ORDER BY seq");
                st.bind(1, QString(QStringLiteral("%") + uuid + QStringLiteral("%")).toStdString());
                while (st.executeStep()) {
                    QString changes = QString::fromStdString(st.getColumn(5).getString());
                    const int at = int(changes.indexOf(uuid));
                    qInfo().noquote()
                        << st.getColumn(0).getInt64()
                        << QString::fromStdString(st.getColumn(1).getString()).left(4)
                        << st.getColumn(2).getInt64() << (st.getColumn(3).getInt64() >> 16) % 100000
                        << (st.getColumn(3).getInt64() & 0xffff)
                        << QString::fromStdString(st.getColumn(4).getString())
                        << changes.mid(std::max(0, at - 40), 260)
                               .remove(QRegularExpression(QStringLiteral("\"text\":\"[^\"]*\"")));
                }
                SQLite::Statement cf(
                    x->project->db().sql(),
                    "SELECT kind, tbl, key, col, kept, lost FROM sync_conflicts WHERE key = ?");
                cf.bind(1, uuid.toStdString());
                while (cf.executeStep())
                    qInfo().noquote() << "conflict" << QString::fromStdString(cf.getColumn(0).getString())
                                      << QString::fromStdString(cf.getColumn(3).getString())
                                      << QString::fromStdString(cf.getColumn(4).getString()).left(30)
                                      << QString::fromStdString(cf.getColumn(5).getString()).left(30);
                {
                    SQLite::Statement tb(x->project->db().sql(),
                                         "SELECT clock, device FROM sync_tombstones WHERE key = ?");
                    tb.bind(1, uuid.toStdString());
                    while (tb.executeStep())
                        qInfo() << "tombstone" << (tb.getColumn(0).getInt64() >> 16) % 100000
                                << QString::fromStdString(tb.getColumn(1).getString()).left(4);
                    SQLite::Statement here(x->project->db().sql(),
                                           "SELECT count(*) FROM segments WHERE uuid = ?");
                    here.bind(1, uuid.toStdString());
                    here.executeStep();
                    qInfo() << "row here:" << here.getColumn(0).getInt();
                }
                SQLite::Statement sf(x->project->db().sql(),
                                     "SELECT col, clock, device, rank FROM sync_fields WHERE key = ?");
                sf.bind(1, uuid.toStdString());
                while (sf.executeStep())
                    qInfo().noquote() << "field" << QString::fromStdString(sf.getColumn(0).getString())
                                      << (sf.getColumn(1).getInt64() >> 16) % 100000
                                      << (sf.getColumn(1).getInt64() & 0xffff)
                                      << QString::fromStdString(sf.getColumn(2).getString()).left(4);
            }
        }
        QVERIFY2(dump == dumpA, qPrintable(QStringLiteral("copy %1 differs from A at %2\n%3")
                                               .arg(QChar(u'A' + int(c)))
                                               .arg(firstDifference(dumpA, dump), story.join(u'\n'))));
    }
    // Every step once, on every copy.
    const auto held = Sync::held(copies[0].project->db());
    for (size_t c = 1; c < copies.size(); ++c)
        QCOMPARE(*Sync::held(copies[c].project->db()), *held);
    // Syncing again brings nothing and changes nothing.
    auto again = ops::syncWith(*copies[0].session, *copies[1].session);
    QVERIFY(again);
    QCOMPARE(again->received, 0);
    QCOMPARE(again->sent, 0);
    QCOMPARE(canonicalDump(*copies[0].project), dumpA);
    // The store is sound on every copy: no reference to a missing row.
    for (Copy& c : copies) {
        SQLite::Statement fk(c.project->db().sql(), "PRAGMA foreign_key_check");
        QVERIFY2(!fk.executeStep(), qPrintable(QStringLiteral("dangling reference in %1").arg(c.folder)));
    }
}

void TestSync::aFieldChangedOnTwoCopies_sameWinnerEverywhere_loserListed()
{
    Copy a = fresh(QStringLiteral("FieldA"));
    Copy b = copyOf(a, QStringLiteral("FieldB"));
    const RowId datongA = ops::Reader(*a.project).cities()->front().id;
    const QString uuid = ops::Reader(*a.project).city(datongA)->uuid;
    const RowId datongB = b.project->db().rowIdForUuid("cities", uuid);
    QVERIFY(ops::setCityField(*a.session, datongA, CityField::SpiritWord, QStringLiteral("安静")));
    // B's clock is ahead: its word is the later write.
    QVERIFY(b.project->db().setMeta(
        QStringLiteral("clock"),
        QString::number((*ChangeLog::recent(a.project->db(), 1))[0].clock + (1000 << 16))));
    QVERIFY(ops::setCityField(*b.session, datongB, CityField::SpiritWord, QStringLiteral("包容")));
    // And a different field on each: no conflict there.
    QVERIFY(ops::setCityField(*a.session, datongA, CityField::Region, QStringLiteral("山西")));
    QVERIFY(ops::setCityField(*b.session, datongB, CityField::Notes, QStringLiteral("城墙")));
    auto synced = ops::syncWith(*a.session, *b.session);
    QVERIFY2(synced, qPrintable(synced ? QString() : synced.error().message));
    QCOMPARE(synced->received, 2);
    QCOMPARE(synced->sent, 2);
    const City onA = *ops::Reader(*a.project).city(datongA);
    const City onB = *ops::Reader(*b.project).city(datongB);
    // B's word was written later: it wins on both.
    QCOMPARE(onA.spiritWord, QStringLiteral("包容"));
    QCOMPARE(onB.spiritWord, QStringLiteral("包容"));
    QCOMPARE(onA.region, QStringLiteral("山西"));
    QCOMPARE(onB.notes, QStringLiteral("城墙"));
    for (Copy* c : {&a, &b}) {
        const auto listed = Sync::conflicts(c->project->db());
        QVERIFY(listed);
        QCOMPARE(listed->size(), size_t(1));
        const Conflict& x = listed->front();
        QCOMPARE(x.table, QStringLiteral("cities"));
        QCOMPARE(x.key, uuid);
        QCOMPARE(x.column, QStringLiteral("spirit_word"));
        QCOMPARE(x.kept.toString(), QStringLiteral("包容"));
        QCOMPARE(x.lost.toString(), QStringLiteral("安静"));
    }
    // One undo step on each copy: undoing the sync on A brings A's word back.
    QVERIFY(a.session->undo());
    QCOMPARE(ops::Reader(*a.project).city(datongA)->spiritWord, QStringLiteral("安静"));
}

// A sync that removes an interview and brings one logged in its place takes its row id
// on the receiving copy; links alike on both (same participant and interviewer) are not
// in that step's changeset at all. Undoing the sync must still move them back, on every
// copy (found by the random test, seed 158).
void TestSync::anUndoneSync_takesItsLinksBackEverywhere()
{
    Copy a = fresh(QStringLiteral("UndoLinksA"));
    Copy b = copyOf(a, QStringLiteral("UndoLinksB"));
    Interview iv;
    iv.cityId = ops::Reader(*a.project).cities()->front().id;
    iv.startedAt = QStringLiteral("2026-06-03T10:00");
    const QList<ops::NewParticipant> who{{QStringLiteral("R-9"), QStringLiteral("茶艺师"), {}}};
    const QStringList interviewers{QStringLiteral("王磊")};
    QVERIFY(ops::logInterview(*a.session, iv, who, interviewers));
    QVERIFY(ops::syncWith(*b.session, *a.session));
    const auto logged = ops::Reader(*a.project).interviews();
    const RowId first =
        std::max_element(logged->begin(), logged->end(), [](const Interview& x, const Interview& y) {
            return x.id < y.id;
        })->id;
    QVERIFY(ops::removeInterviews(*a.session, {first}));
    iv.startedAt = QStringLiteral("2026-06-04T10:00");
    QVERIFY(ops::logInterview(*a.session, iv, who, interviewers));
    QVERIFY(ops::syncWith(*b.session, *a.session));
    QCOMPARE(canonicalDump(*b.project), canonicalDump(*a.project));
    QVERIFY(b.session->undo());
    const QString undone = canonicalDump(*b.project);
    QVERIFY(ops::syncWith(*b.session, *a.session));
    QCOMPARE(canonicalDump(*b.project), undone);
    QCOMPARE(canonicalDump(*a.project), undone);
}

void TestSync::anExchangeFile_bringsWhatTheOtherLacks()
{
    Copy a = fresh(QStringLiteral("FileA"));
    Copy b = copyOf(a, QStringLiteral("FileB"));
    const RowId cityA = ops::Reader(*a.project).cities()->front().id;
    const QString uuid = ops::Reader(*a.project).city(cityA)->uuid;
    const RowId cityB = b.project->db().rowIdForUuid("cities", uuid);
    QVERIFY(ops::setCityField(*a.session, cityA, CityField::SpiritWord, QStringLiteral("不争")));
    QVERIFY(ops::setCityField(*b.session, cityB, CityField::Notes, QStringLiteral("城墙下")));
    const QString toB = m_dir.filePath(QStringLiteral("a-to-b.tianye-sync"));
    auto written = ops::writeExchangeFile(*a.session, toB);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QCOMPARE(written->steps, 1); // B was made from A: only what A did since
    auto in = ops::bringInExchangeFile(*b.session, toB);
    QVERIFY2(in, qPrintable(in ? QString() : in.error().message));
    QCOMPARE(in->received, 1);
    // B now knows what A holds: its file carries only B's own step.
    const QString toA = m_dir.filePath(QStringLiteral("b-to-a.tianye-sync"));
    written = ops::writeExchangeFile(*b.session, toA);
    QVERIFY(written);
    QCOMPARE(written->steps, 1);
    in = ops::bringInExchangeFile(*a.session, toA);
    QVERIFY(in);
    QCOMPARE(canonicalDump(*a.project), canonicalDump(*b.project));
    QCOMPARE(ops::Reader(*a.project).city(cityA)->notes, QStringLiteral("城墙下"));
    // The same file again changes nothing.
    const QString before = canonicalDump(*a.project);
    in = ops::bringInExchangeFile(*a.session, toA);
    QVERIFY(in);
    QCOMPARE(in->received, 0);
    QCOMPARE(canonicalDump(*a.project), before);
}

void TestSync::aBadExchangeFile_isRefused_andNothingChanges()
{
    Copy a = fresh(QStringLiteral("BadA"));
    Copy b = copyOf(a, QStringLiteral("BadB"));
    Copy other = fresh(QStringLiteral("BadOther"));
    const RowId cityA = ops::Reader(*a.project).cities()->front().id;
    QVERIFY(ops::setCityField(*a.session, cityA, CityField::SpiritWord, QStringLiteral("不争")));
    const QString good = m_dir.filePath(QStringLiteral("good.tianye-sync"));
    QVERIFY(ops::writeExchangeFile(*a.session, good));
    QFile file(good);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    auto variant = [&](const QString& name, const QByteArray& content) {
        const QString path = m_dir.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        out.write(content);
        return path;
    };
    QByteArray tampered = bytes;
    tampered[tampered.size() - 3] = char(tampered[tampered.size() - 3] ^ 0x5a);
    QByteArray newer = bytes;
    newer.replace("TIANYE-EXCHANGE 1", "TIANYE-EXCHANGE 7");
    QByteArray newerSchema = bytes;
    const QByteArray schemaNow =
        QByteArray("\"schema\":").append(QByteArray::number(schema::currentVersion()));
    const QByteArray schemaNext =
        QByteArray("\"schema\":").append(QByteArray::number(schema::currentVersion() + 1));
    QVERIFY(newerSchema.contains(schemaNow));
    newerSchema.replace(schemaNow, schemaNext);
    const QString otherFile = m_dir.filePath(QStringLiteral("other.tianye-sync"));
    QVERIFY(ops::writeExchangeFile(*other.session, otherFile));
    const std::vector<std::pair<QString, QString>> cases{
        {variant(QStringLiteral("cut.tianye-sync"), bytes.left(bytes.size() - 20)),
         QStringLiteral("cut short")},
        {variant(QStringLiteral("tampered.tianye-sync"), tampered), QStringLiteral("checksum")},
        {variant(QStringLiteral("newer.tianye-sync"), newer), QStringLiteral("newer Tianye")},
        {variant(QStringLiteral("schema.tianye-sync"), newerSchema), QStringLiteral("newer Tianye")},
        {variant(QStringLiteral("photo.jpg"), QByteArray("\xff\xd8\xff\xe0 JFIF", 10)),
         QStringLiteral("not a Tianye exchange file")},
        {otherFile, QStringLiteral("not of this one")},
    };
    const QString before = canonicalDump(*b.project);
    for (const auto& [path, why] : cases) {
        auto in = ops::bringInExchangeFile(*b.session, path);
        QVERIFY2(!in, qPrintable(path));
        QVERIFY2(in.error().message.contains(QDir::toNativeSeparators(path)), qPrintable(in.error().message));
        QVERIFY2(in.error().message.contains(why), qPrintable(in.error().message));
        QCOMPARE(canonicalDump(*b.project), before);
    }
    // The good file still comes in.
    QVERIFY(ops::bringInExchangeFile(*b.session, good));
    QVERIFY(canonicalDump(*b.project) != before);
}

void TestSync::theValueThatLost_canBeTaken_andTheTakingUndone()
{
    Copy a = fresh(QStringLiteral("TakeA"));
    Copy b = copyOf(a, QStringLiteral("TakeB"));
    const RowId cityA = ops::Reader(*a.project).cities()->front().id;
    const QString uuid = ops::Reader(*a.project).city(cityA)->uuid;
    const RowId cityB = b.project->db().rowIdForUuid("cities", uuid);
    QVERIFY(ops::setCityField(*a.session, cityA, CityField::SpiritWord, QStringLiteral("安静")));
    QVERIFY(b.project->db().setMeta(
        QStringLiteral("clock"),
        QString::number((*ChangeLog::recent(a.project->db(), 1))[0].clock + (1000 << 16))));
    QVERIFY(ops::setCityField(*b.session, cityB, CityField::SpiritWord, QStringLiteral("包容")));
    QVERIFY(ops::syncWith(*a.session, *b.session));
    auto listed = Sync::conflicts(a.project->db());
    QVERIFY(listed && listed->size() == 1);
    const Conflict lost = listed->front();
    QVERIFY(lost.takeable);
    QVERIFY(!lost.taken);
    QVERIFY2(lost.record.contains(ops::Reader(*a.project).city(cityA)->name), qPrintable(lost.record));
    QVERIFY(ops::takeConflict(*a.session, lost.id));
    QCOMPARE(ops::Reader(*a.project).city(cityA)->spiritWord, QStringLiteral("安静"));
    QVERIFY(Sync::conflicts(a.project->db())->empty()); // taken
    QCOMPARE(Sync::conflicts(a.project->db(), true)->size(), size_t(1));
    QVERIFY(!ops::takeConflict(*a.session, lost.id)); // taken already: said so
    // Taking is a change of A's own: the next sync takes it to B.
    QVERIFY(ops::syncWith(*a.session, *b.session));
    QCOMPARE(ops::Reader(*b.project).city(cityB)->spiritWord, QStringLiteral("安静"));
    // And it is one undoable step.
    QVERIFY(a.session->undo());
    QCOMPARE(ops::Reader(*a.project).city(cityA)->spiritWord, QStringLiteral("包容"));
    QCOMPARE(Sync::conflicts(a.project->db())->size(), size_t(1));
}

void TestSync::withdrawnConsent_winsWhateverTheClock()
{
    Copy a = fresh(QStringLiteral("ConsentA"));
    Copy b = copyOf(a, QStringLiteral("ConsentB"));
    const Participant p = ops::Reader(*a.project).participants()->front();
    const RowId onB = b.project->db().rowIdForUuid("participants", p.uuid);
    QVERIFY(ops::setParticipantField(*a.session, p.id, ParticipantField::Consent,
                                     QVariant::fromValue(ConsentStatus::Withdrawn)));
    // B gives consent later by the clock (its clock runs an hour ahead), not having
    // seen the withdrawal.
    QVERIFY(b.project->db().setMeta(QStringLiteral("clock"), QString::number((nowMs() + 3'600'000) << 16)));
    const ConsentStatus other =
        p.consent == ConsentStatus::Given ? ConsentStatus::Pending : ConsentStatus::Given;
    QVERIFY(ops::setParticipantField(*b.session, onB, ParticipantField::Consent, QVariant::fromValue(other)));
    QVERIFY(ops::syncWith(*b.session, *a.session));
    QCOMPARE(ops::Reader(*a.project).participant(p.id)->consent, ConsentStatus::Withdrawn);
    QCOMPARE(ops::Reader(*b.project).participant(onB)->consent, ConsentStatus::Withdrawn);
    const auto listed = Sync::conflicts(b.project->db());
    QVERIFY(listed && !listed->empty());
    QCOMPARE(listed->front().kind, QStringLiteral("consent"));
    // Consent given again by someone who saw the withdrawal stands.
    QVERIFY(ops::setParticipantField(*b.session, onB, ParticipantField::Consent,
                                     QVariant::fromValue(ConsentStatus::Given)));
    QVERIFY(ops::syncWith(*b.session, *a.session));
    QCOMPARE(ops::Reader(*a.project).participant(p.id)->consent, ConsentStatus::Given);
}

void TestSync::aCityDeletedOnOne_whileAnotherLoggedInIt_isKept()
{
    Copy a = fresh(QStringLiteral("DeleteA"));
    Copy b = copyOf(a, QStringLiteral("DeleteB"));
    const City city = ops::Reader(*a.project).cities()->back();
    const RowId onB = b.project->db().rowIdForUuid("cities", city.uuid);
    const size_t interviewsBefore = ops::Reader(*a.project).interviews(city.id)->size();
    QVERIFY(ops::removeCity(*a.session, city.id));
    Interview iv;
    iv.cityId = onB;
    iv.startedAt = QStringLiteral("2026-07-01T09:00");
    auto logged =
        ops::logInterview(*b.session, iv, {{QStringLiteral("QQ-100"), QStringLiteral("厨师"), {}}}, {});
    QVERIFY(logged);
    auto synced = ops::syncWith(*a.session, *b.session);
    QVERIFY2(synced, qPrintable(synced ? QString() : synced.error().message));
    // The city is back on A with the new interview; the interviews A deleted with it stay deleted.
    const RowId back = a.project->db().rowIdForUuid("cities", city.uuid);
    QVERIFY(back != NoRow);
    QCOMPARE(ops::Reader(*a.project).interviews(back)->size(), size_t(1));
    QVERIFY(interviewsBefore > 1);
    QVERIFY2(canonicalDump(*a.project) == canonicalDump(*b.project),
             qPrintable(firstDifference(canonicalDump(*a.project), canonicalDump(*b.project))));
    bool kept = false;
    const auto listed = Sync::conflicts(a.project->db());
    QVERIFY(listed);
    for (const Conflict& c : *listed)
        kept = kept || (c.kind == QLatin1String("kept") && c.key == city.uuid);
    QVERIFY(kept);
}

// A step may list a deleted city after the interviews it deleted with it (the undo of a
// sync lists its tables in the order the sync first touched them). A quote made here
// meanwhile on one of those interviews keeps the interview, and so the city: the city's
// delete must not be applied first and take the interview, its transcript and the
// quote with it. Found by a random sync story (seed 209).
void TestSync::aStepListingTheParentAfterItsChildren_stillKeepsWhatAQuoteNeeds()
{
    Copy a = fresh(QStringLiteral("OrderA"));
    Copy b = copyOf(a, QStringLiteral("OrderB"));
    const City city = ops::Reader(*a.project).cities()->back();
    QVERIFY(ops::removeCity(*a.session, city.id));

    const RowId cityOnB = b.project->db().rowIdForUuid("cities", city.uuid);
    ops::Reader readB(*b.project);
    const Interview interview = readB.interviews(cityOnB)->front();
    const Segment segment = readB.segments(interview.id)->front();
    Quote q;
    q.interviewId = interview.id;
    q.startSegmentId = q.endSegmentId = segment.id;
    q.startOffset = 0;
    q.endOffset = 1;
    auto quoted = ops::makeQuote(*b.session, q);
    QVERIFY(quoted);
    const QString quoteUuid = readB.quote(*quoted)->uuid;

    auto entries = Sync::lacking(a.project->db(), *Sync::held(b.project->db()));
    QVERIFY(entries);
    QCOMPARE(entries->size(), size_t(1));
    // The city's row last, after the interviews and segments it took with it.
    QJsonArray reordered, cities;
    for (const QJsonValue& v : entries->front().changes)
        (v.toObject().value(QStringLiteral("t")).toString() == QLatin1String("cities") ? cities : reordered)
            .append(v);
    for (const QJsonValue& v : cities)
        reordered.append(v);
    entries->front().changes = reordered;
    auto received = b.session->receive(QStringLiteral("Sync"), [&](const WriteScope& w) {
        auto got = Sync::receive(b.project->db(), w, std::move(*entries));
        if (!got)
            throw StoreFailure{got.error()};
    });
    QVERIFY2(received, qPrintable(received ? QString() : received.error().message));

    QVERIFY(b.project->db().rowIdForUuid("cities", city.uuid) != NoRow);
    QVERIFY(b.project->db().rowIdForUuid("interviews", interview.uuid) != NoRow);
    QVERIFY(b.project->db().rowIdForUuid("segments", segment.uuid) != NoRow);
    QVERIFY(b.project->db().rowIdForUuid("quotes", quoteUuid) != NoRow);
}

// Search on the receiving copy finds the words a sync brought and no longer finds the
// words it took away, also through the rankings this copy prepared ahead (local only:
// they are not sent, and a transcript change from elsewhere makes them stale).
void TestSync::whatSyncBrings_isFound_andPreparedRankingsFollowIt()
{
    Copy a = fresh(QStringLiteral("SearchA"));
    Copy b = copyOf(a, QStringLiteral("SearchB"));
    search::SearchEngine searchA(*a.project);
    // The most frequent word of the demo's transcripts, prepared ahead on A.
    const QString frequent = QStringLiteral("我们");
    auto prepared = searchA.prepareFrequentQueries(1);
    QVERIFY(prepared && *prepared > 0);
    auto before = searchA.search(search::SearchQuery::parse(frequent));
    QVERIFY(before && !before->groups.empty());
    const RowId interviewA = before->groups.front().interviewId;
    const RowId segmentA = before->groups.front().hits.front().id;
    QString hitUuid;
    const auto segmentsA = ops::Reader(*a.project).segments(interviewA);
    QVERIFY(segmentsA);
    for (const Segment& s : *segmentsA)
        if (s.id == segmentA)
            hitUuid = s.uuid;
    QVERIFY(!hitUuid.isEmpty());

    // On B: that segment's words replaced, and a new paragraph typed.
    const RowId segmentB = b.project->db().rowIdForUuid("segments", hitUuid);
    const RowId interviewB =
        b.project->db().rowIdForUuid("interviews", ops::Reader(*a.project).interview(interviewA)->uuid);
    std::vector<ops::TranscriptBlock> blocks;
    const auto segmentsB = ops::Reader(*b.project).segments(interviewB);
    QVERIFY(segmentsB);
    for (const Segment& s : *segmentsB)
        blocks.push_back(s.id == segmentB
                             ? ops::TranscriptBlock{ops::TranscriptBlock::Action::SetText,
                                                    s.id,
                                                    QStringLiteral("换了说法。"),
                                                    {}}
                             : ops::TranscriptBlock{ops::TranscriptBlock::Action::Keep, s.id, s.text, {}});
    blocks.push_back(
        {ops::TranscriptBlock::Action::Insert, NoRow, QStringLiteral("钟鼓楼夜市的灯一直亮到天明。"), {}});
    auto edited = ops::editTranscript(*b.session, interviewB, {}, blocks);
    QVERIFY2(edited, qPrintable(edited ? QString() : edited.error().message));
    QVERIFY(ops::syncWith(*a.session, *b.session));

    auto found = searchA.matchingSegments(search::SearchQuery::parse(QStringLiteral("钟鼓楼夜市")));
    QVERIFY(found);
    QCOMPARE(found->size(), size_t(1));
    auto after = searchA.search(search::SearchQuery::parse(frequent));
    QVERIFY(after);
    for (const search::InterviewGroup& g : after->groups)
        for (const search::SearchHit& h : g.hits)
            QVERIFY2(h.id != segmentA, "a ranking prepared before the sync still lists the changed segment");
}

// A step whose row needs a segment deleted here (so the segment is brought back) but
// that cannot be placed after all (it also names an interview no copy has), and that
// deletes the segment itself: the segment stays deleted, its tombstone stays, and this
// copy does not tell the others it kept it. Found by a random sync story (seed 2247),
// where the copies then disagreed about a transcript sentence.
void TestSync::aRowBroughtBackAndDeletedAgainInOneStep_staysDeleted_andIsNotSaidToBeKept()
{
    Copy a = fresh(QStringLiteral("AgainA"));
    const Interview interview = ops::Reader(*a.project).interviews()->front();
    const Segment segment = ops::Reader(*a.project).segments(interview.id)->front();
    // The segment's and a quote's rows in the log's form, from the demo's first step.
    QJsonObject segmentRow, quoteRow;
    {
        SQLite::Statement first(
            a.project->db().sql(),
            "SELECT seq, device, device_seq, clock, author, label, changes FROM change_log "
            "ORDER BY seq LIMIT 1");
        QVERIFY(first.executeStep());
        const LogEntry demo = ChangeLog::entryAt(first);
        for (const QJsonValue& v : demo.changes) {
            const QJsonObject r = v.toObject();
            if (r[QStringLiteral("t")] == QLatin1String("segments") && r[QStringLiteral("k")] == segment.uuid)
                segmentRow = r;
            if (r[QStringLiteral("t")] == QLatin1String("quotes") && quoteRow.isEmpty())
                quoteRow = r;
        }
    }
    QVERIFY(!segmentRow.isEmpty() && !quoteRow.isEmpty());
    QVERIFY(ops::removeInterviews(*a.session, {interview.id}));

    // Another copy's step: a quote on that segment, in an interview nobody has, and
    // the segment deleted.
    QJsonObject values = quoteRow[QStringLiteral("v")].toObject();
    values[QStringLiteral("start_segment_id")] = QJsonObject{{QStringLiteral("@"), segment.uuid}};
    values[QStringLiteral("end_segment_id")] = QJsonObject{{QStringLiteral("@"), segment.uuid}};
    values[QStringLiteral("interview_id")] = QJsonObject{{QStringLiteral("@"), newUuid()}};
    LogEntry step;
    step.device = newUuid();
    step.deviceSeq = 1;
    step.clock = (QDateTime::currentMSecsSinceEpoch() + 60'000) << 16;
    step.author = QStringLiteral("李娜");
    step.label = QStringLiteral("Edit");
    step.changes = QJsonArray{QJsonObject{{QStringLiteral("t"), QStringLiteral("quotes")},
                                          {QStringLiteral("o"), QStringLiteral("i")},
                                          {QStringLiteral("k"), newUuid()},
                                          {QStringLiteral("v"), values}},
                              QJsonObject{{QStringLiteral("t"), QStringLiteral("segments")},
                                          {QStringLiteral("o"), QStringLiteral("d")},
                                          {QStringLiteral("k"), segment.uuid},
                                          {QStringLiteral("v"), segmentRow[QStringLiteral("v")]}}};
    auto received = a.session->receive(QStringLiteral("Sync"), [&](const WriteScope& w) {
        auto got = Sync::receive(a.project->db(), w, {step});
        if (!got)
            throw StoreFailure{got.error()};
    });
    QVERIFY2(received, qPrintable(received ? QString() : received.error().message));

    QCOMPARE(a.project->db().rowIdForUuid("segments", segment.uuid), NoRow);
    SQLite::Statement tomb(a.project->db().sql(),
                           "SELECT count(*) FROM sync_tombstones WHERE tbl = 'segments' AND key = ?");
    tomb.bind(1, segment.uuid.toStdString());
    QVERIFY(tomb.executeStep());
    QCOMPARE(tomb.getColumn(0).getInt(), 1);
    const auto recent = ChangeLog::recent(a.project->db(), 3);
    QVERIFY(recent);
    for (const LogEntry& e : *recent)
        for (const QJsonValue& v : e.changes)
            QVERIFY2(!(v.toObject()[QStringLiteral("o")] == QLatin1String("k") &&
                       v.toObject()[QStringLiteral("k")] == segment.uuid),
                     qPrintable(e.label + QStringLiteral(" says the deleted segment was kept")));
}

// A copy made without recordings gets them later from any copy that has them, by
// SHA-256, while that copy is open (here, by A's session): a damaged file there is not
// copied; a folder that is not a project is refused.
void TestSync::aCopyWithoutRecordings_fetchesThemFromAnother_checkedBySha256()
{
    Copy a = fresh(QStringLiteral("MediaA"));
    Copy b = copyOf(a, QStringLiteral("MediaB"));
    const auto media = ops::Reader(*b.project).mediaOf();
    QVERIFY(media && media->size() >= 2);
    QVERIFY(QDir(b.project->mediaDir()).isEmpty(QDir::Files));
    const auto recordsBefore = canonicalDump(*b.project);

    // One recording on A damaged since: that one is not taken.
    const media::MediaLibrary onA(*a.project);
    const QString damaged = onA.pathOf(media->front());
    {
        QFile f(damaged);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100);
        f.write("XXXX");
    }
    auto fetched = ops::fetchMedia(*b.session, a.folder);
    QVERIFY2(fetched, qPrintable(fetched ? QString() : fetched.error().message));
    QCOMPARE(fetched->copied, int(media->size()) - 1);
    QVERIFY2(fetched->problem.contains(media->front().originalName), qPrintable(fetched->problem));
    QCOMPARE(fetched->missing, QStringList{media->front().originalName});
    const media::MediaLibrary onB(*b.project);
    for (const Media& m : *media) {
        const bool here = QFileInfo::exists(onB.pathOf(m));
        QCOMPARE(here, m.sha256 != media->front().sha256);
        if (here)
            QCOMPARE(*media::MediaLibrary::sha256Of(onB.pathOf(m)), m.sha256);
    }
    QCOMPARE(canonicalDump(*b.project), recordsBefore); // the records did not change

    // A folder that is not a copy of a project is refused, naming it.
    const QString notACopy = m_dir.filePath(QStringLiteral("Downloads"));
    QVERIFY(QDir().mkpath(notACopy + QStringLiteral("/media")));
    auto refused = ops::fetchMedia(*b.session, notACopy);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(notACopy), qPrintable(refused.error().message));
}

// The copy's disk fills while recordings come in: said, naming the cause; no half
// recording is left in media/, and what fitted is whole.
void TestSync::fetchingOntoAFullDisk_isReported_andLeavesNoHalfRecording()
{
    TIANYE_NEED(test::SmallDisk::unavailable());
    Copy a = fresh(QStringLiteral("FullA"));
    test::SmallDisk disk;
    const QString stick = m_dir.filePath(QStringLiteral("fullStick"));
    const qint64 database = QFileInfo(a.project->db().path()).size();
    const QString why = disk.mount(stick, database + 900 * 1024);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QString folder;
    {
        auto made =
            ops::copyForColleague(*a.session, stick + QStringLiteral("/Li"), QStringLiteral("李娜"), false);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
        folder = made->folder;
    }
    Copy b = open(folder);
    auto fetched = ops::fetchMedia(*b.session, a.folder);
    QVERIFY2(fetched, qPrintable(fetched ? QString() : fetched.error().message));
    QVERIFY2(!fetched->problem.isEmpty(), "the disk did not fill: make the small disk smaller");
    QVERIFY(!fetched->missing.isEmpty());
    const auto media = ops::Reader(*b.project).mediaOf();
    QVERIFY(media);
    int whole = 0;
    for (const QString& file : QDir(b.project->mediaDir()).entryList(QDir::Files | QDir::Hidden)) {
        const QString path = QDir(b.project->mediaDir()).filePath(file);
        bool known = false;
        for (const Media& m : *media)
            known = known || (QFileInfo(path).completeBaseName() == m.sha256 &&
                              *media::MediaLibrary::sha256Of(path) == m.sha256);
        QVERIFY2(known, qPrintable(file + QStringLiteral(" is not a whole recording")));
        ++whole;
    }
    QCOMPARE(whole, fetched->copied);
}

void TestSync::aCopyOfAnotherProject_isRefused_namingBoth()
{
    Copy a = fresh(QStringLiteral("StrangerA"));
    const QString stranger = m_dir.filePath(QStringLiteral("Stranger.tianye"));
    QVERIFY(Project::create(stranger));
    const QString before = canonicalDump(*a.project);
    auto refused = ops::syncWith(*a.session, stranger);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QDir::toNativeSeparators(stranger)) &&
                 refused.error().message.contains(QDir::toNativeSeparators(a.folder)),
             qPrintable(refused.error().message));
    QCOMPARE(canonicalDump(*a.project), before);
}

// tianye-cli sync killed (kill -9) while it applies: the copy being written is whole
// (the step is one transaction), and the next sync brings everything.
void TestSync::killedInTheMiddle_theReceivingCopyIsWhole_andTheNextSyncCompletes()
{
    Copy a = fresh(QStringLiteral("KillA"));
    Copy b = copyOf(a, QStringLiteral("KillB"));
    const RowId city = ops::Reader(*a.project).cities()->front().id;
    for (int i = 0; i < 400; ++i)
        QVERIFY(ops::setCityField(*a.session, city, CityField::Notes, QStringLiteral("第%1稿").arg(i)));
    const QString folderB = b.folder;
    const QString bBefore = canonicalDump(*b.project);
    const QString folderA = a.folder;
    b = Copy();
    a = Copy();
    QProcess cli;
    cli.start(QStringLiteral(TIANYE_CLI_PATH), {QStringLiteral("sync"), folderB, folderA});
    QVERIFY(cli.waitForStarted());
    // Killed once the sync has begun: the copy being written has been backed up.
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(folderB + QStringLiteral("/backups")).isEmpty(QDir::Files) ||
                                 cli.state() == QProcess::NotRunning,
                             20000);
    cli.kill();
    cli.waitForFinished();
    Copy reopened = open(folderB);
    const QString afterKill = canonicalDump(*reopened.project);
    a = open(folderA);
    const QString aDump = canonicalDump(*a.project);
    QVERIFY2(afterKill == bBefore || afterKill == aDump, "the copy is whole: all of the sync or none of it");
    QVERIFY(ops::syncWith(*reopened.session, *a.session));
    QCOMPARE(canonicalDump(*reopened.project), canonicalDump(*a.project));
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
