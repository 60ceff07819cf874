// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/SavedSearchRepository.h"

#include "store/Database.h"
#include "store/SqlValue.h"

namespace tianye {

Result<std::vector<SavedSearch>> SavedSearchRepository::list()
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), "SELECT id, name, query FROM saved_searches ORDER BY name, id");
        std::vector<SavedSearch> out;
        while (st.executeStep())
            out.push_back(
                {st.getColumn(0).getInt64(), sql::text(st.getColumn(1)), sql::text(st.getColumn(2))});
        return out;
    });
}

Result<RowId> SavedSearchRepository::save(const WriteScope& w, const QString& name, const QString& query)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(Error::Code::InvalidArgument, tr("Give the search a name."));
    if (query.trimmed().isEmpty())
        return fail(Error::Code::InvalidArgument, tr("There is no search to save: type one first."));
    return m_db.write(w, [&]() -> RowId {
        SQLite::Statement find(m_db.sql(),
                               "SELECT id FROM saved_searches WHERE name = ? ORDER BY id LIMIT 1");
        sql::bind(find, 1, trimmed);
        const qint64 now = nowMs();
        if (find.executeStep()) {
            const RowId id = find.getColumn(0).getInt64();
            SQLite::Statement st(
                m_db.sql(),
                "UPDATE saved_searches SET query = ?, updated_at = ?, author_id = ? WHERE id = ?");
            sql::bind(st, 1, query.trimmed());
            st.bind(2, static_cast<int64_t>(now));
            sql::bindId(st, 3, m_db.author());
            st.bind(4, static_cast<int64_t>(id));
            st.exec();
            return id;
        }
        SQLite::Statement st(m_db.sql(),
                             "INSERT INTO saved_searches (uuid, created_at, updated_at, author_id, "
                             "name, query) VALUES (?, ?, ?, ?, ?, ?)");
        sql::bind(st, 1, newUuid());
        st.bind(2, static_cast<int64_t>(now));
        st.bind(3, static_cast<int64_t>(now));
        sql::bindId(st, 4, m_db.author());
        sql::bind(st, 5, trimmed);
        sql::bind(st, 6, query.trimmed());
        st.exec();
        return m_db.sql().getLastInsertRowid();
    });
}

Status SavedSearchRepository::remove(const WriteScope& w, RowId id)
{
    return m_db.write(w, [&] {
        SQLite::Statement st(m_db.sql(), "DELETE FROM saved_searches WHERE id = ?");
        st.bind(1, static_cast<int64_t>(id));
        st.exec();
    });
}

} // namespace tianye
