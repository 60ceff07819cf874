// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "dossier/Dossier.h"

#include <QJsonArray>

namespace tianye::dossier {

namespace {

QJsonArray quotesJson(const std::vector<QuoteItem>& quotes)
{
    QJsonArray out;
    for (const QuoteItem& q : quotes) {
        QJsonObject o{{QStringLiteral("text"), q.text},
                      {QStringLiteral("speaker"), q.speaker},
                      {QStringLiteral("role"), q.role},
                      {QStringLiteral("date"), q.date}};
        if (!q.translation.isEmpty())
            o.insert(QStringLiteral("translation"), q.translation);
        if (q.audioStartMs)
            o.insert(QStringLiteral("at_ms"), double(*q.audioStartMs));
        if (q.starred)
            o.insert(QStringLiteral("starred"), true);
        if (q.inDossier)
            o.insert(QStringLiteral("in_dossier"), true);
        out << o;
    }
    return out;
}

QJsonArray countsJson(const std::vector<Count>& counts)
{
    QJsonArray out;
    for (const Count& c : counts)
        out << QJsonArray{c.label, c.count};
    return out;
}

template <class E> QJsonArray keyedJson(const std::vector<std::pair<E, int>>& counts)
{
    QJsonArray out;
    for (const auto& [key, n] : counts)
        out << QJsonArray{toKey(key), n};
    return out;
}

} // namespace

QJsonObject toJson(const CityDossier& d)
{
    QJsonArray insights;
    for (const InsightItem& in : d.insights)
        insights << QJsonObject{{QStringLiteral("kind"), toKey(in.kind)},
                                {QStringLiteral("title"), in.title},
                                {QStringLiteral("statement"), in.statement},
                                {QStringLiteral("evidence"), quotesJson(in.evidence)}};
    QJsonArray themes;
    for (const ThemeItem& t : d.themes)
        themes << QJsonObject{{QStringLiteral("path"), t.path},
                              {QStringLiteral("interviews"), t.interviews},
                              {QStringLiteral("quotes"), t.quotes},
                              {QStringLiteral("best"), quotesJson(t.best)}};
    QJsonArray roster;
    for (const RosterRow& r : d.roster)
        roster << QJsonObject{{QStringLiteral("started_at"), r.startedAt},
                              {QStringLiteral("speakers"), r.speakers},
                              {QStringLiteral("mode"), toKey(r.mode)},
                              {QStringLiteral("place"), r.place},
                              {QStringLiteral("interviewers"), r.interviewers},
                              {QStringLiteral("duration_ms"), double(r.durationMs)},
                              {QStringLiteral("status"), toKey(r.status)}};
    QJsonObject out{
        {QStringLiteral("project"), d.projectName},
        {QStringLiteral("city"), d.city},
        {QStringLiteral("region"), d.region},
        {QStringLiteral("spirit"), QJsonObject{{QStringLiteral("word"), d.spiritWord},
                                               {QStringLiteral("statement"), d.spiritStatement}}},
        {QStringLiteral("cover"), QJsonObject{{QStringLiteral("first_day"), d.firstDay},
                                              {QStringLiteral("last_day"), d.lastDay},
                                              {QStringLiteral("interviews"), d.interviews},
                                              {QStringLiteral("audio_ms"), double(d.audioMs)},
                                              {QStringLiteral("characters"), double(d.characters)},
                                              {QStringLiteral("quotes"), d.quotes},
                                              {QStringLiteral("participants"), d.participants}}},
        {QStringLiteral("insights"), insights},
        {QStringLiteral("themes"), themes},
        {QStringLiteral("people"), QJsonObject{{QStringLiteral("mode"), keyedJson(d.byMode)},
                                               {QStringLiteral("category"), countsJson(d.byCategory)},
                                               {QStringLiteral("age_band"), countsJson(d.byAgeBand)},
                                               {QStringLiteral("gender"), countsJson(d.byGender)},
                                               {QStringLiteral("tie"), keyedJson(d.byTie)},
                                               {QStringLiteral("interviewers"), countsJson(d.interviewers)}}},
        {QStringLiteral("roster"), roster},
    };
    if (!d.words.empty()) {
        QJsonArray words;
        for (const WordItem& t : d.words)
            words << QJsonObject{{QStringLiteral("term"), t.term},
                                 {QStringLiteral("uses"), t.uses},
                                 {QStringLiteral("interviews"), t.interviews},
                                 {QStringLiteral("speakers"), t.speakers},
                                 {QStringLiteral("example"), t.example}};
        out.insert(QStringLiteral("words"), words);
    }
    return out;
}

QJsonObject toJson(const ComparisonDossier& d)
{
    QJsonArray cities;
    for (const ComparisonCity& c : d.cities)
        cities << QJsonObject{{QStringLiteral("name"), c.name},
                              {QStringLiteral("spirit"), c.spiritWord},
                              {QStringLiteral("statement"), c.spiritStatement},
                              {QStringLiteral("insights"), QJsonArray::fromStringList(c.insightTitles)},
                              {QStringLiteral("interviews"), c.interviews},
                              {QStringLiteral("quotes"), c.quotes}};
    QJsonArray themes;
    for (const ComparisonTheme& t : d.themes) {
        QJsonArray cells;
        for (const auto& [quotes, interviews] : t.cells)
            cells << QJsonArray{quotes, interviews};
        themes << QJsonObject{{QStringLiteral("name"), t.name},
                              {QStringLiteral("depth"), t.depth},
                              {QStringLiteral("cells"), cells}};
    }
    return QJsonObject{{QStringLiteral("project"), d.projectName},
                       {QStringLiteral("cities"), cities},
                       {QStringLiteral("themes"), themes}};
}

} // namespace tianye::dossier
