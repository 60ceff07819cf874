// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Types.h"
#include "store/Database.h"

#include <SQLiteCpp/Statement.h>

#include <functional>
#include <initializer_list>
#include <string>

namespace tianye::sql {

// Inserts a row of a record table: uuid (the given one or a new one), times and
// author first, then the named columns bound by bindRest starting at index 5.
// Records the insertion for the change notifier and returns the new row id.
RowId insertRecord(Database& db, Entity entity, const char* table, std::initializer_list<const char*> columns,
                   const RecordInfo& info, const std::function<void(SQLite::Statement&, int)>& bindRest);

// "SELECT id, uuid, created_at, updated_at, author_id, <columns> FROM <table>"
std::string selectRecord(const char* table, const char* columns);

// Throws StoreFailure(NotFound) naming the entity and id.
[[noreturn]] void throwNotFound(Entity entity, RowId id);

// Runs `SELECT ...` prepared from sql with the id bound to ?1 and maps each row.
template <class T, class Map> std::vector<T> collect(SQLite::Statement& st, Map&& map)
{
    std::vector<T> out;
    while (st.executeStep())
        out.push_back(map(st));
    return out;
}

} // namespace tianye::sql
