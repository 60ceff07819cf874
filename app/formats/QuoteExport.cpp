// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "formats/QuoteExport.h"

#include "core/TimeCode.h"
#include "formats/Csv.h"
#include "formats/SaveFile.h"
#include "formats/XlsxSheet.h"

#include <QDir>
#include <QFile>

namespace tianye::formats {

namespace {

QString yesNo(bool value)
{
    return value ? QuoteExport::tr("yes") : QString();
}

QString time(const std::optional<qint64>& ms)
{
    return ms ? formatTimeCode(*ms) : QString();
}

} // namespace

QStringList QuoteExport::headers()
{
    return {tr("Quote"), tr("Translation"),    tr("Speaker"),   tr("Role"),      tr("Category"),
            tr("City"),  tr("Interview date"), tr("Themes"),    tr("Starred"),   tr("In dossier"),
            tr("Note"),  tr("Audio start"),    tr("Audio end"), tr("Interview"), tr("Quote ID")};
}

QStringList QuoteExport::fields(const QuoteRow& r)
{
    return {r.text,
            r.translation,
            r.speakerCode,
            r.role,
            r.category,
            r.cityName,
            r.interviewDate.left(10),
            r.themes.join(QStringLiteral("; ")),
            yesNo(r.starred),
            yesNo(r.inDossier),
            r.note,
            time(r.audioStartMs),
            time(r.audioEndMs),
            QString::number(r.interviewId),
            QString::number(r.id)};
}

QByteArray QuoteExport::quotesCsv(const std::vector<QuoteRow>& rows)
{
    csv::Writer out(true);
    out.addRow(headers());
    for (const QuoteRow& r : rows) {
        if (!r.consentWithdrawn)
            out.addRow(fields(r));
    }
    return out.data();
}

Status QuoteExport::writeQuotes(const std::vector<QuoteRow>& rows, SheetFormat format, const QString& path)
{
    if (format == SheetFormat::Csv)
        return saveFile(path, quotesCsv(rows));

    XlsxSheet sheet(tr("Quotes"));
    sheet.setHeader(headers());
    for (const QuoteRow& r : rows) {
        if (r.consentWithdrawn)
            continue;
        QVariantList cells;
        for (const QString& f : fields(r))
            cells << f;
        cells[13] = QVariant(qlonglong(r.interviewId));
        cells[14] = QVariant(qlonglong(r.id));
        sheet.addRow(cells);
    }
    sheet.setColumnWidth(0, 60);
    sheet.setColumnWidth(1, 50);
    for (int c = 2; c < 10; ++c)
        sheet.setColumnWidth(c, 14);
    sheet.setColumnWidth(10, 40);
    return saveFile(path, sheet.toBytes());
}

QByteArray QuoteExport::matrixCsv(const ThemeMatrix& matrix)
{
    csv::Writer out(true);
    QStringList head{tr("Theme")};
    for (const City& c : matrix.cities)
        head << tr("%1 quotes").arg(c.name) << tr("%1 interviews").arg(c.name);
    out.addRow(head);
    for (const Theme& t : matrix.themes) {
        QStringList row{QString(QString(matrix.depth(t) * 2, QLatin1Char(' ')) + t.name)};
        for (const City& c : matrix.cities) {
            const ThemeCityCell cell = matrix.cell(t.id, c.id);
            row << QString::number(cell.quotes) << QString::number(cell.interviews);
        }
        out.addRow(row);
    }
    return out.data();
}

} // namespace tianye::formats
