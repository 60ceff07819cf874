// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "cli/CliContext.h"

namespace tianye::cli {

int runInit(CliContext& ctx, const QStringList& args);
int runInfo(CliContext& ctx, const QStringList& args);
int runDemo(CliContext& ctx, const QStringList& args);
int runCheck(CliContext& ctx, const QStringList& args);
int runGenerate(CliContext& ctx, const QStringList& args);

} // namespace tianye::cli
