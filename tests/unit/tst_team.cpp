// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
// The Team menu as a user drives it: a copy for a colleague made from the window is
// the same project on a device of its own, under the colleague's name; Activity lists
// who changed what, on which copy.
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "demo/DemoProject.h"
#include "interviews/InterviewPage.h"
#include "main/MainWindow.h"
#include "ops/Cities.h"
#include "ops/Interviews.h"
#include "ops/Quotes.h"
#include "ops/Reader.h"
#include "ops/Session.h"
#include "ops/Team.h"
#include "ops/Transcripts.h"
#include "quotes/QuoteDetails.h"
#include "store/ChangeLog.h"
#include "store/Project.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace tianye;

namespace {

QAction* teamAction(ui::MainWindow& window, const QString& text)
{
    for (QAction* menu : window.menuBar()->actions()) {
        if (menu->text() != QStringLiteral("Tea&m") || !menu->menu())
            continue;
        for (QAction* a : menu->menu()->actions())
            if (a->text() == text)
                return a;
    }
    return nullptr;
}

} // namespace

class TestTeam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::startGuiTests(QStringLiteral("team")); }
    void copyForAColleague_fromTheMenu_isTheSameProjectOnADeviceOfItsOwn();
    void copyIntoAFolderInUse_isRefusedNamingIt();
    void activity_listsWhoChangedWhatOnWhichCopy();
    void syncWithACopy_fromTheMenu_thenTakeTheValueThatLost();
    void whoLastChanged_isShownOnTheInterviewPage_andTheQuoteDetails();
    void fetchRecordings_fromTheMenu_bringsBackWhatThisCopyLacks();
    void mergeAnotherProject_fromTheMenu_showsWhatComesIn_thenMerges();
    void mergeThenMakeACopy_theOtherProjectBecomesACopyOfThisOne();
};

void TestTeam::copyForAColleague_fromTheMenu_isTheSameProjectOnADeviceOfItsOwn()
{
    test::DemoWindow demo(QStringLiteral("copy"));
    QAction* copy = teamAction(demo.window(), QStringLiteral("&Copy for a Colleague…"));
    QVERIFY(copy);
    QVERIFY(copy->isEnabled());
    const QString target = demo.scratch(QStringLiteral("Li"));
    bool filled = false;
    test::whenModal(
        [&](QWidget* w) {
            auto* folder = w->findChild<QLineEdit*>(QStringLiteral("folder"));
            auto* colleague = w->findChild<QLineEdit*>(QStringLiteral("colleague"));
            auto* media = w->findChild<QCheckBox*>(QStringLiteral("withMedia"));
            QVERIFY(folder && colleague && media);
            QVERIFY2(folder->text().endsWith(QStringLiteral(".tianye")), qPrintable(folder->text()));
            QVERIFY(media->isChecked());
            folder->setText(target);
            test::type(colleague, QStringLiteral("李娜"));
            media->setChecked(false);
            filled = true;
            w->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        },
        QStringLiteral("copyForColleague"));
    copy->trigger();
    QVERIFY(filled);
    QTRY_VERIFY(QFileInfo::exists(target + QStringLiteral(".tianye/project.db")));
    auto made = Project::open(target + QStringLiteral(".tianye"));
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    QCOMPARE(ChangeLog::projectId((*made)->db()), ChangeLog::projectId(demo.project().db()));
    QVERIFY(ChangeLog::deviceId((*made)->db()) != ChangeLog::deviceId(demo.project().db()));
    QCOMPARE(ChangeLog::defaultAuthor((*made)->db()), QStringLiteral("李娜"));
    QVERIFY(QDir((*made)->mediaDir()).isEmpty(QDir::Files));
    QCOMPARE(ops::Reader(**made).interviews()->size(), ops::Reader(demo.project()).interviews()->size());
}

void TestTeam::copyIntoAFolderInUse_isRefusedNamingIt()
{
    test::DemoWindow demo(QStringLiteral("refuse"));
    const QString taken = demo.scratch(QStringLiteral("Taken.tianye"));
    QVERIFY(QDir().mkpath(taken));
    QFile mine(taken + QStringLiteral("/notes.txt"));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("mine");
    mine.close();
    QString error;
    test::whenModal(
        [&](QWidget* w) {
            w->findChild<QLineEdit*>(QStringLiteral("folder"))->setText(taken);
            // The error follows as a message box once the dialog has closed.
            test::whenModal([&](QWidget* box) {
                error = qobject_cast<QMessageBox*>(box)
                            ? qobject_cast<QMessageBox*>(box)->text() +
                                  qobject_cast<QMessageBox*>(box)->informativeText()
                            : QString();
                QTest::keyClick(box, Qt::Key_Escape);
            });
            w->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        },
        QStringLiteral("copyForColleague"));
    teamAction(demo.window(), QStringLiteral("&Copy for a Colleague…"))->trigger();
    QTRY_VERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QDir::toNativeSeparators(taken)), qPrintable(error));
    QCOMPARE(QDir(taken).entryList(QDir::Files), QStringList{QStringLiteral("notes.txt")});
}

