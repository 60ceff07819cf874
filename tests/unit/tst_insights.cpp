// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "GuiTestSupport.h"
#include "app/ProjectSession.h"
#include "dossier/DossierDialog.h"
#include "dossier/InsightsBoard.h"
#include "main/MainWindow.h"
#include "quotes/QuoteBrowser.h"
#include "quotes/QuoteBrowserModel.h"
#include "store/CityRepository.h"
#include "store/InsightRepository.h"
#include "store/Project.h"
#include "store/QuoteRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace tianye;
using namespace tianye::ui;

class TestInsights : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void board_writesSpiritWordAndInsights_undoable();
    void quotesDroppedFromTheBrowser_becomeEvidence();
    void evidence_foundBySearch_reorderedAndRemoved();
    void dialog_exportsInTheBackground_withTheBoardsWords();
    void dialog_cancelAndBadTarget_writeNothing();
    void fileMenuExport_includesWhatWasJustTyped();

private:
    Project& project() { return *m_session->project(); }
    InsightsBoard* board() { return m_window->insightsBoard(); }
    RowId city(const QString& name) { return *project().cities().findByName(name); }
    QList<RowId> evidenceOf(RowId insight) { return project().insights().get(insight)->quoteIds; }
    void drop(QWidget* target, QMimeData* mime, QPoint at);

    int m_count = 0;
    std::unique_ptr<test::DemoWindow> m_demo;
    ProjectSession* m_session = nullptr;
    MainWindow* m_window = nullptr;
};

void TestInsights::initTestCase()
{
    test::startGuiTests(QStringLiteral("insights"));
}

void TestInsights::init()
{
    m_demo = std::make_unique<test::DemoWindow>(QStringLiteral("demo%1").arg(++m_count));
    m_session = &m_demo->session();
    m_window = &m_demo->window();
    // View → Insights (Ctrl+6).
    QTest::keyClick(m_window, Qt::Key_6, Qt::ControlModifier);
    QVERIFY(board()->isVisible());
}

void TestInsights::cleanup()
{
    m_session = nullptr;
    m_window = nullptr;
    m_demo.reset();
}

