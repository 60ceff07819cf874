// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "WordsBench.h"

#include "BenchOutput.h"
#include "demo/CorpusGenerator.h"
#include "ops/Session.h"
#include "ops/Words.h"
#include "store/CityRepository.h"
#include "store/Project.h"
#include "store/TranscriptRepository.h"
#include "text/TextNormalizer.h"
#include "words/Lexicon.h"
#include "words/Segmenter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

namespace tianye::bench {

namespace {

using Span = QPair<int, int>;

struct Scores
{
    double wordPrecision = 0, wordRecall = 0, boundaryPrecision = 0, boundaryRecall = 0;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// Word spans (of letters, digits, Han) and the boundaries inside runs of them.
Scores score(const QList<Span>& gold, const QList<Span>& found, const QString& text)
{
    const QSet<Span> g(gold.begin(), gold.end()), f(found.begin(), found.end());
    const auto boundaries = [&](const QList<Span>& spans) {
        QSet<int> out;
        for (const Span& s : spans)
            for (const int at : {s.first, s.second})
                if (at > 0 && at < text.size() && isWordChar(text[at - 1]) && isWordChar(text[at]))
                    out.insert(at);
        return out;
    };
    const QSet<int> gb = boundaries(gold), fb = boundaries(found);
    Scores s;
    s.wordPrecision = f.isEmpty() ? 0 : double((f & g).size()) / f.size();
    s.wordRecall = g.isEmpty() ? 0 : double((f & g).size()) / g.size();
    s.boundaryPrecision = fb.isEmpty() ? 0 : double((fb & gb).size()) / fb.size();
    s.boundaryRecall = gb.isEmpty() ? 0 : double((fb & gb).size()) / gb.size();
    return s;
}

int segmentation(const QString& bench, const QString& goldPath)
{
    QFile file(goldPath);
    if (!file.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("%1: %2").arg(goldPath, file.errorString()));
    QString text;
    QList<Span> gold;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList tokens = line.split(u' ', Qt::SkipEmptyParts).mid(2); // label and colon
        for (const QString& t : tokens) {
            const int start = int(text.size());
            text += t;
            if (std::any_of(t.begin(), t.end(), isWordChar))
                gold.append({start, int(text.size())});
        }
        text += u'\n';
    }
    auto lexicon = words::Lexicon::shared();
    if (!lexicon)
        return failure(lexicon.error().message);
    words::Segmenter segmenter(*lexicon);
    std::vector<text::NormalizedChar> chars;
    text::TextNormalizer::fromString(text, chars);
    QList<Span> ours;
    segmenter.segment(chars, [&](const words::Term& t) {
        ours.append({int(t.sourceStart), int(t.sourceEnd)});
    });

    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> icu(
        icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
    if (U_FAILURE(status))
        return failure(QStringLiteral("ICU word break: %1").arg(QString::fromLatin1(u_errorName(status))));
    const icu::UnicodeString u(reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()));
    icu->setText(u);
    QList<Span> theirs;
    for (int32_t start = icu->first(), end = icu->next(); end != icu::BreakIterator::DONE;
         start = end, end = icu->next())
        if (icu->getRuleStatus() != UBRK_WORD_NONE)
            theirs.append({start, end});

