// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "app/ProjectSession.h"
#include "app/UnsavedTyping.h"
#include "dossier/InsightsBoard.h"
#include "interviews/InterviewPage.h"
#include "main/MainWindow.h"
#include "ops/Quotes.h"
#include "quotes/QuoteDetails.h"
#include "store/CityRepository.h"
#include "store/InsightRepository.h"
#include "store/InterviewRepository.h"
#include "store/Project.h"
#include "store/QuoteRepository.h"
#include "store/ThemeRepository.h"
#include "store/TranscriptRepository.h"
#include "themes/CodebookView.h"
#include "transcript/TranscriptEditor.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

#include <SQLiteCpp/Database.h>

using namespace tianye;

// Typing while the disk is full (issue 16): nothing typed is ever dropped. A failed
// save keeps the words in the editor and in the session's register of unsaved
// typing, says so once, is tried again, and blocks undo, export and closing until it
// is saved or the user chooses to lose it. The disk fills as SQLite sees it: the
// database may not grow (max_page_count), which is SQLITE_FULL like a full disk.
class TestTyping final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::startGuiTests(QStringLiteral("typing")); }
    void transcript_diskFull_keptRetriedAndCloseAsks();
    void everyEditor_keepsWhatCouldNotBeSaved();
    void loseIt_closesWithoutTheWords();
    void typingInOneInterview_leavesTheOtherPagesAlone();
    void savingOneField_leavesTheFieldBeingTypedInAlone();
};

namespace {

void fillDisk(Project& project)
{
    SQLite::Database& db = project.db().sql();
    // Free pages would take a few writes first.
    db.exec("VACUUM");
    const int pages = db.execAndGet("PRAGMA page_count").getInt();
    db.exec("PRAGMA max_page_count = " + std::to_string(pages));
}

void makeRoom(Project& project)
{
    project.db().sql().exec("PRAGMA max_page_count = 1073741823");
}

// More than fits in the pages a database has free: a pasted page of notes.
QString pasted(QChar c)
{
    return QString(40000, c);
}

QList<QMessageBox*> errorBoxes(QWidget& window)
{
    QList<QMessageBox*> out;
    for (QMessageBox* box : window.findChildren<QMessageBox*>(QStringLiteral("errorMessage")))
        if (box->isVisible())
            out << box;
    return out;
}

void closeErrorBoxes(QWidget& window)
{
    for (QMessageBox* box : errorBoxes(window))
        box->close();
}

RowId interviewWithQuotes(Project& project)
{
    const auto interviews = project.interviews().list();
    for (const Interview& iv : *interviews)
        if (!project.quotes().list(iv.id)->empty() && project.transcripts().segments(iv.id)->size() > 2)
            return iv.id;
    return NoRow;
}

} // namespace

