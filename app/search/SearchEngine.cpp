// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "search/SearchEngine.h"

#include "store/Database.h"
#include "store/Project.h"
#include "store/SearchIndex.h"

#include <QHash>

#include <algorithm>

namespace tianye::search {

namespace {

constexpr int OtherLimit = 20; // hits of each other kind on the first page

SearchFilters filtersOf(const SearchQuery& q)
{
    return {q.city, q.mode, q.interviewer, q.speaker, q.theme, q.from, q.to, q.gender, q.ageBand, q.category};
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

Result<int> SearchEngine::prepareFrequentQueries(qint64 minimumSegments,
                                                 const std::function<bool()>& cancelled)
{
    // A token is a query of its own: a bigram or word as typed, a single CJK character
    // as the prefix query that one character becomes.
    return SearchIndex(m_project.db())
        .prepareRankings(
            minimumSegments, [](const QString& term) { return SearchQuery::parse(term).toFtsExpression(); },
            cancelled);
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

Result<Concordance> SearchEngine::concordance(const SearchQuery& query, int context, qsizetype limit,
                                              const std::function<bool()>& cancelled)
{
    if (!query.hasText())
        return fail(Error::Code::InvalidArgument, tr("Type a word or phrase to search for."));
    const auto stopped = [] {
        return fail(Error::Code::Cancelled, SearchEngine::tr("The search was cancelled."));
    };
    const std::vector<SearchTerm> terms = query.positiveTerms();
    const auto oneLine = [](const QList<uint>& cps, qsizetype from, qsizetype to) {
        QString out;
        for (qsizetype i = std::max<qsizetype>(from, 0); i < std::min(to, cps.size()); ++i) {
            const uint c = cps[i];
            if (c == '\n' || c == '\r' || c == '\t')
                out += QLatin1Char(' ');
            else
                out += QString::fromUcs4(reinterpret_cast<const char32_t*>(&c), 1);
        }
        return out;
    };
    Concordance out;
    SearchIndex index(m_project.db());
    qsizetype seen = 0;
    std::optional<Error> failed;
    bool stoppedByUser = false;
    const CancelWatch watch(m_project.db().handle(), cancelled, 1000);
    auto segments = index.segmentTexts(query.toFtsExpression(), filtersOf(query), [&](SegmentMatch&& m) {
        if (cancelled && (++seen % 512) == 0 && cancelled()) {
            stoppedByUser = true;
            return false;
        }
        if (qsizetype(out.lines.size()) >= limit) {
            out.cut = true;
            return false;
        }
        const QList<TextSpan> spans = Highlighter::occurrences(m.text, terms);
        if (spans.isEmpty())
            return true;
        if (!out.interviews.contains(m.interviewId)) {
            auto heading = index.heading(m.interviewId);
            if (!heading) {
                failed = heading.error();
                return false;
            }
            QStringList parts{heading->cityName, heading->startedAt.left(10), heading->participants};
            parts.removeAll(QString());
            out.interviews.insert(m.interviewId, parts.join(QStringLiteral(" · ")));
        }
        const QList<uint> cps = m.text.toUcs4();
        for (const TextSpan& s : spans) {
            if (qsizetype(out.lines.size()) >= limit) {
                out.cut = true;
                return false;
            }
            ConcordanceLine line;
            line.segmentId = m.id;
            line.interviewId = m.interviewId;
            line.cityId = m.cityId;
            line.speaker = m.speaker;
            line.startMs = m.startMs;
            line.at = s;
            line.left = oneLine(cps, s.start - context, s.start);
            line.hit = oneLine(cps, s.start, s.end);
            line.right = oneLine(cps, s.end, s.end + context);
            line.withheld = m.withheld;
            line.index = qsizetype(out.lines.size());
            out.lines.push_back(std::move(line));
        }
        return true;
    });
    if (stoppedByUser || (cancelled && cancelled()))
        return stopped();
    if (failed)
        return std::unexpected(*failed);
    if (!segments)
        return std::unexpected(segments.error());
    out.segments = *segments;
    return out;
}

void SearchEngine::sort(std::vector<ConcordanceLine>& lines, ConcordanceOrder order)
{
    if (order == ConcordanceOrder::Transcript) {
        std::sort(lines.begin(), lines.end(),
                  [](const ConcordanceLine& a, const ConcordanceLine& b) { return a.index < b.index; });
        return;
    }
    // One key per line, computed once: the right context as it runs, or the left one
    // read backwards from the hit; then the hit itself.
    std::vector<std::pair<QString, size_t>> keys;
    keys.reserve(lines.size());
    for (size_t i = 0; i < lines.size(); ++i) {
        const ConcordanceLine& l = lines[i];
        if (order == ConcordanceOrder::Right) {
            keys.emplace_back(l.right, i);
        } else {
            QList<uint> cps = l.left.toUcs4();
            std::reverse(cps.begin(), cps.end());
            keys.emplace_back(
                QString::fromUcs4(reinterpret_cast<const char32_t*>(cps.constData()), cps.size()), i);
        }
    }
    std::stable_sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
        const int c = QString::compare(a.first, b.first, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.second < b.second;
    });
    std::vector<ConcordanceLine> sorted;
    sorted.reserve(lines.size());
    for (const auto& k : keys)
        sorted.push_back(std::move(lines[k.second]));
    lines = std::move(sorted);
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
        const QList<TextSpan> spans = Highlighter::find(m.text, terms);
        hit.snippet = Highlighter::snippet(m.text, spans);
        if (!spans.isEmpty())
            hit.at = spans.front();
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
