// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Records.h"
#include "core/Types.h"
#include "store/Change.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace tianye {
class Database;
class Project;
} // namespace tianye

namespace tianye::ops {

// What the window reads from a project, and nothing that writes: every list, record
// and count a view shows, in the shapes of core/Records.h. The window sees the store
// only through this and the verbs; the queries themselves live in store/ (the
// repositories and QuoteCatalog), so for any view there is one place its SQL is.
// A Reader is a few references: make one where it is needed.
class Reader final
{
public:
    explicit Reader(Database& db)
        : m_db(db)
    {}
    explicit Reader(Project& project);

    // Cities
    Result<City> city(RowId id);
    Result<std::vector<City>> cities();
    // Counts per city (interviews, transcribed, participants, quotes).
    Result<std::vector<CityStats>> cityStats();

    // People
    Result<Researcher> researcher(RowId id);
    Result<std::vector<Researcher>> researchers();
    Result<Participant> participant(RowId id);
    // All participants, or those of one city, by code.
    Result<std::vector<Participant>> participants(RowId cityId = NoRow);
    // The code a new participant of the city would get (DT-018 after DT-017).
    Result<QString> suggestedCode(RowId cityId);

    // Interviews
    Result<Interview> interview(RowId id);
    // All interviews, or those of one city, by start time.
    Result<std::vector<Interview>> interviews(RowId cityId = NoRow);
    // The interview log's lines: of every interview, of one city, or of these ones.
    Result<std::vector<InterviewSummary>> logLines(RowId cityId = NoRow);
    Result<std::vector<InterviewSummary>> logLinesOf(const QList<RowId>& interviewIds);
    // The interviews these participants took part in, or these researchers led.
    Result<QList<RowId>> interviewsWith(Entity people, const QList<RowId>& ids);
    // A row id ("42") or a UUID; NoRow when nothing matches.
    Result<RowId> resolveInterview(const QString& idOrUuid);
    // The spelling dictionary chosen for the interview ("" = the user's default).
    Result<QString> spellLanguage(RowId interviewId);
    Result<std::vector<Segment>> segments(RowId interviewId);

    // Recordings
    Result<Media> media(RowId id);
    // All media, or those of one interview.
    Result<std::vector<Media>> mediaOf(RowId interviewId = NoRow);
    Result<std::vector<Marker>> markers(RowId mediaId);

    // The codebook and the quotes
    Result<Theme> theme(RowId id);
    // Parents before children, siblings by position.
    Result<std::vector<Theme>> themes();
    Result<Quote> quote(RowId id);
    // All quotes, or those of one interview, in transcript order.
    Result<std::vector<Quote>> quotes(RowId interviewId = NoRow);
    Result<qint64> quoteCount();
    // The ids of the quotes that pass the filter, in its order; cancelled is asked now
    // and then, and returning true stops with Code::Cancelled.
    Result<std::vector<RowId>> quoteIds(const QuoteFilter& filter,
                                        const std::function<bool()>& cancelled = {});
    // The same on a read-only connection of its own to the project's database at
    // databasePath, for a worker thread, while the window's connection stays free.
    static Result<std::vector<RowId>> quoteIdsAside(const QString& databasePath, const QuoteFilter& filter,
                                                    const std::function<bool()>& cancelled);
    // The browser's rows of these quotes, in the order given.
    Result<std::vector<QuoteRow>> quoteRows(const std::vector<RowId>& ids);
    // Quotes per theme and city; withheld ones only when asked.
    Result<ThemeMatrix> themeMatrix(bool includeWithheld = true);
    // Why each withheld quote of the interview is withheld (the others are not listed).
    Result<QHash<RowId, Withheld>> withheldIn(RowId interviewId);

    // Insights and the project dictionary
    Result<Insight> insight(RowId id);
    Result<std::vector<Insight>> insights(RowId cityId = NoRow);
    Result<QStringList> dictionaryWords(const QString& language);

    // Team work: the newest steps of the change log (Team → Activity), and this copy's device.
    Result<std::vector<LogEntry>> recentChanges(int limit);
    QString thisDevice();
    // Who last changed the interview (its fields or transcript) or the quote (its fields
    // or themes), when and on which copy; nothing when the log has no write of it.
    Result<std::optional<LastWrite>> lastWriteOfInterview(RowId id);
    Result<std::optional<LastWrite>> lastWriteOfQuote(RowId id);
    // What sync resolved (Team → Conflicts), newest first; those whose lost value the
    // record holds again only when includeTaken.
    Result<std::vector<Conflict>> conflicts(bool includeTaken);

private:
    Database& m_db;
};

} // namespace tianye::ops
