// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "cli/RecordCommands.h"

#include "ops/Cities.h"
#include "ops/Interviews.h"
#include "ops/Participants.h"
#include "ops/Reader.h"
#include "store/CityRepository.h"
#include "store/InterviewRepository.h"
#include "store/ParticipantRepository.h"
#include "store/Project.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tianye::cli {

int RecordCommands::cityAdd(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption region(QStringLiteral("region"), tr("Province or region."), tr("REGION"));
    const QCommandLineOption target(QStringLiteral("target"), tr("Planned number of interviews."), tr("N"),
                                    QStringLiteral("0"));
    return ctx.command(args,
                       {tr("tianye-cli city add PATH NAME\nAdds a city; prints its id."),
                        tr("PATH NAME"),
                        2,
                        2,
                        {region, target}},
                       [&](Call& call) {
                           City city;
                           city.name = call.arg(1);
                           city.region = call.value(region);
                           bool ok = false;
                           city.targetInterviews = call.value(target).toInt(&ok);
                           if (!ok || city.targetInterviews < 0)
                               return call.usage(tr("--target needs a whole number."));
                           if (!call.session())
                               return call.exitCode();
                           auto id = ops::addCity(*call.session(), city);
                           if (!id)
                               return call.fail(id.error());
                           call.out() << *id << Qt::endl;
                           return int(Ok);
                       });
}

int RecordCommands::cityEdit(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption name(QStringLiteral("name"), tr("A new name."), tr("NAME"));
    const QCommandLineOption region(QStringLiteral("region"), tr("Province or region."), tr("REGION"));
    const QCommandLineOption target(QStringLiteral("target"), tr("Planned number of interviews."), tr("N"));
    const QCommandLineOption notes(QStringLiteral("notes"), tr("Notes on the city."), tr("TEXT"));
    const QCommandLineOption spirit(QStringLiteral("spirit"), tr("The city's spirit word (e.g. 不争)."),
                                    tr("WORD"));
    const QCommandLineOption statement(QStringLiteral("statement"),
                                       tr("What the spirit word means for the city."), tr("TEXT"));
    return ctx.command(
        args,
        {tr("tianye-cli city edit PATH CITY\nChanges a city's name, region, target, notes, spirit word or "
            "statement: each option given is one step of the project's history, as in the window."),
         tr("PATH CITY"),
         2,
         2,
         {name, region, target, notes, spirit, statement}},
        [&](Call& call) {
            int targetValue = 0;
            if (call.isSet(target)) {
                bool ok = false;
                targetValue = call.value(target).toInt(&ok);
                if (!ok || targetValue < 0)
                    return call.usage(tr("--target needs a whole number."));
            }
            if (!call.session())
                return call.exitCode();
            auto id = call.cityNamed(call.arg(1));
            if (!id)
                return call.fail(id.error());
            auto city = call.project()->cities().get(*id);
            if (!city)
                return call.fail(city.error());
            City edited = *city;
            if (call.isSet(name))
                edited.name = call.value(name).trimmed();
            if (call.isSet(region))
                edited.region = call.value(region);
            if (call.isSet(target))
                edited.targetInterviews = targetValue;
            if (call.isSet(notes))
                edited.notes = call.value(notes);
            if (auto ok = ops::editCity(*call.session(), *id, edited); !ok)
                return call.fail(ok.error());
            if (call.isSet(spirit))
                if (auto ok = ops::setCityField(*call.session(), *id, CityField::SpiritWord,
                                                call.value(spirit).trimmed());
                    !ok)
                    return call.fail(ok.error());
            if (call.isSet(statement))
                if (auto ok = ops::setCityField(*call.session(), *id, CityField::InsightStatement,
                                                call.value(statement));
                    !ok)
                    return call.fail(ok.error());
            call.out() << tr("Changed %1.").arg(edited.name) << Qt::endl;
            return int(Ok);
        });
}

