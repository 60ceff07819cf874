// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "TestSupport.h"
#include "app/ProjectSession.h"
#include "app/Settings.h"
#include "cities/CityListModel.h"
#include "demo/DemoProject.h"
#include "interviews/InterviewTableModel.h"
#include "main/MainWindow.h"
#include "main/QdpxExchange.h"
#include "ops/Qdpx.h"
#include "store/CityRepository.h"
#include "store/InterviewRepository.h"
#include "store/ParticipantRepository.h"
#include "store/Project.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tianye;
using namespace tianye::ui;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void firstStart_opensDemoShowingThreeCitiesAndTheirInterviews();
    void selectingCity_showsItsInterviews_andFilterNarrows();
    void storeChanges_reachTheTableRowByRow();
    void models_passModelTester();
    void openingBrokenProject_showsErrorNamingFile();
    void closeProject_showsWelcomeAndRemembersLayout();
    void qdpx_exportThenImport_fromTheFileMenu();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("Tianye"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tianye"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    QDir(QFileInfo(ProjectSession::demoPath()).absolutePath()).removeRecursively();
}

void TestMainWindow::firstStart_opensDemoShowingThreeCitiesAndTheirInterviews()
{
    ProjectSession session;
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const Status opened = session.openAtStart({});
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QVERIFY(session.project());
    QCOMPARE(session.project()->folder(), ProjectSession::demoPath());

    auto* cities = window.findChild<QListView*>(QStringLiteral("cityList"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("interviewTable"));
    QVERIFY(cities && table);
    QVERIFY(cities->isVisible());
    QCOMPARE(cities->model()->rowCount(), 4);
    QCOMPARE(cities->model()->index(1, 0).data().toString(), QStringLiteral("大同"));
    QCOMPARE(cities->model()->index(2, 0).data().toString(), QStringLiteral("烟台"));
    QCOMPARE(cities->model()->index(3, 0).data().toString(), QStringLiteral("齐齐哈尔"));
    QCOMPARE(cities->model()->index(1, 0).data(CityListModel::SpiritWordRole).toString(),
             QStringLiteral("不争"));
    QCOMPARE(cities->currentIndex().row(), 0); // All cities
    QCOMPARE(table->model()->rowCount(), 13);
    QVERIFY(window.windowTitle().contains(QStringLiteral("城市精神")));

    // The second start reopens the same project instead of writing the demo again.
    session.close();
    ProjectSession again;
    QVERIFY(again.openAtStart({}));
    QCOMPARE(again.project()->folder(), ProjectSession::demoPath());
}

namespace {

// Writes a demo project and closes it, so that the window can open it.
QString makeDemo(const QString& path)
{
    auto project = demo::DemoProject::create(path);
    return project ? (*project)->folder() : QString();
}

} // namespace

void TestMainWindow::selectingCity_showsItsInterviews_andFilterNarrows()
{
    const QString folder = makeDemo(m_dir.filePath(QStringLiteral("Select")));
    ProjectSession session;
    MainWindow window(&session);
    window.show();
    QVERIFY(session.open(folder));
    auto* cities = window.findChild<QListView*>(QStringLiteral("cityList"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("interviewTable"));
    auto* filter = window.findChild<QLineEdit*>(QStringLiteral("interviewFilter"));
    QVERIFY(cities && table && filter);

    // Keyboard: down from "All cities" to 大同.
    cities->setFocus();
    QTest::keyClick(cities, Qt::Key_Down);
    QCOMPARE(cities->currentIndex().data().toString(), QStringLiteral("大同"));
    QTRY_COMPARE(table->model()->rowCount(), 5);
    for (int row = 0; row < 5; ++row) {
        const QString code = table->model()->index(row, InterviewTableModel::Participants).data().toString();
        QVERIFY2(code.startsWith(QStringLiteral("DT-")), qPrintable(code));
    }
    QVERIFY(table->isColumnHidden(InterviewTableModel::City));

    QTest::keyClicks(filter, QStringLiteral("DT-002"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, InterviewTableModel::Occupation).data().toString(),
             QStringLiteral("古城导游"));
    auto* count = window.statusBar()->findChildren<QLabel*>().last();
    QVERIFY2(count->text().contains(QStringLiteral("1 of 5")), qPrintable(count->text()));
    filter->clear();
    QCOMPARE(table->model()->rowCount(), 5);

    // Sorting by a column header click orders the rows.
    table->sortByColumn(InterviewTableModel::Duration, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, InterviewTableModel::Participants).data().toString(),
             QStringLiteral("DT-004, DT-005"));
}

void TestMainWindow::storeChanges_reachTheTableRowByRow()
{
    const QString folder = makeDemo(m_dir.filePath(QStringLiteral("Changes")));
    ProjectSession session;
    MainWindow window(&session);
    window.show();
    QVERIFY(session.open(folder));
    auto* table = window.findChild<QTableView*>(QStringLiteral("interviewTable"));
    auto* cities = window.findChild<QListView*>(QStringLiteral("cityList"));
    auto* source = qobject_cast<QSortFilterProxyModel*>(table->model())->sourceModel();
    QSignalSpy resets(source, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(source, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(source, &QAbstractItemModel::dataChanged);

    Project& project = *session.project();
    const RowId datong = *project.cities().findByName(QStringLiteral("大同"));
    Interview iv;
    iv.cityId = datong;
    iv.startedAt = QStringLiteral("2026-10-18T10:00");
    iv.mode = InterviewMode::Video;
    const RowId id =
        *test::write(project, [&](const WriteScope& w) { return project.interviews().add(w, iv); });
    QCOMPARE(table->model()->rowCount(), 14);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(cities->model()->index(1, 0).data(CityListModel::InterviewsRole).toInt(), 6);

    QVERIFY(test::write(project, [&](const WriteScope& w) {
        return project.interviews().set(w, id, InterviewField::State,
                                        QVariant::fromValue(InterviewStatus::Transcribed));
    }));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cities->model()->index(1, 0).data(CityListModel::TranscribedRole).toInt(), 4);
    bool found = false;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data(InterviewTableModel::InterviewIdRole).toLongLong() == id) {
            QCOMPARE(table->model()->index(row, InterviewTableModel::Status).data().toString(),
                     QStringLiteral("Transcribed"));
            found = true;
        }
    }
    QVERIFY(found);

    QVERIFY(test::write(project, [&](const WriteScope& w) { return project.interviews().remove(w, id); }));
    QCOMPARE(table->model()->rowCount(), 13);
    QCOMPARE(resets.size(), 0); // never a full reload for a single edit
}

