// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "cli/QuoteCommands.h"

#include "formats/Codebook.h"
#include "formats/QuoteExport.h"
#include "search/SearchQuery.h"
#include "store/Backups.h"
#include "store/CityRepository.h"
#include "store/Project.h"
#include "store/QuoteCatalog.h"
#include "store/ThemeRepository.h"

#include <QDir>

namespace tianye::cli {

int QuoteCommands::runCodebook(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const int parsed = ctx.parse(
        parser, args,
        tr("tianye-cli codebook export|import PATH FILE\nWrites the project's themes to FILE, or adds FILE's "
           "themes to the project (a theme with the same GUID, or the same name under the same parent, is "
           "updated; nothing is removed). FILE is a REFI-QDA codebook (.qdc) or CSV (.csv)."),
        tr("export|import PATH FILE"), 3, 3);
    if (parsed >= 0)
        return parsed;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.at(0);
    if (action != QLatin1String("export") && action != QLatin1String("import"))
        return ctx.usageError(parser, tr("Unknown action \"%1\"; use export or import.").arg(action));
    int code = Ok;
    auto project = ctx.open(pos.at(1), code);
    if (!project)
        return code;
    const QString file = pos.at(2);
    if (action == QLatin1String("export")) {
        auto codebook = formats::CodebookFile::fromProject(*project);
        if (!codebook)
            return ctx.error(codebook.error());
        if (auto written = formats::CodebookFile::writeFile(file, *codebook); !written)
            return ctx.error(written.error());
        ctx.out()
            << tr("Wrote %1: themes: %2").arg(QDir::toNativeSeparators(file)).arg(codebook->entries.size())
            << Qt::endl;
        return Ok;
    }
    auto codebook = formats::CodebookFile::readFile(file);
    if (!codebook)
        return ctx.error(codebook.error());
    if (auto backup =
            Backups::create(project->databasePath(), project->backupDir(), QStringLiteral("before-import"));
        !backup)
        return ctx.error(backup.error());
    auto merged = formats::CodebookFile::mergeInto(*project, *codebook);
    if (!merged)
        return ctx.error(merged.error());
    ctx.out() << tr("Read %1: themes added: %2, updated: %3, unchanged: %4")
                     .arg(QDir::toNativeSeparators(file))
                     .arg(merged->added)
                     .arg(merged->updated)
                     .arg(merged->unchanged)
              << Qt::endl;
    return Ok;
}

int QuoteCommands::runQuotes(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
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
    parser.addOptions({city, theme, starred, dossier, search, format, output});
    const int parsed =
        ctx.parse(parser, args,
                  tr("tianye-cli quotes PATH -o FILE\nWrites quotes with speaker, city, themes and "
                     "flags as CSV or XLSX. Quotes of participants who withdrew consent are left "
                     "out."),
                  tr("PATH"), 1, 1);
    if (parsed >= 0)
        return parsed;
    if (!parser.isSet(output))
        return ctx.usageError(parser, tr("-o FILE is required."));
    const QString file = parser.value(output);
    const QString kind =
        parser.isSet(format) ? parser.value(format).toLower() : QFileInfo(file).suffix().toLower();
    if (kind != QLatin1String("csv") && kind != QLatin1String("xlsx"))
        return ctx.usageError(parser, tr("Unknown format \"%1\"; use csv or xlsx.").arg(kind));
    int code = Ok;
    auto project = ctx.open(parser.positionalArguments().at(0), code);
    if (!project)
        return code;
    QuoteFilter filter;
    if (parser.isSet(city)) {
        auto id = project->cities().findByName(parser.value(city));
        if (!id)
            return ctx.error(id.error());
        if (*id == NoRow)
            return ctx.error(tr("There is no city \"%1\" in %2.").arg(parser.value(city), project->folder()));
        filter.cityIds << *id;
    }
    if (parser.isSet(theme)) {
        auto themes = project->themes().list();
        if (!themes)
            return ctx.error(themes.error());
        const auto it = std::find_if(themes->begin(), themes->end(),
                                     [&](const Theme& t) { return t.name == parser.value(theme).trimmed(); });
        if (it == themes->end())
            return ctx.error(
                tr("There is no theme \"%1\" in %2.").arg(parser.value(theme), project->folder()));
        filter.themeId = it->id;
    }
    filter.starredOnly = parser.isSet(starred);
    filter.dossierOnly = parser.isSet(dossier);
    if (parser.isSet(search)) {
        filter.match = search::SearchQuery::parse(parser.value(search)).toFtsExpression();
        if (filter.match.isEmpty())
            return ctx.usageError(parser, tr("--search has no words to look for."));
    }
    QuoteCatalog catalog(project->db());
    auto ids = catalog.ids(filter);
    if (!ids)
        return ctx.error(ids.error());
    auto rows = catalog.rows(*ids);
    if (!rows)
        return ctx.error(rows.error());
    const auto sheet = kind == QLatin1String("csv") ? formats::SheetFormat::Csv : formats::SheetFormat::Xlsx;
    if (auto written = formats::QuoteExport::writeQuotes(*rows, sheet, file); !written)
        return ctx.error(written.error());
    const auto shown =
        std::count_if(rows->begin(), rows->end(), [](const QuoteRow& r) { return !r.consentWithdrawn; });
    ctx.out() << tr("Wrote %1: quotes: %2").arg(QDir::toNativeSeparators(file)).arg(shown) << Qt::endl;
    if (const auto withheld = qsizetype(rows->size()) - shown; withheld > 0)
        ctx.out() << tr("Left out %n quote(s) of participants who withdrew consent.", nullptr, int(withheld))
                  << Qt::endl;
    return Ok;
}

int QuoteCommands::runMatrix(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const int parsed =
        ctx.parse(parser, args,
                  tr("tianye-cli matrix PATH\nPrints the theme × city matrix as CSV: for each theme "
                     "(with its sub-themes), the number of quotes and of distinct interviews in each "
                     "city. Participants who withdrew consent are not counted."),
                  tr("PATH"), 1, 1);
    if (parsed >= 0)
        return parsed;
    int code = Ok;
    auto project = ctx.open(parser.positionalArguments().at(0), code);
    if (!project)
        return code;
    auto matrix = QuoteCatalog(project->db()).matrix(false);
    if (!matrix)
        return ctx.error(matrix.error());
    QByteArray csv = formats::QuoteExport::matrixCsv(*matrix);
    if (csv.startsWith("\xEF\xBB\xBF"))
        csv.remove(0, 3);
    ctx.out() << QString::fromUtf8(csv);
    ctx.out().flush();
    return Ok;
}

} // namespace tianye::cli
