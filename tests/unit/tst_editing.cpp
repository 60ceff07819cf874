// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "app/ProjectSession.h"
#include "app/Settings.h"
#include "cities/CityListModel.h"
#include "demo/DemoProject.h"
#include "interviews/InterviewPage.h"
#include "interviews/InterviewTableModel.h"
#include "main/MainWindow.h"
#include "ops/Cities.h"
#include "ops/Session.h"
#include "participants/ParticipantTableModel.h"
#include "participants/ParticipantsView.h"
#include "store/Backups.h"
#include "store/CityRepository.h"
#include "store/InterviewRepository.h"
#include "store/MediaRepository.h"
#include "store/ParticipantRepository.h"
#include "store/Project.h"
#include "store/QuoteRepository.h"
#include "store/ResearcherRepository.h"
#include "store/TranscriptRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtEndian>

#include <SQLiteCpp/Database.h>

#include <functional>

using namespace tianye;
using namespace tianye::ui;
using tianye::test::type;
using tianye::test::whenModal;

// Editing in the window, driven through real widgets and mostly the keyboard: what
// a researcher does all day. The store is the judge of what was saved.
class TestEditing final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void keyboardOnly_addCityLogInterviewEditUndoRedo();
    void removeCity_asks_andUndoBringsEverythingBack();
    void bulkStatus_isOneUndoStep();
    void participantsView_editsInPlace_undoable_andModelTester();
    void typingSummary_savesWhileTyping_asOneUndoStep();
    void droppedFiles_areRouted_andBadOnesNamed();
    void droppedTranscript_isPreviewedImportedAndUndoable();
    void largeImport_showsProgress_andCancelAddsNothing();
    void unclearEncoding_isChosenInThePreview();
    void columnChooser_hidesColumns_andLayoutIsRemembered();
    void checkProject_runsInBackground_andReports();
    void preferences_languageSpellingAndSnippetsAreKept();
    void openingBacksUp_andRestoreFromBackupInTheFileMenu();
    void backupsWhileEditing_everyIntervalWithEdits_setInPreferences();

