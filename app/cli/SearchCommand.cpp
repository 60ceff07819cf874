// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "cli/SearchCommand.h"

#include "core/TimeCode.h"
#include "search/SearchEngine.h"
#include "store/Project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tianye::cli {

namespace {

QString kindName(search::HitKind kind)
{
    switch (kind) {
    case search::HitKind::Segment:
        return QStringLiteral("segment");
    case search::HitKind::Quote:
        return QStringLiteral("quote");
    case search::HitKind::Interview:
        return QStringLiteral("interview");
    case search::HitKind::Participant:
        return QStringLiteral("participant");
    case search::HitKind::City:
        return QStringLiteral("city");
    case search::HitKind::Insight:
        return QStringLiteral("insight");
    }
    return {};
}

QJsonObject toJson(const search::SearchHit& hit)
{
    QJsonArray ranges;
    for (const TextSpan& s : hit.snippet.highlights)
        ranges.append(QJsonArray{s.start, s.end});
    QJsonObject o{{QStringLiteral("kind"), kindName(hit.kind)}, {QStringLiteral("id"), hit.id},
                  {QStringLiteral("field"), hit.field},         {QStringLiteral("snippet"), hit.snippet.text},
                  {QStringLiteral("highlights"), ranges},       {QStringLiteral("rank"), hit.rank}};
    if (hit.interviewId != NoRow)
        o.insert(QStringLiteral("interview"), hit.interviewId);
    if (!hit.speaker.isEmpty())
        o.insert(QStringLiteral("speaker"), hit.speaker);
    if (hit.startMs)
        o.insert(QStringLiteral("start_ms"), *hit.startMs);
    // Consent keeps these words in the project: never to be exported.
    if (hit.withheld != Withheld::No)
        o.insert(QStringLiteral("withheld"), toKey(hit.withheld));
    return o;
}

// The snippet with its hits in 【】, for terminals.
QString marked(const search::Snippet& s)
{
    QString out;
    qsizetype at = 0;
    for (const TextSpan& h : s.highlights) {
        out += codePointMid(s.text, {at, h.start}) + QStringLiteral("【") + codePointMid(s.text, h) +
               QStringLiteral("】");
        at = h.end;
    }
    return out + codePointMid(s.text, {at, codePointCount(s.text)});
}

} // namespace

int SearchCommand::run(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption city(QStringLiteral("city"),
                                  tr("Only this city (same as city:NAME in the query)."), tr("CITY"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption count(QStringLiteral("count"),
                                   tr("Print only the number of matching transcript segments."));
    const QCommandLineOption offset(QStringLiteral("offset"), tr("Skip this many transcript hits."), tr("N"),
                                    QStringLiteral("0"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("Transcript hits per page."), tr("N"),
                                   QStringLiteral("50"));
    return ctx.command(
        args,
        {tr("tianye-cli search PATH QUERY\nSearches transcripts, quotes, notes, participants, cities and "
            "insights.\nQUERY: words and \"phrases\" (all must occur), a OR b, -word (must not occur), and "
            "filters city: theme: speaker: interviewer: mode:"),
         tr("PATH QUERY"),
         2,
         2,
         {city, json, count, offset, limit}},
        [&](Call& call) {
            bool okOffset = false, okLimit = false;
            const int from = call.value(offset).toInt(&okOffset);
            const int size = call.value(limit).toInt(&okLimit);
            if (!okOffset || !okLimit || from < 0 || size < 1)
                return call.usage(tr("--offset and --limit need whole numbers."));
            Project* project = call.reading();
            if (!project)
                return call.exitCode();
            search::SearchQuery query = search::SearchQuery::parse(call.arg(1));
            if (call.isSet(city))
                query.city = call.value(city);
            search::SearchEngine engine(*project);
            if (call.isSet(count)) {
                auto n = engine.countSegments(query);
                if (!n)
                    return call.fail(n.error());
                call.out() << *n << Qt::endl;
                return int(Ok);
            }
            auto results = engine.search(query, from, size);
            if (!results)
                return call.fail(results.error());
            if (call.isSet(json)) {
                QJsonArray groups;
                for (const auto& g : results->groups) {
                    QJsonArray hits;
                    for (const auto& h : g.hits)
                        hits.append(toJson(h));
                    groups.append(QJsonObject{{QStringLiteral("interview"), g.interviewId},
                                              {QStringLiteral("city"), g.cityName},
                                              {QStringLiteral("started_at"), g.startedAt},
                                              {QStringLiteral("participants"), g.participants},
                                              {QStringLiteral("hits"), hits}});
                }
                QJsonArray elsewhere;
                for (const auto& h : results->elsewhere)
                    elsewhere.append(toJson(h));
                const QJsonObject root{{QStringLiteral("total_segments"), results->totalSegments},
                                       {QStringLiteral("offset"), results->offset},
                                       {QStringLiteral("has_more"), results->hasMore},
                                       {QStringLiteral("interviews"), groups},
                                       {QStringLiteral("elsewhere"), elsewhere}};
                call.out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
                return int(Ok);
            }
            call.out() << tr("%1 matching transcript segments").arg(results->totalSegments) << Qt::endl;
            for (const auto& g : results->groups) {
                call.out() << Qt::endl
                           << QStringLiteral("%1 · %2 · %3 (interview %4)")
                                  .arg(g.cityName, g.startedAt, g.participants)
                                  .arg(g.interviewId)
                           << Qt::endl;
                for (const auto& h : g.hits) {
                    QString where;
                    if (h.kind == search::HitKind::Segment)
                        where = (h.startMs ? formatTimeCode(*h.startMs) + QLatin1Char(' ') : QString()) +
                                h.speaker;
                    else
                        where = kindName(h.kind) + QLatin1Char(' ') + h.field;
                    call.out() << QStringLiteral("  [%1] %2").arg(where, marked(h.snippet));
                    if (h.withheld != Withheld::No)
                        call.out() << QStringLiteral("  ") << tr("(withheld for consent: never exported)");
                    call.out() << Qt::endl;
                }
            }
            if (!results->elsewhere.empty())
                call.out() << Qt::endl << tr("Elsewhere:") << Qt::endl;
            for (const auto& h : results->elsewhere)
                call.out() << QStringLiteral("  [%1 %2] %3").arg(kindName(h.kind), h.field, marked(h.snippet))
                           << Qt::endl;
            if (results->hasMore)
                call.out() << Qt::endl
                           << tr("More: --offset %1").arg(results->offset + results->pageSize) << Qt::endl;
            return int(Ok);
        });
}

} // namespace tianye::cli
