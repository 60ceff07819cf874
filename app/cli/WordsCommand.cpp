// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "cli/WordsCommand.h"

#include "ops/Words.h"
#include "store/CityRepository.h"
#include "store/Project.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tianye::cli {

int WordsCommand::run(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption city(QStringLiteral("city"),
                                  tr("The city whose words to find (against the others)."), tr("NAME"));
    const QCommandLineOption attribute(QStringLiteral("attribute"),
                                       tr("Instead of a city: the interviews with a participant of this "
                                          "attribute (category, gender, age_band, "
                                          "city_tie), e.g. age_band=60-69."),
                                       tr("KEY=VALUE"));
    const QCommandLineOption against(
        QStringLiteral("against"),
        tr("Compare with this city only (repeat for several); default: all others."), tr("CITY"));
    const QCommandLineOption top(QStringLiteral("top"), tr("How many terms (default 50; 0: all)."), tr("N"),
                                 QStringLiteral("50"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption minInterviews(
        QStringLiteral("min-interviews"),
        tr("A term counts only when this many of the city's interviews use it (default: 3, fewer for a "
           "city of fewer than ten interviews)."),
        tr("K"));
    const QCommandLineOption minLength(QStringLiteral("min-length"),
                                       tr("Leave out Chinese terms shorter than this (default 1)."), tr("N"),
                                       QStringLiteral("1"));
    const QCommandLineOption interviewers(QStringLiteral("include-interviewers"),
                                          tr("Count the interviewers' turns too."));
    const QCommandLineOption output(QStringLiteral("output"), tr("Write the list as CSV or XLSX."),
                                    tr("FILE"));
    const QCommandLineOption outputShort(QStringLiteral("o"), tr("Same as --output."), tr("FILE"));
    const QCommandLineOption expressions(
        QStringLiteral("expressions"), tr("List the expressions found in the transcripts that the word list "
                                          "does not have."));
    const QCommandLineOption leaveOut(QStringLiteral("leave-out"),
                                      tr("Add a word to the project's stop list (as Leave Out does)."),
                                      tr("WORD"));
    const QCommandLineOption include(
        QStringLiteral("include"), tr("Take a word off the stop list, even a default one (as Include does)."),
        tr("WORD"));
    const QCommandLineOption frequency(
        QStringLiteral("frequency"),
        tr("Word frequency: the side's terms by uses (stop words left out), not by "
           "keyness."));
    const QCommandLineOption interviews(
        QStringLiteral("interviews"),
        tr("Instead of a city: these interviews (ids or UUIDs, comma-separated)."), tr("IDS"));
    const QCommandLineOption makeTheme(
        QStringLiteral("make-theme"), tr("Make a theme named after the term (as Make Theme from Term does)."),
        tr("TERM"));
    return ctx.command(
        args,
        {tr("tianye-cli words PATH --city NAME\nThe words and expressions a city's people use more than the "
            "other cities' do, ranked by keyness (log-likelihood), with the log ratio, uses per 10,000 "
            "characters on both sides, and how many interviews and speakers use them. Interviewers' turns "
            "and words consent withholds are left out; stop words too (see --leave-out, --include)."),
         tr("PATH"),
         1,
         1,
         {city, attribute, against, top, json, minInterviews, minLength, interviewers, output, outputShort,
          expressions, leaveOut, include, makeTheme, frequency, interviews}},
        [&](Call& call) {
            if (call.isSet(leaveOut) || call.isSet(include) || call.isSet(makeTheme)) {
                if (!call.session())
                    return call.exitCode();
                if (call.isSet(leaveOut)) {
                    if (auto ok = ops::leaveOutWord(*call.session(), call.value(leaveOut)); !ok)
                        return call.fail(ok.error());
                    call.out() << tr("Left out: %1").arg(call.value(leaveOut)) << Qt::endl;
                }
                if (call.isSet(include)) {
                    if (auto ok = ops::includeWord(*call.session(), call.value(include)); !ok)
                        return call.fail(ok.error());
                    call.out() << tr("Included: %1").arg(call.value(include)) << Qt::endl;
                }
                if (call.isSet(makeTheme)) {
                    const QString description =
                        call.isSet(city) ? tr("A word that sets %1 apart (Words view).").arg(call.value(city))
                                         : tr("A word from the Words view.");
                    auto theme = ops::makeThemeFromTerm(*call.session(), call.value(makeTheme), description);
                    if (!theme)
                        return call.fail(theme.error());
                    call.out() << tr("Theme: %1 (id %2)").arg(call.value(makeTheme)).arg(*theme) << Qt::endl;
                }
                return int(Ok);
            }
            Project* project = call.reading();
            if (!project)
                return call.exitCode();
            auto index = ops::WordIndex::build(*project);
            if (!index)
                return call.fail(index.error());
            if (call.isSet(expressions)) {
                const QStringList found = (*index)->expressions();
                if (call.isSet(json))
                    call.out() << QString::fromUtf8(
                        QJsonDocument(QJsonArray::fromStringList(found)).toJson(QJsonDocument::Indented));
                else
                    for (const QString& e : found)
                        call.out() << e << Qt::endl;
                return int(Ok);
            }
            ops::WordsComparison comparison;
            QString targetName, referenceName = tr("other cities");
            if (int(call.isSet(city)) + int(call.isSet(attribute)) + int(call.isSet(interviews)) != 1)
                return call.usage(
                    tr("Name the side to compare: --city NAME, --attribute KEY=VALUE or --interviews IDS."));
            comparison.frequency = call.isSet(frequency);
            if (call.isSet(interviews)) {
                for (const QString& id : call.value(interviews).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    auto named = call.interviewNamed(id.trimmed());
                    if (!named)
                        return call.fail(named.error());
                    comparison.target.insert(*named);
                }
                targetName = tr("the interviews given");
                referenceName = tr("the other interviews");
            } else if (call.isSet(city)) {
                auto id = call.cityNamed(call.value(city));
                if (!id)
                    return call.fail(id.error());
                comparison.cityId = *id;
                targetName = call.value(city);
            } else {
                const QString a = call.value(attribute);
                const qsizetype eq = a.indexOf(QLatin1Char('='));
                if (eq <= 0)
                    return call.usage(tr("--attribute takes KEY=VALUE, e.g. gender=女."));
                auto ids = ops::interviewsWith(*project, a.left(eq).trimmed(), a.mid(eq + 1).trimmed());
                if (!ids)
                    return call.fail(ids.error());
                comparison.target = *ids;
                targetName = a;
                referenceName = tr("the other interviews");
            }
            QStringList againstNames;
            for (const QString& name : call.values(against)) {
                auto id = call.cityNamed(name);
                if (!id)
                    return call.fail(id.error());
                comparison.referenceCities.insert(*id);
                againstNames << name;
            }
            if (!againstNames.isEmpty())
                referenceName = againstNames.join(QStringLiteral(", "));
            bool ok = true;
            comparison.top = call.value(top).toInt(&ok);
            if (!ok || comparison.top < 0)
                return call.usage(tr("--top takes a number."));
            if (call.isSet(minInterviews)) {
                comparison.minInterviews = call.value(minInterviews).toInt(&ok);
                if (!ok || comparison.minInterviews < 1)
                    return call.usage(tr("--min-interviews takes a number of 1 or more."));
            }
            comparison.minLength = call.value(minLength).toInt(&ok);
            if (!ok || comparison.minLength < 1)
                return call.usage(tr("--min-length takes a number of 1 or more."));
            comparison.includeInterviewers = call.isSet(interviewers);
            auto stops = ops::stopListOf(*project);
            if (!stops)
                return call.fail(stops.error());
            auto report = (*index)->compare(comparison, *stops);
            if (!report)
                return call.fail(report.error());
            const QString file = call.isSet(output) ? call.value(output) : call.value(outputShort);
            if (!file.isEmpty()) {
                if (auto written = ops::exportWords(*report, targetName, referenceName, file); !written)
                    return call.fail(written.error());
                call.out()
                    << tr("Wrote %1: terms: %2").arg(QDir::toNativeSeparators(file)).arg(report->terms.size())
                    << Qt::endl;
                return int(Ok);
            }
            if (call.isSet(json)) {
                QJsonArray terms;
                for (const ops::TermRow& t : report->terms)
                    terms.append(QJsonObject{{QStringLiteral("term"), t.term},
                                             {QStringLiteral("expression"), t.expression},
                                             {QStringLiteral("logLikelihood"), t.logLikelihood},
                                             {QStringLiteral("logRatio"), t.logRatio},
                                             {QStringLiteral("uses"), t.targetUses},
                                             {QStringLiteral("referenceUses"), t.referenceUses},
                                             {QStringLiteral("per10k"), t.targetPer10k},
                                             {QStringLiteral("referencePer10k"), t.referencePer10k},
                                             {QStringLiteral("interviews"), t.targetInterviews},
                                             {QStringLiteral("referenceInterviews"), t.referenceInterviews},
                                             {QStringLiteral("speakers"), t.targetSpeakers}});
                call.out() << QString::fromUtf8(
                    QJsonDocument(
                        QJsonObject{{QStringLiteral("target"), targetName},
                                    {QStringLiteral("reference"), referenceName},
                                    {QStringLiteral("characters"), report->targetCharacters},
                                    {QStringLiteral("referenceCharacters"), report->referenceCharacters},
                                    {QStringLiteral("interviews"), report->targetInterviews},
                                    {QStringLiteral("referenceInterviews"), report->referenceInterviews},
                                    {QStringLiteral("minInterviews"), report->minInterviews},
                                    {QStringLiteral("terms"), terms}})
                        .toJson(QJsonDocument::Indented));
                return int(Ok);
            }
            if (comparison.frequency)
                call.out() << tr("Word frequency, ");
            call.out() << tr("%1 (%2 interviews, %3 characters) against %4 (%5 interviews, %6 characters); "
                             "terms used in at least %n interview(s):",
                             nullptr, report->minInterviews)
                              .arg(targetName)
                              .arg(report->targetInterviews)
                              .arg(report->targetCharacters)
                              .arg(referenceName)
                              .arg(report->referenceInterviews)
                              .arg(report->referenceCharacters)
                       << Qt::endl;
            call.out()
                << tr("term\tkeyness\tlog ratio\tuses\tother uses\tper 10k\tother per 10k\tinterviews\t"
                      "speakers")
                << Qt::endl;
            for (const ops::TermRow& t : report->terms)
                call.out() << t.term << (t.expression ? QStringLiteral("*") : QString()) << '\t'
                           << QString::number(t.logLikelihood, 'f', 1) << '\t'
                           << QString::number(t.logRatio, 'f', 2) << '\t' << t.targetUses << '\t'
                           << t.referenceUses << '\t' << QString::number(t.targetPer10k, 'f', 1) << '\t'
                           << QString::number(t.referencePer10k, 'f', 1) << '\t' << t.targetInterviews << '\t'
                           << t.targetSpeakers << Qt::endl;
            if (report->terms.isEmpty())
                call.out() << tr("No term is used distinctly more there.") << Qt::endl;
            else
                call.out() << tr("* an expression found in the transcripts, not in the word list")
                           << Qt::endl;
            return int(Ok);
        });
}

} // namespace tianye::cli
