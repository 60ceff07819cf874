// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "TestSupport.h"
#include "ops/Cities.h"
#include "ops/Interviews.h"
#include "ops/Quotes.h"
#include "ops/Session.h"
#include "ops/Transcripts.h"
#include "store/ChangeSet.h"
#include "store/CityRepository.h"
#include "store/InterviewRepository.h"
#include "store/ParticipantRepository.h"
#include "store/Project.h"
#include "store/QuoteRepository.h"
#include "store/TranscriptRepository.h"
#include "text/Tokenizer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <SQLiteCpp/Database.h>

using namespace tianye;

// Undo and redo are recorded changesets applied backwards and forwards; these tests
// hold what the Edit menu promises: the project comes back exactly, search included.
class TestChangeSet final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void removeCity_undoRestoresEverythingAndRedoRemovesAgain();
    void fieldEdit_undoRedo_andAnnounced();
    void failedBody_recordsNothingAndChangesNothing();
    void conflictingLaterChange_refusesUndoAndChangesNothing();
    void undoSplit_withQuoteMovedToNewSegment();
    void undoOfQuote_announcesItsInterview();
    void undoThatWouldLeaveADanglingReference_isRefused();
    void slotThatWritesOnNotification_isAStepOfItsOwn();

private:
    int count(const char* sql);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<ops::Session> m_session;
    RowId m_city = NoRow;
    RowId m_interview = NoRow;
};

void TestChangeSet::init()
{
    static int n = 0;
    auto project = Project::create(m_dir.filePath(QStringLiteral("p%1").arg(++n)));
    QVERIFY(project);
    m_project = std::move(*project);
    m_session = std::make_unique<ops::Session>(*m_project);
    City city;
    city.name = QStringLiteral("大同");
    m_city = *ops::addCity(*m_session, city);
    Interview iv;
    iv.cityId = m_city;
    iv.startedAt = QStringLiteral("2026-10-14T15:30");
    m_interview = *ops::logInterview(*m_session, iv, {{QStringLiteral("DT-001"), {}, {}}}, {});
    Segment s;
    s.interviewId = m_interview;
    s.speaker = QStringLiteral("DT-001");
    s.text = QStringLiteral("大同的人不争，日子慢慢过。");
    QVERIFY(test::write(*m_project,
                        [&](const WriteScope& w) { return m_project->transcripts().insertSegment(w, s); }));
    m_session->undoStack()->clear();
}

void TestChangeSet::cleanup()
{
    m_session.reset();
    m_project.reset();
}

int TestChangeSet::count(const char* sql)
{
    return m_project->db().sql().execAndGet(sql).getInt();
}

void TestChangeSet::removeCity_undoRestoresEverythingAndRedoRemovesAgain()
{
    const char* searchSql = "SELECT count(*) FROM fts_segments WHERE fts_segments MATCH '不争'";
    QCOMPARE(count(searchSql), 1);
    QVERIFY(ops::removeCity(*m_session, m_city));
    QCOMPARE(m_session->undoStack()->count(), 1);
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Remove City 大同"));
    QCOMPARE(count("SELECT count(*) FROM cities"), 0);
    QCOMPARE(count("SELECT count(*) FROM segments"), 0);
    QCOMPARE(count(searchSql), 0);

    QSignalSpy spy(&m_project->notifier(), &ChangeNotifier::changed);
    QVERIFY(m_session->undo());
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

    QVERIFY(m_session->redo());
    QCOMPARE(count("SELECT count(*) FROM cities"), 0);
    QCOMPARE(count("SELECT count(*) FROM interviews"), 0);
    QCOMPARE(count(searchSql), 0);
    QCOMPARE(m_project->db().checkSearchIndex(), QStringList());
}

void TestChangeSet::fieldEdit_undoRedo_andAnnounced()
{
    QVERIFY(ops::setInterviewField(*m_session, m_interview, InterviewField::Place, QStringLiteral("华严寺")));
    QCOMPARE(m_project->interviews().get(m_interview)->place, QStringLiteral("华严寺"));
    QSignalSpy spy(&m_project->notifier(), &ChangeNotifier::changed);
    QVERIFY(m_session->undo());
    QCOMPARE(m_project->interviews().get(m_interview)->place, QString());
    QCOMPARE(spy.count(), 1);
    const auto change = spy.at(0).at(0).value<Change>();
    QCOMPARE(change.entity, Entity::Interview);
    QCOMPARE(change.ids, QList<RowId>{m_interview});
    QVERIFY(m_session->redo());
    QCOMPARE(m_project->interviews().get(m_interview)->place, QStringLiteral("华严寺"));
}

void TestChangeSet::failedBody_recordsNothingAndChangesNothing()
{
    auto ok = m_session->run(QStringLiteral("two writes"), [&](const WriteScope& w) {
        orThrow(m_project->interviews().set(w, m_interview, InterviewField::Place, QStringLiteral("华严寺")));
        City duplicate;
        duplicate.name = QStringLiteral("大同");
        orThrow(m_project->cities().add(w, duplicate));
    });
    QVERIFY(!ok);
    QCOMPARE(m_session->undoStack()->count(), 0);
    QCOMPARE(m_project->interviews().get(m_interview)->place, QString());
    QCOMPARE(count("SELECT count(*) FROM cities"), 1);
}

