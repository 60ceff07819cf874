// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
// Merging a project another team started on its own (Team → Merge Another Project…,
// tianye-cli merge): the same cities, researchers, participants and themes are taken
// as the same; everything else comes in once, with its references; nothing twice.
#include "TestSupport.h"
#include "demo/DemoProject.h"
#include "ops/Cities.h"
#include "ops/Interviews.h"
#include "ops/Participants.h"
#include "ops/Quotes.h"
#include "ops/Reader.h"
#include "ops/Session.h"
#include "ops/Team.h"
#include "ops/Themes.h"
#include "ops/Transcripts.h"
#include "store/Backups.h"
#include "store/ChangeLog.h"
#include "store/Project.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tianye;

namespace {

template <class T, class F> int countIf(const std::vector<T>& items, F&& test)
{
    return int(std::count_if(items.begin(), items.end(), test));
}

} // namespace

class TestMerge final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aProjectStartedSeparately_mergesByNameAndCode_andTheRestComesInOnce();
    void aCopyOfThisProject_orAFolderThatIsNoProject_isRefusedNamingIt();
    void thenACopy_theOtherTeamCarriesOnInTheMergedProject_andTheTwoSync();
    void whatWasDeletedHereAfterAMerge_staysDeleted_unlessBroughtBack();

private:
    QTemporaryDir m_dir;
};

