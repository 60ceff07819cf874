// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Types.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace tianye {

class Database;

// What a search is narrowed to (the query's city:, mode:, interviewer:, speaker:,
// theme: words). Empty fields do not narrow.
struct SearchFilters
{
    QString city;
    QString mode;
    QString interviewer;
    QString speaker;
    QString theme;  // the theme or any of its sub-themes
    QString from;   // the interview's date, from (2026-10 or 2026-10-15, included)
    QString to;     // and to (included)
    QString gender; // a participant of the interview has it
    QString ageBand;
    QString category;
    // Only the city narrows: participants, cities and insights can be searched too.
    bool onlyCity() const
    {
        return mode.isEmpty() && interviewer.isEmpty() && speaker.isEmpty() && theme.isEmpty() &&
               from.isEmpty() && to.isEmpty() && gender.isEmpty() && ageBand.isEmpty() && category.isEmpty();
    }
};

// A transcript segment that matches, with its BM25 score (lower is better).
struct SegmentMatch
{
    RowId id = NoRow;
    RowId interviewId = NoRow;
    RowId cityId = NoRow;
    QString speaker;
    std::optional<qint64> startMs;
    QString text;
    double score = 0;
    Withheld withheld = Withheld::No; // consent: never exported
};

// Any other record that matches: its searchable texts in the order asked for.
struct RecordMatch
{
    RowId id = NoRow;
    RowId interviewId = NoRow; // quotes and interview notes
    RowId cityId = NoRow;
    QStringList texts;
    double rank = 0;
    Withheld withheld = Withheld::No; // quotes
};

// How the results name an interview: its city, date and participant codes.
struct InterviewHeading
{
    QString cityName;
    QString startedAt;
    QString participants;
};

// All the SQL of search: the full-text tables (kept by triggers, tokenized by
// text::Tokenizer, ranked by text::Ranking's tianye_bm25) queried with an FTS5
// expression (search::SearchQuery writes it) and the query's filters. Rankings of
// frequent single terms are prepared ahead (search_prepared), valid while no
// transcript changes (search_state.version).
class SearchIndex final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::SearchIndex)

public:
    // Prepared rankings keep this many hits: four pages of 50.
    static constexpr int PreparedRankingSize = 200;

    explicit SearchIndex(Database& db)
        : m_db(db)
    {}

    Result<qint64> countSegments(const QString& match, const SearchFilters& filters);
    // Every matching segment, by id.
    Result<std::vector<RowId>> matchingSegments(const QString& match, const SearchFilters& filters);
    // The matching segments with their texts, in transcript order (interview by
    // interview), for a concordance (score is 0), given to each until it returns false.
    // Returns how many segments match.
    Result<qint64> segmentTexts(const QString& match, const SearchFilters& filters,
                                const std::function<bool(SegmentMatch&&)>& each);
    // A page of the ranking of matching segments: best first, ties by id.
    Result<std::vector<SegmentMatch>> segments(const QString& match, const SearchFilters& filters, int offset,
                                               int limit);
    // Quotes: texts are text, note, translation.
    Result<std::vector<RecordMatch>> quotes(const QString& match, const SearchFilters& filters, int limit);
    // Interview notes: texts are summary, field notes.
    Result<std::vector<RecordMatch>> interviewNotes(const QString& match, const SearchFilters& filters,
                                                    int limit);
    // Narrowed by city only. Participants: code, occupation, notes. Cities: name,
    // spirit word, insight statement, notes. Insights: title, statement.
    Result<std::vector<RecordMatch>> participants(const QString& match, const QString& city, int limit);
    Result<std::vector<RecordMatch>> cities(const QString& match, const QString& city, int limit);
    Result<std::vector<RecordMatch>> insights(const QString& match, const QString& city, int limit);
    Result<InterviewHeading> heading(RowId interviewId);

    // Prepares the rankings of every term in at least minimumSegments segments, each
    // searched as expressionOf(term). Returns how many.
    // Ranks while reading and stores the rankings in one short write, only if no
    // transcript changed meanwhile (then 0). cancelled stops it with Code::Cancelled.
    Result<int> prepareRankings(qint64 minimumSegments,
                                const std::function<QString(const QString&)>& expressionOf,
                                const std::function<bool()>& cancelled = {});

private:
    // Records of one kind with an optional city (by name, as c.name): query ends at
    // "… MATCH ?"; ordered by the rank of the FTS table fts.
    Result<std::vector<RecordMatch>> byCity(const std::string& query, const std::string& fts, int texts,
                                            const QString& match, const QString& city, int limit);

    Database& m_db;
};

} // namespace tianye
