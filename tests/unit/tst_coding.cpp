// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "app/ProjectSession.h"
#include "app/UnsavedTyping.h"
#include "interviews/InterviewPage.h"
#include "main/MainWindow.h"
#include "quotes/QuoteBrowser.h"
#include "quotes/QuoteBrowserModel.h"
#include "quotes/QuoteDetails.h"
#include "quotes/ThemeMatrixView.h"
#include "store/CityRepository.h"
#include "store/InterviewRepository.h"
#include "store/Project.h"
#include "store/QuoteRepository.h"
#include "store/ThemeRepository.h"
#include "store/TranscriptRepository.h"
#include "themes/CodebookView.h"
#include "transcript/TranscriptEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>
#include <QUndoStack>

using namespace tianye;
using namespace tianye::ui;
using tianye::test::type;
using tianye::test::whenModal;

// Coding in the window, through real widgets: select words, make a quote, tag it by
// keyboard, find it in the browser, follow the matrix, keep the codebook.
class TestCoding final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void makeQuote_tagByKeyboard_findInBrowser_undo();
    void quoteDetails_starNoteTranslationAudioRange();
    void detachedQuote_isListedAndReattached();
    void browser_filtersSortsCardsCopyAndBulkThemes();
    void matrixCell_listsItsQuotes();
    void matrixByGender_andThemesTogether_listTheirQuotes();
    void browser_followsTheSidebarCity_andTheSearchBoxSyntax();
    void codebook_addNestMergeDeleteUndo();

private:
    Project& project() { return *m_session->project(); }
    RowId themeId(const QString& name);
    RowId interviewOf(const QString& code);
    InterviewPage* openFirstInterview();
    std::unique_ptr<test::DemoWindow> m_demo;
    ProjectSession* m_session = nullptr;
    MainWindow* m_window = nullptr;
    int m_count = 0;
};

RowId TestCoding::themeId(const QString& name)
{
    auto themes = project().themes().list();
    for (const Theme& t : themes.value_or(std::vector<Theme>{}))
        if (t.name == name)
            return t.id;
    return NoRow;
}

void TestCoding::initTestCase()
{
    test::startGuiTests(QStringLiteral("coding"));
}

void TestCoding::init()
{
    m_demo = std::make_unique<test::DemoWindow>(QStringLiteral("demo%1").arg(++m_count));
    m_session = &m_demo->session();
    m_window = &m_demo->window();
}

void TestCoding::cleanup()
{
    m_session = nullptr;
    m_window = nullptr;
    m_demo.reset();
}

InterviewPage* TestCoding::openFirstInterview()
{
    auto interviews = project().interviews().list();
    if (!interviews || interviews->empty())
        return nullptr;
    return m_window->openInterview(interviews->front().id);
}

