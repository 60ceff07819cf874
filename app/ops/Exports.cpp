// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "ops/Exports.h"

#include "core/TimeCode.h"
#include "formats/SaveFile.h"
#include "ops/Session.h"
#include "ops/Verbs.h"
#include "store/Project.h"
#include "store/QuoteCatalog.h"

namespace tianye::ops {

// Unqualified in the definitions below: lupdate takes "formats::" before a function's
// name for its translation context.
using formats::Sheet;

Sheet quotesSheet(const std::vector<QuoteRow>& rows)
{
    const QString yes = Verbs::tr("yes");
    const auto yesNo = [&yes](bool value) { return value ? yes : QString(); };
    const auto time = [](const std::optional<qint64>& ms) { return ms ? formatTimeCode(*ms) : QString(); };
    Sheet sheet;
    sheet.name = Verbs::tr("Quotes");
    sheet.header = {Verbs::tr("Quote"),          Verbs::tr("Translation"), Verbs::tr("Speaker"),
                    Verbs::tr("Role"),           Verbs::tr("Category"),    Verbs::tr("City"),
                    Verbs::tr("Interview date"), Verbs::tr("Themes"),      Verbs::tr("Starred"),
                    Verbs::tr("In dossier"),     Verbs::tr("Note"),        Verbs::tr("Audio start"),
                    Verbs::tr("Audio end"),      Verbs::tr("Interview"),   Verbs::tr("Quote ID")};
    for (const QuoteRow& r : rows) {
        if (r.withheld != Withheld::No)
            continue;
        sheet.rows.append(QVariantList{
            r.text, r.translation, r.speakerCode.isEmpty() ? Verbs::tr("speaker not known") : r.speakerCode,
            r.role, r.category, r.cityName, r.interviewDate.left(10), r.themes.join(QStringLiteral("; ")),
            yesNo(r.starred), yesNo(r.inDossier), r.note, time(r.audioStartMs), time(r.audioEndMs),
            qlonglong(r.interviewId), qlonglong(r.id)});
    }
    sheet.widths = {{0, 60}, {1, 50}, {10, 40}};
    for (int c = 2; c < 10; ++c)
        sheet.widths.append({c, 14});
    return sheet;
}

Sheet matrixSheet(const ThemeMatrix& matrix)
{
    Sheet sheet;
    sheet.name = Verbs::tr("Theme × City");
    sheet.header = {Verbs::tr("Theme")};
    for (const City& c : matrix.cities)
        sheet.header << Verbs::tr("%1 quotes").arg(c.name) << Verbs::tr("%1 interviews").arg(c.name);
    for (const Theme& t : matrix.themes) {
        QVariantList row{QString(QString(matrix.depth(t) * 2, QLatin1Char(' ')) + t.name)};
        for (const City& c : matrix.cities) {
            const ThemeCityCell cell = matrix.cell(t.id, c.id);
            row << cell.quotes << cell.interviews;
        }
        sheet.rows.append(row);
    }
    return sheet;
}

Result<QuotesWritten> exportQuotes(Session& session, const std::vector<RowId>& ids,
                                   formats::SheetFormat format, const QString& path)
{
    if (auto saved = session.flushTyping(); !saved)
        return std::unexpected(saved.error());
    auto rows = QuoteCatalog(session.project().db()).rows(ids);
    if (!rows)
        return std::unexpected(rows.error());
    const formats::Sheet sheet = quotesSheet(*rows);
    if (auto written = formats::writeSheet(sheet, format, path); !written)
        return std::unexpected(written.error());
    return QuotesWritten{int(sheet.rows.size()), int(rows->size() - size_t(sheet.rows.size()))};
}

Result<QByteArray> matrixCsv(Session& session)
{
    if (auto saved = session.flushTyping(); !saved)
        return std::unexpected(saved.error());
    auto matrix = QuoteCatalog(session.project().db()).matrix(false);
    if (!matrix)
        return std::unexpected(matrix.error());
    return formats::toCsv(matrixSheet(*matrix));
}

Status exportMatrix(Session& session, const QString& path)
{
    auto csv = matrixCsv(session);
    if (!csv)
        return std::unexpected(csv.error());
    return formats::saveFile(path, *csv);
}

} // namespace tianye::ops
