// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "app/ProjectSession.h"
#include "cities/CityList.h"
#include "interviews/InterviewPage.h"
#include "main/MainWindow.h"
#include "ops/Coding.h"
#include "ops/Transcripts.h"
#include "search/ConcordanceModel.h"
#include "search/SearchEngine.h"
#include "search/SearchView.h"
#include "store/CityRepository.h"
#include "store/ParticipantRepository.h"
#include "store/Project.h"
#include "store/QuoteRepository.h"
#include "store/ThemeRepository.h"
#include "transcript/TranscriptEditor.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <SQLiteCpp/Database.h>

#include <chrono>

using namespace tianye;
using namespace tianye::ui;
using tianye::test::type;
using tianye::test::whenModal;

// The Search view as a creative lead uses it: type, read the hits by interview, open
// one at the words, read a word's uses as a concordance, code every hit at once.
class TestSearchView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typing_showsHitsByInterview_andEnterOpensThePageAtTheWords();
    void filterChips_comeFromTheQuery_andRemoveTheirFilter();
    void quickSearchField_opensTheSearchView();
    void concordance_sortsByTheWordsEitherSide_andExports();
    void codeAllHits_makesTheQuotes_andOneUndoTakesThemBack();
    void makeQuoteFromAConcordanceLine_withCtrlM();
    void savedSearch_isListedInSaved_andRunsFromThere();
    void transcriptEdits_rankingsPreparedAgainOnceTheySettle();
    void participantCityAndInsightHits_openWhereTheyLive();

private:
    Project& project() { return m_demo->project(); }
    SearchView* view() { return m_window->searchView(); }
    // Types the query in the Search view and waits for its results.
    void searchFor(const QString& text);
    std::unique_ptr<test::DemoWindow> m_demo;
    MainWindow* m_window = nullptr;
    int m_count = 0;
};

void TestSearchView::initTestCase()
{
    test::startGuiTests(QStringLiteral("searchview"));
}

void TestSearchView::init()
{
    m_demo = std::make_unique<test::DemoWindow>(QStringLiteral("demo%1").arg(++m_count));
    m_window = &m_demo->window();
}

void TestSearchView::cleanup()
{
    m_demo.reset();
}

void TestSearchView::searchFor(const QString& text)
{
    QSignalSpy shown(view(), &SearchView::resultsShown);
    view()->queryField()->clear();
    type(view()->queryField(), text);
    QTRY_VERIFY(!shown.isEmpty() && view()->query() == text && !view()->busy());
}

void TestSearchView::typing_showsHitsByInterview_andEnterOpensThePageAtTheWords()
{
    // Ctrl+Shift+F: the Search tab, its field ready for typing.
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(QApplication::focusWidget(), view()->queryField());
    QCOMPARE(m_window->findChild<QTabWidget*>(QStringLiteral("workspaceTabs"))->currentWidget(), view());

    searchFor(QStringLiteral("城墙"));
    const qint64 expected =
        *search::SearchEngine(project()).countSegments(search::SearchQuery::parse(QStringLiteral("城墙")));
    QVERIFY(expected >= 3);
    QCOMPARE(view()->totalSegments(), expected);
    QVERIFY2(view()
                 ->findChild<QLabel*>(QStringLiteral("searchStatus"))
                 ->text()
                 .contains(QString::number(expected)),
             qPrintable(view()->findChild<QLabel*>(QStringLiteral("searchStatus"))->text()));
    // Grouped by interview: a heading with the city, hits under it with the words marked.
    QTreeWidget* results = view()->results();
    int hits = 0;
    QTreeWidgetItem* firstHit = nullptr;
    for (int i = 0; i < results->topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = results->topLevelItem(i);
        for (int k = 0; k < group->childCount(); ++k) {
            QTreeWidgetItem* hit = group->child(k);
            if (!hit->text(0).contains(QStringLiteral("城墙")))
                continue;
            if (!firstHit && group->text(0).startsWith(QStringLiteral("大同")) &&
                !hit->text(0).startsWith(QStringLiteral("Quote")))
                firstHit = hit;
            const auto spans = hit->data(0, Qt::UserRole + 3).value<QList<QPoint>>();
            QVERIFY(!spans.isEmpty());
            QCOMPARE(hit->text(0).mid(spans.front().x(), spans.front().y() - spans.front().x()),
                     QStringLiteral("城墙"));
            ++hits;
        }
    }
    QVERIFY(hits >= expected);
    QVERIFY(firstHit);

    // Enter on a hit: its interview's page, the words selected in the transcript.
    results->setCurrentItem(firstHit);
    results->setFocus();
    QTest::keyClick(results, Qt::Key_Return);
    auto* page = qobject_cast<InterviewPage*>(
        m_window->findChild<QTabWidget*>(QStringLiteral("workspaceTabs"))->currentWidget());
    QVERIFY(page);
    QTRY_COMPARE(page->transcriptEditor()->textCursor().selectedText(), QStringLiteral("城墙"));
}

