// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "SearchBench.h"

#include "BenchOutput.h"
#include "demo/CorpusGenerator.h"
#include "demo/Random.h"
#include "search/SearchEngine.h"
#include "store/Project.h"
#include "store/SqlValue.h"
#include "text/TextNormalizer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace tianye::bench {

namespace {

// Queries drawn from random positions of the corpus: frequent words come up as often
// as they occur, so this is the hard case for ranking.
std::vector<QString> sampleCjk(SQLite::Database& db, demo::Random& rng, int length, int count, qint64 maxId)
{
    std::vector<QString> out;
    SQLite::Statement st(db, "SELECT text FROM segments WHERE id = ?");
    int attempts = 0;
    while (int(out.size()) < count && attempts++ < count * 200) {
        st.reset();
        st.bind(1, static_cast<int64_t>(1 + rng.below(std::uint64_t(maxId))));
        if (!st.executeStep())
            continue;
        const std::u32string text = text::TextNormalizer::normalized(sql::text(st.getColumn(0)));
        if (text.size() < size_t(length) + 1)
            continue;
        const size_t at = rng.below(text.size() - size_t(length));
        const std::u32string q = text.substr(at, size_t(length));
        if (std::all_of(q.begin(), q.end(),
                        [](char32_t c) { return text::TextNormalizer::classify(c) == text::CharClass::Cjk; }))
            out.push_back(QString::fromStdU32String(q));
    }
    return out;
}

} // namespace

