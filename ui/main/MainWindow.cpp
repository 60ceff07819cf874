// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "main/MainWindow.h"

#include "app/ErrorBox.h"
#include "app/FileDialogs.h"
#include "app/PreferencesDialog.h"
#include "app/ProjectSession.h"
#include "app/RestoreBackupDialog.h"
#include "app/Settings.h"
#include "app/UnsavedTyping.h"
#include "cities/CityDialog.h"
#include "cities/CityItemDelegate.h"
#include "cities/CityListModel.h"
#include "core/TimeCode.h"
#include "dossier/DossierDialog.h"
#include "dossier/InsightsBoard.h"
#include "formats/TranscriptImport.h"
#include "interviews/InterviewFilterModel.h"
#include "interviews/InterviewPage.h"
#include "interviews/InterviewTableModel.h"
#include "interviews/NewInterviewDialog.h"
#include "media/MediaLibrary.h"
#include "media/Player.h"
#include "media/Recording.h"
#include "ops/Cities.h"
#include "ops/Interviews.h"
#include "ops/Media.h"
#include "ops/Session.h"
#include "ops/Transcripts.h"
#include "participants/ParticipantsView.h"
#include "quotes/QuoteBrowser.h"
#include "quotes/ThemeMatrixView.h"
#include "store/Backups.h"
#include "store/CityRepository.h"
#include "store/IntegrityReport.h"
#include "store/InterviewRepository.h"
#include "store/Project.h"
#include "store/TranscriptRepository.h"
#include "themes/CodebookView.h"
#include "transcript/ImportTranscriptDialog.h"
#include "transcript/TranscriptEditor.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace tianye::ui {

namespace {

constexpr int InterviewsTab = 0;
constexpr int ParticipantsTab = 1;
constexpr int QuotesTab = 2;
constexpr int MatrixTab = 3;
constexpr int CodebookTab = 4;
constexpr int InsightsTab = 5;
constexpr int FixedTabs = 6;

constexpr InterviewStatus Statuses[] = {InterviewStatus::Planned, InterviewStatus::Recorded,
                                        InterviewStatus::Transcribed, InterviewStatus::Coded,
                                        InterviewStatus::Reviewed};

} // namespace