void TestCoding::makeQuote_tagByKeyboard_findInBrowser_undo()
{
    InterviewPage* page = openFirstInterview();
    QVERIFY(page);
    TranscriptEditor* editor = page->transcriptEditor();
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_window);
    editor->setFocus();

    // Select "一开始就这一间" in the second segment with the keyboard.
    const QTextBlock block = editor->document()->findBlockByNumber(1);
    const QString words = QStringLiteral("一开始就这一间");
    const int at = int(block.text().indexOf(words));
    QVERIFY2(at >= 0, qPrintable(block.text()));
    QTextCursor c(block);
    c.setPosition(block.position() + at);
    editor->setTextCursor(c);
    for (qsizetype i = 0; i < words.size(); ++i)
        QTest::keyClick(editor, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(editor->textCursor().selectedText(), words);

    const auto before = *project().quotes().list();
    // Ctrl+M, then type two themes: an existing one by prefix, a new one, Enter twice.
    whenModal(
        [](QWidget* picker) {
            auto* filter = picker->findChild<QLineEdit*>(QStringLiteral("themeFilter"));
            QCOMPARE(QApplication::focusWidget(), filter);
            type(filter, QStringLiteral("不慌"));
            QTest::keyClick(filter, Qt::Key_Return);
            type(filter, QStringLiteral("老店"));
            auto* list = picker->findChild<QListWidget*>(QStringLiteral("themeList"));
            QCOMPARE(list->currentItem()->text(), QStringLiteral("Create theme “老店”"));
            QTest::keyClick(filter, Qt::Key_Return);
            QVERIFY(picker->findChild<QLabel*>(QStringLiteral("chosenThemes"))
                        ->text()
                        .contains(QStringLiteral("老店")));
            QTest::keyClick(filter, Qt::Key_Return); // empty field: done
        },
        QStringLiteral("themePicker"));
    QTest::keyClick(editor, Qt::Key_M, Qt::ControlModifier);

    auto after = *project().quotes().list();
    QCOMPARE(after.size(), before.size() + 1);
    const RowId newTheme = themeId(QStringLiteral("老店"));
    QVERIFY(newTheme != NoRow);
    const auto made =
        std::find_if(after.begin(), after.end(), [&](const Quote& q) { return q.text == words; });
    QVERIFY(made != after.end());
    QCOMPARE(made->themeIds, (QList<RowId>{themeId(QStringLiteral("不慌不忙")), newTheme}));
    QVERIFY(made->audioStartMs.has_value()); // from the segment's times
    // Shown in the transcript as a mark and in the page's list, with its details.
    QVERIFY(page->quoteDetails()->quoteId() == made->id);
    bool marked = false;
    for (const auto& s : editor->extraSelections())
        marked |= s.cursor.selectedText() == words;
    QVERIFY(marked);

    // The browser finds it by the new theme, and by search.
    QuoteBrowser* browser = m_window->quoteBrowser();
    auto* themeBox = browser->findChild<QComboBox*>(QStringLiteral("quoteThemeFilter"));
    const int themeIndex = themeBox->findData(QVariant::fromValue(newTheme));
    QVERIFY(themeIndex > 0);
    themeBox->setCurrentIndex(themeIndex);
    QTRY_COMPARE(browser->model()->rowCount(), 1);
    QCOMPARE(browser->model()->quoteAt(0)->text, words);
    themeBox->setCurrentIndex(0);
    auto* search = browser->findChild<QLineEdit*>(QStringLiteral("quoteSearch"));
    type(search, QStringLiteral("一开始"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(browser->model()->rowCount(), 1);
    QCOMPARE(browser->model()->idAt(0), made->id);
    QVERIFY(browser->findChild<QLabel*>(QStringLiteral("quoteCount"))
                ->text()
                .contains(QStringLiteral("1 quote")));

    // One undo step takes the quote and the theme made with it away.
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Make Quote"));
    m_session->undoStack()->undo();
    QCOMPARE(project().quotes().list()->size(), before.size());
    QCOMPARE(themeId(QStringLiteral("老店")), NoRow);
    QTRY_COMPARE(browser->model()->rowCount(), 0);
}

void TestCoding::quoteDetails_starNoteTranslationAudioRange()
{
    InterviewPage* page = openFirstInterview();
    QVERIFY(page);
    auto* list = page->findChild<QListWidget*>(QStringLiteral("quoteList"));
    QVERIFY(list->count() > 0);
    list->setCurrentRow(0);
    QuoteDetails* details = page->quoteDetails();
    const RowId id = details->quoteId();
    QVERIFY(id != NoRow);
    const Quote before = *project().quotes().get(id);

    details->findChild<QCheckBox*>(QStringLiteral("quoteStar"))->click();
    QCOMPARE(project().quotes().get(id)->starred, !before.starred);
    auto* note = details->findChild<QPlainTextEdit*>(QStringLiteral("quoteNote"));
    note->setFocus();
    note->selectAll();
    type(note, QStringLiteral("开场白"));
    QVERIFY(m_session->typing()->flush());
    QCOMPARE(project().quotes().get(id)->note, QStringLiteral("开场白"));
    auto* start = details->findChild<QLineEdit*>(QStringLiteral("quoteAudioStart"));
    start->setFocus();
    start->selectAll();
    QTest::keyClicks(start, QStringLiteral("00:00:06.5"));
    QTest::keyClick(start, Qt::Key_Tab);
    QCOMPARE(project().quotes().get(id)->audioStartMs, std::optional<qint64>(6500));
    // A start after the end is refused with a message, and nothing changes.
    start->setFocus();
    start->selectAll();
    QTest::keyClicks(start, QStringLiteral("09:00:00"));
    QTest::keyClick(start, Qt::Key_Tab);
    QTRY_VERIFY(QApplication::activeModalWidget());
    QWidget* box = QApplication::activeModalWidget();
    QCOMPARE(box->objectName(), QStringLiteral("errorMessage"));
    QVERIFY(box->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"))
                ->text()
                .contains(QStringLiteral("start before")));
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(project().quotes().get(id)->audioStartMs, std::optional<qint64>(6500));

    // Each was an undo step of its own.
    m_session->undoStack()->undo();
    m_session->undoStack()->undo();
    m_session->undoStack()->undo();
    const Quote back = *project().quotes().get(id);
    QCOMPARE(back.starred, before.starred);
    QCOMPARE(back.note, before.note);
    QCOMPARE(back.audioStartMs, before.audioStartMs);
}

void TestCoding::detachedQuote_isListedAndReattached()
{
    InterviewPage* page = openFirstInterview();
    QVERIFY(page);
    auto quotes = *project().quotes().list(page->interviewId());
    QVERIFY(!quotes.empty());
    const Quote q = quotes.front();
    // Its words are deleted from the transcript (another window, or a hasty edit).
    auto segments = *project().transcripts().segments(page->interviewId());
    const auto seg = std::find_if(segments.begin(), segments.end(),
                                  [&](const Segment& s) { return s.id == q.startSegmentId; });
    QVERIFY(seg != segments.end());
    QVERIFY(m_session->ops()->run(QStringLiteral("cut"), [&](const WriteScope& w) {
        orThrow(project().transcripts().setText(w, seg->id, QStringLiteral("（删去）")));
    }));
    QVERIFY(project().quotes().get(q.id)->detached);
    auto* list = page->findChild<QListWidget*>(QStringLiteral("quoteList"));
    QListWidgetItem* item = nullptr;
    QTRY_VERIFY((item = [&]() -> QListWidgetItem* {
                    for (int i = 0; i < list->count(); ++i)
                        if (list->item(i)->data(Qt::UserRole).value<RowId>() == q.id)
                            return list->item(i);
                    return nullptr;
                }()) &&
                item->text().startsWith(QStringLiteral("Detached")));
    list->setCurrentItem(item);
    QVERIFY(page->findChild<QPushButton*>(QStringLiteral("reanchorQuote"))->isVisibleTo(page));

    // Select other words and attach the quote to them.
    TranscriptEditor* editor = page->transcriptEditor();
    QTRY_VERIFY(editor->document()->blockCount() > 2);
    const QTextBlock block = editor->document()->findBlockByNumber(0);
    QTextCursor c(block);
    c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    editor->setTextCursor(c);
    page->findChild<QPushButton*>(QStringLiteral("reanchorQuote"))->click();
    const Quote fixed = *project().quotes().get(q.id);
    QVERIFY(!fixed.detached);
    QCOMPARE(fixed.text, block.text());
    QCOMPARE(fixed.themeIds, q.themeIds);
}

void TestCoding::browser_filtersSortsCardsCopyAndBulkThemes()
{
    QuoteBrowser* browser = m_window->quoteBrowser();
    QuoteBrowserModel* model = browser->model();
    QTRY_VERIFY(model->rowCount() > 20);
    const int all = model->rowCount();
    auto* city = browser->findChild<QComboBox*>(QStringLiteral("quoteCityFilter"));
    city->setCurrentIndex(city->findText(QStringLiteral("齐齐哈尔")));
    QTRY_VERIFY(model->rowCount() < all);
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->quoteAt(r)->cityName, QStringLiteral("齐齐哈尔"));
    auto* starred = browser->findChild<QCheckBox*>(QStringLiteral("quoteStarredFilter"));
    starred->setChecked(true);
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(model->quoteAt(r)->starred);
    starred->setChecked(false);
    auto* sort = browser->findChild<QComboBox*>(QStringLiteral("quoteSort"));
    sort->setCurrentIndex(sort->findData(-int(QuoteSort::Length) - 1)); // longest first
    for (int r = 1; r < model->rowCount(); ++r)
        QVERIFY(model->quoteAt(r - 1)->text.size() >= model->quoteAt(r)->text.size());

    // Cards draw the same rows.
    m_window->findChild<QTabWidget*>(QStringLiteral("workspaceTabs"))
        ->setCurrentWidget(browser->parentWidget());
    browser->setCardView(true);
    auto* cards = browser->findChild<QListView*>(QStringLiteral("quoteCards"));
    QVERIFY(cards->isVisible());
    QCOMPARE(cards->model()->rowCount(), model->rowCount());

    // Select two, copy as formatted text, add a theme to both in one step.
    auto* table = browser->findChild<QTableView*>(QStringLiteral("quoteTable"));
    table->selectRow(0);
    table->selectionModel()->select(model->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(browser->selectedQuotes().size(), 2);
    browser->copySelection();
    const QuoteRow first = *model->quoteAt(0);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.startsWith(
                 QStringLiteral("“%1” — %2, %3, 齐齐哈尔").arg(first.text, first.speakerCode, first.role)),
             qPrintable(copied));
    const QList<RowId> chosen = browser->selectedQuotes();
    whenModal(
        [](QWidget* picker) {
            auto* filter = picker->findChild<QLineEdit*>(QStringLiteral("themeFilter"));
            type(filter, QStringLiteral("城市变化"));
            QTest::keyClick(filter, Qt::Key_Return);
            QTest::keyClick(filter, Qt::Key_Return);
        },
        QStringLiteral("themePicker"));
    browser->addThemesToSelection();
    for (RowId id : chosen)
        QVERIFY2(project().quotes().get(id)->themeIds.contains(themeId(QStringLiteral("城市变化"))),
                 qPrintable(m_session->undoStack()->undoText()));
    QVERIFY(m_session->undoStack()->undoText().startsWith(QStringLiteral("Add Themes to 2 Quotes")));

    // Export what is shown.
    const QString xlsx = m_demo->scratch(QStringLiteral("browser.xlsx"));
    browser->exportQuotes(xlsx);
    QVERIFY(QFileInfo(xlsx).size() > 1000);
}

void TestCoding::matrixCell_listsItsQuotes()
{
    ThemeMatrixView* matrix = m_window->themeMatrix();
    ThemeMatrixModel* model = matrix->model();
    QVERIFY(model->rowCount() >= 10);
    // The busiest cell.
    QModelIndex best;
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            if (!best.isValid() || model->index(r, c).data(ThemeMatrixModel::QuotesRole).toInt() >
                                       best.data(ThemeMatrixModel::QuotesRole).toInt())
                best = model->index(r, c);
    const int quotes = best.data(ThemeMatrixModel::QuotesRole).toInt();
    QVERIFY(quotes > 3);
    auto* table = matrix->findChild<QTableView*>(QStringLiteral("matrixTable"));
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("workspaceTabs"));
    tabs->setCurrentWidget(matrix->parentWidget());
    table->scrollTo(best);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(best).center());
    QCOMPARE(tabs->currentWidget(), m_window->quoteBrowser()->parentWidget());
    // The browser lists the cell's quotes; those of a participant who withdrew consent
    // (the demo's DT-006) are shown to the team, marked, but the matrix does not count them.
    QuoteBrowserModel* listed = m_window->quoteBrowser()->model();
    QTRY_VERIFY(listed->rowCount() >= quotes);
    int usable = 0;
    for (int row = 0; row < listed->rowCount(); ++row)
        usable += listed->index(row, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("withdrew"))
                      ? 0
                      : 1;
    QCOMPARE(usable, quotes);

    // Coding a quote updates the matrix (while it is shown).
    tabs->setCurrentWidget(matrix->parentWidget());
    const RowId food = themeId(QStringLiteral("吃"));
    const RowId datong = *project().cities().findByName(QStringLiteral("大同"));
    int foodRow = -1, datongColumn = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(ThemeMatrixModel::ThemeRole).value<RowId>() == food)
            foodRow = r;
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->index(0, c).data(ThemeMatrixModel::CityRole).value<RowId>() == datong)
            datongColumn = c;
    QVERIFY(foodRow >= 0 && datongColumn >= 0);
    const int before = model->index(foodRow, datongColumn).data(ThemeMatrixModel::QuotesRole).toInt();
    auto all = *project().quotes().list();
    const auto uncoded = std::find_if(all.begin(), all.end(), [&](const Quote& q) {
        return !q.themeIds.contains(food) && project().interviews().get(q.interviewId)->cityId == datong;
    });
    QVERIFY(uncoded != all.end());
    QList<RowId> themes = uncoded->themeIds;
    themes << food;
    QVERIFY(m_session->ops()->run(QStringLiteral("tag"), [&](const WriteScope& w) {
        orThrow(project().quotes().setThemes(w, uncoded->id, themes));
    }));
    QTRY_COMPARE(model->index(foodRow, datongColumn).data(ThemeMatrixModel::QuotesRole).toInt(), before + 1);
    const QString csv = m_demo->scratch(QStringLiteral("matrix.csv"));
    QVERIFY(matrix->exportCsv(csv));
    QVERIFY(QFileInfo(csv).size() > 100);
}

