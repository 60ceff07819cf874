// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/TableShapes.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace tianye {

int Shape::indexOf(const char* name) const
{
    for (size_t i = 0; i < columns.size(); ++i)
        if (columns[i] == name)
            return int(i);
    return -1;
}

std::string Shape::parentOf(int column) const
{
    for (const Reference& r : references)
        if (r.column == column)
            return r.parent;
    return {};
}

const Shape& Shapes::of(const std::string& table)
{
    auto it = m_shapes.find(table);
    if (it != m_shapes.end())
        return it->second;
    Shape shape;
    SQLite::Statement info(m_db, "SELECT name, pk FROM pragma_table_info(?) ORDER BY cid");
    info.bind(1, table);
    std::map<int, std::string> keys;
    while (info.executeStep()) {
        shape.columns.push_back(info.getColumn(0).getString());
        if (const int pk = info.getColumn(1).getInt(); pk > 0)
            keys[pk] = shape.columns.back();
    }
    for (auto& [position, name] : keys)
        shape.keys.push_back(name);
    SQLite::Statement refs(m_db, "SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)");
    refs.bind(1, table);
    while (refs.executeStep())
        shape.references.push_back(
            {shape.indexOf(refs.getColumn(0).getText()), refs.getColumn(1).getString()});
    for (const std::string& other : m_referrerTables) {
        SQLite::Statement back(m_db, "SELECT \"from\" FROM pragma_foreign_key_list(?) WHERE \"table\" = ?");
        back.bind(1, other);
        back.bind(2, table);
        while (back.executeStep())
            shape.referrers.push_back({other, back.getColumn(0).getString()});
    }
    return m_shapes.emplace(table, std::move(shape)).first->second;
}

} // namespace tianye
