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

// City-level insights and their ordered evidence quotes.
class InsightRepository final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::InsightRepository)

public:
    explicit InsightRepository(Database& db)
        : m_db(db)
    {}
    Result<RowId> add(const WriteScope& w, const Insight& insight);
    Result<Insight> get(RowId id);
    Result<std::vector<Insight>> list(RowId cityId = NoRow);
    // Kind takes an InsightKind.
    Status set(const WriteScope& w, RowId id, InsightField field, const QVariant& value);
    Status setEvidence(const WriteScope& w, RowId id, const QList<RowId>& quoteIds);
    Status remove(const WriteScope& w, RowId id);

private:
    void writeEvidence(RowId id, const QList<RowId>& quoteIds);
    Database& m_db;
};

} // namespace tianye
