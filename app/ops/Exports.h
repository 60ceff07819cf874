// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Records.h"
#include "formats/Sheet.h"

#include <vector>

// Verbs that write the project's material out for people outside it: Quotes →
// Export…, Theme × City → Export CSV…, tianye-cli quotes and matrix. Nothing withheld
// for consent (the store's withheld_quotes) is ever written.
namespace tianye::ops {

class Session;

// The quotes as a sheet, one row each, withheld ones left out.
formats::Sheet quotesSheet(const std::vector<QuoteRow>& rows);
// The theme × city matrix as a sheet: a quotes and an interviews column per city.
formats::Sheet matrixSheet(const ThemeMatrix& matrix);

struct QuotesWritten
{
    int written = 0;
    int withheld = 0; // left out for consent
};
// These quotes, in this order, as CSV or XLSX (what is typed is saved first).
Result<QuotesWritten> exportQuotes(Session& session, const std::vector<RowId>& ids,
                                   formats::SheetFormat format, const QString& path);
// The theme × city counts of what may leave the project, as CSV.
Result<QByteArray> matrixCsv(Session& session);
Status exportMatrix(Session& session, const QString& path);

} // namespace tianye::ops
