// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QStringList>

namespace tianye::bench {

// The window on a big project: from opening to the interview log painted, the page
// check beside it, search-as-you-type latency in the Search view, and memory with the
// concordance of the most frequent character.
int runWindow(const QStringList& args);

} // namespace tianye::bench
