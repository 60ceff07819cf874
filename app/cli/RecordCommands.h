// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "cli/CliContext.h"

namespace tianye::cli {

// "city add|list", "interview add|list"
int runCity(CliContext& ctx, const QStringList& args);
int runInterview(CliContext& ctx, const QStringList& args);

} // namespace tianye::cli