int runSearch(const QStringList& args)
{
    const QString bench = QStringLiteral("search");
    const int interviews = option(args, QStringLiteral("--interviews"), QStringLiteral("10000")).toInt();
    const int chars = option(args, QStringLiteral("--chars"), QStringLiteral("20000")).toInt();
    const int queriesPerKind = option(args, QStringLiteral("--queries"), QStringLiteral("200")).toInt();
    const int likeQueries = option(args, QStringLiteral("--like-queries"), QStringLiteral("10")).toInt();
    const QString existing = option(args, QStringLiteral("--project"), QString());
    const QString base = option(args, QStringLiteral("--dir"), QDir::tempPath());
    QTemporaryDir dir(QDir(base).filePath(QStringLiteral("tianye-bench-XXXXXX")));
    QString folder = existing;
    if (folder.isEmpty()) {
        demo::CorpusGenerator::Options options;
        options.cities = 10;
        options.interviewsPerCity = std::max(1, interviews / options.cities);
        options.charsPerInterview = chars;
        options.quotes = interviews * 5;
        options.seed = 2026;
        auto project = Project::create(dir.filePath(QStringLiteral("search")));
        if (!project) {
            std::fprintf(stderr, "%s\n", qPrintable(project.error().message));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        auto totals = demo::CorpusGenerator::generate(**project, options, [](qint64 done, qint64 total) {
            std::fprintf(stderr, "\r%lld / %lld interviews", static_cast<long long>(done),
                         static_cast<long long>(total));
            return true;
        });
        std::fprintf(stderr, "\n");
        if (!totals)
            return 1;
        report(bench, QStringLiteral("generate_with_index_seconds"), double(timer.nsecsElapsed()) / 1e9,
               QStringLiteral("s"));
        folder = (*project)->folder();
    }
    auto opened = Project::open(folder);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Project& project = **opened;
    auto& db = project.db().sql();

    // Index build: re-tokenize every transcript segment, then rank the frequent
    // words ahead (--reuse-index keeps an index already built).
    if (!args.contains(QStringLiteral("--reuse-index"))) {
        QElapsedTimer timer;
        timer.start();
        db.exec("INSERT INTO fts_segments(fts_segments) VALUES ('rebuild')");
        report(bench, QStringLiteral("index_build_seconds"), double(timer.nsecsElapsed()) / 1e9,
               QStringLiteral("s"));
    }
    {
        QElapsedTimer timer;
        timer.start();
        auto prepared = search::SearchEngine(project).prepareFrequentQueries();
        if (!prepared) {
            std::fprintf(stderr, "%s\n", qPrintable(prepared.error().message));
            return 1;
        }
        report(bench, QStringLiteral("prepare_frequent_queries_seconds"), double(timer.nsecsElapsed()) / 1e9,
               QStringLiteral("s"));
        report(bench, QStringLiteral("prepared_queries"), double(*prepared), QStringLiteral("count"));
    }
    const double rawBytes =
        double(db.execAndGet("SELECT sum(length(CAST(text AS BLOB))) FROM segments").getInt64());
    const double rawChars = double(db.execAndGet("SELECT sum(length(text)) FROM segments").getInt64());
    const double indexBytes =
        double(db.execAndGet("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'fts_segments%'").getInt64());
    const double segments = double(db.execAndGet("SELECT count(*) FROM segments").getInt64());
    report(bench, QStringLiteral("segments"), segments, QStringLiteral("count"));
    report(bench, QStringLiteral("raw_text_characters"), rawChars, QStringLiteral("count"));
    report(bench, QStringLiteral("raw_text_size"), rawBytes / 1048576.0, QStringLiteral("MiB"));
    report(bench, QStringLiteral("index_size"), indexBytes / 1048576.0, QStringLiteral("MiB"));
    report(bench, QStringLiteral("index_to_raw_ratio"), indexBytes / rawBytes, QStringLiteral("x"));
    report(
        bench, QStringLiteral("database_size"),
        double(db.execAndGet("PRAGMA page_count").getInt64() * db.execAndGet("PRAGMA page_size").getInt64()) /
            1048576.0,
        QStringLiteral("MiB"));

    demo::Random rng(99);
    const qint64 maxId = db.execAndGet("SELECT max(id) FROM segments").getInt64();
    struct Kind
    {
        QString name;
        std::vector<QString> queries;
    };
    std::vector<Kind> kinds;
    for (int length = 1; length <= 4; ++length)
        kinds.push_back(
            {QStringLiteral("cjk%1").arg(length), sampleCjk(db, rng, length, queriesPerKind, maxId)});
    {
        const QStringList english{QStringLiteral("KOL"),   QStringLiteral("Kuaishou"),
                                  QStringLiteral("vlog"),  QStringLiteral("remote"),
                                  QStringLiteral("brand"), QStringLiteral("KPI"),
                                  QStringLiteral("app"),   QStringLiteral("Wi-Fi"),
                                  QStringLiteral("OK"),    QStringLiteral("café")};
        Kind k{QStringLiteral("english"), {}};
        for (int i = 0; i < queriesPerKind; ++i)
            k.queries.push_back(english[i % english.size()]);
        kinds.push_back(k);
    }

    search::SearchEngine engine(project);
    QString busiestPair;     // the two-character query whose segments are nearest 50,000
    double busiestHits = -1; // its distance from 50,000
    for (const Kind& kind : kinds) {
        std::vector<double> ms;
        std::vector<double> hits;
        for (const QString& q : kind.queries) {
            QElapsedTimer timer;
            timer.start();
            auto results = engine.search(search::SearchQuery::parse(q), 0, 50);
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            // A query that fails is a fault, not a fast search with no hits.
            if (!results)
                return failure(QStringLiteral("query \"%1\" failed: %2").arg(q, results.error().message));
            hits.push_back(double(results->totalSegments));
            // The case: a word of about 50,000 hits (segments here, at least as many hits).
            const double distance = std::abs(double(results->totalSegments) - 50'000);
            if (kind.name == QLatin1String("cjk2") && (busiestHits < 0 || distance < busiestHits)) {
                busiestHits = distance;
                busiestPair = q;
            }
        }
        report(bench, kind.name + QStringLiteral("_queries"), double(ms.size()), QStringLiteral("count"));
        report(bench, kind.name + QStringLiteral("_median_ms"), percentile(ms, 0.5), QStringLiteral("ms"));
        report(bench, kind.name + QStringLiteral("_p95_ms"), percentile(ms, 0.95), QStringLiteral("ms"));
        report(bench, kind.name + QStringLiteral("_median_matching_segments"), percentile(hits, 0.5),
               QStringLiteral("count"));

        // The same queries as LIKE '%q%' over the same rows (fewer: each scans everything).
        std::vector<double> likeMs;
        std::vector<double> ftsMs;
        SQLite::Statement like(db, "SELECT id, text FROM segments WHERE text LIKE ? LIMIT 50");
        SQLite::Statement likeCount(db, "SELECT count(*) FROM segments WHERE text LIKE ?");
        for (int i = 0; i < std::min<int>(likeQueries, int(kind.queries.size())); ++i) {
            const QString pattern = QLatin1Char('%') + kind.queries[size_t(i)] + QLatin1Char('%');
            QElapsedTimer timer;
            timer.start();
            likeCount.reset();
            sql::bind(likeCount, 1, pattern);
            likeCount.executeStep();
            like.reset();
            sql::bind(like, 1, pattern);
            while (like.executeStep()) {
            }
            likeMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            ftsMs.push_back(ms[size_t(i)]);
        }
        report(bench, kind.name + QStringLiteral("_like_median_ms"), percentile(likeMs, 0.5),
               QStringLiteral("ms"));
        report(bench, kind.name + QStringLiteral("_like_to_fts_ratio"),
               percentile(likeMs, 0.5) / std::max(0.001, percentile(ftsMs, 0.5)), QStringLiteral("x"));
    }
    // Keyword in context of a two-character word in about 50,000 segments: every hit,
    // sorted by the words after it (the Search view's Right context header).
    if (!busiestPair.isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        auto lines = engine.concordance(search::SearchQuery::parse(busiestPair), 30,
                                        std::numeric_limits<qsizetype>::max());
        if (!lines)
            return failure(
                QStringLiteral("concordance of \"%1\" failed: %2").arg(busiestPair, lines.error().message));
        const double found = double(timer.nsecsElapsed()) / 1e6;
        search::SearchEngine::sort(lines->lines, search::ConcordanceOrder::Right);
        report(bench, QStringLiteral("kwic_segments"), double(lines->segments), QStringLiteral("count"));
        report(bench, QStringLiteral("kwic_lines"), double(lines->lines.size()), QStringLiteral("count"));
        report(bench, QStringLiteral("kwic_found_ms"), found, QStringLiteral("ms"));
        report(bench, QStringLiteral("kwic_sorted_by_right_ms"), double(timer.nsecsElapsed()) / 1e6,
               QStringLiteral("ms"));
        report(bench, QStringLiteral("kwic_peak_rss"), peakRssMiB(), QStringLiteral("MiB"));
    }

    // The whole `tianye-cli search` process, as a script runs it (the project stays open
    // here: the CLI reads beside it), against ripgrep over the same text in one file.
    const int processQueries = std::min<int>(20, int(kinds[1].queries.size()));
    if (processQueries > 0) {
        std::vector<double> cliMs;
        for (int i = 0; i < processQueries; ++i) {
            QProcess cli;
            cli.setStandardOutputFile(QProcess::nullDevice());
            QElapsedTimer timer;
            timer.start();
            cli.start(QStringLiteral(TIANYE_CLI_PATH),
                      {QStringLiteral("search"), project.folder(), kinds[1].queries[size_t(i)]});
            if (!cli.waitForFinished(120'000) || cli.exitCode() != 0)
                return failure(QStringLiteral("tianye-cli search failed: ") +
                               QString::fromLocal8Bit(cli.readAllStandardError()));
            cliMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        report(bench, QStringLiteral("cli_cjk2_median_ms"), percentile(cliMs, 0.5), QStringLiteral("ms"));
        report(bench, QStringLiteral("cli_cjk2_p95_ms"), percentile(cliMs, 0.95), QStringLiteral("ms"));
        const QString rg = QStandardPaths::findExecutable(QStringLiteral("rg"));
        if (rg.isEmpty()) {
            std::fprintf(stderr, "ripgrep (rg) is not installed: no comparison with it\n");
        } else {
            const QString corpus = dir.filePath(QStringLiteral("corpus.txt"));
            QFile out(corpus);
            if (!out.open(QIODevice::WriteOnly))
                return failure(QStringLiteral("cannot write ") + corpus);
            SQLite::Statement all(db, "SELECT text FROM segments ORDER BY id");
            while (all.executeStep()) {
                out.write(all.getColumn(0).getText());
                out.write("\n");
            }
            out.close();
            std::vector<double> rgMs;
            for (int i = 0; i < processQueries; ++i) {
                QProcess grep;
                grep.setStandardOutputFile(QProcess::nullDevice());
                QElapsedTimer timer;
                timer.start();
                // Every matching line counted, as search counts every matching segment.
                grep.start(rg,
                           {QStringLiteral("-c"), QStringLiteral("-F"), kinds[1].queries[size_t(i)], corpus});
                grep.waitForFinished(120'000);
                rgMs.push_back(double(timer.nsecsElapsed()) / 1e6);
            }
            report(bench, QStringLiteral("rg_cjk2_median_ms"), percentile(rgMs, 0.5), QStringLiteral("ms"));
            report(bench, QStringLiteral("rg_cjk2_p95_ms"), percentile(rgMs, 0.95), QStringLiteral("ms"));
            report(bench, QStringLiteral("cli_to_rg_median_ratio"),
                   percentile(cliMs, 0.5) / std::max(0.001, percentile(rgMs, 0.5)), QStringLiteral("x"));
        }
    }
    report(bench, QStringLiteral("peak_rss"), peakRssMiB(), QStringLiteral("MiB"));
    return 0;
}

} // namespace tianye::bench
