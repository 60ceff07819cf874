// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "cli/CliContext.h"

#include <QCoreApplication>

namespace tianye::cli {

// "words PATH (--city NAME | --attribute KEY=VALUE) [--against CITY]… [--top N] [--json]
//  [--min-interviews K] [--min-length N] [--include-interviewers] [-o FILE]",
// "words PATH --expressions", "words PATH --leave-out WORD | --include WORD",
// "words PATH --make-theme TERM [--city NAME]".
class WordsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::cli::WordsCommand)

public:
    static int run(CliContext& ctx, const QStringList& args);
};

} // namespace tianye::cli
