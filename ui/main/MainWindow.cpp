// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "main/MainWindow.h"

#include "app/ErrorBox.h"
#include "app/FileDialogs.h"
#include "app/PreferencesDialog.h"
#include "app/ProjectSession.h"
#include "app/Settings.h"
#include "app/TypingPrompt.h"
#include "app/UnsavedTyping.h"
#include "cities/CityList.h"
#include "cities/CityListModel.h"
#include "dossier/DossierDialog.h"
#include "dossier/InsightsBoard.h"
#include "interviews/InterviewLog.h"
#include "interviews/InterviewPage.h"
#include "interviews/NewInterviewDialog.h"
#include "main/AnalysisViews.h"
#include "main/MaterialIntake.h"
#include "main/ProjectCare.h"
#include "main/QdpxExchange.h"
#include "main/TeamWork.h"
#include "main/WelcomePage.h"
#include "media/Player.h"
#include "ops/Reader.h"
#include "ops/Session.h"
#include "participants/ParticipantTableModel.h"
#include "participants/ParticipantsView.h"
#include "quotes/QuoteBrowser.h"
#include "quotes/ThemeMatrixView.h"
#include "search/SearchView.h"
#include "store/Project.h"
#include "themes/CodebookView.h"
#include "transcript/TranscriptEditor.h"
#include "words/WordsView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tianye::ui {

