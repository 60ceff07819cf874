// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/ChangeSet.h"
#include "store/CityRepository.h"
#include "store/InterviewRepository.h"
#include "store/ParticipantRepository.h"
#include "store/Project.h"
#include "store/QuoteRepository.h"
#include "store/TranscriptRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tianye;

// Undo and redo are recorded changesets applied backwards and forwards; these tests
// hold what the Edit menu promises: the project comes back exactly, search included.
class TestChangeSet final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_project.reset(); }

    void removeCity_undoRestoresEverythingAndRedoRemovesAgain();
    void fieldEdit_undoRedo_andAnnounced();
    void failedBody_recordsNothingAndChangesNothing();
    void conflictingLaterChange_refusesUndoAndChangesNothing();
    void undoSplit_withQuoteMovedToNewSegment();

private:
    int count(const char* sql);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    RowId m_city = NoRow;
    RowId m_interview = NoRow;
};

void TestChangeSet::init()
{
    static int n = 0;
    auto project = Project::create(m_dir.filePath(QStringLiteral("p%1").arg(++n)));
    QVERIFY(project);
    m_project = std::move(*project);
    City city;
    city.name = QStringLiteral("大同");
    m_city = *m_project->cities().add(city);
    Participant p;
    p.cityId = m_city;
    p.code = QStringLiteral("DT-001");
    const RowId participant = *m_project->participants().add(p);
    Interview iv;
    iv.cityId = m_city;
    iv.startedAt = QStringLiteral("2026-10-14T15:30");
    iv.participantIds = {participant};
    m_interview = *m_project->interviews().add(iv);
    Segment s;
    s.interviewId = m_interview;
    s.speaker = QStringLiteral("DT-001");
    s.text = QStringLiteral("大同的人不争，日子慢慢过。");
    QVERIFY(m_project->transcripts().insertSegment(s));
}

int TestChangeSet::count(const char* sql)
{
    return m_project->db().sql().execAndGet(sql).getInt();
}

void TestChangeSet::removeCity_undoRestoresEverythingAndRedoRemovesAgain()
{
    const char* searchSql = "SELECT count(*) FROM fts_segments WHERE fts_segments MATCH '不争'";
    QCOMPARE(count(searchSql), 1);
    auto removed = ChangeSet::record(m_project->db(), [&] { orThrow(m_project->cities().remove(m_city)); });
    QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().message));
    QVERIFY(!removed->isEmpty());
    QCOMPARE(count("SELECT count(*) FROM cities"), 0);
    QCOMPARE(count("SELECT count(*) FROM segments"), 0);
    QCOMPARE(count(searchSql), 0);

    QSignalSpy spy(&m_project->notifier(), &ChangeNotifier::changed);
    QVERIFY(removed->apply(m_project->db(), ChangeSet::Direction::Backward));
    QCOMPARE(count("SELECT count(*) FROM cities WHERE name = '大同'"), 1);
    QCOMPARE(count("SELECT count(*) FROM participants WHERE code = 'DT-001'"), 1);
    QCOMPARE(count("SELECT count(*) FROM interviews"), 1);
    QCOMPARE(count("SELECT count(*) FROM interview_participants"), 1);
    QCOMPARE(count("SELECT count(*) FROM segments"), 1);
    QCOMPARE(count(searchSql), 1);
    QCOMPARE(m_project->db().checkSearchIndex(), QStringList());
    bool cityAnnounced = false;
    for (const QList<QVariant>& args : spy) {
        const auto change = args.at(0).value<Change>();
        cityAnnounced |= change.entity == Entity::City && change.kind == ChangeKind::Inserted &&
                         change.ids.contains(m_city);
    }
    QVERIFY(cityAnnounced);

    QVERIFY(removed->apply(m_project->db(), ChangeSet::Direction::Forward));
    QCOMPARE(count("SELECT count(*) FROM cities"), 0);
    QCOMPARE(count("SELECT count(*) FROM interviews"), 0);
    QCOMPARE(count(searchSql), 0);
    QCOMPARE(m_project->db().checkSearchIndex(), QStringList());
}