void TestMainWindow::models_passModelTester()
{
    const QString folder = makeDemo(m_dir.filePath(QStringLiteral("Tester")));
    auto project = Project::open(folder);
    QVERIFY(project);
    CityListModel cities;
    InterviewTableModel interviews;
    QAbstractItemModelTester cityTester(&cities, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester interviewTester(&interviews,
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
    cities.setProject(project->get());
    interviews.setProject(project->get());
    QCOMPARE(cities.rowCount(), 4);
    QCOMPARE(interviews.rowCount(), 13);
    interviews.setCity(*(*project)->cities().findByName(QStringLiteral("烟台")));
    QCOMPARE(interviews.rowCount(), 4);
    City city;
    city.name = QStringLiteral("成都");
    const RowId chengdu =
        *test::write(**project, [&](const WriteScope& w) { return (*project)->cities().add(w, city); });
    QCOMPARE(cities.rowCount(), 5);
    QVERIFY(test::write(**project, [&](const WriteScope& w) {
        return (*project)->cities().set(w, chengdu, CityField::SpiritWord, QStringLiteral("安逸"));
    }));
    QCOMPARE(cities.index(4).data(CityListModel::SpiritWordRole).toString(), QStringLiteral("安逸"));
    QVERIFY(test::write(**project, [&](const WriteScope& w) {
        return (*project)->cities().remove(w, *(*project)->cities().findByName(QStringLiteral("烟台")));
    }));
    QCOMPARE(cities.rowCount(), 4);
    QCOMPARE(interviews.rowCount(), 0);
    cities.setProject(nullptr);
    interviews.setProject(nullptr);
    QCOMPARE(cities.rowCount(), 0);
}

void TestMainWindow::openingBrokenProject_showsErrorNamingFile()
{
    const QString folder = m_dir.filePath(QStringLiteral("Broken.tianye"));
    QVERIFY(QDir().mkpath(folder));
    QFile db(folder + QStringLiteral("/project.db"));
    QVERIFY(db.open(QIODevice::WriteOnly));
    db.write("not a database");
    db.close();
    ProjectSession session;
    MainWindow window(&session);
    window.show();
    auto opened = session.openAtStart({folder});
    QVERIFY(!opened);
    window.showError(QStringLiteral("Open Project"), opened.error());
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("errorMessage"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("Broken.tianye")));
    QVERIFY(box->text().contains(QStringLiteral("not an SQLite file")));
    box->accept();
    QVERIFY(!session.project());
}

void TestMainWindow::closeProject_showsWelcomeAndRemembersLayout()
{
    const QString folder = makeDemo(m_dir.filePath(QStringLiteral("Close")));
    {
        ProjectSession session;
        MainWindow window(&session);
        window.show();
        QVERIFY(session.open(folder));
        auto* table = window.findChild<QTableView*>(QStringLiteral("interviewTable"));
        table->setColumnHidden(InterviewTableModel::Category, true);
        QVERIFY(!window.findChild<QLabel*>(QStringLiteral("statusPath"))->text().isEmpty());
        session.close();
        QVERIFY(!table->isVisible());
        // Nothing of the closed project is left in the status bar.
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("statusPath"))->text().isEmpty());
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("statusCount"))->text().isEmpty());
        QVERIFY(window.findChild<QWidget*>(QStringLiteral("welcomeDemo"))->isVisible());
        window.close();
    }
    QCOMPARE(settings::lastProject.get(), folder);
    QCOMPARE(settings::recentProjects.get().value(0), folder);
    ProjectSession session;
    MainWindow window(&session);
    // The welcome screen lists it; Enter on it opens it.
    window.show();
    auto* recent = window.findChild<QListWidget*>(QStringLiteral("welcomeRecent"));
    QVERIFY(recent->isVisible());
    QCOMPARE(recent->item(0)->text(), QStringLiteral("Close"));
    QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), folder);
    Q_EMIT recent->itemActivated(recent->item(0));
    QVERIFY(session.project());
    QCOMPARE(session.project()->folder(), folder);
    session.close();
    // About names the version, the licence and the libraries.
    QTimer::singleShot(0, &window, [] {
        QWidget* box = QApplication::activeModalWidget();
        QVERIFY(box);
        const QString text = box->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"))->text();
        QVERIFY(text.contains(QCoreApplication::applicationVersion()));
        QVERIFY(text.contains(QStringLiteral("GNU General Public License")));
        QVERIFY(text.contains(QStringLiteral("SoundTouch")));
        box->close();
    });
    window.findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
    auto* table = window.findChild<QTableView*>(QStringLiteral("interviewTable"));
    QVERIFY(table->isColumnHidden(InterviewTableModel::Category));
    QVERIFY(session.openAtStart({}));
    QCOMPARE(session.project()->folder(), folder);
}

