// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Records.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>
#include <vector>

namespace tianye {

class Database;

// What the themes are by: the matrix's columns.
enum class ThemeColumns
{
    City,
    Category,
    Gender,
    AgeBand,
    CityTie,
    Interviewer,
    Mode,
    Attribute, // a participant's own attribute (participants.attributes, by key)
};
// "city", "category", "gender", "age_band", "city_tie", "interviewer", "mode", or
// "attr:KEY" (key in attributeKey).
std::optional<ThemeColumns> themeColumnsFromName(const QString& name, QString* attributeKey = nullptr);
QStringList themeColumnsNames();

// Themes by any attribute of whoever said the quote: quotes and distinct interviews
// per cell, with totals. A quote counts under the values of the participants who say
// its words (quote_speakers), else of its interview's participants; under each of its
// themes and their ancestors once. Withheld quotes (consent) are not counted.
struct ThemeCrossTab
{
    std::vector<Theme> themes; // codebook order
    QStringList columns;       // the values found, sorted ("" when none: "not set")
    QHash<QPair<RowId, int>, ThemeCityCell> cells;
    QHash<RowId, ThemeCityCell> themeTotals; // across columns: distinct quotes, interviews
    QList<ThemeCityCell> columnTotals;       // coded quotes (and interviews) in each column
    ThemeCityCell total;                     // coded quotes, interviews
    ThemeCityCell cell(RowId theme, int column) const { return cells.value({theme, column}); }
};

// How often two themes are found together: coded on the same quote, on quotes in the
// same transcript segment, or in the same interview. Themes as coded (no ancestors).
enum class CooccurrenceUnit
{
    Quote,
    Segment,
    Interview
};
std::optional<CooccurrenceUnit> cooccurrenceUnitFromName(const QString& name); // quote, segment, interview

struct ThemeCooccurrence
{
    std::vector<Theme> themes; // codebook order
    CooccurrenceUnit unit = CooccurrenceUnit::Quote;
    QHash<QPair<RowId, RowId>, int> counts; // both orders; (a, a): units with a
    int count(RowId a, RowId b) const { return counts.value({a, b}); }
};

class ThemeTables final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::ThemeTables)

public:
    explicit ThemeTables(Database& db)
        : m_db(db)
    {}
    Result<ThemeCrossTab> by(ThemeColumns columns, const QString& attributeKey = {});
    Result<ThemeCooccurrence> cooccurrence(CooccurrenceUnit unit);
    // The quotes behind a cell: of the theme (or a sub-theme) and the column's value;
    // of both themes (in one unit). Withheld quotes left out.
    Result<QList<RowId>> quotesOf(RowId themeId, ThemeColumns columns, const QString& value,
                                  const QString& attributeKey = {});
    Result<QList<RowId>> quotesOfPair(RowId a, RowId b, CooccurrenceUnit unit);

private:
    Database& m_db;
};

} // namespace tianye
