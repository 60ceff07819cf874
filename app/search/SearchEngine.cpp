// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "search/SearchEngine.h"

#include "store/Project.h"
#include "store/SqlValue.h"

#include <QHash>

#include <SQLiteCpp/Statement.h>

#include <cstring>

namespace tianye::search {

namespace {

// SQL conditions for the query's filters over interviews `i` (and segments `s`
// when there is one), with their bound values in order.
struct Filters
{
    std::string sql;
    QStringList values;
};

Filters filtersFor(const SearchQuery& q, bool haveSegment, const char* quoteAlias = nullptr)
{
    Filters f;
    if (!q.city.isEmpty()) {
        f.sql += " AND i.city_id IN (SELECT id FROM cities WHERE name = ?)";
        f.values << q.city;
    }
    if (!q.mode.isEmpty()) {
        f.sql += " AND i.mode = ?";
        f.values << q.mode;
    }
    if (!q.interviewer.isEmpty()) {
        f.sql += " AND EXISTS (SELECT 1 FROM interview_interviewers ii JOIN researchers r ON r.id = "
                 "ii.researcher_id "
                 "WHERE ii.interview_id = i.id AND r.name = ? COLLATE NOCASE)";
        f.values << q.interviewer;
    }
    if (!q.speaker.isEmpty()) {
        if (haveSegment) {
            f.sql += " AND s.speaker = ? COLLATE NOCASE";
        } else if (quoteAlias) {
            f.sql += std::string(" AND (SELECT speaker FROM segments WHERE id = ") + quoteAlias +
                     ".start_segment_id) = ? COLLATE NOCASE";
        } else {
            f.sql += " AND EXISTS (SELECT 1 FROM segments s2 WHERE s2.interview_id = i.id AND s2.speaker = ? "
                     "COLLATE NOCASE)";
        }
        f.values << q.speaker;
    }
    if (!q.theme.isEmpty()) {
        const std::string themes =
            "(WITH RECURSIVE sub(id) AS (SELECT id FROM themes WHERE name = ? UNION "
            "SELECT t.id FROM themes t JOIN sub ON t.parent_id = sub.id) SELECT id FROM sub)";
        if (quoteAlias) {
            f.sql += std::string(" AND EXISTS (SELECT 1 FROM quote_themes qt WHERE qt.quote_id = ") +
                     quoteAlias + ".id AND qt.theme_id IN " + themes + ")";
        } else if (haveSegment) {
            // Segments that a quote of the theme covers.
            f.sql +=
                " AND EXISTS (SELECT 1 FROM quotes q2 JOIN quote_themes qt ON qt.quote_id = q2.id JOIN "
                "segments a "
                "ON a.id = q2.start_segment_id JOIN segments b ON b.id = q2.end_segment_id "
                "WHERE q2.interview_id = s.interview_id AND s.position BETWEEN a.position AND b.position "
                "AND qt.theme_id IN " +
                themes + ")";
        } else {
            f.sql += " AND EXISTS (SELECT 1 FROM quotes q2 JOIN quote_themes qt ON qt.quote_id = q2.id "
                     "WHERE q2.interview_id = i.id AND qt.theme_id IN " +
                     themes + ")";
        }
        f.values << q.theme;
    }
    return f;
}

// Rankings prepared ahead keep this many hits: four pages of 50.
constexpr int PreparedRankingSize = 200;

// The ranking of matching segments (rowid, BM25 score), best first; ties by row id
// so that a ranking prepared ahead and one computed now are the same list. Joins
// only when a filter needs them, so the full-text table drives the scan in rowid
// order (tianye_bm25's cursor moves forward).
std::string rankingSql(const std::string& filters)
{
    const std::string joins = filters.empty()
                                  ? std::string()
                                  : " JOIN segments s ON s.id = fts_segments.rowid JOIN interviews i "
                                    "ON i.id = s.interview_id";
    return "SELECT fts_segments.rowid AS id, tianye_bm25(fts_segments, 'fts_segments') AS score FROM "
           "fts_segments" +
           joins + " WHERE fts_segments MATCH ?" + filters + " ORDER BY score, id";
}

// A page of a prepared ranking that is still valid (no transcript changed since).
bool preparedPage(Database& db, const QString& expression, int offset, int size,
                  std::vector<std::pair<RowId, double>>& page)
{
    SQLite::Statement& st =
        db.cached("SELECT p.ranking FROM search_prepared p JOIN search_state v ON v.id = 1 "
                  "WHERE p.expression = ? AND p.version = v.version");
    sql::bind(st, 1, expression);
    if (!st.executeStep()) {
        st.reset();
        return false;
    }
    const auto* bytes = static_cast<const char*>(st.getColumn(0).getBlob());
    const int count = st.getColumn(0).getBytes() / int(sizeof(qint64) + sizeof(double));
    for (int i = offset; i < std::min(count, offset + size); ++i) {
        qint64 id = 0;
        double score = 0;
        std::memcpy(&id, bytes + i * 16, sizeof id);
        std::memcpy(&score, bytes + i * 16 + 8, sizeof score);
        page.emplace_back(id, score);
    }
    st.reset();
    return true;
}

void bindAll(SQLite::Statement& st, const QString& match, const QStringList& values, int first = 1)
{
    sql::bind(st, first, match);
    for (qsizetype k = 0; k < values.size(); ++k)
        sql::bind(st, first + 1 + int(k), values[k]);
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

} // namespace

Result<int> SearchEngine::prepareFrequentQueries(qint64 minimumSegments)
{
    Database& db = m_project.db();
    return db.writeLocal([&] {
        const qint64 version =
            db.sql().execAndGet("SELECT version FROM search_state WHERE id = 1").getInt64();
        db.sql().exec("DELETE FROM search_prepared");
        // FTS5's own vocabulary: each token and how many segments hold it.
        db.sql().exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.tianye_segment_terms USING "
                      "fts5vocab(main, 'fts_segments', 'row')");
        SQLite::Statement terms(db.sql(), "SELECT term FROM temp.tianye_segment_terms WHERE doc >= ?");
        terms.bind(1, static_cast<int64_t>(minimumSegments));
        QStringList expressions;
        while (terms.executeStep()) {
            // A token is a query of its own: a bigram or word as typed, a single CJK
            // character as the prefix query that one character becomes.
            const QString term = sql::text(terms.getColumn(0));
            expressions << SearchQuery::parse(term).toFtsExpression();
        }
        expressions.removeDuplicates();
        SQLite::Statement rank(db.sql(), rankingSql({}) + " LIMIT " + std::to_string(PreparedRankingSize));
        SQLite::Statement store(
            db.sql(), "INSERT INTO search_prepared (expression, version, ranking) VALUES (?, ?, ?)");
        int prepared = 0;
        for (const QString& expression : expressions) {
            if (expression.isEmpty())
                continue;
            QByteArray ranking;
            rank.reset();
            sql::bind(rank, 1, expression);
            while (rank.executeStep()) {
                const qint64 id = rank.getColumn(0).getInt64();
                const double score = rank.getColumn(1).getDouble();
                ranking.append(reinterpret_cast<const char*>(&id), sizeof id);
                ranking.append(reinterpret_cast<const char*>(&score), sizeof score);
            }
            store.reset();
            sql::bind(store, 1, expression);
            store.bind(2, static_cast<int64_t>(version));
            store.bind(3, ranking.constData(), int(ranking.size()));
            store.exec();
            ++prepared;
        }
        return prepared;
    });
}

Result<qint64> SearchEngine::countSegments(const SearchQuery& query)
{
    if (!query.hasText())
        return fail(Error::Code::InvalidArgument, tr("Type a word or phrase to search for."));
    Database& db = m_project.db();
    return db.read([&] {
        const Filters f = filtersFor(query, true);
        const bool plain = f.sql.empty();
        SQLite::Statement st(
            db.sql(), plain ? std::string("SELECT count(*) FROM fts_segments WHERE fts_segments MATCH ?")
                            : "SELECT count(*) FROM fts_segments JOIN segments s ON s.id = "
                              "fts_segments.rowid JOIN interviews i ON i.id = s.interview_id "
                              "WHERE fts_segments MATCH ?" +
                                  f.sql);
        bindAll(st, query.toFtsExpression(), f.values);
        st.executeStep();
        return qint64(st.getColumn(0).getInt64());
    });
}

Result<std::vector<RowId>> SearchEngine::matchingSegments(const SearchQuery& query)
{
    if (!query.hasText())
        return fail(Error::Code::InvalidArgument, tr("Type a word or phrase to search for."));
    Database& db = m_project.db();
    return db.read([&] {
        const Filters f = filtersFor(query, true);
        SQLite::Statement st(db.sql(),
                             "SELECT s.id FROM fts_segments JOIN segments s ON s.id = fts_segments.rowid "
                             "JOIN interviews i ON i.id = s.interview_id WHERE fts_segments MATCH ?" +
                                 f.sql + " ORDER BY s.id");
        bindAll(st, query.toFtsExpression(), f.values);
        std::vector<RowId> ids;
        while (st.executeStep())
            ids.push_back(st.getColumn(0).getInt64());
        return ids;
    });
}

Result<SearchResults> SearchEngine::search(const SearchQuery& query, int offset, int pageSize)
{
    if (!query.hasText())
        return fail(Error::Code::InvalidArgument, tr("Type a word or phrase to search for."));
    auto total = countSegments(query);
    if (!total)
        return std::unexpected(total.error());
    Database& db = m_project.db();
    const QString match = query.toFtsExpression();
    const std::vector<SearchTerm> terms = query.positiveTerms();
    return db.read([&] {
        SearchResults results;
        results.totalSegments = *total;
        results.offset = offset;
        results.pageSize = pageSize;
        QHash<RowId, size_t> groupOf;
        const auto groupFor = [&](RowId interviewId) -> InterviewGroup& {
            auto it = groupOf.find(interviewId);
            if (it == groupOf.end()) {
                InterviewGroup g;
                g.interviewId = interviewId;
                SQLite::Statement& info = db.cached(R"sql(
                    SELECT c.name, i.started_at,
                      (SELECT group_concat(code, ', ') FROM (SELECT p.code FROM interview_participants ip
                        JOIN participants p ON p.id = ip.participant_id WHERE ip.interview_id = i.id
                        ORDER BY ip.position))
                    FROM interviews i JOIN cities c ON c.id = i.city_id WHERE i.id = ?)sql");
                info.bind(1, static_cast<int64_t>(interviewId));
                if (info.executeStep()) {
                    g.cityName = sql::text(info.getColumn(0));
                    g.startedAt = sql::text(info.getColumn(1));
                    g.participants = sql::text(info.getColumn(2));
                }
                info.reset();
                results.groups.push_back(std::move(g));
                it = groupOf.insert(interviewId, results.groups.size() - 1);
            }
            return results.groups[*it];
        };

        // Transcript segments: the page's ranking (prepared ahead for frequent terms,
        // else computed now), then its rows.
        {
            const Filters f = filtersFor(query, true);
            std::vector<std::pair<RowId, double>> page;
            const bool preparable = f.sql.empty() && offset + pageSize <= PreparedRankingSize;
            if (!preparable || !preparedPage(db, match, offset, pageSize, page)) {
                SQLite::Statement st(db.sql(), rankingSql(f.sql) + " LIMIT ? OFFSET ?");
                bindAll(st, match, f.values);
                st.bind(int(f.values.size()) + 2, pageSize);
                st.bind(int(f.values.size()) + 3, offset);
                while (st.executeStep())
                    page.emplace_back(st.getColumn(0).getInt64(), st.getColumn(1).getDouble());
            }
            SQLite::Statement& row =
                db.cached("SELECT s.interview_id, i.city_id, s.speaker, s.start_ms, s.text "
                          "FROM segments s JOIN interviews i ON i.id = s.interview_id "
                          "WHERE s.id = ?");
            for (const auto& [id, score] : page) {
                row.reset();
                row.bind(1, static_cast<int64_t>(id));
                if (!row.executeStep())
                    continue;
                SearchHit hit;
                hit.kind = HitKind::Segment;
                hit.id = id;
                hit.interviewId = row.getColumn(0).getInt64();
                hit.cityId = row.getColumn(1).getInt64();
                hit.speaker = sql::text(row.getColumn(2));
                hit.startMs = sql::optionalInt(row.getColumn(3));
                const QString text = sql::text(row.getColumn(4));
                hit.field = QStringLiteral("text");
                hit.snippet = Highlighter::snippet(text, Highlighter::find(text, terms));
                hit.rank = score;
                groupFor(hit.interviewId).hits.push_back(std::move(hit));
            }
            row.reset();
            results.hasMore = offset + pageSize < *total;
        }
        if (offset > 0)
            return results;

        constexpr int OtherLimit = 20;
        // Quotes and interview notes belong to interviews too.
        {
            const Filters f = filtersFor(query, false, "q");
            SQLite::Statement st(db.sql(),
                                 "SELECT q.id, q.interview_id, i.city_id, q.text, q.note, q.translation, "
                                 "fts_quotes.rank FROM fts_quotes JOIN quotes q ON q.id = fts_quotes.rowid "
                                 "JOIN interviews i ON i.id = q.interview_id WHERE fts_quotes MATCH ?" +
                                     f.sql + " ORDER BY fts_quotes.rank LIMIT " + std::to_string(OtherLimit));
            bindAll(st, match, f.values);
            while (st.executeStep()) {
                SearchHit hit;
                hit.kind = HitKind::Quote;
                hit.id = st.getColumn(0).getInt64();
                hit.interviewId = st.getColumn(1).getInt64();
                hit.cityId = st.getColumn(2).getInt64();
                std::tie(hit.field, hit.snippet) = bestField(
                    {QStringLiteral("text"), QStringLiteral("note"), QStringLiteral("translation")},
                    {sql::text(st.getColumn(3)), sql::text(st.getColumn(4)), sql::text(st.getColumn(5))},
                    terms);
                hit.rank = st.getColumn(6).getDouble();
                groupFor(hit.interviewId).hits.push_back(std::move(hit));
            }
        }
        {
            const Filters f = filtersFor(query, false);
            SQLite::Statement st(
                db.sql(), "SELECT i.id, i.city_id, i.summary, i.field_notes, fts_interviews.rank "
                          "FROM fts_interviews JOIN interviews i ON i.id = fts_interviews.rowid "
                          "WHERE fts_interviews MATCH ?" +
                              f.sql + " ORDER BY fts_interviews.rank LIMIT " + std::to_string(OtherLimit));
            bindAll(st, match, f.values);
            while (st.executeStep()) {
                SearchHit hit;
                hit.kind = HitKind::Interview;
                hit.id = hit.interviewId = st.getColumn(0).getInt64();
                hit.cityId = st.getColumn(1).getInt64();
                std::tie(hit.field, hit.snippet) =
                    bestField({QStringLiteral("summary"), QStringLiteral("field_notes")},
                              {sql::text(st.getColumn(2)), sql::text(st.getColumn(3))}, terms);
                hit.rank = st.getColumn(4).getDouble();
                groupFor(hit.interviewId).hits.push_back(std::move(hit));
            }
        }
        // Participants, cities and insights: only narrowed by city.
        const bool onlyCity = query.theme.isEmpty() && query.speaker.isEmpty() &&
                              query.interviewer.isEmpty() && query.mode.isEmpty();
        if (onlyCity) {
            const std::string cityFilter = query.city.isEmpty() ? "" : " AND c.name = ?";
            const auto runOther = [&](HitKind kind, const std::string& sqlText, const QStringList& fields) {
                SQLite::Statement st(db.sql(), sqlText);
                bindAll(st, match, query.city.isEmpty() ? QStringList() : QStringList{query.city});
                while (st.executeStep()) {
                    SearchHit hit;
                    hit.kind = kind;
                    hit.id = st.getColumn(0).getInt64();
                    hit.cityId = sql::id(st.getColumn(1));
                    QStringList texts;
                    for (qsizetype k = 0; k < fields.size(); ++k)
                        texts << sql::text(st.getColumn(2 + int(k)));
                    std::tie(hit.field, hit.snippet) = bestField(fields, texts, terms);
                    hit.rank = st.getColumn(2 + int(fields.size())).getDouble();
                    results.elsewhere.push_back(std::move(hit));
                }
            };
            const std::string limit = " LIMIT " + std::to_string(OtherLimit);
            runOther(
                HitKind::Participant,
                "SELECT p.id, p.city_id, p.code, p.occupation, p.notes, fts_participants.rank FROM "
                "fts_participants "
                "JOIN participants p ON p.id = fts_participants.rowid LEFT JOIN cities c ON c.id = p.city_id "
                "WHERE fts_participants MATCH ?" +
                    cityFilter + " ORDER BY fts_participants.rank" + limit,
                {QStringLiteral("code"), QStringLiteral("occupation"), QStringLiteral("notes")});
            runOther(HitKind::City,
                     "SELECT c.id, c.id, c.name, c.spirit_word, c.insight_statement, c.notes, "
                     "fts_cities.rank FROM "
                     "fts_cities JOIN cities c ON c.id = fts_cities.rowid WHERE fts_cities MATCH ?" +
                         cityFilter + " ORDER BY fts_cities.rank" + limit,
                     {QStringLiteral("name"), QStringLiteral("spirit_word"),
                      QStringLiteral("insight_statement"), QStringLiteral("notes")});
            runOther(
                HitKind::Insight,
                "SELECT n.id, n.city_id, n.title, n.statement, fts_insights.rank FROM fts_insights JOIN "
                "insights n "
                "ON n.id = fts_insights.rowid JOIN cities c ON c.id = n.city_id WHERE fts_insights MATCH ?" +
                    cityFilter + " ORDER BY fts_insights.rank" + limit,
                {QStringLiteral("title"), QStringLiteral("statement")});
        }
        return results;
    });
}

} // namespace tianye::search
