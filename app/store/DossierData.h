// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Types.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace SQLite {
class Database;
}

namespace tianye {

// The rows a dossier is made of, read in one go on any connection to project.db (a
// worker's read-only one too). Every SQL statement of the dossier lives here; what may
// appear is decided by the schema's withheld_quotes and withheld_interviews views,
// and the dossier (app/dossier) only arranges what it is given.
struct DossierPerson
{
    RowId id = NoRow;
    QString code;
    QString realName;
    QString gender;
    QString ageBand;
    QString occupation;
    QString category;
    CityTie tie = CityTie::Unknown;
    ConsentStatus consent = ConsentStatus::Pending;
};

struct DossierInterview
{
    RowId id = NoRow;
    QString startedAt;
    qint64 durationMs = 0;
    QString place;
    InterviewMode mode = InterviewMode::InPerson;
    InterviewStatus status = InterviewStatus::Planned;
    qint64 audioMs = 0;
    qint64 characters = 0;
    QList<RowId> participants; // in their order on the interview
    QStringList interviewers;
    bool withheld = false; // every participant withdrew consent
};

struct DossierQuote
{
    RowId id = NoRow;
    RowId interviewId = NoRow;
    QString text;
    QString translation;
    std::optional<qint64> audioStartMs;
    bool starred = false;
    bool inDossier = false;
    bool detached = false;
    Withheld withheld = Withheld::No;
    QList<RowId> speakers; // the participants who say its words, in order
    QString startedAt;     // of its interview
    int position = 0;      // of its first segment
    qint64 offset = 0;     // in its first segment
};

struct DossierTheme
{
    RowId id = NoRow;
    RowId parentId = NoRow;
    QString name;
    QString description;
    QString color;
};

struct DossierInsight
{
    RowId id = NoRow;
    InsightKind kind = InsightKind::Supporting;
    QString title;
    QString statement;
    QList<RowId> evidence; // quote ids, in order
};

struct CityDossierData
{
    QString projectName;
    QString city;
    QString region;
    QString spiritWord;
    QString spiritStatement;
    std::vector<DossierInterview> interviews;     // by start
    QHash<RowId, DossierPerson> people;           // the interviews' participants and the quotes' speakers
    std::vector<DossierQuote> quotes;             // the city's, and evidence quotes from other cities
    std::vector<DossierTheme> themes;             // by position
    std::vector<std::pair<RowId, RowId>> codings; // (quote, theme) of those quotes
    std::vector<DossierInsight> insights;         // by position
};

struct ComparisonData
{
    struct City
    {
        RowId id = NoRow;
        QString name;
        QString region;
        QString spiritWord;
        QString spiritStatement;
        QStringList supportingInsights;
    };
    QString projectName;
    std::vector<City> cities;          // by name
    QHash<RowId, RowId> interviewCity; // interviews that count (not withheld) -> city
    std::vector<DossierQuote> quotes;  // all
    std::vector<DossierTheme> themes;
    std::vector<std::pair<RowId, RowId>> codings;
};

class DossierData final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::DossierData)

public:
    // progress(percent) is called as reading goes on; returning false cancels
    // (Error::Code::Cancelled).
    using Progress = std::function<bool(int percent)>;
    static Result<CityDossierData> city(SQLite::Database& db, RowId cityId, const Progress& progress = {});
    static Result<ComparisonData> comparison(SQLite::Database& db, const Progress& progress = {});
};

} // namespace tianye
