// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/SearchIndex.h"

#include "store/Database.h"
#include "store/SqlValue.h"

#include <QHash>
#include <QSet>

#include <SQLiteCpp/Statement.h>

#include <cstring>
#include <optional>

namespace tianye {

namespace {

// SQL conditions for the filters over interviews `i` (and segments `s` when there is
// one, or quotes `quoteAlias`), with their bound values in order.
struct Conditions
{
    std::string sql;
    QStringList values;
};

Conditions conditionsFor(const SearchFilters& q, bool haveSegment, const char* quoteAlias = nullptr)
{
    Conditions f;
    if (!q.city.isEmpty()) {
        f.sql += " AND i.city_id IN (SELECT id FROM cities WHERE name = ?)";
        f.values << q.city;
    }
    if (!q.mode.isEmpty()) {
        f.sql += " AND i.mode = ?";
        f.values << q.mode;
    }
    if (!q.from.isEmpty()) {
        f.sql += " AND i.started_at >= ?";
        f.values << q.from;
    }
    if (!q.to.isEmpty()) { // compared at the precision given: to:2026-10 takes all of October
        f.sql += " AND substr(i.started_at, 1, length(?)) <= ?";
        f.values << q.to << q.to;
    }
    for (const auto& [column, value] : {std::pair{"gender", q.gender}, std::pair{"age_band", q.ageBand},
                                        std::pair{"category", q.category}}) {
        if (value.isEmpty())
            continue;
        f.sql +=
            std::string(" AND EXISTS (SELECT 1 FROM interview_participants ip JOIN participants p ON p.id = "
                        "ip.participant_id WHERE ip.interview_id = i.id AND p.") +
            column + " = ? COLLATE NOCASE)";
        f.values << value;
    }
    if (!q.interviewer.isEmpty()) {
        f.sql += " AND EXISTS (SELECT 1 FROM interview_interviewers ii JOIN researchers r ON r.id = "
                 "ii.researcher_id WHERE ii.interview_id = i.id AND r.name = ? COLLATE NOCASE)";
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
                "segments a ON a.id = q2.start_segment_id JOIN segments b ON b.id = q2.end_segment_id "
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

// The ranking of matching segments (rowid, BM25 score), best first; ties by row id
// so that a ranking prepared ahead and one computed now are the same list. Joins
// only when a filter needs them, so the full-text table drives the scan in rowid
// order (tianye_bm25's cursor moves forward).
std::string rankingSql(const std::string& conditions)
{
    const std::string joins = conditions.empty()
                                  ? std::string()
                                  : " JOIN segments s ON s.id = fts_segments.rowid JOIN interviews i "
                                    "ON i.id = s.interview_id";
    return "SELECT fts_segments.rowid AS id, tianye_bm25(fts_segments, 'fts_segments') AS score FROM "
           "fts_segments" +
           joins + " WHERE fts_segments MATCH ?" + conditions + " ORDER BY score, id";
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

// Why consent withholds each of these segments (those it does not are left out), in
// one reading of withheld_segments: the view works out which interviews are at risk
// each time it is read (~30 ms on 10,000 interviews), so never once per segment.
QHash<RowId, Withheld> withheldOf(Database& db, const std::vector<RowId>& ids)
{
    QHash<RowId, Withheld> out;
    if (ids.empty())
        return out;
    QByteArray list = "[";
    for (size_t i = 0; i < ids.size(); ++i)
        list += (i ? "," : "") + QByteArray::number(ids[i]);
    list += "]";
    SQLite::Statement st(db.sql(), "SELECT segment_id, reason FROM withheld_segments "
                                   "WHERE segment_id IN (SELECT value FROM json_each(?))");
    st.bind(1, list.toStdString());
    while (st.executeStep())
        out.insert(st.getColumn(0).getInt64(), withheldFromKey(sql::text(st.getColumn(1))));
    return out;
}

// One matching segment's row as search shows it (no score, nothing withheld yet).
std::optional<SegmentMatch> segmentRow(Database& db, RowId id)
{
    SQLite::Statement& row =
        db.cached("SELECT s.interview_id, i.city_id, s.speaker, s.start_ms, s.text "
                  "FROM segments s JOIN interviews i ON i.id = s.interview_id WHERE s.id = ?");
    row.bind(1, static_cast<int64_t>(id));
    if (!row.executeStep())
        return std::nullopt;
    SegmentMatch m;
    m.id = id;
    m.interviewId = row.getColumn(0).getInt64();
    m.cityId = row.getColumn(1).getInt64();
    m.speaker = sql::text(row.getColumn(2));
    m.startMs = sql::optionalInt(row.getColumn(3));
    m.text = sql::text(row.getColumn(4));
    row.reset();
    return m;
}

void bindAll(SQLite::Statement& st, const QString& match, const QStringList& values)
{
    sql::bind(st, 1, match);
    for (qsizetype k = 0; k < values.size(); ++k)
        sql::bind(st, 2 + int(k), values[k]);
}

// Rows of (id, interview or NoRow, city, texts…, rank[, withheld reason]).
std::vector<RecordMatch> records(SQLite::Statement& st, int texts, bool hasInterview, bool hasWithheld)
{
    std::vector<RecordMatch> out;
    while (st.executeStep()) {
        RecordMatch m;
        int c = 0;
        m.id = st.getColumn(c++).getInt64();
        if (hasInterview)
            m.interviewId = st.getColumn(c++).getInt64();
        m.cityId = sql::id(st.getColumn(c++));
        for (int k = 0; k < texts; ++k)
            m.texts << sql::text(st.getColumn(c++));
        m.rank = st.getColumn(c++).getDouble();
        if (hasWithheld)
            m.withheld = withheldFromKey(sql::text(st.getColumn(c++)));
        out.push_back(std::move(m));
    }
    return out;
}

} // namespace

Result<qint64> SearchIndex::countSegments(const QString& match, const SearchFilters& filters)
{
    return m_db.read([&] {
        const Conditions f = conditionsFor(filters, true);
        SQLite::Statement st(m_db.sql(),
                             f.sql.empty()
                                 ? std::string("SELECT count(*) FROM fts_segments WHERE fts_segments MATCH ?")
                                 : "SELECT count(*) FROM fts_segments JOIN segments s ON s.id = "
                                   "fts_segments.rowid JOIN interviews i ON i.id = s.interview_id "
                                   "WHERE fts_segments MATCH ?" +
                                       f.sql);
        bindAll(st, match, f.values);
        st.executeStep();
        return qint64(st.getColumn(0).getInt64());
    });
}

Result<std::vector<RowId>> SearchIndex::matchingSegments(const QString& match, const SearchFilters& filters)
{
    return m_db.read([&] {
        const Conditions f = conditionsFor(filters, true);
        SQLite::Statement st(m_db.sql(),
                             "SELECT s.id FROM fts_segments JOIN segments s ON s.id = fts_segments.rowid "
                             "JOIN interviews i ON i.id = s.interview_id WHERE fts_segments MATCH ?" +
                                 f.sql + " ORDER BY s.id");
        bindAll(st, match, f.values);
        std::vector<RowId> ids;
        while (st.executeStep())
            ids.push_back(st.getColumn(0).getInt64());
        return ids;
    });
}

Result<qint64> SearchIndex::segmentTexts(const QString& match, const SearchFilters& filters,
                                         const std::function<bool(SegmentMatch&&)>& each)
{
    return m_db.read([&] {
        // The order first, on ids alone (sorting the texts of every hit would cost far
        // more), then each row as it is taken.
        const Conditions f = conditionsFor(filters, true);
        SQLite::Statement st(
            m_db.sql(),
            "SELECT s.id, s.interview_id FROM fts_segments JOIN segments s ON s.id = "
            "fts_segments.rowid JOIN interviews i ON i.id = s.interview_id WHERE fts_segments MATCH ?" +
                f.sql + " ORDER BY i.started_at, s.interview_id, s.position");
        bindAll(st, match, f.values);
        const QSet<RowId> risky = orThrow(m_db.consentRiskInterviews()); // as in segments()
        std::vector<RowId> ids;
        std::vector<RowId> atRisk;
        while (st.executeStep()) {
            ids.push_back(st.getColumn(0).getInt64());
            if (risky.contains(st.getColumn(1).getInt64()))
                atRisk.push_back(ids.back());
        }
        const QHash<RowId, Withheld> withheld = withheldOf(m_db, atRisk);
        for (RowId id : ids) {
            std::optional<SegmentMatch> found = segmentRow(m_db, id);
            if (!found)
                continue;
            SegmentMatch& m = *found;
            m.withheld = withheld.value(id, Withheld::No);
            if (!each(std::move(m)))
                break;
        }
        return qint64(ids.size());
    });
}

Result<std::vector<SegmentMatch>> SearchIndex::segments(const QString& match, const SearchFilters& filters,
                                                        int offset, int limit)
{
    return m_db.read([&] {
        // The page's ranking: prepared ahead for frequent terms, else computed now.
        const Conditions f = conditionsFor(filters, true);
        std::vector<std::pair<RowId, double>> page;
        const bool preparable = f.sql.empty() && offset + limit <= PreparedRankingSize;
        if (!preparable || !preparedPage(m_db, match, offset, limit, page)) {
            SQLite::Statement st(m_db.sql(), rankingSql(f.sql) + " LIMIT ? OFFSET ?");
            bindAll(st, match, f.values);
            st.bind(int(f.values.size()) + 2, limit);
            st.bind(int(f.values.size()) + 3, offset);
            while (st.executeStep())
                page.emplace_back(st.getColumn(0).getInt64(), st.getColumn(1).getDouble());
        }
        // Consent can withhold words only in the few interviews where someone withdrew:
        // only their segments are looked up, all of the page's at once.
        const QSet<RowId> risky = orThrow(m_db.consentRiskInterviews());
        std::vector<SegmentMatch> out;
        for (const auto& [id, score] : page) {
            std::optional<SegmentMatch> m = segmentRow(m_db, id);
            if (!m)
                continue;
            m->score = score;
            out.push_back(std::move(*m));
        }
        std::vector<RowId> atRisk;
        for (const SegmentMatch& m : out)
            if (risky.contains(m.interviewId))
                atRisk.push_back(m.id);
        const QHash<RowId, Withheld> withheld = withheldOf(m_db, atRisk);
        for (SegmentMatch& m : out)
            m.withheld = withheld.value(m.id, Withheld::No);
        return out;
    });
}

Result<std::vector<RecordMatch>> SearchIndex::quotes(const QString& match, const SearchFilters& filters,
                                                     int limit)
{
    return m_db.read([&] {
        const Conditions f = conditionsFor(filters, false, "q");
        SQLite::Statement st(
            m_db.sql(),
            "SELECT q.id, q.interview_id, i.city_id, q.text, q.note, q.translation, fts_quotes.rank, "
            "w.reason FROM fts_quotes JOIN quotes q ON q.id = fts_quotes.rowid "
            "JOIN interviews i ON i.id = q.interview_id "
            "LEFT JOIN withheld_quotes w ON w.quote_id = q.id WHERE fts_quotes MATCH ?" +
                f.sql + " ORDER BY fts_quotes.rank LIMIT " + std::to_string(limit));
        bindAll(st, match, f.values);
        return records(st, 3, true, true);
    });
}

Result<std::vector<RecordMatch>> SearchIndex::interviewNotes(const QString& match,
                                                             const SearchFilters& filters, int limit)
{
    return m_db.read([&] {
        const Conditions f = conditionsFor(filters, false);
        SQLite::Statement st(m_db.sql(),
                             "SELECT i.id, i.id, i.city_id, i.summary, i.field_notes, fts_interviews.rank "
                             "FROM fts_interviews JOIN interviews i ON i.id = fts_interviews.rowid "
                             "WHERE fts_interviews MATCH ?" +
                                 f.sql + " ORDER BY fts_interviews.rank LIMIT " + std::to_string(limit));
        bindAll(st, match, f.values);
        return records(st, 2, true, false);
    });
}

Result<std::vector<RecordMatch>> SearchIndex::participants(const QString& match, const QString& city,
                                                           int limit)
{
    return byCity("SELECT p.id, p.city_id, p.code, p.occupation, p.notes, fts_participants.rank FROM "
                  "fts_participants JOIN participants p ON p.id = fts_participants.rowid "
                  "LEFT JOIN cities c ON c.id = p.city_id WHERE fts_participants MATCH ?",
                  "fts_participants", 3, match, city, limit);
}

Result<std::vector<RecordMatch>> SearchIndex::cities(const QString& match, const QString& city, int limit)
{
    return byCity("SELECT c.id, c.id, c.name, c.spirit_word, c.insight_statement, c.notes, "
                  "fts_cities.rank FROM fts_cities JOIN cities c ON c.id = fts_cities.rowid "
                  "WHERE fts_cities MATCH ?",
                  "fts_cities", 4, match, city, limit);
}

Result<std::vector<RecordMatch>> SearchIndex::insights(const QString& match, const QString& city, int limit)
{
    return byCity("SELECT n.id, n.city_id, n.title, n.statement, fts_insights.rank FROM fts_insights "
                  "JOIN insights n ON n.id = fts_insights.rowid JOIN cities c ON c.id = n.city_id "
                  "WHERE fts_insights MATCH ?",
                  "fts_insights", 2, match, city, limit);
}

Result<std::vector<RecordMatch>> SearchIndex::byCity(const std::string& query, const std::string& fts,
                                                     int texts, const QString& match, const QString& city,
                                                     int limit)
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), query + (city.isEmpty() ? "" : " AND c.name = ?") + " ORDER BY " +
                                             fts + ".rank LIMIT " + std::to_string(limit));
        bindAll(st, match, city.isEmpty() ? QStringList() : QStringList{city});
        return records(st, texts, false, false);
    });
}

