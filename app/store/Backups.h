// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <functional>
#include <vector>

namespace tianye {

struct BackupInfo
{
    QString path;
    QDateTime when;
    QString reason; // "open", "auto", "before-import", "before-v4", "before-restore", …
    qint64 sizeBytes = 0;
};

// Copies of project.db in the project's backups/ folder, named
// project-YYYYMMDD-HHMMSS-REASON.db.
class Backups final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::Backups)

public:
    // An online copy (SQLite backup API) on a read-only connection of its own, so it
    // can run on a worker thread while the project is open and being edited. It is
    // written under a temporary name and renamed when complete: a half-written copy
    // never looks like a backup. Returns the backup's path.
    static Result<QString> create(const QString& databasePath, const QString& backupDir,
                                  const QString& reason,
                                  const QDateTime& when = QDateTime::currentDateTime());
    // Newest first.
    static std::vector<BackupInfo> list(const QString& backupDir);
    // Keeps the newest `keep` backups and the newest backup of each of the seven days
    // before now; removes the rest, except "manual" ones (made on purpose, e.g. by
    // tianye-cli backup), "damaged" and "before-restore" ones. Returns the paths removed.
    static QStringList rotate(const QString& backupDir, int keep,
                              const QDateTime& now = QDateTime::currentDateTime());
    // Puts a backup in place of the project's database. The project must not be
    // open (its lock is taken). The backup is checked first; the current database
    // is kept as a "before-restore" backup (or, when SQLite cannot read it, copied
    // as it is), under reason. Nothing changes when anything fails.
    static Status restore(const QString& projectFolder, const QString& backupFile,
                          const QString& reason = QStringLiteral("before-restore"));
    // SQLite's quick check, Tianye's application id and a schema this version reads.
    static Status verify(const QString& file);
};

} // namespace tianye
