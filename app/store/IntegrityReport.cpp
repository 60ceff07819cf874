// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/IntegrityReport.h"

#include "store/MediaRepository.h"
#include "store/Project.h"
#include "store/QuoteRepository.h"
#include "store/SqlValue.h"

#include <QDir>
#include <QFileInfo>

#include <SQLiteCpp/Statement.h>

namespace tianye {

IntegrityReport IntegrityReport::run(Project& project)
{
    IntegrityReport report;
    Database& db = project.db();
    auto checked = db.read([&] {
        report.schemaVersion = db.schemaVersion();
        SQLite::Statement integrity(db.sql(), "PRAGMA integrity_check");
        while (integrity.executeStep()) {
            const QString line = sql::text(integrity.getColumn(0));
            if (line != QLatin1String("ok"))
                report.problems << tr("Database: %1").arg(line);
        }
        SQLite::Statement keys(db.sql(), "PRAGMA foreign_key_check");
        while (keys.executeStep()) {
            report.problems << tr("Broken reference: row %1 of %2 points to a missing row of %3.")
                                   .arg(keys.getColumn(1).getInt64())
                                   .arg(sql::text(keys.getColumn(0)), sql::text(keys.getColumn(2)));
        }
    });
    if (!checked)
        report.problems << checked.error().message;
    report.problems << db.checkSearchIndex();

    if (auto media = project.media().list(); media) {
        const QDir dir(project.mediaDir());
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
    return report;
}

} // namespace tianye
