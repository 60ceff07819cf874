// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "dossier/Dossier.h"
#include "store/QuoteCatalog.h"
#include "store/SqlValue.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <map>

namespace tianye::dossier {

namespace {

struct Cancelled
{};

QString nameOf(const Participant& p, const Options& options)
{
    if (options.realNames && p.consent == ConsentStatus::Given && !p.realName.isEmpty())
        return p.realName;
    return p.code;
}

// A quote as read, with what decides whether and where it may appear.
struct QuoteRecord
{
    QuoteItem item;
    RowId interviewId = NoRow;
    QString sortKey; // interview start, segment position, offset: transcript order
    bool usable = false;
};

struct ThemeNode
{
    RowId id = NoRow;
    RowId parentId = NoRow;
    QString name;
    QString description;
    QString color;
    int order = 0; // codebook order (depth first, by position)
    int depth = 0;
    QString path;
};

// The codebook in depth-first order, each theme with its path and depth.
std::vector<ThemeNode> readThemes(SQLite::Database& db)
{
    SQLite::Statement st(db, "SELECT id, coalesce(parent_id, 0), name, description, color FROM themes "
                             "ORDER BY position, id");
    std::vector<ThemeNode> all;
    while (st.executeStep()) {
        ThemeNode t;
        t.id = st.getColumn(0).getInt64();
        t.parentId = st.getColumn(1).getInt64();
        t.name = sql::text(st.getColumn(2));
        t.description = sql::text(st.getColumn(3));
        t.color = sql::text(st.getColumn(4));
        all.push_back(t);
    }
    std::multimap<RowId, const ThemeNode*> children;
    QSet<RowId> known;
    for (const ThemeNode& t : all)
        known.insert(t.id);
    for (const ThemeNode& t : all)
        children.emplace(known.contains(t.parentId) ? t.parentId : NoRow, &t);
    std::vector<ThemeNode> ordered;
    ordered.reserve(all.size());
    const auto visit = [&](auto&& self, RowId parent, int depth, const QString& path) -> void {
        if (depth > 64)
            return;
        const auto [from, to] = children.equal_range(parent);
        for (auto it = from; it != to; ++it) {
            ThemeNode t = *it->second;
            t.depth = depth;
            t.path = path.isEmpty() ? t.name : QString(path + QStringLiteral(" / ") + t.name);
            t.order = int(ordered.size());
            ordered.push_back(t);
            self(self, t.id, depth + 1, t.path);
        }
    };
    visit(visit, NoRow, 0, QString());
    return ordered;
}

QHash<RowId, QList<RowId>> lineageOf(const std::vector<ThemeNode>& themes)
{
    QHash<RowId, RowId> parentOf;
    for (const ThemeNode& t : themes)
        parentOf.insert(t.id, t.parentId);
    QHash<RowId, QList<RowId>> lineage;
    for (const ThemeNode& t : themes) {
        QList<RowId> up;
        for (RowId a = t.id; a != NoRow && up.size() < 64; a = parentOf.value(a, NoRow))
            up << a;
        lineage.insert(t.id, up);
    }
    return lineage;
}

// Quotes matching a WHERE clause over q and i, with their speakers; a quote is usable
// when its speaker has not withdrawn consent and its words are still in the transcript.
std::vector<QuoteRecord> readQuotes(SQLite::Database& db, const std::string& where,
                                    const std::function<void(SQLite::Statement&)>& bindAll,
                                    const Options& options)
{
    SQLite::Statement st(
        db,
        std::string("SELECT q.id, q.interview_id, q.text, q.translation, q.audio_start_ms, q.starred, "
                    "q.in_dossier, q.detached, coalesce(p.code, s.speaker, ''), coalesce(p.real_name, ''), "
                    "coalesce(p.occupation, ''), coalesce(p.consent_status, 'pending'), i.started_at, "
                    "coalesce(s.position, 0), q.start_offset FROM quotes q JOIN interviews i ON i.id = "
                    "q.interview_id") +
            QuoteCatalog::speakerJoin() + " WHERE " + where);
    bindAll(st);
    std::vector<QuoteRecord> out;
    while (st.executeStep()) {
        QuoteRecord r;
        r.item.id = st.getColumn(0).getInt64();
        r.interviewId = st.getColumn(1).getInt64();
        r.item.text = sql::text(st.getColumn(2));
        r.item.translation = sql::text(st.getColumn(3));
        r.item.audioStartMs = sql::optionalInt(st.getColumn(4));
        r.item.starred = st.getColumn(5).getInt() != 0;
        r.item.inDossier = st.getColumn(6).getInt() != 0;
        const bool detached = st.getColumn(7).getInt() != 0;
        Participant p;
        p.code = sql::text(st.getColumn(8));
        p.realName = sql::text(st.getColumn(9));
        p.consent = consentStatusFromKey(sql::text(st.getColumn(11))).value_or(ConsentStatus::Pending);
        r.item.speaker = nameOf(p, options);
        r.item.role = sql::text(st.getColumn(10));
        const QString started = sql::text(st.getColumn(12));
        r.item.date = started.left(10);
        r.sortKey = started + QStringLiteral("|%1|%2")
                                  .arg(st.getColumn(13).getInt(), 8, 10, QLatin1Char('0'))
                                  .arg(st.getColumn(14).getInt64(), 10, 10, QLatin1Char('0'));
        r.usable = !detached && p.consent != ConsentStatus::Withdrawn;
        out.push_back(std::move(r));
    }
    return out;
}

QString projectName(SQLite::Database& db)
{
    SQLite::Statement st(db, "SELECT value FROM meta WHERE key = 'name'");
    return st.executeStep() ? sql::text(st.getColumn(0)) : QString();
}

template <class Key> std::vector<std::pair<Key, int>> sortedCounts(const std::map<Key, int>& counts)
{
    std::vector<std::pair<Key, int>> out(counts.begin(), counts.end());
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
}

std::vector<Count> toCounts(const std::map<QString, int>& counts, bool byCount)
{
    std::vector<Count> out;
    for (const auto& [label, n] : counts)
        out.push_back({label, n});
    if (byCount)
        std::stable_sort(out.begin(), out.end(),
                         [](const Count& a, const Count& b) { return a.count > b.count; });
    return out;
}

// Better evidence first: in the dossier and starred, then starred or in the dossier,
// then the order of the transcripts.
bool betterQuote(const QuoteRecord* a, const QuoteRecord* b)
{
    const int ra = int(a->item.inDossier) + int(a->item.starred);
    const int rb = int(b->item.inDossier) + int(b->item.starred);
    if (ra != rb)
        return ra > rb;
    return a->sortKey < b->sortKey;
}

template <class T> Result<T> guarded(const std::function<T()>& body)
{
    try {
        return body();
    } catch (const Cancelled&) {
        return fail(Error::Code::Cancelled,
                    QCoreApplication::translate("tianye::dossier", "Export cancelled."));
    } catch (const SQLite::Exception& e) {
        return fail(Error::Code::Io,
                    QCoreApplication::translate("tianye::dossier", "Cannot read the project: %1")
                        .arg(QString::fromUtf8(e.what())));
    }
}

} // namespace

Result<CityDossier> buildCity(SQLite::Database& db, RowId cityId, const Options& options,
                              const Progress& progress)
{
    return guarded<CityDossier>([&] {
        const auto step = [&](int percent) {
            if (progress.stop())
                throw Cancelled{};
            progress(percent);
        };
        CityDossier d;
        d.projectName = projectName(db);
        {
            SQLite::Statement st(
                db, "SELECT name, region, spirit_word, insight_statement FROM cities WHERE id = ?");
            st.bind(1, static_cast<int64_t>(cityId));
            if (!st.executeStep())
                throw SQLite::Exception(QCoreApplication::translate("tianye::dossier", "there is no city %1")
                                            .arg(cityId)
                                            .toStdString());
            d.city = sql::text(st.getColumn(0));
            d.region = sql::text(st.getColumn(1));
            d.spiritWord = sql::text(st.getColumn(2));
            d.spiritStatement = sql::text(st.getColumn(3));
        }
        step(2);

        // Interviews and who took part.
        QHash<RowId, Participant> people;
        QHash<RowId, QList<RowId>> participantsOf;
        {
            SQLite::Statement st(db,
                                 "SELECT ip.interview_id, p.id, p.code, p.real_name, p.gender, p.age_band, "
                                 "p.occupation, p.category, p.city_tie, p.consent_status FROM "
                                 "interview_participants ip JOIN participants p ON p.id = ip.participant_id "
                                 "JOIN interviews i ON i.id = ip.interview_id WHERE i.city_id = ? ORDER BY "
                                 "ip.interview_id, ip.position");
            st.bind(1, static_cast<int64_t>(cityId));
            while (st.executeStep()) {
                const RowId pid = st.getColumn(1).getInt64();
                participantsOf[st.getColumn(0).getInt64()] << pid;
                if (people.contains(pid))
                    continue;
                Participant p;
                p.code = sql::text(st.getColumn(2));
                p.realName = sql::text(st.getColumn(3));
                p.gender = sql::text(st.getColumn(4));
                p.ageBand = sql::text(st.getColumn(5));
                p.occupation = sql::text(st.getColumn(6));
                p.category = sql::text(st.getColumn(7));
                p.tie = cityTieFromKey(sql::text(st.getColumn(8))).value_or(CityTie::Unknown);
                p.consent = consentStatusFromKey(sql::text(st.getColumn(9))).value_or(ConsentStatus::Pending);
                people.insert(pid, p);
            }
        }
        QHash<RowId, QStringList> interviewersOf;
        {
            SQLite::Statement st(
                db, "SELECT ii.interview_id, r.name FROM interview_interviewers ii JOIN researchers "
                    "r ON r.id = ii.researcher_id JOIN interviews i ON i.id = ii.interview_id "
                    "WHERE i.city_id = ? ORDER BY ii.interview_id, ii.position");
            st.bind(1, static_cast<int64_t>(cityId));
            while (st.executeStep())
                interviewersOf[st.getColumn(0).getInt64()] << sql::text(st.getColumn(1));
        }
        step(5);

        QSet<RowId> usableInterviews;
        QSet<RowId> heard;
        std::map<InterviewMode, int> modes;
        std::map<QString, int> interviewers;
        {
            SQLite::Statement st(db,
                                 "SELECT i.id, i.started_at, i.duration_ms, i.place, i.mode, i.status, "
                                 "coalesce((SELECT sum(m.duration_ms) FROM media m WHERE m.interview_id = "
                                 "i.id), 0), coalesce((SELECT sum(length(s.text)) FROM segments s WHERE "
                                 "s.interview_id = i.id), 0) FROM interviews i WHERE i.city_id = ? ORDER BY "
                                 "i.started_at, i.id");
            st.bind(1, static_cast<int64_t>(cityId));
            while (st.executeStep()) {
                const RowId id = st.getColumn(0).getInt64();
                QStringList speakers;
                bool anyone = participantsOf.value(id).isEmpty();
                for (RowId pid : participantsOf.value(id)) {
                    const Participant& p = people[pid];
                    if (p.consent == ConsentStatus::Withdrawn)
                        continue;
                    anyone = true;
                    speakers << nameOf(p, options);
                    heard.insert(pid);
                }
                // An interview whose every participant withdrew is not part of the dossier.
                if (!anyone)
                    continue;
                usableInterviews.insert(id);
                RosterRow row;
                row.startedAt = sql::text(st.getColumn(1)).replace(QLatin1Char('T'), QLatin1Char(' '));
                row.durationMs = st.getColumn(2).getInt64();
                row.place = sql::text(st.getColumn(3));
                row.mode = interviewModeFromKey(sql::text(st.getColumn(4))).value_or(InterviewMode::InPerson);
                row.status =
                    interviewStatusFromKey(sql::text(st.getColumn(5))).value_or(InterviewStatus::Planned);
                row.speakers = speakers.join(QStringLiteral(", "));
                row.interviewers = interviewersOf.value(id).join(QStringLiteral(", "));
                d.roster.push_back(row);
                ++d.interviews;
                d.audioMs += st.getColumn(6).getInt64();
                d.characters += st.getColumn(7).getInt64();
                ++modes[row.mode];
                for (const QString& name : interviewersOf.value(id))
                    ++interviewers[name];
                const QString day = row.startedAt.left(10);
                if (!day.isEmpty() && (d.firstDay.isEmpty() || day < d.firstDay))
                    d.firstDay = day;
                if (day > d.lastDay)
                    d.lastDay = day;
            }
        }
        d.byMode = sortedCounts(modes);
        for (const auto& [name, n] : sortedCounts(interviewers))
            d.interviewers.push_back({name, n});
        {
            std::map<QString, int> category, age, gender;
            std::map<CityTie, int> tie;
            for (RowId pid : std::as_const(heard)) {
                const Participant& p = people[pid];
                ++category[p.category];
                ++age[p.ageBand];
                ++gender[p.gender];
                ++tie[p.tie];
            }
            d.participants = int(heard.size());
            d.byCategory = toCounts(category, true);
            d.byAgeBand = toCounts(age, false);
            d.byGender = toCounts(gender, true);
            d.byTie = sortedCounts(tie);
        }
        step(10);

        // Quotes of the city that may appear, in transcript order.
        std::vector<QuoteRecord> quotes = readQuotes(
            db, "i.city_id = ?", [&](SQLite::Statement& st) { st.bind(1, static_cast<int64_t>(cityId)); },
            options);
        std::erase_if(quotes, [&](const QuoteRecord& q) {
            return !q.usable || !usableInterviews.contains(q.interviewId);
        });
        std::sort(quotes.begin(), quotes.end(),
                  [](const QuoteRecord& a, const QuoteRecord& b) { return a.sortKey < b.sortKey; });
        d.quotes = int(quotes.size());
        QHash<RowId, const QuoteRecord*> byId;
        for (const QuoteRecord& q : quotes)
            byId.insert(q.item.id, &q);
        step(20);

        // Themes: each quote counts in its themes and their ancestors, once.
        const std::vector<ThemeNode> themes = readThemes(db);
        const auto lineage = lineageOf(themes);
        QHash<RowId, QSet<RowId>> themeQuotes;
        QHash<RowId, QSet<RowId>> themeInterviews;
        {
            SQLite::Statement st(
                db, "SELECT qt.quote_id, qt.theme_id FROM quote_themes qt JOIN quotes q ON q.id = "
                    "qt.quote_id JOIN interviews i ON i.id = q.interview_id WHERE i.city_id = ?");
            st.bind(1, static_cast<int64_t>(cityId));
            while (st.executeStep()) {
                const QuoteRecord* q = byId.value(st.getColumn(0).getInt64());
                if (!q)
                    continue;
                for (RowId theme : lineage.value(st.getColumn(1).getInt64())) {
                    themeQuotes[theme].insert(q->item.id);
                    themeInterviews[theme].insert(q->interviewId);
                }
            }
        }
        for (const ThemeNode& t : themes) {
            const QSet<RowId> ids = themeQuotes.value(t.id);
            if (ids.isEmpty())
                continue;
            ThemeItem item;
            item.id = t.id;
            item.name = t.name;
            item.path = t.path;
            item.description = t.description;
            item.color = t.color;
            item.quotes = int(ids.size());
            item.interviews = int(themeInterviews.value(t.id).size());
            std::vector<const QuoteRecord*> candidates;
            for (RowId id : ids)
                candidates.push_back(byId.value(id));
            const size_t keep = size_t(std::max(0, options.quotesPerTheme));
            std::partial_sort(candidates.begin(), candidates.begin() + std::min(keep, candidates.size()),
                              candidates.end(), betterQuote);
            candidates.resize(std::min(keep, candidates.size()));
            for (const QuoteRecord* q : candidates)
                item.best.push_back(q->item);
            d.themes.push_back(std::move(item));
        }
        QHash<RowId, int> order;
        for (const ThemeNode& t : themes)
            order.insert(t.id, t.order);
        std::stable_sort(d.themes.begin(), d.themes.end(), [&](const ThemeItem& a, const ThemeItem& b) {
            if (a.interviews != b.interviews)
                return a.interviews > b.interviews;
            if (a.quotes != b.quotes)
                return a.quotes > b.quotes;
            return order.value(a.id) < order.value(b.id);
        });
        step(30);

        // Insights and their evidence, which may cite quotes of other cities.
        {
            SQLite::Statement st(db,
                                 "SELECT id, kind, title, statement FROM insights WHERE city_id = ? ORDER BY "
                                 "position, id");
            st.bind(1, static_cast<int64_t>(cityId));
            std::vector<std::pair<RowId, InsightItem>> insights;
            while (st.executeStep()) {
                InsightItem in;
                in.kind = insightKindFromKey(sql::text(st.getColumn(1))).value_or(InsightKind::Supporting);
                in.title = sql::text(st.getColumn(2));
                in.statement = sql::text(st.getColumn(3));
                insights.emplace_back(st.getColumn(0).getInt64(), std::move(in));
            }
            SQLite::Statement ev(
                db, "SELECT iq.insight_id, iq.quote_id FROM insight_quotes iq JOIN insights n ON "
                    "n.id = iq.insight_id WHERE n.city_id = ? ORDER BY iq.insight_id, "
                    "iq.position");
            ev.bind(1, static_cast<int64_t>(cityId));
            QHash<RowId, QList<RowId>> evidence;
            QList<RowId> elsewhere;
            while (ev.executeStep()) {
                const RowId quote = ev.getColumn(1).getInt64();
                evidence[ev.getColumn(0).getInt64()] << quote;
                if (!byId.contains(quote))
                    elsewhere << quote;
            }
            std::vector<QuoteRecord> others;
            if (!elsewhere.isEmpty()) {
                others = readQuotes(
                    db, "q.id IN (" + sql::placeholders(int(elsewhere.size())) + ")",
                    [&](SQLite::Statement& s) {
                        for (int i = 0; i < elsewhere.size(); ++i)
                            s.bind(i + 1, static_cast<int64_t>(elsewhere.at(i)));
                    },
                    options);
                // Same rule as here: not a withdrawn speaker, nor an interview all of whose
                // participants withdrew.
                SQLite::Statement gone(
                    db, "SELECT i.id FROM interviews i WHERE EXISTS (SELECT 1 FROM "
                        "interview_participants ip WHERE ip.interview_id = i.id) AND NOT EXISTS "
                        "(SELECT 1 FROM interview_participants ip JOIN participants p ON p.id = "
                        "ip.participant_id WHERE ip.interview_id = i.id AND p.consent_status <> "
                        "'withdrawn') AND i.id = ?");
                for (QuoteRecord& q : others) {
                    gone.reset();
                    gone.bind(1, static_cast<int64_t>(q.interviewId));
                    if (gone.executeStep())
                        q.usable = false;
                }
                for (const QuoteRecord& q : others)
                    if (q.usable)
                        byId.insert(q.item.id, &q);
            }
            for (auto& [id, in] : insights) {
                for (RowId quote : evidence.value(id))
                    if (const QuoteRecord* q = byId.value(quote))
                        in.evidence.push_back(q->item);
                d.insights.push_back(std::move(in));
            }
            // The spirit insight leads.
            std::stable_partition(d.insights.begin(), d.insights.end(),
                                  [](const InsightItem& in) { return in.kind == InsightKind::Spirit; });
        }
        step(40);
        return d;
    });
}

Result<ComparisonDossier> buildComparison(SQLite::Database& db, const Progress& progress)
{
    return guarded<ComparisonDossier>([&] {
        ComparisonDossier d;
        d.projectName = projectName(db);
        std::vector<RowId> cityIds;
        {
            SQLite::Statement st(
                db, "SELECT id, name, region, spirit_word, insight_statement FROM cities ORDER BY "
                    "name");
            while (st.executeStep()) {
                cityIds.push_back(st.getColumn(0).getInt64());
                ComparisonCity c;
                c.name = sql::text(st.getColumn(1));
                c.region = sql::text(st.getColumn(2));
                c.spiritWord = sql::text(st.getColumn(3));
                c.spiritStatement = sql::text(st.getColumn(4));
                d.cities.push_back(c);
            }
        }
        QHash<RowId, int> column;
        for (size_t i = 0; i < cityIds.size(); ++i)
            column.insert(cityIds[i], int(i));
        {
            SQLite::Statement st(db, "SELECT city_id, title FROM insights WHERE kind = 'supporting' ORDER BY "
                                     "city_id, position, id");
            while (st.executeStep())
                d.cities[size_t(column.value(st.getColumn(0).getInt64()))].insightTitles
                    << sql::text(st.getColumn(1));
        }
        // Interviews that count: not every participant withdrawn.
        QHash<RowId, RowId> cityOf;
        {
            SQLite::Statement st(
                db, "SELECT i.id, i.city_id FROM interviews i WHERE NOT EXISTS (SELECT 1 FROM "
                    "interview_participants ip WHERE ip.interview_id = i.id) OR EXISTS (SELECT 1 "
                    "FROM interview_participants ip JOIN participants p ON p.id = "
                    "ip.participant_id WHERE ip.interview_id = i.id AND p.consent_status <> "
                    "'withdrawn')");
            while (st.executeStep()) {
                const RowId city = st.getColumn(1).getInt64();
                cityOf.insert(st.getColumn(0).getInt64(), city);
                ++d.cities[size_t(column.value(city))].interviews;
            }
        }
        if (progress.stop())
            throw Cancelled{};
        progress(10);
        std::vector<QuoteRecord> quotes = readQuotes(
            db, "1", [](SQLite::Statement&) {}, Options{});
        QHash<RowId, const QuoteRecord*> byId;
        for (const QuoteRecord& q : quotes) {
            if (!q.usable || !cityOf.contains(q.interviewId))
                continue;
            byId.insert(q.item.id, &q);
            ++d.cities[size_t(column.value(cityOf.value(q.interviewId)))].quotes;
        }
        if (progress.stop())
            throw Cancelled{};
        progress(25);
        const std::vector<ThemeNode> themes = readThemes(db);
        const auto lineage = lineageOf(themes);
        QHash<QPair<RowId, int>, QSet<RowId>> cellQuotes, cellInterviews;
        SQLite::Statement st(db, "SELECT quote_id, theme_id FROM quote_themes");
        while (st.executeStep()) {
            const QuoteRecord* q = byId.value(st.getColumn(0).getInt64());
            if (!q)
                continue;
            const int c = column.value(cityOf.value(q->interviewId));
            for (RowId theme : lineage.value(st.getColumn(1).getInt64())) {
                cellQuotes[{theme, c}].insert(q->item.id);
                cellInterviews[{theme, c}].insert(q->interviewId);
            }
        }
        for (const ThemeNode& t : themes) {
            ComparisonTheme row;
            row.name = t.name;
            row.depth = t.depth;
            for (int c = 0; c < int(d.cities.size()); ++c)
                row.cells.emplace_back(int(cellQuotes.value({t.id, c}).size()),
                                       int(cellInterviews.value({t.id, c}).size()));
            d.themes.push_back(std::move(row));
        }
        progress(40);
        return d;
    });
}

} // namespace tianye::dossier
