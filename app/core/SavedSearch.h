// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Ids.h"

#include <QString>

namespace tianye {

// A search kept in the project under a name, for the team: the query as typed, its
// filters (city:, theme:, …) included.
struct SavedSearch
{
    RowId id = NoRow;
    QString name;
    QString query;
};

} // namespace tianye
