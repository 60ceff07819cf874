// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QStringList>

namespace tianye::bench {

// The quote browser over 50,000 and 500,000 quotes: load, filter by theme and city,
// text search, scrolling through rows, the matrix.
int runQuotes(const QStringList& args);

} // namespace tianye::bench
