// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "WindowBench.h"

#include "BenchOutput.h"
#include "app/ProjectSession.h"
#include "demo/CorpusGenerator.h"
#include "demo/Random.h"
#include "interviews/InterviewLog.h"
#include "main/MainWindow.h"
#include "search/ConcordanceModel.h"
#include "search/SearchView.h"
#include "store/Project.h"
#include "store/SqlValue.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTemporaryDir>

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace tianye::bench {

namespace {

// Runs the event loop until done() holds or the time runs out; false then.
bool waitFor(const std::function<bool()>& done, int timeoutMs = 120'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    }
    return true;
}

// Two-character words from random places of the transcripts.
QStringList sampleWords(const QString& folder, int count)
{
    QStringList out;
    auto project = Project::openForReading(folder);
    if (!project)
        return out;
    SQLite::Database& db = (*project)->db().sql();
    const qint64 maxId = db.execAndGet("SELECT max(id) FROM segments").getInt64();
    SQLite::Statement st(db, "SELECT text FROM segments WHERE id = ?");
    demo::Random rng(5);
    for (int attempts = 0; out.size() < count && attempts < count * 100; ++attempts) {
        st.reset();
        st.bind(1, static_cast<int64_t>(1 + rng.below(std::uint64_t(std::max<qint64>(maxId, 1)))));
        if (!st.executeStep())
            continue;
        const QList<uint> text = sql::text(st.getColumn(0)).toUcs4();
        if (text.size() < 3)
            continue;
        const qsizetype at = qsizetype(rng.below(std::uint64_t(text.size() - 2)));
        const bool cjk =
            text[at] >= 0x4E00 && text[at] <= 0x9FFF && text[at + 1] >= 0x4E00 && text[at + 1] <= 0x9FFF;
        if (cjk)
            out << QString::fromUcs4(reinterpret_cast<const char32_t*>(text.constData()) + at, 2);
    }
    return out;
}

} // namespace

int runWindow(const QStringList& args)
{
    const QString bench = QStringLiteral("window");
    const QString existing = option(args, QStringLiteral("--project"), QString());
    const int interviews = option(args, QStringLiteral("--interviews"), QStringLiteral("500")).toInt();
    const int chars = option(args, QStringLiteral("--chars"), QStringLiteral("20000")).toInt();
    const int queries = option(args, QStringLiteral("--queries"), QStringLiteral("50")).toInt();
    const QString base = option(args, QStringLiteral("--dir"), QDir::tempPath());
    QTemporaryDir dir(QDir(base).filePath(QStringLiteral("tianye-bench-XXXXXX")));
    QCoreApplication::setApplicationName(QStringLiteral("Tianye-bench"));
    QString folder = existing;
    if (folder.isEmpty()) {
        if (!dir.isValid() || interviews < 10)
            return failure(QStringLiteral("needs --interviews >= 10 and a writable --dir"));
        auto created = Project::create(dir.filePath(QStringLiteral("window")));
        if (!created)
            return failure(created.error().message);
        demo::CorpusGenerator::Options options;
        options.cities = 10;
        options.interviewsPerCity = std::max(1, interviews / options.cities);
        options.charsPerInterview = chars;
        options.quotes = interviews * 3;
        options.seed = 7;
        auto generated = demo::CorpusGenerator::generate(**created, options);
        if (!generated)
            return failure(generated.error().message);
        folder = (*created)->folder();
    }
    const QStringList words = sampleWords(folder, queries);

    ui::ProjectSession session;
    ui::MainWindow window(&session);
    window.resize(1400, 900);
    window.show();
    bool checked = false;
    double checkedAt = 0;
    QElapsedTimer timer;
    QObject::connect(&session, &ui::ProjectSession::checked, [&] {
        checked = true;
        checkedAt = double(timer.nsecsElapsed()) / 1e6;
    });
    timer.start();
    if (auto ok = session.open(folder); !ok)
        return failure(ok.error().message);
    auto* log = window.findChild<ui::InterviewLog*>();
    if (!log || !waitFor([&] { return log->shown() > 0; }))
        return failure(QStringLiteral("the interview log did not fill"));
    window.repaint(); // painted, and then typing is taken
    const double painted = double(timer.nsecsElapsed()) / 1e6;
    report(bench, QStringLiteral("open_to_log_painted_ms"), painted, QStringLiteral("ms"));
    report(bench, QStringLiteral("interviews_in_log"), log->total(), QStringLiteral("count"));
    if (!waitFor([&] { return checked; }))
        return failure(QStringLiteral("the page check after opening did not finish"));
    // The page check finished this long after opening (the window was usable meanwhile).
    report(bench, QStringLiteral("open_to_page_check_done_ms"), checkedAt, QStringLiteral("ms"));

    // Search as you type: from the query to its results on screen (the pause the view
    // waits for typing to settle, 150 ms, left out).
    window.showSearch();
    ui::SearchView* view = window.searchView();
    bool shown = false;
    QObject::connect(view, &ui::SearchView::resultsShown, [&] { shown = true; });
    std::vector<double> latency;
    for (const QString& word : words) {
        shown = false;
        timer.restart();
        view->search(word);
        if (!waitFor([&] { return shown && !view->busy(); }))
            return failure(QStringLiteral("no results for ") + word);
        latency.push_back(msSince(timer));
    }
    report(bench, QStringLiteral("search_view_queries"), double(latency.size()), QStringLiteral("count"));
    report(bench, QStringLiteral("search_view_median_ms"), percentile(latency, 0.5), QStringLiteral("ms"));
    report(bench, QStringLiteral("search_view_p95_ms"), percentile(latency, 0.95), QStringLiteral("ms"));

    // The most frequent character: its result count, and memory with its concordance.
    QString busiest;
    qint64 most = -1;
    for (const QString& c : {QStringLiteral("的"), QStringLiteral("是"), QStringLiteral("我"),
                             QStringLiteral("了"), QStringLiteral("一"), QStringLiteral("不")}) {
        shown = false;
        view->search(c);
        if (!waitFor([&] { return shown && !view->busy(); }))
            return failure(QStringLiteral("no results for ") + c);
        if (view->totalSegments() > most) {
            most = view->totalSegments();
            busiest = c;
        }
    }
    shown = false;
    timer.restart();
    view->search(busiest);
    view->pages()->setCurrentIndex(1);
    if (!waitFor([&] { return !view->busy() && view->concordance()->rowCount() > 0; }))
        return failure(QStringLiteral("no concordance for ") + busiest);
    report(bench, QStringLiteral("busiest_character_segments"), double(most), QStringLiteral("count"));
    report(bench, QStringLiteral("busiest_character_concordance_segments"),
           double(view->concordance()->concordance().segments), QStringLiteral("count"));
    report(bench, QStringLiteral("busiest_character_concordance_lines"), view->concordance()->rowCount(),
           QStringLiteral("count"));
    report(bench, QStringLiteral("busiest_character_results_and_concordance_ms"), msSince(timer),
           QStringLiteral("ms"));
    report(bench, QStringLiteral("peak_rss"), peakRssMiB(), QStringLiteral("MiB"));
    session.close();
    return 0;
}

} // namespace tianye::bench
