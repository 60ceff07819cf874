// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Records.h"
#include "core/Types.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QVariant>

#include <vector>

namespace tianye {

class Database;
class WriteScope;

// The codebook: a tree of themes.
class ThemeRepository final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::ThemeRepository)

public:
    explicit ThemeRepository(Database& db)
        : m_db(db)
    {}
    Result<RowId> add(const WriteScope& w, const Theme& theme);
    Result<Theme> get(RowId id);
    // Every theme, parents before children, siblings by position.
    Result<std::vector<Theme>> list();
    Result<RowId> findByName(const QString& name, RowId parentId = NoRow);
    Status set(const WriteScope& w, RowId id, ThemeField field, const QVariant& value);
    // Places the theme under parentId (NoRow: top level) at position among its new
    // siblings, renumbering them.
    Status move(const WriteScope& w, RowId id, RowId parentId, int position);
    // Moves every quote and sub-theme of from to into, appends from's description
    // and memo to into's, and removes from. Nothing coded is lost.
    Status merge(const WriteScope& w, RowId from, RowId into);
    // Removes the theme and its sub-themes; quotes keep their other themes.
    Status remove(const WriteScope& w, RowId id);
    // The theme and every theme below it.
    Result<QList<RowId>> withDescendants(RowId id);
    // How many quotes carry each theme directly.
    Result<QHash<RowId, int>> quoteCounts();

private:
    Database& m_db;
};

} // namespace tianye
