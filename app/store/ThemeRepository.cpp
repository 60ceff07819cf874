// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/ThemeRepository.h"

#include "store/Database.h"
#include "store/RecordSql.h"
#include "store/SqlValue.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

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

Result<RowId> ThemeRepository::add(const WriteScope& w, const Theme& theme)
{
    if (theme.name.trimmed().isEmpty())
        return fail(Error::Code::InvalidArgument, tr("A theme needs a name."));
    return m_db.write(w, [&] {
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
        SQLite::Statement st(m_db.sql(), sql::selectRecord("themes", Columns) + " ORDER BY position, id");
        std::vector<Theme> all = sql::collect<Theme>(st, readTheme);
        // Depth-first, so that a parent always comes before its children: built here in
        // one pass (a path string per level, in SQL, grew with the depth of the tree).
        std::unordered_map<RowId, std::vector<size_t>> children;
        std::unordered_set<RowId> known;
        for (const Theme& t : all)
            known.insert(t.id);
        std::vector<size_t> roots;
        for (size_t i = 0; i < all.size(); ++i) {
            if (all[i].parentId != NoRow && known.contains(all[i].parentId))
                children[all[i].parentId].push_back(i);
            else
                roots.push_back(i);
        }
        std::vector<Theme> ordered;
        ordered.reserve(all.size());
        std::vector<size_t> stack(roots.rbegin(), roots.rend());
        while (!stack.empty()) {
            const size_t i = stack.back();
            stack.pop_back();
            ordered.push_back(all[i]);
            if (const auto it = children.find(all[i].id); it != children.end())
                stack.insert(stack.end(), it->second.rbegin(), it->second.rend());
        }
        return ordered;
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

Status ThemeRepository::set(const WriteScope& w, RowId id, ThemeField field, const QVariant& value)
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
        return m_db.updateColumn(w, Entity::Theme, "themes", id, QLatin1String(columnOf(field)),
                                 parent == NoRow ? QVariant() : QVariant(parent));
    }
    return m_db.updateColumn(w, Entity::Theme, "themes", id, QLatin1String(columnOf(field)), value);
}

namespace {

constexpr const char* DescendantsSql = R"sql(
    WITH RECURSIVE sub(id) AS (SELECT ?1 UNION ALL SELECT t.id FROM themes t JOIN sub ON t.parent_id = sub.id)
    SELECT id FROM sub)sql";

QList<RowId> descendants(SQLite::Database& db, RowId id)
{
    SQLite::Statement st(db, DescendantsSql);
    st.bind(1, static_cast<int64_t>(id));
    QList<RowId> ids;
    while (st.executeStep())
        ids << st.getColumn(0).getInt64();
    return ids;
}

QList<RowId> quotesOf(SQLite::Database& db, const QList<RowId>& themes)
{
    QList<RowId> quotes;
    SQLite::Statement st(db, "SELECT quote_id FROM quote_themes WHERE theme_id = ?");
    for (RowId theme : themes) {
        st.bind(1, static_cast<int64_t>(theme));
        while (st.executeStep())
            quotes << st.getColumn(0).getInt64();
        st.reset();
    }
    std::sort(quotes.begin(), quotes.end());
    quotes.erase(std::unique(quotes.begin(), quotes.end()), quotes.end());
    return quotes;
}

void touch(Database& db, RowId id)
{
    SQLite::Statement& st = db.cached("UPDATE themes SET updated_at = ?, author_id = ? WHERE id = ?");
    st.bind(1, static_cast<int64_t>(nowMs()));
    sql::bindId(st, 2, db.author());
    st.bind(3, static_cast<int64_t>(id));
    st.exec();
}

} // namespace

Status ThemeRepository::move(const WriteScope& w, RowId id, RowId parentId, int position)
{
    return m_db.write(w, [&] {
        if (parentId != NoRow) {
            orThrow(set(w, id, ThemeField::ParentId, parentId));
        } else {
            SQLite::Statement top(m_db.sql(), "UPDATE themes SET parent_id = NULL WHERE id = ?");
            top.bind(1, static_cast<int64_t>(id));
            if (top.exec() == 0)
                sql::throwNotFound(Entity::Theme, id);
        }
        SQLite::Statement siblings(m_db.sql(), "SELECT id FROM themes WHERE parent_id IS ? AND id <> ? "
                                               "ORDER BY position, id");
        sql::bindId(siblings, 1, parentId);
        siblings.bind(2, static_cast<int64_t>(id));
        QList<RowId> order;
        while (siblings.executeStep())
            order << siblings.getColumn(0).getInt64();
        order.insert(std::clamp<qsizetype>(position, 0, order.size()), id);
        SQLite::Statement place(m_db.sql(),
                                "UPDATE themes SET position = ? WHERE id = ? AND position IS NOT ?");
        QList<RowId> moved{id};
        for (int i = 0; i < order.size(); ++i) {
            place.bind(1, i);
            place.bind(2, static_cast<int64_t>(order.at(i)));
            place.bind(3, i);
            if (place.exec() > 0 && order.at(i) != id)
                moved << order.at(i);
            place.reset();
        }
        touch(m_db, id);
        m_db.record({Entity::Theme,
                     ChangeKind::Updated,
                     moved,
                     {QStringLiteral("parent_id"), QStringLiteral("position")}});
    });
}

