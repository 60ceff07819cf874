// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "cli/CliContext.h"

#include <QCoreApplication>

namespace tianye::cli {

// "search PATH QUERY [--city CITY] [--json] [--count] [--offset N] [--limit N]
//  [--kwic [--sort transcript|left|right] [--context N]]"
class SearchCommand final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::cli::SearchCommand)

public:
    static int run(CliContext& ctx, const QStringList& args);
    // "code PATH --search QUERY --theme NAME [--scope hit|sentence|segment] [--dry-run]"
    static int runCode(CliContext& ctx, const QStringList& args);
    // "saved-search list PATH [--json] | add PATH NAME QUERY | remove PATH NAME"
    static int runSaved(CliContext& ctx, const QStringList& args);
};

} // namespace tianye::cli
