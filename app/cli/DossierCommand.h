// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "cli/CliContext.h"

#include <QCoreApplication>

namespace tianye::cli {

// "dossier PATH --city NAME | --all-cities [--format pdf|odt|html|md] -o FILE [options]"
// Needs a QApplication (charts): main() makes one, offscreen, for this command.
class DossierCommand final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::cli::DossierCommand)

public:
    static int run(CliContext& ctx, const QStringList& args);
};

} // namespace tianye::cli