void TestMerge::aProjectStartedSeparately_mergesByNameAndCode_andTheRestComesInOnce()
{
    // Here: the demo project, and a colleague's copy of it made before the merge.
    auto demo = demo::DemoProject::create(m_dir.filePath(QStringLiteral("Here.tianye")));
    QVERIFY(demo);
    Project& here = **demo;
    QUndoStack undo;
    ops::Session session(here, &undo);
    auto colleague = ops::copyForColleague(session, m_dir.filePath(QStringLiteral("Colleague")),
                                           QStringLiteral("李娜"), false);
    QVERIFY(colleague);

    // Another team's project: 大同 (here too) and 青岛 (new); DT-001 (here too) and
    // QD-001; the theme 吃 (here too) with a new sub-theme 面食; 林晓 (here too).
    const QString otherFolder = m_dir.filePath(QStringLiteral("Other.tianye"));
    {
        auto created = Project::create(otherFolder);
        QVERIFY(created);
        QUndoStack otherUndo;
        ops::Session other(**created, &otherUndo);
        City datong;
        datong.name = QStringLiteral("大同");
        auto datongId = ops::addCity(other, datong);
        City qingdao;
        qingdao.name = QStringLiteral("青岛");
        auto qingdaoId = ops::addCity(other, qingdao);
        QVERIFY(datongId && qingdaoId);
        Interview inDatong;
        inDatong.cityId = *datongId;
        QVERIFY(ops::logInterview(other, inDatong, {{QStringLiteral("DT-001"), {}, {}}},
                                  {QStringLiteral("林晓")}));
        // DT-001 withdrew consent when that team met him again.
        const RowId theirDt001 = ops::Reader(**created).participants()->front().id;
        QVERIFY(ops::setParticipantField(other, theirDt001, ParticipantField::Consent,
                                         QVariant::fromValue(ConsentStatus::Withdrawn)));
        Interview inQingdao;
        inQingdao.cityId = *qingdaoId;
        auto interview =
            ops::logInterview(other, inQingdao, {{QStringLiteral("QD-001"), QStringLiteral("渔民"), {}}},
                              {QStringLiteral("林晓")});
        QVERIFY(interview);
        QVERIFY(ops::editTranscript(
            other, *interview, {},
            {{ops::TranscriptBlock::Action::Insert,
              NoRow,
              QStringLiteral("早上出海，中午就回来吃饺子。"),
              {}},
             {ops::TranscriptBlock::Action::Insert, NoRow, QStringLiteral("海边的人不着急。"), {}}}));
        auto eat = ops::addTheme(other, QStringLiteral("吃"));
        QVERIFY(eat);
        auto noodles = ops::addTheme(other, QStringLiteral("面食"), *eat);
        QVERIFY(noodles);
        auto words = ops::findWords(**created, *interview, QStringLiteral("吃饺子"));
        QVERIFY(words);
        QVERIFY(ops::makeQuote(other, *words, {{*noodles, {}}, {*eat, {}}}));
    }
    ops::Reader read(here);
    const size_t citiesBefore = read.cities()->size();
    const size_t researchersBefore = read.researchers()->size();
    const size_t themesBefore = read.themes()->size();
    const size_t interviewsBefore = read.interviews()->size();
    const size_t participantsBefore = read.participants()->size();

    auto preview = ops::previewMerge(session, otherFolder);
    QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
    QCOMPARE(preview->matchedCities, QStringList{QStringLiteral("大同")});
    QCOMPARE(preview->matchedParticipants, QStringList{QStringLiteral("DT-001")});
    QCOMPARE(preview->matchedResearchers, QStringList{QStringLiteral("林晓")});
    QCOMPARE(preview->matchedThemes, QStringList{QStringLiteral("吃")});
    QCOMPARE(preview->cities, 1);
    QCOMPARE(preview->participants, 1);
    QCOMPARE(preview->interviews, 2);
    QCOMPARE(preview->segments, 2);
    QCOMPARE(preview->themes, 1);
    QCOMPARE(preview->quotes, 1);
    QCOMPARE(preview->withdrawn, QStringList{QStringLiteral("DT-001")});
    // Details that differ there are named (this project's stay), consent among them.
    QVERIFY2(std::any_of(preview->differing.begin(), preview->differing.end(),
                         [](const QString& d) {
                             return d.contains(QStringLiteral("DT-001")) &&
                                    d.contains(QStringLiteral("consent"));
                         }),
             qPrintable(preview->differing.join(QLatin1Char('|'))));
    QCOMPARE(read.cities()->size(), citiesBefore); // a preview changes nothing

    auto merged = ops::mergeProject(session, otherFolder);
    QVERIFY2(merged, qPrintable(merged ? QString() : merged.error().message));
    QCOMPARE(read.cities()->size(), citiesBefore + 1);
    QCOMPARE(read.researchers()->size(), researchersBefore);
    QCOMPARE(read.themes()->size(), themesBefore + 1);
    QCOMPARE(read.interviews()->size(), interviewsBefore + 2);
    QCOMPARE(read.participants()->size(), participantsBefore + 1);
    // The references: the quote is tagged with this project's 吃 and the new 面食 under it;
    // the interview in 大同 is in this project's 大同, with this project's DT-001 and 林晓.
    const auto themes = *read.themes();
    const auto eatHere = std::find_if(themes.begin(), themes.end(), [](const Theme& t) {
        return t.name == QStringLiteral("吃") && t.parentId == NoRow;
    });
    QVERIFY(eatHere != themes.end());
    QCOMPARE(countIf(themes, [](const Theme& t) { return t.name == QStringLiteral("吃"); }), 1);
    const auto noodlesHere = std::find_if(themes.begin(), themes.end(),
                                          [](const Theme& t) { return t.name == QStringLiteral("面食"); });
    QVERIFY(noodlesHere != themes.end());
    QCOMPARE(noodlesHere->parentId, eatHere->id);
    const auto quotes = *read.quotes();
    const auto dumpling = std::find_if(quotes.begin(), quotes.end(),
                                       [](const Quote& q) { return q.text == QStringLiteral("吃饺子"); });
    QVERIFY(dumpling != quotes.end());
    QCOMPARE(dumpling->themeIds.size(), 2);
    QVERIFY(dumpling->themeIds.contains(eatHere->id) && dumpling->themeIds.contains(noodlesHere->id));
    const auto cities = *read.cities();
    const RowId datongHere = std::find_if(cities.begin(), cities.end(), [](const City& c) {
                                 return c.name == QStringLiteral("大同");
                             })->id;
    QCOMPARE(countIf(cities, [](const City& c) { return c.name.startsWith(QStringLiteral("大同")); }), 1);
    const auto people = *read.participants();
    QCOMPARE(countIf(people, [](const Participant& p) { return p.code == QStringLiteral("DT-001"); }), 1);
    const RowId dt001 = std::find_if(people.begin(), people.end(), [](const Participant& p) {
                            return p.code == QStringLiteral("DT-001");
                        })->id;
    int withDt001 = 0;
    const auto inDatongHere = *read.interviews(datongHere);
    for (const Interview& iv : inDatongHere)
        withDt001 += iv.participantIds.contains(dt001) ? 1 : 0;
    QVERIFY(withDt001 >= 2); // the demo's and the merged one
    // A withdrawal always wins: DT-001 has withdrawn here too.
    QCOMPARE(read.participant(dt001)->consent, ConsentStatus::Withdrawn);

    // Again: nothing twice.
    const QString dumpAfter = test::canonicalDump(here);
    auto again = ops::mergeProject(session, otherFolder);
    QVERIFY(again);
    QCOMPARE(again->interviews, 0);
    QVERIFY(again->alreadyHere > 0);
    QCOMPARE(test::canonicalDump(here), dumpAfter);

    // The colleague's copy gets the merge at the next sync, as any other step.
    QVERIFY(ops::syncWith(session, colleague->folder));
    {
        auto copy = Project::open(colleague->folder);
        QVERIFY(copy);
        QCOMPARE(test::canonicalDump(**copy), test::canonicalDump(here));
    }

    // One step (the sync brought nothing here): undone, the project is as it was.
    QCOMPARE(undo.undoText(), QStringLiteral("Merge Other"));
    undo.undo();
    QCOMPARE(read.interviews()->size(), interviewsBefore);
    QCOMPARE(read.themes()->size(), themesBefore);
}

