// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "ops/Team.h"

#include "ops/Session.h"
#include "ops/Verbs.h"
#include "store/ChangeLog.h"
#include "store/Project.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QScopeGuard>

namespace tianye::ops {

Result<CopyMade> copyForColleague(Session& session, const QString& destination, const QString& author,
                                  bool withMedia)
{
    if (auto saved = session.flushTyping(); !saved)
        return std::unexpected(saved.error());
    Project& project = session.project();
    QString folder = QFileInfo(destination).absoluteFilePath();
    if (!folder.endsWith(QLatin1String(Project::FolderSuffix)))
        folder += QLatin1String(Project::FolderSuffix);
    const QString where = QDir::toNativeSeparators(folder);
    if (QDir(folder) == QDir(project.folder()))
        return fail(Error::Code::InvalidArgument,
                    Verbs::tr("%1 is the project itself; choose another folder.").arg(where));
    if (QDir(folder).exists() &&
        !QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return fail(Error::Code::InvalidArgument,
                    Verbs::tr("%1 already exists and is not empty; choose another name.").arg(where));
    const bool existed = QDir(folder).exists();
    if (!QDir().mkpath(QDir(folder).filePath(QStringLiteral("media"))))
        return fail(Error::Code::Io, Verbs::tr("Cannot create %1: the place is not writable.").arg(where));
    // Whatever fails from here leaves nothing behind.
    auto cleanUp = qScopeGuard([&] {
        QDir dir(folder);
        if (!existed) {
            dir.removeRecursively();
            return;
        }
        for (const QFileInfo& entry :
             dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
            entry.isDir() ? QDir(entry.filePath()).removeRecursively() : QFile::remove(entry.filePath());
    });

    CopyMade made;
    made.folder = folder;
    const QString database = QDir(folder).filePath(QLatin1String(Project::DatabaseName));
    if (auto copied = project.db().backupTo(database); !copied)
        return std::unexpected(copied.error());

    QDirIterator media(project.mediaDir(), QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (media.hasNext()) {
        const QString file = media.next();
        if (!withMedia) {
            ++made.mediaLeft;
            continue;
        }
        const QString target =
            QDir(folder).filePath(QStringLiteral("media/") + QDir(project.mediaDir()).relativeFilePath(file));
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(file, target))
            return fail(Error::Code::Io,
                        Verbs::tr("Could not copy %1 to %2 (is the disk full?).")
                            .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(target)));
        ++made.mediaFiles;
        made.mediaBytes += QFileInfo(file).size();
    }

    auto copy = Project::open(folder);
    if (!copy)
        return std::unexpected(copy.error());
    if (auto ok = ChangeLog::becomeNewDevice((*copy)->db(), folder); !ok)
        return std::unexpected(ok.error());
    // The colleague's name, or none (then their system user name): never this copy's author.
    if (auto ok = ChangeLog::setDefaultAuthor((*copy)->db(), author); !ok)
        return std::unexpected(ok.error());
    cleanUp.dismiss();
    return made;
}

} // namespace tianye::ops
