// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "cli/QuoteCommands.h"

#include "formats/Codebook.h"
#include "ops/Exports.h"
#include "ops/Quotes.h"
#include "ops/Session.h"
#include "ops/ThemeAnalysis.h"
#include "ops/Themes.h"
#include "search/SearchQuery.h"
#include "store/CityRepository.h"
#include "store/Project.h"
#include "store/QuoteCatalog.h"
#include "store/ThemeRepository.h"

#include <QDir>
#include <QFileInfo>

namespace tianye::cli {

int QuoteCommands::runCodebook(CliContext& ctx, const QStringList& args)
{
    return ctx.command(
        args,
        {tr("tianye-cli codebook export|import PATH FILE\nWrites the project's themes to FILE, or adds "
            "FILE's themes "
            "to the project (a theme with the same GUID, or the same name under the same parent, is updated; "
            "nothing is removed). FILE is a REFI-QDA codebook (.qdc) or CSV (.csv)."),
         tr("export|import PATH FILE"),
         3,
         3,
         {}},
        [&](Call& call) {
            const QString action = call.arg(0);
            if (action != QLatin1String("export") && action != QLatin1String("import"))
                return call.usage(tr("Unknown action \"%1\"; use export or import.").arg(action));
            const QString file = call.arg(2);
            auto opened = Project::open(call.arg(1));
            if (!opened)
                return call.fail(opened.error());
            Project& project = **opened;
            if (action == QLatin1String("export")) {
                auto codebook = ops::codebookOf(project);
                if (!codebook)
                    return call.fail(codebook.error());
                if (auto written = formats::CodebookFile::writeFile(file, *codebook); !written)
                    return call.fail(written.error());
                call.out() << tr("Wrote %1: themes: %2")
                                  .arg(QDir::toNativeSeparators(file))
                                  .arg(codebook->entries.size())
                           << Qt::endl;
                return int(Ok);
            }
            auto codebook = formats::CodebookFile::readFile(file);
            if (!codebook)
                return call.fail(codebook.error());
            ops::Session session(project);
            auto merged = ops::importCodebook(session, *codebook);
            if (!merged)
                return call.fail(merged.error());
            call.out() << tr("Read %1: themes added: %2, updated: %3, unchanged: %4")
                              .arg(QDir::toNativeSeparators(file))
                              .arg(merged->added)
                              .arg(merged->updated)
                              .arg(merged->unchanged)
                       << Qt::endl;
            if (const QString caveats = formats::CodebookFile::caveats(*codebook); !caveats.isEmpty())
                call.out() << caveats << Qt::endl;
            return int(Ok);
        });
}

int QuoteCommands::runQuotes(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption city(QStringLiteral("city"), tr("Only quotes from this city (name)."),
                                  tr("CITY"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   tr("Only quotes with this theme or its sub-themes (name)."), tr("THEME"));
    const QCommandLineOption starred(QStringLiteral("starred"), tr("Only starred quotes."));
    const QCommandLineOption dossier(QStringLiteral("dossier"), tr("Only quotes marked for the dossier."));
    const QCommandLineOption search(QStringLiteral("search"),
                                    tr("Only quotes whose text, note or translation "
                                       "match these words."),
                                    tr("WORDS"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("csv or xlsx (default: from the output name)."), tr("FORMAT"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("The file to write (required)."), tr("FILE"));
    return ctx.command(
        args,
        {tr("tianye-cli quotes PATH -o FILE\nWrites quotes with speaker, city, themes and flags as CSV or "
            "XLSX. "
            "Quotes of participants who withdrew consent are left out."),
         tr("PATH"),
         1,
         1,
         {city, theme, starred, dossier, search, format, output}},
        [&](Call& call) {
            if (!call.isSet(output))
                return call.usage(tr("-o FILE is required."));
            const QString file = call.value(output);
            const QString kind =
                call.isSet(format) ? call.value(format).toLower() : QFileInfo(file).suffix().toLower();
            if (kind != QLatin1String("csv") && kind != QLatin1String("xlsx"))
                return call.usage(tr("Unknown format \"%1\"; use csv or xlsx.").arg(kind));
            if (!call.reading() || !call.session())
                return call.exitCode();
            Project& project = *call.project();
            QuoteFilter filter;
            if (call.isSet(city)) {
                auto id = project.cities().findByName(call.value(city));
                if (!id)
                    return call.fail(id.error());
                if (*id == NoRow)
                    return call.fail(
                        tr("There is no city \"%1\" in %2.").arg(call.value(city), project.folder()));
                filter.cityIds << *id;
            }
            if (call.isSet(theme)) {
                auto themes = project.themes().list();
                if (!themes)
                    return call.fail(themes.error());
                const auto it = std::find_if(themes->begin(), themes->end(), [&](const Theme& t) {
                    return t.name == call.value(theme).trimmed();
                });
                if (it == themes->end())
                    return call.fail(
                        tr("There is no theme \"%1\" in %2.").arg(call.value(theme), project.folder()));
                filter.themeId = it->id;
            }
            filter.starredOnly = call.isSet(starred);
            filter.dossierOnly = call.isSet(dossier);
            if (call.isSet(search)) {
                filter.match = search::SearchQuery::parse(call.value(search)).toFtsExpression();
                if (filter.match.isEmpty())
                    return call.usage(tr("--search has no words to look for."));
            }
            auto ids = QuoteCatalog(project.db()).ids(filter);
            if (!ids)
                return call.fail(ids.error());
            const auto sheet =
                kind == QLatin1String("csv") ? formats::SheetFormat::Csv : formats::SheetFormat::Xlsx;
            auto written = ops::exportQuotes(*call.session(), *ids, sheet, file);
            if (!written)
                return call.fail(written.error());
            call.out() << tr("Wrote %1: quotes: %2").arg(QDir::toNativeSeparators(file)).arg(written->written)
                       << Qt::endl;
            if (written->withheld > 0)
                call.out() << tr("Left out %n quote(s) withheld for consent (a participant who withdrew says "
                                 "them, or who says them is not known).",
                                 nullptr, written->withheld)
                           << Qt::endl;
            return int(Ok);
        });
}

int QuoteCommands::runMatrix(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption by(
        QStringLiteral("by"),
        tr("Themes by this instead of by city: %1.").arg(themeColumnsNames().join(u", ")), tr("ATTRIBUTE"));
    const QCommandLineOption together(
        QStringLiteral("cooccurrence"),
        tr("Themes by themes: how many quotes, transcript segments or interviews have both (quote, segment, "
           "interview)."),
        tr("UNIT"));
    return ctx.command(
        args,
        {tr("tianye-cli matrix PATH\nPrints the theme × city matrix as CSV: for each theme "
            "(with its sub-themes), "
            "the number of quotes and of distinct interviews in each city. Participants who "
            "withdrew consent are "
            "not counted. With --by, themes by another attribute of who said the quotes, with the "
            "share of each column's coded quotes and totals; with --cooccurrence, themes found "
            "together."),
         tr("PATH"),
         1,
         1,
         {by, together}},
        [&](Call& call) {
            if (!call.reading() || !call.session())
                return call.exitCode();
            QByteArray csv;
            if (call.isSet(by)) {
                QString key;
                const auto columns = themeColumnsFromName(call.value(by), &key);
                if (!columns)
                    return call.usage(tr("--by takes one of: %1.").arg(themeColumnsNames().join(u", ")));
                auto table = ops::themesBy(*call.reading(), *columns, key);
                if (!table)
                    return call.fail(table.error());
                csv = formats::toCsv(ops::crossTabSheet(*table, *columns, key));
            } else if (call.isSet(together)) {
                const auto unit = cooccurrenceUnitFromName(call.value(together));
                if (!unit)
                    return call.usage(tr("--cooccurrence takes quote, segment or interview."));
                auto table = ops::themeCooccurrence(*call.reading(), *unit);
                if (!table)
                    return call.fail(table.error());
                csv = formats::toCsv(ops::cooccurrenceSheet(*table));
            } else {
                auto matrix = ops::matrixCsv(*call.session());
                if (!matrix)
                    return call.fail(matrix.error());
                csv = *matrix;
            }
            if (csv.startsWith("\xEF\xBB\xBF"))
                csv.remove(0, 3);
            call.out() << QString::fromUtf8(csv);
            call.out().flush();
            return int(Ok);
        });
}

int QuoteCommands::quoteAdd(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption interview(QStringLiteral("interview"), tr("Interview id or UUID (required)."),
                                       tr("ID"));
    const QCommandLineOption text(
        QStringLiteral("text"), tr("The exact words of the quote, as they are in the transcript (required)."),
        tr("WORDS"));
    const QCommandLineOption occurrence(
        QStringLiteral("occurrence"),
        tr("Which place, when the words occur more than once (1 is the first)."), tr("N"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   tr("A theme by name; repeat for several. New names become themes."),
                                   tr("NAME"));
    const QCommandLineOption star(QStringLiteral("star"), tr("Star the quote."));
    const QCommandLineOption dossier(QStringLiteral("dossier"), tr("Use the quote in the dossier."));
    const QCommandLineOption note(QStringLiteral("note"), tr("A note on the quote."), tr("TEXT"));
    return ctx.command(
        args,
        {tr("tianye-cli quote add PATH --interview ID --text WORDS\nMakes the words a quote, anchored in the "
            "transcript as Make Quote (Ctrl+M) does; prints its id."),
         tr("PATH"),
         1,
         1,
         {interview, text, occurrence, theme, star, dossier, note}},
        [&](Call& call) {
            if (!call.isSet(interview) || !call.isSet(text))
                return call.usage(tr("--interview and --text are required."));
            int which = 0;
            if (call.isSet(occurrence)) {
                bool ok = false;
                which = call.value(occurrence).toInt(&ok);
                if (!ok || which < 1)
                    return call.usage(tr("--occurrence takes a number from 1."));
            }
            const auto id = call.interview(interview);
            if (!id)
                return call.exitCode();
            Project& project = *call.project();
            auto quote = ops::findWords(project, *id, call.value(text), which);
            if (!quote)
                return call.fail(quote.error());
            quote->starred = call.isSet(star);
            quote->inDossier = call.isSet(dossier);
            quote->note = call.value(note);
            QList<ops::ThemeChoice> themes;
            auto all = project.themes().list();
            if (!all)
                return call.fail(all.error());
            for (const QString& name : call.values(theme)) {
                const auto it = std::find_if(all->begin(), all->end(),
                                             [&](const Theme& t) { return t.name == name.trimmed(); });
                themes.append(it != all->end() ? ops::ThemeChoice{it->id, {}}
                                               : ops::ThemeChoice{NoRow, name.trimmed()});
            }
            auto made = ops::makeQuote(*call.session(), *quote, themes);
            if (!made)
                return call.fail(made.error());
            call.out() << *made << Qt::endl;
            return int(Ok);
        });
}

int QuoteCommands::runQuote(CliContext& ctx, const QStringList& args)
{
    QString verb;
    QStringList rest;
    if (!splitVerb(args, verb, rest) || verb != QLatin1String("add"))
        return groupHelp(ctx, QStringLiteral("quote"), args,
                         tr("Usage: tianye-cli quote add PATH --interview ID --text WORDS [--occurrence N] "
                            "[--theme NAME]... [--star] [--dossier] [--note TEXT]"));
    return quoteAdd(ctx, rest);
}

} // namespace tianye::cli