void TestCoding::matrixByGender_andThemesTogether_listTheirQuotes()
{
    ThemeMatrixView* matrix = m_window->themeMatrix();
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("workspaceTabs"));
    const auto choose = [&](const QString& text) {
        QComboBox* by = matrix->byChoice();
        const int i = by->findText(text);
        QVERIFY(i >= 0);
        by->setCurrentIndex(i);
        Q_EMIT by->activated(i);
    };
    const auto busiest = [&](bool offDiagonal) {
        QStandardItemModel* t = matrix->otherTable();
        QModelIndex best;
        for (int r = 0; r < t->rowCount(); ++r)
            for (int c = 0; c < t->columnCount(); ++c) {
                const QModelIndex i = t->index(r, c);
                if (!i.data(Qt::UserRole + 10).isValid() || (offDiagonal && r == c))
                    continue;
                if (!best.isValid() || i.data(ThemeMatrixModel::QuotesRole).toInt() >
                                           best.data(ThemeMatrixModel::QuotesRole).toInt())
                    best = i;
            }
        return best;
    };
    tabs->setCurrentWidget(matrix->parentWidget());
    choose(QStringLiteral("Gender"));
    QCOMPARE(matrix->table()->model(), matrix->otherTable());
    QStandardItemModel* table = matrix->otherTable();
    QStringList columns;
    for (int c = 0; c < table->columnCount(); ++c)
        columns << table->horizontalHeaderItem(c)->text();
    QVERIFY2(columns.contains(QStringLiteral("女")) && columns.last() == QStringLiteral("Total"),
             qPrintable(columns.join(u',')));
    QCOMPARE(table->verticalHeaderItem(table->rowCount() - 1)->text(), QStringLiteral("All coded quotes"));
    QModelIndex cell = busiest(false);
    const int quotes = cell.data(ThemeMatrixModel::QuotesRole).toInt();
    QVERIFY(quotes >= 2);
    QVERIFY(cell.data().toString().contains(QLatin1Char('%')));
    matrix->table()->scrollTo(cell);
    QTest::mouseClick(matrix->table()->viewport(), Qt::LeftButton, {},
                      matrix->table()->visualRect(cell).center());
    QCOMPARE(tabs->currentWidget(), m_window->quoteBrowser()->parentWidget());
    QCOMPARE(m_window->quoteBrowser()->model()->rowCount(), quotes);
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("quoteCount"))
                ->text()
                .contains(QStringLiteral("Gender")));

    tabs->setCurrentWidget(matrix->parentWidget());
    choose(QStringLiteral("Themes in the same interview"));
    cell = busiest(true);
    const int together = cell.data(ThemeMatrixModel::QuotesRole).toInt();
    QVERIFY(together >= 1);
    QTest::mouseClick(matrix->table()->viewport(), Qt::LeftButton, {},
                      matrix->table()->visualRect(cell).center());
    QCOMPARE(tabs->currentWidget(), m_window->quoteBrowser()->parentWidget());
    QVERIFY(m_window->quoteBrowser()->model()->rowCount() >= 2); // a quote of each theme at least
    const QString csv = m_demo->scratch(QStringLiteral("together.csv"));
    QVERIFY(matrix->exportCsv(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("in the same interview")));
}

