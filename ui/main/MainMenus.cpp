// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
// The main window's menu bar: which verb each menu item calls. The verbs themselves
// live with their views (CityList, InterviewLog, ProjectCare, …) and in app/ops.
#include "app/ProjectSession.h"
#include "app/Settings.h"
#include "app/TypingPrompt.h"
#include "cities/CityList.h"
#include "interviews/InterviewLog.h"
#include "main/MainWindow.h"
#include "main/ProjectCare.h"
#include "main/QdpxExchange.h"
#include "main/TeamWork.h"
#include "main/WelcomePage.h"
#include "media/Player.h"
#include "ops/Session.h"
#include "participants/ParticipantsView.h"
#include "store/Database.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>
#include <QUndoStack>

namespace tianye::ui {

namespace {

constexpr InterviewStatus Statuses[] = {InterviewStatus::Planned, InterviewStatus::Recorded,
                                        InterviewStatus::Transcribed, InterviewStatus::Coded,
                                        InterviewStatus::Reviewed};

} // namespace

void MainWindow::createActions()
{
    const auto projectAction = [this](QAction* action) {
        m_projectActions << action;
        return action;
    };

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(tr("&Open Project…"), this, &MainWindow::openProject);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open the &Demo Project"), this, &MainWindow::openDemo);
    file->addSeparator();
    QAction* restore =
        projectAction(file->addAction(tr("Restore from &Backup…"), m_care, &ProjectCare::restoreBackup));
    restore->setObjectName(QStringLiteral("restoreBackupAction"));
    QAction* dossier =
        projectAction(file->addAction(tr("&Export Dossier…"), this, [this] { exportDossier(); }));
    dossier->setObjectName(QStringLiteral("exportDossierAction"));
    dossier->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QMenu* importMenu = file->addMenu(tr("&Import"));
    QAction* importQdpx = importMenu->addAction(tr("REFI-QDA Project as a &New Project…"), m_qdpx,
                                                &QdpxExchange::chooseImportAsNew);
    importQdpx->setObjectName(QStringLiteral("importQdpxAction"));
    QAction* importQdpxInto = projectAction(importMenu->addAction(tr("REFI-QDA Project into &This Project…"),
                                                                  m_qdpx, &QdpxExchange::chooseImportInto));
    importQdpxInto->setObjectName(QStringLiteral("importQdpxIntoAction"));
    QMenu* exportMenu = file->addMenu(tr("E&xport"));
    QAction* exportQdpx =
        projectAction(exportMenu->addAction(tr("&REFI-QDA Project…"), m_qdpx, &QdpxExchange::chooseExport));
    exportQdpx->setObjectName(QStringLiteral("exportQdpxAction"));
    QAction* close = projectAction(file->addAction(tr("&Close Project"), this, [this] {
        if (mayLoseTyping(this, *m_session->typing(), tr("Close Project")))
            m_session->close();
    }));
    close->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QUndoStack* stack = m_session->undoStack();
    QAction* undo = edit->addAction(tr("&Undo"), this, [this] {
        if (m_session->ops() && saveTypingFirst(this, *m_session->typing(), tr("Undo")))
            m_session->ops()->undo(); // a failure is reported through undoFailed
    });
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = edit->addAction(tr("&Redo"), this, [this] {
        if (m_session->ops() && saveTypingFirst(this, *m_session->typing(), tr("Redo")))
            m_session->ops()->redo();
    });
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    const auto syncUndo = [this, stack, undo, redo] {
        undo->setEnabled(stack->canUndo());
        undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        redo->setEnabled(stack->canRedo());
        redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, syncUndo);
    connect(stack, &QUndoStack::canUndoChanged, this, syncUndo);
    connect(stack, &QUndoStack::canRedoChanged, this, syncUndo);
    syncUndo();
    edit->addSeparator();
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu* city = menuBar()->addMenu(tr("&City"));
    city->addActions(
        {m_cityList->addCityAction(), m_cityList->editCityAction(), m_cityList->removeCityAction()});

    QMenu* interview = menuBar()->addMenu(tr("&Interview"));
    QAction* newInterview =
        projectAction(interview->addAction(tr("&New Interview…"), this, &MainWindow::newInterview));
    newInterview->setObjectName(QStringLiteral("newInterviewAction"));
    newInterview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_openInterviewAction =
        projectAction(interview->addAction(tr("&Open Interview"), this, &MainWindow::openSelectedInterviews));
    m_importTranscriptAction = projectAction(
        interview->addAction(tr("&Import Transcript…"), this, &MainWindow::chooseTranscriptFile));
    m_importTranscriptAction->setObjectName(QStringLiteral("importTranscriptAction"));
    m_importTranscriptAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_statusMenu = interview->addMenu(tr("Set &Status"));
    for (InterviewStatus status : Statuses) {
        m_statusMenu->addAction(label(status), this, [this, status] { m_log->setStatusOfSelected(status); });
    }
    interview->addSeparator();
    QAction* participant = projectAction(interview->addAction(tr("Add &Participant"), this, [this] {
        m_tabs->setCurrentIndex(ParticipantsTab);
        m_participants->addParticipant();
    }));
    participant->setObjectName(QStringLiteral("addParticipantAction"));
    interview->addSeparator();
    m_removeInterviewAction =
        projectAction(interview->addAction(tr("&Remove Interview…"), m_log, &InterviewLog::removeSelected));
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_log->setRowActions(
        {m_openInterviewAction, m_statusMenu->menuAction(), separator, m_removeInterviewAction});

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addMenu(m_log->columnsMenu());
    view->addAction(tr("&Interviews"), QKeySequence(Qt::CTRL | Qt::Key_1), this,
                    [this] { m_tabs->setCurrentIndex(InterviewsTab); });
    view->addAction(tr("&Participants"), QKeySequence(Qt::CTRL | Qt::Key_2), this,
                    [this] { m_tabs->setCurrentIndex(ParticipantsTab); });
    view->addAction(tr("&Quotes"), QKeySequence(Qt::CTRL | Qt::Key_3), this,
                    [this] { m_tabs->setCurrentIndex(QuotesTab); });
    view->addAction(tr("Theme × &City"), QKeySequence(Qt::CTRL | Qt::Key_4), this,
                    [this] { m_tabs->setCurrentIndex(MatrixTab); });
    view->addAction(tr("Code&book"), QKeySequence(Qt::CTRL | Qt::Key_5), this,
                    [this] { m_tabs->setCurrentIndex(CodebookTab); });
    view->addAction(tr("In&sights"), QKeySequence(Qt::CTRL | Qt::Key_6), this,
                    [this] { m_tabs->setCurrentIndex(InsightsTab); });
    view->addAction(tr("&Words"), QKeySequence(Qt::CTRL | Qt::Key_7), this,
                    [this] { m_tabs->setCurrentIndex(WordsTab); });
    QAction* search =
        view->addAction(tr("Sea&rch the Project"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this,
                        [this] { showSearch(); });
    search->setObjectName(QStringLiteral("searchAction"));
    projectAction(search);
    // Until there is a tool bar: a search field at the right of the menu bar.
    auto* quick = new QLineEdit(menuBar());
    quick->setObjectName(QStringLiteral("quickSearch"));
    quick->setPlaceholderText(tr("Search the project…"));
    quick->setToolTip(tr("Search every transcript, quote and note (Ctrl+Shift+F)"));
    quick->setAccessibleName(tr("Search the project"));
    quick->setClearButtonEnabled(true);
    quick->setMinimumWidth(quick->fontMetrics().horizontalAdvance(quick->placeholderText()) + 48);
    connect(quick, &QLineEdit::returnPressed, this, [this, quick] {
        if (m_session->project() && !quick->text().trimmed().isEmpty())
            showSearch(quick->text());
        quick->clear();
    });
    menuBar()->setCornerWidget(quick, Qt::TopRightCorner);
    view->addAction(tr("&Find in Interview Log"), QKeySequence::Find, this, [this] {
        m_tabs->setCurrentIndex(InterviewsTab);
        m_log->focusFilter();
    });

    QMenu* team = menuBar()->addMenu(tr("Tea&m"));
    projectAction(team->addAction(tr("&Copy for a Colleague…"), m_team, &TeamWork::copyForColleague));
    projectAction(team->addAction(tr("&Sync with Another Copy…"), m_team, &TeamWork::syncWithCopy));
    projectAction(team->addAction(tr("&Write Exchange File…"), m_team, &TeamWork::writeExchangeFile));
    projectAction(
        team->addAction(tr("&Fetch Recordings from Another Copy…"), m_team, &TeamWork::fetchRecordings));
    projectAction(team->addAction(tr("Co&nflicts"), m_team, &TeamWork::showConflicts));
    projectAction(team->addAction(tr("&Merge Another Project…"), m_team, &TeamWork::mergeProject));
    team->addSeparator();
    projectAction(team->addAction(tr("&Activity"), m_team, &TeamWork::showActivity));

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    projectAction(tools->addAction(tr("&Check Project…"), m_care, &ProjectCare::check));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Tianye"), this, [this] {
        QMessageBox::about(
            this, tr("About Tianye"),
            tr("<h3>Tianye 田野 %1</h3><p>Interviews, transcripts and insights for field-research "
               "teams.</p><p>Licence: GNU General Public License, version 3 or later.</p>"
               "<p>Built with Qt %2 (Widgets, Multimedia with GStreamer, Svg), SQLite %3 through "
               "SQLiteCpp, SoundTouch %4, Hunspell, QuaZip and zlib.</p>")
                .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                     Database::sqliteVersion(), media::Player::soundTouchVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
    about->setObjectName(QStringLiteral("aboutAction"));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = settings::recentProjects.get();
    for (const QString& path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openPath(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_welcome->setRecent(recent);
}

} // namespace tianye::ui