void TestTeam::activity_listsWhoChangedWhatOnWhichCopy()
{
    test::DemoWindow demo(QStringLiteral("activity"));
    QVERIFY(ChangeLog::setDefaultAuthor(demo.project().db(), QStringLiteral("王磊")));
    const RowId city = ops::Reader(demo.project()).cities()->front().id;
    QVERIFY(ops::setCityField(demo.verbs(), city, CityField::SpiritWord, QStringLiteral("慢")));
    QStringList firstRow;
    test::whenModal(
        [&](QWidget* w) {
            auto* table = w->findChild<QTableWidget*>(QStringLiteral("changes"));
            QVERIFY(table);
            QVERIFY(table->rowCount() >= 2); // the demo's writing, and this change
            for (int c = 0; c < table->columnCount(); ++c)
                firstRow << table->item(0, c)->text();
            QTest::keyClick(w, Qt::Key_Escape);
        },
        QStringLiteral("activity"));
    teamAction(demo.window(), QStringLiteral("&Activity"))->trigger();
    QCOMPARE(firstRow.size(), 4);
    QCOMPARE(firstRow[1], QStringLiteral("王磊"));
    QCOMPARE(firstRow[2], QStringLiteral("this copy"));
    QVERIFY2(firstRow[3].contains(QStringLiteral("Spirit Word")), qPrintable(firstRow.join(u'|')));
}

void TestTeam::syncWithACopy_fromTheMenu_thenTakeTheValueThatLost()
{
    test::DemoWindow demo(QStringLiteral("sync"));
    // A colleague's copy, where the spirit word of the first city is changed later.
    const QString copyFolder = demo.scratch(QStringLiteral("Li.tianye"));
    QVERIFY(ops::copyForColleague(demo.verbs(), copyFolder, QStringLiteral("李娜"), false));
    const RowId city = ops::Reader(demo.project()).cities()->front().id;
    const QString uuid = ops::Reader(demo.project()).city(city)->uuid;
    QVERIFY(ops::setCityField(demo.verbs(), city, CityField::SpiritWord, QStringLiteral("安静")));
    {
        auto other = Project::open(copyFolder);
        QVERIFY(other);
        QVERIFY((*other)->db().setMeta(
            QStringLiteral("clock"),
            QString::number((*ChangeLog::recent(demo.project().db(), 1))[0].clock + (1000 << 16))));
        QUndoStack undo;
        ops::Session session(**other, &undo);
        QVERIFY(ops::setCityField(session, (*other)->db().rowIdForUuid("cities", uuid), CityField::SpiritWord,
                                  QStringLiteral("包容")));
    }
    QAction* sync = teamAction(demo.window(), QStringLiteral("&Sync with Another Copy…"));
    QVERIFY(sync && sync->isEnabled());
    test::whenModal(
        [&](QWidget* w) {
            auto* path = w->findChild<QLineEdit*>(QStringLiteral("path"));
            QVERIFY(path);
            path->setText(copyFolder);
            w->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        },
        QStringLiteral("syncWith"));
    sync->trigger();
    // The colleague's later word came in; the window's status bar says there was a conflict.
    QTRY_COMPARE(ops::Reader(demo.project()).city(city)->spiritWord, QStringLiteral("包容"));
    QVERIFY2(demo.window().statusBar()->currentMessage().contains(QStringLiteral("Conflicts")),
             qPrintable(demo.window().statusBar()->currentMessage()));

    QStringList row;
    test::whenModal(
        [&](QWidget* w) {
            auto* table = w->findChild<QTableWidget*>(QStringLiteral("conflictList"));
            auto* take = w->findChild<QPushButton*>(QStringLiteral("take"));
            QVERIFY(table && take);
            QCOMPARE(table->rowCount(), 1);
            for (int c = 0; c < table->columnCount(); ++c)
                row << table->item(0, c)->text();
            QVERIFY(!take->isEnabled());
            table->selectRow(0);
            QVERIFY(take->isEnabled());
            take->click();
            // Taken: listed no more unless asked for.
            QCOMPARE(table->rowCount(), 0);
            w->findChild<QCheckBox*>(QStringLiteral("showTaken"))->setChecked(true);
            QCOMPARE(table->rowCount(), 1);
            QTest::keyClick(w, Qt::Key_Escape);
        },
        QStringLiteral("conflicts"));
    teamAction(demo.window(), QStringLiteral("Co&nflicts"))->trigger();
    QVERIFY2(row.size() == 7 && row[3] == QStringLiteral("包容") && row[4] == QStringLiteral("安静"),
             qPrintable(row.join(u'|')));
    QCOMPARE(ops::Reader(demo.project()).city(city)->spiritWord, QStringLiteral("安静"));
}

