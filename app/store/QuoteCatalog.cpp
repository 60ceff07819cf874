// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/QuoteCatalog.h"

#include "store/CityRepository.h"
#include "store/Database.h"
#include "store/SqlValue.h"
#include "store/ThemeRepository.h"
#include "text/Tokenizer.h"

#include <QFile>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>

namespace tianye {

namespace {

// The participant who says a quote's words first ("p"): who says them is known from
// the speakers of the segments they lie in (schema v6's quote_speakers), never guessed.
constexpr const char* FirstSpeakerJoin = " LEFT JOIN participants p ON p.id = (SELECT x.participant_id FROM "
                                         "quote_speakers x WHERE x.quote_id = q.id "
                                         "ORDER BY x.first_position LIMIT 1)";
// The codes of everyone who says them, in order.
constexpr const char* SpeakerCodes =
    "(SELECT group_concat(code, ', ') FROM (SELECT sp.code AS code FROM quote_speakers x JOIN participants "
    "sp "
    "ON sp.id = x.participant_id WHERE x.quote_id = q.id ORDER BY x.first_position))";

// Each quote's alphabetically first theme name, computed once for all quotes.
constexpr const char* ThemeSortJoin = " LEFT JOIN (SELECT qt.quote_id, min(t.name) AS name FROM quote_themes "
                                      "qt JOIN themes t ON t.id = qt.theme_id "
                                      "GROUP BY qt.quote_id) tk ON tk.quote_id = q.id";

std::string idList(const std::vector<RowId>& ids, size_t from, size_t to)
{
    std::string list;
    list.reserve((to - from) * 8);
    for (size_t i = from; i < to; ++i) {
        if (i > from)
            list += ',';
        list += std::to_string(ids[i]);
    }
    return list;
}

} // namespace

Result<std::vector<RowId>> QuoteCatalog::ids(const QuoteFilter& filter,
                                             const std::function<bool()>& cancelled)
{
    return ids(m_db.sql(), filter, cancelled);
}

Result<qint64> QuoteCatalog::count()
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), "SELECT count(*) FROM quotes");
        st.executeStep();
        return qint64(st.getColumn(0).getInt64());
    });
}

