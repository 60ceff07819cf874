// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Ids.h"

#include <QSet>

namespace tianye {

class Database;

// What never leaves the project under the consent rule (the schema's withheld_*
// views), for writers that take whole projects out (REFI-QDA export).
struct ConsentSets
{
    QSet<RowId> segments;     // spoken by a participant who withdrew (or unknown where someone did)
    QSet<RowId> quotes;       // withheld quotes
    QSet<RowId> interviews;   // every participant withdrew
    QSet<RowId> participants; // withdrew

    static Result<ConsentSets> read(Database& db);
};

} // namespace tianye
