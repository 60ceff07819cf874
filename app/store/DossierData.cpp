// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/DossierData.h"

#include "store/Database.h"
#include "store/SqlValue.h"

#include <QSet>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

namespace tianye {

namespace {

struct Cancelled
{};

QString projectName(SQLite::Database& db)
{
    SQLite::Statement st(db, "SELECT value FROM meta WHERE key = 'name'");
    return st.executeStep() ? sql::text(st.getColumn(0)) : QString();
}

DossierPerson readPerson(SQLite::Statement& st, int first)
{
    DossierPerson p;
    p.id = st.getColumn(first).getInt64();
    p.code = sql::text(st.getColumn(first + 1));
    p.realName = sql::text(st.getColumn(first + 2));
    p.gender = sql::text(st.getColumn(first + 3));
    p.ageBand = sql::text(st.getColumn(first + 4));
    p.occupation = sql::text(st.getColumn(first + 5));
    p.category = sql::text(st.getColumn(first + 6));
    p.tie = cityTieFromKey(sql::text(st.getColumn(first + 7))).value_or(CityTie::Unknown);
    p.consent = consentStatusFromKey(sql::text(st.getColumn(first + 8))).value_or(ConsentStatus::Pending);
    return p;
}

constexpr const char* PersonColumns =
    "p.id, p.code, p.real_name, p.gender, p.age_band, p.occupation, p.category, p.city_tie, p.consent_status";

// Quotes matching a WHERE clause over q and i, with why they are withheld.
std::vector<DossierQuote> readQuotes(SQLite::Database& db, const std::string& where,
                                     const std::function<void(SQLite::Statement&)>& bind)
{
    SQLite::Statement st(
        db, "SELECT q.id, q.interview_id, q.text, q.translation, q.audio_start_ms, q.starred, q.in_dossier, "
            "q.detached, coalesce(w.reason, ''), i.started_at, coalesce(s.position, 0), q.start_offset "
            "FROM quotes q JOIN interviews i ON i.id = q.interview_id "
            "LEFT JOIN segments s ON s.id = q.start_segment_id "
            "LEFT JOIN withheld_quotes w ON w.quote_id = q.id WHERE " +
                where);
    bind(st);
    std::vector<DossierQuote> out;
    QHash<RowId, size_t> index;
    while (st.executeStep()) {
        DossierQuote q;
        q.id = st.getColumn(0).getInt64();
        q.interviewId = st.getColumn(1).getInt64();
        q.text = sql::text(st.getColumn(2));
        q.translation = sql::text(st.getColumn(3));
        q.audioStartMs = sql::optionalInt(st.getColumn(4));
        q.starred = st.getColumn(5).getInt() != 0;
        q.inDossier = st.getColumn(6).getInt() != 0;
        q.detached = st.getColumn(7).getInt() != 0;
        q.withheld = withheldFromKey(sql::text(st.getColumn(8)));
        q.startedAt = sql::text(st.getColumn(9));
        q.position = st.getColumn(10).getInt();
        q.offset = st.getColumn(11).getInt64();
        index.insert(q.id, out.size());
        out.push_back(std::move(q));
    }
    SQLite::Statement speakers(db,
                               "SELECT x.quote_id, x.participant_id FROM quote_speakers x JOIN quotes q ON "
                               "q.id = x.quote_id JOIN interviews i ON i.id = q.interview_id WHERE " +
                                   where + " ORDER BY x.quote_id, x.first_position");
    bind(speakers);
    while (speakers.executeStep())
        if (const auto it = index.constFind(speakers.getColumn(0).getInt64()); it != index.constEnd())
            out[*it].speakers << speakers.getColumn(1).getInt64();
    return out;
}

std::vector<DossierTheme> readThemes(SQLite::Database& db)
{
    SQLite::Statement st(db, "SELECT id, coalesce(parent_id, 0), name, description, color FROM themes "
                             "ORDER BY position, id");
    std::vector<DossierTheme> out;
    while (st.executeStep())
        out.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getInt64(), sql::text(st.getColumn(2)),
                       sql::text(st.getColumn(3)), sql::text(st.getColumn(4))});
    return out;
}

std::string idList(const QList<RowId>& ids)
{
    std::string list;
    for (RowId id : ids) {
        if (!list.empty())
            list += ',';
        list += std::to_string(id);
    }
    return list;
}