void TestSearchView::filterChips_comeFromTheQuery_andRemoveTheirFilter()
{
    m_window->showSearch();
    searchFor(QStringLiteral("不争 city:烟台"));
    QCOMPARE(view()->totalSegments(), 0); // 不争 is said in 大同
    auto* chip = view()->findChild<QToolButton*>(QStringLiteral("chip-city"));
    QVERIFY(chip);
    QVERIFY(chip->text().contains(QStringLiteral("烟台")));
    QSignalSpy shown(view(), &SearchView::resultsShown);
    chip->click();
    QCOMPARE(view()->query(), QStringLiteral("不争"));
    QTRY_VERIFY(!shown.isEmpty() && !view()->busy());
    QVERIFY(view()->totalSegments() > 0);
    QTRY_VERIFY(view()->findChild<QToolButton*>(QStringLiteral("chip-city")) == nullptr);
    // Every filter of the syntax is a chip: the date range and the participants' attributes.
    searchFor(QStringLiteral("不争 from:2026-10-16 to:2026-10"));
    auto* from = view()->findChild<QToolButton*>(QStringLiteral("chip-from"));
    QVERIFY(from && from->text().contains(QStringLiteral("2026-10-16")));
    QVERIFY(view()->findChild<QToolButton*>(QStringLiteral("chip-to")));
    const qint64 narrowed = view()->totalSegments();
    QSignalSpy again(view(), &SearchView::resultsShown);
    from->click();
    QCOMPARE(view()->query(), QStringLiteral("不争 to:2026-10"));
    QTRY_VERIFY(!again.isEmpty() && !view()->busy());
    QVERIFY(view()->totalSegments() > narrowed);
}

void TestSearchView::quickSearchField_opensTheSearchView()
{
    auto* quick = m_window->menuBar()->findChild<QLineEdit*>(QStringLiteral("quickSearch"));
    QVERIFY(quick);
    QSignalSpy shown(view(), &SearchView::resultsShown);
    type(quick, QStringLiteral("城墙"));
    QTest::keyClick(quick, Qt::Key_Return);
    QCOMPARE(m_window->findChild<QTabWidget*>(QStringLiteral("workspaceTabs"))->currentWidget(), view());
    QCOMPARE(view()->query(), QStringLiteral("城墙"));
    QTRY_VERIFY(!shown.isEmpty() && !view()->busy());
    // The transcripts' words, which the interview log's filter does not see.
    bool inTranscript = false;
    for (int i = 0; i < view()->results()->topLevelItemCount(); ++i)
        for (int k = 0; k < view()->results()->topLevelItem(i)->childCount(); ++k) {
            const QTreeWidgetItem* hit = view()->results()->topLevelItem(i)->child(k);
            inTranscript |= hit->data(0, Qt::UserRole).toInt() == 1 /* a segment */ &&
                            hit->text(0).contains(QStringLiteral("城墙"));
        }
    QVERIFY(inTranscript);
    QVERIFY(quick->text().isEmpty());
}

