// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "AudioTestSupport.h"
#include "TestSupport.h"
#include "demo/DemoProject.h"
#include "ops/Media.h"
#include "ops/Quotes.h"
#include "ops/Session.h"
#include "ops/Themes.h"
#include "ops/Transcripts.h"
#include "store/InterviewRepository.h"
#include "store/Project.h"
#include "store/QuoteRepository.h"
#include "store/ThemeRepository.h"
#include "store/TranscriptRepository.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

using namespace tianye;

// The history as a property (issue 16): whatever the window's verbs do, in whatever
// order — typing, splitting and joining segments, quotes and their themes, themes
// added and merged, audio attached, transcripts imported — undoing every step gives
// back the project exactly as it was, and redoing every step the project as it was at
// the end; search and references stay sound at every step. The seed is printed;
// TIANYE_SEED=n runs one again.
class TestHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomEdits_undoAllIsTheStart_redoAllIsTheEnd();
};

namespace {

// Every row of every table but search's own, in primary-key order: two projects with
// the same dump hold the same things. The search index is checked on its own; its
// caches carry a version that every change moves on (an undo too: never back, or a
// stale cache would look fresh). The change log only grows, an undo being a change
// other copies must hear of too, and the clock in meta moves with it: both are left out.
QString canonicalDump(Project& project)
{
    SQLite::Database& db = project.db().sql();
    QStringList out;
    // The change log and sync's bookkeeping (which step last wrote each field) are the
    // history of the project, not its state: an undo is a newer step of its own. So are
    // the stamps of which transcripts changed (transcript_changes): an undo changes them again.
    SQLite::Statement tables(
        db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
            "'sqlite_%' AND name NOT LIKE 'fts_%' AND name NOT LIKE 'search_%' AND name <> 'change_log' "
            "AND name NOT LIKE 'sync_%' AND name <> 'transcript_changes' ORDER BY name");
    while (tables.executeStep()) {
        const std::string table = tables.getColumn(0).getString();
        out << QString::fromStdString("== " + table);
        const std::string where = table == "meta" ? " WHERE key <> 'clock'" : "";
        SQLite::Statement rows(db, "SELECT * FROM \"" + table + "\"" + where + " ORDER BY 1, 2");
        while (rows.executeStep()) {
            QStringList cells;
            for (int c = 0; c < rows.getColumnCount(); ++c) {
                const SQLite::Column cell = rows.getColumn(c);
                cells << (cell.isNull() ? QStringLiteral("NULL") : QString::fromStdString(cell.getString()));
            }
            out << cells.join(QLatin1Char('|'));
        }
    }
    return out.join(QLatin1Char('\n'));
}

// What must hold after every step.
QString unsound(Project& project)
{
    QStringList problems = project.db().checkSearchIndex();
    SQLite::Statement fk(project.db().sql(), "PRAGMA foreign_key_check");
    while (fk.executeStep())
        problems << QStringLiteral("foreign key: %1 row %2 → %3")
                        .arg(QString::fromStdString(fk.getColumn(0).getString()))
                        .arg(fk.getColumn(1).getInt64())
                        .arg(QString::fromStdString(fk.getColumn(2).getString()));
    return problems.join(QLatin1Char('\n'));
}

// Where two dumps part, for the failure message: the table and the first rows that differ.
QString difference(const QString& got, const QString& want)
{
    const QStringList a = got.split(QLatin1Char('\n'));
    const QStringList b = want.split(QLatin1Char('\n'));
    QString table;
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QString x = a.value(i), y = b.value(i);
        if (x.startsWith(QLatin1String("== ")))
            table = x;
        if (x != y)
            return QStringLiteral("%1, line %2:\n  got:  %3\n  want: %4")
                .arg(table)
                .arg(i)
                .arg(x.left(300), y.left(300));
    }
    return {};
}

QString someChinese(QRandomGenerator& random, int length)
{
    static const QString Pool =
        QStringLiteral("大同烟台齐齐哈尔不争自在活得真海风城墙日子慢过人说话直待热 Hello, ok。");
    QString s;
    for (int i = 0; i < length; ++i)
        s += Pool.at(random.bounded(Pool.size()));
    return s;
}

} // namespace

