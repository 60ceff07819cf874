// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Records.h"
#include "core/Types.h"

#include <QCoreApplication>
#include <QVariant>

#include <vector>

namespace tianye {

class Database;
class WriteScope;

class CityRepository final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::CityRepository)

public:
    explicit CityRepository(Database& db)
        : m_db(db)
    {}
    Result<RowId> add(const WriteScope& w, const City& city);
    Result<City> get(RowId id);
    Result<std::vector<City>> list();
    // NoRow when there is no city of that name.
    Result<RowId> findByName(const QString& name);
    Status set(const WriteScope& w, RowId id, CityField field, const QVariant& value);
    // Removes the city with its interviews, participants and insights.
    Status remove(const WriteScope& w, RowId id);
    // Counts per city from indexes only: cheap enough to run on every change.
    Result<std::vector<CityStats>> stats();

private:
    Database& m_db;
};

} // namespace tianye
