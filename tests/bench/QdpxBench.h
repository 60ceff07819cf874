// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QStringList>

namespace tianye::bench {

// REFI-QDA exchange at scale: a generated project (or --project P) exported to a
// .qdpx, then that file imported as a new project; time and peak memory of each.
int runQdpx(const QStringList& args);

} // namespace tianye::bench
