// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "cli/CliContext.h"

#include <QCoreApplication>

namespace tianye::cli {

// "attach-audio PATH --interview ID FILE" and "media PATH"
class MediaCommands final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::cli::MediaCommands)

public:
    static int runAttach(CliContext& ctx, const QStringList& args);
    static int runList(CliContext& ctx, const QStringList& args);
};

} // namespace tianye::cli
