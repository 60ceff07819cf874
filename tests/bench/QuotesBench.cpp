// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "QuotesBench.h"

#include "BenchOutput.h"
#include "app/ProjectSession.h"
#include "demo/CorpusGenerator.h"
#include "quotes/QuoteBrowserModel.h"
#include "search/SearchQuery.h"
#include "store/CityRepository.h"
#include "store/Project.h"
#include "store/QuoteCatalog.h"
#include "store/ThemeRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

namespace tianye::bench {

namespace {

// Applies a filter through the model as the browser does, waiting for a background
// run to finish; returns the milliseconds until the rows are there.
double applyFilter(ui::QuoteBrowserModel& model, const QuoteFilter& filter)
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    bool background = false;
    QObject::connect(&model, &ui::QuoteBrowserModel::filteringStarted, &loop, [&] { background = true; });
    QObject::connect(&model, &ui::QuoteBrowserModel::filteringFinished, &loop, &QEventLoop::quit);
    model.setFilter(filter);
    if (background && model.isFiltering())
        loop.exec();
    return msSince(timer);
}

int measure(const QString& folder, qint64 quotes, const QString& bench)
{
    ui::ProjectSession session;
    if (auto opened = session.open(folder); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Project& project = *session.project();
    report(bench, QStringLiteral("quotes"), double(QuoteCatalog(project.db()).count().value_or(0)),
           QStringLiteral("count"));
    ui::QuoteBrowserModel model(&session);
    QuoteFilter all;
    report(bench, QStringLiteral("load_all"), applyFilter(model, all), QStringLiteral("ms"));
    QElapsedTimer timer;
    timer.start();
    for (int r = 0; r < 40 && r < model.rowCount(); ++r)
        model.data(model.index(r, 0), Qt::DisplayRole);
    report(bench, QStringLiteral("first_screen_rows"), msSince(timer), QStringLiteral("ms"));

    // Scrolling: rows at random places (each new block read from the store).
    QRandomGenerator random(7);
    timer.restart();
    constexpr int Jumps = 50;
    for (int i = 0; i < Jumps; ++i) {
        const int row = int(random.bounded(std::max(1, model.rowCount())));
        for (int r = row; r < row + 40 && r < model.rowCount(); ++r)
            model.data(model.index(r, 0), Qt::DisplayRole);
    }
    report(bench, QStringLiteral("scroll_jump_screen_mean"), msSince(timer) / Jumps, QStringLiteral("ms"));

    auto themes = project.themes().list();
    auto cities = project.cities().list();
    QuoteFilter themeCity;
    themeCity.themeId = themes->front().id;
    themeCity.cityIds = {cities->front().id};
    report(bench, QStringLiteral("filter_theme_city"), applyFilter(model, themeCity), QStringLiteral("ms"));
    report(bench, QStringLiteral("filter_theme_city_rows"), double(model.rowCount()),
           QStringLiteral("count"));
    QuoteFilter starred = themeCity;
    starred.starredOnly = true;
    report(bench, QStringLiteral("filter_theme_city_starred"), applyFilter(model, starred),
           QStringLiteral("ms"));
    QuoteFilter text;
    text.match = search::SearchQuery::parse(QStringLiteral("生活")).toFtsExpression();
    report(bench, QStringLiteral("search_text"), applyFilter(model, text), QStringLiteral("ms"));
    report(bench, QStringLiteral("search_text_rows"), double(model.rowCount()), QStringLiteral("count"));
    QuoteFilter sorted;
    sorted.sort = QuoteSort::Theme;
    report(bench, QStringLiteral("sort_by_theme"), applyFilter(model, sorted), QStringLiteral("ms"));
    timer.restart();
    auto matrix = QuoteCatalog(project.db()).matrix(false);
    report(bench, QStringLiteral("matrix"), msSince(timer), QStringLiteral("ms"));
    Q_UNUSED(matrix)
    Q_UNUSED(quotes)
    report(bench, QStringLiteral("peak_rss"), peakRssMiB(), QStringLiteral("MiB"));
    return 0;
}

} // namespace

int runQuotes(const QStringList& args)
{
    const qint64 quotes = option(args, QStringLiteral("--quotes"), QStringLiteral("500000")).toLongLong();
    const QString existing = option(args, QStringLiteral("--project"), QString());
    const QString bench = QStringLiteral("quotes");
    if (!existing.isEmpty())
        return measure(existing, quotes, bench);
    const QString base = option(args, QStringLiteral("--dir"), QDir::tempPath());
    QTemporaryDir dir(QDir(base).filePath(QStringLiteral("tianye-bench-XXXXXX")));
    if (!dir.isValid() || quotes < 100) {
        std::fprintf(stderr, "tianye-bench quotes: needs --quotes >= 100 and a writable --dir\n");
        return 2;
    }
    const QString folder = dir.filePath(QStringLiteral("quotes.tianye"));
    {
        auto created = Project::create(folder);
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
            return 1;
        }
        demo::CorpusGenerator::Options options;
        options.cities = 10;
        options.interviewsPerCity = int(std::max<qint64>(10, quotes / 500));
        options.charsPerInterview = 4000;
        options.quotes = int(quotes);
        options.seed = 11;
        QElapsedTimer timer;
        timer.start();
        auto generated = demo::CorpusGenerator::generate(**created, options);
        if (!generated) {
            std::fprintf(stderr, "%s\n", qPrintable(generated.error().message));
            return 1;
        }
        report(bench, QStringLiteral("generate"), msSince(timer), QStringLiteral("ms"));
    }
    return measure(folder, quotes, bench);
}

} // namespace tianye::bench
