// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/ThemeRepository.h"

#include "store/Database.h"
#include "store/RecordSql.h"
#include "store/SqlValue.h"

namespace tianye {

namespace {

constexpr const char* Columns = "parent_id, name, description, color, memo, position";

Theme readTheme(SQLite::Statement& st)
{
    Theme t;
    sql::readRecordInfo(st, t);
    t.parentId = sql::id(st.getColumn(5));
    t.name = sql::text(st.getColumn(6));
    t.description = sql::text(st.getColumn(7));
    t.color = sql::text(st.getColumn(8));
    t.memo = sql::text(st.getColumn(9));
    t.position = st.getColumn(10).getInt();
    return t;
}

const char* columnOf(ThemeField f)
{
    switch (f) {
    case ThemeField::ParentId:
        return "parent_id";
    case ThemeField::Name:
        return "name";
    case ThemeField::Description:
        return "description";
    case ThemeField::Color:
        return "color";
    case ThemeField::Memo:
        return "memo";
    case ThemeField::Position:
        return "position";
    }
    return "";
}

} // namespace

Result<RowId> ThemeRepository::add(const Theme& theme)
{
    if (theme.name.trimmed().isEmpty())
        return fail(Error::Code::InvalidArgument, tr("A theme needs a name."));
    return m_db.write([&] {
        return sql::insertRecord(m_db, Entity::Theme, "themes",
                                 {"parent_id", "name", "description", "color", "memo", "position"}, theme,
                                 [&](SQLite::Statement& st, int i) {
                                     sql::bindId(st, i, theme.parentId);
                                     sql::bind(st, i + 1, theme.name.trimmed());
                                     sql::bind(st, i + 2, theme.description);
                                     sql::bind(st, i + 3, theme.color);
                                     sql::bind(st, i + 4, theme.memo);
                                     st.bind(i + 5, theme.position);
                                 });
    });
}

Result<Theme> ThemeRepository::get(RowId id)
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), sql::selectRecord("themes", Columns) + " WHERE id = ?");
        st.bind(1, static_cast<int64_t>(id));
        if (!st.executeStep())
            sql::throwNotFound(Entity::Theme, id);
        return readTheme(st);
    });
}

Result<std::vector<Theme>> ThemeRepository::list()
{
    return m_db.read([&] {
        // Depth-first order so that a parent always comes before its children.
        SQLite::Statement st(m_db.sql(), R"sql(
            WITH RECURSIVE tree(id, path) AS (
              SELECT id, printf('%08d.%012d', position, id) FROM themes WHERE parent_id IS NULL
              UNION ALL
              SELECT t.id, tree.path || '/' || printf('%08d.%012d', t.position, t.id)
              FROM themes t JOIN tree ON t.parent_id = tree.id)
            SELECT t.id, t.uuid, t.created_at, t.updated_at, t.author_id, t.parent_id, t.name, t.description,
                   t.color, t.memo, t.position
            FROM themes t JOIN tree ON tree.id = t.id ORDER BY tree.path)sql");
        return sql::collect<Theme>(st, readTheme);
    });
}

Result<RowId> ThemeRepository::findByName(const QString& name, RowId parentId)
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), "SELECT id FROM themes WHERE name = ? AND parent_id IS ? LIMIT 1");
        sql::bind(st, 1, name.trimmed());
        sql::bindId(st, 2, parentId);
        return st.executeStep() ? RowId(st.getColumn(0).getInt64()) : NoRow;
    });
}

Status ThemeRepository::set(RowId id, ThemeField field, const QVariant& value)
{
    if (field == ThemeField::Name && value.toString().trimmed().isEmpty())
        return fail(Error::Code::InvalidArgument, tr("A theme needs a name."));
    if (field == ThemeField::ParentId) {
        const RowId parent = value.toLongLong();
        // Refuse to make a theme its own ancestor.
        auto cycle = m_db.read([&] {
            SQLite::Statement st(m_db.sql(), R"sql(
                WITH RECURSIVE up(id) AS (SELECT ?1 UNION ALL SELECT t.parent_id FROM themes t JOIN up ON t.id = up.id
                                          WHERE t.parent_id IS NOT NULL)
                SELECT count(*) FROM up WHERE id = ?2)sql");
            st.bind(1, static_cast<int64_t>(parent));
            st.bind(2, static_cast<int64_t>(id));
            st.executeStep();
            return st.getColumn(0).getInt() > 0;
        });
        if (!cycle)
            return std::unexpected(cycle.error());
        if (*cycle)
            return fail(Error::Code::InvalidArgument, tr("A theme cannot be placed inside itself."));
        return m_db.updateColumn(Entity::Theme, "themes", id, QLatin1String(columnOf(field)),
                                 parent == NoRow ? QVariant() : QVariant(parent));
    }
    return m_db.updateColumn(Entity::Theme, "themes", id, QLatin1String(columnOf(field)), value);
}

Status ThemeRepository::remove(RowId id)
{
    return m_db.removeRow(Entity::Theme, "themes", id);
}

} // namespace tianye
