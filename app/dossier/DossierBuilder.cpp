// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "dossier/Dossier.h"
#include "store/Database.h"
#include "store/DossierData.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace tianye::dossier {

namespace {

QString nameOf(const DossierPerson& p, const Options& options)
{
    if (options.realNames && p.consent == ConsentStatus::Given && !p.realName.isEmpty())
        return p.realName;
    return p.code;
}

// A quote as it may appear, with its place in the transcripts.
struct QuoteRecord
{
    QuoteItem item;
    RowId interviewId = NoRow;
    QString sortKey; // interview start, segment position, offset: transcript order
};

// The quotes that may appear: not withheld for consent, still in their transcript.
std::vector<QuoteRecord> usableQuotes(const std::vector<DossierQuote>& quotes,
                                      const QHash<RowId, DossierPerson>& people, const Options& options)
{
    std::vector<QuoteRecord> out;
    for (const DossierQuote& q : quotes) {
        if (q.withheld != Withheld::No || q.detached)
            continue;
        QuoteRecord r;
        r.item.id = q.id;
        r.item.text = q.text;
        r.item.translation = q.translation;
        r.item.audioStartMs = q.audioStartMs;
        r.item.starred = q.starred;
        r.item.inDossier = q.inDossier;
        r.item.date = q.startedAt.left(10);
        QStringList names;
        for (RowId p : q.speakers)
            names << nameOf(people.value(p), options);
        r.item.speaker = names.join(QStringLiteral(", "));
        if (!q.speakers.isEmpty())
            r.item.role = people.value(q.speakers.first()).occupation;
        r.interviewId = q.interviewId;
        r.sortKey = q.startedAt + QStringLiteral("|%1|%2")
                                      .arg(q.position, 8, 10, QLatin1Char('0'))
                                      .arg(q.offset, 10, 10, QLatin1Char('0'));
        out.push_back(std::move(r));
    }
    return out;
}

struct ThemeNode
{
    DossierTheme theme;
    int order = 0; // codebook order (depth first, by position)
    int depth = 0;
    QString path;
};

// The codebook in depth-first order, each theme with its path and depth.
std::vector<ThemeNode> themeTree(const std::vector<DossierTheme>& all)
{
    std::multimap<RowId, const DossierTheme*> children;
    QSet<RowId> known;
    for (const DossierTheme& t : all)
        known.insert(t.id);
    for (const DossierTheme& t : all)
        children.emplace(known.contains(t.parentId) ? t.parentId : NoRow, &t);
    std::vector<ThemeNode> ordered;
    ordered.reserve(all.size());
    const auto visit = [&](auto&& self, RowId parent, int depth, const QString& path) -> void {
        if (depth > 64)
            return;
        const auto [from, to] = children.equal_range(parent);
        for (auto it = from; it != to; ++it) {
            ThemeNode t{*it->second, int(ordered.size()), depth,
                        path.isEmpty() ? it->second->name
                                       : QString(path + QStringLiteral(" / ") + it->second->name)};
            ordered.push_back(t);
            self(self, t.theme.id, depth + 1, t.path);
        }
    };
    visit(visit, NoRow, 0, QString());
    return ordered;
}

QHash<RowId, QList<RowId>> lineageOf(const std::vector<ThemeNode>& themes)
{
    QHash<RowId, RowId> parentOf;
    for (const ThemeNode& t : themes)
        parentOf.insert(t.theme.id, t.theme.parentId);
    QHash<RowId, QList<RowId>> lineage;
    for (const ThemeNode& t : themes) {
        QList<RowId> up;
        for (RowId a = t.theme.id; a != NoRow && up.size() < 64; a = parentOf.value(a, NoRow))
            up << a;
        lineage.insert(t.theme.id, up);
    }
    return lineage;
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

DossierData::Progress readProgress(const Progress& progress)
{
    return [&progress](int percent) {
        if (progress.stop())
            return false;
        progress(percent);
        return true;
    };
}

} // namespace

Result<CityDossier> buildCity(SQLite::Database& db, RowId cityId, const Options& options,
                              const Progress& progress)
{
    auto data = DossierData::city(db, cityId, readProgress(progress));
    if (!data)
        return std::unexpected(data.error());
    CityDossier d;
    d.projectName = data->projectName;
    d.city = data->city;
    d.region = data->region;
    d.spiritWord = data->spiritWord;
    d.spiritStatement = data->spiritStatement;

    // Interviews and who took part; one every participant of which withdrew is left out.
    QSet<RowId> usableInterviews;
    QSet<RowId> heard;
    std::map<InterviewMode, int> modes;
    std::map<QString, int> interviewers;
    for (const DossierInterview& iv : data->interviews) {
        if (iv.withheld)
            continue;
        QStringList speakers;
        for (RowId pid : iv.participants) {
            const DossierPerson& p = data->people[pid];
            if (p.consent == ConsentStatus::Withdrawn)
                continue;
            speakers << nameOf(p, options);
            heard.insert(pid);
        }
        usableInterviews.insert(iv.id);
        RosterRow row;
        row.startedAt = QString(iv.startedAt).replace(QLatin1Char('T'), QLatin1Char(' '));
        row.durationMs = iv.durationMs;
        row.place = iv.place;
        row.mode = iv.mode;
        row.status = iv.status;
        row.speakers = speakers.join(QStringLiteral(", "));
        row.interviewers = iv.interviewers.join(QStringLiteral(", "));
        d.roster.push_back(row);
        ++d.interviews;
        d.audioMs += iv.audioMs;
        d.characters += iv.characters;
        ++modes[row.mode];
        for (const QString& name : iv.interviewers)
            ++interviewers[name];
        const QString day = row.startedAt.left(10);
        if (!day.isEmpty() && (d.firstDay.isEmpty() || day < d.firstDay))
            d.firstDay = day;
        if (day > d.lastDay)
            d.lastDay = day;
    }
    d.byMode = sortedCounts(modes);
    for (const auto& [name, n] : sortedCounts(interviewers))
        d.interviewers.push_back({name, n});
    {
        std::map<QString, int> category, age, gender;
        std::map<CityTie, int> tie;
        for (RowId pid : std::as_const(heard)) {
            const DossierPerson& p = data->people[pid];
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

    // The quotes that may appear: the city's, in transcript order, and the evidence
    // quotes of other cities.
    const std::vector<QuoteRecord> all = usableQuotes(data->quotes, data->people, options);
    QHash<RowId, const QuoteRecord*> byId;
    std::vector<const QuoteRecord*> cityQuotes;
    for (const QuoteRecord& q : all) {
        byId.insert(q.item.id, &q);
        if (usableInterviews.contains(q.interviewId))
            cityQuotes.push_back(&q);
    }
    std::sort(cityQuotes.begin(), cityQuotes.end(),
              [](const QuoteRecord* a, const QuoteRecord* b) { return a->sortKey < b->sortKey; });
    d.quotes = int(cityQuotes.size());
    QSet<RowId> ofCity;
    for (const QuoteRecord* q : cityQuotes)
        ofCity.insert(q->item.id);
    if (progress.stop())
        return fail(Error::Code::Cancelled, DossierData::tr("Export cancelled."));
    progress(32);

    // Themes: each quote counts in its themes and their ancestors, once.
    const std::vector<ThemeNode> themes = themeTree(data->themes);
    const auto lineage = lineageOf(themes);
    QHash<RowId, QSet<RowId>> themeQuotes;
    QHash<RowId, QSet<RowId>> themeInterviews;
    for (const auto& [quote, theme] : data->codings) {
        const QuoteRecord* q = byId.value(quote);
        if (!q || !ofCity.contains(quote))
            continue;
        for (RowId t : lineage.value(theme)) {
            themeQuotes[t].insert(quote);
            themeInterviews[t].insert(q->interviewId);
        }
    }
    for (const ThemeNode& t : themes) {
        const QSet<RowId> ids = themeQuotes.value(t.theme.id);
        if (ids.isEmpty())
            continue;
        ThemeItem item;
        item.id = t.theme.id;
        item.name = t.theme.name;
        item.path = t.path;
        item.description = t.theme.description;
        item.color = t.theme.color;
        item.quotes = int(ids.size());
        item.interviews = int(themeInterviews.value(t.theme.id).size());
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
        order.insert(t.theme.id, t.order);
    std::stable_sort(d.themes.begin(), d.themes.end(), [&](const ThemeItem& a, const ThemeItem& b) {
        if (a.interviews != b.interviews)
            return a.interviews > b.interviews;
        if (a.quotes != b.quotes)
            return a.quotes > b.quotes;
        return order.value(a.id) < order.value(b.id);
    });

    // Insights and their evidence (which may cite quotes of other cities).
    for (const DossierInsight& insight : data->insights) {
        InsightItem in;
        in.kind = insight.kind;
        in.title = insight.title;
        in.statement = insight.statement;
        for (RowId quote : insight.evidence)
            if (const QuoteRecord* q = byId.value(quote))
                in.evidence.push_back(q->item);
        d.insights.push_back(std::move(in));
    }
    // The spirit insight leads.
    std::stable_partition(d.insights.begin(), d.insights.end(),
                          [](const InsightItem& in) { return in.kind == InsightKind::Spirit; });
    progress(40);
    return d;
}

Result<ComparisonDossier> buildComparison(SQLite::Database& db, const Progress& progress)
{
    auto data = DossierData::comparison(db, readProgress(progress));
    if (!data)
        return std::unexpected(data.error());
    ComparisonDossier d;
    d.projectName = data->projectName;
    QHash<RowId, int> column;
    for (const ComparisonData::City& c : data->cities) {
        column.insert(c.id, int(d.cities.size()));
        ComparisonCity city;
        city.name = c.name;
        city.region = c.region;
        city.spiritWord = c.spiritWord;
        city.spiritStatement = c.spiritStatement;
        city.insightTitles = c.supportingInsights;
        d.cities.push_back(city);
    }
    for (auto it = data->interviewCity.cbegin(); it != data->interviewCity.cend(); ++it)
        ++d.cities[size_t(column.value(it.value()))].interviews;
    QHash<RowId, const DossierQuote*> byId;
    for (const DossierQuote& q : data->quotes) {
        if (q.withheld != Withheld::No || q.detached || !data->interviewCity.contains(q.interviewId))
            continue;
        byId.insert(q.id, &q);
        ++d.cities[size_t(column.value(data->interviewCity.value(q.interviewId)))].quotes;
    }
    const std::vector<ThemeNode> themes = themeTree(data->themes);
    const auto lineage = lineageOf(themes);
    QHash<QPair<RowId, int>, QSet<RowId>> cellQuotes, cellInterviews;
    for (const auto& [quote, theme] : data->codings) {
        const DossierQuote* q = byId.value(quote);
        if (!q)
            continue;
        const int c = column.value(data->interviewCity.value(q->interviewId));
        for (RowId t : lineage.value(theme)) {
            cellQuotes[{t, c}].insert(quote);
            cellInterviews[{t, c}].insert(q->interviewId);
        }
    }
    for (const ThemeNode& t : themes) {
        ComparisonTheme row;
        row.name = t.theme.name;
        row.depth = t.depth;
        for (int c = 0; c < int(d.cities.size()); ++c)
            row.cells.emplace_back(int(cellQuotes.value({t.theme.id, c}).size()),
                                   int(cellInterviews.value({t.theme.id, c}).size()));
        d.themes.push_back(std::move(row));
    }
    progress(40);
    return d;
}

Result<CityDossier> buildCityAside(const QString& databasePath, RowId cityId, const Options& options,
                                   const Progress& progress)
{
    auto connection = Database::openReader(databasePath);
    if (!connection)
        return std::unexpected(connection.error());
    return buildCity(**connection, cityId, options, progress);
}

Result<ComparisonDossier> buildComparisonAside(const QString& databasePath, const Progress& progress)
{
    auto connection = Database::openReader(databasePath);
    if (!connection)
        return std::unexpected(connection.error());
    return buildComparison(**connection, progress);
}

} // namespace tianye::dossier
