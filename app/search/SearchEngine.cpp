// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "search/SearchEngine.h"

#include "store/Project.h"
#include "store/SearchIndex.h"

#include <QHash>

namespace tianye::search {

namespace {

constexpr int OtherLimit = 20; // hits of each other kind on the first page

SearchFilters filtersOf(const SearchQuery& q)
{
    return {q.city, q.mode, q.interviewer, q.speaker, q.theme};
}

// The first of the columns in which the query's words appear, as a snippet.
std::pair<QString, Snippet> bestField(const QStringList& names, const QStringList& texts,
                                      const std::vector<SearchTerm>& terms)
{
    for (qsizetype c = 0; c < texts.size(); ++c) {
        const auto hits = Highlighter::find(texts[c], terms);
        if (!hits.isEmpty())
            return {names[c], Highlighter::snippet(texts[c], hits)};
    }
    // Matched through text the highlighter does not see (e.g. words split by markup).
    for (qsizetype c = 0; c < texts.size(); ++c) {
        if (!texts[c].isEmpty())
            return {names[c], Highlighter::snippet(texts[c], {})};
    }
    return {names.value(0), {}};
}

SearchHit hitOf(HitKind kind, const RecordMatch& m, const QStringList& fields,
                const std::vector<SearchTerm>& terms)
{
    SearchHit hit;
    hit.kind = kind;
    hit.id = m.id;
    hit.interviewId = m.interviewId;
    hit.cityId = m.cityId;
    std::tie(hit.field, hit.snippet) = bestField(fields, m.texts, terms);
    hit.rank = m.rank;
    hit.withheld = m.withheld;
    return hit;
}

} // namespace

Result<int> SearchEngine::prepareFrequentQueries(qint64 minimumSegments)
{
    // A token is a query of its own: a bigram or word as typed, a single CJK character
    // as the prefix query that one character becomes.
    return SearchIndex(m_project.db()).prepareRankings(minimumSegments, [](const QString& term) {
        return SearchQuery::parse(term).toFtsExpression();
    });
}

Result<qint64> SearchEngine::countSegments(const SearchQuery& query)
{
    if (!query.hasText())
        return fail(Error::Code::InvalidArgument, tr("Type a word or phrase to search for."));
    return SearchIndex(m_project.db()).countSegments(query.toFtsExpression(), filtersOf(query));
}

Result<std::vector<RowId>> SearchEngine::matchingSegments(const SearchQuery& query)
{
    if (!query.hasText())
        return fail(Error::Code::InvalidArgument, tr("Type a word or phrase to search for."));
    return SearchIndex(m_project.db()).matchingSegments(query.toFtsExpression(), filtersOf(query));
}

Result<SearchResults> SearchEngine::search(const SearchQuery& query, int offset, int pageSize)
{
    if (!query.hasText())
        return fail(Error::Code::InvalidArgument, tr("Type a word or phrase to search for."));
    SearchIndex index(m_project.db());
    const QString match = query.toFtsExpression();
    const SearchFilters filters = filtersOf(query);
    const std::vector<SearchTerm> terms = query.positiveTerms();
    auto total = index.countSegments(match, filters);
    if (!total)
        return std::unexpected(total.error());

    SearchResults results;
    results.totalSegments = *total;
    results.offset = offset;
    results.pageSize = pageSize;
    results.hasMore = offset + pageSize < *total;
    QHash<RowId, size_t> groupOf;
    std::optional<Error> failed;
    const auto groupFor = [&](RowId interviewId) -> InterviewGroup& {
        auto it = groupOf.find(interviewId);
        if (it == groupOf.end()) {
            InterviewGroup g;
            g.interviewId = interviewId;
            if (auto heading = index.heading(interviewId)) {
                g.cityName = heading->cityName;
                g.startedAt = heading->startedAt;
                g.participants = heading->participants;
            } else {
                failed = heading.error();
            }
            results.groups.push_back(std::move(g));
            it = groupOf.insert(interviewId, results.groups.size() - 1);
        }
        return results.groups[*it];
    };

    auto segments = index.segments(match, filters, offset, pageSize);
    if (!segments)
        return std::unexpected(segments.error());
    for (const SegmentMatch& m : *segments) {
        SearchHit hit;
        hit.kind = HitKind::Segment;
        hit.id = m.id;
        hit.interviewId = m.interviewId;
        hit.cityId = m.cityId;
        hit.speaker = m.speaker;
        hit.startMs = m.startMs;
        hit.field = QStringLiteral("text");
        hit.snippet = Highlighter::snippet(m.text, Highlighter::find(m.text, terms));
        hit.rank = m.score;
        hit.withheld = m.withheld;
        groupFor(hit.interviewId).hits.push_back(std::move(hit));
    }
    if (offset > 0)
        return failed ? Result<SearchResults>(std::unexpected(*failed))
                      : Result<SearchResults>(std::move(results));

    // Quotes and interview notes belong to interviews too.
    auto quotes = index.quotes(match, filters, OtherLimit);
    if (!quotes)
        return std::unexpected(quotes.error());
    for (const RecordMatch& m : *quotes)
        groupFor(m.interviewId)
            .hits.push_back(hitOf(
                HitKind::Quote, m,
                {QStringLiteral("text"), QStringLiteral("note"), QStringLiteral("translation")}, terms));
    auto notes = index.interviewNotes(match, filters, OtherLimit);
    if (!notes)
        return std::unexpected(notes.error());
    for (const RecordMatch& m : *notes)
        groupFor(m.interviewId)
            .hits.push_back(hitOf(HitKind::Interview, m,
                                  {QStringLiteral("summary"), QStringLiteral("field_notes")}, terms));

    // Participants, cities and insights: only narrowed by city.
    if (filters.onlyCity()) {
        const auto elsewhere = [&](HitKind kind, const Result<std::vector<RecordMatch>>& found,
                                   const QStringList& fields) -> Status {
            if (!found)
                return std::unexpected(found.error());
            for (const RecordMatch& m : *found)
                results.elsewhere.push_back(hitOf(kind, m, fields, terms));
            return {};
        };
        if (auto ok =
                elsewhere(HitKind::Participant, index.participants(match, query.city, OtherLimit),
                          {QStringLiteral("code"), QStringLiteral("occupation"), QStringLiteral("notes")});
            !ok)
            return std::unexpected(ok.error());
        if (auto ok = elsewhere(HitKind::City, index.cities(match, query.city, OtherLimit),
                                {QStringLiteral("name"), QStringLiteral("spirit_word"),
                                 QStringLiteral("insight_statement"), QStringLiteral("notes")});
            !ok)
            return std::unexpected(ok.error());
        if (auto ok = elsewhere(HitKind::Insight, index.insights(match, query.city, OtherLimit),
                                {QStringLiteral("title"), QStringLiteral("statement")});
            !ok)
            return std::unexpected(ok.error());
    }
    if (failed)
        return std::unexpected(*failed);
    return results;
}

} // namespace tianye::search
