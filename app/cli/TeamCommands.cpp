// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "cli/TeamCommands.h"

#include "ops/Team.h"
#include "store/ChangeLog.h"
#include "store/Project.h"
#include "store/Sync.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <optional>

namespace tianye::cli {

int TeamCommands::runClone(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption withoutMedia(QStringLiteral("without-media"),
                                          tr("Leave the recordings out (they can be fetched later)."));
    const QCommandLineOption author(
        QStringLiteral("author"), tr("The colleague's name: the default author of changes made in the copy."),
        tr("NAME"));
    return ctx.command(
        args,
        {tr("tianye-cli clone PATH DEST [--without-media] [--author NAME]\nMakes a copy of the project for a "
            "colleague: the same project and history, a device of its own, so that the copies can be "
            "brought together later."),
         tr("PATH DEST"),
         2,
         2,
         {withoutMedia, author}},
        [&](Call& call) {
            ops::Session* session = call.session();
            if (!session)
                return call.exitCode();
            auto made =
                ops::copyForColleague(*session, call.arg(1), call.value(author), !call.isSet(withoutMedia));
            if (!made)
                return call.fail(made.error());
            call.out() << tr("Copy made: %1").arg(QDir::toNativeSeparators(made->folder)) << Qt::endl;
            if (made->mediaLeft > 0)
                call.out() << tr("%n recording(s) left out.", nullptr, made->mediaLeft) << Qt::endl;
            else
                call.out() << tr("%n recording(s) copied (%1).", nullptr, made->mediaFiles)
                                  .arg(QLocale().formattedDataSize(made->mediaBytes))
                           << Qt::endl;
            return int(Ok);
        });
}

int TeamCommands::runActivity(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the changes as JSON."));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   tr("How many changes, newest first (default 50)."), tr("N"),
                                   QStringLiteral("50"));
    return ctx.command(
        args,
        {tr("tianye-cli activity PATH [--limit N] [--json]\nLists the newest changes to the project: when, "
            "by whom, on which copy, and what."),
         tr("PATH"),
         1,
         1,
         {json, limit}},
        [&](Call& call) {
            bool ok = false;
            const int most = call.value(limit).toInt(&ok);
            if (!ok || most <= 0)
                return call.usage(tr("--limit takes a positive number, not \"%1\".").arg(call.value(limit)));
            Project* project = call.project();
            if (!project)
                return call.exitCode();
            auto entries = ChangeLog::recent(project->db(), most);
            if (!entries)
                return call.fail(entries.error());
            const QString self = ChangeLog::deviceId(project->db());
            if (call.isSet(json)) {
                QJsonArray rows;
                for (const LogEntry& e : *entries)
                    rows.append(QJsonObject{{QStringLiteral("when"), e.when().toString(Qt::ISODateWithMs)},
                                            {QStringLiteral("author"), e.author},
                                            {QStringLiteral("device"), e.device},
                                            {QStringLiteral("thisCopy"), e.device == self},
                                            {QStringLiteral("label"), e.label},
                                            {QStringLiteral("rows"), e.changes.size()}});
                call.out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
                return int(Ok);
            }
            const QLocale locale;
            for (const LogEntry& e : *entries)
                call.out() << locale.toString(e.when().toLocalTime(), QLocale::ShortFormat) << '\t'
                           << cell(e.author) << '\t'
                           << (e.device == self ? tr("this copy") : e.device.left(8)) << '\t' << cell(e.label)
                           << Qt::endl;
            return int(Ok);
        });
}