template <class T> Result<T> guarded(const std::function<T()>& body)
{
    try {
        return body();
    } catch (const Cancelled&) {
        return fail(Error::Code::Cancelled, DossierData::tr("Export cancelled."));
    } catch (const SQLite::Exception& e) {
        return fail(Error::Code::Io,
                    DossierData::tr("Cannot read the project: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace

Result<CityDossierData> DossierData::city(SQLite::Database& db, RowId cityId, const Progress& progress)
{
    return guarded<CityDossierData>([&] {
        const auto step = [&](int percent) {
            if (progress && !progress(percent))
                throw Cancelled{};
        };
        CityDossierData d;
        d.projectName = projectName(db);
        {
            SQLite::Statement st(
                db, "SELECT name, region, spirit_word, insight_statement FROM cities WHERE id = ?");
            st.bind(1, static_cast<int64_t>(cityId));
            if (!st.executeStep())
                throw SQLite::Exception(tr("there is no city %1").arg(cityId).toStdString());
            d.city = sql::text(st.getColumn(0));
            d.region = sql::text(st.getColumn(1));
            d.spiritWord = sql::text(st.getColumn(2));
            d.spiritStatement = sql::text(st.getColumn(3));
        }
        QHash<RowId, size_t> index;
        {
            SQLite::Statement st(db,
                                 "SELECT i.id, i.started_at, i.duration_ms, i.place, i.mode, i.status, "
                                 "coalesce((SELECT sum(m.duration_ms) FROM media m WHERE m.interview_id = "
                                 "i.id), 0), coalesce((SELECT sum(length(s.text)) FROM segments s WHERE "
                                 "s.interview_id = i.id), 0), i.id IN (SELECT interview_id FROM "
                                 "withheld_interviews) FROM interviews i WHERE i.city_id = ? ORDER BY "
                                 "i.started_at, i.id");
            st.bind(1, static_cast<int64_t>(cityId));
            while (st.executeStep()) {
                DossierInterview iv;
                iv.id = st.getColumn(0).getInt64();
                iv.startedAt = sql::text(st.getColumn(1));
                iv.durationMs = st.getColumn(2).getInt64();
                iv.place = sql::text(st.getColumn(3));
                iv.mode = interviewModeFromKey(sql::text(st.getColumn(4))).value_or(InterviewMode::InPerson);
                iv.status =
                    interviewStatusFromKey(sql::text(st.getColumn(5))).value_or(InterviewStatus::Planned);
                iv.audioMs = st.getColumn(6).getInt64();
                iv.characters = st.getColumn(7).getInt64();
                iv.withheld = st.getColumn(8).getInt() != 0;
                index.insert(iv.id, d.interviews.size());
                d.interviews.push_back(std::move(iv));
            }
        }
        step(3);
        {
            SQLite::Statement st(db,
                                 std::string("SELECT ip.interview_id, ") + PersonColumns +
                                     " FROM interview_participants ip JOIN participants p ON p.id = "
                                     "ip.participant_id JOIN interviews i ON i.id = ip.interview_id WHERE "
                                     "i.city_id = ? ORDER BY ip.interview_id, ip.position");
            st.bind(1, static_cast<int64_t>(cityId));
            while (st.executeStep()) {
                const DossierPerson p = readPerson(st, 1);
                if (const auto it = index.constFind(st.getColumn(0).getInt64()); it != index.constEnd())
                    d.interviews[*it].participants << p.id;
                d.people.insert(p.id, p);
            }
        }
        {
            SQLite::Statement st(
                db, "SELECT ii.interview_id, r.name FROM interview_interviewers ii JOIN researchers "
                    "r ON r.id = ii.researcher_id JOIN interviews i ON i.id = ii.interview_id "
                    "WHERE i.city_id = ? ORDER BY ii.interview_id, ii.position");
            st.bind(1, static_cast<int64_t>(cityId));
            while (st.executeStep())
                if (const auto it = index.constFind(st.getColumn(0).getInt64()); it != index.constEnd())
                    d.interviews[*it].interviewers << sql::text(st.getColumn(1));
        }
        step(6);
        d.quotes = readQuotes(db, "i.city_id = ?",
                              [&](SQLite::Statement& st) { st.bind(1, static_cast<int64_t>(cityId)); });
        step(15);
        {
            SQLite::Statement st(db,
                                 "SELECT id, kind, title, statement FROM insights WHERE city_id = ? ORDER BY "
                                 "position, id");
            st.bind(1, static_cast<int64_t>(cityId));
            QHash<RowId, size_t> at;
            while (st.executeStep()) {
                DossierInsight in;
                in.id = st.getColumn(0).getInt64();
                in.kind = insightKindFromKey(sql::text(st.getColumn(1))).value_or(InsightKind::Supporting);
                in.title = sql::text(st.getColumn(2));
                in.statement = sql::text(st.getColumn(3));
                at.insert(in.id, d.insights.size());
                d.insights.push_back(std::move(in));
            }
            SQLite::Statement ev(
                db, "SELECT iq.insight_id, iq.quote_id FROM insight_quotes iq JOIN insights n ON "
                    "n.id = iq.insight_id WHERE n.city_id = ? ORDER BY iq.insight_id, iq.position");
            ev.bind(1, static_cast<int64_t>(cityId));
            QSet<RowId> here;
            for (const DossierQuote& q : d.quotes)
                here.insert(q.id);
            QList<RowId> elsewhere;
            while (ev.executeStep()) {
                const RowId quote = ev.getColumn(1).getInt64();
                d.insights[at.value(ev.getColumn(0).getInt64())].evidence << quote;
                if (!here.contains(quote) && !elsewhere.contains(quote))
                    elsewhere << quote;
            }
            // Evidence may cite quotes of other cities: read them by the same rules.
            if (!elsewhere.isEmpty()) {
                const std::vector<DossierQuote> others =
                    readQuotes(db, "q.id IN (" + idList(elsewhere) + ")", [](SQLite::Statement&) {});
                d.quotes.insert(d.quotes.end(), others.begin(), others.end());
            }
        }
        step(20);
        // The speakers of the quotes (some speak in other interviews than their own).
        {
            QList<RowId> missing;
            for (const DossierQuote& q : d.quotes)
                for (RowId p : q.speakers)
                    if (!d.people.contains(p) && !missing.contains(p))
                        missing << p;
            if (!missing.isEmpty()) {
                SQLite::Statement st(db, std::string("SELECT ") + PersonColumns +
                                             " FROM participants p WHERE p.id IN (" + idList(missing) + ")");
                while (st.executeStep()) {
                    const DossierPerson p = readPerson(st, 0);
                    d.people.insert(p.id, p);
                }
            }
        }
        d.themes = readThemes(db);
        {
            QList<RowId> ids;
            for (const DossierQuote& q : d.quotes)
                ids << q.id;
            if (!ids.isEmpty()) {
                SQLite::Statement st(db, "SELECT quote_id, theme_id FROM quote_themes WHERE quote_id IN (" +
                                             idList(ids) + ")");
                while (st.executeStep())
                    d.codings.emplace_back(st.getColumn(0).getInt64(), st.getColumn(1).getInt64());
            }
        }
        step(30);
        return d;
    });
}

Result<ComparisonData> DossierData::comparison(SQLite::Database& db, const Progress& progress)
{
    return guarded<ComparisonData>([&] {
        const auto step = [&](int percent) {
            if (progress && !progress(percent))
                throw Cancelled{};
        };
        ComparisonData d;
        d.projectName = projectName(db);
        QHash<RowId, size_t> column;
        {
            SQLite::Statement st(
                db, "SELECT id, name, region, spirit_word, insight_statement FROM cities ORDER BY "
                    "name");
            while (st.executeStep()) {
                ComparisonData::City c;
                c.id = st.getColumn(0).getInt64();
                c.name = sql::text(st.getColumn(1));
                c.region = sql::text(st.getColumn(2));
                c.spiritWord = sql::text(st.getColumn(3));
                c.spiritStatement = sql::text(st.getColumn(4));
                column.insert(c.id, d.cities.size());
                d.cities.push_back(std::move(c));
            }
        }
        {
            SQLite::Statement st(db, "SELECT city_id, title FROM insights WHERE kind = 'supporting' ORDER BY "
                                     "city_id, position, id");
            while (st.executeStep())
                if (const auto it = column.constFind(st.getColumn(0).getInt64()); it != column.constEnd())
                    d.cities[*it].supportingInsights << sql::text(st.getColumn(1));
        }
        {
            SQLite::Statement st(db, "SELECT i.id, i.city_id FROM interviews i WHERE i.id NOT IN (SELECT "
                                     "interview_id FROM withheld_interviews)");
            while (st.executeStep())
                d.interviewCity.insert(st.getColumn(0).getInt64(), st.getColumn(1).getInt64());
        }
        step(10);
        d.quotes = readQuotes(db, "1", [](SQLite::Statement&) {});
        step(25);
        d.themes = readThemes(db);
        SQLite::Statement st(db, "SELECT quote_id, theme_id FROM quote_themes");
        while (st.executeStep())
            d.codings.emplace_back(st.getColumn(0).getInt64(), st.getColumn(1).getInt64());
        step(35);
        return d;
    });
}

} // namespace tianye
