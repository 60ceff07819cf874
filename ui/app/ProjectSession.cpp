// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "app/ProjectSession.h"

#include "app/Settings.h"
#include "app/UnsavedTyping.h"
#include "demo/DemoProject.h"
#include "ops/Coding.h"
#include "ops/Session.h"
#include "store/Backups.h"
#include "store/Project.h"

#include <QDir>
#include <QFutureWatcher>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace tianye::ui {

namespace {

Result<QString> backupAndRotate(const QString& database, const QString& folder, const QString& reason,
                                int keep)
{
    auto made = Backups::create(database, folder, reason);
    if (made)
        Backups::rotate(folder, keep);
    return made;
}

} // namespace

ProjectSession::ProjectSession(QObject* parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
    , m_typing(new UnsavedTyping(this))
    , m_backupTimer(new QTimer(this))
    , m_rankingTimer(new QTimer(this))
{
    m_rankingTimer->setSingleShot(true);
    m_rankingTimer->setInterval(std::chrono::seconds(20));
    connect(m_rankingTimer, &QTimer::timeout, this, &ProjectSession::prepareRankingsInBackground);
    m_undo->setUndoLimit(500);
    setBackupInterval(std::chrono::minutes(settings::backupIntervalMinutes.get()));
    connect(m_backupTimer, &QTimer::timeout, this, [this] {
        const bool due = m_project && m_editedSinceBackup;
        if (due)
            backupInBackground(QStringLiteral("auto"));
        Q_EMIT backupIntervalPassed(due);
    });
}

ProjectSession::~ProjectSession()
{
    stopRankings();
}

void ProjectSession::setRankingSchedule(std::chrono::milliseconds settle, qint64 minimumSegments)
{
    m_rankingTimer->setInterval(settle);
    m_rankingThreshold = minimumSegments;
}

void ProjectSession::prepareRankingsInBackground()
{
    if (!m_project)
        return;
    if (m_ranking.isRunning()) {
        m_rankingTimer->start(); // after the one under way
        return;
    }
    auto aside = m_project->openAside();
    if (!aside)
        return; // the next edit tries again; search is exact without prepared rankings
    std::shared_ptr<Project> connection(std::move(*aside));
    m_stopRanking = std::make_shared<std::atomic<bool>>(false);
    const auto stop = m_stopRanking;
    const qint64 threshold = m_rankingThreshold;
    m_ranking = QtConcurrent::run([connection, stop, threshold] {
        return ops::prepareSearchRankings(*connection, threshold, [stop] { return stop->load(); });
    });
    auto* watcher = new QFutureWatcher<Result<int>>(this);
    connect(watcher, &QFutureWatcher<Result<int>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (const Result<int> done = watcher->result(); done)
            Q_EMIT rankingsPrepared(*done);
    });
    watcher->setFuture(m_ranking);
}

void ProjectSession::stopRankings()
{
    m_rankingTimer->stop();
    if (m_stopRanking)
        m_stopRanking->store(true);
    m_ranking.waitForFinished(); // interrupted at once; its connection closes before the project's
}

QString ProjectSession::demoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("Demo.tianye"));
}

Status ProjectSession::adopt(Result<std::unique_ptr<Project>> project)
{
    if (!project)
        return std::unexpected(project.error());
    m_project = std::move(*project);
    m_ops = std::make_unique<ops::Session>(*m_project, m_undo);
    m_ops->setBackupsKept(settings::backupsKept.get());
    connect(m_ops.get(), &ops::Session::undoFailed, this, &ProjectSession::undoFailed);
    m_ops->registerTyping(m_typing, [this] { return m_typing->flush(); });
    const QString folder = m_project->folder();
    settings::lastProject.set(folder);
    QStringList recent = settings::recentProjects.get();
    recent.removeAll(folder);
    recent.prepend(folder);
    settings::recentProjects.set(recent.mid(0, 8));
    m_editedSinceBackup = false;
    connect(&m_project->notifier(), &ChangeNotifier::changed, this, [this](const Change& change) {
        m_editedSinceBackup = true;
        if (change.entity == Entity::Segment)
            m_rankingTimer->start(); // again from now: prepared once edits settle
    });
    m_lastAttempt = folder;
    ++m_opened;
    checkInBackground();
    m_backupTimer->start();
    Q_EMIT projectChanged(m_project.get());
    return {};
}

