// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Types.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace SQLite {
class Database;
}

namespace tianye {

class Database;

enum class QuoteSort
{
    Date,   // interview date, then transcript order
    City,   // city name, then date
    Theme,  // first theme name (alphabetical), quotes without themes last
    Length, // characters of the quote
};

// Which quotes the browser, the exports and the CLI show. Empty fields do not filter.
struct QuoteFilter
{
    QList<RowId> cityIds;
    RowId themeId = NoRow; // the theme or any of its sub-themes
    QString category;
    QString gender;
    QString ageBand;
    QString cityTie; // key, e.g. "native"
    RowId interviewerId = NoRow;
    RowId interviewId = NoRow;
    bool starredOnly = false;
    bool dossierOnly = false;
    QString match; // an FTS5 expression over quote text, note and translation (search::SearchQuery)
    QuoteSort sort = QuoteSort::Date;
    bool descending = false;
    bool operator==(const QuoteFilter&) const = default;
};

// One quote with what the browser shows about it.
struct QuoteRow
{
    RowId id = NoRow;
    RowId interviewId = NoRow;
    RowId cityId = NoRow;
    RowId participantId = NoRow;
    QString text;
    QString speakerCode; // codes of the participants who say its words, in order ("DT-004, DT-005");
                         // empty when no participant is known to say them (unattributed)
    QString role;        // the (first) speaker's occupation
    QString category;
    QString cityName;
    QString interviewDate; // ISO date and time of the interview
    QStringList themes;    // names, in codebook order
    QList<RowId> themeIds;
    QString note;
    QString translation;
    std::optional<qint64> audioStartMs;
    std::optional<qint64> audioEndMs;
    bool starred = false;
    bool inDossier = false;
    bool detached = false;
    Withheld withheld = Withheld::No; // never exported, and why (shown in red)
    // The speaker codes, or "speaker not known" (translated) when no participant is
    // known to say the words.
    QString speaker() const;
};

// Quotes per theme and city; a theme counts its sub-themes' quotes too.
struct ThemeCityCell
{
    int quotes = 0;
    int interviews = 0;
};

struct ThemeMatrix
{
    std::vector<Theme> themes;                       // codebook order
    std::vector<City> cities;                        // by name
    QHash<QPair<RowId, RowId>, ThemeCityCell> cells; // (theme, city)
    ThemeCityCell cell(RowId theme, RowId city) const { return cells.value({theme, city}); }
    int depth(const Theme& theme) const;
};

// Read-only queries over all quotes, for the quote browser, exports and the matrix.
class QuoteCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::QuoteCatalog)

public:
    explicit QuoteCatalog(Database& db)
        : m_db(db)
    {}
    // The ids of the quotes that pass the filter, in its order. SQLite's progress
    // handler calls cancelled now and then; returning true stops with Code::Cancelled.
    Result<std::vector<RowId>> ids(const QuoteFilter& filter, const std::function<bool()>& cancelled = {});
    // The same on another connection: a worker thread filters 500,000 quotes on a
    // read-only connection of its own (Database::openReader) while the window stays live.
    static Result<std::vector<RowId>> ids(SQLite::Database& db, const QuoteFilter& filter,
                                          const std::function<bool()>& cancelled);
    Result<qint64> count();
    // The rows of these quotes, in the order given (missing ids are left out).
    Result<std::vector<QuoteRow>> rows(const std::vector<RowId>& ids);
    // Counts of quotes per theme and city; withheld quotes only when asked (the
    // window shows all, exports count only what may leave the project).
    Result<ThemeMatrix> matrix(bool includeWithheld = true);
    // Why each withheld quote of the interview is withheld (the others are not listed).
    Result<QHash<RowId, Withheld>> withheldIn(RowId interviewId);

private:
    Database& m_db;
};

} // namespace tianye