void TestSearchView::concordance_sortsByTheWordsEitherSide_andExports()
{
    m_window->showSearch();
    searchFor(QStringLiteral("城墙"));
    QSignalSpy shown(view(), &SearchView::resultsShown);
    view()->pages()->setCurrentIndex(1);
    ConcordanceModel* model = view()->concordance();
    const auto expected =
        *search::SearchEngine(project()).concordance(search::SearchQuery::parse(QStringLiteral("城墙")));
    QTRY_COMPARE(model->rowCount(), int(expected.lines.size()));
    QVERIFY(model->rowCount() >= 3);
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->index(r, ConcordanceModel::HitColumn).data().toString(), QStringLiteral("城墙"));

    // A click on the right context's header: the lines by the words after the hit.
    QHeaderView* header = view()->concordanceView()->horizontalHeader();
    QTest::mouseClick(
        header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(ConcordanceModel::RightColumn) + 10, header->height() / 2));
    for (int r = 1; r < model->rowCount(); ++r)
        QVERIFY(QString::compare(model->line(r - 1).right, model->line(r).right, Qt::CaseInsensitive) <= 0);
    // The left context: by the word right before the hit, read backwards.
    QTest::mouseClick(
        header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(ConcordanceModel::LeftColumn) + 10, header->height() / 2));
    const auto backwards = [](const QString& s) {
        QList<uint> cps = s.toUcs4();
        std::reverse(cps.begin(), cps.end());
        return QString::fromUcs4(reinterpret_cast<const char32_t*>(cps.constData()), cps.size());
    };
    const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
    for (int r = 1; r < model->rowCount(); ++r) {
        const int c = QString::compare(backwards(model->line(r - 1).left), backwards(model->line(r).left),
                                       Qt::CaseInsensitive);
        QVERIFY(ascending ? c <= 0 : c >= 0);
    }

    // Exported as CSV: a line per hit, consent's withheld words left out.
    const QString csv = m_demo->scratch(QStringLiteral("kwic.csv"));
    view()->exportConcordance(csv);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(file.readAll()).trimmed().split(QLatin1Char('\n'));
    qsizetype kept = 0;
    for (const auto& l : expected.lines)
        kept += l.withheld == Withheld::No;
    QVERIFY(kept < qsizetype(expected.lines.size())); // the demo's withdrawn participant says it too
    QCOMPARE(rows.size() - 1, kept);
    for (qsizetype r = 1; r < rows.size(); ++r)
        QVERIFY2(rows[r].contains(QStringLiteral(",城墙,")), qPrintable(rows[r]));
    const QString text = rows.front();
    QVERIFY(text.contains(QStringLiteral("Left context")));
}