void TestMerge::aCopyOfThisProject_orAFolderThatIsNoProject_isRefusedNamingIt()
{
    auto demo = demo::DemoProject::create(m_dir.filePath(QStringLiteral("Refuse.tianye")));
    QVERIFY(demo);
    ops::Session session(**demo);
    auto copy = ops::copyForColleague(session, m_dir.filePath(QStringLiteral("RefuseCopy")), {}, false);
    QVERIFY(copy);
    const QString before = test::canonicalDump(**demo);
    auto refused = ops::mergeProject(session, copy->folder);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(copy->folder) &&
                 refused.error().message.contains(QStringLiteral("sync")),
             qPrintable(refused.error().message));
    const QString nothing = m_dir.filePath(QStringLiteral("Photos"));
    QVERIFY(QDir().mkpath(nothing));
    refused = ops::mergeProject(session, nothing);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(nothing), qPrintable(refused.error().message));
    QCOMPARE(test::canonicalDump(**demo), before);
}

void TestMerge::thenACopy_theOtherTeamCarriesOnInTheMergedProject_andTheTwoSync()
{
    auto demo = demo::DemoProject::create(m_dir.filePath(QStringLiteral("Lead.tianye")));
    QVERIFY(demo);
    Project& here = **demo;
    QUndoStack undo;
    ops::Session session(here, &undo);
    const QString otherFolder = m_dir.filePath(QStringLiteral("Qingdao.tianye"));
    auto logIn = [](const QString& folder, const QString& code) {
        auto opened = Project::open(folder);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        ops::Session other(**opened);
        RowId city = NoRow;
        const auto cities = *ops::Reader(**opened).cities();
        for (const City& c : cities)
            if (c.name == QStringLiteral("青岛"))
                city = c.id;
        if (city == NoRow) {
            City c;
            c.name = QStringLiteral("青岛");
            auto made = ops::addCity(other, c);
            QVERIFY(made);
            city = *made;
        }
        Interview iv;
        iv.cityId = city;
        QVERIFY(ops::logInterview(other, iv, {{code, QStringLiteral("渔民"), {}}}, {QStringLiteral("王磊")}));
    };
    {
        auto created = Project::create(otherFolder);
        QVERIFY(created);
        QVERIFY(ChangeLog::setDefaultAuthor((*created)->db(), QStringLiteral("王磊")));
    }
    logIn(otherFolder, QStringLiteral("QD-001"));
    QVERIFY(ops::mergeProject(session, otherFolder));

    // The other team logged one more meanwhile: it is not made a copy, and loses nothing.
    logIn(otherFolder, QStringLiteral("QD-002"));
    QString otherBefore;
    {
        auto opened = Project::open(otherFolder);
        QVERIFY(opened);
        otherBefore = test::canonicalDump(**opened);
    }
    auto refused = ops::makeCopyOfThis(session, otherFolder);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("merge it first")) &&
                 refused.error().message.contains(QDir::toNativeSeparators(otherFolder)),
             qPrintable(refused.error().message));
    {
        auto opened = Project::open(otherFolder);
        QVERIFY(opened);
        QCOMPARE(test::canonicalDump(**opened), otherBefore);
    }

    // Merged again, it becomes a copy: the merged project, its own device and author,
    // its own database kept in its backups.
    QVERIFY(ops::mergeProject(session, otherFolder));
    auto became = ops::makeCopyOfThis(session, otherFolder);
    QVERIFY2(became, qPrintable(became ? QString() : became.error().message));
    QVERIFY2(QFileInfo::exists(became->keptAs), qPrintable(became->keptAs));
    QVERIFY(Backups::verify(became->keptAs));
    {
        auto copy = Project::open(otherFolder);
        QVERIFY(copy);
        QCOMPARE(ChangeLog::projectId((*copy)->db()), ChangeLog::projectId(here.db()));
        QVERIFY(ChangeLog::deviceId((*copy)->db()) != ChangeLog::deviceId(here.db()));
        QCOMPARE(ChangeLog::defaultAuthor((*copy)->db()), QStringLiteral("王磊"));
        QCOMPARE(test::canonicalDump(**copy), test::canonicalDump(here));
    }

    // From now on the two sync as copies: what the team logs there comes here, once.
    logIn(otherFolder, QStringLiteral("QD-003"));
    const size_t interviews = ops::Reader(here).interviews()->size();
    auto synced = ops::syncWith(session, otherFolder);
    QVERIFY2(synced, qPrintable(synced ? QString() : synced.error().message));
    QCOMPARE(ops::Reader(here).interviews()->size(), interviews + 1);
    QVERIFY(ops::syncWith(session, otherFolder));
    auto copy = Project::open(otherFolder);
    QVERIFY(copy);
    QCOMPARE(test::canonicalDump(**copy), test::canonicalDump(here));
    const auto people = *ops::Reader(here).participants();
    for (const QString& code : {QStringLiteral("QD-001"), QStringLiteral("QD-002"), QStringLiteral("QD-003")})
        QCOMPARE(countIf(people, [&](const Participant& p) { return p.code == code; }), 1);
}

