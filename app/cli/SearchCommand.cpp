// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "cli/SearchCommand.h"

#include "core/TimeCode.h"
#include "ops/Coding.h"
#include "ops/Session.h"
#include "search/SearchEngine.h"
#include "store/Project.h"
#include "store/ThemeRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

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

int concordance(Call& call, search::SearchEngine& engine, const search::SearchQuery& query,
                const QString& sortName, const QString& contextText, bool json, const QString& output)
{
    search::ConcordanceOrder order = search::ConcordanceOrder::Transcript;
    if (sortName == QLatin1String("left"))
        order = search::ConcordanceOrder::Left;
    else if (sortName == QLatin1String("right"))
        order = search::ConcordanceOrder::Right;
    else if (sortName != QLatin1String("transcript"))
        return call.usage(
            SearchCommand::tr("Unknown order \"%1\"; use transcript, left or right.").arg(sortName));
    bool ok = false;
    const int chars = contextText.toInt(&ok);
    if (!ok || chars < 0 || chars > 500)
        return call.usage(SearchCommand::tr("--context takes a number from 0 to 500."));
    if (!output.isEmpty()) {
        auto written = ops::exportConcordance(*call.reading(), query, order, output);
        if (!written)
            return call.fail(written.error());
        call.out() << SearchCommand::tr("Wrote %1: %n line(s)", nullptr, int(*written))
                          .arg(QDir::toNativeSeparators(output))
                   << Qt::endl;
        return int(Ok);
    }
    auto found = engine.concordance(query, chars, std::numeric_limits<qsizetype>::max());
    if (!found)
        return call.fail(found.error());
    search::SearchEngine::sort(found->lines, order);
    if (json) {
        QJsonArray lines;
        for (const auto& l : found->lines) {
            QJsonObject o{{QStringLiteral("interview"), l.interviewId},
                          {QStringLiteral("segment"), l.segmentId},
                          {QStringLiteral("speaker"), l.speaker},
                          {QStringLiteral("left"), l.left},
                          {QStringLiteral("hit"), l.hit},
                          {QStringLiteral("right"), l.right},
                          {QStringLiteral("start"), l.at.start},
                          {QStringLiteral("end"), l.at.end}};
            if (l.startMs)
                o.insert(QStringLiteral("start_ms"), *l.startMs);
            if (l.withheld != Withheld::No)
                o.insert(QStringLiteral("withheld"), toKey(l.withheld));
            lines.append(o);
        }
        call.out() << QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Indented));
        return int(Ok);
    }
    call.out() << SearchCommand::tr("INTERVIEW\tSPEAKER\tLEFT\tHIT\tRIGHT") << Qt::endl;
    for (const auto& l : found->lines)
        call.out() << l.interviewId << '\t' << cell(l.speaker) << '\t' << cell(l.left) << '\t' << cell(l.hit)
                   << '\t' << cell(l.right) << Qt::endl;
    return int(Ok);
}

} // namespace

