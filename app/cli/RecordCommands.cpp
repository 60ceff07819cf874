// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "cli/RecordCommands.h"

#include "core/TimeCode.h"
#include "store/CityRepository.h"
#include "store/InterviewRepository.h"
#include "store/ParticipantRepository.h"
#include "store/Project.h"
#include "store/ResearcherRepository.h"

#include <QDateTime>

namespace tianye::cli {

namespace {

// The sub-verb (add, list) and the arguments after it, with the program name kept first.
bool splitVerb(const QStringList& args, QString& verb, QStringList& rest)
{
    if (args.size() < 2 || args.at(1).startsWith(QLatin1Char('-')))
        return false;
    verb = args.at(1);
    rest = QStringList{args.at(0) + QLatin1Char(' ') + verb} + args.mid(2);
    return true;
}

} // namespace

int RecordCommands::groupHelp(CliContext& ctx, const QString& group, const QStringList& args,
                              const QString& text)
{
    const bool help = args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
    (help ? ctx.out() : ctx.err()) << text << Qt::endl;
    if (!help)
        ctx.err() << tr("tianye-cli: '%1' needs a subcommand.").arg(group) << Qt::endl;
    return help ? Ok : Usage;
}

Result<RowId> RecordCommands::resolveCity(Project& project, const QString& nameOrId)
{
    auto byName = project.cities().findByName(nameOrId);
    if (!byName)
        return byName;
    if (*byName != NoRow)
        return byName;
    bool numeric = false;
    const RowId id = nameOrId.toLongLong(&numeric);
    if (numeric && project.cities().get(id))
        return id;
    return fail(Error::Code::NotFound, tr("There is no city \"%1\" in %2.").arg(nameOrId, project.folder()));
}

int RecordCommands::cityAdd(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption region(QStringLiteral("region"), tr("Province or region."), tr("REGION"));
    const QCommandLineOption target(QStringLiteral("target"), tr("Planned number of interviews."), tr("N"),
                                    QStringLiteral("0"));
    parser.addOptions({region, target});
    const int parsed =
        ctx.parse(parser, args, tr("tianye-cli city add PATH NAME\nAdds a city; prints its id."),
                  tr("PATH NAME"), 2, 2);
    if (parsed >= 0)
        return parsed;
    bool ok = false;
    City city;
    city.name = parser.positionalArguments().at(1);
    city.region = parser.value(region);
    city.targetInterviews = parser.value(target).toInt(&ok);
    if (!ok || city.targetInterviews < 0)
        return ctx.usageError(parser, tr("--target needs a whole number."));
    int code = Ok;
    auto project = ctx.open(parser.positionalArguments().at(0), code);
    if (!project)
        return code;
    auto id = project->cities().add(city);
    if (!id)
        return ctx.error(id.error());
    ctx.out() << *id << Qt::endl;
    return Ok;
}

int RecordCommands::cityList(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const int parsed = ctx.parse(
        parser, args, tr("tianye-cli city list PATH\nLists the cities: id and name."), tr("PATH"), 1, 1);
    if (parsed >= 0)
        return parsed;
    int code = Ok;
    auto project = ctx.open(parser.positionalArguments().at(0), code);
    if (!project)
        return code;
    auto cities = project->cities().list();
    if (!cities)
        return ctx.error(cities.error());
    for (const City& c : *cities)
        ctx.out() << c.id << QLatin1Char('\t') << c.name << Qt::endl;
    return Ok;
}

int RecordCommands::interviewAdd(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption city(QStringLiteral("city"), tr("City name or id (required)."), tr("CITY"));
    const QCommandLineOption participant(
        QStringLiteral("participant"),
        tr("Participant code; repeat for several. New codes are added to the city."), tr("CODE"));
    const QCommandLineOption interviewer(QStringLiteral("interviewer"),
                                         tr("Interviewer name; repeat for several."), tr("NAME"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  tr("Start, yyyy-MM-dd or yyyy-MM-ddTHH:mm (default: now)."), tr("DATE"));
    const QCommandLineOption mode(QStringLiteral("mode"),
                                  tr("in_person, phone or video (default in_person)."), tr("MODE"),
                                  QStringLiteral("in_person"));
    const QCommandLineOption status(
        QStringLiteral("status"), tr("planned, recorded, transcribed, coded or reviewed (default planned)."),
        tr("STATUS"), QStringLiteral("planned"));
    const QCommandLineOption place(QStringLiteral("place"), tr("Where it took place."), tr("PLACE"));
    const QCommandLineOption duration(QStringLiteral("duration"), tr("Length in minutes."), tr("MIN"),
                                      QStringLiteral("0"));
    const QCommandLineOption summary(QStringLiteral("summary"), tr("A one-line summary."), tr("TEXT"));
    parser.addOptions({city, participant, interviewer, date, mode, status, place, duration, summary});
    const int parsed =
        ctx.parse(parser, args,
                  tr("tianye-cli interview add PATH --city CITY\nLogs an interview; prints its id "
                     "(a UUID), which other commands accept."),
                  tr("PATH"), 1, 1);
    if (parsed >= 0)
        return parsed;
    if (!parser.isSet(city))
        return ctx.usageError(parser, tr("--city is required."));
    Interview iv;
    const auto modeValue = interviewModeFromKey(parser.value(mode));
    const auto statusValue = interviewStatusFromKey(parser.value(status));
    if (!modeValue)
        return ctx.usageError(parser, tr("Unknown mode \"%1\".").arg(parser.value(mode)));
    if (!statusValue)
        return ctx.usageError(parser, tr("Unknown status \"%1\".").arg(parser.value(status)));
    iv.mode = *modeValue;
    iv.status = *statusValue;
    bool ok = false;
    iv.durationMs = parser.value(duration).toLongLong(&ok) * 60'000;
    if (!ok || iv.durationMs < 0)
        return ctx.usageError(parser, tr("--duration needs a whole number of minutes."));
    if (parser.isSet(date)) {
        const QString text = parser.value(date);
        const QDateTime at = QDateTime::fromString(
            text, text.size() == 10 ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM-ddTHH:mm"));
        if (!at.isValid())
            return ctx.usageError(
                parser, tr("Cannot read the date \"%1\"; use yyyy-MM-dd or yyyy-MM-ddTHH:mm.").arg(text));
        iv.startedAt = at.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    } else {
        iv.startedAt = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    }
    iv.place = parser.value(place);
    iv.summary = parser.value(summary);

    int code = Ok;
    auto project = ctx.open(parser.positionalArguments().at(0), code);
    if (!project)
        return code;
    auto cityId = resolveCity(*project, parser.value(city));
    if (!cityId)
        return ctx.error(cityId.error());
    iv.cityId = *cityId;
    auto written = project->db().write([&] {
        for (const QString& participantCode : parser.values(participant)) {
            RowId id = orThrow(project->participants().findByCode(participantCode));
            if (id == NoRow) {
                Participant p;
                p.cityId = iv.cityId;
                p.code = participantCode;
                id = orThrow(project->participants().add(p));
            }
            iv.participantIds << id;
        }
        for (const QString& name : parser.values(interviewer))
            iv.interviewerIds << orThrow(project->researchers().findOrAdd(name));
        return orThrow(project->interviews().add(iv));
    });
    if (!written)
        return ctx.error(written.error());
    auto stored = project->interviews().get(*written);
    if (!stored)
        return ctx.error(stored.error());
    ctx.out() << stored->uuid << Qt::endl;
    return Ok;
}

int RecordCommands::interviewList(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption city(QStringLiteral("city"), tr("Only this city (name or id)."), tr("CITY"));
    parser.addOption(city);
    const int parsed = ctx.parse(parser, args,
                                 tr("tianye-cli interview list PATH\nLists interviews: id, UUID, date, city, "
                                    "participants, status."),
                                 tr("PATH"), 1, 1);
    if (parsed >= 0)
        return parsed;
    int code = Ok;
    auto project = ctx.open(parser.positionalArguments().at(0), code);
    if (!project)
        return code;
    RowId cityId = NoRow;
    if (parser.isSet(city)) {
        auto resolved = resolveCity(*project, parser.value(city));
        if (!resolved)
            return ctx.error(resolved.error());
        cityId = *resolved;
    }
    auto rows = project->interviews().summaries(cityId);
    if (!rows)
        return ctx.error(rows.error());
    for (const InterviewSummary& row : *rows) {
        ctx.out() << row.interview.id << QLatin1Char('\t') << row.interview.uuid << QLatin1Char('\t')
                  << row.interview.startedAt << QLatin1Char('\t') << row.cityName << QLatin1Char('\t')
                  << row.participantCodes << QLatin1Char('\t') << toKey(row.interview.status) << Qt::endl;
    }
    return Ok;
}

int RecordCommands::runCity(CliContext& ctx, const QStringList& args)
{
    QString verb;
    QStringList rest;
    if (!splitVerb(args, verb, rest) || (verb != QLatin1String("add") && verb != QLatin1String("list"))) {
        return groupHelp(ctx, QStringLiteral("city"), args,
                         tr("Usage: tianye-cli city add PATH NAME [--region REGION] [--target N]\n"
                            "       tianye-cli city list PATH"));
    }
    return verb == QLatin1String("add") ? cityAdd(ctx, rest) : cityList(ctx, rest);
}

int RecordCommands::runInterview(CliContext& ctx, const QStringList& args)
{
    QString verb;
    QStringList rest;
    if (!splitVerb(args, verb, rest) || (verb != QLatin1String("add") && verb != QLatin1String("list"))) {
        return groupHelp(
            ctx, QStringLiteral("interview"), args,
            tr("Usage: tianye-cli interview add PATH --city CITY [--participant CODE]... "
               "[--interviewer NAME]... [--date DATE] [--mode MODE] [--status STATUS] [--place PLACE] "
               "[--duration MIN] [--summary TEXT]\n"
               "       tianye-cli interview list PATH [--city CITY]"));
    }
    return verb == QLatin1String("add") ? interviewAdd(ctx, rest) : interviewList(ctx, rest);
}

} // namespace tianye::cli