void TestSearchView::codeAllHits_makesTheQuotes_andOneUndoTakesThemBack()
{
    m_window->showSearch();
    searchFor(QStringLiteral("不争"));
    view()->pages()->setCurrentIndex(1);
    QTRY_VERIFY(view()->concordance()->rowCount() > 0);
    const size_t before = project().quotes().list()->size();
    const auto plan = *ops::planCoding(project(), QStringLiteral("不争"), ops::CodingScope::Sentence);
    size_t fresh = 0;
    for (const auto& p : plan.quotes)
        fresh += p.existing == NoRow;
    QVERIFY(fresh > 0);
    whenModal(
        [&](QWidget* dialog) {
            auto* theme = dialog->findChild<QComboBox*>();
            QVERIFY(theme && theme->isEditable());
            type(theme->lineEdit(), QStringLiteral("不争的底气"));
            auto* preview = dialog->findChild<QListWidget*>();
            QCOMPARE(preview->count(), int(plan.quotes.size())); // sentence is the default
            QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("codingSummary"))
                        ->text()
                        .contains(QStringLiteral("Undo")));
            dialog->findChild<QPushButton*>(QStringLiteral("codeButton"))->click();
        },
        QStringLiteral("codeHitsDialog"));
    view()->codeAllHits();

    const auto after = *project().quotes().list();
    QCOMPARE(after.size(), before + fresh);
    auto themes = *project().themes().list();
    const auto made = std::find_if(themes.begin(), themes.end(),
                                   [](const Theme& t) { return t.name == QStringLiteral("不争的底气"); });
    QVERIFY(made != themes.end());
    int tagged = 0;
    for (const Quote& q : after)
        tagged += q.themeIds.contains(made->id);
    QCOMPARE(tagged, int(plan.quotes.size()));

    // One step: one undo takes every quote and the new theme back.
    QUndoStack* undo = m_demo->session().undoStack();
    QVERIFY2(undo->undoText().startsWith(QStringLiteral("Code ")), qPrintable(undo->undoText()));
    undo->undo();
    QCOMPARE(project().quotes().list()->size(), before);
    themes = *project().themes().list();
    QVERIFY(std::none_of(themes.begin(), themes.end(),
                         [](const Theme& t) { return t.name == QStringLiteral("不争的底气"); }));
}

void TestSearchView::makeQuoteFromAConcordanceLine_withCtrlM()
{
    m_window->showSearch();
    searchFor(QStringLiteral("城墙"));
    view()->pages()->setCurrentIndex(1);
    ConcordanceModel* model = view()->concordance();
    QTRY_VERIFY(model->rowCount() > 0);
    QTableView* table = view()->concordanceView();
    table->setFocus();
    table->setCurrentIndex(model->index(0, ConcordanceModel::HitColumn));
    const search::ConcordanceLine line = model->line(0);
    const size_t before = project().quotes().list()->size();
    whenModal(
        [](QWidget* picker) {
            auto* filter = picker->findChild<QLineEdit*>(QStringLiteral("themeFilter"));
            type(filter, QStringLiteral("面食"));
            QTest::keyClick(filter, Qt::Key_Return);
            QTest::keyClick(filter, Qt::Key_Return);
        },
        QStringLiteral("themePicker"));
    QTest::keyClick(table, Qt::Key_M, Qt::ControlModifier);
    const auto after = *project().quotes().list();
    QCOMPARE(after.size(), before + 1);
    const auto made = std::find_if(after.begin(), after.end(), [&](const Quote& q) {
        return q.startSegmentId == line.segmentId && q.text.contains(QStringLiteral("城墙"));
    });
    QVERIFY(made != after.end());
    // The sentence around the hit, not the whole segment.
    QVERIFY(made->startOffset <= line.at.start && made->endOffset >= line.at.end);
}

void TestSearchView::savedSearch_isListedInSaved_andRunsFromThere()
{
    m_window->showSearch();
    searchFor(QStringLiteral("不争 city:大同"));
    whenModal([](QWidget* dialog) {
        auto* name = dialog->findChild<QLineEdit*>();
        QVERIFY(name);
        name->selectAll();
        type(name, QStringLiteral("大同的不争"));
        QTest::keyClick(name, Qt::Key_Return);
    });
    QMenu* menu = view()->savedButton()->menu();
    // Open the menu as a click does, and choose Save This Search….
    QMetaObject::invokeMethod(menu, "aboutToShow");
    QAction* save = nullptr;
    for (QAction* a : menu->actions())
        if (a->text() == QStringLiteral("Save This Search…"))
            save = a;
    QVERIFY(save && save->isEnabled());
    save->trigger();
    QTRY_COMPARE(m_demo->session().undoStack()->undoText(), QStringLiteral("Save Search"));

    searchFor(QStringLiteral("城墙"));
    QMetaObject::invokeMethod(menu, "aboutToShow");
    QAction* saved = nullptr;
    for (QAction* a : menu->actions())
        if (a->text() == QStringLiteral("大同的不争"))
            saved = a;
    QVERIFY(saved);
    QSignalSpy shown(view(), &SearchView::resultsShown);
    saved->trigger();
    QCOMPARE(view()->query(), QStringLiteral("不争 city:大同"));
    QTRY_VERIFY(!shown.isEmpty() && !view()->busy());
    QCOMPARE(view()->totalSegments(), 4);
    QVERIFY(view()->findChild<QToolButton*>(QStringLiteral("chip-city")));
}

