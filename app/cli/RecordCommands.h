// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "cli/CliContext.h"

#include <QCoreApplication>

namespace tianye::cli {

// tianye-cli city …, interview …, participant …: the records of the log.
class RecordCommands final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::cli::RecordCommands)

public:
    static int runCity(CliContext& ctx, const QStringList& args);
    static int runInterview(CliContext& ctx, const QStringList& args);
    static int runParticipant(CliContext& ctx, const QStringList& args);

private:
    static int cityAdd(CliContext& ctx, const QStringList& args);
    static int cityEdit(CliContext& ctx, const QStringList& args);
    static int cityList(CliContext& ctx, const QStringList& args);
    static int interviewAdd(CliContext& ctx, const QStringList& args);
    static int interviewList(CliContext& ctx, const QStringList& args);
    static int participantEdit(CliContext& ctx, const QStringList& args);
    static int participantList(CliContext& ctx, const QStringList& args);
};

} // namespace tianye::cli
