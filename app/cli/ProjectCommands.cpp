// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "cli/ProjectCommands.h"

#include "core/TimeCode.h"
#include "demo/CorpusGenerator.h"
#include "demo/DemoProject.h"
#include "search/SearchEngine.h"
#include "store/CityFacts.h"
#include "store/CityRepository.h"
#include "store/IntegrityReport.h"
#include "store/MediaRepository.h"
#include "store/Project.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tianye::cli {

int ProjectCommands::runInit(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption name(QStringLiteral("name"), tr("Project name shown in the app."), tr("NAME"));
    return ctx.command(
        args,
        {tr("tianye-cli init PATH\nCreates an empty project folder PATH.tianye."), tr("PATH"), 1, 1, {name}},
        [&](Call& call) {
            auto project = Project::create(call.arg(0), call.value(name));
            if (!project)
                return call.fail(project.error());
            call.out() << tr("Created project %1").arg(QDir::toNativeSeparators((*project)->folder()))
                       << Qt::endl;
            return int(Ok);
        });
}

int ProjectCommands::runInfo(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    return ctx.command(
        args,
        {tr("tianye-cli info PATH\nShows the project's cities and what has been collected in each."),
         tr("PATH"),
         1,
         1,
         {json}},
        [&](Call& call) { return info(call, call.isSet(json)); });
}

int ProjectCommands::info(Call& call, bool json)
{
    Project* project = call.reading();
    if (!project)
        return call.exitCode();
    auto cities = project->cities().list();
    auto stats = project->cities().stats();
    auto media = project->media().list();
    auto facts = cityFacts(project->db());
    if (!cities || !stats || !media || !facts) {
        return call.fail(!cities  ? cities.error()
                         : !stats ? stats.error()
                         : !media ? media.error()
                                  : facts.error());
    }
    QHash<RowId, CityFacts> factsOf;
    for (const CityFacts& f : *facts)
        factsOf.insert(f.cityId, f);

    QHash<RowId, CityStats> byCity;
    for (const CityStats& s : *stats)
        byCity.insert(s.cityId, s);
    if (json) {
        QJsonArray list;
        for (const City& c : *cities) {
            const CityStats s = byCity.value(c.id);
            list.append(QJsonObject{{QStringLiteral("id"), c.id},
                                    {QStringLiteral("uuid"), c.uuid},
                                    {QStringLiteral("name"), c.name},
                                    {QStringLiteral("interviews"), s.interviews},
                                    {QStringLiteral("transcribed"), s.transcribed},
                                    {QStringLiteral("target"), c.targetInterviews},
                                    {QStringLiteral("participants"), s.participants},
                                    {QStringLiteral("quotes"), s.quotes},
                                    {QStringLiteral("characters"), factsOf.value(c.id).characters},
                                    {QStringLiteral("audio_ms"), factsOf.value(c.id).audioMs},
                                    {QStringLiteral("first_day"), factsOf.value(c.id).firstDay},
                                    {QStringLiteral("last_day"), factsOf.value(c.id).lastDay}});
        }
        const QJsonObject root{{QStringLiteral("name"), project->name()},
                               {QStringLiteral("path"), project->folder()},
                               {QStringLiteral("schema"), project->db().schemaVersion()},
                               {QStringLiteral("media"), qint64(media->size())},
                               {QStringLiteral("cities"), list}};
        call.out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Ok;
    }
    call.out() << tr("Project: %1").arg(project->name()) << Qt::endl
               << tr("Folder:  %1").arg(QDir::toNativeSeparators(project->folder())) << Qt::endl
               << tr("Cities: %1, media files: %2").arg(cities->size()).arg(media->size()) << Qt::endl;
    for (const City& c : *cities) {
        const CityStats s = byCity.value(c.id);
        const QString spirit =
            c.spiritWord.isEmpty() ? QString() : QStringLiteral("  「%1」").arg(c.spiritWord);
        call.out() << QStringLiteral("  %1%2").arg(c.name, spirit) << Qt::endl
                   << QStringLiteral("    ")
                   << tr("interviews %1 (transcribed %2/%3), participants %4, quotes %5, characters %6")
                          .arg(s.interviews)
                          .arg(s.transcribed)
                          .arg(std::max(c.targetInterviews, s.interviews))
                          .arg(s.participants)
                          .arg(s.quotes)
                          .arg(factsOf.value(c.id).characters)
                   << Qt::endl;
        const CityFacts f = factsOf.value(c.id);
        if (!f.firstDay.isEmpty()) {
            call.out()
                << QStringLiteral("    ")
                << tr("fieldwork %1 – %2, audio %3").arg(f.firstDay, f.lastDay, formatTimeCode(f.audioMs))
                << Qt::endl;
        }
    }
    return Ok;
}

int ProjectCommands::runDemo(CliContext& ctx, const QStringList& args)
{
    return ctx.command(
        args,
        {tr("tianye-cli demo PATH\nWrites the demo project (three cities, twelve interviews) to "
            "PATH.tianye."),
         tr("PATH"),
         1,
         1,
         {}},
        [&](Call& call) {
            auto project = demo::DemoProject::create(call.arg(0));
            if (!project)
                return call.fail(project.error());
            call.out() << tr("Created demo project %1").arg(QDir::toNativeSeparators((*project)->folder()))
                       << Qt::endl;
            return int(Ok);
        });
}

