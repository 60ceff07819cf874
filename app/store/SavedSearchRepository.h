// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/SavedSearch.h"

#include <QCoreApplication>

#include <vector>

namespace tianye {

class Database;
class WriteScope;

// Saved searches (saved_searches): recorded, so they travel with sync and merge.
class SavedSearchRepository final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::SavedSearchRepository)

public:
    explicit SavedSearchRepository(Database& db)
        : m_db(db)
    {}
    // By name.
    Result<std::vector<SavedSearch>> list();
    // Saves the query under the name; a search of that name is replaced. Returns its id.
    Result<RowId> save(const WriteScope& w, const QString& name, const QString& query);
    Status remove(const WriteScope& w, RowId id);

private:
    Database& m_db;
};

} // namespace tianye
