// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/ThemeTables.h"

#include "store/Database.h"
#include "store/SqlValue.h"
#include "store/ThemeRepository.h"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>

namespace tianye {

namespace {

const char* const Names[] = {"city", "category", "gender", "age_band", "city_tie", "interviewer", "mode"};

// The value each quote has for the columns: (quote, interview, value), one row per value.
std::string valuesSql(ThemeColumns c)
{
    // The participants of a quote: who says its words, else its interview's.
    const std::string people =
        "WITH qp(quote_id, participant_id) AS ("
        " SELECT quote_id, participant_id FROM quote_speakers"
        " UNION SELECT q.id, ip.participant_id FROM quotes q JOIN interview_participants ip"
        "  ON ip.interview_id = q.interview_id"
        "  WHERE NOT EXISTS (SELECT 1 FROM quote_speakers s WHERE s.quote_id = q.id)) ";
    const auto byParticipant = [&](const std::string& expr) {
        return people + "SELECT q.id, q.interview_id, coalesce(" + expr +
               ", '') FROM quotes q JOIN qp ON qp.quote_id = q.id JOIN participants p ON p.id = "
               "qp.participant_id";
    };
    switch (c) {
    case ThemeColumns::City:
        return "SELECT q.id, q.interview_id, c.name FROM quotes q JOIN interviews i ON i.id = q.interview_id "
               "JOIN cities c ON c.id = i.city_id";
    case ThemeColumns::Category:
        return byParticipant("p.category");
    case ThemeColumns::Gender:
        return byParticipant("p.gender");
    case ThemeColumns::AgeBand:
        return byParticipant("p.age_band");
    case ThemeColumns::CityTie:
        return byParticipant("p.city_tie");
    case ThemeColumns::Attribute:
        // As text: a number (30) and the value it is compared with ('30') are then equal.
        return byParticipant("CAST(json_extract(p.attributes, '$.\"' || ?1 || '\"') AS TEXT)");
    case ThemeColumns::Interviewer:
        return "SELECT q.id, q.interview_id, r.name FROM quotes q JOIN interview_interviewers ii ON "
               "ii.interview_id = q.interview_id JOIN researchers r ON r.id = ii.researcher_id";
    case ThemeColumns::Mode:
        return "SELECT q.id, q.interview_id, i.mode FROM quotes q JOIN interviews i ON i.id = q.interview_id";
    }
    return {};
}

QHash<RowId, QList<RowId>> lineageOf(const std::vector<Theme>& themes)
{
    QHash<RowId, RowId> parentOf;
    for (const Theme& t : themes)
        parentOf.insert(t.id, t.parentId);
    QHash<RowId, QList<RowId>> lineage;
    for (const Theme& t : themes) {
        QList<RowId> up;
        for (RowId a = t.id; a != NoRow && up.size() < 64; a = parentOf.value(a, NoRow))
            up << a;
        lineage.insert(t.id, up);
    }
    return lineage;
}

QSet<RowId> withheldQuotes(Database& db)
{
    QSet<RowId> out;
    SQLite::Statement st(db.sql(), "SELECT quote_id FROM withheld_quotes");
    while (st.executeStep())
        out.insert(st.getColumn(0).getInt64());
    return out;
}

} // namespace

QStringList themeColumnsNames()
{
    QStringList out;
    for (const char* n : Names)
        out << QString::fromLatin1(n);
    out << QStringLiteral("attr:KEY");
    return out;
}

std::optional<ThemeColumns> themeColumnsFromName(const QString& name, QString* attributeKey)
{
    for (int i = 0; i < int(std::size(Names)); ++i)
        if (name == QLatin1String(Names[i]))
            return ThemeColumns(i);
    if (name.startsWith(QLatin1String("attr:")) && name.size() > 5) {
        if (attributeKey)
            *attributeKey = name.mid(5);
        return ThemeColumns::Attribute;
    }
    return std::nullopt;
}

std::optional<CooccurrenceUnit> cooccurrenceUnitFromName(const QString& name)
{
    if (name == QLatin1String("quote"))
        return CooccurrenceUnit::Quote;
    if (name == QLatin1String("segment"))
        return CooccurrenceUnit::Segment;
    if (name == QLatin1String("interview"))
        return CooccurrenceUnit::Interview;
    return std::nullopt;
}

Result<ThemeCrossTab> ThemeTables::by(ThemeColumns columns, const QString& attributeKey)
{
    ThemeCrossTab m;
    auto themes = ThemeRepository(m_db).list();
    if (!themes)
        return std::unexpected(themes.error());
    m.themes = std::move(*themes);
    const QHash<RowId, QList<RowId>> lineage = lineageOf(m.themes);
    auto ok = m_db.read([&] {
        const QSet<RowId> withheld = withheldQuotes(m_db);
        // Each quote's values and interview.
        QHash<RowId, QStringList> values;
        QHash<RowId, RowId> interviewOf;
        SQLite::Statement st(m_db.sql(), valuesSql(columns));
        if (columns == ThemeColumns::Attribute)
            st.bind(1, attributeKey.toStdString());
        QSet<QString> found;
        while (st.executeStep()) {
            const RowId q = st.getColumn(0).getInt64();
            if (withheld.contains(q))
                continue;
            const QString v = sql::text(st.getColumn(2));
            if (!values[q].contains(v))
                values[q] << v;
            interviewOf.insert(q, st.getColumn(1).getInt64());
            found.insert(v);
        }
        m.columns = QStringList(found.begin(), found.end());
        std::sort(m.columns.begin(), m.columns.end());
        QHash<QString, int> column;
        for (int i = 0; i < m.columns.size(); ++i)
            column.insert(m.columns[i], i);
        // Each coded quote's themes, with their ancestors.
        QHash<RowId, QList<RowId>> themesOf;
        SQLite::Statement coded(m_db.sql(), "SELECT quote_id, theme_id FROM quote_themes");
        while (coded.executeStep()) {
            const RowId q = coded.getColumn(0).getInt64();
            if (!interviewOf.contains(q))
                continue;
            for (const RowId t : lineage.value(coded.getColumn(1).getInt64()))
                if (!themesOf[q].contains(t))
                    themesOf[q] << t;
        }
        QHash<QPair<RowId, int>, QSet<RowId>> cellInterviews;
        QHash<RowId, QSet<RowId>> themeInterviews;
        QList<QSet<RowId>> columnInterviews(m.columns.size());
        QList<int> columnQuotes(m.columns.size(), 0);
        QSet<RowId> allInterviews;
        m.columnTotals.resize(m.columns.size());
        for (auto it = themesOf.cbegin(); it != themesOf.cend(); ++it) {
            const RowId q = it.key(), interview = interviewOf.value(q);
            ++m.total.quotes;
            allInterviews.insert(interview);
            for (const RowId t : *it) {
                ++m.themeTotals[t].quotes;
                themeInterviews[t].insert(interview);
            }
            for (const QString& v : values.value(q)) {
                const int c = column.value(v);
                ++m.columnTotals[c].quotes;
                columnInterviews[c].insert(interview);
                for (const RowId t : *it) {
                    ++m.cells[{t, c}].quotes;
                    cellInterviews[{t, c}].insert(interview);
                }
            }
        }
        for (auto it = m.cells.begin(); it != m.cells.end(); ++it)
            it->interviews = int(cellInterviews.value(it.key()).size());
        for (auto it = m.themeTotals.begin(); it != m.themeTotals.end(); ++it)
            it->interviews = int(themeInterviews.value(it.key()).size());
        for (int c = 0; c < m.columns.size(); ++c)
            m.columnTotals[c].interviews = int(columnInterviews[c].size());
        m.total.interviews = int(allInterviews.size());
    });
    if (!ok)
        return std::unexpected(ok.error());
    return m;
}

Result<ThemeCooccurrence> ThemeTables::cooccurrence(CooccurrenceUnit unit)
{
    ThemeCooccurrence m;
    m.unit = unit;
    auto themes = ThemeRepository(m_db).list();
    if (!themes)
        return std::unexpected(themes.error());
    m.themes = std::move(*themes);
    auto ok = m_db.read([&] {
        const QSet<RowId> withheld = withheldQuotes(m_db);
        const char* sql =
            unit == CooccurrenceUnit::Quote     ? "SELECT quote_id, quote_id, theme_id FROM quote_themes"
            : unit == CooccurrenceUnit::Segment ? "SELECT qs.segment_id, qt.quote_id, qt.theme_id FROM "
                                                  "quote_themes qt JOIN quote_segments qs ON qs.quote_id "
                                                  "= qt.quote_id"
                                                : "SELECT q.interview_id, qt.quote_id, qt.theme_id FROM "
                                                  "quote_themes qt JOIN quotes q ON q.id = qt.quote_id";
        QHash<RowId, QSet<RowId>> themesIn; // unit → themes
        SQLite::Statement st(m_db.sql(), sql);
        while (st.executeStep()) {
            if (withheld.contains(st.getColumn(1).getInt64()))
                continue;
            themesIn[st.getColumn(0).getInt64()].insert(st.getColumn(2).getInt64());
        }
        for (const QSet<RowId>& set : std::as_const(themesIn))
            for (const RowId a : set)
                for (const RowId b : set)
                    ++m.counts[{a, b}];
    });
    if (!ok)
        return std::unexpected(ok.error());
    return m;
}

Result<QList<RowId>> ThemeTables::quotesOf(RowId themeId, ThemeColumns columns, const QString& value,
                                           const QString& attributeKey)
{
    return m_db.read([&] {
        const QSet<RowId> withheld = withheldQuotes(m_db);
        SQLite::Statement st(
            m_db.sql(), "WITH RECURSIVE sub(id) AS (SELECT ?2 UNION SELECT t.id FROM themes t JOIN sub ON "
                        "t.parent_id = sub.id), v(quote_id, interview_id, value) AS (" +
                            valuesSql(columns) +
                            ") SELECT DISTINCT v.quote_id FROM v JOIN quote_themes qt ON qt.quote_id = "
                            "v.quote_id WHERE qt.theme_id IN (SELECT id FROM sub) AND v.value = ?3 "
                            "ORDER BY v.quote_id");
        st.bind(1, attributeKey.toStdString());
        st.bind(2, static_cast<std::int64_t>(themeId));
        st.bind(3, value.toStdString());
        QList<RowId> out;
        while (st.executeStep())
            if (!withheld.contains(st.getColumn(0).getInt64()))
                out << st.getColumn(0).getInt64();
        return out;
    });
}

Result<QList<RowId>> ThemeTables::quotesOfPair(RowId a, RowId b, CooccurrenceUnit unit)
{
    return m_db.read([&] {
        const QSet<RowId> withheld = withheldQuotes(m_db);
        // The quotes of either theme in a unit that has both.
        const std::string unitOf =
            unit == CooccurrenceUnit::Quote     ? "SELECT id AS quote_id, id AS unit FROM quotes"
            : unit == CooccurrenceUnit::Segment ? "SELECT quote_id, segment_id AS unit FROM "
                                                  "quote_segments"
                                                : "SELECT id AS quote_id, interview_id AS unit "
                                                  "FROM quotes";
        SQLite::Statement st(
            m_db.sql(),
            "WITH u(quote_id, unit) AS (" + unitOf +
                "), coded(quote_id, unit, theme_id) AS (SELECT u.quote_id, u.unit, qt.theme_id FROM u JOIN "
                "quote_themes qt ON qt.quote_id = u.quote_id WHERE qt.theme_id IN (?1, ?2)), both_(unit) AS "
                "(SELECT unit FROM coded GROUP BY unit HAVING count(DISTINCT theme_id) = (CASE WHEN ?1 = ?2 "
                "THEN 1 "
                "ELSE 2 END)) SELECT DISTINCT quote_id FROM coded WHERE unit IN (SELECT unit FROM both_) "
                "ORDER BY "
                "quote_id");
        st.bind(1, static_cast<std::int64_t>(a));
        st.bind(2, static_cast<std::int64_t>(b));
        QList<RowId> out;
        while (st.executeStep())
            if (!withheld.contains(st.getColumn(0).getInt64()))
                out << st.getColumn(0).getInt64();
        return out;
    });
}

} // namespace tianye
