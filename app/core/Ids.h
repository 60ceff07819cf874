// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QString>
#include <QtGlobal>

namespace tianye {

// Row ids are SQLite rowids: fast, local to one project file. Every row also has a
// UUID that stays the same across laptops, merges and exchange formats.
using RowId = qint64;
inline constexpr RowId NoRow = 0;

QString newUuid();
bool isUuid(const QString& text);
qint64 nowMs();

} // namespace tianye