void TestTyping::transcript_diskFull_keptRetriedAndCloseAsks()
{
    test::DemoWindow w(QStringLiteral("transcript"));
    Project& p = w.project();
    const RowId id = interviewWithQuotes(p);
    QVERIFY(id != NoRow);
    ui::InterviewPage* page = w.window().openInterview(id);
    ui::TranscriptEditor* editor = page->transcriptEditor();
    const QString firstBefore = p.transcripts().segments(id)->front().text;
    // Something to undo.
    const Quote quote = p.quotes().list(id)->front();
    QVERIFY(ops::setQuoteField(w.verbs(), quote.id, QuoteField::Starred, !quote.starred));
    const int steps = w.session().undoStack()->count();
    const int index = w.session().undoStack()->index();

    fillDisk(p);
    editor->setFocus();
    QTextCursor c(editor->document()->firstBlock());
    c.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(c);
    const QString words = pasted(QChar(0x6D77));
    test::type(editor, words);

    // After the pause: the save fails, once said, naming the full disk and that the
    // words are kept.
    QTRY_COMPARE(errorBoxes(w.window()).size(), 1);
    const QString said = errorBoxes(w.window()).front()->text();
    QVERIFY2(said.contains(QStringLiteral("full")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("kept")), qPrintable(said));
    closeErrorBoxes(w.window());
    QCOMPARE(p.transcripts().segments(id)->front().text, firstBefore);
    QVERIFY(editor->document()->firstBlock().text().endsWith(words));
    QVERIFY(w.session().typing()->waits(QStringLiteral("transcript-%1").arg(id)));

    // Undo would replace the words with an older text: refused while they cannot be saved.
    w.window().findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
    QTRY_COMPARE(errorBoxes(w.window()).size(), 1);
    QVERIFY(errorBoxes(w.window()).front()->text().contains(QStringLiteral("kept")));
    closeErrorBoxes(w.window());
    QCOMPARE(w.session().undoStack()->index(), index);
    QVERIFY(editor->document()->firstBlock().text().endsWith(words));

    // Enter (split) saves first: refused too, the text stays one segment.
    const int blocks = editor->document()->blockCount();
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(errorBoxes(w.window()).size(), 1);
    closeErrorBoxes(w.window());
    QCOMPARE(editor->document()->blockCount(), blocks);

    // Quit asks; Cancel keeps the window and the words.
    bool asked = false;
    test::whenModal(
        [&](QWidget* box) {
            asked = true;
            auto* ask = qobject_cast<QMessageBox*>(box);
            QVERIFY2(ask->informativeText().contains(QStringLiteral("full")),
                     qPrintable(ask->informativeText()));
            ask->button(QMessageBox::Cancel)->click();
        },
        QStringLiteral("unsavedTyping"));
    QVERIFY(!w.window().close());
    QVERIFY(asked);
    QVERIFY(w.window().isVisible());
    QVERIFY(editor->document()->firstBlock().text().endsWith(words));

    // Room again: the retry saves it without anyone asking, and says so.
    w.session().typing()->setRetryInterval(200);
    makeRoom(p);
    QTRY_VERIFY_WITH_TIMEOUT(p.transcripts().segments(id)->front().text == firstBefore + words, 10000);
    QVERIFY(!w.session().typing()->waits(QStringLiteral("transcript-%1").arg(id)));
    QCOMPARE(w.window().statusBar()->currentMessage(), QStringLiteral("Everything you typed is saved now."));
    QCOMPARE(w.session().undoStack()->count(), steps + 1);
    QCOMPARE(p.db().checkSearchIndex(), QStringList());

    // Nothing waits: Quit asks nothing.
    QVERIFY(w.window().close());
}

void TestTyping::everyEditor_keepsWhatCouldNotBeSaved()
{
    test::DemoWindow w(QStringLiteral("editors"));
    Project& p = w.project();
    ui::MainWindow& window = w.window();
    const RowId id = interviewWithQuotes(p);
    ui::InterviewPage* page = window.openInterview(id);
    const std::vector<Quote> quotes = *p.quotes().list(id);
    QVERIFY(quotes.size() >= 2);

    fillDisk(p);
    const QString summary = pasted(QChar(0x590F));
    const QString note = pasted(QChar(0x5FC3));
    const QString statement = pasted(QChar(0x81EA));
    const QString memo = pasted(QChar(0x771F));

    // An interview's summary.
    auto* summaryEdit = page->findChild<QPlainTextEdit*>(QStringLiteral("summaryEdit"));
    summaryEdit->setFocus();
    summaryEdit->selectAll();
    test::type(summaryEdit, summary);
    // A quote's note, then another quote shown, then the first again: the words come back.
    page->showQuote(quotes.at(0).id);
    auto* noteEdit = page->quoteDetails()->findChild<QPlainTextEdit*>(QStringLiteral("quoteNote"));
    noteEdit->setFocus();
    noteEdit->selectAll();
    test::type(noteEdit, note);
    QTRY_VERIFY(!errorBoxes(window).isEmpty());
    closeErrorBoxes(window);
    page->showQuote(quotes.at(1).id);
    QCOMPARE(noteEdit->toPlainText(), quotes.at(1).note);
    page->showQuote(quotes.at(0).id);
    QCOMPARE(noteEdit->toPlainText(), note);

    // A city's statement on the insights board.
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    ui::InsightsBoard* board = window.insightsBoard();
    const RowId city = board->city();
    auto* statementEdit = board->findChild<QPlainTextEdit*>(QStringLiteral("spiritStatement"));
    QVERIFY(statementEdit);
    statementEdit->setFocus();
    statementEdit->selectAll();
    test::type(statementEdit, statement);

    // A theme's memo in the codebook.
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    ui::CodebookView* codebook = window.codebook();
    const RowId theme = p.themes().list()->front().id;
    codebook->selectTheme(theme);
    auto* memoEdit = codebook->findChild<QPlainTextEdit*>(QStringLiteral("themeMemo"));
    memoEdit->setFocus();
    memoEdit->selectAll();
    test::type(memoEdit, memo);

    // Past the pause and a retry: still not saved, still shown.
    w.session().typing()->setRetryInterval(100);
    QVERIFY(!w.session().typing()->flush());
    closeErrorBoxes(window);
    QVERIFY(p.interviews().get(id)->summary != summary);
    QVERIFY(p.quotes().get(quotes.at(0).id)->note != note);
    QVERIFY(p.cities().get(city)->insightStatement != statement);
    QVERIFY(p.themes().get(theme)->memo != memo);
    QCOMPARE(summaryEdit->toPlainText(), summary);
    QCOMPARE(memoEdit->toPlainText(), memo);
    QCOMPARE(statementEdit->toPlainText(), statement);

    // Exporting the dossier reads the project: refused while words are missing from it.
    QVERIFY(!window.exportDossier(city));
    QTRY_VERIFY(!errorBoxes(window).isEmpty());
    closeErrorBoxes(window);

    // Room again: every word reaches the project.
    makeRoom(p);
    QTRY_VERIFY_WITH_TIMEOUT(w.session().typing()->isEmpty(), 10000);
    QCOMPARE(p.interviews().get(id)->summary, summary);
    QCOMPARE(p.quotes().get(quotes.at(0).id)->note, note);
    QCOMPARE(p.cities().get(city)->insightStatement, statement);
    QCOMPARE(p.themes().get(theme)->memo, memo);
}

