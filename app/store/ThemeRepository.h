// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Types.h"

#include <QCoreApplication>
#include <QVariant>

#include <vector>

namespace tianye {

class Database;

enum class ThemeField
{
    ParentId,
    Name,
    Description,
    Color,
    Memo,
    Position
};

// The codebook: a tree of themes.
class ThemeRepository final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::ThemeRepository)

public:
    explicit ThemeRepository(Database& db)
        : m_db(db)
    {}
    Result<RowId> add(const Theme& theme);
    Result<Theme> get(RowId id);
    // Every theme, parents before children, siblings by position.
    Result<std::vector<Theme>> list();
    Result<RowId> findByName(const QString& name, RowId parentId = NoRow);
    Status set(RowId id, ThemeField field, const QVariant& value);
    // Removes the theme and its sub-themes; quotes keep their other themes.
    Status remove(RowId id);

private:
    Database& m_db;
};

} // namespace tianye
