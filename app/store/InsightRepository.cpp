// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/InsightRepository.h"

#include "store/Database.h"
#include "store/RecordSql.h"
#include "store/SqlValue.h"

#include <QHash>

namespace tianye {

namespace {

constexpr const char* Columns = "city_id, position, kind, title, statement";

Insight readInsight(SQLite::Statement& st)
{
    Insight in;
    sql::readRecordInfo(st, in);
    in.cityId = st.getColumn(5).getInt64();
    in.position = st.getColumn(6).getInt();
    in.kind = insightKindFromKey(sql::text(st.getColumn(7))).value_or(InsightKind::Supporting);
    in.title = sql::text(st.getColumn(8));
    in.statement = sql::text(st.getColumn(9));
    return in;
}

const char* columnOf(InsightField f)
{
    switch (f) {
    case InsightField::Kind:
        return "kind";
    case InsightField::Title:
        return "title";
    case InsightField::Statement:
        return "statement";
    case InsightField::Position:
        return "position";
    }
    return "";
}

} // namespace

void InsightRepository::writeEvidence(RowId id, const QList<RowId>& quoteIds)
{
    SQLite::Statement del(m_db.sql(), "DELETE FROM insight_quotes WHERE insight_id = ?");
    del.bind(1, static_cast<int64_t>(id));
    del.exec();
    SQLite::Statement ins(m_db.sql(), "INSERT OR IGNORE INTO insight_quotes(insight_id, quote_id, position) "
                                      "VALUES (?, ?, ?)");
    int position = 0;
    for (RowId quote : quoteIds) {
        ins.bind(1, static_cast<int64_t>(id));
        ins.bind(2, static_cast<int64_t>(quote));
        ins.bind(3, position++);
        ins.exec();
        ins.reset();
    }
}

Result<RowId> InsightRepository::add(const WriteScope& w, const Insight& insight)
{
    if (insight.title.trimmed().isEmpty() && insight.statement.trimmed().isEmpty())
        return fail(Error::Code::InvalidArgument, tr("An insight needs a title or a statement."));
    return m_db.write(w, [&] {
        const RowId id = sql::insertRecord(m_db, Entity::Insight, "insights",
                                           {"city_id", "position", "kind", "title", "statement"}, insight,
                                           [&](SQLite::Statement& st, int i) {
                                               st.bind(i, static_cast<int64_t>(insight.cityId));
                                               st.bind(i + 1, insight.position);
                                               sql::bind(st, i + 2, toKey(insight.kind));
                                               sql::bind(st, i + 3, insight.title);
                                               sql::bind(st, i + 4, insight.statement);
                                           });
        writeEvidence(id, insight.quoteIds);
        return id;
    });
}

Result<Insight> InsightRepository::get(RowId id)
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), sql::selectRecord("insights", Columns) + " WHERE id = ?");
        st.bind(1, static_cast<int64_t>(id));
        if (!st.executeStep())
            sql::throwNotFound(Entity::Insight, id);
        Insight in = readInsight(st);
        SQLite::Statement ev(m_db.sql(),
                             "SELECT quote_id FROM insight_quotes WHERE insight_id = ? ORDER BY position");
        ev.bind(1, static_cast<int64_t>(id));
        while (ev.executeStep())
            in.quoteIds.append(ev.getColumn(0).getInt64());
        return in;
    });
}

Result<std::vector<Insight>> InsightRepository::list(RowId cityId)
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), sql::selectRecord("insights", Columns) +
                                             (cityId == NoRow ? "" : " WHERE city_id = ?") +
                                             " ORDER BY city_id, position, id");
        if (cityId != NoRow)
            st.bind(1, static_cast<int64_t>(cityId));
        auto insights = sql::collect<Insight>(st, readInsight);
        QHash<RowId, Insight*> byId;
        for (Insight& in : insights)
            byId.insert(in.id, &in);
        SQLite::Statement ev(m_db.sql(),
                             "SELECT insight_id, quote_id FROM insight_quotes ORDER BY insight_id, position");
        while (ev.executeStep()) {
            if (Insight* in = byId.value(ev.getColumn(0).getInt64()))
                in->quoteIds.append(ev.getColumn(1).getInt64());
        }
        return insights;
    });
}

Status InsightRepository::set(const WriteScope& w, RowId id, InsightField field, const QVariant& value)
{
    const QVariant stored = field == InsightField::Kind ? QVariant(toKey(value.value<InsightKind>())) : value;
    return m_db.updateColumn(w, Entity::Insight, "insights", id, QLatin1String(columnOf(field)), stored);
}

Status InsightRepository::setEvidence(const WriteScope& w, RowId id, const QList<RowId>& quoteIds)
{
    return m_db.write(w, [&] {
        writeEvidence(id, quoteIds);
        m_db.record({Entity::Insight, ChangeKind::Updated, {id}, {QStringLiteral("evidence")}});
    });
}

Status InsightRepository::remove(const WriteScope& w, RowId id)
{
    return m_db.removeRow(w, Entity::Insight, "insights", id);
}

} // namespace tianye
