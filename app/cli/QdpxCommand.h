// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "cli/CliContext.h"

#include <QCoreApplication>

namespace tianye::cli {

// "qdpx export PATH -o FILE.qdpx [--without-media]",
// "qdpx import FILE.qdpx DEST" (a new project) and "qdpx import FILE.qdpx --into PATH".
class QdpxCommand final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::cli::QdpxCommand)

public:
    static int run(CliContext& ctx, const QStringList& args);
};

} // namespace tianye::cli
