// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "cli/CliContext.h"

#include <QCoreApplication>

namespace tianye::cli {

// "codebook export|import PATH FILE"
// "quotes PATH [--city C] [--theme T] [--starred] [--dossier] [--search Q] --format csv|xlsx -o FILE"
// "matrix PATH" (CSV on standard output)
// "quote add PATH --interview ID --text WORDS [--occurrence N] [--theme NAME]... [--star] [--dossier]"
class QuoteCommands final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::cli::QuoteCommands)

public:
    static int runCodebook(CliContext& ctx, const QStringList& args);
    static int runQuotes(CliContext& ctx, const QStringList& args);
    static int runMatrix(CliContext& ctx, const QStringList& args);
    static int runQuote(CliContext& ctx, const QStringList& args);

private:
    static int quoteAdd(CliContext& ctx, const QStringList& args);
};

} // namespace tianye::cli
