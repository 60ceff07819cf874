// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

struct sqlite3;
struct fts5_api;

namespace tianye::text {

// The connection's FTS5 extension API (SELECT fts5(?1) with a bound pointer), or null.
fts5_api* fts5ApiOf(sqlite3* db);

} // namespace tianye::text