// A drop as a window system delivers one: enter, move, drop.
void TestInsights::drop(QWidget* target, QMimeData* mime, QPoint at)
{
    QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDragMoveEvent move(at, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent dropped(QPointF(at), Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropped);
}

void TestInsights::board_writesSpiritWordAndInsights_undoable()
{
    auto* cityBox = board()->findChild<QComboBox*>(QStringLiteral("insightsCity"));
    QCOMPARE(cityBox->currentText(), QStringLiteral("大同"));
    // The city chosen in the city list is the board's city.
    board()->showCity(city(QStringLiteral("烟台")));
    QCOMPARE(cityBox->currentText(), QStringLiteral("烟台"));
    QCOMPARE(board()->insightList()->count(), 2);
    QVERIFY(board()->insightList()->item(0)->text().contains(QStringLiteral("烟台自在")));

    // The spirit word, as typed.
    auto* spirit = board()->findChild<QLineEdit*>(QStringLiteral("spiritWord"));
    spirit->selectAll();
    test::type(spirit, QStringLiteral("海风"));
    // Saved after a pause in typing.
    QTRY_COMPARE(project().cities().get(city(QStringLiteral("烟台")))->spiritWord, QStringLiteral("海风"));

    // Add Insight: a new supporting insight, its title field ready for typing.
    auto* add = board()->findChild<QPushButton*>(QStringLiteral("addInsight"));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(board()->insightList()->count(), 3);
    const RowId added = board()->currentInsight();
    auto* title = board()->findChild<QLineEdit*>(QStringLiteral("insightTitle"));
    QTRY_VERIFY(title->hasFocus());
    test::type(title, QStringLiteral("海边的下班时间"));
    QTRY_COMPARE(project().insights().get(added)->title, QStringLiteral("海边的下班时间"));
    QCOMPARE(project().insights().get(added)->kind, InsightKind::Supporting);
    QTRY_VERIFY(board()->insightList()->item(2)->text().contains(QStringLiteral("海边的下班时间")));

    // Move Up puts it before the other supporting insight; the store keeps the order.
    const QList<QPushButton*> buttons = board()->findChildren<QPushButton*>();
    QPushButton* up = nullptr;
    for (QPushButton* b : buttons)
        if (b->text() == QStringLiteral("Move Up") && b->parentWidget() == add->parentWidget())
            up = b;
    QVERIFY(up);
    QTest::mouseClick(up, Qt::LeftButton);
    auto listed = *project().insights().list(city(QStringLiteral("烟台")));
    QCOMPARE(listed.at(1).id, added);
    QCOMPARE(board()->currentInsight(), added);

    // Each step undoes on its own: the order, then the title, then the insight.
    QUndoStack* undo = m_session->undoStack();
    QCOMPARE(undo->undoText(), QStringLiteral("Reorder Insights"));
    undo->undo();
    QCOMPARE(project().insights().list(city(QStringLiteral("烟台")))->back().id, added);
    undo->undo();
    QCOMPARE(project().insights().get(added)->title, QStringLiteral("New insight"));
    undo->undo();
    QVERIFY(!project().insights().get(added));
    QTRY_COMPARE(board()->insightList()->count(), 2);
}

void TestInsights::quotesDroppedFromTheBrowser_becomeEvidence()
{
    const RowId yantai = city(QStringLiteral("烟台"));
    board()->showCity(yantai);
    board()->insightList()->setCurrentRow(1); // 淡季哲学
    const RowId insight = board()->currentInsight();
    const QList<RowId> before = evidenceOf(insight);
    QCOMPARE(board()->evidenceList()->count(), before.size());

    // Two quotes picked in the quote browser, dragged onto the evidence's first row.
    QuoteBrowser* browser = m_window->quoteBrowser();
    browser->showThemeInCity(NoRow, yantai);
    QuoteBrowserModel* model = browser->model();
    QTRY_VERIFY(model->rowCount() >= 4);
    QList<RowId> picked;
    QModelIndexList indexes;
    for (int row = 0; row < model->rowCount() && picked.size() < 2; ++row) {
        const RowId id = model->idAt(row);
        if (before.contains(id))
            continue;
        picked << id;
        indexes << model->index(row, 0);
    }
    QMimeData* mime = model->mimeData(indexes);
    QVERIFY(mime->hasFormat(QLatin1String(QuoteBrowserModel::MimeType)));
    QListWidget* evidence = board()->evidenceList();
    const QRect first = evidence->visualItemRect(evidence->item(0));
    drop(evidence->viewport(), mime, first.topLeft() + QPoint(5, 2));
    delete mime;

    QList<RowId> expected = picked + before;
    QCOMPARE(evidenceOf(insight), expected);
    QCOMPARE(evidence->count(), expected.size());
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Add 2 Quotes to Insight"));
    // The same quote dropped again is not doubled.
    mime = model->mimeData({indexes.first()});
    drop(evidence->viewport(), mime, QPoint(5, evidence->viewport()->height() - 3));
    delete mime;
    QCOMPARE(evidenceOf(insight), expected);

    // A quote can support several insights.
    board()->insightList()->setCurrentRow(0);
    const RowId spirit = board()->currentInsight();
    mime = model->mimeData({indexes.first()});
    drop(board()->evidenceList()->viewport(), mime,
         QPoint(5, board()->evidenceList()->viewport()->height() - 3));
    delete mime;
    QCOMPARE(evidenceOf(spirit).last(), picked.first());
    QVERIFY(evidenceOf(insight).contains(picked.first()));

    m_session->undoStack()->undo();
    m_session->undoStack()->undo();
    QCOMPARE(evidenceOf(insight), before);
}

void TestInsights::evidence_foundBySearch_reorderedAndRemoved()
{
    board()->showCity(city(QStringLiteral("大同")));
    board()->insightList()->setCurrentRow(1); // 慢是一种手艺
    const RowId insight = board()->currentInsight();
    const QList<RowId> before = evidenceOf(insight);
    QCOMPARE(before.size(), 2);

    auto* search = board()->findChild<QLineEdit*>(QStringLiteral("evidenceSearch"));
    search->setFocus();
    test::type(search, QStringLiteral("城墙"));
    QTest::keyClick(search, Qt::Key_Return);
    QListWidget* results = board()->searchResults();
    QVERIFY(results->count() >= 1);
    QVERIFY(results->item(0)->text().contains(QStringLiteral("城墙")));
    QVERIFY(results->hasFocus());
    // Enter adds the highlighted quote.
    QTest::keyClick(results, Qt::Key_Return);
    QList<RowId> now = evidenceOf(insight);
    QCOMPARE(now.size(), 3);
    const RowId found = now.last();
    QVERIFY(project().quotes().get(found)->text.contains(QStringLiteral("城墙")) ||
            project().quotes().get(found)->note.contains(QStringLiteral("城墙")) ||
            project().quotes().get(found)->translation.contains(QStringLiteral("城墙")));

    // Move the new quote to the top with Move Up twice.
    QListWidget* evidence = board()->evidenceList();
    QCOMPARE(evidence->currentRow(), 2);
    QPushButton* up = nullptr;
    for (QPushButton* b : board()->findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("Move Up") && b->parentWidget() == evidence->parentWidget())
            up = b;
    QVERIFY(up);
    QTest::mouseClick(up, Qt::LeftButton);
    QTest::mouseClick(up, Qt::LeftButton);
    QCOMPARE(evidenceOf(insight), (QList<RowId>{found, before.at(0), before.at(1)}));

    // A drag inside the list moves the same way (the list reports the rows).
    board()->moveEvidence(2, 1);
    QCOMPARE(evidenceOf(insight), (QList<RowId>{found, before.at(1), before.at(0)}));

    // Delete removes the current quote from the evidence (not from the project).
    evidence->setCurrentRow(0);
    evidence->setFocus();
    QTest::keyClick(evidence, Qt::Key_Delete);
    QCOMPARE(evidenceOf(insight), (QList<RowId>{before.at(1), before.at(0)}));
    QVERIFY(project().quotes().get(found));
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Remove Quote from Insight"));
}

void TestInsights::dialog_exportsInTheBackground_withTheBoardsWords()
{
    board()->showCity(city(QStringLiteral("大同")));
    board()->insightList()->setCurrentRow(0);
    auto* title = board()->findChild<QLineEdit*>(QStringLiteral("insightTitle"));
    title->selectAll();
    test::type(title, QStringLiteral("大同不慌"));

    // The board's Export Dossier… opens the dialog for its city.
    QTest::mouseClick(board()->findChild<QPushButton*>(QStringLiteral("exportDossierButton")),
                      Qt::LeftButton);
    auto* dialog = m_window->findChild<DossierDialog*>(QStringLiteral("dossierDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->city(), city(QStringLiteral("大同")));
    QVERIFY2(dialog->target().endsWith(QStringLiteral("大同 dossier.pdf")), qPrintable(dialog->target()));
    auto* format = dialog->findChild<QComboBox*>(QStringLiteral("dossierFormat"));
    QCOMPARE(format->currentData().toInt(), int(dossier::Format::Pdf));
    const QString pdf = m_demo->scratch(QStringLiteral("datong.pdf"));
    dialog->setTarget(pdf);
    auto* language = dialog->findChild<QComboBox*>(QStringLiteral("dossierLanguage"));
    language->setCurrentIndex(1); // 简体中文 headings

    QSignalSpy finished(dialog, &DossierDialog::finished);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("dossierExport")), Qt::LeftButton);
    QVERIFY(dialog->isRunning());
    // The window stays live while the worker writes.
    QVERIFY(!format->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
    QCOMPARE(finished.first().at(0).toBool(), true);
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("dossierStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("datong.pdf")), qPrintable(status->text()));
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("dossierOpen"))->isVisible());

    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30'000));
    const QString words =
        QString::fromUtf8(text.readAllStandardOutput()).remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
    QVERIFY2(words.contains(QStringLiteral("城市精神：大同不慌")), qPrintable(words.left(400)));
    QVERIFY(!words.contains(QStringLiteral("DT-006")));

    // Markdown of the comparison: the format and city are remembered choices.
    format->setCurrentIndex(format->findData(int(dossier::Format::Markdown)));
    QVERIFY(dialog->target().endsWith(QStringLiteral("datong.md")));
    auto* cityBox = dialog->findChild<QComboBox*>(QStringLiteral("dossierCity"));
    cityBox->setCurrentIndex(cityBox->findData(NoRow));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("dossierExport")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30'000);
    QFile md(m_demo->scratch(QStringLiteral("datong.md")));
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QString comparison = QString::fromUtf8(md.readAll());
    QVERIFY(comparison.contains(QStringLiteral("城市对照")));
    QVERIFY(comparison.contains(QStringLiteral("活得真")));
    dialog->close();
}

void TestInsights::dialog_cancelAndBadTarget_writeNothing()
{
    QAction* action = m_window->findChild<QAction*>(QStringLiteral("exportDossierAction"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    auto* dialog = m_window->findChild<DossierDialog*>(QStringLiteral("dossierDialog"));
    QVERIFY(dialog);
    QSignalSpy finished(dialog, &DossierDialog::finished);
    auto* status = dialog->findChild<QLabel*>(QStringLiteral("dossierStatus"));

    // Cancel at once: nothing written.
    const QString cancelled = m_demo->scratch(QStringLiteral("cancelled.pdf"));
    dialog->setTarget(cancelled);
    auto* exportButton = dialog->findChild<QPushButton*>(QStringLiteral("dossierExport"));
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QCOMPARE(exportButton->text(), QStringLiteral("Cancel Export"));
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(status->text().contains(QStringLiteral("cancelled")), qPrintable(status->text()));
    QVERIFY(!QFile::exists(cancelled));

    // A folder that is not there: the message names the file; the project is untouched.
    const QString nowhere = m_demo->scratch(QStringLiteral("no/such/folder/out.pdf"));
    dialog->setTarget(nowhere);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30'000);
    QCOMPARE(finished.last().at(0).toBool(), false);
    QVERIFY2(status->text().contains(QStringLiteral("out.pdf")), qPrintable(status->text()));
    QVERIFY(!QFile::exists(nowhere));
    dialog->close();
}

void TestInsights::fileMenuExport_includesWhatWasJustTyped()
{
    board()->showCity(city(QStringLiteral("齐齐哈尔")));
    auto* statement = board()->findChild<QPlainTextEdit*>(QStringLiteral("insightStatement"));
    statement->setFocus();
    statement->moveCursor(QTextCursor::End);
    test::type(statement, QStringLiteral("冬天越冷，人越热乎。"));
    // At once, before the typing pause that saves it: File → Export Dossier…
    m_window->findChild<QAction*>(QStringLiteral("exportDossierAction"))->trigger();
    auto* dialog = m_window->findChild<DossierDialog*>(QStringLiteral("dossierDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->city(), city(QStringLiteral("齐齐哈尔")));
    auto* format = dialog->findChild<QComboBox*>(QStringLiteral("dossierFormat"));
    format->setCurrentIndex(format->findData(int(dossier::Format::Markdown)));
    const QString md = m_demo->scratch(QStringLiteral("qiqihar.md"));
    dialog->setTarget(md);
    QSignalSpy finished(dialog, &DossierDialog::finished);
    dialog->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
    QFile file(md);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("冬天越冷，人越热乎。")));
    dialog->close();
}

QTEST_MAIN(TestInsights)
#include "tst_insights.moc"