int TeamCommands::runSync(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption json(QStringLiteral("json"), tr("Print what was done as JSON."));
    const QCommandLineOption to(QStringLiteral("to"), tr("Write the changes other copies lack to FILE."),
                                tr("FILE"));
    const QCommandLineOption from(QStringLiteral("from"), tr("Bring in the changes of another copy's FILE."),
                                  tr("FILE"));
    return ctx.command(
        args,
        {tr("tianye-cli sync PATH OTHER [--json]\n"
            "tianye-cli sync PATH --to FILE | --from FILE [--json]\n"
            "Brings two copies of a project together, both ways: each gets the changes it lacks (one "
            "undoable "
            "step, after a backup of each), and recordings one lacks are copied from the other. What two "
            "copies "
            "changed differently is resolved alike on both and listed by 'tianye-cli conflicts'. Where the "
            "copies cannot meet, --to writes an exchange file of the changes the copies met so far lack, and "
            "--from brings one in."),
         tr("PATH [OTHER]"),
         1,
         2,
         {json, to, from}},
        [&](Call& call) {
            const int modes = (call.isSet(to) ? 1 : 0) + (call.isSet(from) ? 1 : 0) +
                              (call.positional().size() > 1 ? 1 : 0);
            if (modes != 1)
                return call.usage(tr("Name another copy, or --to FILE, or --from FILE (one of them)."));
            ops::Session* session = call.session();
            if (!session)
                return call.exitCode();
            if (call.isSet(to)) {
                auto written = ops::writeExchangeFile(*session, call.value(to));
                if (!written)
                    return call.fail(written.error());
                if (call.isSet(json)) {
                    call.out() << QString::fromUtf8(
                        QJsonDocument(QJsonObject{{QStringLiteral("file"), written->file},
                                                  {QStringLiteral("steps"), written->steps},
                                                  {QStringLiteral("bytes"), written->bytes}})
                            .toJson(QJsonDocument::Indented));
                    return int(Ok);
                }
                call.out() << tr("%n change(s) written to %1 (%2).", nullptr, written->steps)
                                  .arg(QDir::toNativeSeparators(written->file),
                                       QLocale().formattedDataSize(written->bytes))
                           << Qt::endl;
                return int(Ok);
            }
            auto made = call.isSet(from) ? ops::bringInExchangeFile(*session, call.value(from))
                                         : ops::syncWith(*session, call.arg(1));
            if (!made)
                return call.fail(made.error());
            if (call.isSet(json)) {
                call.out() << QString::fromUtf8(
                    QJsonDocument(QJsonObject{{QStringLiteral("received"), made->received},
                                              {QStringLiteral("sent"), made->sent},
                                              {QStringLiteral("conflicts"), made->conflicts},
                                              {QStringLiteral("otherConflicts"), made->otherConflicts},
                                              {QStringLiteral("mediaCopied"), made->mediaCopied},
                                              {QStringLiteral("mediaMissing"),
                                               QJsonArray::fromStringList(made->mediaMissing)},
                                              {QStringLiteral("mediaProblem"), made->mediaProblem}})
                        .toJson(QJsonDocument::Indented));
                return int(Ok);
            }
            call.out() << tr("%n change(s) brought in, ", nullptr, made->received);
            if (call.isSet(from))
                call.out() << tr("from %1.").arg(QDir::toNativeSeparators(call.value(from))) << Qt::endl;
            else
                call.out() << tr("%n sent to the other copy.", nullptr, made->sent) << Qt::endl;
            if (made->conflicts + made->otherConflicts > 0)
                call.out() << tr("%n conflict(s) resolved; see tianye-cli conflicts.", nullptr,
                                 made->conflicts + made->otherConflicts)
                           << Qt::endl;
            if (made->mediaCopied > 0)
                call.out() << tr("%n recording(s) copied.", nullptr, made->mediaCopied) << Qt::endl;
            if (!made->mediaMissing.isEmpty())
                call.out() << tr("Neither copy has these recordings: %1")
                                  .arg(made->mediaMissing.join(QStringLiteral(", ")))
                           << Qt::endl;
            if (!made->mediaProblem.isEmpty())
                call.err() << made->mediaProblem << Qt::endl;
            return int(Ok);
        });
}

