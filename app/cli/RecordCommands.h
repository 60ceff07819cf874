// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "cli/CliContext.h"
#include "core/Ids.h"

#include <QCoreApplication>

namespace tianye::cli {

class RecordCommands final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::cli::RecordCommands)

public:
    static int runCity(CliContext& ctx, const QStringList& args);
    static int runInterview(CliContext& ctx, const QStringList& args);

private:
    static int groupHelp(CliContext& ctx, const QString& group, const QStringList& args, const QString& text);
    static Result<RowId> resolveCity(Project& project, const QString& nameOrId);
    static int cityAdd(CliContext& ctx, const QStringList& args);
    static int cityList(CliContext& ctx, const QStringList& args);
    static int interviewAdd(CliContext& ctx, const QStringList& args);
    static int interviewList(CliContext& ctx, const QStringList& args);
};

} // namespace tianye::cli
