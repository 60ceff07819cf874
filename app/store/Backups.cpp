// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/Backups.h"

#include "store/Database.h"
#include "store/Project.h"
#include "store/Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <cstdio>

namespace tianye {

namespace {

const QString Stamp = QStringLiteral("yyyyMMdd-HHmmss");

const QRegularExpression& namePattern()
{
    static const QRegularExpression re(QStringLiteral("^project-(\\d{8}-\\d{6})-(.+)\\.db$"));
    return re;
}

} // namespace

Result<QString> Backups::create(const QString& databasePath, const QString& backupDir, const QString& reason,
                                const QDateTime& when)
{
    if (!QDir().mkpath(backupDir))
        return fail(Error::Code::Io, tr("Could not make the backup folder %1.").arg(backupDir));
    QString name = QStringLiteral("project-%1-%2.db").arg(when.toString(Stamp), reason);
    for (int n = 2; QFileInfo::exists(QDir(backupDir).filePath(name)); ++n)
        name = QStringLiteral("project-%1-%2-%3.db").arg(when.toString(Stamp), reason).arg(n);
    const QString target = QDir(backupDir).filePath(name);
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    auto reader = Database::openReader(databasePath);
    if (!reader)
        return std::unexpected(reader.error());
    try {
        SQLite::Database& source = **reader;
        {
            SQLite::Database copy(QFile::encodeName(partial).toStdString(),
                                  SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            SQLite::Backup backup(copy, source);
            backup.executeStep(-1);
            // One self-contained file: no write-ahead log beside a backup.
            copy.exec("PRAGMA journal_mode = DELETE");
        }
    } catch (const std::exception& e) {
        QFile::remove(partial);
        return fail(Error::Code::Io,
                    tr("Could not write the backup %1: %2").arg(target, QString::fromUtf8(e.what())));
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return fail(Error::Code::Io, tr("Could not write the backup %1.").arg(target));
    }
    return target;
}

std::vector<BackupInfo> Backups::list(const QString& backupDir)
{
    std::vector<BackupInfo> out;
    for (const QFileInfo& file :
         QDir(backupDir).entryInfoList({QStringLiteral("project-*.db")}, QDir::Files)) {
        const QRegularExpressionMatch m = namePattern().match(file.fileName());
        if (!m.hasMatch())
            continue;
        const QDateTime when = QDateTime::fromString(m.captured(1), Stamp);
        if (!when.isValid())
            continue;
        out.push_back({file.filePath(), when, m.captured(2), file.size()});
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo& a, const BackupInfo& b) {
        if (a.when != b.when)
            return a.when > b.when;
        // Two in the same second: the file written last is the newer.
        return QFileInfo(a.path).lastModified() > QFileInfo(b.path).lastModified();
    });
    return out;
}

QStringList Backups::rotate(const QString& backupDir, int keep, const QDateTime& now)
{
    const std::vector<BackupInfo> all = list(backupDir);
    QSet<QString> kept;
    for (size_t i = 0; i < all.size() && int(i) < keep; ++i)
        kept.insert(all[i].path);
    QSet<QDate> days;
    for (const BackupInfo& b : all) { // newest first: the first of a day is its newest
        const qint64 age = b.when.date().daysTo(now.date());
        if (age >= 0 && age < 7 && !days.contains(b.when.date())) {
            days.insert(b.when.date());
            kept.insert(b.path);
        }
    }
    QStringList removed;
    for (const BackupInfo& b : all) {
        // Made on purpose by someone (theirs to delete), or kept by a promise: the copy
        // of a damaged database, what a restore replaced, and a project's own database
        // before it became a copy of the project it was merged into.
        if (b.reason == QLatin1String("manual") || b.reason == QLatin1String("damaged") ||
            b.reason == QLatin1String("before-restore") || b.reason == QLatin1String("before-becoming-copy"))
            continue;
        if (!kept.contains(b.path) && QFile::remove(b.path))
            removed << b.path;
    }
    return removed;
}

Status Backups::verify(const QString& file)
{
    const QString name = QFileInfo(file).fileName();
    try {
        // Immutable: looking at a backup writes nothing beside it (no -wal, no -shm).
        const QByteArray uri = QUrl::fromLocalFile(file).toEncoded() + "?immutable=1";
        SQLite::Database db(uri.toStdString(), SQLite::OPEN_READONLY | SQLite::OPEN_URI);
        if (db.execAndGet("PRAGMA application_id").getInt() != schema::ApplicationId)
            return fail(Error::Code::NotAProject, tr("%1 is not a Tianye backup.").arg(name));
        // As on opening: a database of a newer schema would be put in place and then
        // never open again.
        if (const int version = db.execAndGet("PRAGMA user_version").getInt();
            version > schema::currentVersion())
            return fail(Error::Code::TooNew,
                        tr("%1 was written by a newer version of Tianye (schema %2; this "
                           "version reads up to %3). Update Tianye to restore it.")
                            .arg(name)
                            .arg(version)
                            .arg(schema::currentVersion()));
        SQLite::Statement check(db, "PRAGMA quick_check");
        if (check.executeStep() && QString::fromUtf8(check.getColumn(0).getText()) != QLatin1String("ok"))
            return fail(Error::Code::Corrupt,
                        tr("%1 is damaged (%2).").arg(name, QString::fromUtf8(check.getColumn(0).getText())));
        return {};
    } catch (const std::exception& e) {
        return fail(Error::Code::Corrupt,
                    tr("%1 cannot be read as a Tianye backup: %2").arg(name, QString::fromUtf8(e.what())));
    }
}

Status Backups::restore(const QString& projectFolder, const QString& backupFile, const QString& reason)
{
    const QString folder = Project::folderFor(projectFolder);
    auto lock = Project::lock(folder);
    if (!lock)
        return std::unexpected(lock.error());
    if (auto ok = verify(backupFile); !ok)
        return ok;
    const QDir dir(folder);
    const QString database = dir.filePath(QLatin1String(Project::DatabaseName));
    const QString backupDir = dir.filePath(QStringLiteral("backups"));
    // Keep what is there now, readable or not.
    if (QFileInfo::exists(database)) {
        if (auto kept = create(database, backupDir, reason); !kept) {
            const QString raw = QDir(backupDir).filePath(
                QStringLiteral("project-%1-damaged.db").arg(QDateTime::currentDateTime().toString(Stamp)));
            if (!QFile::copy(database, raw))
                return fail(
                    Error::Code::Io,
                    tr("Could not keep a copy of %1 before restoring; nothing was changed.").arg(database));
        }
    }
    const QString incoming = database + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupFile, incoming)) {
        QFile::remove(incoming);
        return fail(Error::Code::Io, tr("Could not copy %1 into the project; nothing was changed.")
                                         .arg(QFileInfo(backupFile).fileName()));
    }
    // Fold the old write-ahead log into its database first (when SQLite can), so
    // that removing it loses nothing even if the last step fails.
    try {
        SQLite::Database old(QFile::encodeName(database).toStdString(), SQLite::OPEN_READWRITE);
        old.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const std::exception&) {
        // A damaged database: its raw copy was kept above.
    }
    // The old write-ahead log belongs to the old database: it goes with it.
    QFile::remove(database + QStringLiteral("-wal"));
    QFile::remove(database + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(incoming).constData(), QFile::encodeName(database).constData()) != 0) {
        QFile::remove(incoming);
        return fail(Error::Code::Io, tr("Could not put the backup in place of %1.").arg(database));
    }
    return {};
}

} // namespace tianye