void ProjectSession::checkInBackground()
{
    struct Verdict
    {
        Status pages;
        Result<QString> backup;
    };
    const QString database = m_project->databasePath();
    const QString folder = m_project->backupDir();
    const int keep = settings::backupsKept.get();
    const int opened = m_opened;
    auto* watcher = new QFutureWatcher<Verdict>(this);
    connect(watcher, &QFutureWatcher<Verdict>::finished, this, [this, watcher, opened] {
        watcher->deleteLater();
        if (opened != m_opened || !m_project)
            return; // another project is open by now
        const Verdict verdict = watcher->result();
        if (!verdict.pages) {
            close();
            Q_EMIT damaged(verdict.pages.error());
            return;
        }
        if (!verdict.backup)
            Q_EMIT backupFailed(verdict.backup.error());
        Q_EMIT checked();
    });
    // A connection of its own, read-only: the window is usable meanwhile. A damaged file
    // is not backed up (its backup would rotate a good one out).
    watcher->setFuture(QtConcurrent::run([database, folder, keep] {
        Verdict v{Project::quickCheck(database), QString()};
        if (v.pages)
            v.backup = backupAndRotate(database, folder, QStringLiteral("open"), keep);
        return v;
    }));
}

void ProjectSession::backupInBackground(const QString& reason)
{
    m_editedSinceBackup = false;
    const QString database = m_project->databasePath();
    const QString folder = m_project->backupDir();
    const int keep = settings::backupsKept.get();
    auto* watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcher<Result<QString>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (const Result<QString> made = watcher->result(); !made)
            Q_EMIT backupFailed(made.error());
    });
    // Its own read-only connection: the window stays usable, edits go on.
    watcher->setFuture(QtConcurrent::run(
        [database, folder, reason, keep] { return backupAndRotate(database, folder, reason, keep); }));
}

std::chrono::milliseconds ProjectSession::backupInterval() const
{
    return m_backupTimer->intervalAsDuration();
}

void ProjectSession::setBackupInterval(std::chrono::milliseconds interval)
{
    m_backupTimer->setInterval(std::max(interval, std::chrono::milliseconds(1)));
}

void ProjectSession::applyBackupsKept()
{
    if (m_ops)
        m_ops->setBackupsKept(settings::backupsKept.get());
}

Status ProjectSession::restore(const QString& backupFile)
{
    if (!m_project)
        return fail(Error::Code::InvalidArgument, tr("No project is open."));
    const QString folder = m_project->folder();
    close();
    const Status restored = Backups::restore(folder, backupFile);
    // Open again either way: the restored database, or the untouched one.
    const Status reopened = open(folder);
    if (!restored)
        return restored;
    return reopened;
}

Status ProjectSession::open(const QString& path)
{
    close();
    m_lastAttempt = Project::folderFor(path);
    return adopt(Project::open(path, Project::Check::Later));
}

Status ProjectSession::create(const QString& path)
{
    close();
    return adopt(Project::create(path));
}

Status ProjectSession::openDemo()
{
    close();
    const QString path = demoPath();
    if (QDir(path).exists())
        return adopt(Project::open(path, Project::Check::Later));
    QDir().mkpath(QFileInfo(path).absolutePath());
    return adopt(demo::DemoProject::create(path));
}

Status ProjectSession::openAtStart(const QStringList& args)
{
    if (!args.isEmpty())
        return open(args.front());
    const QString last = settings::lastProject.get();
    if (last.isEmpty())
        return openDemo();
    if (QDir(last).exists())
        return open(last);
    return {};
}

void ProjectSession::close()
{
    if (!m_project)
        return;
    m_backupTimer->stop();
    (void)m_typing->flush(); // what still fails, the user chose to lose
    stopRankings();
    m_typing->clear();
    m_undo->clear();
    Q_EMIT projectChanged(nullptr);
    m_ops.reset();
    m_project.reset();
}

} // namespace tianye::ui
