// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QStringList>

namespace tianye::bench {

// Two copies of one project brought together: a day of work on each (interviews
// logged, transcripts imported, quotes made) synced both ways, the exchange file it
// makes, then many small edits on each side synced, with memory.
int runSync(const QStringList& args);

} // namespace tianye::bench