void TestChangeSet::fieldEdit_undoRedo_andAnnounced()
{
    auto edit = ChangeSet::record(m_project->db(), [&] {
        orThrow(m_project->interviews().set(m_interview, InterviewField::Place, QStringLiteral("华严寺")));
    });
    QVERIFY(edit);
    QCOMPARE(m_project->interviews().get(m_interview)->place, QStringLiteral("华严寺"));
    QSignalSpy spy(&m_project->notifier(), &ChangeNotifier::changed);
    QVERIFY(edit->apply(m_project->db(), ChangeSet::Direction::Backward));
    QCOMPARE(m_project->interviews().get(m_interview)->place, QString());
    QCOMPARE(spy.count(), 1);
    const auto change = spy.at(0).at(0).value<Change>();
    QCOMPARE(change.entity, Entity::Interview);
    QCOMPARE(change.ids, QList<RowId>{m_interview});
    QVERIFY(edit->apply(m_project->db(), ChangeSet::Direction::Forward));
    QCOMPARE(m_project->interviews().get(m_interview)->place, QStringLiteral("华严寺"));
}

void TestChangeSet::failedBody_recordsNothingAndChangesNothing()
{
    auto edit = ChangeSet::record(m_project->db(), [&] {
        orThrow(m_project->interviews().set(m_interview, InterviewField::Place, QStringLiteral("华严寺")));
        City duplicate;
        duplicate.name = QStringLiteral("大同");
        orThrow(m_project->cities().add(duplicate));
    });
    QVERIFY(!edit);
    QCOMPARE(m_project->interviews().get(m_interview)->place, QString());
    QCOMPARE(count("SELECT count(*) FROM cities"), 1);
}

void TestChangeSet::conflictingLaterChange_refusesUndoAndChangesNothing()
{
    auto edit = ChangeSet::record(m_project->db(), [&] {
        orThrow(m_project->interviews().set(m_interview, InterviewField::Place, QStringLiteral("华严寺")));
        orThrow(m_project->interviews().set(m_interview, InterviewField::Summary, QStringLiteral("茶馆")));
    });
    QVERIFY(edit);
    // Another program (or an edit outside the undo history) changes the same row.
    QVERIFY(m_project->interviews().set(m_interview, InterviewField::Place, QStringLiteral("云冈")));
    auto undone = edit->apply(m_project->db(), ChangeSet::Direction::Backward);
    QVERIFY(!undone);
    QVERIFY(undone.error().message.contains(m_project->db().path()));
    const Interview now = *m_project->interviews().get(m_interview);
    QCOMPARE(now.place, QStringLiteral("云冈"));
    QCOMPARE(now.summary, QStringLiteral("茶馆"));
}

// Undoing a split deletes the new segment while a quote still points at it: the
// ON DELETE action must not fire again, or the quote's own change conflicts.
void TestChangeSet::undoSplit_withQuoteMovedToNewSegment()
{
    const RowId segment = m_project->transcripts().segments(m_interview)->front().id;
    Quote q;
    q.interviewId = m_interview;
    q.startSegmentId = q.endSegmentId = segment;
    q.startOffset = 7; // 日子慢慢过
    q.endOffset = 12;
    const RowId quote = *m_project->quotes().add(q);
    auto split = ChangeSet::record(m_project->db(),
                                   [&] { orThrow(m_project->transcripts().splitSegment(segment, 7)); });
    QVERIFY(split);
    QVERIFY(m_project->quotes().get(quote)->startSegmentId != segment);
    auto undone = split->apply(m_project->db(), ChangeSet::Direction::Backward);
    QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().message));
    QCOMPARE(m_project->transcripts().segments(m_interview)->size(), size_t(1));
    QCOMPARE(m_project->quotes().get(quote)->startSegmentId, segment);
    QCOMPARE(*m_project->quotes().currentText(quote), QStringLiteral("日子慢慢过"));
    QCOMPARE(count("PRAGMA foreign_keys"), 1); // back on after applying
    QVERIFY(split->apply(m_project->db(), ChangeSet::Direction::Forward));
    QCOMPARE(*m_project->quotes().currentText(quote), QStringLiteral("日子慢慢过"));
}

QTEST_GUILESS_MAIN(TestChangeSet)
#include "tst_changeset.moc"
