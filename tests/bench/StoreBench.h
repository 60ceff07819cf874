// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QStringList>

namespace tianye::bench {

// Creates a generated project (default 10,000 interviews x 20,000 characters) and
// reports rows/s, then reopens it and reports the time to the first query.
int runStore(const QStringList& args);

} // namespace tianye::bench