void TestMainWindow::qdpx_exportThenImport_fromTheFileMenu()
{
    const QString folder = makeDemo(m_dir.filePath(QStringLiteral("Exchange")));
    ProjectSession session;
    MainWindow window(&session);
    window.show();
    QVERIFY(session.open(folder));
    // The menu items are there, under File → Export and File → Import, enabled with a project open.
    auto* exportAction = window.findChild<QAction*>(QStringLiteral("exportQdpxAction"));
    auto* importAction = window.findChild<QAction*>(QStringLiteral("importQdpxAction"));
    auto* intoAction = window.findChild<QAction*>(QStringLiteral("importQdpxIntoAction"));
    QVERIFY(exportAction && importAction && intoAction);
    QVERIFY(exportAction->isEnabled() && intoAction->isEnabled());
    QMenu* fileMenu = window.menuBar()->actions().first()->menu();
    QStringList submenus;
    for (QAction* a : fileMenu->actions())
        if (a->menu())
            submenus << a->text();
    QVERIFY2(submenus.contains(QStringLiteral("&Import")) && submenus.contains(QStringLiteral("E&xport")),
             qPrintable(submenus.join(QLatin1Char(','))));

    auto* exchange = window.findChild<QdpxExchange*>();
    QVERIFY(exchange);
    const QString file = m_dir.filePath(QStringLiteral("exchange.qdpx"));
    QVERIFY(exchange->exportTo(file));
    QVERIFY(QFileInfo(file).size() > 0);
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("exchange.qdpx")));

    // Imported as a new project: the window opens it and shows the report.
    const QString destination = m_dir.filePath(QStringLiteral("FromQdpx"));
    // The preview lists the file's variables with the field each fills; choosing one
    // changes what the import does.
    ops::QdpxImportOptions options;
    bool checked = false;
    // Checked inside the dialog's event loop without QVERIFY (it would only leave the
    // lambda): the dialog is always closed, and what was seen is checked after.
    QString seen;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("variableFields"));
        QComboBox* combo = nullptr;
        for (int row = 0; table && row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == QLatin1String("Gender"))
                combo = qobject_cast<QComboBox*>(table->cellWidget(row, 3));
        if (dialog->objectName() == QLatin1String("qdpxPreview") && combo) {
            seen = combo->currentData().toString();             // guessed from the name
            combo->setCurrentIndex(combo->findData(QString())); // kept as it is
            checked = true;
            dialog->accept();
        } else {
            dialog->reject();
        }
    });
    QVERIFY(exchange->chooseFields(file, options));
    QVERIFY(checked);
    QCOMPARE(seen, QStringLiteral("Gender"));
    QVERIFY(options.fields.contains(QStringLiteral("Gender")));
    QCOMPARE(options.fields.value(QStringLiteral("Gender")), QString());
    QVERIFY(exchange->importAsNew(file, destination, options));
    QTRY_COMPARE(session.project()->folder(),
                 QFileInfo(destination + QStringLiteral(".tianye")).absoluteFilePath());
    QDialog* report = nullptr;
    QTRY_VERIFY((report = window.findChild<QDialog*>(QStringLiteral("qdpxReport"))) && report->isVisible());
    auto* counts = report->findChild<QTableWidget*>(QStringLiteral("reportCounts"));
    QVERIFY(counts);
    QStringList kinds;
    for (int row = 0; row < counts->rowCount(); ++row)
        kinds << counts->item(row, 0)->text();
    QVERIFY2(kinds.contains(QStringLiteral("Text sources")), qPrintable(kinds.join(QLatin1Char(','))));
    const int sources = int(kinds.indexOf(QStringLiteral("Text sources")));
    QCOMPARE(counts->item(sources, 1)->text(), counts->item(sources, 2)->text()); // all read came in
    auto* text = report->findChild<QPlainTextEdit*>(QStringLiteral("reportText"));
    QVERIFY(text);
    QVERIFY2(text->toPlainText().contains(QStringLiteral("cannot carry")) ||
                 text->toPlainText().contains(QStringLiteral("insights")),
             qPrintable(text->toPlainText()));
    auto* cities = window.findChild<QListView*>(QStringLiteral("cityList"));
    QVERIFY(cities);
    QTRY_COMPARE(cities->model()->rowCount(), 4); // All cities + the demo's three
    // The gender was kept as it is: a participant's own attribute, not the gender field.
    const auto people = session.project()->participants().list().value();
    QVERIFY(!people.empty());
    QVERIFY(
        std::all_of(people.begin(), people.end(), [](const Participant& p) { return p.gender.isEmpty(); }));
    QVERIFY(std::any_of(people.begin(), people.end(), [](const Participant& p) {
        return p.attributesJson.contains(QStringLiteral("\"Gender\""));
    }));
    report->close();
    QTRY_VERIFY(!window.findChild<QDialog*>(QStringLiteral("qdpxReport")));

    // The same file into the project it made: read aside, merged here, nothing doubled.
    const int interviews = int(session.project()->interviews().list().value().size());
    QVERIFY(exchange->importInto(file, options));
    QTRY_VERIFY((report = window.findChild<QDialog*>(QStringLiteral("qdpxReport"))) && report->isVisible());
    QCOMPARE(int(session.project()->interviews().list().value().size()), interviews);
    auto* again = report->findChild<QPlainTextEdit*>(QStringLiteral("reportText"));
    QVERIFY(again && again->toPlainText().contains(QStringLiteral("this project has already")));
    report->close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