int TeamCommands::runConflicts(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the conflicts as JSON."));
    const QCommandLineOption all(QStringLiteral("all"), tr("Also those whose lost value was taken since."));
    const QCommandLineOption take(QStringLiteral("take"),
                                  tr("Make the value that lost in conflict ID current (one undoable step)."),
                                  tr("ID"));
    return ctx.command(
        args,
        {tr("tianye-cli conflicts PATH [--all] [--json]\n"
            "tianye-cli conflicts PATH --take ID\n"
            "Lists what sync resolved: the value kept and the one that lost, with who wrote it and where; "
            "--take makes the value that lost current."),
         tr("PATH"),
         1,
         1,
         {json, all, take}},
        [&](Call& call) {
            if (call.isSet(take)) {
                bool number = false;
                const qint64 id = call.value(take).toLongLong(&number);
                if (!number)
                    return call.usage(
                        tr("--take takes a conflict's number, not \"%1\".").arg(call.value(take)));
                ops::Session* session = call.session();
                if (!session)
                    return call.exitCode();
                if (auto ok = ops::takeConflict(*session, id); !ok)
                    return call.fail(ok.error());
                call.out() << tr("Conflict %1: the value that lost is current now.").arg(id) << Qt::endl;
                return int(Ok);
            }
            Project* project = call.reading();
            if (!project)
                return call.exitCode();
            auto listed = Sync::conflicts(project->db(), call.isSet(all));
            if (!listed)
                return call.fail(listed.error());
            if (call.isSet(json)) {
                QJsonArray rows;
                for (const Conflict& c : *listed)
                    rows.append(QJsonObject{{QStringLiteral("id"), c.id},
                                            {QStringLiteral("table"), c.table},
                                            {QStringLiteral("record"), c.record},
                                            {QStringLiteral("label"), c.label},
                                            {QStringLiteral("key"), c.key},
                                            {QStringLiteral("column"), c.column},
                                            {QStringLiteral("kind"), c.kind},
                                            {QStringLiteral("kept"), c.kept},
                                            {QStringLiteral("lost"), c.lost},
                                            {QStringLiteral("lostAuthor"), c.lostAuthor},
                                            {QStringLiteral("lostDevice"), c.lostDevice},
                                            {QStringLiteral("taken"), c.taken}});
                call.out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
                return int(Ok);
            }
            if (listed->empty())
                call.out() << tr("No conflicts.") << Qt::endl;
            auto shown = [](const QJsonValue& v) {
                return v.isString()
                           ? v.toString()
                           : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
            };
            for (const Conflict& c : *listed)
                call.out() << c.id << '\t' << c.kind << '\t' << cell(c.record) << '\t' << c.column << '\t'
                           << cell(shown(c.kept)) << '\t' << cell(shown(c.lost)) << '\t' << cell(c.lostAuthor)
                           << Qt::endl;
            return int(Ok);
        });
}

