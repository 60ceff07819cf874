// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QStringList>

namespace tianye::bench {

// Huge inputs: a 50 MB transcript (SRT and plain text) read and stored in an
// interview, and a 100,000-row codebook CSV merged into a project. Each runs in a
// process of its own so that its peak memory is its own.
int runImport(const QStringList& args);

} // namespace tianye::bench
