// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "cli/CliContext.h"

#include <QCoreApplication>

namespace tianye::cli {

// "clone", "sync", "conflicts", "activity" and "merge": copies for colleagues, bringing
// them together, what that resolved, who changed what, and projects started separately.
class TeamCommands final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::cli::TeamCommands)

public:
    static int runClone(CliContext& ctx, const QStringList& args);
    static int runActivity(CliContext& ctx, const QStringList& args);
    static int runSync(CliContext& ctx, const QStringList& args);
    static int runConflicts(CliContext& ctx, const QStringList& args);
    static int runMerge(CliContext& ctx, const QStringList& args);
};

} // namespace tianye::cli
