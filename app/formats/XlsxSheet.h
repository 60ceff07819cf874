// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

namespace tianye::formats {

// A one-sheet Office Open XML spreadsheet (.xlsx, ECMA-376): a bold header row that
// stays in view with a filter on it, text and number cells, column widths.
//
// Written with QuaZip rather than libxlsxwriter: on Debian 12 libxlsxwriter links the
// system minizip, whose zipOpen3 is shadowed by QuaZip's own (different signature)
// in any process that has both, and the first .xlsx written crashes.
class XlsxSheet final
{
public:
    explicit XlsxSheet(QString sheetName);
    void setHeader(const QStringList& header);
    // QString cells are text, numeric QVariants numbers; null or empty cells are left out.
    void addRow(const QVariantList& cells);
    void setColumnWidth(int column, double characters);
    QByteArray toBytes() const;

    // Excel keeps at most this many characters in a cell; longer text is cut.
    static constexpr qsizetype MaxCellChars = 32'767;

private:
    QString m_name;
    QStringList m_header;
    QList<QVariantList> m_rows;
    QList<QPair<int, double>> m_widths;
};

} // namespace tianye::formats
