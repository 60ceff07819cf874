// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/ConsentSets.h"

#include "store/Database.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace tianye {

Result<ConsentSets> ConsentSets::read(Database& db)
{
    return db.read([&] {
        ConsentSets out;
        const auto fill = [&](const char* sql, QSet<RowId>& into) {
            SQLite::Statement st(db.sql(), sql);
            while (st.executeStep())
                into.insert(st.getColumn(0).getInt64());
        };
        fill("SELECT segment_id FROM withheld_segments", out.segments);
        fill("SELECT quote_id FROM withheld_quotes", out.quotes);
        fill("SELECT interview_id FROM withheld_interviews", out.interviews);
        fill("SELECT id FROM participants WHERE consent_status = 'withdrawn'", out.participants);
        return out;
    });
}

} // namespace tianye
