// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "cli/CliContext.h"

#include <QCoreApplication>

namespace tianye::cli {

class ProjectCommands final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::cli::ProjectCommands)

public:
    static int runInit(CliContext& ctx, const QStringList& args);
    static int runInfo(CliContext& ctx, const QStringList& args);
    static int runDemo(CliContext& ctx, const QStringList& args);
    static int runCheck(CliContext& ctx, const QStringList& args);
    static int runGenerate(CliContext& ctx, const QStringList& args);

private:
    static int info(Call& call, bool json);
    static int check(Call& call, bool rebuild, bool deep);
};

} // namespace tianye::cli