int RecordCommands::cityList(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    return ctx.command(
        args, {tr("tianye-cli city list PATH\nLists the cities: id and name."), tr("PATH"), 1, 1, {json}},
        [&](Call& call) {
            if (!call.project())
                return call.exitCode();
            auto cities = call.project()->cities().list();
            if (!cities)
                return call.fail(cities.error());
            QJsonArray rows;
            for (const City& c : *cities) {
                if (call.isSet(json))
                    rows.append(QJsonObject{{QStringLiteral("id"), c.id},
                                            {QStringLiteral("uuid"), c.uuid},
                                            {QStringLiteral("name"), c.name},
                                            {QStringLiteral("region"), c.region},
                                            {QStringLiteral("spirit"), c.spiritWord},
                                            {QStringLiteral("statement"), c.insightStatement},
                                            {QStringLiteral("target"), c.targetInterviews}});
                else
                    call.out() << c.id << QLatin1Char('\t') << cell(c.name) << Qt::endl;
            }
            if (call.isSet(json))
                call.out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
            return int(Ok);
        });
}

int RecordCommands::interviewAdd(CliContext& ctx, const QStringList& args)
{
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
    return ctx.command(
        args,
        {tr("tianye-cli interview add PATH --city CITY\nLogs an interview; prints its id (a UUID), which "
            "other "
            "commands accept."),
         tr("PATH"),
         1,
         1,
         {city, participant, interviewer, date, mode, status, place, duration, summary}},
        [&](Call& call) {
            if (!call.isSet(city))
                return call.usage(tr("--city is required."));
            Interview iv;
            const auto modeValue = interviewModeFromKey(call.value(mode));
            const auto statusValue = interviewStatusFromKey(call.value(status));
            if (!modeValue)
                return call.usage(tr("Unknown mode \"%1\".").arg(call.value(mode)));
            if (!statusValue)
                return call.usage(tr("Unknown status \"%1\".").arg(call.value(status)));
            iv.mode = *modeValue;
            iv.status = *statusValue;
            bool ok = false;
            iv.durationMs = call.value(duration).toLongLong(&ok) * 60'000;
            if (!ok || iv.durationMs < 0)
                return call.usage(tr("--duration needs a whole number of minutes."));
            if (call.isSet(date)) {
                const QString text = call.value(date);
                const QDateTime at =
                    QDateTime::fromString(text, text.size() == 10 ? QStringLiteral("yyyy-MM-dd")
                                                                  : QStringLiteral("yyyy-MM-ddTHH:mm"));
                if (!at.isValid())
                    return call.usage(
                        tr("Cannot read the date \"%1\"; use yyyy-MM-dd or yyyy-MM-ddTHH:mm.").arg(text));
                iv.startedAt = at.toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
            } else {
                iv.startedAt = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
            }
            iv.place = call.value(place);
            iv.summary = call.value(summary);
            if (!call.session())
                return call.exitCode();
            auto cityId = call.cityNamed(call.value(city));
            if (!cityId)
                return call.fail(cityId.error());
            iv.cityId = *cityId;
            QList<ops::NewParticipant> people;
            for (const QString& code : call.values(participant))
                people.append({code, {}, {}});
            auto made = ops::logInterview(*call.session(), iv, people, call.values(interviewer));
            if (!made)
                return call.fail(made.error());
            auto stored = call.project()->interviews().get(*made);
            if (!stored)
                return call.fail(stored.error());
            call.out() << stored->uuid << Qt::endl;
            return int(Ok);
        });
}

