// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/ResearcherRepository.h"

#include "store/Database.h"
#include "store/RecordSql.h"
#include "store/SqlValue.h"

namespace tianye {

namespace {

Researcher readResearcher(SQLite::Statement& st)
{
    Researcher r;
    sql::readRecordInfo(st, r);
    r.name = sql::text(st.getColumn(5));
    r.email = sql::text(st.getColumn(6));
    return r;
}

} // namespace

Result<RowId> ResearcherRepository::add(const WriteScope& w, const Researcher& researcher)
{
    const QString name = researcher.name.trimmed();
    if (name.isEmpty())
        return fail(Error::Code::InvalidArgument, tr("A researcher needs a name."));
    return m_db.write(w, [&] {
        return sql::insertRecord(m_db, Entity::Researcher, "researchers", {"name", "email"}, researcher,
                                 [&](SQLite::Statement& st, int i) {
                                     sql::bind(st, i, name);
                                     sql::bind(st, i + 1, researcher.email);
                                 });
    });
}

Result<Researcher> ResearcherRepository::get(RowId id)
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), sql::selectRecord("researchers", "name, email") + " WHERE id = ?");
        st.bind(1, static_cast<int64_t>(id));
        if (!st.executeStep())
            sql::throwNotFound(Entity::Researcher, id);
        return readResearcher(st);
    });
}

Result<std::vector<Researcher>> ResearcherRepository::list()
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), sql::selectRecord("researchers", "name, email") + " ORDER BY name");
        return sql::collect<Researcher>(st, readResearcher);
    });
}

Result<RowId> ResearcherRepository::findOrAdd(const WriteScope& w, const QString& name)
{
    auto found = m_db.read([&] {
        SQLite::Statement st(m_db.sql(), "SELECT id FROM researchers WHERE name = ? ORDER BY id LIMIT 1");
        sql::bind(st, 1, name.trimmed());
        return st.executeStep() ? RowId(st.getColumn(0).getInt64()) : NoRow;
    });
    if (!found || *found != NoRow)
        return found;
    Researcher r;
    r.name = name;
    return add(w, r);
}

Status ResearcherRepository::rename(const WriteScope& w, RowId id, const QString& name)
{
    if (name.trimmed().isEmpty())
        return fail(Error::Code::InvalidArgument, tr("A researcher needs a name."));
    return m_db.updateColumn(w, Entity::Researcher, "researchers", id, QStringLiteral("name"),
                             name.trimmed());
}

} // namespace tianye