MainWindow::MainWindow(ProjectSession* session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_cities(new CityListModel(this))
    , m_interviews(new InterviewTableModel(this))
    , m_interviewProxy(new InterviewFilterModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Tianye"));
    m_interviewProxy->setSourceModel(m_interviews);
    m_interviewProxy->setSortRole(InterviewTableModel::SortRole);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createWelcome());
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
    restoreLayout();
    onProjectChanged(m_session->project());
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::createWelcome()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(2);
    auto* title = new QLabel(
        tr("<h2>Tianye 田野</h2><p>Interviews, transcripts and insights for field research.</p>"), page);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    const auto addButton = [&](const QString& text, const char* name, auto slot) {
        auto* button = new QPushButton(text, page);
        button->setObjectName(QLatin1String(name));
        button->setMinimumWidth(260);
        connect(button, &QPushButton::clicked, this, slot);
        layout->addWidget(button, 0, Qt::AlignHCenter);
    };
    addButton(tr("New Project…"), "welcomeNew", &MainWindow::newProject);
    addButton(tr("Open Project…"), "welcomeOpen", &MainWindow::openProject);
    addButton(tr("Open the Demo Project"), "welcomeDemo", &MainWindow::openDemo);
    // Recent projects: Enter or a double-click opens one.
    m_welcomeRecentTitle = new QLabel(tr("Recent projects"), page);
    m_welcomeRecentTitle->setAlignment(Qt::AlignCenter);
    m_welcomeRecent = new QListWidget(page);
    m_welcomeRecent->setObjectName(QStringLiteral("welcomeRecent"));
    m_welcomeRecent->setAccessibleName(tr("Recent projects"));
    m_welcomeRecent->setMinimumWidth(420);
    m_welcomeRecent->setMaximumHeight(fontMetrics().height() * 9);
    connect(m_welcomeRecent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { openPath(item->data(Qt::UserRole).toString()); });
    layout->addSpacing(12);
    layout->addWidget(m_welcomeRecentTitle, 0, Qt::AlignHCenter);
    layout->addWidget(m_welcomeRecent, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return page;
}

QWidget* MainWindow::createWorkspace()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));

    m_cityView = new QListView(m_splitter);
    m_cityView->setObjectName(QStringLiteral("cityList"));
    m_cityView->setAccessibleName(tr("Cities"));
    m_cityView->setModel(m_cities);
    m_cityView->setItemDelegate(new CityItemDelegate(m_cityView));
    m_cityView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cityView->setUniformItemSizes(true);
    m_cityView->setMinimumWidth(200);
    m_cityView->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_cityView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCitySelected);
    connect(m_cityView, &QListView::activated, this, [this] {
        if (currentCity() != NoRow)
            editCity();
    });

    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeInterviewTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);

    auto* log = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(log);
    layout->setContentsMargins(0, 4, 0, 0);
    m_filter = new QLineEdit(log);
    m_filter->setObjectName(QStringLiteral("interviewFilter"));
    m_filter->setPlaceholderText(tr("Filter interviews (participant, occupation, interviewer, status…)"));
    m_filter->setAccessibleName(tr("Filter interviews"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_interviewProxy->setFilterWords(text);
        updateStatus();
    });
    layout->addWidget(m_filter);

    m_interviewView = new QTableView(log);
    m_interviewView->setObjectName(QStringLiteral("interviewTable"));
    m_interviewView->setAccessibleName(tr("Interview log"));
    m_interviewView->setModel(m_interviewProxy);
    m_interviewView->setSortingEnabled(true);
    m_interviewView->sortByColumn(InterviewTableModel::Date, Qt::AscendingOrder);
    m_interviewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_interviewView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_interviewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_interviewView->setAlternatingRowColors(true);
    m_interviewView->setWordWrap(false);
    m_interviewView->verticalHeader()->hide();
    m_interviewView->horizontalHeader()->setStretchLastSection(true);
    m_interviewView->horizontalHeader()->setSectionsMovable(true);
    m_interviewView->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_interviewView->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &MainWindow::showColumnMenu);
    m_interviewView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_interviewView, &QTableView::customContextMenuRequested, this, &MainWindow::showInterviewMenu);
    connect(m_interviewView, &QTableView::activated, this, &MainWindow::openSelectedInterviews);
    connect(m_interviewView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    m_interviewView->viewport()->setAcceptDrops(true);
    m_interviewView->viewport()->installEventFilter(this);
    layout->addWidget(m_interviewView);

    m_participants = new ParticipantsView(m_session, m_tabs);
    connect(m_participants, &ParticipantsView::editFailed, this, &MainWindow::showError);

    m_tabs->addTab(log, tr("Interviews"));
    m_tabs->addTab(m_participants, tr("Participants"));
    // The analysis views follow one project each: rebuilt when a project opens.
    for (QWidget** tab : {&m_quotesTab, &m_matrixTab, &m_codebookTab, &m_insightsTab}) {
        *tab = new QWidget(m_tabs);
        auto* holder = new QVBoxLayout(*tab);
        holder->setContentsMargins(0, 0, 0, 0);
    }
    m_tabs->addTab(m_quotesTab, tr("Quotes"));
    m_tabs->addTab(m_matrixTab, tr("Theme × City"));
    m_tabs->addTab(m_codebookTab, tr("Codebook"));
    m_tabs->addTab(m_insightsTab, tr("Insights"));
    // Quotes dragged over a tab (Insights) bring it forward, to drop them there.
    m_tabs->tabBar()->setChangeCurrentOnDrag(true);
    m_tabs->tabBar()->setAcceptDrops(true);
    for (int i = 0; i < FixedTabs; ++i) {
        m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
        m_tabs->tabBar()->setTabButton(i, QTabBar::LeftSide, nullptr);
    }

    m_splitter->addWidget(m_cityView);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 1000});
    return m_splitter;
}

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
        projectAction(file->addAction(tr("Restore from &Backup…"), this, &MainWindow::restoreBackup));
    restore->setObjectName(QStringLiteral("restoreBackupAction"));
    QAction* dossier =
        projectAction(file->addAction(tr("&Export Dossier…"), this, [this] { exportDossier(); }));
    dossier->setObjectName(QStringLiteral("exportDossierAction"));
    dossier->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction* close = projectAction(file->addAction(tr("&Close Project"), this, [this] {
        if (mayLoseTyping(tr("Close Project")))
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
        if (m_session->ops() && saveTyping(tr("Undo")))
            m_session->ops()->undo(); // a failure is reported through undoFailed
    });
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = edit->addAction(tr("&Redo"), this, [this] {
        if (m_session->ops() && saveTyping(tr("Redo")))
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
    QAction* addCity = projectAction(city->addAction(tr("&Add City…"), this, &MainWindow::addCity));
    addCity->setObjectName(QStringLiteral("addCityAction"));
    addCity->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_editCityAction = projectAction(city->addAction(tr("City &Properties…"), this, &MainWindow::editCity));
    m_editCityAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editCityAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cityView->addAction(m_editCityAction);
    m_removeCityAction = projectAction(city->addAction(tr("&Remove City…"), this, &MainWindow::removeCity));
    m_cityView->insertAction(m_editCityAction, addCity);
    m_cityView->addAction(m_removeCityAction);

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
        m_statusMenu->addAction(label(status), this, [this, status] { setStatusOfSelected(status); });
    }
    interview->addSeparator();
    QAction* participant = projectAction(interview->addAction(tr("Add &Participant"), this, [this] {
        m_tabs->setCurrentIndex(ParticipantsTab);
        m_participants->addParticipant();
    }));
    participant->setObjectName(QStringLiteral("addParticipantAction"));
    interview->addSeparator();
    m_removeInterviewAction = projectAction(
        interview->addAction(tr("&Remove Interview…"), this, &MainWindow::removeSelectedInterviews));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_columnsMenu = view->addMenu(tr("Interview Log &Columns"));
    for (int column = 0; column < InterviewTableModel::City; ++column) {
        QAction* toggle =
            m_columnsMenu->addAction(m_interviews->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setData(column);
        connect(toggle, &QAction::toggled, this,
                [this, column](bool on) { m_interviewView->setColumnHidden(column, !on); });
    }
    connect(m_columnsMenu, &QMenu::aboutToShow, this, [this] {
        for (QAction* a : m_columnsMenu->actions()) {
            const QSignalBlocker block(a);
            a->setChecked(!m_interviewView->isColumnHidden(a->data().toInt()));
        }
    });
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
    view->addAction(tr("&Find in Interview Log"), QKeySequence::Find, this, [this] {
        m_tabs->setCurrentIndex(InterviewsTab);
        m_filter->setFocus();
        m_filter->selectAll();
    });

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    projectAction(tools->addAction(tr("&Check Project…"), this, &MainWindow::checkProject));

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
    m_welcomeRecent->clear();
    for (const QString& path : recent) {
        auto* item = new QListWidgetItem(QFileInfo(path).completeBaseName(), m_welcomeRecent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_welcomeRecent->setCurrentRow(0);
    m_welcomeRecent->setVisible(!recent.isEmpty());
    m_welcomeRecentTitle->setVisible(!recent.isEmpty());
}

void MainWindow::showError(const QString& title, const Error& error)
{
    showErrorBox(this, title, error);
}

void MainWindow::onProjectChanged(Project* project)
{
    m_shownProject = project;
    // Interview pages belong to the project that is going away.
    while (m_tabs->count() > FixedTabs)
        delete m_tabs->widget(FixedTabs);
    rebuildAnalysisViews(project);
    if (project)
        QTimer::singleShot(0, this, &MainWindow::offerRecovery);
    m_cities->setProject(project);
    m_interviews->setProject(project);
    m_stack->setCurrentIndex(project ? 1 : 0);
    if (project) {
        setWindowTitle(tr("%1 — Tianye").arg(project->name()));
        m_cityView->setCurrentIndex(m_cities->index(0));
        m_interviewView->resizeColumnsToContents();
        m_tabs->setCurrentIndex(InterviewsTab);
    } else {
        setWindowTitle(tr("Tianye"));
        m_filter->clear();
    }
    rebuildRecentMenu();
    updateActions();
    updateStatus();
}

void MainWindow::onCitySelected()
{
    const RowId city = currentCity();
    m_interviews->setCity(city);
    m_participants->setCity(city);
    if (m_insightsBoard && city != NoRow)
        m_insightsBoard->showCity(city);
    m_interviewView->setColumnHidden(InterviewTableModel::City, city != NoRow);
    updateActions();
    updateStatus();
}

RowId MainWindow::currentCity() const
{
    const QModelIndex current = m_cityView->currentIndex();
    return current.isValid() ? current.data(CityListModel::CityIdRole).toLongLong() : NoRow;
}

QList<RowId> MainWindow::selectedInterviews() const
{
    QList<RowId> ids;
    for (const QModelIndex& index : m_interviewView->selectionModel()->selectedRows())
        ids << index.data(InterviewTableModel::InterviewIdRole).toLongLong();
    return ids;
}

void MainWindow::updateActions()
{
    if (!m_importTranscriptAction)
        return; // the workspace signals before the menus exist
    const bool open = m_session->project() != nullptr;
    for (QAction* a : std::as_const(m_projectActions))
        a->setEnabled(open);
    const bool city = open && currentCity() != NoRow;
    m_editCityAction->setEnabled(city);
    m_removeCityAction->setEnabled(city);
    const bool selection = open && m_interviewView->selectionModel()->hasSelection();
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
    const int shown = m_interviewProxy->rowCount();
    const int total = m_interviews->rowCount();
    m_countLabel->setText(shown == total ? tr("%n interview(s)", nullptr, total)
                                         : tr("%1 of %n interview(s)", nullptr, total).arg(shown));
}

void MainWindow::addCity()
{
    CityDialog dialog(City(), true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto added = ops::addCity(*m_session->ops(), dialog.city());
    if (!added) {
        showError(tr("Add City"), added.error());
        return;
    }
    m_cityView->setCurrentIndex(m_cities->index(m_cities->rowOf(*added)));
}

void MainWindow::editCity()
{
    Project* project = m_session->project();
    const RowId id = currentCity();
    auto city = project ? project->cities().get(id) : Result<City>();
    if (!project || id == NoRow || !city)
        return;
    CityDialog dialog(*city, false, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto ok = ops::editCity(*m_session->ops(), id, dialog.city()); !ok)
        showError(tr("City Properties"), ok.error());
}

void MainWindow::removeCity()
{
    Project* project = m_session->project();
    const RowId id = currentCity();
    if (!project || id == NoRow)
        return;
    const QModelIndex current = m_cityView->currentIndex();
    const QString name = current.data().toString();
    const int interviews = current.data(CityListModel::InterviewsRole).toInt();
    QMessageBox ask(QMessageBox::Question, tr("Remove City"),
                    tr("Remove %1 with its %n interview(s), their transcripts, quotes and participants?",
                       nullptr, interviews)
                        .arg(name),
                    QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("removeCityQuestion"));
    ask.setInformativeText(tr("You can bring it back with Edit → Undo."));
    QPushButton* remove = ask.addButton(tr("Remove City"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != remove)
        return;
    const int row = current.row();
    if (auto ok = ops::removeCity(*m_session->ops(), id); !ok) {
        showError(tr("Remove City"), ok.error());
        return;
    }
    m_cityView->setCurrentIndex(m_cities->index(std::min(row, m_cities->rowCount() - 1)));
}

void MainWindow::newInterview()
{
    if (!m_session->project())
        return;
    NewInterviewDialog dialog(m_session, currentCity(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RowId id = dialog.interviewId();
    m_tabs->setCurrentIndex(InterviewsTab);
    m_filter->clear();
    for (int row = 0; row < m_interviews->rowCount(); ++row) {
        if (m_interviews->interviewAt(row) == id) {
            const QModelIndex at = m_interviewProxy->mapFromSource(m_interviews->index(row, 0));
            m_interviewView->setCurrentIndex(at);
            m_interviewView->scrollTo(at);
            break;
        }
    }
    m_interviewView->setFocus();
}

void MainWindow::rebuildAnalysisViews(Project* project)
{
    delete m_quoteBrowser;
    delete m_matrix;
    delete m_codebook;
    delete m_insightsBoard;
    m_quoteBrowser = nullptr;
    m_matrix = nullptr;
    m_codebook = nullptr;
    m_insightsBoard = nullptr;
    if (!project)
        return;
    m_quoteBrowser = new QuoteBrowser(m_session, m_quotesTab);
    m_quotesTab->layout()->addWidget(m_quoteBrowser);
    connect(m_quoteBrowser, &QuoteBrowser::openQuoteRequested, this, &MainWindow::openQuote);
    connect(m_quoteBrowser, &QuoteBrowser::playQuoteRequested, this,
            [this](RowId interviewId, RowId quoteId) {
                if (InterviewPage* page = openQuote(interviewId, quoteId))
                    page->playQuote(quoteId);
            });
    m_matrix = new ThemeMatrixView(m_session, m_matrixTab);
    m_matrixTab->layout()->addWidget(m_matrix);
    connect(m_matrix, &ThemeMatrixView::cellActivated, this, [this](RowId theme, RowId city) {
        m_quoteBrowser->showThemeInCity(theme, city);
        m_tabs->setCurrentIndex(QuotesTab);
    });
    m_codebook = new CodebookView(m_session, m_codebookTab);
    m_codebookTab->layout()->addWidget(m_codebook);
    m_insightsBoard = new InsightsBoard(m_session, m_insightsTab);
    m_insightsTab->layout()->addWidget(m_insightsBoard);
    if (currentCity() != NoRow)
        m_insightsBoard->showCity(currentCity());
    connect(m_insightsBoard, &InsightsBoard::exportRequested, this,
            [this](RowId city) { exportDossier(city); });
    connect(m_insightsBoard, &InsightsBoard::openQuoteRequested, this, &MainWindow::openQuote);
    connect(m_insightsBoard, &InsightsBoard::editFailed, this, &MainWindow::showError);
}

void MainWindow::offerRecovery()
{
    Project* project = m_session->project();
    if (!project)
        return;
    const auto found = media::Recording::unfinished(media::Recording::folderOf(*project));
    if (found.empty())
        return;
    qint64 total = 0;
    for (const auto& r : found)
        total += r.durationMs;
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Unfinished Recording"),
        tr("This project has %n unfinished recording(s), %1 of audio: Tianye or the computer stopped while "
           "recording. Recover into the interview?",
           nullptr, int(found.size()))
            .arg(formatTimeCode(total)),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("recoverRecordings"));
    box->setInformativeText(tr("Not now keeps the audio on disk; you are asked again next time."));
    QPushButton* recover = box->addButton(tr("Recover"), QMessageBox::AcceptRole);
    box->addButton(tr("Not Now"), QMessageBox::RejectRole);
    box->setDefaultButton(recover);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(recover, &QPushButton::clicked, this, [this, found] {
        const auto codec =
            media::recordingCodecFromKey(settings::recordingKeep.get()).value_or(media::RecordingCodec::Opus);
        const QString mediaDir = m_session->project()->mediaDir();
        for (const media::UnfinishedRecording& r : found) {
            // Encoding and copying into media/ in a worker; attaching here, through the verb.
            using Kept = media::Recording::Ready;
            auto* watcher = new QFutureWatcher<Result<Kept>>(this);
            connect(watcher, &QFutureWatcher<Result<Kept>>::finished, this, [this, watcher, r] {
                watcher->deleteLater();
                const Result<Kept> kept = watcher->result();
                Project* now = m_session->project();
                if (!now)
                    return;
                if (!kept)
                    return showError(tr("Recover Recording"), kept.error());
                auto interview = now->interviews().resolve(r.interviewUuid);
                if (!interview || *interview == NoRow)
                    return showError(
                        tr("Recover Recording"),
                        Error{Error::Code::NotFound,
                              tr("The interview of the recording %1 is no longer in the project.")
                                  .arg(r.wavPath)});
                auto ok = ops::attachRecording(*m_session->ops(), *interview, kept->stored, r.markers,
                                               ops::RecordingStep::Recovered);
                if (!ok)
                    return showError(tr("Recover Recording"), ok.error());
                media::Recording::cleanUp(r.wavPath, kept->prepared);
                statusBar()->showMessage(tr("Recovered %1 of audio into its interview.")
                                             .arg(formatTimeCode(kept->prepared.durationMs)),
                                         10'000);
            });
            watcher->setFuture(QtConcurrent::run([wav = r.wavPath, codec, mediaDir] {
                return media::Recording::ready(wav, codec, mediaDir);
            }));
        }
    });
    box->open();
}

DossierDialog* MainWindow::exportDossier(RowId cityId)
{
    if (!m_session->project() || !saveTyping(tr("Export Dossier")))
        return nullptr;
    if (cityId == NoRow)
        cityId = m_tabs->currentIndex() == InsightsTab && m_insightsBoard ? m_insightsBoard->city()
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
    return page;
}

void MainWindow::openSelectedInterviews()
{
    const QList<RowId> ids = selectedInterviews();
    for (RowId id : ids.mid(0, 10))
        openInterview(id);
}

void MainWindow::closeInterviewTab(int index)
{
    if (index < FixedTabs || index >= m_tabs->count())
        return;
    if (auto* page = qobject_cast<InterviewPage*>(m_tabs->widget(index))) {
        // What is typed in the page is saved first (or the user chose to lose it).
        if (!mayLoseTyping(tr("Close Interview"), page))
            return;
        delete page;
    }
}

bool MainWindow::saveTyping(const QString& action)
{
    const Status saved = m_session->typing()->flush();
    if (!saved)
        showError(action, UnsavedTyping::kept(saved.error()));
    return bool(saved);
}

bool MainWindow::mayLoseTyping(const QString& action, const QObject* scope)
{
    for (;;) {
        const Status saved = scope ? m_session->typing()->flushWithin(scope) : m_session->typing()->flush();
        if (saved)
            return true;
        QMessageBox ask(QMessageBox::Warning, action, tr("What you typed could not be saved."),
                        QMessageBox::NoButton, this);
        ask.setObjectName(QStringLiteral("unsavedTyping"));
        ask.setInformativeText(
            saved.error().message + QStringLiteral("\n\n") +
            tr("If you go on, it is lost. Make room on the disk and try again to keep it."));
        QPushButton* retry = ask.addButton(tr("&Try Again"), QMessageBox::AcceptRole);
        QPushButton* lose = ask.addButton(tr("&Lose It"), QMessageBox::DestructiveRole);
        ask.addButton(QMessageBox::Cancel);
        ask.setDefaultButton(retry);
        ask.exec();
        if (ask.clickedButton() == lose)
            return true;
        if (ask.clickedButton() != retry)
            return false;
    }
}

void MainWindow::setStatusOfSelected(InterviewStatus status)
{
    Project* project = m_session->project();
    const QList<RowId> ids = selectedInterviews();
    if (!project || ids.isEmpty())
        return;
    if (auto ok = ops::setInterviewStatus(*m_session->ops(), ids, status); !ok)
        showError(tr("Set Status"), ok.error());
}

void MainWindow::removeSelectedInterviews()
{
    Project* project = m_session->project();
    const QList<RowId> ids = selectedInterviews();
    if (!project || ids.isEmpty())
        return;
    QMessageBox ask(QMessageBox::Question, tr("Remove Interviews"),
                    tr("Remove %n interview(s) with their transcripts, audio links and quotes?", nullptr,
                       int(ids.size())),
                    QMessageBox::Cancel, this);
    ask.setInformativeText(tr("You can bring them back with Edit → Undo."));
    QPushButton* remove = ask.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != remove)
        return;
    if (auto ok = ops::removeInterviews(*m_session->ops(), ids); !ok)
        showError(tr("Remove Interviews"), ok.error());
}

void MainWindow::showInterviewMenu(const QPoint& pos)
{
    if (!m_session->project())
        return;
    QMenu menu(this);
    menu.addAction(m_openInterviewAction);
    menu.addMenu(m_statusMenu);
    menu.addSeparator();
    menu.addAction(m_removeInterviewAction);
    menu.exec(m_interviewView->viewport()->mapToGlobal(pos));
}

void MainWindow::showColumnMenu(const QPoint& pos)
{
    m_columnsMenu->exec(m_interviewView->horizontalHeader()->mapToGlobal(pos));
}

void MainWindow::routeFiles(RowId interviewId, const QList<QUrl>& urls)
{
    for (const QUrl& url : urls) {
        const QString file = url.toLocalFile();
        const QString name = QFileInfo(file).fileName();
        if (file.isEmpty()) {
            showError(
                tr("Add Files"),
                {Error::Code::InvalidArgument,
                 tr("%1 is not a file on this computer; download it first.").arg(url.toDisplayString())});
        } else if (fileKindOf(file) == FileKind::Audio) {
            attachAudio(interviewId, file);
        } else if (fileKindOf(file) == FileKind::Transcript) {
            importTranscript(interviewId, file);
        } else {
            showError(tr("Add Files"),
                      {Error::Code::InvalidArgument,
                       tr("%1 is neither audio (%2) nor a transcript (%3).")
                           .arg(name, suffixNames(FileKind::Audio), suffixNames(FileKind::Transcript))});
        }
    }
}

void MainWindow::attachAudio(RowId interviewId, const QString& file)
{
    Project* project = m_session->project();
    if (!project)
        return;
    const QString name = QFileInfo(file).fileName();
    const QString folder = project->folder();
    // Hashing and copying a long recording take seconds: in a worker, outside any write.
    statusBar()->showMessage(tr("Copying %1 into the project…").arg(name));
    using Stored = Result<media::StoredFile>;
    auto* watcher = new QFutureWatcher<Stored>(this);
    connect(watcher, &QFutureWatcher<Stored>::finished, this, [this, watcher, interviewId, name, folder] {
        watcher->deleteLater();
        const Stored stored = watcher->result();
        if (!m_session->project() || m_session->project()->folder() != folder)
            return; // the project was closed meanwhile; the copy stays in its media/ folder
        if (!stored) {
            statusBar()->clearMessage();
            return showError(tr("Attach Audio"), stored.error());
        }
        if (auto ok = ops::attachMedia(*m_session->ops(), interviewId, *stored); !ok) {
            statusBar()->clearMessage();
            return showError(tr("Attach Audio"), ok.error());
        }
        statusBar()->showMessage(tr("Attached %1.").arg(name), 5000);
        Q_EMIT audioAttached(interviewId);
    });
    watcher->setFuture(QtConcurrent::run(
        [file, dir = project->mediaDir()] { return media::MediaLibrary(dir).store(file); }));
}

RowId MainWindow::currentInterview() const
{
    if (auto* page = qobject_cast<InterviewPage*>(m_tabs->currentWidget()))
        return page->interviewId();
    const QList<RowId> ids = selectedInterviews();
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
        importTranscript(id, file);
}

// Reading runs in the background (a transcript can be tens of MB); the preview
// follows, and only its Import button writes to the project.
void MainWindow::importTranscript(RowId interviewId, const QString& file)
{
    const QString name = QFileInfo(file).fileName();
    auto* progress = new QProgressDialog(tr("Reading %1…").arg(name), tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(tr("Import Transcript"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto cancelled = std::make_shared<bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    using Outcome = Result<formats::ImportedTranscript>;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    const QString folder = m_session->project() ? m_session->project()->folder() : QString();
    connect(watcher, &QFutureWatcher<Outcome>::finished, this,
            [this, watcher, progress, cancelled, interviewId, file, folder] {
                watcher->deleteLater();
                // Closing a progress dialog reports it as cancelled: read the flag first.
                const bool wasCancelled = *cancelled;
                progress->close();
                if (wasCancelled || !m_session->project() || m_session->project()->folder() != folder)
                    return;
                const Outcome outcome = watcher->result();
                // An encoding that is not clear is chosen in the preview.
                if (!outcome && outcome.error().code != Error::Code::Encoding)
                    showError(tr("Import Transcript"), outcome.error());
                else
                    previewImport(interviewId, file, outcome);
            });
    watcher->setFuture(QtConcurrent::run([file] { return formats::TranscriptImporter::readFile(file); }));
}

void MainWindow::previewImport(RowId interviewId, const QString& file,
                               const Result<formats::ImportedTranscript>& read)
{
    Project* project = m_session->project();
    if (!project)
        return;
    auto existing = project->transcripts().segments(interviewId);
    if (!existing) {
        showError(tr("Import Transcript"), existing.error());
        return;
    }
    ImportTranscriptDialog dialog(file, read, int(existing->size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const formats::ImportedTranscript& transcript = dialog.transcript();
    const QString name = QFileInfo(file).fileName();
    // Large files take a while to write: progress with Cancel (which rolls the whole
    // import back). The import writes on a connection of its own in a worker; the
    // dialog is window-modal, so nothing else edits meanwhile.
    QProgressDialog progress(tr("Importing %1…").arg(name), tr("Cancel"), 0, int(transcript.segments.size()),
                             this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowTitle(tr("Import Transcript"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    auto done = std::make_shared<std::atomic<qsizetype>>(0);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    connect(&progress, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    QTimer poll;
    poll.setInterval(100);
    connect(&poll, &QTimer::timeout, &progress, [&progress, done, cancel] {
        // wasCanceled(): cancel() (and Escape) do not emit canceled().
        if (progress.wasCanceled())
            *cancel = true;
        else
            progress.setValue(int(done->load()));
    });
    poll.start();
    auto ok = ops::importTranscript(*m_session->ops(), interviewId, transcript.segments, name,
                                    [done, cancel](qsizetype n, qsizetype) {
                                        *done = n;
                                        return !cancel->load();
                                    });
    poll.stop();
    progress.reset();
    if (!ok && ok.error().code == Error::Code::Cancelled) {
        statusBar()->showMessage(ok.error().message, 8000);
        return;
    }
    if (!ok) {
        showError(tr("Import Transcript"), ok.error());
        return;
    }
    statusBar()->showMessage(
        tr("Imported %1: %n segment(s).", nullptr, int(transcript.segments.size())).arg(name), 5000);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_interviewView->viewport())
        return QMainWindow::eventFilter(watched, event);
    const auto interviewAt = [this](const QPointF& pos) {
        const QModelIndex index = m_interviewView->indexAt(pos.toPoint());
        return index.isValid() ? index.data(InterviewTableModel::InterviewIdRole).toLongLong() : NoRow;
    };
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (drag->mimeData()->hasUrls() && interviewAt(drag->position()) != NoRow)
            drag->acceptProposedAction();
        else
            drag->ignore();
        return true;
    }
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        const RowId id = interviewAt(drop->position());
        if (id == NoRow || !drop->mimeData()->hasUrls())
            return false;
        drop->acceptProposedAction();
        routeFiles(id, drop->mimeData()->urls());
        return true;
    }
    default:
        return QMainWindow::eventFilter(watched, event);
    }
}

void MainWindow::checkProject()
{
    Project* project = m_session->project();
    if (!project)
        return;
    const QString path = project->databasePath();
    auto* progress = new QProgressDialog(tr("Checking %1…").arg(project->name()), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("checkProgress"));
    progress->setWindowTitle(tr("Check Project"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });

    using Outcome = Result<QStringList>;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, progress, path] {
        watcher->deleteLater();
        progress->close();
        const Outcome outcome = watcher->result();
        Project* now = m_session->project();
        if (!now || now->databasePath() != path)
            return;
        if (!outcome && outcome.error().code == Error::Code::Cancelled) {
            statusBar()->showMessage(tr("Check cancelled."), 5000);
            return;
        }
        IntegrityReport report;
        report.problems = outcome ? *outcome : QStringList{outcome.error().message};
        report.checkProject(*now);
        auto* box = new QMessageBox(this);
        box->setObjectName(QStringLiteral("checkResult"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowTitle(tr("Check Project"));
        box->setIcon(report.ok() ? QMessageBox::Information : QMessageBox::Warning);
        box->setText(
            report.ok()
                ? tr("No problems found in %1.").arg(now->name())
                : tr("%n problem(s) found in %1.", nullptr, int(report.problems.size())).arg(now->name()));
        const QStringList details = report.problems + report.notes;
        if (!details.isEmpty())
            box->setInformativeText(details.mid(0, 20).join(QLatin1Char('\n')));
        box->open();
    });
    watcher->setFuture(QtConcurrent::run([path, cancelled] {
        return IntegrityReport::checkDatabaseFile(path, [cancelled] { return cancelled->load(); });
    }));
    progress->show();
}

void MainWindow::restoreBackup()
{
    Project* project = m_session->project();
    if (!project)
        return;
    RestoreBackupDialog dialog(project->backupDir(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenFile().isEmpty() ||
        !mayLoseTyping(tr("Restore from Backup")))
        return;
    if (auto ok = m_session->restore(dialog.chosenFile()); !ok)
        showError(tr("Restore from Backup"), ok.error());
    else
        statusBar()->showMessage(tr("Restored from %1.").arg(QFileInfo(dialog.chosenFile()).fileName()),
                                 8000);
}

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
    if (!mayLoseTyping(tr("Open the Demo Project")))
        return;
    if (auto ok = m_session->openDemo(); !ok)
        showError(tr("Open the Demo Project"), ok.error());
}

void MainWindow::newProject()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QDir::homePath(),
                                                      tr("Tianye project (*.tianye)"));
    if (path.isEmpty() || !mayLoseTyping(tr("New Project")))
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
    if (!mayLoseTyping(tr("Open Project")))
        return;
    if (auto ok = m_session->open(path); !ok)
        reportOpenFailure(ok.error());
}

void MainWindow::reportOpenFailure(const Error& error)
{
    const QString folder = m_session->lastAttempt();
    const QString backupDir = QDir(folder).filePath(QStringLiteral("backups"));
    QString good;
    QDateTime when;
    if (error.code == Error::Code::Corrupt && !folder.isEmpty()) {
        for (const BackupInfo& b : Backups::list(backupDir)) {
            if (Backups::verify(b.path)) {
                good = b.path;
                when = b.when;
                break;
            }
        }
    }
    if (good.isEmpty()) {
        showError(tr("Open Project"), error);
        return;
    }
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Open Project"), error.message, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("offerBackup"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setInformativeText(
        tr("The newest good backup is from %1. Restore it? The damaged database is kept in "
           "the backups folder.")
            .arg(QLocale().toString(when, QLocale::ShortFormat)));
    QPushButton* restore = box->addButton(tr("Restore Backup"), QMessageBox::AcceptRole);
    connect(box, &QMessageBox::finished, this, [this, box, restore, folder, good] {
        if (box->clickedButton() != restore)
            return;
        if (auto ok = Backups::restore(folder, good); !ok) {
            showError(tr("Restore from Backup"), ok.error());
            return;
        }
        if (auto ok = m_session->open(folder); !ok)
            showError(tr("Open Project"), ok.error());
        else
            statusBar()->showMessage(tr("Restored from %1.").arg(QFileInfo(good).fileName()), 8000);
    });
    box->open();
}

void MainWindow::restoreLayout()
{
    restoreGeometry(settings::windowGeometry.get());
    restoreState(settings::windowState.get());
    m_splitter->restoreState(settings::mainSplitter.get());
    m_interviewView->horizontalHeader()->restoreState(settings::interviewColumns.get());
    m_participants->restoreColumns(settings::participantColumns.get());
}

void MainWindow::saveLayout()
{
    settings::windowGeometry.set(saveGeometry());
    settings::windowState.set(saveState());
    settings::mainSplitter.set(m_splitter->saveState());
    settings::interviewColumns.set(m_interviewView->horizontalHeader()->saveState());
    settings::participantColumns.set(m_participants->saveColumns());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!mayLoseTyping(tr("Quit"))) {
        event->ignore();
        return;
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace tianye::ui
