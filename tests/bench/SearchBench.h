// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QStringList>

namespace tianye::bench {

// Builds (or reuses, with --project) a generated corpus, times the index build,
// sizes the index against the raw text, then times queries of 1-4 CJK characters
// and English words (first page of 50 with snippets) against LIKE on the same rows.
int runSearch(const QStringList& args);

} // namespace tianye::bench
