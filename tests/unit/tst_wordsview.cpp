// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "main/MainWindow.h"
#include "ops/Participants.h"
#include "ops/Words.h"
#include "search/ConcordanceModel.h"
#include "search/SearchView.h"
#include "store/CityRepository.h"
#include "store/ParticipantRepository.h"
#include "store/Project.h"
#include "store/ThemeRepository.h"
#include "words/WordsView.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace tianye;
using namespace tianye::ui;

// The Words view as a creative lead uses it: choose a city, read the terms that set it
// apart, follow one to its concordance and its quotes, make a theme of it, leave one out.
class TestWordsView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ctrl7_listsACitysTerms_andATermOpensItsConcordance();
    void showQuotes_makeTheme_leaveOut_andExport();
    void aProjectOpenedWhileCounting_andAWithdrawalWhileShown();

private:
    WordsView* view() { return m_window->wordsView(); }
    QTabWidget* tabs() { return m_window->findChild<QTabWidget*>(QStringLiteral("workspaceTabs")); }
    QStringList shownTerms();
    void chooseCity(const QString& name);
    std::unique_ptr<test::DemoWindow> m_demo;
    MainWindow* m_window = nullptr;
    int m_count = 0;
};

void TestWordsView::initTestCase()
{
    test::startGuiTests(QStringLiteral("wordsview"));
}

void TestWordsView::init()
{
    m_demo = std::make_unique<test::DemoWindow>(QStringLiteral("demo%1").arg(++m_count));
    m_window = &m_demo->window();
}

void TestWordsView::cleanup()
{
    m_demo.reset();
}

QStringList TestWordsView::shownTerms()
{
    QStringList out;
    QAbstractItemModel* model = view()->table()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, 0).data(Qt::UserRole + 2).toString();
    return out;
}

void TestWordsView::chooseCity(const QString& name)
{
    QSignalSpy shown(view(), &WordsView::reportShown);
    QComboBox* target = view()->targetChoice();
    const int i = target->findText(name);
    QVERIFY(i >= 0);
    target->setCurrentIndex(i);
    Q_EMIT target->activated(i);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !view()->busy(), 20000);
}

void TestWordsView::ctrl7_listsACitysTerms_andATermOpensItsConcordance()
{
    QSignalSpy shown(view(), &WordsView::reportShown);
    QTest::keyClick(m_window, Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(tabs()->currentWidget(), view());
    // Counting runs in the background and shows when done.
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !view()->busy(), 20000);
    // Before any choice: a city, its words (not an empty choice with no interviews).
    QVERIFY(!view()->targetChoice()->currentText().isEmpty());
    QVERIFY(view()->report().targetInterviews > 0);
    QVERIFY(!view()->report().terms.isEmpty());
    chooseCity(QStringLiteral("大同"));
    const QStringList terms = shownTerms();
    QVERIFY2(terms.contains(QStringLiteral("城墙")) && terms.contains(QStringLiteral("不争")),
             qPrintable(terms.join(u' ')));
    QVERIFY(!terms.contains(QStringLiteral("的")));          // a stop word
    QCOMPARE(view()->report().targetInterviews, 4);          // 大同's five, but DT-006 withdrew
    QVERIFY(view()->chart()->chart()->series().size() == 1); // the bar chart of the top terms
    // Sorted by keyness; the table sorts by another column on a click of its header.
    const QAbstractItemModel* model = view()->table()->model();
    QVERIFY(model->index(0, 1).data(Qt::UserRole + 3).toDouble() >=
            model->index(model->rowCount() - 1, 1).data(Qt::UserRole + 3).toDouble());

    // Enter on a term: its concordance in the Search view, only this city's lines.
    view()->selectTerm(QStringLiteral("城墙"));
    view()->table()->setFocus();
    QTest::keyClick(view()->table(), Qt::Key_Return);
    SearchView* search = m_window->searchView();
    QTRY_COMPARE(tabs()->currentWidget(), search);
    QTRY_VERIFY_WITH_TIMEOUT(search->concordance()->rowCount() >= 3 && !search->busy(), 10000);
    QCOMPARE(search->pages()->currentIndex(), 1);
    for (int r = 0; r < search->concordance()->rowCount(); ++r) {
        const QString hit = search->concordance()->index(r, ConcordanceModel::HitColumn).data().toString();
        QCOMPARE(hit, QStringLiteral("城墙"));
    }
    QVERIFY(search->query().contains(QStringLiteral("city:")));
}

