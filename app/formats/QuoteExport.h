// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "store/QuoteCatalog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace tianye::formats {

enum class SheetFormat
{
    Csv,
    Xlsx
};

// Quotes and the theme × city matrix as spreadsheets, for producers. Quotes of a
// participant who withdrew consent are never written.
class QuoteExport final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::formats::QuoteExport)

public:
    static QStringList headers();
    static QStringList fields(const QuoteRow& row);
    static QByteArray quotesCsv(const std::vector<QuoteRow>& rows);
    static Status writeQuotes(const std::vector<QuoteRow>& rows, SheetFormat format, const QString& path);

    // One row per theme (indented by depth), a quotes and an interviews column per city.
    static QByteArray matrixCsv(const ThemeMatrix& matrix);
};

} // namespace tianye::formats