void TestTyping::loseIt_closesWithoutTheWords()
{
    test::DemoWindow w(QStringLiteral("lose"));
    Project& p = w.project();
    const RowId id = interviewWithQuotes(p);
    ui::InterviewPage* page = w.window().openInterview(id);
    const QString before = p.interviews().get(id)->fieldNotes;
    fillDisk(p);
    auto* notes = page->findChild<QPlainTextEdit*>(QStringLiteral("fieldNotesEdit"));
    notes->setFocus();
    test::type(notes, pasted(QChar(0x98CE)));
    QTRY_VERIFY(!errorBoxes(w.window()).isEmpty());
    closeErrorBoxes(w.window());

    // Closing the interview's tab asks too; Try Again fails again (asked twice), then
    // Lose It closes the tab.
    int asked = 0;
    std::function<void(QWidget*)> answer = [&](QWidget* box) {
        auto* ask = qobject_cast<QMessageBox*>(box);
        ++asked;
        if (asked == 1) {
            test::whenModal(answer, QStringLiteral("unsavedTyping"));
            for (QAbstractButton* b : ask->buttons())
                if (b->text() == QStringLiteral("&Try Again"))
                    b->click();
            return;
        }
        for (QAbstractButton* b : ask->buttons())
            if (b->text() == QStringLiteral("&Lose It"))
                b->click();
    };
    test::whenModal(answer, QStringLiteral("unsavedTyping"));
    auto* tabs = qobject_cast<QTabWidget*>(page->parentWidget()->parentWidget());
    QVERIFY(tabs);
    const int count = tabs->count();
    Q_EMIT tabs->tabCloseRequested(tabs->indexOf(page)); // its close button
    QCOMPARE(asked, 2);
    QCOMPARE(tabs->count(), count - 1);
    QVERIFY(w.session().typing()->isEmpty());
    makeRoom(p);
    QCOMPARE(p.interviews().get(id)->fieldNotes, before);
    QVERIFY(w.window().close());
}

