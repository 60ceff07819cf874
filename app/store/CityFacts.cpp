// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/CityFacts.h"

#include "store/Database.h"
#include "store/SqlValue.h"

#include <SQLiteCpp/Statement.h>

namespace tianye {

Result<std::vector<CityFacts>> cityFacts(Database& db)
{
    return db.read([&] {
        SQLite::Statement st(db.sql(), R"sql(
            SELECT c.id, c.name,
              (SELECT min(substr(started_at, 1, 10)) FROM interviews WHERE city_id = c.id AND started_at <> ''),
              (SELECT max(substr(started_at, 1, 10)) FROM interviews WHERE city_id = c.id AND started_at <> ''),
              (SELECT count(*) FROM interviews WHERE city_id = c.id),
              (SELECT coalesce(sum(m.duration_ms), 0) FROM media m JOIN interviews i ON i.id = m.interview_id
                 WHERE i.city_id = c.id),
              (SELECT coalesce(sum(length(s.text)), 0) FROM segments s JOIN interviews i ON i.id = s.interview_id
                 WHERE i.city_id = c.id),
              (SELECT count(*) FROM quotes q JOIN interviews i ON i.id = q.interview_id WHERE i.city_id = c.id
                 AND q.detached = 0 AND q.id NOT IN (SELECT quote_id FROM withheld_quotes))
            FROM cities c ORDER BY c.id)sql");
        std::vector<CityFacts> out;
        while (st.executeStep()) {
            CityFacts f;
            f.cityId = st.getColumn(0).getInt64();
            f.cityName = sql::text(st.getColumn(1));
            f.firstDay = sql::text(st.getColumn(2));
            f.lastDay = sql::text(st.getColumn(3));
            f.interviews = st.getColumn(4).getInt();
            f.audioMs = st.getColumn(5).getInt64();
            f.characters = st.getColumn(6).getInt64();
            f.usableQuotes = st.getColumn(7).getInt();
            out.push_back(f);
        }
        return out;
    });
}

} // namespace tianye
