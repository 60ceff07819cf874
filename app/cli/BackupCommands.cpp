// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "cli/BackupCommands.h"

#include "store/Backups.h"
#include "store/Project.h"

#include <QDir>
#include <QFileInfo>
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
    QCommandLineParser parser;
    const int parsed = ctx.parse(parser, args,
                                 tr("tianye-cli backup PATH\nCopies the project's database into its backups "
                                    "folder, also while the project is open. Such backups are never rotated "
                                    "away."),
                                 tr("PATH"), 1, 1);
    if (parsed >= 0)
        return parsed;
    const QString path = parser.positionalArguments().at(0);
    if (!QFileInfo::exists(databaseOf(path)))
        return ctx.error(tr("There is no Tianye project at %1.").arg(QDir::toNativeSeparators(path)));
    auto made = Backups::create(databaseOf(path), backupDirOf(path), QStringLiteral("manual"));
    if (!made)
        return ctx.error(made.error());
    ctx.out() << tr("Backup written: %1").arg(QDir::toNativeSeparators(*made)) << Qt::endl;
    return Ok;
}

int BackupCommands::runRestore(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const int parsed = ctx.parse(parser, args,
                                 tr("tianye-cli restore PATH [BACKUP]\nWithout BACKUP, lists the project's "
                                    "backups, newest first. BACKUP is a number from that list, \"latest\" "
                                    "or a file. The project must not be open; its current database is kept "
                                    "as a backup first."),
                                 tr("PATH [BACKUP]"), 1, 2);
    if (parsed >= 0)
        return parsed;
    const QString path = parser.positionalArguments().at(0);
    const std::vector<BackupInfo> backups = Backups::list(backupDirOf(path));
    const QLocale locale;
    if (parser.positionalArguments().size() == 1) {
        if (backups.empty()) {
            ctx.out() << tr("No backups in %1.").arg(QDir::toNativeSeparators(backupDirOf(path))) << Qt::endl;
            return Ok;
        }
        for (size_t i = 0; i < backups.size(); ++i) {
            const BackupInfo& b = backups[i];
            ctx.out() << QStringLiteral("%1  %2  %3  %4  %5")
                             .arg(i + 1, 3)
                             .arg(b.when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), b.reason,
                                  locale.formattedDataSize(b.sizeBytes), QFileInfo(b.path).fileName())
                      << Qt::endl;
        }
        return Ok;
    }
    const QString which = parser.positionalArguments().at(1);
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
        return ctx.error(
            tr("There is no backup \"%1\"; run tianye-cli restore %2 to list them.").arg(which, path));
    if (auto restored = Backups::restore(path, file); !restored)
        return ctx.error(restored.error());
    ctx.out() << tr("Restored %1 from %2. The database it replaced is kept in the backups folder.")
                     .arg(QDir::toNativeSeparators(Project::folderFor(path)), QFileInfo(file).fileName())
              << Qt::endl;
    return Ok;
}

} // namespace tianye::cli
