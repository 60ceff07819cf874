// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Types.h"
#include "search/Highlighter.h"
#include "search/SearchQuery.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <optional>
#include <vector>

namespace tianye {
class Project;
}

namespace tianye::search {

enum class HitKind
{
    Segment,
    Quote,
    Interview,
    Participant,
    City,
    Insight
};

struct SearchHit
{
    HitKind kind = HitKind::Segment;
    RowId id = NoRow;
    RowId interviewId = NoRow;
    RowId cityId = NoRow;
    QString field;   // column the snippet comes from
    QString speaker; // segments
    std::optional<qint64> startMs;
    Snippet snippet;
    // Segments: the first hit in the segment's whole text (code points), where the
    // interview page selects it; empty when the highlighter sees no hit.
    TextSpan at;
    double rank = 0; // bm25: lower is better
    // Segments and quotes that consent keeps in the project (never exported): shown
    // so, with the reason.
    Withheld withheld = Withheld::No;
};

// The hits of one interview, in the order of its best hit.
struct InterviewGroup
{
    RowId interviewId = NoRow;
    QString cityName;
    QString startedAt;
    QString participants;
    std::vector<SearchHit> hits;
};

struct SearchResults
{
    qint64 totalSegments = 0; // every matching transcript segment, not only this page
    int offset = 0;
    int pageSize = 0;
    bool hasMore = false;
    std::vector<InterviewGroup> groups; // this page's transcript hits (+ quotes and notes on the first page)
    std::vector<SearchHit> elsewhere;   // participants, cities, insights (first page)
};

// One use of the query's words in a transcript, as a concordance (keyword in context)
// shows it: the hit with the words either side on one line.
struct ConcordanceLine
{
    RowId segmentId = NoRow;
    RowId interviewId = NoRow;
    RowId cityId = NoRow;
    QString speaker;
    std::optional<qint64> startMs;
    TextSpan at; // the hit in the segment's text, code points
    QString left, hit, right;
    Withheld withheld = Withheld::No;
    qsizetype index = 0; // its place in transcript order
};

// How concordance lines are ordered: as the transcripts run, or alphabetically by the
// words right after the hit, or by the words right before it read backwards from the
// hit (so that lines with the same word before the hit stand together).
enum class ConcordanceOrder
{
    Transcript,
    Left,
    Right
};

struct Concordance
{
    std::vector<ConcordanceLine> lines;
    qint64 segments = 0; // transcript segments that match
    bool cut = false;    // the limit was reached: more hits follow in segments not read
    // How each interview of the lines is named: "大同 · 2026-05-03 · DT-001, DT-002".
    QHash<RowId, QString> interviews;
};

// Runs parsed queries against the project's full-text index (store/SearchIndex holds
// the SQL): ranks, groups the hits by interview, and cuts snippets with the query's
// words highlighted.
class SearchEngine final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::search::SearchEngine)

public:
    explicit SearchEngine(Project& project)
        : m_project(project)
    {}
    // One page of transcript hits ranked by bm25; the first page also has the best
    // hits in quotes, interview notes, participants, cities and insights.
    Result<SearchResults> search(const SearchQuery& query, int offset = 0, int pageSize = 50);
    Result<qint64> countSegments(const SearchQuery& query);
    // Ranks ahead the queries for every token held by at least minimumSegments
    // segments (the words that make ranking slow) and keeps their first 200 hits.
    // A prepared ranking is used only while no transcript has changed since, so
    // results are always those of ranking now. Returns how many were prepared.
    // Ranking is done while reading; the rankings are stored in one short write, and
    // not at all (0) when a transcript changed meanwhile. cancelled stops it.
    Result<int> prepareFrequentQueries(qint64 minimumSegments = 20'000,
                                       const std::function<bool()>& cancelled = {});
    // Every hit of the query in the transcripts as concordance lines with context code
    // points either side (line breaks shown as spaces), in transcript order; reading
    // stops once limit lines are had (cut). cancelled, asked now and then, stops with
    // Code::Cancelled.
    Result<Concordance> concordance(const SearchQuery& query, int context = 30, qsizetype limit = 100'000,
                                    const std::function<bool()>& cancelled = {});
    static void sort(std::vector<ConcordanceLine>& lines, ConcordanceOrder order);
    // Every matching segment id, unranked (tests, exports).
    Result<std::vector<RowId>> matchingSegments(const SearchQuery& query);

private:
    Project& m_project;
};

} // namespace tianye::search
