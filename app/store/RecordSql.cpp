// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/RecordSql.h"

#include "store/SqlValue.h"

namespace tianye::sql {

RowId insertRecord(Database& db, Entity entity, const char* table, std::initializer_list<const char*> columns,
                   const RecordInfo& info, const std::function<void(SQLite::Statement&, int)>& bindRest)
{
    std::string names = "uuid, created_at, updated_at, author_id";
    for (const char* c : columns)
        names += std::string(", ") + c;
    SQLite::Statement& st = db.cached("INSERT INTO " + std::string(table) + " (" + names + ") VALUES (" +
                                      placeholders(4 + int(columns.size())) + ")");
    const qint64 now = nowMs();
    bind(st, 1, info.uuid.isEmpty() ? newUuid() : info.uuid);
    st.bind(2, static_cast<int64_t>(info.createdAt ? info.createdAt : now));
    st.bind(3, static_cast<int64_t>(info.updatedAt ? info.updatedAt : now));
    bindId(st, 4, info.authorId ? info.authorId : db.author());
    bindRest(st, 5);
    st.exec();
    st.reset();
    const RowId id = db.sql().getLastInsertRowid();
    db.record({entity, ChangeKind::Inserted, {id}, {}});
    db.announceParentInterview(entity, table, id);
    return id;
}

std::string selectRecord(const char* table, const char* columns)
{
    return std::string("SELECT ") + RecordColumns + ", " + columns + " FROM " + table;
}

void throwNotFound(Entity entity, RowId id)
{
    throw StoreFailure{
        {Error::Code::NotFound, QCoreApplication::translate("tianye::Database", "There is no %1 with id %2.")
                                    .arg(entityName(entity))
                                    .arg(id)}};
}

} // namespace tianye::sql