int ProjectCommands::runCheck(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption deep(
        QStringLiteral("deep"),
        tr("Also read every media file and compare it with what was attached (SHA-256)."));
    const QCommandLineOption rebuild(
        QStringLiteral("rebuild-index"),
        tr("Rebuild the full-text search index from the project's records first."));
    return ctx.command(
        args,
        {tr("tianye-cli check PATH\nChecks the project's database, references, search index and "
            "media files. Exits with 1 when something is wrong."),
         tr("PATH"),
         1,
         1,
         {rebuild, deep}},
        [&](Call& call) { return check(call, call.isSet(rebuild), call.isSet(deep)); });
}

int ProjectCommands::check(Call& call, bool rebuild, bool deep)
{
    Project* project = call.project();
    if (!project)
        return call.exitCode();
    if (rebuild) {
        if (auto rebuilt = project->db().rebuildSearchIndex(); !rebuilt)
            return call.fail(rebuilt.error());
        auto prepared = search::SearchEngine(*project).prepareFrequentQueries();
        if (!prepared)
            return call.fail(prepared.error());
        call.out() << tr("Search index rebuilt.") << Qt::endl;
    }
    const IntegrityReport report = IntegrityReport::run(*project, deep);
    call.out() << tr("Schema version: %1").arg(report.schemaVersion) << Qt::endl;
    for (const QString& note : report.notes)
        call.out() << tr("Note: %1").arg(note) << Qt::endl;
    for (const QString& problem : report.problems)
        call.out() << tr("Problem: %1").arg(problem) << Qt::endl;
    if (!report.ok())
        return call.fail(tr("Problems found in %1: %2.")
                             .arg(QDir::toNativeSeparators(project->folder()))
                             .arg(report.problems.size()));
    call.out() << tr("OK: no problems found.") << Qt::endl;
    return Ok;
}

int ProjectCommands::runGenerate(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption cities(QStringLiteral("cities"), tr("Number of cities."), tr("N"),
                                    QStringLiteral("3"));
    const QCommandLineOption perCity(QStringLiteral("interviews-per-city"), tr("Interviews in each city."),
                                     tr("M"), QStringLiteral("10"));
    const QCommandLineOption chars(QStringLiteral("chars"), tr("Transcript characters per interview."),
                                   tr("K"), QStringLiteral("5000"));
    const QCommandLineOption quotes(QStringLiteral("quotes"), tr("Quotes in the whole project."), tr("Q"),
                                    QStringLiteral("100"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Random seed; the same seed gives the same corpus."), tr("S"),
                                  QStringLiteral("1"));
    return ctx.command(
        args,
        {tr("tianye-cli generate PATH\nWrites a synthetic corpus for scale tests into a new project PATH."),
         tr("PATH"),
         1,
         1,
         {cities, perCity, chars, quotes, seed}},
        [&](Call& call) {
            demo::CorpusGenerator::Options options;
            bool ok[5] = {};
            options.cities = call.value(cities).toInt(&ok[0]);
            options.interviewsPerCity = call.value(perCity).toInt(&ok[1]);
            options.charsPerInterview = call.value(chars).toInt(&ok[2]);
            options.quotes = call.value(quotes).toInt(&ok[3]);
            options.seed = call.value(seed).toULongLong(&ok[4]);
            if (!std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }) || options.cities < 1 ||
                options.interviewsPerCity < 0 || options.charsPerInterview < 0 || options.quotes < 0) {
                return call.usage(tr("The sizes must be whole numbers, with at least one city."));
            }
            auto project = Project::create(call.arg(0));
            if (!project)
                return call.fail(project.error());
            // Marked until the last batch is in: a run that is stopped leaves a project
            // that says it is partial (tianye-cli check).
            if (auto marked = (*project)->db().setMeta(
                    QStringLiteral("unfinished"), tr("tianye-cli generate was stopped before it finished; "
                                                     "the corpus is partial."));
                !marked)
                return call.fail(marked.error());
            QElapsedTimer timer;
            timer.start();
            auto totals = demo::CorpusGenerator::generate(**project, options, [&](qint64 done, qint64 total) {
                call.err() << tr("%1 of %2 interviews").arg(done).arg(total) << Qt::endl;
                return true;
            });
            if (!totals)
                return call.fail(totals.error());
            if (auto finished = (*project)->db().setMeta(QStringLiteral("unfinished"), QString()); !finished)
                return call.fail(finished.error());
            // Rank the most frequent words ahead, as after an index rebuild.
            if (auto prepared = search::SearchEngine(**project).prepareFrequentQueries(); !prepared)
                return call.fail(prepared.error());
            call.out()
                << tr("Generated %1: %2 cities, %3 interviews, %4 segments, %5 quotes, %6 characters in %7 s")
                       .arg(QDir::toNativeSeparators((*project)->folder()))
                       .arg(totals->cities)
                       .arg(totals->interviews)
                       .arg(totals->segments)
                       .arg(totals->quotes)
                       .arg(totals->characters)
                       .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                << Qt::endl;
            return int(Ok);
        });
}

} // namespace tianye::cli