// An edit makes the prepared rankings stale; once edits settle they are prepared again
// in the background, for the text as it is now.
void TestSearchView::transcriptEdits_rankingsPreparedAgainOnceTheySettle()
{
    ProjectSession& session = m_demo->session();
    session.setRankingSchedule(std::chrono::milliseconds(100), 1);
    QSignalSpy prepared(&session, &ProjectSession::rankingsPrepared);
    auto& db = project().db().sql();
    const RowId segment = db.execAndGet("SELECT id FROM segments ORDER BY id LIMIT 1").getInt64();
    const RowId interview = db.execAndGet("SELECT interview_id FROM segments ORDER BY id LIMIT 1").getInt64();
    Q_UNUSED(interview);
    QCOMPARE(db.execAndGet("SELECT count(*) FROM search_prepared p JOIN search_state v ON v.id = 1 "
                           "WHERE p.version = v.version")
                 .getInt(),
             0);
    QVERIFY(ops::setSegmentSpeaker(m_demo->verbs(), segment, QStringLiteral("DT-001"))); // a transcript edit
    QTRY_VERIFY_WITH_TIMEOUT(!prepared.isEmpty(), 20'000);
    const int count = prepared.back().front().toInt();
    QVERIFY(count > 0);
    QCOMPARE(db.execAndGet("SELECT count(*) FROM search_prepared p JOIN search_state v ON v.id = 1 "
                           "WHERE p.version = v.version")
                 .getInt(),
             count);
}

// Hits outside the transcripts open where the record lives: a participant in the
// roster of their city, a city in the sidebar, an insight on the board.
void TestSearchView::participantCityAndInsightHits_openWhereTheyLive()
{
    m_window->showSearch();
    const auto open = [&](const QString& section, const QString& words) -> bool {
        QTreeWidget* results = view()->results();
        for (int i = 0; i < results->topLevelItemCount(); ++i) {
            QTreeWidgetItem* s = results->topLevelItem(i);
            if (s->text(0) != section)
                continue;
            for (int k = 0; k < s->childCount(); ++k) {
                if (!s->child(k)->text(0).contains(words))
                    continue;
                results->setCurrentItem(s->child(k));
                results->setFocus();
                QTest::keyClick(results, Qt::Key_Return);
                return true;
            }
        }
        return false;
    };
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("workspaceTabs"));
    searchFor(QStringLiteral("刀削面"));
    QVERIFY(open(QStringLiteral("Participants"), QStringLiteral("刀削面")));
    auto* roster = qobject_cast<QTableView*>(QApplication::focusWidget());
    QVERIFY(roster);
    QCOMPARE(tabs->currentIndex(), 1);
    const RowId shown = roster->currentIndex().data(Qt::UserRole + 1).value<RowId>();
    QCOMPARE(project().participants().get(shown)->occupation.contains(QStringLiteral("刀削面")), true);

    m_window->showSearch();
    searchFor(QStringLiteral("自在"));
    QVERIFY(open(QStringLiteral("Cities"), QStringLiteral("自在")));
    const RowId yantai = *project().cities().findByName(QStringLiteral("烟台"));
    QTRY_COMPARE(m_window->findChild<CityList*>()->currentCity(), yantai);

    m_window->showSearch();
    searchFor(QStringLiteral("不争"));
    QVERIFY(open(QStringLiteral("Insights"), QStringLiteral("不争")));
    QCOMPARE(tabs->currentIndex(), 5);
}

QTEST_MAIN(TestSearchView)
#include "tst_searchview.moc"
