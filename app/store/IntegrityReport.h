// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace tianye {

class Project;

// What `tianye-cli check` reports: SQLite's own integrity check, foreign keys,
// the schema version, media files present in media/, detached quotes.
struct IntegrityReport
{
    Q_DECLARE_TR_FUNCTIONS(tianye::IntegrityReport)

public:
    int schemaVersion = 0;
    QStringList problems; // each makes the check fail
    QStringList notes;    // worth knowing, not a failure
    bool ok() const { return problems.isEmpty(); }

    // deep: also reads every media file and compares its SHA-256 with the one it was
    // attached with (a copy damaged in place keeps its size).
    static IntegrityReport run(Project& project, bool deep = false);

    // SQLite's integrity and foreign-key checks of a project.db on a read-only
    // connection of its own, so it can run on a worker thread while the project is
    // open. Polls cancelled (when given) and stops with Error::Code::Cancelled.
    static Result<QStringList> checkDatabaseFile(const QString& path,
                                                 const std::function<bool()>& cancelled = {});
    // The checks that need the open project: search index, media files, detached
    // quotes. Adds to this report.
    void checkProject(Project& project, bool deep = false);
};

} // namespace tianye