void TestTeam::whoLastChanged_isShownOnTheInterviewPage_andTheQuoteDetails()
{
    test::DemoWindow demo(QStringLiteral("lastChanged"));
    const QString copyFolder = demo.scratch(QStringLiteral("Li.tianye"));
    QVERIFY(ops::copyForColleague(demo.verbs(), copyFolder, QStringLiteral("李娜"), false));
    const Interview interview = ops::Reader(demo.project()).interviews()->front();
    const auto quotes = ops::Reader(demo.project()).quotes(interview.id);
    QVERIFY(quotes && !quotes->empty());
    const Quote quote = quotes->front();
    // On the colleague's copy: the interview's place and the quote's star.
    {
        auto other = Project::open(copyFolder);
        QVERIFY(other);
        QUndoStack undo;
        ops::Session session(**other, &undo);
        QVERIFY(ops::setInterviewField(session, (*other)->db().rowIdForUuid("interviews", interview.uuid),
                                       InterviewField::Place, QStringLiteral("钟楼下")));
        QVERIFY(
            ops::starQuotes(session, {(*other)->db().rowIdForUuid("quotes", quote.uuid)}, !quote.starred));
    }
    QVERIFY(ops::syncWith(demo.verbs(), copyFolder));

    ui::InterviewPage* page = demo.window().openInterview(interview.id);
    QVERIFY(page);
    auto* pageLabel = page->findChild<QLabel*>(QStringLiteral("interviewLastChanged"));
    QVERIFY(pageLabel && pageLabel->isVisibleTo(page));
    QVERIFY2(pageLabel->text().contains(QStringLiteral("李娜")) &&
                 pageLabel->text().contains(QStringLiteral("another copy")),
             qPrintable(pageLabel->text()));
    ui::QuoteDetails* details = page->quoteDetails();
    details->showQuote(quote.id);
    auto* quoteLabel = details->findChild<QLabel*>(QStringLiteral("quoteLastChanged"));
    QVERIFY(quoteLabel);
    QVERIFY2(quoteLabel->text().contains(QStringLiteral("李娜")), qPrintable(quoteLabel->text()));

    // A change here, to the transcript (a speaker): the page follows, naming this copy.
    const Segment first = ops::Reader(demo.project()).segments(interview.id)->front();
    QVERIFY(ops::setSegmentSpeaker(demo.verbs(), first.id, QStringLiteral("访谈员甲")));
    QTRY_VERIFY2(pageLabel->text().contains(QStringLiteral("this copy")), qPrintable(pageLabel->text()));
}

void TestTeam::fetchRecordings_fromTheMenu_bringsBackWhatThisCopyLacks()
{
    test::DemoWindow demo(QStringLiteral("fetch"));
    const QString copyFolder = demo.scratch(QStringLiteral("Li.tianye"));
    QVERIFY(ops::copyForColleague(demo.verbs(), copyFolder, QStringLiteral("李娜"), true));
    // This copy's recordings are gone (a copy made without them).
    const auto before = test::snapshot(demo.project().mediaDir());
    QVERIFY(!before.isEmpty());
    for (const QString& file : QDir(demo.project().mediaDir()).entryList(QDir::Files))
        QVERIFY(QFile::remove(QDir(demo.project().mediaDir()).filePath(file)));

    QAction* fetch = teamAction(demo.window(), QStringLiteral("&Fetch Recordings from Another Copy…"));
    QVERIFY(fetch && fetch->isEnabled());
    bool filled = false;
    test::whenModal(
        [&](QWidget* w) {
            auto* path = w->findChild<QLineEdit*>(QStringLiteral("path"));
            QVERIFY(path);
            path->setText(copyFolder);
            filled = true;
            w->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        },
        QStringLiteral("fetchRecordings"));
    fetch->trigger();
    QVERIFY(filled);
    QTRY_COMPARE(test::snapshot(demo.project().mediaDir()), before);
    QVERIFY2(demo.window().statusBar()->currentMessage().contains(QStringLiteral("copied")),
             qPrintable(demo.window().statusBar()->currentMessage()));
}

