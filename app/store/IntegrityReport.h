// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QCoreApplication>
#include <QStringList>

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

    static IntegrityReport run(Project& project);
};

} // namespace tianye