QTEST_MAIN(TestTyping)
void TestTyping::typingInOneInterview_leavesTheOtherPagesAlone()
{
    test::DemoWindow w(QStringLiteral("pages"));
    Project& p = w.project();
    std::vector<RowId> withQuotes;
    const auto interviews = p.interviews().list();
    for (const Interview& iv : *interviews)
        if (!p.quotes().list(iv.id)->empty() && p.transcripts().segments(iv.id)->size() > 2)
            withQuotes.push_back(iv.id);
    QVERIFY(withQuotes.size() >= 2);
    const RowId a = withQuotes[0];
    const RowId b = withQuotes[1];
    ui::InterviewPage* pageB = w.window().openInterview(b);
    ui::InterviewPage* pageA = w.window().openInterview(a);
    auto* quotesB = pageB->findChild<QListWidget*>(QStringLiteral("quoteList"));
    auto* quotesA = pageA->findChild<QListWidget*>(QStringLiteral("quoteList"));
    QVERIFY(quotesA && quotesB);
    QSignalSpy reloadedB(quotesB->model(), &QAbstractItemModel::modelReset);
    QSignalSpy reloadedA(quotesA->model(), &QAbstractItemModel::modelReset);
    QSignalSpy transcriptB(pageB->transcriptEditor()->document(), &QTextDocument::contentsChange);

    // Typing in A's transcript and summary, saved after the pause.
    ui::TranscriptEditor* editor = pageA->transcriptEditor();
    editor->setFocus();
    QTextCursor c(editor->document()->firstBlock());
    c.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(c);
    test::type(editor, QStringLiteral("好"));
    QTRY_VERIFY(p.transcripts().segments(a)->front().text.endsWith(QStringLiteral("好")));
    auto* summary = pageA->findChild<QPlainTextEdit*>(QStringLiteral("summaryEdit"));
    summary->setFocus();
    summary->moveCursor(QTextCursor::End);
    test::type(summary, QStringLiteral("x"));
    QTRY_VERIFY(p.interviews().get(a)->summary.endsWith(QStringLiteral("x")));
    // A's quotes change (a star): A's list follows, B's is not read again.
    const Quote quoteA = p.quotes().list(a)->front();
    QVERIFY(ops::setQuoteField(w.verbs(), quoteA.id, QuoteField::Starred, !quoteA.starred));
    QTRY_VERIFY(!reloadedA.isEmpty()); // the notices of that edit have been delivered
    QCOMPARE(reloadedB.size(), 0);
    QCOMPARE(transcriptB.size(), 0);

    // A change to B's own quote is followed at once.
    const Quote quoteB = p.quotes().list(b)->front();
    QVERIFY(ops::setQuoteField(w.verbs(), quoteB.id, QuoteField::Starred, !quoteB.starred));
    QTRY_VERIFY(!reloadedB.isEmpty());
    bool starShown = false;
    for (int i = 0; i < quotesB->count(); ++i)
        if (quotesB->item(i)->data(Qt::UserRole).value<RowId>() == quoteB.id)
            starShown = quotesB->item(i)->text().startsWith(QStringLiteral("★")) == !quoteB.starred;
    QVERIFY(starShown);
}

// The summary is saved after a pause in typing; the form is read again then. Words
// typed meanwhile into another field (not yet left, so not yet saved) stay there.
void TestTyping::savingOneField_leavesTheFieldBeingTypedInAlone()
{
    test::DemoWindow w(QStringLiteral("fields"));
    Project& p = w.project();
    const RowId id = p.interviews().list()->front().id;
    ui::InterviewPage* page = w.window().openInterview(id);
    auto* summary = page->findChild<QPlainTextEdit*>(QStringLiteral("summaryEdit"));
    auto* place = page->findChild<QLineEdit*>(QStringLiteral("placeEdit"));
    QVERIFY(summary && place);
    const QString placeBefore = p.interviews().get(id)->place;

    summary->setFocus();
    summary->moveCursor(QTextCursor::End);
    test::type(summary, QStringLiteral(" ok"));
    place->setFocus();
    place->end(false);
    test::type(place, QStringLiteral(" east gate"));
    QTRY_VERIFY(p.interviews().get(id)->summary.endsWith(QStringLiteral(" ok")));
    QCOMPARE(place->text(), placeBefore + QStringLiteral(" east gate"));
    QCOMPARE(p.interviews().get(id)->place, placeBefore); // saved when left

    summary->setFocus(); // leaving the place saves it
    QTRY_COMPARE(p.interviews().get(id)->place, placeBefore + QStringLiteral(" east gate"));
    QCOMPARE(place->text(), placeBefore + QStringLiteral(" east gate"));
}

#include "tst_typing.moc"