Status ThemeRepository::merge(const WriteScope& w, RowId from, RowId into)
{
    if (from == into)
        return fail(Error::Code::InvalidArgument, tr("A theme cannot be merged into itself."));
    return m_db.write(w, [&] {
        const Theme source = orThrow(get(from));
        const Theme target = orThrow(get(into));
        if (descendants(m_db.sql(), from).contains(into)) {
            throw StoreFailure{
                {Error::Code::InvalidArgument,
                 tr("\"%1\" cannot be merged into its own sub-theme \"%2\".").arg(source.name, target.name)}};
        }
        const QList<RowId> quotes = quotesOf(m_db.sql(), {from});
        SQLite::Statement copy(m_db.sql(), "INSERT OR IGNORE INTO quote_themes(quote_id, theme_id) "
                                           "SELECT quote_id, ?2 FROM quote_themes WHERE theme_id = ?1");
        copy.bind(1, static_cast<int64_t>(from));
        copy.bind(2, static_cast<int64_t>(into));
        copy.exec();

        SQLite::Statement children(m_db.sql(),
                                   "SELECT id FROM themes WHERE parent_id = ? ORDER BY position, id");
        children.bind(1, static_cast<int64_t>(from));
        QList<RowId> moved;
        while (children.executeStep())
            moved << children.getColumn(0).getInt64();
        SQLite::Statement maxPos(m_db.sql(),
                                 "SELECT coalesce(max(position) + 1, 0) FROM themes WHERE parent_id = ?");
        maxPos.bind(1, static_cast<int64_t>(into));
        maxPos.executeStep();
        int next = maxPos.getColumn(0).getInt();
        SQLite::Statement reparent(m_db.sql(), "UPDATE themes SET parent_id = ?, position = ? WHERE id = ?");
        for (RowId child : moved) {
            reparent.bind(1, static_cast<int64_t>(into));
            reparent.bind(2, next++);
            reparent.bind(3, static_cast<int64_t>(child));
            reparent.exec();
            reparent.reset();
        }

        const auto joined = [](const QString& a, const QString& b) {
            if (b.trimmed().isEmpty() || a.contains(b))
                return a;
            return a.trimmed().isEmpty() ? b : QString(a + QStringLiteral("\n\n") + b);
        };
        QStringList fields;
        if (const QString d = joined(target.description, source.description); d != target.description) {
            orThrow(set(w, into, ThemeField::Description, d));
        }
        if (const QString m = joined(target.memo, source.memo); m != target.memo) {
            orThrow(set(w, into, ThemeField::Memo, m));
        }
        if (!moved.isEmpty())
            m_db.record({Entity::Theme,
                         ChangeKind::Updated,
                         moved,
                         {QStringLiteral("parent_id"), QStringLiteral("position")}});
        orThrow(m_db.removeRow(w, Entity::Theme, "themes", from));
        if (!quotes.isEmpty())
            m_db.record({Entity::Quote, ChangeKind::Updated, quotes, {QStringLiteral("themes")}});
    });
}

Status ThemeRepository::remove(const WriteScope& w, RowId id)
{
    return m_db.write(w, [&] {
        const QList<RowId> themes = descendants(m_db.sql(), id);
        const QList<RowId> quotes = quotesOf(m_db.sql(), themes);
        orThrow(m_db.removeRow(w, Entity::Theme, "themes", id));
        if (themes.size() > 1)
            m_db.record({Entity::Theme, ChangeKind::Removed, themes.mid(1), {}});
        if (!quotes.isEmpty())
            m_db.record({Entity::Quote, ChangeKind::Updated, quotes, {QStringLiteral("themes")}});
    });
}

Result<QList<RowId>> ThemeRepository::withDescendants(RowId id)
{
    return m_db.read([&] { return descendants(m_db.sql(), id); });
}

Result<QHash<RowId, int>> ThemeRepository::quoteCounts()
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), "SELECT theme_id, count(*) FROM quote_themes GROUP BY theme_id");
        QHash<RowId, int> counts;
        while (st.executeStep())
            counts.insert(st.getColumn(0).getInt64(), st.getColumn(1).getInt());
        return counts;
    });
}

} // namespace tianye
