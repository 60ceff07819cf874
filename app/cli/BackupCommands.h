// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "cli/CliContext.h"

#include <QCoreApplication>

namespace tianye::cli {

// "backup PATH" and "restore PATH [BACKUP|latest|N]".
class BackupCommands final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::cli::BackupCommands)

public:
    static int runBackup(CliContext& ctx, const QStringList& args);
    static int runRestore(CliContext& ctx, const QStringList& args);
};

} // namespace tianye::cli
