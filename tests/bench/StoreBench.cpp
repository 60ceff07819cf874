// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "StoreBench.h"

#include "BenchOutput.h"
#include "demo/CorpusGenerator.h"
#include "store/CityFacts.h"
#include "store/CityRepository.h"
#include "store/InterviewRepository.h"
#include "store/Project.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

namespace tianye::bench {

int runStore(const QStringList& args)
{
    const int interviews = option(args, QStringLiteral("--interviews"), QStringLiteral("10000")).toInt();
    const int chars = option(args, QStringLiteral("--chars"), QStringLiteral("20000")).toInt();
    const QString base = option(args, QStringLiteral("--dir"), QDir::tempPath());
    QTemporaryDir dir(QDir(base).filePath(QStringLiteral("tianye-bench-XXXXXX")));
    if (!dir.isValid() || interviews < 10 || chars < 1) {
        std::fprintf(stderr,
                     "tianye-bench store: needs --interviews >= 10, --chars >= 1 and a writable --dir\n");
        return 2;
    }
    const QString name = QStringLiteral("bench");
    const QString path = dir.filePath(name);
    const QString bench = QStringLiteral("store");

    demo::CorpusGenerator::Options options;
    options.cities = 10;
    options.interviewsPerCity = interviews / options.cities;
    options.charsPerInterview = chars;
    options.quotes = interviews * 5;
    options.seed = 2026;
    QElapsedTimer timer;
    timer.start();
    demo::CorpusGenerator::Totals totals;
    {
        auto project = Project::create(path);
        if (!project) {
            std::fprintf(stderr, "%s\n", qPrintable(project.error().message));
            return 1;
        }
        auto generated = demo::CorpusGenerator::generate(**project, options, [&](qint64 done, qint64 total) {
            std::fprintf(stderr, "\r%lld / %lld interviews", static_cast<long long>(done),
                         static_cast<long long>(total));
            return true;
        });
        std::fprintf(stderr, "\n");
        if (!generated) {
            std::fprintf(stderr, "%s\n", qPrintable(generated.error().message));
            return 1;
        }
        totals = *generated;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const QString db = path + QStringLiteral(".tianye/project.db");
    report(bench, QStringLiteral("interviews"), double(totals.interviews), QStringLiteral("count"));
    report(bench, QStringLiteral("characters"), double(totals.characters), QStringLiteral("count"));
    report(bench, QStringLiteral("rows"), double(totals.rows()), QStringLiteral("count"));
    report(bench, QStringLiteral("create_seconds"), seconds, QStringLiteral("s"));
    report(bench, QStringLiteral("create_rows_per_second"), double(totals.rows()) / seconds,
           QStringLiteral("rows/s"));
    report(bench, QStringLiteral("create_characters_per_second"), double(totals.characters) / seconds,
           QStringLiteral("chars/s"));
    report(bench, QStringLiteral("database_size"), double(QFileInfo(db).size()) / (1024.0 * 1024.0),
           QStringLiteral("MiB"));
    report(bench, QStringLiteral("create_peak_rss"), peakRssMiB(), QStringLiteral("MiB"));

    // Reopen: lock, header check, quick_check, connection settings, then the first
    // query the main window makes (cities with their counts).
    timer.restart();
    auto project = Project::open(path + QStringLiteral(".tianye"));
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(project.error().message));
        return 1;
    }
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    auto cities = (*project)->cities().list();
    const double firstQueryMs = double(timer.nsecsElapsed()) / 1e6;
    auto stats = (*project)->cities().stats();
    const double statsMs = double(timer.nsecsElapsed()) / 1e6 - firstQueryMs;
    timer.restart();
    auto log = (*project)->interviews().summaries(cities->front().id);
    const double logMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    auto characters = cityFacts((*project)->db());
    const double charactersMs = double(timer.nsecsElapsed()) / 1e6;
    if (!cities || !stats || !log || !characters)
        return 1;
    report(bench, QStringLiteral("open_ms"), openMs, QStringLiteral("ms"));
    report(bench, QStringLiteral("open_to_first_query_ms"), firstQueryMs, QStringLiteral("ms"));
    report(bench, QStringLiteral("city_counts_ms"), statsMs, QStringLiteral("ms"));
    report(bench, QStringLiteral("interview_log_one_city_ms"), logMs, QStringLiteral("ms"));
    report(bench, QStringLiteral("interview_log_rows"), double(log->size()), QStringLiteral("count"));
    report(bench, QStringLiteral("city_facts_report_ms"), charactersMs, QStringLiteral("ms"));
    return 0;
}

} // namespace tianye::bench