void TestWordsView::showQuotes_makeTheme_leaveOut_andExport()
{
    QTest::keyClick(m_window, Qt::Key_7, Qt::ControlModifier);
    chooseCity(QStringLiteral("大同"));
    view()->selectTerm(QStringLiteral("城墙"));
    QCOMPARE(view()->currentTerm(), QStringLiteral("城墙"));

    // Its quotes: the Quotes tab, searching for the term.
    view()->showQuotes();
    QTRY_COMPARE(tabs()->currentIndex(), 2);
    auto* quoteSearch = m_window->findChild<QLineEdit*>(QStringLiteral("quoteSearch"));
    QVERIFY(quoteSearch);
    QCOMPARE(quoteSearch->text(), QStringLiteral("城墙"));

    // A theme of it, in one step of the history.
    tabs()->setCurrentWidget(view());
    view()->makeTheme();
    auto theme = m_demo->project().themes().findByName(QStringLiteral("城墙"));
    QVERIFY(theme.has_value() && *theme != NoRow);

    // Export: the list as the table shows it.
    const QString csv = m_demo->scratch(QStringLiteral("words.csv"));
    view()->exportList(csv);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("城墙")));

    // Leave it out: counted again, no longer listed, kept by the project.
    QSignalSpy shown(view(), &WordsView::reportShown);
    view()->leaveOut();
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !view()->busy(), 20000);
    QVERIFY(!shownTerms().contains(QStringLiteral("城墙")));
    auto stops = ops::stopListOf(m_demo->project());
    QVERIFY(stops.has_value());
    QVERIFY(stops->added().contains(QStringLiteral("城墙")));

    // The stop list: the word is there, Include Again brings it back to the list.
    bool listed = false;
    test::whenModal(
        [&](QWidget* dialog) {
            auto* words = dialog->findChild<QListWidget*>(QStringLiteral("stopWords"));
            QList<QListWidgetItem*> found = words->findItems(QStringLiteral("城墙"), Qt::MatchExactly);
            listed = !found.isEmpty();
            if (listed)
                words->setCurrentItem(found.front());
            for (QPushButton* b : dialog->findChildren<QPushButton*>())
                if (b->text() == QStringLiteral("Include Again"))
                    b->click();
            static_cast<QDialog*>(dialog)->reject();
        },
        QStringLiteral("stopListDialog"));
    QSignalSpy again(view(), &WordsView::reportShown);
    view()->editStopList();
    QVERIFY(listed);
    QTRY_VERIFY_WITH_TIMEOUT(!again.isEmpty() && !view()->busy(), 20000);
    QVERIFY(shownTerms().contains(QStringLiteral("城墙")));

    // Word frequency: the city's terms by uses, most used first.
    QSignalSpy frequency(view(), &WordsView::reportShown);
    view()->modeChoice()->setCurrentIndex(1);
    Q_EMIT view()->modeChoice()->activated(1);
    QTRY_VERIFY_WITH_TIMEOUT(!frequency.isEmpty() && !view()->busy(), 20000);
    const auto& terms = view()->report().terms;
    QVERIFY(terms.size() > 20);
    for (qsizetype i = 1; i < terms.size(); ++i)
        QVERIFY(terms[i - 1].targetUses >= terms[i].targetUses);
    QVERIFY(!shownTerms().contains(QStringLiteral("我们")));
}

void TestWordsView::aProjectOpenedWhileCounting_andAWithdrawalWhileShown()
{
    // The view is told of another project while it counts: it counts that one, and
    // keeps working (it used to wait for the dropped count for ever).
    QTest::keyClick(m_window, Qt::Key_7, Qt::ControlModifier);
    QVERIFY(view()->busy());
    QSignalSpy shown(view(), &WordsView::reportShown);
    view()->setProject(&m_demo->project());
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && !view()->busy(), 20000);
    chooseCity(QStringLiteral("大同"));
    const qint64 before = view()->report().targetCharacters;
    QVERIFY(before > 0);

    // A participant withdraws while the words are shown: counted again at once, their
    // words gone; Export waits for that.
    QSignalSpy recounted(view(), &WordsView::reportShown);
    const RowId dt1 = *m_demo->project().participants().findByCode(QStringLiteral("DT-001"));
    QVERIFY(ops::setParticipantField(m_demo->verbs(), dt1, ParticipantField::Consent,
                                     QVariant::fromValue(ConsentStatus::Withdrawn)));
    QPushButton* exportButton = nullptr;
    for (QPushButton* b : view()->findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("Export…"))
            exportButton = b;
    QVERIFY(exportButton);
    QVERIFY(!exportButton->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!recounted.isEmpty() && !view()->busy(), 20000);
    QVERIFY(view()->report().targetCharacters < before);
    QVERIFY(exportButton->isEnabled());
}

QTEST_MAIN(TestWordsView)
#include "tst_wordsview.moc"
