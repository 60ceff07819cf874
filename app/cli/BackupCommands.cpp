// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "cli/BackupCommands.h"

#include "store/Backups.h"
#include "store/Project.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace tianye::cli {

namespace {

QString databaseOf(const QString& path)
{
    return QDir(Project::folderFor(path)).filePath(QLatin1String(Project::DatabaseName));
}

QString backupDirOf(const QString& path)
{
    return QDir(Project::folderFor(path)).filePath(QStringLiteral("backups"));
}

} // namespace

int BackupCommands::runBackup(CliContext& ctx, const QStringList& args)
{
    return ctx.command(
        args,
        {tr("tianye-cli backup PATH\nCopies the project's database into its backups "
            "folder, also while the project is open. Such backups are never rotated "
            "away."),
         tr("PATH"),
         1,
         1,
         {}},
        [&](Call& call) {
            const QString path = call.arg(0);
            if (!QFileInfo::exists(databaseOf(path)))
                return call.fail(tr("There is no Tianye project at %1.").arg(QDir::toNativeSeparators(path)));
            auto made = Backups::create(databaseOf(path), backupDirOf(path), QStringLiteral("manual"));
            if (!made)
                return call.fail(made.error());
            call.out() << tr("Backup written: %1").arg(QDir::toNativeSeparators(*made)) << Qt::endl;
            return int(Ok);
        });
}

int BackupCommands::runRestore(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption json(QStringLiteral("json"), tr("List the backups as JSON."));
    return ctx.command(
        args,
        {tr("tianye-cli restore PATH [BACKUP]\nWithout BACKUP, lists the project's "
            "backups, newest first. BACKUP is a number from that list, \"latest\" "
            "or a file. The project must not be open; its current database is kept "
            "as a backup first."),
         tr("PATH [BACKUP]"),
         1,
         2,
         {json}},
        [&](Call& call) {
            const QString path = call.arg(0);
            const std::vector<BackupInfo> backups = Backups::list(backupDirOf(path));
            const QLocale locale;
            if (call.positional().size() == 1 && call.isSet(json)) {
                QJsonArray rows;
                for (size_t i = 0; i < backups.size(); ++i)
                    rows.append(QJsonObject{{QStringLiteral("number"), qint64(i + 1)},
                                            {QStringLiteral("when"), backups[i].when.toString(Qt::ISODate)},
                                            {QStringLiteral("reason"), backups[i].reason},
                                            {QStringLiteral("size"), backups[i].sizeBytes},
                                            {QStringLiteral("path"), backups[i].path}});
                call.out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
                return int(Ok);
            }
            if (call.positional().size() == 1) {
                if (backups.empty()) {
                    call.out() << tr("No backups in %1.").arg(QDir::toNativeSeparators(backupDirOf(path)))
                               << Qt::endl;
                    return int(Ok);
                }
                for (size_t i = 0; i < backups.size(); ++i) {
                    const BackupInfo& b = backups[i];
                    call.out() << QStringLiteral("%1  %2  %3  %4  %5")
                                      .arg(i + 1, 3)
                                      .arg(b.when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), b.reason,
                                           locale.formattedDataSize(b.sizeBytes),
                                           QFileInfo(b.path).fileName())
                               << Qt::endl;
                }
                return int(Ok);
            }
            const QString which = call.arg(1);
            QString file;
            bool number = false;
            const int n = which.toInt(&number);
            if (which == QLatin1String("latest") && !backups.empty())
                file = backups.front().path;
            else if (number && n >= 1 && n <= int(backups.size()))
                file = backups[size_t(n - 1)].path;
            else if (QFileInfo(which).isFile())
                file = which;
            else
                return call.fail(tr("There is no backup \"%1\"; run tianye-cli restore %2 to list them.")
                                     .arg(which, path));
            if (auto restored = Backups::restore(path, file); !restored)
                return call.fail(restored.error());
            call.out() << tr("Restored %1 from %2. The database it replaced is kept in the backups folder.")
                              .arg(QDir::toNativeSeparators(Project::folderFor(path)),
                                   QFileInfo(file).fileName())
                       << Qt::endl;
            return int(Ok);
        });
}

} // namespace tianye::cli