int TeamCommands::runMerge(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption json(QStringLiteral("json"), tr("Print what was (or would be) merged as JSON."));
    const QCommandLineOption preview(QStringLiteral("preview"),
                                     tr("Only say what merging would bring in; change nothing."));
    const QCommandLineOption thenCopy(
        QStringLiteral("then-copy"),
        tr("Afterwards make OTHER a copy of PATH (its own database kept in its backups), so its team "
           "carries on in the merged project and syncs with PATH."));
    const QCommandLineOption bringBack(
        QStringLiteral("bring-back-deleted"),
        tr("Bring back records merged before and deleted in PATH since (left out otherwise)."));
    return ctx.command(
        args,
        {tr("tianye-cli merge PATH OTHER [--preview] [--then-copy] [--bring-back-deleted] [--json]\n"
            "Brings everything of OTHER, a project started separately, into PATH as one undoable step "
            "(after a backup): cities and researchers with the same name, participants with the same code "
            "and themes with the same name under the same parent are taken as the same; everything else "
            "comes in new, recordings included. Merging again brings nothing twice. OTHER does not change, "
            "unless --then-copy makes it a copy of PATH."),
         tr("PATH OTHER"),
         2,
         2,
         {json, preview, thenCopy, bringBack}},
        [&](Call& call) {
            ops::Session* session = call.session();
            if (!session)
                return call.exitCode();
            if (call.isSet(preview) && call.isSet(thenCopy))
                return call.usage(tr("--then-copy makes a copy after merging; a preview changes nothing."));
            const bool back = call.isSet(bringBack);
            auto made = call.isSet(preview) ? ops::previewMerge(*session, call.arg(1), back)
                                            : ops::mergeProject(*session, call.arg(1), back);
            if (!made)
                return call.fail(made.error());
            std::optional<ops::BecameCopy> copy;
            if (call.isSet(thenCopy) && !call.isSet(preview)) {
                auto became = ops::makeCopyOfThis(*session, call.arg(1));
                if (!became)
                    return call.fail(became.error());
                copy = *became;
            }
            if (call.isSet(json)) {
                call.out() << QString::fromUtf8(
                    QJsonDocument(
                        QJsonObject{
                            {QStringLiteral("project"), made->project},
                            {QStringLiteral("becameCopy"), copy.has_value()},
                            {QStringLiteral("keptAs"), copy ? copy->keptAs : QString()},
                            {QStringLiteral("merged"), !call.isSet(preview)},
                            {QStringLiteral("matchedCities"),
                             QJsonArray::fromStringList(made->matchedCities)},
                            {QStringLiteral("matchedResearchers"),
                             QJsonArray::fromStringList(made->matchedResearchers)},
                            {QStringLiteral("matchedParticipants"),
                             QJsonArray::fromStringList(made->matchedParticipants)},
                            {QStringLiteral("matchedThemes"),
                             QJsonArray::fromStringList(made->matchedThemes)},
                            {QStringLiteral("cities"), made->cities},
                            {QStringLiteral("researchers"), made->researchers},
                            {QStringLiteral("participants"), made->participants},
                            {QStringLiteral("interviews"), made->interviews},
                            {QStringLiteral("segments"), made->segments},
                            {QStringLiteral("themes"), made->themes},
                            {QStringLiteral("quotes"), made->quotes},
                            {QStringLiteral("insights"), made->insights},
                            {QStringLiteral("recordings"), made->recordings},
                            {QStringLiteral("recordingBytes"), made->recordingBytes},
                            {QStringLiteral("alreadyHere"), made->alreadyHere},
                            {QStringLiteral("deletedHere"), made->deletedHere},
                            {QStringLiteral("rows"), made->total},
                            {QStringLiteral("differing"), QJsonArray::fromStringList(made->differing)},
                            {QStringLiteral("withdrawn"), QJsonArray::fromStringList(made->withdrawn)},
                            {QStringLiteral("recordingsMissing"),
                             QJsonArray::fromStringList(made->recordingsMissing)}})
                        .toJson(QJsonDocument::Indented));
            } else {
                call.out() << (call.isSet(preview) ? tr("Merging %1 would bring in:") : tr("Merged %1:"))
                                  .arg(made->project)
                           << Qt::endl
                           << tr("  new: cities %1, researchers %2, participants %3, interviews %4 (segments "
                                 "%5), themes %6, quotes %7, insights %8, recordings %9")
                                  .arg(made->cities)
                                  .arg(made->researchers)
                                  .arg(made->participants)
                                  .arg(made->interviews)
                                  .arg(made->segments)
                                  .arg(made->themes)
                                  .arg(made->quotes)
                                  .arg(made->insights)
                                  .arg(made->recordings)
                           << Qt::endl;
                const QList<std::pair<QString, QStringList>> matched{
                    {tr("cities"), made->matchedCities},
                    {tr("researchers"), made->matchedResearchers},
                    {tr("participants"), made->matchedParticipants},
                    {tr("themes"), made->matchedThemes}};
                for (const auto& [kind, names] : matched)
                    if (!names.isEmpty())
                        call.out()
                            << tr("  the same as here (%1): %2").arg(kind, names.join(QStringLiteral(", ")))
                            << Qt::endl;
                if (!made->withdrawn.isEmpty())
                    call.out() << tr("  withdrew consent there, so withdrawn here too: %1")
                                      .arg(made->withdrawn.join(QStringLiteral(", ")))
                               << Qt::endl;
                for (const QString& differs : std::as_const(made->differing))
                    call.out() << tr("  differs there (kept as here): %1").arg(differs) << Qt::endl;
                if (const int others = made->otherRows(); others > 0)
                    call.out() << tr("  %n tag(s), link(s) and other detail(s)", nullptr, others) << Qt::endl;
                if (made->deletedHere > 0)
                    call.out() << tr("  %n record(s) merged before and deleted here since, left out "
                                     "(--bring-back-deleted brings them back)",
                                     nullptr, made->deletedHere)
                               << Qt::endl;
                if (made->alreadyHere > 0)
                    call.out() << tr("  %n record(s) merged before, left as they are here", nullptr,
                                     made->alreadyHere)
                               << Qt::endl;
                if (!made->recordingsMissing.isEmpty())
                    call.out() << tr("Neither project has these recordings: %1")
                                      .arg(made->recordingsMissing.join(QStringLiteral(", ")))
                               << Qt::endl;
                if (copy)
                    call.out() << tr("%1 is now a copy of this project: sync it with this one from now on. "
                                     "Its own database is kept as %2.")
                                      .arg(QDir::toNativeSeparators(copy->folder),
                                           QDir::toNativeSeparators(copy->keptAs))
                               << Qt::endl;
                if (copy && copy->formerCopies > 0)
                    call.out()
                        << tr("Copies made of it before (%n) are not copies of this project: merge each "
                              "the same way.",
                              nullptr, copy->formerCopies)
                        << Qt::endl;
            }
            if (!made->recordingsProblem.isEmpty())
                call.err() << made->recordingsProblem << Qt::endl;
            return int(Ok);
        });
}

} // namespace tianye::cli