private:
    // Runs action once the next modal dialog is up (dialogs run their own loop).
    Project& project() { return *m_session->project(); }
    QAction* action(const char* name) { return m_window->findChild<QAction*>(QLatin1String(name)); }
    QTableView* table() { return m_window->findChild<QTableView*>(QStringLiteral("interviewTable")); }
    QListView* cities() { return m_window->findChild<QListView*>(QStringLiteral("cityList")); }
    void openDemoCopy(const QString& name);
    void selectCity(const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestEditing::initTestCase()
{
    test::startGuiTests(QStringLiteral("editing"));
}

void TestEditing::init()
{
    QSettings().clear();
    m_session = std::make_unique<ProjectSession>();
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->resize(1300, 800);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestEditing::cleanup()
{
    m_window.reset();
    m_session.reset();
}

void TestEditing::openDemoCopy(const QString& name)
{
    const QString path = m_dir.filePath(name);
    QVERIFY(demo::DemoProject::create(path));
    QVERIFY(m_session->open(path + QStringLiteral(".tianye")));
}

void TestEditing::selectCity(const QString& name)
{
    auto* model = cities()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == name) {
            cities()->setCurrentIndex(model->index(row, 0));
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no city ") + name));
}

void TestEditing::keyboardOnly_addCityLogInterviewEditUndoRedo()
{
    QVERIFY(m_session->create(m_dir.filePath(QStringLiteral("Keyboard"))));
    QUndoStack* undo = m_session->undoStack();

    // City → Add City (Ctrl+Shift+C): name, Tab, region, Tab, target, Enter.
    whenModal([](QWidget* dialog) {
        type(QApplication::focusWidget(), QStringLiteral("大同"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        type(QApplication::focusWidget(), QStringLiteral("山西"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        type(QApplication::focusWidget(), QStringLiteral("120"));
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const RowId datong = *project().cities().findByName(QStringLiteral("大同"));
    QVERIFY(datong != NoRow);
    QCOMPARE(project().cities().get(datong)->targetInterviews, 120);
    QCOMPARE(project().cities().get(datong)->region, QStringLiteral("山西"));
    QCOMPARE(cities()->currentIndex().data().toString(), QStringLiteral("大同"));
    QCOMPARE(undo->undoText(), QStringLiteral("Add City 大同"));

    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());

    // Interview → New Interview (Ctrl+Shift+N): the code field has focus; type the
    // code, Tab to occupation and category, Tab past date, mode and status to the
    // interviewer, Enter.
    whenModal([](QWidget* dialog) {
        auto* code = dialog->findChild<QComboBox*>(QStringLiteral("participantField"));
        QCOMPARE(code->currentText(), QStringLiteral("P-001")); // no Latin letters in 大同
        type(QApplication::focusWidget(), QStringLiteral("DT-001"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        type(QApplication::focusWidget(), QStringLiteral("刀削面馆老板"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        type(QApplication::focusWidget(), QStringLiteral("创业者"));
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("interviewerField"));
        type(QApplication::focusWidget(), QStringLiteral("林晓"));
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto interviews = project().interviews().list(datong);
    QVERIFY(interviews);
    QCOMPARE(interviews->size(), size_t(1));
    const Interview logged = interviews->front();
    const Participant person = *project().participants().get(logged.participantIds.value(0));
    QCOMPARE(person.code, QStringLiteral("DT-001"));
    QCOMPARE(person.occupation, QStringLiteral("刀削面馆老板"));
    QCOMPARE(person.category, QStringLiteral("创业者"));
    QCOMPARE(project().researchers().get(logged.interviewerIds.value(0))->name, QStringLiteral("林晓"));
    QCOMPARE(logged.startedAt.left(10), QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->index(0, InterviewTableModel::Participants).data().toString(),
             QStringLiteral("DT-001"));
    QCOMPARE(table()->model()->index(0, InterviewTableModel::Interviewers).data().toString(),
             QStringLiteral("林晓"));
    QCOMPARE(undo->undoText(), QStringLiteral("Log Interview DT-001"));

    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());

    // Enter on the selected row opens the interview page; edit the place.
    QVERIFY(table()->hasFocus());
    QTest::keyClick(table(), Qt::Key_Return);
    auto* page = m_window->findChild<InterviewPage*>();
    QVERIFY(page && page->isVisible());
    auto* place = page->findChild<QLineEdit*>(QStringLiteral("placeEdit"));
    place->setFocus();
    type(place, QStringLiteral("华严寺旁茶馆"));
    QTest::keyClick(place, Qt::Key_Tab);
    QCOMPARE(project().interviews().get(logged.id)->place, QStringLiteral("华严寺旁茶馆"));
    QCOMPARE(action("undoAction")->text(), QStringLiteral("&Undo Change Place"));

    // Edit → Undo and Redo: the store, the page and the table agree each time.
    action("undoAction")->trigger();
    QCOMPARE(project().interviews().get(logged.id)->place, QString());
    QCOMPARE(place->text(), QString());
    action("redoAction")->trigger();
    QCOMPARE(project().interviews().get(logged.id)->place, QStringLiteral("华严寺旁茶馆"));
    QCOMPARE(place->text(), QStringLiteral("华严寺旁茶馆"));

    // Undo past the place and the logging: the interview, its new participant and
    // the page go; redo brings them back.
    action("undoAction")->trigger();
    action("undoAction")->trigger();
    QCOMPARE(project().interviews().list(datong)->size(), size_t(0));
    QCOMPARE(*project().participants().findByCode(QStringLiteral("DT-001")), NoRow);
    QCOMPARE(table()->model()->rowCount(), 0);
    QTRY_VERIFY(m_window->findChild<InterviewPage*>() == nullptr);
    action("redoAction")->trigger();
    QCOMPARE(project().interviews().list(datong)->size(), size_t(1));
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->model()->index(0, InterviewTableModel::Participants).data().toString(),
             QStringLiteral("DT-001"));
}

void TestEditing::removeCity_asks_andUndoBringsEverythingBack()
{
    openDemoCopy(QStringLiteral("RemoveCity"));
    selectCity(QStringLiteral("烟台"));
    const RowId yantai = *project().cities().findByName(QStringLiteral("烟台"));
    const size_t quotesBefore = project().quotes().list()->size();

    // Cancel first: nothing changes.
    whenModal([](QWidget* box) {
        QVERIFY(qobject_cast<QMessageBox*>(box)->text().contains(QStringLiteral("4 interviews")));
        QTest::keyClick(box, Qt::Key_Escape);
    });
    m_window->findChild<QAction*>(QString(), Qt::FindChildrenRecursively); // keep the window alive
    for (QAction* a : m_window->findChildren<QAction*>()) {
        if (a->text() == QStringLiteral("&Remove City…")) {
            a->trigger();
            QCOMPARE(*project().cities().findByName(QStringLiteral("烟台")), yantai);

            whenModal([](QWidget* box) {
                auto* ask = qobject_cast<QMessageBox*>(box);
                for (QAbstractButton* b : ask->buttons()) {
                    if (ask->buttonRole(b) == QMessageBox::DestructiveRole)
                        b->click();
                }
            });
            a->trigger();
            break;
        }
    }
    QCOMPARE(*project().cities().findByName(QStringLiteral("烟台")), NoRow);
    QCOMPARE(cities()->model()->rowCount(), 3);
    QVERIFY(project().quotes().list()->size() < quotesBefore);

    action("undoAction")->trigger();
    QCOMPARE(*project().cities().findByName(QStringLiteral("烟台")), yantai);
    QCOMPARE(project().interviews().list(yantai)->size(), size_t(4));
    QCOMPARE(project().quotes().list()->size(), quotesBefore);
    QCOMPARE(cities()->model()->rowCount(), 4);
    QCOMPARE(project().db().checkSearchIndex(), QStringList());
    selectCity(QStringLiteral("烟台"));
    QCOMPARE(table()->model()->rowCount(), 4);
}

void TestEditing::bulkStatus_isOneUndoStep()
{
    openDemoCopy(QStringLiteral("Bulk"));
    selectCity(QStringLiteral("大同"));
    table()->setFocus();
    table()->selectAll();
    QAction* reviewed = nullptr;
    for (QAction* a : m_window->findChildren<QAction*>()) {
        if (a->text() == QStringLiteral("Reviewed"))
            reviewed = a;
    }
    QVERIFY(reviewed && reviewed->isEnabled());
    const RowId datong = *project().cities().findByName(QStringLiteral("大同"));
    const auto before = *project().interviews().list(datong);
    reviewed->trigger();
    const auto reviewedNow = *project().interviews().list(datong);
    for (const Interview& iv : reviewedNow)
        QCOMPARE(iv.status, InterviewStatus::Reviewed);
    for (int row = 0; row < table()->model()->rowCount(); ++row)
        QCOMPARE(table()->model()->index(row, InterviewTableModel::Status).data().toString(),
                 QStringLiteral("Reviewed"));
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Set Status of 5 Interviews to Reviewed"));
    action("undoAction")->trigger();
    const auto after = *project().interviews().list(datong);
    for (size_t i = 0; i < before.size(); ++i)
        QCOMPARE(after[i].status, before[i].status);
}

void TestEditing::participantsView_editsInPlace_undoable_andModelTester()
{
    openDemoCopy(QStringLiteral("Participants"));
    auto* view = m_window->findChild<ParticipantsView*>();
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    selectCity(QStringLiteral("大同"));
    m_window->findChild<QTabWidget*>(QStringLiteral("workspaceTabs"))->setCurrentWidget(view);
    QTableView* roster = view->table();
    QCOMPARE(roster->model()->rowCount(), 6);
    // Real names are shown here, and only here.
    QCOMPARE(roster->model()->index(0, ParticipantTableModel::RealName).data().toString(),
             QStringLiteral("王建国"));
    for (int c = 0; c < table()->model()->columnCount(); ++c)
        QVERIFY(!table()->model()->index(0, c).data().toString().contains(QStringLiteral("王建国")));

    // Type over the occupation of DT-001 (the keyboard starts the editor).
    const QModelIndex occupation = roster->model()->index(0, ParticipantTableModel::Occupation);
    roster->setFocus();
    roster->setCurrentIndex(occupation);
    QTest::keyClick(roster, Qt::Key_F2);
    QWidget* editor = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit*>(editor));
    qobject_cast<QLineEdit*>(editor)->selectAll();
    type(editor, QStringLiteral("面馆老板"));
    QTest::keyClick(editor, Qt::Key_Return);
    const RowId dt001 = *project().participants().findByCode(QStringLiteral("DT-001"));
    QTRY_COMPARE(project().participants().get(dt001)->occupation, QStringLiteral("面馆老板"));
    QCOMPARE(table()->model()->index(0, InterviewTableModel::Occupation).data().toString(),
             QStringLiteral("面馆老板"));

    // Consent through its choices.
    const QModelIndex consent = roster->model()->index(0, ParticipantTableModel::Consent);
    QVERIFY(roster->model()->setData(consent, 2)); // Withdrawn
    QCOMPARE(project().participants().get(dt001)->consent, ConsentStatus::Withdrawn);
    action("undoAction")->trigger();
    QCOMPARE(project().participants().get(dt001)->consent, ConsentStatus::Given);
    action("undoAction")->trigger();
    QCOMPARE(project().participants().get(dt001)->occupation, QStringLiteral("刀削面馆老板"));

    // Add: the next code of the city, undoable.
    const RowId added = view->addParticipant();
    QCOMPARE(project().participants().get(added)->code, QStringLiteral("DT-007"));
    QCOMPARE(roster->model()->rowCount(), 7);
    action("undoAction")->trigger();
    QCOMPARE(roster->model()->rowCount(), 6);
}

void TestEditing::typingSummary_savesWhileTyping_asOneUndoStep()
{
    openDemoCopy(QStringLiteral("Typing"));
    const RowId id = table()->model()->index(0, 0).data(InterviewTableModel::InterviewIdRole).toLongLong();
    InterviewPage* page = m_window->openInterview(id);
    auto* notes = page->findChild<QPlainTextEdit*>(QStringLiteral("fieldNotesEdit"));
    const QString before = notes->toPlainText();
    notes->setFocus();
    notes->moveCursor(QTextCursor::End);
    const int steps = m_session->undoStack()->count();
    type(notes, QStringLiteral("雨天。"));
    // Saved without leaving the field, after a pause in typing.
    QTRY_COMPARE(project().interviews().get(id)->fieldNotes, before + QStringLiteral("雨天。"));
    type(notes, QStringLiteral("Rain."));
    QTRY_COMPARE(project().interviews().get(id)->fieldNotes, before + QStringLiteral("雨天。Rain."));
    QCOMPARE(m_session->undoStack()->count(), steps + 1);
    type(notes, QStringLiteral(" More"));
    // Undo right away saves what is pending first, then undoes the whole typing.
    action("undoAction")->trigger();
    QCOMPARE(project().interviews().get(id)->fieldNotes, before);
    QCOMPARE(notes->toPlainText(), before);
}

namespace {

void writeWav(const QString& path, int seconds)
{
    const int rate = 8000;
    const QByteArray pcm(rate * 2 * seconds, '\0');
    QByteArray head("RIFF....WAVEfmt ");
    const auto u32 = [&](quint32 v) { head.append(reinterpret_cast<const char*>(&v), 4); };
    const auto u16 = [&](quint16 v) { head.append(reinterpret_cast<const char*>(&v), 2); };
    u32(16), u16(1), u16(1), u32(rate), u32(rate * 2), u16(2), u16(16);
    head.append("data");
    u32(quint32(pcm.size()));
    const quint32 riff = quint32(head.size() - 8 + pcm.size());
    std::memcpy(head.data() + 4, &riff, 4);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(head + pcm);
}

} // namespace

void TestEditing::droppedFiles_areRouted_andBadOnesNamed()
{
    openDemoCopy(QStringLiteral("Drop"));
    selectCity(QStringLiteral("烟台"));
    const QString wav = m_dir.filePath(QStringLiteral("烟台 采访 YT-002.wav"));
    writeWav(wav, 3);
    const RowId id = table()->model()->index(1, 0).data(InterviewTableModel::InterviewIdRole).toLongLong();
    QCOMPARE(project().media().list(id)->size(), size_t(0));

    // A real drop onto the row of the interview in the log.
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(wav)});
    const QPoint at = table()->visualRect(table()->model()->index(1, 1)).center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(table()->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(table()->viewport(), &drop);
    // Hashed and copied in the background, then attached.
    QTRY_COMPARE(project().media().list(id)->size(), size_t(1));
    auto media = project().media().list(id);
    QCOMPARE(media->front().originalName, QStringLiteral("烟台 采访 YT-002.wav"));
    QCOMPARE(media->front().durationMs, 3000);
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Attach 烟台 采访 YT-002.wav"));

    // The page accepts drops too; a file that is neither audio nor transcript is named.
    InterviewPage* page = m_window->openInterview(id);
    const QString odd = m_dir.filePath(QStringLiteral("notes.xyz"));
    QFile(odd).open(QIODevice::WriteOnly);
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(odd)});
    QDragEnterEvent pageEnter(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &pageEnter);
    QVERIFY(pageEnter.isAccepted());
    QDropEvent pageDrop(QPointF(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &pageDrop);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox*>(QStringLiteral("errorMessage"))) != nullptr);
    QVERIFY2(box->text().contains(QStringLiteral("notes.xyz")), qPrintable(box->text()));
    QCOMPARE(project().media().list(id)->size(), size_t(1));

    // A file that vanished before it was attached is named too, and nothing is attached.
    box->close();
    QTRY_VERIFY(m_window->findChild<QMessageBox*>(QStringLiteral("errorMessage")) == nullptr);
    m_window->routeFiles(id, {QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("gone.mp3")))});
    QTRY_VERIFY((box = m_window->findChild<QMessageBox*>(QStringLiteral("errorMessage"))) != nullptr);
    QVERIFY2(box->text().contains(QStringLiteral("gone.mp3")), qPrintable(box->text()));
    QCOMPARE(project().media().list(id)->size(), size_t(1));
}

void TestEditing::droppedTranscript_isPreviewedImportedAndUndoable()
{
    openDemoCopy(QStringLiteral("DropTranscript"));
    selectCity(QStringLiteral("烟台"));
    const RowId id = table()->model()->index(0, 0).data(InterviewTableModel::InterviewIdRole).toLongLong();
    const size_t before = project().transcripts().segments(id)->size();
    InterviewPage* page = m_window->openInterview(id);
    auto* transcript = page->findChild<QPlainTextEdit*>(QStringLiteral("transcriptArea"));

    // Cancel in the preview: nothing is written.
    const QString srt = QStringLiteral(TIANYE_TEST_DATA "/transcript-import/srt/input.srt");
    bool previewed = false;
    whenModal(
        [&previewed](QWidget* dialog) {
            QTest::keyClick(dialog, Qt::Key_Escape);
            previewed = true;
        },
        QStringLiteral("importTranscriptDialog"));
    m_window->routeFiles(id, {QUrl::fromLocalFile(srt)}); // reads in the background
    QTRY_VERIFY(previewed);
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
    QCOMPARE(project().transcripts().segments(id)->size(), before);

    // Import: the preview shows what was read and what was skipped.
    whenModal(
        [](QWidget* dialog) {
            auto* summary = dialog->findChild<QLabel*>(QStringLiteral("importSummary"));
            QVERIFY(summary->text().contains(QStringLiteral("3 segments")));
            QVERIFY(summary->text().contains(QStringLiteral("说话人1, 说话人2")));
            QVERIFY(dialog->findChild<QListWidget*>(QStringLiteral("importSkipped")));
            QTest::keyClick(dialog, Qt::Key_Return);
        },
        QStringLiteral("importTranscriptDialog"));
    m_window->routeFiles(id, {QUrl::fromLocalFile(srt)});
    QTRY_COMPARE(project().transcripts().segments(id)->size(), before + 3);
    QTRY_VERIFY(transcript->toPlainText().contains(QStringLiteral("没想过开分店吗？")));
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Import Transcript input.srt"));
    bool backedUp = false;
    for (const BackupInfo& b : Backups::list(project().backupDir()))
        backedUp |= b.reason == QLatin1String("before-import");
    QVERIFY(backedUp);

    action("undoAction")->trigger();
    QCOMPARE(project().transcripts().segments(id)->size(), before);
    QTRY_VERIFY(!transcript->toPlainText().contains(QStringLiteral("没想过开分店吗？")));

    // A file that cannot be read says so, naming it.
    const QString bad = m_dir.filePath(QStringLiteral("broken.vtt"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("00:00:01.000 --> 00:00:02.000\nno header\n");
    file.close();
    m_window->routeFiles(id, {QUrl::fromLocalFile(bad)});
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox*>(QStringLiteral("errorMessage"))) != nullptr);
    QVERIFY2(box->text().contains(QStringLiteral("broken.vtt")), qPrintable(box->text()));
    QCOMPARE(project().transcripts().segments(id)->size(), before);
}

void TestEditing::largeImport_showsProgress_andCancelAddsNothing()
{
    openDemoCopy(QStringLiteral("LargeImport"));
    const RowId id = table()->model()->index(0, 0).data(InterviewTableModel::InterviewIdRole).toLongLong();
    const size_t before = project().transcripts().segments(id)->size();
    const int steps = m_session->undoStack()->count();
    QString srt;
    for (int i = 0; i < 60000; ++i)
        srt += QStringLiteral("%1\n00:00:01,000 --> 00:00:02,000\n说话人%2：海风吹了一辈子。\n\n")
                   .arg(i + 1)
                   .arg(i % 2 + 1);
    const QString file = m_dir.filePath(QStringLiteral("long.srt"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(srt.toUtf8());
    out.close();

    bool previewed = false;
    bool cancelled = false;
    whenModal(
        [&](QWidget* dialog) {
            previewed = true;
            // The progress shows once the preview is accepted; cancel it then.
            whenModal(
                [&](QWidget* progress) {
                    QVERIFY(qobject_cast<QProgressDialog*>(progress)->value() < 60000);
                    qobject_cast<QProgressDialog*>(progress)->cancel();
                    cancelled = true;
                },
                QStringLiteral("importProgress"));
            QTest::keyClick(dialog, Qt::Key_Return);
        },
        QStringLiteral("importTranscriptDialog"), 20000); // 2.6 MB read in a worker first
    m_window->routeFiles(id, {QUrl::fromLocalFile(file)});
    QTRY_VERIFY_WITH_TIMEOUT(previewed, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(cancelled, 20000);
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
    QCOMPARE(project().transcripts().segments(id)->size(), before);
    QCOMPARE(m_session->undoStack()->count(), steps);
}

void TestEditing::unclearEncoding_isChosenInThePreview()
{
    openDemoCopy(QStringLiteral("Encoding"));
    const RowId id = table()->model()->index(0, 0).data(InterviewTableModel::InterviewIdRole).toLongLong();
    const size_t before = project().transcripts().segments(id)->size();
    // A few accented Latin bytes: not UTF-8, and as likely Western as Central European.
    const QString file = m_dir.filePath(QStringLiteral("notes-fr.txt"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("A: caf\xe9 \xe0 l'\xee\n");
    out.close();

    bool chosen = false;
    whenModal(
        [&](QWidget* dialog) {
            auto* summary = dialog->findChild<QLabel*>(QStringLiteral("importSummary"));
            auto* import = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            auto* encoding = dialog->findChild<QComboBox*>(QStringLiteral("importEncoding"));
            QVERIFY2(summary->text().contains(QStringLiteral("notes-fr.txt")), qPrintable(summary->text()));
            QVERIFY2(summary->text().contains(QStringLiteral("not clear")), qPrintable(summary->text()));
            QVERIFY2(summary->text().contains(QStringLiteral("perhaps windows-1252")),
                     qPrintable(summary->text()));
            QVERIFY(!import->isEnabled());
            QVERIFY(encoding->hasFocus());
            // Return does nothing while nothing can be imported.
            QTest::keyClick(dialog, Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            encoding->setCurrentIndex(encoding->findData(QStringLiteral("windows-1252")));
            QTRY_VERIFY(import->isEnabled());
            auto* preview = dialog->findChild<QTreeWidget*>(QStringLiteral("importPreview"));
            QCOMPARE(preview->topLevelItem(0)->text(0), QStringLiteral("A"));
            QCOMPARE(preview->topLevelItem(0)->text(3), QStringLiteral("café à l'î"));
            QVERIFY2(summary->text().contains(QStringLiteral("windows-1252")), qPrintable(summary->text()));
            // Back to "found": refused again, Import off again.
            encoding->setCurrentIndex(0);
            QTRY_VERIFY(summary->text().contains(QStringLiteral("not clear")));
            QVERIFY(!import->isEnabled());
            encoding->setCurrentIndex(encoding->findData(QStringLiteral("windows-1252")));
            QTRY_VERIFY(import->isEnabled());
            chosen = true;
            import->click();
        },
        QStringLiteral("importTranscriptDialog"));
    m_window->routeFiles(id, {QUrl::fromLocalFile(file)});
    QTRY_VERIFY(chosen);
    QTRY_COMPARE(project().transcripts().segments(id)->size(), before + 1);
    QCOMPARE(project().transcripts().segments(id)->back().text, QStringLiteral("café à l'î"));
}

void TestEditing::columnChooser_hidesColumns_andLayoutIsRemembered()
{
    openDemoCopy(QStringLiteral("Columns"));
    QAction* category = nullptr;
    for (QAction* a : m_window->findChildren<QAction*>()) {
        if (a->isCheckable() && a->text() == QStringLiteral("Category"))
            category = a;
    }
    QVERIFY(category);
    category->setChecked(true);
    category->setChecked(false);
    QVERIFY(table()->isColumnHidden(InterviewTableModel::Category));
    m_window->close();
    cleanup();
    m_session = std::make_unique<ProjectSession>();
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->show();
    openDemoCopy(QStringLiteral("Columns2"));
    QVERIFY(table()->isColumnHidden(InterviewTableModel::Category));
    QVERIFY(!table()->isColumnHidden(InterviewTableModel::Occupation));
}

void TestEditing::checkProject_runsInBackground_andReports()
{
    openDemoCopy(QStringLiteral("Check"));
    for (QAction* a : m_window->findChildren<QAction*>()) {
        if (a->text() == QStringLiteral("&Check Project…"))
            a->trigger();
    }
    QMessageBox* result = nullptr;
    QTRY_VERIFY((result = m_window->findChild<QMessageBox*>(QStringLiteral("checkResult"))) != nullptr);
    QVERIFY2(result->text().contains(QStringLiteral("No problems")), qPrintable(result->text()));
}

void TestEditing::preferences_languageSpellingAndSnippetsAreKept()
{
    whenModal(
        [](QWidget* dialog) {
            auto* language = dialog->findChild<QComboBox*>(QStringLiteral("languageSetting"));
            language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
            auto* spelling = dialog->findChild<QComboBox*>(QStringLiteral("spellingSetting"));
            spelling->setCurrentIndex(0); // no spell checking
            auto* snippets = dialog->findChild<QPlainTextEdit*>(QStringLiteral("snippetsSetting"));
            snippets->setPlainText(QStringLiteral("dt=大同\nnot a snippet\nqq=齐齐哈尔"));
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        },
        QStringLiteral("preferencesDialog"));
    for (QAction* a : m_window->findChildren<QAction*>()) {
        if (a->text() == QStringLiteral("&Preferences…"))
            a->trigger();
    }
    QCOMPARE(settings::language.get(), QStringLiteral("zh_CN"));
    QCOMPARE(settings::spellLanguage.get(), QString());
    QCOMPARE(settings::snippets.get(),
             (QStringList{QStringLiteral("dt=大同"), QStringLiteral("qq=齐齐哈尔")}));
}

void TestEditing::openingBacksUp_andRestoreFromBackupInTheFileMenu()
{
    openDemoCopy(QStringLiteral("Restore"));
    const QString backups = project().backupDir();
    // Opening makes a backup, in the background.
    QTRY_COMPARE(Backups::list(backups).size(), size_t(1));
    QCOMPARE(Backups::list(backups).front().reason, QStringLiteral("open"));

    City city;
    city.name = QStringLiteral("青岛");
    QVERIFY(ops::addCity(*m_session->ops(), city));
    QCOMPARE(cities()->model()->rowCount(), 5);

    whenModal(
        [](QWidget* dialog) {
            auto* list = dialog->findChild<QListWidget*>(QStringLiteral("backupList"));
            QCOMPARE(list->count(), 1);
            QVERIFY(list->item(0)->text().contains(QStringLiteral("when the project was opened")));
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        },
        QStringLiteral("restoreBackupDialog"));
    action("restoreBackupAction")->trigger();
    QVERIFY(m_session->project());
    QCOMPARE(*project().cities().findByName(QStringLiteral("青岛")), NoRow);
    QCOMPARE(cities()->model()->rowCount(), 4);
    bool kept = false;
    for (const BackupInfo& b : Backups::list(backups))
        kept |= b.reason == QLatin1String("before-restore");
    QVERIFY(kept);
}

void TestEditing::backupsWhileEditing_everyIntervalWithEdits_setInPreferences()
{
    openDemoCopy(QStringLiteral("Timer"));
    const QString backups = project().backupDir();
    QTRY_COMPARE(Backups::list(backups).size(), size_t(1)); // on open
    // Half an hour unless changed; changed in Preferences, it applies at once.
    QCOMPARE(m_session->backupInterval(), std::chrono::minutes(30));
    whenModal(
        [](QWidget* dialog) {
            dialog->findChild<QSpinBox*>(QStringLiteral("backupMinutes"))->setValue(10);
            dialog->findChild<QSpinBox*>(QStringLiteral("backupsKept"))->setValue(3);
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        },
        QStringLiteral("preferencesDialog"));
    for (QAction* a : m_window->findChildren<QAction*>()) {
        if (a->text() == QStringLiteral("&Preferences…"))
            a->trigger();
    }
    QCOMPARE(settings::backupIntervalMinutes.get(), 10);
    QCOMPARE(settings::backupsKept.get(), 3);
    QCOMPARE(m_session->backupInterval(), std::chrono::minutes(10));

    // The same timer, run fast: intervals without edits make no backup…
    QSignalSpy intervals(m_session.get(), &ProjectSession::backupIntervalPassed);
    m_session->setBackupInterval(std::chrono::milliseconds(150));
    QTRY_VERIFY(intervals.size() >= 2);
    QCOMPARE(Backups::list(backups).size(), size_t(1));
    // …an interval with an edit makes one, which holds the edit.
    City city;
    city.name = QStringLiteral("青岛");
    QVERIFY(ops::addCity(*m_session->ops(), city));
    QTRY_COMPARE(Backups::list(backups).size(), size_t(2));
    const BackupInfo made = Backups::list(backups).front();
    QCOMPARE(made.reason, QStringLiteral("auto"));
    {
        SQLite::Database copy(made.path.toStdString(), SQLite::OPEN_READONLY);
        QCOMPARE(copy.execAndGet("SELECT count(*) FROM cities WHERE name = '青岛'").getInt(), 1);
    }
    // …and none again while nothing is edited.
    const auto passed = intervals.size();
    QTRY_VERIFY(intervals.size() >= passed + 2);
    QCOMPARE(Backups::list(backups).size(), size_t(2));
    // Rotation keeps the latest 3 set in Preferences (and the newest of each day, here
    // one of those 3).
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_session->ops()->backupNow(QStringLiteral("before-import")));
    QCOMPARE(Backups::list(backups).size(), size_t(3));
}

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
