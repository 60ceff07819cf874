// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "cli/CliContext.h"

#include <QCoreApplication>

namespace tianye::cli {

// "search PATH QUERY [--city CITY] [--json] [--count] [--offset N] [--limit N]"
class SearchCommand final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::cli::SearchCommand)

public:
    static int run(CliContext& ctx, const QStringList& args);
};

} // namespace tianye::cli
