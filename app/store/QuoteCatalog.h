// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Records.h"
#include "core/Types.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace SQLite {
class Database;
}

namespace tianye {

class Database;

// Read-only queries over all quotes, for the quote browser, exports and the matrix.
class QuoteCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::QuoteCatalog)

public:
    explicit QuoteCatalog(Database& db)
        : m_db(db)
    {}
    // The ids of the quotes that pass the filter, in its order. SQLite's progress
    // handler calls cancelled now and then; returning true stops with Code::Cancelled.
    Result<std::vector<RowId>> ids(const QuoteFilter& filter, const std::function<bool()>& cancelled = {});
    // The same on another connection: a worker thread filters 500,000 quotes on a
    // read-only connection of its own (Database::openReader) while the window stays live.
    static Result<std::vector<RowId>> ids(SQLite::Database& db, const QuoteFilter& filter,
                                          const std::function<bool()>& cancelled);
    Result<qint64> count();
    // The rows of these quotes, in the order given (missing ids are left out).
    Result<std::vector<QuoteRow>> rows(const std::vector<RowId>& ids);
    // Counts of quotes per theme and city; withheld quotes only when asked (the
    // window shows all, exports count only what may leave the project).
    Result<ThemeMatrix> matrix(bool includeWithheld = true);
    // Why each withheld quote of the interview is withheld (the others are not listed).
    Result<QHash<RowId, Withheld>> withheldIn(RowId interviewId);

private:
    Database& m_db;
};

} // namespace tianye
