// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "formats/Sheet.h"

#include "formats/Csv.h"
#include "formats/SaveFile.h"
#include "formats/XlsxSheet.h"

namespace tianye::formats {

QByteArray toCsv(const Sheet& sheet)
{
    csv::Writer out;
    out.addRow(sheet.header);
    for (const QVariantList& row : sheet.rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QVariant& cell : row)
            fields << cell.toString();
        out.addRow(fields);
    }
    return out.data();
}

Status writeSheet(const Sheet& sheet, SheetFormat format, const QString& path)
{
    if (format == SheetFormat::Csv)
        return saveFile(path, toCsv(sheet));
    XlsxSheet xlsx(sheet.name);
    xlsx.setHeader(sheet.header);
    for (const QVariantList& row : sheet.rows)
        xlsx.addRow(row);
    for (const auto& [column, width] : sheet.widths)
        xlsx.setColumnWidth(column, width);
    return saveFile(path, xlsx.toBytes());
}

} // namespace tianye::formats
