// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "cli/CliContext.h"

#include <QCoreApplication>

namespace tianye::cli {

// "record PATH --interview ID --seconds N [--keep opus|flac|wav] [--device NAME]"
// "record PATH --recover [--keep …]", "record --devices"
class RecordAudioCommand final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::cli::RecordAudioCommand)

public:
    static int run(CliContext& ctx, const QStringList& args);
};

} // namespace tianye::cli