void TestCoding::codebook_addNestMergeDeleteUndo()
{
    CodebookView* codebook = m_window->codebook();
    QTreeWidget* tree = codebook->tree();
    QCOMPARE(tree->topLevelItemCount(), 6);
    const RowId made = codebook->addTheme(QStringLiteral("夜生活"), NoRow);
    QVERIFY(made != NoRow);
    QCOMPARE(tree->topLevelItemCount(), 7);
    QCOMPARE(tree->topLevelItem(6)->text(0), QStringLiteral("夜生活"));
    QCOMPARE(codebook->currentTheme(), made);
    // Rename and describe in the side panel.
    auto* name = codebook->findChild<QLineEdit*>(QStringLiteral("themeName"));
    name->setFocus();
    name->selectAll();
    type(name, QStringLiteral("夜市"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(project().themes().get(made)->name, QStringLiteral("夜市"));

    // Nest it under 吃 (what a drop onto 吃 does).
    const RowId food = themeId(QStringLiteral("吃"));
    QVERIFY(codebook->moveTheme(made, food, 0));
    QCOMPARE(project().themes().get(made)->parentId, food);
    QTRY_COMPARE(tree->topLevelItemCount(), 6);

    // Merge 吃 into 家人与邻里: its quotes and sub-theme move.
    const RowId family = themeId(QStringLiteral("家人与邻里"));
    const int foodQuotes = project().themes().quoteCounts()->value(food);
    const int familyQuotes = project().themes().quoteCounts()->value(family);
    QVERIFY(foodQuotes > 0);
    QVERIFY(codebook->mergeThemes(food, family));
    QCOMPARE(project().themes().get(made)->parentId, family);
    QVERIFY(project().themes().quoteCounts()->value(family) >= std::max(foodQuotes, familyQuotes));
    QVERIFY(!project().themes().get(food));

    // Delete asks; Yes removes, undo brings it back with its quotes.
    const RowId honesty = themeId(QStringLiteral("直爽与真实"));
    const int honest = project().themes().quoteCounts()->value(honesty);
    codebook->selectTheme(honesty);
    whenModal([](QWidget* box) {
        QVERIFY(box->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"))
                    ->text()
                    .contains(QStringLiteral("直爽与真实")));
        QTest::keyClick(box, Qt::Key_Y, Qt::AltModifier);
        if (box->isVisible())
            QTest::keyClick(box, Qt::Key_Return);
    });
    QVERIFY(codebook->removeTheme(honesty));
    QCOMPARE(themeId(QStringLiteral("直爽与真实")), NoRow);
    m_session->undoStack()->undo();
    QCOMPARE(themeId(QStringLiteral("直爽与真实")), honesty);
    QCOMPARE(project().themes().quoteCounts()->value(honesty), honest);
    m_session->undoStack()->undo(); // the merge
    QVERIFY(project().themes().get(food));
    QCOMPARE(project().themes().quoteCounts()->value(food), foodQuotes);

    // Export and import round trip through the files a user picks.
    const QString qdc = m_demo->scratch(QStringLiteral("window.qdc"));
    QVERIFY(codebook->exportCodebook(qdc));
    QVERIFY(codebook->importCodebook(qdc));
    QCOMPARE(tree->topLevelItemCount(), 6);
}

void TestCoding::browser_followsTheSidebarCity_andTheSearchBoxSyntax()
{
    QuoteBrowser* browser = m_window->quoteBrowser();
    auto* cityBox = browser->findChild<QComboBox*>(QStringLiteral("quoteCityFilter"));
    auto* search = browser->findChild<QLineEdit*>(QStringLiteral("quoteSearch"));
    auto* cities = m_window->findChild<QListView*>(QStringLiteral("cityList"));
    QVERIFY(cityBox && search && cities);
    const RowId yantai = *project().cities().findByName(QStringLiteral("烟台"));
    const RowId datong = *project().cities().findByName(QStringLiteral("大同"));
    auto citiesShown = [&] {
        QSet<RowId> shown;
        for (int r = 0; r < browser->model()->rowCount(); ++r)
            shown.insert(browser->model()->quoteAt(r)->cityId);
        return shown;
    };
    // Choosing 烟台 in the sidebar shows 烟台's quotes; the box can still show all.
    for (int r = 0; r < cities->model()->rowCount(); ++r)
        if (cities->model()->index(r, 0).data().toString().startsWith(QStringLiteral("烟台")))
            cities->setCurrentIndex(cities->model()->index(r, 0));
    QTRY_COMPARE(cityBox->currentData().value<RowId>(), yantai);
    QTRY_VERIFY(browser->model()->rowCount() > 0);
    QTRY_COMPARE(citiesShown(), QSet<RowId>{yantai});
    cityBox->setCurrentIndex(0); // All cities
    QTRY_VERIFY(citiesShown().contains(datong) && citiesShown().contains(yantai));

    // city: in the search box restricts as the box does: 不争 is 大同's word.
    type(search, QStringLiteral("不争"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(citiesShown().contains(datong));
    search->clear();
    type(search, QStringLiteral("city:烟台 不争"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(!citiesShown().contains(datong));
    search->clear();
    type(search, QStringLiteral("city:烟台"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(citiesShown(), QSet<RowId>{yantai});
    // A city nothing is called finds nothing.
    search->clear();
    type(search, QStringLiteral("city:哈尔滨"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(browser->model()->rowCount(), 0);
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
}

QTEST_MAIN(TestCoding)
#include "tst_coding.moc"