MainWindow::MainWindow(ProjectSession* session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_intake(new MaterialIntake(session, this))
    , m_care(new ProjectCare(session, this))
    , m_team(new TeamWork(session, this))
    , m_qdpx(new QdpxExchange(session, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Tianye"));
    connect(m_intake, &MaterialIntake::failed, this, &MainWindow::showError);
    connect(m_care, &ProjectCare::failed, this, &MainWindow::showError);
    connect(m_intake, &MaterialIntake::message, this, &MainWindow::showMessage);
    connect(m_care, &ProjectCare::message, this, &MainWindow::showMessage);
    connect(m_team, &TeamWork::failed, this, &MainWindow::showError);
    connect(m_team, &TeamWork::message, this, &MainWindow::showMessage);
    connect(m_qdpx, &QdpxExchange::failed, this, &MainWindow::showError);
    connect(m_qdpx, &QdpxExchange::message, this, &MainWindow::showMessage);
    connect(m_qdpx, &QdpxExchange::projectMade, this, &MainWindow::openPath);
    connect(m_intake, &MaterialIntake::audioAttached, this, &MainWindow::audioAttached);

    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_stack);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newProject);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openProject);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::recentChosen, this, &MainWindow::openPath);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(createWorkspace());
    setCentralWidget(m_stack);
    createActions();

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("statusPath"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("statusCount"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_session, &ProjectSession::projectChanged, this, &MainWindow::onProjectChanged);
    connect(m_session, &ProjectSession::undoFailed, this, &MainWindow::showError);
    connect(m_session->typing(), &UnsavedTyping::saveFailed, this,
            [this](const Error& error) { showError(tr("Save Typing"), UnsavedTyping::kept(error)); });
    connect(m_session->typing(), &UnsavedTyping::savedAgain, this,
            [this] { statusBar()->showMessage(tr("Everything you typed is saved now."), 10'000); });
    connect(m_session, &ProjectSession::backupFailed, this,
            [this](const Error& error) { showError(tr("Automatic Backup"), error); });
    // The page check after opening found damage: the same offer as a failed open.
    connect(m_session, &ProjectSession::damaged, this, &MainWindow::reportOpenFailure);
    restoreLayout();
    onProjectChanged(m_session->project());
}

MainWindow::~MainWindow() = default;

QuoteBrowser* MainWindow::quoteBrowser() const
{
    return m_analysis->quoteBrowser();
}

ThemeMatrixView* MainWindow::themeMatrix() const
{
    return m_analysis->themeMatrix();
}

CodebookView* MainWindow::codebook() const
{
    return m_analysis->codebook();
}

InsightsBoard* MainWindow::insightsBoard() const
{
    return m_analysis->insightsBoard();
}

QWidget* MainWindow::createWorkspace()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));

    m_cityList = new CityList(m_session, m_splitter);
    connect(m_cityList, &CityList::cityChosen, this, &MainWindow::onCitySelected);
    connect(m_cityList, &CityList::failed, this, &MainWindow::showError);

    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeInterviewTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);

    m_log = new InterviewLog(m_session, m_tabs);
    connect(m_log, &InterviewLog::openRequested, this, &MainWindow::openSelectedInterviews);
    connect(m_log, &InterviewLog::selectionChanged, this, &MainWindow::updateActions);
    connect(m_log, &InterviewLog::countChanged, this, &MainWindow::updateStatus);
    connect(m_log, &InterviewLog::filesDropped, this, &MainWindow::routeFiles);
    connect(m_log, &InterviewLog::failed, this, &MainWindow::showError);

    m_participants = new ParticipantsView(m_session, m_tabs);
    connect(m_participants, &ParticipantsView::editFailed, this, &MainWindow::showError);

    m_tabs->addTab(m_log, tr("Interviews"));
    m_tabs->addTab(m_participants, tr("Participants"));
    m_analysis = new AnalysisViews(m_session, m_tabs);
    connect(m_analysis, &AnalysisViews::openQuoteRequested, this, &MainWindow::openQuote);
    connect(m_analysis, &AnalysisViews::playQuoteRequested, this, [this](RowId interviewId, RowId quoteId) {
        if (InterviewPage* page = openQuote(interviewId, quoteId))
            page->playQuote(quoteId);
    });
    connect(m_analysis, &AnalysisViews::quotesShown, this, [this] { m_tabs->setCurrentIndex(QuotesTab); });
    connect(m_analysis, &AnalysisViews::exportRequested, this, [this](RowId city) { exportDossier(city); });
    connect(m_analysis, &AnalysisViews::failed, this, &MainWindow::showError);
    m_words = new WordsView(m_session, m_tabs);
    m_tabs->addTab(m_words, tr("Words"));
    connect(m_words, &WordsView::failed, this, &MainWindow::showError);
    connect(m_words, &WordsView::concordanceRequested, this, [this](const QString& query) {
        m_tabs->setCurrentIndex(SearchTab);
        m_search->showConcordance(query);
    });
    connect(m_words, &WordsView::quotesRequested, this, [this](const QString& words, RowId city) {
        if (!m_analysis->quoteBrowser())
            return;
        m_analysis->quoteBrowser()->showMatching(words, city);
        m_tabs->setCurrentIndex(QuotesTab);
    });
    m_search = new SearchView(m_session, m_tabs);
    m_tabs->addTab(m_search, tr("Search"));
    connect(m_search, &SearchView::failed, this, &MainWindow::showError);
    connect(m_search, &SearchView::openQuoteRequested, this, &MainWindow::openQuote);
    connect(m_search, &SearchView::openInterviewRequested, this, &MainWindow::openInterview);
    connect(m_search, &SearchView::openHitRequested, this,
            [this](RowId interviewId, RowId segmentId, TextSpan at) {
                if (InterviewPage* page = openInterview(interviewId))
                    page->showWords(segmentId, at);
            });
    connect(m_search, &SearchView::openCityRequested, this, [this](RowId city) { chooseCity(city); });
    connect(m_search, &SearchView::openParticipantRequested, this, [this](RowId participant) {
        auto p = ops::Reader(*m_session->project()).participant(participant);
        if (!p)
            return;
        chooseCity(p->cityId);
        m_tabs->setCurrentIndex(ParticipantsTab);
        QAbstractItemModel* shown = m_participants->table()->model(); // sorted and filtered
        for (int r = 0; r < shown->rowCount(); ++r) {
            if (shown->index(r, 0).data(ParticipantTableModel::ParticipantIdRole).value<RowId>() ==
                participant) {
                m_participants->table()->setCurrentIndex(shown->index(r, 0));
                m_participants->table()->setFocus();
                break;
            }
        }
    });
    connect(m_search, &SearchView::openInsightRequested, this, [this](RowId insight) {
        auto found = ops::Reader(*m_session->project()).insight(insight);
        if (!found || !insightsBoard())
            return;
        chooseCity(found->cityId);
        m_tabs->setCurrentIndex(InsightsTab);
        insightsBoard()->showCity(found->cityId);
        insightsBoard()->selectInsight(insight);
    });
    connect(m_search, &SearchView::playHitRequested, this, [this](RowId interviewId, RowId segmentId) {
        if (InterviewPage* page = openInterview(interviewId)) {
            page->showWords(segmentId, {});
            page->playSegment(segmentId);
        }
    });
    // Quotes dragged over a tab (Insights) bring it forward, to drop them there.
    m_tabs->tabBar()->setChangeCurrentOnDrag(true);
    m_tabs->tabBar()->setAcceptDrops(true);
    for (int i = 0; i < FixedTabs; ++i) {
        m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
        m_tabs->tabBar()->setTabButton(i, QTabBar::LeftSide, nullptr);
    }

    m_splitter->addWidget(m_cityList);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 1000});
    return m_splitter;
}

void MainWindow::showError(const QString& title, const Error& error)
{
    showErrorBox(this, title, error);
}