void TestMerge::whatWasDeletedHereAfterAMerge_staysDeleted_unlessBroughtBack()
{
    auto demo = demo::DemoProject::create(m_dir.filePath(QStringLiteral("Deleting.tianye")));
    QVERIFY(demo);
    Project& here = **demo;
    ops::Session session(here);
    const QString otherFolder = m_dir.filePath(QStringLiteral("Rizhao.tianye"));
    RowId theirInterview = NoRow;
    {
        auto created = Project::create(otherFolder);
        QVERIFY(created);
        ops::Session other(**created);
        City rizhao;
        rizhao.name = QStringLiteral("日照");
        auto city = ops::addCity(other, rizhao);
        QVERIFY(city);
        Interview iv;
        iv.cityId = *city;
        auto made =
            ops::logInterview(other, iv, {{QStringLiteral("RZ-001"), {}, {}}}, {QStringLiteral("赵敏")});
        QVERIFY(made);
        theirInterview = *made;
        QVERIFY(ops::editTranscript(
            other, theirInterview, {},
            {{ops::TranscriptBlock::Action::Insert, NoRow, QStringLiteral("日照的太阳出来得早。"), {}}}));
    }
    QVERIFY(ops::mergeProject(session, otherFolder));
    auto inRizhao = [&] {
        int n = 0;
        const auto cities = *ops::Reader(here).cities();
        for (const City& c : cities)
            if (c.name == QStringLiteral("日照"))
                n += int(ops::Reader(here).interviews(c.id)->size());
        return n;
    };
    QCOMPARE(inRizhao(), 1);
    // The lead deletes the merged interview; the other team goes on transcribing it.
    RowId merged = NoRow;
    const auto all = *ops::Reader(here).interviews();
    for (const Interview& iv : all)
        if (iv.participantIds.size() == 1 &&
            ops::Reader(here).participant(iv.participantIds.front())->code == QStringLiteral("RZ-001"))
            merged = iv.id;
    QVERIFY(merged != NoRow);
    QVERIFY(ops::removeInterviews(session, {merged}));
    {
        auto opened = Project::open(otherFolder);
        QVERIFY(opened);
        ops::Session other(**opened);
        QVERIFY(ops::editTranscript(
            other, theirInterview, {},
            {{ops::TranscriptBlock::Action::Insert, NoRow, QStringLiteral("海边的早市五点就开了。"), {}}}));
    }
    // Merging again leaves it deleted, with what the other team added to it, and says so.
    auto preview = ops::previewMerge(session, otherFolder);
    QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
    QCOMPARE(preview->interviews, 0);
    QCOMPARE(preview->segments, 0);
    QVERIFY2(preview->deletedHere >= 3,
             qPrintable(QString::number(preview->deletedHere))); // interview, 2 segments
    QCOMPARE(preview->total, 0);
    auto again = ops::mergeProject(session, otherFolder);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    QCOMPARE(inRizhao(), 0);
    // Asked to, it comes back with both sentences.
    auto back = ops::mergeProject(session, otherFolder, true);
    QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
    QCOMPARE(inRizhao(), 1);
    QCOMPARE(back->segments, 2);
}

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
