// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "main/MainWindow.h"

#include "app/ProjectSession.h"
#include "app/Settings.h"
#include "cities/CityItemDelegate.h"
#include "cities/CityListModel.h"
#include "interviews/InterviewTableModel.h"
#include "store/Project.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace tianye::ui {

MainWindow::MainWindow(ProjectSession* session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_cities(new CityListModel(this))
    , m_interviews(new InterviewTableModel(this))
    , m_interviewProxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Tianye"));
    m_interviewProxy->setSourceModel(m_interviews);
    m_interviewProxy->setSortRole(InterviewTableModel::SortRole);
    m_interviewProxy->setFilterKeyColumn(-1);
    m_interviewProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createWelcome());
    m_stack->addWidget(createWorkspace());
    setCentralWidget(m_stack);
    createActions();

    m_pathLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_session, &ProjectSession::projectChanged, this, &MainWindow::onProjectChanged);
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
    addButton(tr("Open the Demo Project"), "welcomeDemo", [this] {
        if (auto ok = m_session->openDemo(); !ok)
            showError(tr("Open the Demo Project"), ok.error());
    });
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
    connect(m_cityView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCitySelected);

    auto* right = new QWidget(m_splitter);
    auto* layout = new QVBoxLayout(right);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(right);
    m_filter->setObjectName(QStringLiteral("interviewFilter"));
    m_filter->setPlaceholderText(tr("Filter interviews (participant, occupation, interviewer, status…)"));
    m_filter->setAccessibleName(tr("Filter interviews"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_interviewProxy->setFilterFixedString(text);
        updateStatus();
    });
    layout->addWidget(m_filter);

    m_interviewView = new QTableView(right);
    m_interviewView->setObjectName(QStringLiteral("interviewTable"));
    m_interviewView->setAccessibleName(tr("Interview log"));
    m_interviewView->setModel(m_interviewProxy);
    m_interviewView->setSortingEnabled(true);
    m_interviewView->sortByColumn(InterviewTableModel::Date, Qt::AscendingOrder);
    m_interviewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_interviewView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_interviewView->setAlternatingRowColors(true);
    m_interviewView->setWordWrap(false);
    m_interviewView->verticalHeader()->hide();
    m_interviewView->horizontalHeader()->setStretchLastSection(true);
    m_interviewView->horizontalHeader()->setSectionsMovable(true);
    layout->addWidget(m_interviewView);

    m_splitter->addWidget(m_cityView);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 1000});
    return m_splitter;
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(tr("&Open Project…"), this, &MainWindow::openProject);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open the &Demo Project"), this, [this] {
        if (auto ok = m_session->openDemo(); !ok)
            showError(tr("Open the Demo Project"), ok.error());
    });
    file->addSeparator();
    m_closeAction = file->addAction(tr("&Close Project"), m_session, &ProjectSession::close);
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Tianye"), this, [this] {
        QMessageBox::about(
            this, tr("About Tianye"),
            tr("<h3>Tianye 田野 %1</h3><p>Interviews, transcripts and insights for field-research "
               "teams.</p><p>Built with Qt %2 and SQLite %3.</p>")
                .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                     Database::sqliteVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
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
}

void MainWindow::onProjectChanged(Project* project)
{
    m_cities->setProject(project);
    m_interviews->setProject(project);
    m_closeAction->setEnabled(project != nullptr);
    m_stack->setCurrentIndex(project ? 1 : 0);
    if (project) {
        setWindowTitle(tr("%1 — Tianye").arg(project->name()));
        m_cityView->setCurrentIndex(m_cities->index(0));
        m_interviewView->resizeColumnsToContents();
    } else {
        setWindowTitle(tr("Tianye"));
        m_filter->clear();
    }
    rebuildRecentMenu();
    updateStatus();
}

void MainWindow::onCitySelected()
{
    const QModelIndex current = m_cityView->currentIndex();
    const RowId city = current.isValid() ? current.data(CityListModel::CityIdRole).toLongLong() : NoRow;
    m_interviews->setCity(city);
    m_interviewView->setColumnHidden(InterviewTableModel::City, city != NoRow);
    updateStatus();
}

void MainWindow::updateStatus()
{
    Project* project = m_session->project();
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

void MainWindow::showError(const QString& title, const Error& error)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, error.message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void MainWindow::newProject()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QDir::homePath(),
                                                      tr("Tianye project (*.tianye)"));
    if (path.isEmpty())
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
    if (auto ok = m_session->open(path); !ok)
        showError(tr("Open Project"), ok.error());
}

void MainWindow::restoreLayout()
{
    restoreGeometry(settings::windowGeometry.get());
    restoreState(settings::windowState.get());
    m_splitter->restoreState(settings::mainSplitter.get());
    m_interviewView->horizontalHeader()->restoreState(settings::interviewColumns.get());
}

void MainWindow::saveLayout()
{
    settings::windowGeometry.set(saveGeometry());
    settings::windowState.set(saveState());
    settings::mainSplitter.set(m_splitter->saveState());
    settings::interviewColumns.set(m_interviewView->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace tianye::ui