void MainWindow::showMessage(const QString& text, int timeoutMs)
{
    if (text.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::reportOpenFailure(const Error& error)
{
    m_care->reportOpenFailure(error);
}

void MainWindow::offerRecovery()
{
    m_intake->offerRecovery();
}

void MainWindow::routeFiles(RowId interviewId, const QList<QUrl>& urls)
{
    m_intake->route(interviewId, urls);
}

void MainWindow::onProjectChanged(Project* project)
{
    m_shownProject = project;
    // Interview pages belong to the project that is going away.
    while (m_tabs->count() > FixedTabs)
        delete m_tabs->widget(FixedTabs);
    m_analysis->rebuild(project, currentCity());
    if (project)
        QTimer::singleShot(0, this, &MainWindow::offerRecovery);
    m_cityList->setProject(project);
    m_log->setProject(project);
    m_search->setProject(project);
    m_words->setProject(project);
    if (project)
        m_words->showCity(currentCity());
    m_stack->setCurrentIndex(project ? 1 : 0);
    if (project) {
        setWindowTitle(tr("%1 — Tianye").arg(project->name()));
        m_cityList->chooseFirst();
        m_log->fitColumns();
        m_tabs->setCurrentIndex(InterviewsTab);
    } else {
        setWindowTitle(tr("Tianye"));
    }
    rebuildRecentMenu();
    updateActions();
    updateStatus();
}

void MainWindow::onCitySelected()
{
    const RowId city = currentCity();
    m_log->setCity(city);
    m_participants->setCity(city);
    m_analysis->showCity(city);
    if (city != NoRow)
        m_words->showCity(city);
    updateActions();
    updateStatus();
}

RowId MainWindow::currentCity() const
{
    return m_cityList->currentCity();
}

void MainWindow::updateActions()
{
    if (!m_importTranscriptAction)
        return; // the workspace signals before the menus exist
    const bool open = m_session->project() != nullptr;
    for (QAction* a : std::as_const(m_projectActions))
        a->setEnabled(open);
    m_cityList->updateActions();
    const bool selection = open && m_log->hasSelection();
    m_openInterviewAction->setEnabled(selection);
    m_statusMenu->setEnabled(selection);
    m_removeInterviewAction->setEnabled(selection);
    m_importTranscriptAction->setEnabled(open && currentInterview() != NoRow);
}

void MainWindow::updateStatus()
{
    // The project being shown: while a project closes, the session still holds it
    // until every view has let go.
    Project* project = m_shownProject;
    if (!project) {
        m_pathLabel->clear();
        m_countLabel->clear();
        return;
    }
    m_pathLabel->setText(QDir::toNativeSeparators(project->folder()));
    const int shown = m_log->shown();
    const int total = m_log->total();
    m_countLabel->setText(shown == total ? tr("%n interview(s)", nullptr, total)
                                         : tr("%1 of %n interview(s)", nullptr, total).arg(shown));
}

void MainWindow::newInterview()
{
    if (!m_session->project())
        return;
    NewInterviewDialog dialog(m_session, currentCity(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_tabs->setCurrentIndex(InterviewsTab);
    m_log->select(dialog.interviewId());
}

DossierDialog* MainWindow::exportDossier(RowId cityId)
{
    if (!m_session->project() || !saveTypingFirst(this, *m_session->typing(), tr("Export Dossier")))
        return nullptr;
    if (cityId == NoRow)
        cityId = m_tabs->currentIndex() == InsightsTab && insightsBoard() ? insightsBoard()->city()
                                                                          : currentCity();
    auto* dialog = new DossierDialog(m_session, cityId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DossierDialog::finished, this, [this](bool written, const QString& path) {
        if (written)
            statusBar()->showMessage(tr("Dossier written to %1").arg(QDir::toNativeSeparators(path)), 10'000);
    });
    dialog->open();
    return dialog;
}

void MainWindow::chooseCity(RowId cityId)
{
    QAbstractItemModel* cities = m_cityList->model();
    for (int r = 0; r < cities->rowCount(); ++r) {
        const QModelIndex i = cities->index(r, 0);
        if (i.data(CityListModel::CityIdRole).toLongLong() == cityId) {
            m_cityList->setCurrentIndex(i);
            return;
        }
    }
}

void MainWindow::showSearch(const QString& query)
{
    m_tabs->setCurrentIndex(SearchTab);
    if (!query.isEmpty())
        m_search->search(query);
    m_search->focusQuery();
}

InterviewPage* MainWindow::openQuote(RowId interviewId, RowId quoteId)
{
    InterviewPage* page = openInterview(interviewId);
    if (page) {
        page->showQuote(quoteId);
        page->transcriptEditor()->setFocus();
    }
    return page;
}

InterviewPage* MainWindow::openInterview(RowId interviewId)
{
    for (int i = FixedTabs; i < m_tabs->count(); ++i) {
        auto* page = qobject_cast<InterviewPage*>(m_tabs->widget(i));
        if (page && page->interviewId() == interviewId) {
            m_tabs->setCurrentIndex(i);
            return page;
        }
    }
    auto* page = new InterviewPage(m_session, interviewId, m_tabs);
    const int at = m_tabs->addTab(page, page->title());
    m_tabs->setCurrentIndex(at);
    connect(page, &InterviewPage::titleChanged, this,
            [this, page](const QString& title) { m_tabs->setTabText(m_tabs->indexOf(page), title); });
    connect(page, &InterviewPage::gone, this, [this, page] {
        // Not inside the page's own signal: delete once it has returned. Typing into an
        // interview that is gone has nowhere to go.
        QMetaObject::invokeMethod(
            this, [guard = QPointer<InterviewPage>(page)] { delete guard.data(); }, Qt::QueuedConnection);
    });
    connect(page, &InterviewPage::filesDropped, this, &MainWindow::routeFiles);
    connect(page, &InterviewPage::statusMessage, this,
            [this](const QString& text) { showMessage(text, 8000); });
    return page;
}

void MainWindow::openSelectedInterviews()
{
    const QList<RowId> ids = m_log->selected();
    for (RowId id : ids.mid(0, 10))
        openInterview(id);
}

void MainWindow::closeInterviewTab(int index)
{
    if (index < FixedTabs || index >= m_tabs->count())
        return;
    if (auto* page = qobject_cast<InterviewPage*>(m_tabs->widget(index))) {
        // What is typed in the page is saved first (or the user chose to lose it).
        if (!mayLoseTyping(this, *m_session->typing(), tr("Close Interview"), page))
            return;
        delete page;
    }
}

RowId MainWindow::currentInterview() const
{
    if (auto* page = qobject_cast<InterviewPage*>(m_tabs->currentWidget()))
        return page->interviewId();
    const QList<RowId> ids = m_log->selected();
    return ids.size() == 1 ? ids.front() : NoRow;
}

void MainWindow::chooseTranscriptFile()
{
    const RowId id = currentInterview();
    if (id == NoRow) {
        showError(tr("Import Transcript"),
                  {Error::Code::InvalidArgument, tr("Select one interview to import a transcript into.")});
        return;
    }
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Import Transcript"), {}, openFilter(FileKind::Transcript));
    if (!file.isEmpty())
        m_intake->importTranscript(id, file);
}

// Reading runs in the background (a transcript can be tens of MB); the preview
// follows, and only its Import button writes to the project.
void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session->setBackupInterval(std::chrono::minutes(settings::backupIntervalMinutes.get()));
    m_session->applyBackupsKept();
    for (int i = FixedTabs; i < m_tabs->count(); ++i)
        if (auto* page = qobject_cast<InterviewPage*>(m_tabs->widget(i)))
            page->applyPlayerSettings();
}

void MainWindow::openDemo()
{
    if (!mayLoseTyping(this, *m_session->typing(), tr("Open the Demo Project")))
        return;
    if (auto ok = m_session->openDemo(); !ok)
        showError(tr("Open the Demo Project"), ok.error());
}

void MainWindow::newProject()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QDir::homePath(),
                                                      tr("Tianye project (*.tianye)"));
    if (path.isEmpty() || !mayLoseTyping(this, *m_session->typing(), tr("New Project")))
        return;
    if (auto ok = m_session->create(path); !ok)
        showError(tr("New Project"), ok.error());
}

void MainWindow::openProject()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open Project Folder"), QDir::homePath());
    if (!path.isEmpty())
        openPath(path);
}

void MainWindow::openPath(const QString& path)
{
    if (!mayLoseTyping(this, *m_session->typing(), tr("Open Project")))
        return;
    if (auto ok = m_session->open(path); !ok)
        reportOpenFailure(ok.error());
}

void MainWindow::restoreLayout()
{
    restoreGeometry(settings::windowGeometry.get());
    restoreState(settings::windowState.get());
    m_splitter->restoreState(settings::mainSplitter.get());
    m_log->restoreColumns(settings::interviewColumns.get());
    m_participants->restoreColumns(settings::participantColumns.get());
}

void MainWindow::saveLayout()
{
    settings::windowGeometry.set(saveGeometry());
    settings::windowState.set(saveState());
    settings::mainSplitter.set(m_splitter->saveState());
    settings::interviewColumns.set(m_log->saveColumns());
    settings::participantColumns.set(m_participants->saveColumns());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!mayLoseTyping(this, *m_session->typing(), tr("Quit"))) {
        event->ignore();
        return;
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace tianye::ui