    int han = 0;
    for (const QChar c : text)
        han += text::TextNormalizer::classify(c.unicode()) == text::CharClass::Cjk;
    report(bench, QStringLiteral("sample_han_characters"), han, QStringLiteral("chars"));
    report(bench, QStringLiteral("sample_gold_words"), gold.size(), QStringLiteral("words"));
    for (const auto& [name, spans] :
         {std::pair{QStringLiteral("tianye"), ours}, std::pair{QStringLiteral("icu"), theirs}}) {
        const Scores s = score(gold, spans, text);
        report(bench, name + QStringLiteral("_word_precision"), s.wordPrecision * 100, QStringLiteral("%"));
        report(bench, name + QStringLiteral("_word_recall"), s.wordRecall * 100, QStringLiteral("%"));
        report(bench, name + QStringLiteral("_boundary_precision"), s.boundaryPrecision * 100,
               QStringLiteral("%"));
        report(bench, name + QStringLiteral("_boundary_recall"), s.boundaryRecall * 100, QStringLiteral("%"));
    }
    return 0;
}

} // namespace

int runWords(const QStringList& args)
{
    const QString bench = QStringLiteral("words");
    const int cities = option(args, QStringLiteral("--cities"), QStringLiteral("3")).toInt();
    const int perCity = option(args, QStringLiteral("--interviews-per-city"), QStringLiteral("100")).toInt();
    const int chars = option(args, QStringLiteral("--chars"), QStringLiteral("1000")).toInt();
    const QString existing = option(args, QStringLiteral("--project"), QString());
    const QString gold =
        option(args, QStringLiteral("--gold"),
               QStringLiteral(TIANYE_SOURCE_DIR "/tests/data/words/segmentation-sample.txt"));
    const QString base = option(args, QStringLiteral("--dir"), QDir::tempPath());

    QTemporaryDir dir(QDir(base).filePath(QStringLiteral("tianye-bench-XXXXXX")));
    QString folder = existing;
    const QStringList planted{QStringLiteral("晕碳"), QStringLiteral("活得真"), QStringLiteral("贼拉得劲")};
    if (folder.isEmpty()) {
        demo::CorpusGenerator::Options options;
        options.cities = cities;
        options.interviewsPerCity = perCity;
        options.charsPerInterview = chars;
        options.quotes = 0;
        options.seed = 2026;
        for (int c = 0; c < std::min<int>(cities, int(planted.size())); ++c)
            options.planted.push_back({c, planted[c], 33, 3});
        auto project = Project::create(dir.filePath(QStringLiteral("words")));
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
        report(bench, QStringLiteral("corpus_characters"), double(totals->characters),
               QStringLiteral("chars"));
        report(bench, QStringLiteral("corpus_interviews"), double(totals->interviews),
               QStringLiteral("interviews"));
        folder = (*project)->folder();
    }
    auto opened = Project::openForReading(folder);
    if (!opened)
        return failure(opened.error().message);
    Project& project = **opened;
    auto cityList = project.cities().list();
    if (!cityList || cityList->empty())
        return failure(QStringLiteral("no cities"));

    QElapsedTimer timer;
    timer.start();
    QElapsedTimer total;
    total.start();
    auto lexicon = words::Lexicon::shared();
    if (!lexicon)
        return failure(lexicon.error().message);
    report(bench, QStringLiteral("word_list_read_ms"), msSince(timer), QStringLiteral("ms"));
    qint64 lastShown = 0;
    auto index = ops::WordIndex::build(project, [&](qint64 done, qint64 all) {
        if (done - lastShown >= 100 || done == all) {
            std::fprintf(stderr, "\rcounting %lld / %lld", static_cast<long long>(done),
                         static_cast<long long>(all));
            lastShown = done;
        }
        return true;
    });
    std::fprintf(stderr, "\n");
    if (!index)
        return failure(index.error().message);
    report(bench, QStringLiteral("count_ms"), msSince(timer), QStringLiteral("ms"));
    report(bench, QStringLiteral("expressions_found"), double((*index)->expressions().size()),
           QStringLiteral("terms"));
    auto stops = ops::stopListOf(project);
    if (!stops)
        return failure(stops.error().message);
    ops::WordsComparison first;
    first.cityId = cityList->front().id;
    auto report0 = (*index)->compare(first, *stops);
    if (!report0)
        return failure(report0.error().message);
    report(bench, QStringLiteral("compare_ms"), msSince(timer), QStringLiteral("ms"));
    report(bench, QStringLiteral("first_city_cold_ms"), double(total.nsecsElapsed()) / 1e6,
           QStringLiteral("ms"));
    std::vector<double> cached;
    for (int i = 0; i < 20; ++i) {
        timer.restart();
        auto again = (*index)->compare(first, *stops);
        cached.push_back(msSince(timer));
    }
    report(bench, QStringLiteral("cached_compare_median_ms"), percentile(cached, 0.5), QStringLiteral("ms"));
    report(bench, QStringLiteral("peak_rss_mib"), peakRssMiB(), QStringLiteral("MiB"));

    // Where each planted expression ranks in its city, and whether another city lists it
    // in its top 50.
    int inOthers = 0;
    for (std::size_t c = 0; c < cityList->size(); ++c) {
        ops::WordsComparison comparison;
        comparison.cityId = (*cityList)[c].id;
        comparison.top = 50;
        auto r = (*index)->compare(comparison, *stops);
        if (!r)
            return failure(r.error().message);
        for (qsizetype p = 0; p < planted.size(); ++p) {
            qsizetype rank = -1;
            for (qsizetype i = 0; i < r->terms.size(); ++i)
                if (r->terms[i].term == planted[p])
                    rank = i + 1;
            if (qsizetype(c) == p)
                report(bench, QStringLiteral("planted_rank_%1").arg(planted[p]), double(rank),
                       QStringLiteral("rank"));
            else if (rank > 0)
                ++inOthers;
        }
    }
    report(bench, QStringLiteral("planted_in_another_citys_top50"), inOthers, QStringLiteral("count"));

    // One transcript changes (through a writing connection, as the window would).
    {
        auto writer = Project::open(folder, Project::Check::Later);
        if (!writer)
            return failure(writer.error().message);
        auto segs = (*writer)->transcripts().segments(1);
        if (!segs || segs->empty())
            return failure(QStringLiteral("no transcript to edit"));
        ops::Session session(**writer);
        auto ok = session.run(QStringLiteral("bench edit"), [&](const WriteScope& w) {
            orThrow((*writer)->transcripts().setText(w, segs->back().id,
                                                     segs->back().text + QStringLiteral("城墙下晒太阳。")));
        });
        if (!ok)
            return failure(ok.error().message);
    }
    timer.restart();
    auto reread = (*index)->update(project);
    if (!reread)
        return failure(reread.error().message);
    auto after = (*index)->compare(first, *stops);
    report(bench, QStringLiteral("update_after_one_edit_ms"), msSince(timer), QStringLiteral("ms"));
    report(bench, QStringLiteral("update_interviews_read"), double(*reread), QStringLiteral("interviews"));
    report(bench, QStringLiteral("peak_rss_mib_end"), peakRssMiB(), QStringLiteral("MiB"));
    return segmentation(bench, gold);
}

} // namespace tianye::bench
