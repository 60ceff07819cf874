// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/CityRepository.h"

#include "store/Database.h"
#include "store/RecordSql.h"
#include "store/SqlValue.h"

namespace tianye {

namespace {

constexpr const char* Columns = "name, region, notes, spirit_word, insight_statement, target_interviews";

City readCity(SQLite::Statement& st)
{
    City c;
    sql::readRecordInfo(st, c);
    c.name = sql::text(st.getColumn(5));
    c.region = sql::text(st.getColumn(6));
    c.notes = sql::text(st.getColumn(7));
    c.spiritWord = sql::text(st.getColumn(8));
    c.insightStatement = sql::text(st.getColumn(9));
    c.targetInterviews = st.getColumn(10).getInt();
    return c;
}

QString columnOf(CityField f)
{
    switch (f) {
    case CityField::Name:
        return QStringLiteral("name");
    case CityField::Region:
        return QStringLiteral("region");
    case CityField::Notes:
        return QStringLiteral("notes");
    case CityField::SpiritWord:
        return QStringLiteral("spirit_word");
    case CityField::InsightStatement:
        return QStringLiteral("insight_statement");
    case CityField::TargetInterviews:
        return QStringLiteral("target_interviews");
    }
    return {};
}

} // namespace

Result<RowId> CityRepository::add(const WriteScope& w, const City& city)
{
    const QString name = city.name.trimmed();
    if (name.isEmpty())
        return fail(Error::Code::InvalidArgument, tr("A city needs a name."));
    auto existing = findByName(name);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing != NoRow)
        return fail(Error::Code::Constraint, tr("There is already a city named \"%1\".").arg(name));
    return m_db.write(w, [&] {
        return sql::insertRecord(
            m_db, Entity::City, "cities",
            {"name", "region", "notes", "spirit_word", "insight_statement", "target_interviews"}, city,
            [&](SQLite::Statement& st, int i) {
                sql::bind(st, i, name);
                sql::bind(st, i + 1, city.region);
                sql::bind(st, i + 2, city.notes);
                sql::bind(st, i + 3, city.spiritWord);
                sql::bind(st, i + 4, city.insightStatement);
                st.bind(i + 5, city.targetInterviews);
            });
    });
}

Result<City> CityRepository::get(RowId id)
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), sql::selectRecord("cities", Columns) + " WHERE id = ?");
        st.bind(1, static_cast<int64_t>(id));
        if (!st.executeStep())
            sql::throwNotFound(Entity::City, id);
        return readCity(st);
    });
}

Result<std::vector<City>> CityRepository::list()
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), sql::selectRecord("cities", Columns) + " ORDER BY id");
        return sql::collect<City>(st, readCity);
    });
}

Result<RowId> CityRepository::findByName(const QString& name)
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), "SELECT id FROM cities WHERE name = ?");
        sql::bind(st, 1, name.trimmed());
        return st.executeStep() ? RowId(st.getColumn(0).getInt64()) : NoRow;
    });
}

Status CityRepository::set(const WriteScope& w, RowId id, CityField field, const QVariant& value)
{
    if (field == CityField::Name) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty())
            return fail(Error::Code::InvalidArgument, tr("A city needs a name."));
        auto existing = findByName(name);
        if (existing && *existing != NoRow && *existing != id)
            return fail(Error::Code::Constraint, tr("There is already a city named \"%1\".").arg(name));
        return m_db.updateColumn(w, Entity::City, "cities", id, columnOf(field), name);
    }
    return m_db.updateColumn(w, Entity::City, "cities", id, columnOf(field), value);
}

Status CityRepository::remove(const WriteScope& w, RowId id)
{
    return m_db.removeRow(w, Entity::City, "cities", id);
}

Result<std::vector<CityStats>> CityRepository::stats()
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), R"sql(
            SELECT c.id,
              (SELECT count(*) FROM interviews i WHERE i.city_id = c.id),
              (SELECT count(*) FROM interviews i WHERE i.city_id = c.id
                 AND i.status IN ('transcribed', 'coded', 'reviewed')),
              (SELECT count(*) FROM participants p WHERE p.city_id = c.id),
              (SELECT count(*) FROM quotes q JOIN interviews i ON i.id = q.interview_id WHERE i.city_id = c.id)
            FROM cities c ORDER BY c.id)sql");
        return sql::collect<CityStats>(st, [](SQLite::Statement& s) {
            return CityStats{s.getColumn(0).getInt64(), s.getColumn(1).getInt(), s.getColumn(2).getInt(),
                             s.getColumn(3).getInt(), s.getColumn(4).getInt()};
        });
    });
}

} // namespace tianye
