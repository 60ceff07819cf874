// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "ops/ThemeAnalysis.h"

#include "core/Types.h"
#include "ops/Verbs.h"
#include "store/Project.h"

#include <cmath>

namespace tianye::ops {

namespace {

int depthOf(const std::vector<Theme>& themes, const Theme& theme)
{
    QHash<RowId, RowId> parentOf;
    for (const Theme& t : themes)
        parentOf.insert(t.id, t.parentId);
    int depth = 0;
    for (RowId p = theme.parentId; p != NoRow && depth < 64; p = parentOf.value(p, NoRow))
        ++depth;
    return depth;
}

} // namespace

Result<ThemeCrossTab> themesBy(Project& project, ThemeColumns columns, const QString& attributeKey)
{
    return ThemeTables(project.db()).by(columns, attributeKey);
}

Result<ThemeCooccurrence> themeCooccurrence(Project& project, CooccurrenceUnit unit)
{
    return ThemeTables(project.db()).cooccurrence(unit);
}

Result<QList<RowId>> quotesOfCell(Project& project, RowId themeId, ThemeColumns columns, const QString& value,
                                  const QString& attributeKey)
{
    return ThemeTables(project.db()).quotesOf(themeId, columns, value, attributeKey);
}

Result<QList<RowId>> quotesOfPair(Project& project, RowId a, RowId b, CooccurrenceUnit unit)
{
    return ThemeTables(project.db()).quotesOfPair(a, b, unit);
}

QString columnLabel(ThemeColumns columns, const QString& value)
{
    if (value.isEmpty())
        return tianye::ops::Verbs::tr("not set");
    if (columns == ThemeColumns::Mode)
        if (const auto mode = interviewModeFromKey(value))
            return label(*mode);
    if (columns == ThemeColumns::CityTie)
        if (const auto tie = cityTieFromKey(value))
            return label(*tie);
    return value;
}

QString columnsTitle(ThemeColumns columns, const QString& attributeKey)
{
    switch (columns) {
    case ThemeColumns::City:
        return tianye::ops::Verbs::tr("City");
    case ThemeColumns::Category:
        return tianye::ops::Verbs::tr("Participant category");
    case ThemeColumns::Gender:
        return tianye::ops::Verbs::tr("Gender");
    case ThemeColumns::AgeBand:
        return tianye::ops::Verbs::tr("Age band");
    case ThemeColumns::CityTie:
        return tianye::ops::Verbs::tr("Tie to the city");
    case ThemeColumns::Interviewer:
        return tianye::ops::Verbs::tr("Interviewer");
    case ThemeColumns::Mode:
        return tianye::ops::Verbs::tr("Mode");
    case ThemeColumns::Attribute:
        return attributeKey;
    }
    return {};
}

QString unitTitle(CooccurrenceUnit unit)
{
    switch (unit) {
    case CooccurrenceUnit::Quote:
        return tianye::ops::Verbs::tr("in the same quote");
    case CooccurrenceUnit::Segment:
        return tianye::ops::Verbs::tr("in the same transcript segment");
    case CooccurrenceUnit::Interview:
        return tianye::ops::Verbs::tr("in the same interview");
    }
    return {};
}

formats::Sheet crossTabSheet(const ThemeCrossTab& table, ThemeColumns columns, const QString& attributeKey)
{
    formats::Sheet sheet;
    sheet.name = tianye::ops::Verbs::tr("Themes by %1").arg(columnsTitle(columns, attributeKey));
    sheet.header = {tianye::ops::Verbs::tr("Theme")};
    for (const QString& v : table.columns)
        sheet.header << columnLabel(columns, v)
                     << tianye::ops::Verbs::tr("%1 %").arg(columnLabel(columns, v));
    sheet.header << tianye::ops::Verbs::tr("Total quotes") << tianye::ops::Verbs::tr("Total interviews");
    const auto percent = [](int part, int whole) {
        return whole > 0 ? std::round(part * 1000.0 / whole) / 10 : 0.0;
    };
    for (const Theme& t : table.themes) {
        QVariantList row{QString(QString(depthOf(table.themes, t) * 2, QLatin1Char(' ')) + t.name)};
        for (int c = 0; c < table.columns.size(); ++c) {
            const int quotes = table.cell(t.id, c).quotes;
            row << quotes << percent(quotes, table.columnTotals.value(c).quotes);
        }
        const ThemeCityCell total = table.themeTotals.value(t.id);
        row << total.quotes << total.interviews;
        sheet.rows.append(row);
    }
    QVariantList last{tianye::ops::Verbs::tr("All coded quotes")};
    for (int c = 0; c < table.columns.size(); ++c)
        last << table.columnTotals.value(c).quotes << 100.0;
    last << table.total.quotes << table.total.interviews;
    sheet.rows.append(last);
    sheet.widths = {{0, 28}};
    return sheet;
}

formats::Sheet cooccurrenceSheet(const ThemeCooccurrence& table)
{
    formats::Sheet sheet;
    sheet.name = tianye::ops::Verbs::tr("Themes together");
    sheet.header = {tianye::ops::Verbs::tr("Theme (%1)").arg(unitTitle(table.unit))};
    for (const Theme& t : table.themes)
        sheet.header << t.name;
    for (const Theme& a : table.themes) {
        QVariantList row{QString(QString(depthOf(table.themes, a) * 2, QLatin1Char(' ')) + a.name)};
        for (const Theme& b : table.themes)
            row << table.count(a.id, b.id);
        sheet.rows.append(row);
    }
    sheet.widths = {{0, 28}};
    return sheet;
}

} // namespace tianye::ops
