// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <chrono>
#include <memory>

class QTimer;
class QUndoStack;

namespace tianye {
class Project;
namespace ops {
class Session;
}
} // namespace tianye

namespace tianye::ui {

class UnsavedTyping;

// The project open in this window: opens and closes it, keeps it backed up, and holds
// the ops::Session through which every view writes (the verbs) and undoes.
class ProjectSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectSession)

public:
    explicit ProjectSession(QObject* parent = nullptr);
    ~ProjectSession() override;

    Project* project() const { return m_project.get(); }
    // The door to the open project (nullptr when none is open): views call the verbs
    // (app/ops) with it.
    ops::Session* ops() const { return m_ops.get(); }
    // Each closes the current project first, and on success remembers the new one.
    Status open(const QString& path);
    Status create(const QString& path);
    // The demo project in the user's data folder, written there the first time.
    Status openDemo();
    static QString demoPath();
    // What the app opens when it starts: the project named on the command line, else
    // the last project, else (the first start) the demo project, written then.
    // A last project that no longer exists opens nothing.
    Status openAtStart(const QStringList& args);
    void close();
    // The folder the last open() tried (for messages and recovery when it failed).
    QString lastAttempt() const { return m_lastAttempt; }

    // The undo history of the open project; cleared when another project opens.
    QUndoStack* undoStack() const { return m_undo; }
    // Words typed into the open project's editors and not yet saved; the verbs that
    // need every word (undo, redo, imports, exports) save them first through
    // ops::Session::flushTyping(). close() saves what it can and drops the rest: the
    // window asks the user first.
    UnsavedTyping* typing() const { return m_typing; }

    // Replaces the open project's database by a backup and opens it again. The
    // database it replaces is kept as a backup.
    Status restore(const QString& backupFile);
    // How often the open project is backed up while it is being edited (the
    // "backups/intervalMinutes" preference, 30 minutes unless changed). Nothing is
    // backed up at an interval in which nothing was edited.
    std::chrono::milliseconds backupInterval() const;
    void setBackupInterval(std::chrono::milliseconds interval);
    // The "backups/kept" preference changed.
    void applyBackupsKept();
    // Transcript edits make the prepared search rankings of frequent words stale; once
    // no transcript has changed for `settle`, they are prepared again in the background
    // (words in at least minimumSegments segments). 20 s and 20,000 unless changed.
    void setRankingSchedule(std::chrono::milliseconds settle, qint64 minimumSegments);

Q_SIGNALS:
    void projectChanged(tianye::Project* project); // nullptr when closed
    // A backup made in the background failed (disk full, folder not writable).
    void backupFailed(const tianye::Error& error);
    // The backup interval passed: backedUp tells whether it made a backup (it makes
    // none when nothing was edited in it).
    void backupIntervalPassed(bool backedUp);
    // An undo or redo could not be applied (the step is dropped from the history).
    void undoFailed(const QString& action, const tianye::Error& error);
    // The check of every page that runs beside a project just opened found it damaged:
    // the project is closed, so nothing more is written to it (lastAttempt() names it).
    void damaged(const tianye::Error& error);
    // That check found nothing wrong (and the backup taken on opening is made).
    void checked();
    // The search rankings were prepared again after transcript edits (count of words).
    void rankingsPrepared(int count);

private:
    Status adopt(Result<std::unique_ptr<Project>> project);
    // In the background: every half hour while there are edits.
    void backupInBackground(const QString& reason);
    // In the background after opening: the page check, then (when it passes) a backup.
    void checkInBackground();
    void prepareRankingsInBackground();
    void stopRankings();
    std::unique_ptr<Project> m_project;
    std::unique_ptr<ops::Session> m_ops;
    QUndoStack* m_undo;
    UnsavedTyping* m_typing;
    QString m_lastAttempt;
    QTimer* m_backupTimer;
    bool m_editedSinceBackup = false;
    int m_opened = 0; // counts projects opened, so a late check result is not taken for a newer one
    QTimer* m_rankingTimer;
    qint64 m_rankingThreshold = 20'000;
    std::shared_ptr<std::atomic<bool>> m_stopRanking;
    QFuture<Result<int>> m_ranking;
};

} // namespace tianye::ui
