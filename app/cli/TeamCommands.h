// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "cli/CliContext.h"

#include <QCoreApplication>

namespace tianye::cli {

// "clone PATH DEST" and "activity PATH": copies for colleagues, and who changed what.
class TeamCommands final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::cli::TeamCommands)

public:
    static int runClone(CliContext& ctx, const QStringList& args);
    static int runActivity(CliContext& ctx, const QStringList& args);
};

} // namespace tianye::cli
