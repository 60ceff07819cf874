// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "cli/TeamCommands.h"

#include "ops/Team.h"
#include "store/ChangeLog.h"
#include "store/Project.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

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

} // namespace tianye::cli