int RecordCommands::interviewList(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption city(QStringLiteral("city"), tr("Only this city (name or id)."), tr("CITY"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    return ctx.command(
        args,
        {tr("tianye-cli interview list PATH\nLists interviews: id, UUID, date, city, participants, status."),
         tr("PATH"),
         1,
         1,
         {city, json}},
        [&](Call& call) {
            if (!call.project())
                return call.exitCode();
            RowId cityId = NoRow;
            if (call.isSet(city)) {
                auto resolved = call.cityNamed(call.value(city));
                if (!resolved)
                    return call.fail(resolved.error());
                cityId = *resolved;
            }
            auto rows = call.project()->interviews().summaries(cityId);
            if (!rows)
                return call.fail(rows.error());
            QJsonArray list;
            ops::Reader read(*call.project());
            for (const InterviewSummary& row : *rows) {
                if (call.isSet(json)) {
                    QJsonObject item{{QStringLiteral("id"), row.interview.id},
                                     {QStringLiteral("uuid"), row.interview.uuid},
                                     {QStringLiteral("started_at"), row.interview.startedAt},
                                     {QStringLiteral("city"), row.cityName},
                                     {QStringLiteral("participants"), row.participantCodes},
                                     {QStringLiteral("status"), toKey(row.interview.status)},
                                     {QStringLiteral("segments"), row.segments},
                                     {QStringLiteral("quotes"), row.quotes}};
                    // Who last changed it (its fields or transcript), as the interview page shows.
                    auto write = read.lastWriteOfInterview(row.interview.id);
                    if (!write)
                        return call.fail(write.error());
                    if (*write) {
                        item[QStringLiteral("last_changed_by")] = (*write)->author;
                        item[QStringLiteral("last_changed_on")] = (*write)->device;
                        item[QStringLiteral("last_changed_at")] =
                            (*write)->when().toUTC().toString(Qt::ISODateWithMs);
                    }
                    list.append(item);
                    continue;
                }
                call.out() << row.interview.id << QLatin1Char('\t') << row.interview.uuid << QLatin1Char('\t')
                           << cell(row.interview.startedAt) << QLatin1Char('\t') << cell(row.cityName)
                           << QLatin1Char('\t') << cell(row.participantCodes) << QLatin1Char('\t')
                           << toKey(row.interview.status) << Qt::endl;
            }
            if (call.isSet(json))
                call.out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
            return int(Ok);
        });
}

int RecordCommands::participantEdit(CliContext& ctx, const QStringList& args)
{
    struct Field
    {
        QCommandLineOption option;
        ParticipantField field;
    };
    const std::vector<Field> fields{
        {{QStringLiteral("consent"), tr("given, pending or withdrawn."), tr("STATUS")},
         ParticipantField::Consent},
        {{QStringLiteral("consent-date"), tr("When consent was given or withdrawn (yyyy-MM-dd)."),
          tr("DATE")},
         ParticipantField::ConsentDate},
        {{QStringLiteral("occupation"), tr("Occupation."), tr("TEXT")}, ParticipantField::Occupation},
        {{QStringLiteral("category"), tr("Category (creator, entrepreneur, …)."), tr("TEXT")},
         ParticipantField::Category},
        {{QStringLiteral("gender"), tr("Gender."), tr("TEXT")}, ParticipantField::Gender},
        {{QStringLiteral("age-band"), tr("Age band."), tr("TEXT")}, ParticipantField::AgeBand},
        {{QStringLiteral("tie"), tr("Tie to the city: native, returnee, newcomer, visitor or unknown."),
          tr("TIE")},
         ParticipantField::Tie},
        {{QStringLiteral("real-name"), tr("Real name (private)."), tr("NAME")}, ParticipantField::RealName},
        {{QStringLiteral("contact"), tr("Contact (private)."), tr("TEXT")}, ParticipantField::Contact},
        {{QStringLiteral("notes"), tr("Notes."), tr("TEXT")}, ParticipantField::Notes},
    };
    QList<QCommandLineOption> options;
    for (const Field& f : fields)
        options << f.option;
    return ctx.command(
        args,
        {tr("tianye-cli participant edit PATH CODE\nChanges a participant's fields: each option given is one "
            "step of "
            "the project's history, as an edit in the roster is."),
         tr("PATH CODE"), 2, 2, options},
        [&](Call& call) {
            std::vector<std::pair<ParticipantField, QVariant>> changes;
            for (const Field& f : fields) {
                if (!call.isSet(f.option))
                    continue;
                const QString text = call.value(f.option).trimmed();
                QVariant value = text;
                if (f.field == ParticipantField::Consent) {
                    const auto consent = consentStatusFromKey(text);
                    if (!consent)
                        return call.usage(
                            tr("Unknown consent \"%1\"; use given, pending or withdrawn.").arg(text));
                    value = QVariant::fromValue(*consent);
                } else if (f.field == ParticipantField::Tie) {
                    const auto tie = cityTieFromKey(text);
                    if (!tie)
                        return call.usage(tr("Unknown tie \"%1\"; use native, returnee, newcomer, visitor or "
                                             "unknown.")
                                              .arg(text));
                    value = QVariant::fromValue(*tie);
                }
                changes.emplace_back(f.field, value);
            }
            if (changes.empty())
                return call.usage(tr("Give at least one field to change."));
            if (!call.session())
                return call.exitCode();
            auto id = call.project()->participants().findByCode(call.arg(1));
            if (!id)
                return call.fail(id.error());
            if (*id == NoRow)
                return call.fail(
                    tr("There is no participant \"%1\" in %2.").arg(call.arg(1), call.project()->folder()));
            for (const auto& [field, value] : changes)
                if (auto ok = ops::setParticipantField(*call.session(), *id, field, value); !ok)
                    return call.fail(ok.error());
            call.out() << tr("Changed %1.").arg(call.arg(1)) << Qt::endl;
            return int(Ok);
        });
}

int RecordCommands::participantList(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption city(QStringLiteral("city"), tr("Only this city (name or id)."), tr("CITY"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    return ctx.command(
        args,
        {tr("tianye-cli participant list PATH\nLists participants: code, city, occupation, consent (no real "
            "names)."),
         tr("PATH"),
         1,
         1,
         {city, json}},
        [&](Call& call) {
            if (!call.project())
                return call.exitCode();
            RowId cityId = NoRow;
            if (call.isSet(city)) {
                auto resolved = call.cityNamed(call.value(city));
                if (!resolved)
                    return call.fail(resolved.error());
                cityId = *resolved;
            }
            auto people = call.project()->participants().list(cityId);
            if (!people)
                return call.fail(people.error());
            QJsonArray list;
            for (const Participant& p : *people) {
                if (call.isSet(json)) {
                    list.append(QJsonObject{{QStringLiteral("id"), p.id},
                                            {QStringLiteral("uuid"), p.uuid},
                                            {QStringLiteral("code"), p.code},
                                            {QStringLiteral("city"), p.cityId},
                                            {QStringLiteral("occupation"), p.occupation},
                                            {QStringLiteral("category"), p.category},
                                            {QStringLiteral("consent"), toKey(p.consent)},
                                            {QStringLiteral("consent_date"), p.consentDate}});
                    continue;
                }
                call.out() << cell(p.code) << QLatin1Char('\t') << p.cityId << QLatin1Char('\t')
                           << cell(p.occupation) << QLatin1Char('\t') << toKey(p.consent) << Qt::endl;
            }
            if (call.isSet(json))
                call.out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
            return int(Ok);
        });
}

namespace {

int dispatch(CliContext& ctx, const QStringList& args, const QString& group, const QString& help,
             const std::map<QString, int (*)(CliContext&, const QStringList&)>& verbs)
{
    QString verb;
    QStringList rest;
    if (!splitVerb(args, verb, rest) || !verbs.contains(verb))
        return groupHelp(ctx, group, args, help);
    return verbs.at(verb)(ctx, rest);
}

} // namespace

int RecordCommands::runCity(CliContext& ctx, const QStringList& args)
{
    return dispatch(ctx, args, QStringLiteral("city"),
                    tr("Usage: tianye-cli city add PATH NAME [--region REGION] [--target N]\n"
                       "       tianye-cli city edit PATH CITY [--name NAME] [--region REGION] [--target N] "
                       "[--notes TEXT] [--spirit WORD] [--statement TEXT]\n"
                       "       tianye-cli city list PATH [--json]"),
                    {{QStringLiteral("add"), &cityAdd},
                     {QStringLiteral("edit"), &cityEdit},
                     {QStringLiteral("list"), &cityList}});
}

int RecordCommands::runInterview(CliContext& ctx, const QStringList& args)
{
    return dispatch(
        ctx, args, QStringLiteral("interview"),
        tr("Usage: tianye-cli interview add PATH --city CITY [--participant CODE]... "
           "[--interviewer NAME]... [--date DATE] [--mode MODE] [--status STATUS] [--place PLACE] "
           "[--duration MIN] [--summary TEXT]\n"
           "       tianye-cli interview list PATH [--city CITY] [--json]"),
        {{QStringLiteral("add"), &interviewAdd}, {QStringLiteral("list"), &interviewList}});
}

int RecordCommands::runParticipant(CliContext& ctx, const QStringList& args)
{
    return dispatch(ctx, args, QStringLiteral("participant"),
                    tr("Usage: tianye-cli participant edit PATH CODE [--consent given|pending|withdrawn] "
                       "[--occupation TEXT] [--category TEXT] [--gender TEXT] [--age-band TEXT] [--tie TIE] "
                       "[--consent-date DATE] [--real-name NAME] [--contact TEXT] [--notes TEXT]\n"
                       "       tianye-cli participant list PATH [--city CITY] [--json]"),
                    {{QStringLiteral("edit"), &participantEdit}, {QStringLiteral("list"), &participantList}});
}

} // namespace tianye::cli
