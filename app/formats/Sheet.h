// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace tianye::formats {

enum class SheetFormat
{
    Csv,
    Xlsx
};

// A table for a spreadsheet: a header and rows of cells (text, or numbers in a
// QVariant). What is in it is the caller's business (ops/Exports: quotes, the matrix).
struct Sheet
{
    QString name;
    QStringList header;
    QList<QVariantList> rows;
    QList<QPair<int, double>> widths; // column, characters (XLSX)
};

// CSV through the one writer (csv::Writer: formulas guarded, UTF-8 with BOM).
QByteArray toCsv(const Sheet& sheet);
// Writes the sheet as CSV or XLSX; an existing file is replaced only when the whole
// new one is written.
Status writeSheet(const Sheet& sheet, SheetFormat format, const QString& path);

} // namespace tianye::formats
