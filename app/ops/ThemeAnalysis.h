// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "formats/Sheet.h"
#include "store/ThemeTables.h"

// Themes by who said the quotes (city, participant category, gender, age band, tie to
// the city, interviewer, mode, a participant's own attribute) and themes found
// together: the Theme × City tab's "By" choice, `tianye-cli matrix --by / --cooccurrence`.
namespace tianye {
class Project;
}

namespace tianye::ops {

Result<ThemeCrossTab> themesBy(Project& project, ThemeColumns columns, const QString& attributeKey = {});
Result<ThemeCooccurrence> themeCooccurrence(Project& project, CooccurrenceUnit unit);
Result<QList<RowId>> quotesOfCell(Project& project, RowId themeId, ThemeColumns columns, const QString& value,
                                  const QString& attributeKey = {});
Result<QList<RowId>> quotesOfPair(Project& project, RowId a, RowId b, CooccurrenceUnit unit);

// A column's value as people read it: a mode or tie by its label, "" as "not set".
QString columnLabel(ThemeColumns columns, const QString& value);
// The name of what the columns are ("Gender", "Interviewer"…).
QString columnsTitle(ThemeColumns columns, const QString& attributeKey = {});
QString unitTitle(CooccurrenceUnit unit);

// Themes (indented by depth) × values: quotes and the share of the column's coded
// quotes, then the theme's total; a last row with each column's coded quotes.
formats::Sheet crossTabSheet(const ThemeCrossTab& table, ThemeColumns columns,
                             const QString& attributeKey = {});
// Themes × themes: units with both.
formats::Sheet cooccurrenceSheet(const ThemeCooccurrence& table);

} // namespace tianye::ops
