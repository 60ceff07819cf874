// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <map>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace tianye {

// What code working on recorded changes (undo, the change log) needs to know of a
// table: its columns, the rows it refers to and the tables that refer to it, read
// from the schema, never assumed by position. Internal to the store.
struct Shape
{
    std::vector<std::string> columns;
    std::vector<std::string> keys; // the primary key's columns, in key order
    struct Reference
    {
        int column;         // in this table
        std::string parent; // the table referred to (by its id)
    };
    std::vector<Reference> references;
    struct Referrer
    {
        std::string table;
        std::string column; // referring to this table's id
    };
    std::vector<Referrer> referrers; // among the tables the Shapes were asked to look at

    int indexOf(const char* name) const;
    // The table this column refers to, or "" when it holds no reference.
    std::string parentOf(int column) const;
};

class Shapes
{
public:
    // Referrers are looked for among referrerTables.
    explicit Shapes(SQLite::Database& db, std::vector<std::string> referrerTables = {})
        : m_db(db)
        , m_referrerTables(std::move(referrerTables))
    {}
    const Shape& of(const std::string& table);

private:
    SQLite::Database& m_db;
    std::vector<std::string> m_referrerTables;
    std::map<std::string, Shape> m_shapes;
};

} // namespace tianye