Result<InterviewHeading> SearchIndex::heading(RowId interviewId)
{
    return m_db.read([&] {
        SQLite::Statement& info = m_db.cached(R"sql(
            SELECT c.name, i.started_at,
              (SELECT group_concat(code, ', ') FROM (SELECT p.code FROM interview_participants ip
                JOIN participants p ON p.id = ip.participant_id WHERE ip.interview_id = i.id
                ORDER BY ip.position))
            FROM interviews i JOIN cities c ON c.id = i.city_id WHERE i.id = ?)sql");
        info.bind(1, static_cast<int64_t>(interviewId));
        InterviewHeading h;
        if (info.executeStep()) {
            h.cityName = sql::text(info.getColumn(0));
            h.startedAt = sql::text(info.getColumn(1));
            h.participants = sql::text(info.getColumn(2));
        }
        info.reset();
        return h;
    });
}

Result<int> SearchIndex::prepareRankings(qint64 minimumSegments,
                                         const std::function<QString(const QString&)>& expressionOf,
                                         const std::function<bool()>& cancelled)
{
    Database& db = m_db;
    // Ranked while reading (writers go on meanwhile), stored in one short write, and only
    // if no transcript changed in between: a ranking is always that of the text it is
    // stored for.
    struct Ranked
    {
        QString expression;
        QByteArray ranking;
    };
    qint64 version = 0;
    std::vector<Ranked> ranked;
    auto read = db.read([&] {
        version = db.sql().execAndGet("SELECT version FROM search_state WHERE id = 1").getInt64();
        // FTS5's own vocabulary: each token and how many segments hold it.
        db.sql().exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.tianye_segment_terms USING "
                      "fts5vocab(main, 'fts_segments', 'row')");
        SQLite::Statement terms(db.sql(), "SELECT term FROM temp.tianye_segment_terms WHERE doc >= ?");
        terms.bind(1, static_cast<int64_t>(minimumSegments));
        QStringList expressions;
        while (terms.executeStep())
            expressions << expressionOf(sql::text(terms.getColumn(0)));
        expressions.removeDuplicates();
        SQLite::Statement rank(db.sql(), rankingSql({}) + " LIMIT " + std::to_string(PreparedRankingSize));
        const CancelWatch watch(db.handle(), cancelled, 10'000);
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
            ranked.push_back({expression, ranking});
        }
    });
    if (cancelled && cancelled())
        return fail(Error::Code::Cancelled, tr("Preparing the search rankings was stopped."));
    if (!read)
        return std::unexpected(read.error());
    return db.writeLocal([&] {
        const qint64 now = db.sql().execAndGet("SELECT version FROM search_state WHERE id = 1").getInt64();
        if (now != version)
            return 0; // a transcript changed meanwhile: these would be stale at once
        db.sql().exec("DELETE FROM search_prepared");
        SQLite::Statement store(
            db.sql(), "INSERT INTO search_prepared (expression, version, ranking) VALUES (?, ?, ?)");
        for (const Ranked& r : ranked) {
            store.reset();
            sql::bind(store, 1, r.expression);
            store.bind(2, static_cast<int64_t>(version));
            store.bind(3, r.ranking.constData(), int(r.ranking.size()));
            store.exec();
        }
        return int(ranked.size());
    });
}

} // namespace tianye
