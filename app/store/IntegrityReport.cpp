// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/IntegrityReport.h"

#include "store/Database.h"
#include "store/MediaRepository.h"
#include "store/Project.h"
#include "store/QuoteRepository.h"
#include "store/SqlValue.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

namespace tianye {

Result<QStringList> IntegrityReport::checkDatabaseFile(const QString& path,
                                                       const std::function<bool()>& cancelled)
{
    auto reader = Database::openReader(path);
    if (!reader)
        return std::unexpected(reader.error());
    try {
        SQLite::Database& db = **reader;
        const CancelWatch watch(db.getHandle(), cancelled, 10'000);
        QStringList problems;
        SQLite::Statement integrity(db, "PRAGMA integrity_check");
        while (integrity.executeStep()) {
            const QString line = sql::text(integrity.getColumn(0));
            if (line != QLatin1String("ok"))
                problems << tr("Database: %1").arg(line);
        }
        SQLite::Statement keys(db, "PRAGMA foreign_key_check");
        while (keys.executeStep()) {
            problems << tr("Broken reference: row %1 of %2 points to a missing row of %3.")
                            .arg(keys.getColumn(1).getInt64())
                            .arg(sql::text(keys.getColumn(0)), sql::text(keys.getColumn(2)));
        }
        return problems;
    } catch (const SQLite::Exception& e) {
        if (e.getErrorCode() == SQLITE_INTERRUPT)
            return fail(Error::Code::Cancelled, tr("The check of %1 was cancelled.").arg(path));
        return fail(Error::Code::Io, tr("Could not check %1: %2").arg(path, QString::fromUtf8(e.what())));
    }
}

IntegrityReport IntegrityReport::run(Project& project, bool deep)
{
    IntegrityReport report;
    report.schemaVersion = project.db().schemaVersion();
    if (auto problems = checkDatabaseFile(project.databasePath()))
        report.problems << *problems;
    else
        report.problems << problems.error().message;
    report.checkProject(project, deep);
    return report;
}

void IntegrityReport::checkProject(Project& project, bool deep)
{
    IntegrityReport& report = *this;
    Database& db = project.db();
    report.problems << db.checkSearchIndex();
    // Written while a program fills the project, removed when it finishes.
    if (const QString unfinished = db.meta(QStringLiteral("unfinished")); !unfinished.isEmpty())
        report.problems
            << tr("%1 was not finished: %2").arg(QDir::toNativeSeparators(project.folder()), unfinished);

    if (auto media = project.media().list(); media) {
        const QDir dir(project.mediaDir());
        QSet<QString> hashed; // a file several records share is read once
        for (const Media& m : *media) {
            const QFileInfo file(dir.filePath(m.sha256 + QLatin1Char('.') + m.format));
            if (!file.exists()) {
                report.problems << tr("Missing media file: %1 (%2) of interview %3.")
                                       .arg(m.originalName, file.fileName())
                                       .arg(m.interviewId);
            } else if (file.size() != m.sizeBytes) {
                report.problems << tr("Media file %1 (%2) has %3 bytes, %4 expected.")
                                       .arg(m.originalName, file.fileName())
                                       .arg(file.size())
                                       .arg(m.sizeBytes);
            } else if (deep && !hashed.contains(m.sha256)) {
                hashed.insert(m.sha256);
                QFile content(file.filePath());
                QCryptographicHash hash(QCryptographicHash::Sha256);
                if (!content.open(QIODevice::ReadOnly) || !hash.addData(&content))
                    report.problems << tr("Media file %1 (%2) cannot be read: %3")
                                           .arg(m.originalName, file.fileName(), content.errorString());
                else if (QString::fromLatin1(hash.result().toHex()) != m.sha256)
                    report.problems
                        << tr("Media file %1 (%2) is damaged: its content is not what was attached. "
                              "Attach the original again, or locate it, to repair it.")
                               .arg(m.originalName, file.fileName());
            }
        }
    } else {
        report.problems << media.error().message;
    }

    if (auto detached = project.quotes().detached(); detached) {
        if (!detached->empty())
            report.notes << tr("%n detached quote(s): their words were deleted from the transcript.", nullptr,
                               int(detached->size()));
    } else {
        report.problems << detached.error().message;
    }
}

} // namespace tianye