void TestTeam::mergeAnotherProject_fromTheMenu_showsWhatComesIn_thenMerges()
{
    test::DemoWindow demo(QStringLiteral("merge"));
    // Another team started the same campaign on its own: the same cities, its own interviews.
    const QString otherFolder = demo.scratch(QStringLiteral("Other.tianye"));
    {
        auto other = demo::DemoProject::create(otherFolder);
        QVERIFY(other);
    }
    const size_t before = ops::Reader(demo.project()).interviews()->size();
    QAction* merge = teamAction(demo.window(), QStringLiteral("&Merge Another Project…"));
    QVERIFY(merge && merge->isEnabled());
    QString summary;
    test::whenModal(
        [&](QWidget* w) {
            w->findChild<QLineEdit*>(QStringLiteral("path"))->setText(otherFolder);
            // The preview follows once the folder is chosen.
            test::whenModal(
                [&](QWidget* preview) {
                    auto* text = preview->findChild<QLabel*>(QStringLiteral("summary"));
                    auto* go = preview->findChild<QPushButton*>(QStringLiteral("merge"));
                    QVERIFY(text && go && go->isEnabled());
                    summary = text->text();
                    go->click();
                },
                QStringLiteral("mergePreview"));
            w->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        },
        QStringLiteral("mergeProject"));
    merge->trigger();
    QVERIFY2(summary.contains(QStringLiteral("大同")) && summary.contains(QStringLiteral("13 interviews")),
             qPrintable(summary));
    QTRY_COMPARE(ops::Reader(demo.project()).interviews()->size(), before + 13);
    // The window shows what came in at once, as it does for any other step.
    auto* log = demo.window().findChild<QTableView*>(QStringLiteral("interviewTable"));
    QVERIFY(log);
    QTRY_COMPARE(size_t(log->model()->rowCount()), before + 13);
    QVERIFY2(demo.window().statusBar()->currentMessage().contains(QStringLiteral("Merged")),
             qPrintable(demo.window().statusBar()->currentMessage()));
}

void TestTeam::mergeThenMakeACopy_theOtherProjectBecomesACopyOfThisOne()
{
    test::DemoWindow demo(QStringLiteral("mergecopy"));
    const QString otherFolder = demo.scratch(QStringLiteral("Weihai.tianye"));
    {
        auto created = Project::create(otherFolder);
        QVERIFY(created);
        ops::Session other(**created);
        City weihai;
        weihai.name = QStringLiteral("威海");
        auto city = ops::addCity(other, weihai);
        QVERIFY(city);
        Interview iv;
        iv.cityId = *city;
        QVERIFY(ops::logInterview(other, iv, {{QStringLiteral("WH-001"), QStringLiteral("船长"), {}}},
                                  {QStringLiteral("李娜")}));
    }
    bool ticked = false;
    test::whenModal(
        [&](QWidget* w) {
            w->findChild<QLineEdit*>(QStringLiteral("path"))->setText(otherFolder);
            test::whenModal(
                [&](QWidget* preview) {
                    auto* thenCopy = preview->findChild<QCheckBox*>(QStringLiteral("thenCopy"));
                    QVERIFY(thenCopy && !thenCopy->isChecked());
                    QTest::mouseClick(thenCopy, Qt::LeftButton, {}, QPoint(8, thenCopy->height() / 2));
                    ticked = thenCopy->isChecked();
                    preview->findChild<QPushButton*>(QStringLiteral("merge"))->click();
                },
                QStringLiteral("mergePreview"));
            w->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        },
        QStringLiteral("mergeProject"));
    teamAction(demo.window(), QStringLiteral("&Merge Another Project…"))->trigger();
    QVERIFY(ticked);
    QTRY_VERIFY2(demo.window().statusBar()->currentMessage().contains(QStringLiteral("is now a copy")),
                 qPrintable(demo.window().statusBar()->currentMessage()));
    auto copy = Project::open(otherFolder);
    QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().message));
    QCOMPARE(ChangeLog::projectId((*copy)->db()), ChangeLog::projectId(demo.project().db()));
    QCOMPARE(test::canonicalDump(**copy), test::canonicalDump(demo.project()));
    // No default author was set there: none is now (not this laptop's user name).
    QCOMPARE(ChangeLog::defaultAuthorSet((*copy)->db()), QString());
    // The merge is no longer undoable here: undoing it would take it from the copy too.
    QVERIFY(demo.verbs().undoStack());
    QVERIFY(!demo.verbs().undoStack()->canUndo());
}

QTEST_MAIN(TestTeam)
#include "tst_team.moc"
