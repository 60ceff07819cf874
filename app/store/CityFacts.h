// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Ids.h"

#include <QString>

#include <vector>

namespace tianye {

class Database;

// What a city's dossier cover states: the fieldwork dates and how much was gathered.
// Quotes count only those that may leave the project (not withheld for consent, see
// the schema's withheld_quotes, and still in the transcript).
struct CityFacts
{
    RowId cityId = NoRow;
    QString cityName;
    QString firstDay; // yyyy-MM-dd of the first interview, empty when none
    QString lastDay;
    int interviews = 0;
    qint64 audioMs = 0;
    qint64 characters = 0; // transcribed, in code points
    int usableQuotes = 0;
};

Result<std::vector<CityFacts>> cityFacts(Database& db);

} // namespace tianye
