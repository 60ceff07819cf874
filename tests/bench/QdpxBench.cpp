// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "QdpxBench.h"

#include "BenchOutput.h"
#include "demo/CorpusGenerator.h"
#include "ops/Qdpx.h"
#include "store/Project.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

namespace tianye::bench {

int runQdpx(const QStringList& args)
{
    const QString bench = QStringLiteral("qdpx");
    const int cities = option(args, QStringLiteral("--cities"), QStringLiteral("10")).toInt();
    const int perCity = option(args, QStringLiteral("--interviews-per-city"), QStringLiteral("1000")).toInt();
    const int chars = option(args, QStringLiteral("--chars"), QStringLiteral("20000")).toInt();
    const int quotes = option(args, QStringLiteral("--quotes"), QStringLiteral("50000")).toInt();
    const QString existing = option(args, QStringLiteral("--project"), QString());
    const QString base = option(args, QStringLiteral("--dir"), QDir::tempPath());
    QTemporaryDir dir(QDir(base).filePath(QStringLiteral("tianye-bench-XXXXXX")));
    if (!dir.isValid())
        return failure(QStringLiteral("cannot create a folder in %1").arg(base));

    QString folder = existing;
    if (folder.isEmpty()) {
        demo::CorpusGenerator::Options options;
        options.cities = cities;
        options.interviewsPerCity = perCity;
        options.charsPerInterview = chars;
        options.quotes = quotes;
        options.seed = 21;
        auto project = Project::create(dir.filePath(QStringLiteral("source")));
        if (!project)
            return failure(project.error().message);
        auto totals = demo::CorpusGenerator::generate(**project, options, [](qint64 done, qint64 total) {
            std::fprintf(stderr, "\r%lld / %lld interviews", static_cast<long long>(done),
                         static_cast<long long>(total));
            return true;
        });
        std::fprintf(stderr, "\n");
        if (!totals)
            return failure(totals.error().message);
        report(bench, QStringLiteral("corpus_interviews"), double(totals->interviews),
               QStringLiteral("interviews"));
        report(bench, QStringLiteral("corpus_characters"), double(totals->characters),
               QStringLiteral("chars"));
        report(bench, QStringLiteral("corpus_quotes"), double(totals->quotes), QStringLiteral("quotes"));
        folder = (*project)->folder();
    }
    report(bench, QStringLiteral("peak_rss_mib_before_export"), peakRssMiB(), QStringLiteral("MiB"));

    const QString file = dir.filePath(QStringLiteral("project.qdpx"));
    QElapsedTimer timer;
    timer.start();
    {
        auto opened = Project::openForReading(folder);
        if (!opened)
            return failure(opened.error().message);
        auto done = ops::exportQdpx(**opened, file);
        if (!done)
            return failure(done.error().message);
        report(bench, QStringLiteral("export_ms"), msSince(timer), QStringLiteral("ms"));
        report(bench, QStringLiteral("export_bytes"), double(done->bytes), QStringLiteral("bytes"));
        report(bench, QStringLiteral("exported_selections"), double(done->selections),
               QStringLiteral("quotes"));
    }
    report(bench, QStringLiteral("peak_rss_mib_after_export"), peakRssMiB(), QStringLiteral("MiB"));

    timer.start();
    auto imported = ops::importQdpx(file, dir.filePath(QStringLiteral("imported")));
    if (!imported)
        return failure(imported.error().message);
    report(bench, QStringLiteral("import_ms"), msSince(timer), QStringLiteral("ms"));
    if (const auto* quotesLine =
            imported->line(QCoreApplication::translate("tianye::ops::Verbs", "Text selections")))
        report(bench, QStringLiteral("imported_selections"), double(quotesLine->imported),
               QStringLiteral("quotes"));
    report(bench, QStringLiteral("peak_rss_mib_after_import"), peakRssMiB(), QStringLiteral("MiB"));
    return 0;
}

} // namespace tianye::bench