void TestHistory::randomEdits_undoAllIsTheStart_redoAllIsTheEnd()
{
    const quint32 seed = qEnvironmentVariableIsSet("TIANYE_SEED")
                             ? quint32(qEnvironmentVariableIntValue("TIANYE_SEED"))
                             : QRandomGenerator::global()->generate();
    qInfo("seed %u (TIANYE_SEED=%u runs this again)", seed, seed);
    QRandomGenerator random(seed);

    QTemporaryDir dir;
    auto created = demo::DemoProject::create(dir.filePath(QStringLiteral("History.tianye")));
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    Project& project = **created;
    ops::Session session(project);
    const QString wav = dir.filePath(QStringLiteral("tone.wav"));
    QVERIFY(test::writeToneWav(wav, 8000, {0.2, 0.6}));

    std::vector<RowId> interviews;
    const auto listed = project.interviews().list(); // (a temporary's value does not live through a loop)
    for (const Interview& iv : *listed)
        interviews.push_back(iv.id);
    QVERIFY(interviews.size() > 3);
    const auto anyInterview = [&] { return interviews[size_t(random.bounded(int(interviews.size())))]; };
    const auto anySegment = [&](RowId interview) -> std::optional<Segment> {
        const auto segments = project.transcripts().segments(interview);
        if (!segments || segments->empty())
            return std::nullopt;
        return segments->at(size_t(random.bounded(int(segments->size()))));
    };
    const auto anyQuote = [&]() -> std::optional<Quote> {
        const auto quotes = project.quotes().list();
        if (!quotes || quotes->empty())
            return std::nullopt;
        return quotes->at(size_t(random.bounded(int(quotes->size()))));
    };
    const auto anyTheme = [&]() -> RowId {
        const auto themes = project.themes().list();
        return themes && !themes->empty() ? themes->at(size_t(random.bounded(int(themes->size())))).id
                                          : NoRow;
    };

    const QString start = canonicalDump(project);
    QCOMPARE(unsound(project), QString());
    const int steps = 60;
    int attached = 0;
    QStringList done;
    for (int step = 0; step < steps; ++step) {
        const int verb = random.bounded(11);
        const RowId interview = anyInterview();
        const QString before = canonicalDump(project);
        const int historyBefore = session.undoStack()->count();
        Status outcome;
        QString what;
        switch (verb) {
        case 0: { // typing into a segment
            const auto s = anySegment(interview);
            if (!s)
                continue;
            std::vector<ops::TranscriptBlock> blocks;
            const auto segments = project.transcripts().segments(interview);
            for (const Segment& seg : *segments) {
                ops::TranscriptBlock b;
                b.segmentId = seg.id;
                b.text = seg.text;
                if (seg.id == s->id) {
                    b.action = ops::TranscriptBlock::Action::SetText;
                    b.text.insert(random.bounded(int(seg.text.size()) + 1),
                                  someChinese(random, 1 + random.bounded(8)));
                }
                blocks.push_back(b);
            }
            what = QStringLiteral("type into segment %1").arg(s->id);
            auto made = ops::editTranscript(session, interview, {}, blocks);
            outcome = made ? Status() : Status(std::unexpected(made.error()));
            break;
        }
        case 1: { // Enter
            const auto s = anySegment(interview);
            if (!s || s->text.size() < 2)
                continue;
            what = QStringLiteral("split segment %1").arg(s->id);
            auto made = ops::splitSegment(session, s->id, 1 + random.bounded(int(s->text.size()) - 1));
            outcome = made ? Status() : Status(std::unexpected(made.error()));
            break;
        }
        case 2: { // Backspace at a segment's start
            const auto s = anySegment(interview);
            if (!s)
                continue;
            what = QStringLiteral("join segment %1").arg(s->id);
            auto kept = ops::joinSegments(session, s->id);
            outcome = kept ? Status() : Status(std::unexpected(kept.error()));
            break;
        }
        case 3: { // deleting a paragraph (its quotes stay, detached when all their words go)
            const auto s = anySegment(interview);
            if (!s)
                continue;
            std::vector<ops::TranscriptBlock> blocks;
            const auto segments = project.transcripts().segments(interview);
            for (const Segment& seg : *segments)
                if (seg.id != s->id)
                    blocks.push_back({ops::TranscriptBlock::Action::Keep, seg.id, seg.text, {}});
            what = QStringLiteral("delete segment %1").arg(s->id);
            auto made = ops::editTranscript(session, interview, {s->id}, blocks);
            outcome = made ? Status() : Status(std::unexpected(made.error()));
            break;
        }
        case 4: { // Make Quote
            const auto s = anySegment(interview);
            if (!s || s->text.size() < 2)
                continue;
            Quote q;
            q.interviewId = interview;
            q.startSegmentId = q.endSegmentId = s->id;
            q.startOffset = random.bounded(int(s->text.size()) - 1);
            q.endOffset = q.startOffset + 1 + random.bounded(int(s->text.size() - q.startOffset) - 1 + 1);
            q.endOffset = std::min(q.endOffset, s->text.size());
            QList<ops::ThemeChoice> themes;
            if (random.bounded(2))
                themes << ops::ThemeChoice{anyTheme(), {}};
            if (random.bounded(3) == 0)
                themes << ops::ThemeChoice{NoRow, QStringLiteral("新主题%1").arg(step)};
            what = QStringLiteral("make quote in segment %1").arg(s->id);
            auto made = ops::makeQuote(session, q, themes);
            outcome = made ? Status() : Status(std::unexpected(made.error()));
            break;
        }
        case 5: { // Remove Quote
            const auto q = anyQuote();
            if (!q)
                continue;
            what = QStringLiteral("remove quote %1").arg(q->id);
            outcome = ops::removeQuote(session, q->id);
            break;
        }
        case 6: { // the quote's themes, star, note
            const auto q = anyQuote();
            if (!q)
                continue;
            what = QStringLiteral("change quote %1").arg(q->id);
            if (random.bounded(2))
                outcome = ops::setQuoteThemes(session, q->id, {ops::ThemeChoice{anyTheme(), {}}});
            else if (random.bounded(2))
                outcome = ops::starQuotes(session, {q->id}, !q->starred);
            else
                outcome = ops::setQuoteField(session, q->id, QuoteField::Note, someChinese(random, 12));
            break;
        }
        case 7: { // Add Theme, under another one or not
            what = QStringLiteral("add theme");
            auto made = ops::addTheme(session, QStringLiteral("主题%1").arg(step),
                                      random.bounded(2) ? anyTheme() : NoRow);
            outcome = made ? Status() : Status(std::unexpected(made.error()));
            break;
        }
        case 8: { // Merge Themes (a theme into its own branch is refused: fine)
            const RowId from = anyTheme();
            const RowId into = anyTheme();
            if (from == NoRow || from == into)
                continue;
            what = QStringLiteral("merge theme %1 into %2").arg(from).arg(into);
            outcome = ops::mergeThemes(session, from, into);
            break;
        }
        case 9: { // Attach Audio (decoding takes a moment: a few times only)
            if (attached >= 3)
                continue;
            ++attached;
            what = QStringLiteral("attach audio to %1").arg(interview);
            auto made = ops::attachFile(session, interview, wav);
            outcome = made ? Status() : Status(std::unexpected(made.error()));
            break;
        }
        case 10: { // Import Transcript
            std::vector<Segment> imported(size_t(1 + random.bounded(5)));
            for (Segment& s : imported) {
                s.speaker = random.bounded(2) ? QStringLiteral("说话人1") : QStringLiteral("说话人2");
                s.text = someChinese(random, 5 + random.bounded(40));
            }
            what = QStringLiteral("import %1 segments into %2").arg(imported.size()).arg(interview);
            outcome = ops::importTranscript(session, interview, imported, QStringLiteral("random.txt"));
            break;
        }
        }
        done << what + (outcome ? QString() : QStringLiteral(" (refused: %1)").arg(outcome.error().message));
        const QString problems = unsound(project);
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("after %1:\n%2").arg(what, problems)));
        if (!outcome) {
            // A refused verb changes nothing and adds no step.
            const QString after = canonicalDump(project);
            QVERIFY2(after == before, qPrintable(what + QStringLiteral(": ") + difference(after, before)));
            QCOMPARE(session.undoStack()->count(), historyBefore);
        }
    }
    const QString end = canonicalDump(project);
    QVERIFY(end != start);
    qInfo("%s", qPrintable(done.join(QStringLiteral("; "))));

    int undone = 0;
    while (session.undoStack()->canUndo()) {
        const QString label = session.undoStack()->undoText();
        const Status ok = session.undo();
        QVERIFY2(ok, qPrintable(label + QStringLiteral(": ") + (ok ? QString() : ok.error().message)));
        const QString problems = unsound(project);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("after undo of %1:\n%2").arg(label, problems)));
        ++undone;
    }
    QVERIFY(undone > 0);
    const QString undoneAll = canonicalDump(project);
    QVERIFY2(undoneAll == start, qPrintable(difference(undoneAll, start)));

    while (session.undoStack()->canRedo()) {
        const QString label = session.undoStack()->redoText();
        const Status ok = session.redo();
        QVERIFY2(ok, qPrintable(label + QStringLiteral(": ") + (ok ? QString() : ok.error().message)));
        const QString problems = unsound(project);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("after redo of %1:\n%2").arg(label, problems)));
    }
    const QString redoneAll = canonicalDump(project);
    QVERIFY2(redoneAll == end, qPrintable(difference(redoneAll, end)));
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
