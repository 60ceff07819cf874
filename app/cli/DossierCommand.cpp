// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "cli/DossierCommand.h"

#include "charts/BarChart.h"
#include "dossier/Dossier.h"
#include "dossier/Render.h"
#include "ops/Words.h"
#include "store/CityRepository.h"
#include "store/Project.h"

#include <QDir>
#include <QFileInfo>

namespace tianye::cli {

namespace {

std::optional<dossier::Sections> sectionsFrom(const QString& list)
{
    dossier::Sections sections;
    for (const QString& raw : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = raw.trimmed().toLower();
        if (name == QLatin1String("cover"))
            sections |= dossier::Section::Cover;
        else if (name == QLatin1String("insights"))
            sections |= dossier::Section::Insights;
        else if (name == QLatin1String("themes"))
            sections |= dossier::Section::Themes;
        else if (name == QLatin1String("people"))
            sections |= dossier::Section::People;
        else if (name == QLatin1String("roster"))
            sections |= dossier::Section::Roster;
        else if (name == QLatin1String("words"))
            sections |= dossier::Section::Words;
        else
            return std::nullopt;
    }
    if (!sections)
        return std::nullopt;
    return sections;
}

} // namespace

int DossierCommand::run(CliContext& ctx, const QStringList& args)
{
    const QCommandLineOption city(QStringLiteral("city"), tr("The city (by name)."), tr("NAME"));
    const QCommandLineOption allCities(QStringLiteral("all-cities"),
                                       tr("The comparison of all cities: the theme × city matrix and each "
                                          "city's insight side by side."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("The file to write."),
                                    tr("FILE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("pdf, odt, html or md (default: from the file's suffix, else pdf)."),
                                    tr("FORMAT"));
    const QCommandLineOption sections(
        QStringLiteral("sections"),
        tr("Comma-separated sections: cover, insights, themes, people, roster, and words (the words that set "
           "the city apart; not in the default) (default: all but words)."),
        tr("LIST"));
    const QCommandLineOption quotes(QStringLiteral("quotes-per-theme"),
                                    tr("How many quotes each theme shows (default 3)."), tr("N"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      tr("Language of the headings: en or zh (default en)."), tr("LANG"));
    const QCommandLineOption page(QStringLiteral("page"), tr("PDF page size: a4 or letter (default a4)."),
                                  tr("SIZE"));
    const QCommandLineOption realNames(QStringLiteral("real-names"),
                                       tr("Name participants who gave consent by their real names."));
    return ctx.command(
        args,
        {tr("tianye-cli dossier PATH --city NAME -o FILE\nWrites a city's insight "
            "dossier (or, with --all-cities, the comparison of all cities) as PDF, "
            "ODT, HTML or Markdown. Participants who withdrew consent, and their "
            "words, are never in it."),
         tr("PATH"),
         1,
         1,
         {city, allCities, output, format, sections, quotes, language, page, realNames}},
        [&](Call& call) {
            if (call.isSet(city) == call.isSet(allCities))
                return call.usage(tr("Give either --city NAME or --all-cities."));
            if (!call.isSet(output))
                return call.usage(tr("Give the file to write with -o FILE."));
            const QString file = call.value(output);

            dossier::Options options;
            std::optional<dossier::Format> chosen = call.isSet(format)
                                                        ? dossier::formatFromName(call.value(format))
                                                        : dossier::formatFromName(QFileInfo(file).suffix());
            if (!chosen && call.isSet(format))
                return call.usage(
                    tr("Unknown format \"%1\"; use pdf, odt, html or md.").arg(call.value(format)));
            const dossier::Format fmt = chosen.value_or(dossier::Format::Pdf);
            if (call.isSet(sections)) {
                const auto s = sectionsFrom(call.value(sections));
                if (!s)
                    return call.usage(
                        tr("Unknown sections \"%1\"; use cover, insights, themes, people, roster, words.")
                            .arg(call.value(sections)));
                options.sections = *s;
            }
            if (call.isSet(quotes)) {
                bool ok = false;
                options.quotesPerTheme = call.value(quotes).toInt(&ok);
                if (!ok || options.quotesPerTheme < 0 || options.quotesPerTheme > 100)
                    return call.usage(tr("--quotes-per-theme takes a number from 0 to 100."));
            }
            if (call.isSet(language)) {
                const QString lang = call.value(language).toLower();
                if (lang.startsWith(QLatin1String("zh")))
                    options.language = dossier::Language::Chinese;
                else if (lang != QLatin1String("en"))
                    return call.usage(tr("Unknown language \"%1\"; use en or zh.").arg(call.value(language)));
            }
            if (call.isSet(page)) {
                const QString size = call.value(page).toLower();
                if (size == QLatin1String("letter"))
                    options.pageSize = dossier::PageSize::Letter;
                else if (size != QLatin1String("a4"))
                    return call.usage(
                        tr("Unknown page size \"%1\"; use a4 or letter.").arg(call.value(page)));
            }
            options.realNames = call.isSet(realNames);

            Project* project = call.reading();
            if (!project)
                return call.exitCode();
            Result<QByteArray> bytes;
            if (call.isSet(allCities)) {
                auto model = dossier::buildComparison(project->db().sql());
                if (!model)
                    return call.fail(model.error());
                bytes = dossier::render(*model, fmt, options);
            } else {
                auto cityId = project->cities().findByName(call.value(city));
                if (!cityId || *cityId == NoRow)
                    return call.fail(tr("There is no city \"%1\" in this project.").arg(call.value(city)));
                auto model = dossier::buildCity(project->db().sql(), *cityId, options);
                if (!model)
                    return call.fail(model.error());
                if (options.sections.testFlag(dossier::Section::Words)) {
                    auto words = ops::cityWords(*project, *cityId);
                    if (!words)
                        return call.fail(words.error());
                    model->words = std::move(*words);
                }
                bytes = dossier::render(*model, dossier::drawCharts(*model, options, dossier::paintBarChart),
                                        fmt, options);
            }
            if (!bytes)
                return call.fail(bytes.error());
            if (auto saved = dossier::save(*bytes, file); !saved)
                return call.fail(saved.error());
            call.out() << tr("Wrote %1").arg(QDir::toNativeSeparators(file)) << Qt::endl;
            return int(Ok);
        });
}

} // namespace tianye::cli