void TestChangeSet::conflictingLaterChange_refusesUndoAndChangesNothing()
{
    QVERIFY(m_session->run(QStringLiteral("place and summary"), [&](const WriteScope& w) {
        orThrow(m_project->interviews().set(w, m_interview, InterviewField::Place, QStringLiteral("华严寺")));
        orThrow(m_project->interviews().set(w, m_interview, InterviewField::Summary, QStringLiteral("茶馆")));
    }));
    // Another program changes the same row.
    {
        SQLite::Database other(m_project->databasePath().toStdString(), SQLite::OPEN_READWRITE, 5000);
        other.exec("UPDATE interviews SET place = '云冈'");
    }
    QSignalSpy failed(m_session.get(), &ops::Session::undoFailed);
    auto undone = m_session->undo();
    QVERIFY(!undone);
    QVERIFY(undone.error().message.contains(m_project->db().path()));
    QCOMPARE(failed.count(), 1);
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
    const RowId quote = *ops::makeQuote(*m_session, q);
    QVERIFY(ops::splitSegment(*m_session, segment, 7));
    QVERIFY(m_project->quotes().get(quote)->startSegmentId != segment);
    auto undone = m_session->undo();
    QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().message));
    QCOMPARE(m_project->transcripts().segments(m_interview)->size(), size_t(1));
    QCOMPARE(m_project->quotes().get(quote)->startSegmentId, segment);
    QCOMPARE(*m_project->quotes().currentText(quote), QStringLiteral("日子慢慢过"));
    QCOMPARE(count("PRAGMA foreign_keys"), 1); // back on after applying
    QVERIFY(m_session->redo());
    QCOMPARE(*m_project->quotes().currentText(quote), QStringLiteral("日子慢慢过"));
}

// The interview's row in the log shows its quote count: undoing a quote tells it,
// found by the quotes table's interview_id column (by name, not by position).
void TestChangeSet::undoOfQuote_announcesItsInterview()
{
    const RowId segment = m_project->transcripts().segments(m_interview)->front().id;
    Quote q;
    q.interviewId = m_interview;
    q.startSegmentId = q.endSegmentId = segment;
    q.startOffset = 0;
    q.endOffset = 2;
    QVERIFY(ops::makeQuote(*m_session, q));
    QSignalSpy spy(&m_project->notifier(), &ChangeNotifier::changed);
    QVERIFY(m_session->undo());
    bool material = false;
    for (const QList<QVariant>& args : spy) {
        const auto change = args.at(0).value<Change>();
        material |= change.entity == Entity::Interview && change.ids.contains(m_interview) &&
                    change.fields.contains(QStringLiteral("material"));
    }
    QVERIFY(material);
}

// Foreign keys are off while a step is applied; what it wrote is checked before it
// commits, so an undo that would point at a row another program deleted is refused.
void TestChangeSet::undoThatWouldLeaveADanglingReference_isRefused()
{
    const RowId segment = m_project->transcripts().segments(m_interview)->front().id;
    Quote q;
    q.interviewId = m_interview;
    q.startSegmentId = q.endSegmentId = segment;
    q.startOffset = 0;
    q.endOffset = 2;
    const RowId quote = *ops::makeQuote(*m_session, q);
    QVERIFY(ops::removeQuote(*m_session, quote));
    {
        SQLite::Database other(m_project->databasePath().toStdString(), SQLite::OPEN_READWRITE, 5000);
        QVERIFY(text::Tokenizer::registerWith(other.getHandle())); // the search index's triggers
        other.exec("DELETE FROM segments"); // foreign keys are off on that connection: nothing cascades
    }
    auto undone = m_session->undo();
    QVERIFY(!undone);
    QVERIFY2(undone.error().message.contains(QStringLiteral("missing row in quotes")),
             qPrintable(undone.error().message));
    QCOMPARE(count("SELECT count(*) FROM quotes"), 0);
    QCOMPARE(count("PRAGMA foreign_keys"), 1);
}

// Change notices come once the step is recorded and committed: a view that writes
// when it hears of a change makes a step of its own, never part of the one it heard.
void TestChangeSet::slotThatWritesOnNotification_isAStepOfItsOwn()
{
    bool reacted = false;
    connect(&m_project->notifier(), &ChangeNotifier::changed, this, [&](const Change& change) {
        if (reacted || change.entity != Entity::Interview)
            return;
        reacted = true;
        QVERIFY(
            ops::setInterviewField(*m_session, m_interview, InterviewField::Summary, QStringLiteral("茶馆")));
    });
    QVERIFY(ops::setInterviewField(*m_session, m_interview, InterviewField::Place, QStringLiteral("华严寺")));
    QVERIFY(reacted);
    QCOMPARE(m_session->undoStack()->count(), 2);
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Edit Summary"));
    QVERIFY(m_session->undo());
    const Interview now = *m_project->interviews().get(m_interview);
    QCOMPARE(now.summary, QString());
    QCOMPARE(now.place, QStringLiteral("华严寺"));
}

QTEST_GUILESS_MAIN(TestChangeSet)
#include "tst_changeset.moc"
