// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

struct sqlite3;

namespace tianye::text {

// tianye_bm25(fts_table, 'fts_table'): Okapi BM25 (k1 = 1.2, b = 0.75, IDF as in
// FTS5's bm25()), lower is better, for a one-column FTS5 table. FTS5's own bm25()
// looks up every matching row's length with a separate seek into %_docsize, which
// is three quarters of its cost; rows come in rowid order, so this reads %_docsize
// with one cursor that moves forward and seeks only across large gaps.
class Ranking final
{
public:
    static constexpr const char* FunctionName = "tianye_bm25";
    static bool registerWith(sqlite3* db);
};

} // namespace tianye::text