int SearchCommand::runSaved(CliContext& ctx, const QStringList& args)
{
    QString verb;
    QStringList rest;
    const QString usage =
        tr("Usage: tianye-cli saved-search list PATH [--json] | add PATH NAME QUERY | remove PATH NAME");
    if (!splitVerb(args, verb, rest))
        return groupHelp(ctx, QStringLiteral("saved-search"), args, usage);
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    if (verb == QLatin1String("list")) {
        return ctx.command(
            rest,
            {tr("tianye-cli saved-search list PATH [--json]\nLists the project's saved searches: "
                "name and query."),
             tr("PATH"),
             1,
             1,
             {json}},
            [&](Call& call) {
                Project* project = call.reading();
                if (!project)
                    return call.exitCode();
                auto saved = ops::savedSearches(*project);
                if (!saved)
                    return call.fail(saved.error());
                if (call.isSet(json)) {
                    QJsonArray rows;
                    for (const SavedSearch& s : *saved)
                        rows.append(QJsonObject{{QStringLiteral("id"), s.id},
                                                {QStringLiteral("name"), s.name},
                                                {QStringLiteral("query"), s.query}});
                    call.out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
                    return int(Ok);
                }
                for (const SavedSearch& s : *saved)
                    call.out() << cell(s.name) << '\t' << cell(s.query) << Qt::endl;
                return int(Ok);
            });
    }
    if (verb == QLatin1String("add")) {
        return ctx.command(
            rest,
            {tr("tianye-cli saved-search add PATH NAME QUERY\nSaves the query under the name (a "
                "saved search of that name gets the new query)."),
             tr("PATH NAME QUERY"),
             3,
             3,
             {}},
            [&](Call& call) {
                ops::Session* session = call.session();
                if (!session)
                    return call.exitCode();
                auto saved = ops::saveSearch(*session, call.arg(1), call.arg(2));
                if (!saved)
                    return call.fail(saved.error());
                call.out() << *saved << Qt::endl;
                return int(Ok);
            });
    }
    if (verb == QLatin1String("remove")) {
        return ctx.command(
            rest,
            {tr("tianye-cli saved-search remove PATH NAME\nRemoves the saved searches of that name."),
             tr("PATH NAME"),
             2,
             2,
             {}},
            [&](Call& call) {
                ops::Session* session = call.session();
                if (!session)
                    return call.exitCode();
                auto saved = ops::savedSearches(session->project());
                if (!saved)
                    return call.fail(saved.error());
                int removed = 0;
                for (const SavedSearch& s : *saved) {
                    if (s.name != call.arg(1).trimmed())
                        continue;
                    if (auto ok = ops::removeSavedSearch(*session, s.id); !ok)
                        return call.fail(ok.error());
                    ++removed;
                }
                if (removed == 0)
                    return call.fail(tr("There is no saved search \"%1\" in %2.")
                                         .arg(call.arg(1), session->project().folder()));
                return int(Ok);
            });
    }
    return groupHelp(ctx, QStringLiteral("saved-search"), args, usage);
}