Result<std::vector<RowId>> QuoteCatalog::ids(SQLite::Database& db, const QuoteFilter& filter,
                                             const std::function<bool()>& cancelled)
{
    std::string sql = "SELECT q.id FROM quotes q JOIN interviews i ON i.id = q.interview_id";
    const bool needsSegment = filter.sort == QuoteSort::Date || filter.sort == QuoteSort::City;
    if (needsSegment)
        sql += " LEFT JOIN segments s ON s.id = q.start_segment_id";
    if (filter.sort == QuoteSort::City)
        sql += " JOIN cities c ON c.id = i.city_id";
    if (filter.sort == QuoteSort::Theme)
        sql += ThemeSortJoin;
    std::string where = " WHERE 1";
    QVariantList values;
    if (!filter.cityIds.isEmpty()) {
        where += " AND i.city_id IN (" + sql::placeholders(int(filter.cityIds.size())) + ")";
        for (RowId c : filter.cityIds)
            values << QVariant(c);
    }
    if (filter.themeId != NoRow) {
        where += " AND EXISTS (SELECT 1 FROM quote_themes qt WHERE qt.quote_id = q.id AND qt.theme_id IN ("
                 "WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT t.id FROM themes t JOIN sub ON "
                 "t.parent_id = sub.id) SELECT id FROM sub))";
        values << QVariant(filter.themeId);
    }
    // A quote matches a participant field when one of the people who say it matches.
    std::string speaker;
    const auto participantField = [&](const char* column, const QString& value) {
        if (value.isEmpty())
            return;
        speaker += std::string(" AND sp.") + column + " = ?";
        values << value;
    };
    participantField("category", filter.category);
    participantField("gender", filter.gender);
    participantField("age_band", filter.ageBand);
    participantField("city_tie", filter.cityTie);
    if (!speaker.empty())
        where +=
            " AND EXISTS (SELECT 1 FROM quote_speakers x JOIN participants sp ON sp.id = x.participant_id "
            "WHERE x.quote_id = q.id" +
            speaker + ")";
    if (filter.interviewerId != NoRow) {
        where +=
            " AND EXISTS (SELECT 1 FROM interview_interviewers ii WHERE ii.interview_id = q.interview_id "
            "AND ii.researcher_id = ?)";
        values << QVariant(filter.interviewerId);
    }
    if (filter.interviewId != NoRow) {
        where += " AND q.interview_id = ?";
        values << QVariant(filter.interviewId);
    }
    if (filter.starredOnly)
        where += " AND q.starred = 1";
    if (filter.dossierOnly)
        where += " AND q.in_dossier = 1";
    if (!filter.match.isEmpty()) {
        where += " AND q.id IN (SELECT rowid FROM fts_quotes WHERE fts_quotes MATCH ?)";
        values << filter.match;
    }
    const std::string dir = filter.descending ? " DESC" : "";
    std::string order;
    switch (filter.sort) {
    case QuoteSort::Date:
        order = " ORDER BY i.started_at" + dir + ", i.id" + dir + ", s.position" + dir + ", q.start_offset" +
                dir + ", q.id" + dir;
        break;
    case QuoteSort::City:
        order = " ORDER BY c.name" + dir + ", i.started_at" + dir + ", i.id" + dir + ", s.position" + dir +
                ", q.id" + dir;
        break;
    case QuoteSort::Theme:
        order = " ORDER BY tk.name IS NULL, tk.name" + dir + ", q.id" + dir;
        break;
    case QuoteSort::Length:
        order = " ORDER BY length(q.text)" + dir + ", q.id" + dir;
        break;
    }
    sql += where + order;
    try {
        const CancelWatch watch(db.getHandle(), cancelled, 1'000);
        SQLite::Statement st(db, sql);
        for (int i = 0; i < values.size(); ++i)
            sql::bindVariant(st, i + 1, values.at(i));
        std::vector<RowId> out;
        while (st.executeStep())
            out.push_back(st.getColumn(0).getInt64());
        return out;
    } catch (const SQLite::Exception& e) {
        if (e.getErrorCode() == SQLITE_INTERRUPT)
            return fail(Error::Code::Cancelled, tr("Filtering the quotes was cancelled."));
        return fail(Error::Code::Io, tr("Cannot filter the quotes: %1").arg(QString::fromUtf8(e.what())));
    }
}

Result<std::vector<QuoteRow>> QuoteCatalog::rows(const std::vector<RowId>& ids)
{
    return m_db.read([&] {
        std::vector<QuoteRow> out;
        out.reserve(ids.size());
        QHash<RowId, size_t> index;
        constexpr size_t Batch = 500;
        for (size_t from = 0; from < ids.size(); from += Batch) {
            const size_t to = std::min(ids.size(), from + Batch);
            const std::string list = idList(ids, from, to);
            SQLite::Statement st(
                m_db.sql(),
                std::string("SELECT q.id, q.interview_id, i.city_id, coalesce(p.id, 0), q.text, coalesce(") +
                    SpeakerCodes +
                    ", ''), coalesce(p.occupation, ''), coalesce(p.category, ''), "
                    "c.name, i.started_at, q.note, q.translation, q.audio_start_ms, q.audio_end_ms, "
                    "q.starred, q.in_dossier, q.detached, coalesce(w.reason, '') "
                    "FROM quotes q JOIN interviews i ON i.id = q.interview_id JOIN cities c ON c.id = "
                    "i.city_id LEFT JOIN withheld_quotes w ON w.quote_id = q.id" +
                    FirstSpeakerJoin + " WHERE q.id IN (" + list + ")");
            while (st.executeStep()) {
                QuoteRow r;
                r.id = st.getColumn(0).getInt64();
                r.interviewId = st.getColumn(1).getInt64();
                r.cityId = st.getColumn(2).getInt64();
                r.participantId = st.getColumn(3).getInt64();
                r.text = sql::text(st.getColumn(4));
                r.speakerCode = sql::text(st.getColumn(5));
                r.role = sql::text(st.getColumn(6));
                r.category = sql::text(st.getColumn(7));
                r.cityName = sql::text(st.getColumn(8));
                r.interviewDate = sql::text(st.getColumn(9));
                r.note = sql::text(st.getColumn(10));
                r.translation = sql::text(st.getColumn(11));
                r.audioStartMs = sql::optionalInt(st.getColumn(12));
                r.audioEndMs = sql::optionalInt(st.getColumn(13));
                r.starred = st.getColumn(14).getInt() != 0;
                r.inDossier = st.getColumn(15).getInt() != 0;
                r.detached = st.getColumn(16).getInt() != 0;
                r.withheld = withheldFromKey(sql::text(st.getColumn(17)));
                index.insert(r.id, out.size());
                out.push_back(std::move(r));
            }
            SQLite::Statement themes(m_db.sql(),
                                     "SELECT qt.quote_id, t.id, t.name FROM quote_themes qt JOIN themes t "
                                     "ON t.id = qt.theme_id WHERE qt.quote_id IN (" +
                                         list + ") ORDER BY t.position, t.name");
            while (themes.executeStep()) {
                const auto it = index.constFind(themes.getColumn(0).getInt64());
                if (it == index.constEnd())
                    continue;
                QuoteRow& r = out[*it];
                r.themeIds << themes.getColumn(1).getInt64();
                r.themes << sql::text(themes.getColumn(2));
            }
        }
        // Back into the order asked for.
        QHash<RowId, size_t> wanted;
        for (size_t i = 0; i < ids.size(); ++i)
            wanted.insert(ids[i], i);
        std::sort(out.begin(), out.end(), [&](const QuoteRow& a, const QuoteRow& b) {
            return wanted.value(a.id) < wanted.value(b.id);
        });
        return out;
    });
}

Result<ThemeMatrix> QuoteCatalog::matrix(bool includeWithheld)
{
    ThemeMatrix m;
    auto themes = ThemeRepository(m_db).list();
    if (!themes)
        return std::unexpected(themes.error());
    auto cities = CityRepository(m_db).list();
    if (!cities)
        return std::unexpected(cities.error());
    m.themes = std::move(*themes);
    m.cities = std::move(*cities);
    std::sort(m.cities.begin(), m.cities.end(), [](const City& a, const City& b) { return a.name < b.name; });
    // One pass over the codings in quote order; each quote counts once in each of
    // its themes and their ancestors (a quote coded with a theme and its sub-theme
    // counts once in the parent). Faster than a recursive closure joined in SQL.
    QHash<RowId, QList<RowId>> lineage; // theme -> itself and its ancestors
    {
        QHash<RowId, RowId> parentOf;
        for (const Theme& t : m.themes)
            parentOf.insert(t.id, t.parentId);
        for (const Theme& t : m.themes) {
            QList<RowId> up;
            for (RowId a = t.id; a != NoRow && up.size() < 64; a = parentOf.value(a, NoRow))
                up << a;
            lineage.insert(t.id, up);
        }
    }
    auto cells = m_db.read([&] {
        QSet<RowId> excluded;
        if (!includeWithheld) {
            SQLite::Statement withheld(m_db.sql(), "SELECT quote_id FROM withheld_quotes");
            while (withheld.executeStep())
                excluded.insert(withheld.getColumn(0).getInt64());
        }
        SQLite::Statement st(m_db.sql(),
                             "SELECT qt.quote_id, q.interview_id, i.city_id, qt.theme_id FROM quote_themes "
                             "qt JOIN quotes q ON q.id = qt.quote_id JOIN interviews i ON i.id = "
                             "q.interview_id ORDER BY qt.quote_id");
        QHash<QPair<RowId, RowId>, ThemeCityCell> out;
        QHash<QPair<RowId, RowId>, QSet<RowId>> interviews;
        RowId quote = NoRow, interview = NoRow, city = NoRow;
        QList<RowId> reached;
        const auto flush = [&] {
            if (quote == NoRow || excluded.contains(quote))
                return;
            std::sort(reached.begin(), reached.end());
            reached.erase(std::unique(reached.begin(), reached.end()), reached.end());
            for (RowId theme : std::as_const(reached)) {
                const QPair<RowId, RowId> key{theme, city};
                ++out[key].quotes;
                interviews[key].insert(interview);
            }
        };
        while (st.executeStep()) {
            const RowId q = st.getColumn(0).getInt64();
            if (q != quote) {
                flush();
                quote = q;
                interview = st.getColumn(1).getInt64();
                city = st.getColumn(2).getInt64();
                reached.clear();
            }
            reached += lineage.value(st.getColumn(3).getInt64());
        }
        flush();
        for (auto it = out.begin(); it != out.end(); ++it)
            it->interviews = int(interviews.value(it.key()).size());
        return out;
    });
    if (!cells)
        return std::unexpected(cells.error());
    m.cells = std::move(*cells);
    return m;
}

Result<QHash<RowId, Withheld>> QuoteCatalog::withheldIn(RowId interviewId)
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(),
                             "SELECT w.quote_id, w.reason FROM withheld_quotes w JOIN quotes q ON "
                             "q.id = w.quote_id WHERE q.interview_id = ?");
        st.bind(1, static_cast<int64_t>(interviewId));
        QHash<RowId, Withheld> out;
        while (st.executeStep())
            out.insert(st.getColumn(0).getInt64(), withheldFromKey(sql::text(st.getColumn(1))));
        return out;
    });
}

} // namespace tianye