int SearchCommand::runCode(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption search(QStringLiteral("search"), tr("The search whose hits are coded."),
                                    tr("QUERY"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   tr("The theme the quotes get (a new name becomes a theme)."), tr("NAME"));
    const QCommandLineOption scope(QStringLiteral("scope"),
                                   tr("What of each hit becomes the quote: hit, sentence or segment."),
                                   tr("SCOPE"), QStringLiteral("hit"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Only list the quotes it would make."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the quotes as JSON."));
    return ctx.command(
        args,
        {tr("tianye-cli code PATH --search QUERY --theme NAME [--scope hit|sentence|segment] [--dry-run] "
            "[--json]\nMakes every hit of a search in the transcripts a quote with the theme, as Code All "
            "Hits… does: one step, undone as one. Hits in one sentence or segment share a quote; a quote of "
            "exactly those words gets the theme instead of a second quote; words consent withholds are not "
            "coded."),
         tr("PATH"),
         1,
         1,
         {search, theme, scope, dryRun, json}},
        [&](Call& call) {
            if (!call.isSet(search) || call.value(search).trimmed().isEmpty())
                return call.usage(tr("--search QUERY is required."));
            if (!call.isSet(dryRun) && call.value(theme).trimmed().isEmpty())
                return call.usage(tr("--theme NAME is required (or --dry-run)."));
            const auto how = ops::codingScopeFromName(call.value(scope));
            if (!how)
                return call.usage(
                    tr("Unknown scope \"%1\"; use hit, sentence or segment.").arg(call.value(scope)));
            Project* project = call.isSet(dryRun) ? call.reading() : call.project();
            if (!project)
                return call.exitCode();
            auto plan = ops::planCoding(*project, call.value(search), *how);
            if (!plan)
                return call.fail(plan.error());
            int coded = 0;
            if (!call.isSet(dryRun)) {
                auto themes = project->themes().list();
                if (!themes)
                    return call.fail(themes.error());
                const QString name = call.value(theme).trimmed();
                const auto it = std::find_if(themes->begin(), themes->end(),
                                             [&](const Theme& t) { return t.name == name; });
                const ops::ThemeChoice choice =
                    it != themes->end() ? ops::ThemeChoice{it->id, {}} : ops::ThemeChoice{NoRow, name};
                auto made = ops::codeHits(*call.session(), *plan, choice);
                if (!made)
                    return call.fail(made.error());
                coded = *made;
            }
            if (call.isSet(json)) {
                QJsonArray quotes;
                for (const ops::PlannedQuote& p : plan->quotes)
                    quotes.append(QJsonObject{{QStringLiteral("interview"), p.quote.interviewId},
                                              {QStringLiteral("segment"), p.quote.startSegmentId},
                                              {QStringLiteral("start"), p.quote.startOffset},
                                              {QStringLiteral("end"), p.quote.endOffset},
                                              {QStringLiteral("text"), p.quote.text},
                                              {QStringLiteral("existing_quote"),
                                               p.existing == NoRow ? QJsonValue() : QJsonValue(p.existing)}});
                call.out() << QString::fromUtf8(
                    QJsonDocument(QJsonObject{{QStringLiteral("hits"), plan->hits},
                                              {QStringLiteral("withheld"), plan->withheld},
                                              {QStringLiteral("coded"), coded},
                                              {QStringLiteral("quotes"), quotes}})
                        .toJson(QJsonDocument::Indented));
                return int(Ok);
            }
            for (const ops::PlannedQuote& p : plan->quotes)
                call.out() << p.quote.interviewId << '\t'
                           << (p.existing == NoRow ? QStringLiteral("new") : QStringLiteral("existing"))
                           << '\t' << cell(p.quote.text) << Qt::endl;
            if (call.isSet(dryRun))
                call.err() << tr("%n hit(s) would make %1 quote(s); nothing was changed.", nullptr,
                                 int(plan->hits))
                                  .arg(plan->quotes.size())
                           << Qt::endl;
            else
                call.err() << tr("%n quote(s) coded.", nullptr, coded) << Qt::endl;
            if (plan->withheld > 0)
                call.err() << tr("%n hit(s) in words withheld for consent were not coded.", nullptr,
                                 int(plan->withheld))
                           << Qt::endl;
            return int(Ok);
        });
}

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
    const QCommandLineOption kwic(QStringLiteral("kwic"),
                                  tr("Print every hit as a concordance line: left context, hit, right "
                                     "context (tab-separated, or JSON with --json)."));
    const QCommandLineOption sortBy(QStringLiteral("sort"),
                                    tr("Order of the concordance: transcript, left or right (the words "
                                       "before or after the hit)."),
                                    tr("ORDER"), QStringLiteral("transcript"));
    const QCommandLineOption context(QStringLiteral("context"),
                                     tr("Characters of context either side of a concordance hit."), tr("N"),
                                     QStringLiteral("30"));
    const QCommandLineOption saved(QStringLiteral("saved"),
                                   tr("Run the saved search of this name (QUERY is then left out)."),
                                   tr("NAME"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("With --kwic: write the concordance to FILE (.csv or .xlsx)."),
                                    tr("FILE"));
    return ctx.command(
        args,
        {tr("tianye-cli search PATH QUERY\nSearches transcripts, quotes, notes, participants, cities and "
            "insights.\nQUERY: words and \"phrases\" (all must occur), a OR b, -word (must not occur), and "
            "filters city: theme: speaker: interviewer: mode:"),
         tr("PATH QUERY"),
         1,
         2,
         {city, json, count, offset, limit, kwic, sortBy, context, output, saved}},
        [&](Call& call) {
            bool okOffset = false, okLimit = false;
            const int from = call.value(offset).toInt(&okOffset);
            const int size = call.value(limit).toInt(&okLimit);
            if (!okOffset || !okLimit || from < 0 || size < 1)
                return call.usage(tr("--offset and --limit need whole numbers."));
            Project* project = call.reading();
            if (!project)
                return call.exitCode();
            QString text = call.arg(1);
            if (call.isSet(saved)) {
                if (!text.isEmpty())
                    return call.usage(tr("Give either QUERY or --saved NAME, not both."));
                auto list = ops::savedSearches(*project);
                if (!list)
                    return call.fail(list.error());
                const auto it = std::find_if(list->begin(), list->end(), [&](const SavedSearch& s) {
                    return s.name == call.value(saved).trimmed();
                });
                if (it == list->end())
                    return call.fail(tr("There is no saved search \"%1\" in %2.")
                                         .arg(call.value(saved), project->folder()));
                text = it->query;
            } else if (text.isEmpty()) {
                return call.usage(tr("Give the QUERY to search for."));
            }
            search::SearchQuery query = search::SearchQuery::parse(text);
            if (call.isSet(city))
                query.city = call.value(city);
            search::SearchEngine engine(*project);
            if (call.isSet(kwic))
                return concordance(call, engine, query, call.value(sortBy), call.value(context),
                                   call.isSet(json), call.value(output));
            if (call.isSet(output))
                return call.usage(tr("-o FILE writes a concordance: add --kwic."));
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
