// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "SyncBench.h"

#include "BenchOutput.h"
#include "demo/CorpusGenerator.h"
#include "ops/Interviews.h"
#include "ops/Quotes.h"
#include "ops/Reader.h"
#include "ops/Session.h"
#include "ops/Team.h"
#include "ops/Transcripts.h"
#include "store/Project.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

namespace tianye::bench {

namespace {

struct Copy
{
    std::unique_ptr<Project> project;
    std::unique_ptr<ops::Session> session;
};

Result<Copy> open(const QString& folder)
{
    auto opened = Project::open(folder);
    if (!opened)
        return std::unexpected(opened.error());
    Copy copy{std::move(*opened), nullptr};
    copy.session = std::make_unique<ops::Session>(*copy.project);
    return copy;
}

// A day of one researcher's work, through the verbs as the window does it: interviews
// logged, transcripts imported, quotes made. Returns the UTF-8 bytes of text typed or
// brought in (what an exchange file must carry at the least).
Result<qint64> dayOfWork(Copy& copy, quint64 seed, int interviews, int transcripts, int transcriptChars,
                         int quotes)
{
    ops::Reader read(*copy.project);
    const auto cities = read.cities();
    if (!cities || cities->empty())
        return std::unexpected(Error{Error::Code::Internal, QStringLiteral("no cities")});
    QRandomGenerator random{quint32(seed)};
    qint64 text = 0;
    std::vector<RowId> logged;
    for (int i = 0; i < interviews; ++i) {
        Interview iv;
        iv.cityId = cities->at(size_t(i) % cities->size()).id;
        iv.startedAt = QStringLiteral("2026-08-%1T10:00").arg(1 + i % 28, 2, 10, QLatin1Char('0'));
        iv.place = QStringLiteral("老城区茶馆 %1").arg(i);
        const QString code = QStringLiteral("D%1-%2").arg(seed).arg(i, 3, 10, QLatin1Char('0'));
        auto id = ops::logInterview(*copy.session, iv, {{code, QStringLiteral("面馆老板"), {}}}, {});
        if (!id)
            return std::unexpected(id.error());
        text += iv.place.toUtf8().size() + code.toUtf8().size();
        logged.push_back(*id);
    }
    for (int t = 0; t < transcripts && t < int(logged.size()); ++t) {
        std::vector<Segment> segments;
        const QString body = demo::CorpusGenerator::sampleText(seed * 100 + quint64(t), transcriptChars);
        for (qsizetype at = 0; at < body.size(); at += 200) {
            Segment s;
            s.text = body.mid(at, 200);
            s.speaker = (at / 200) % 2 ? QStringLiteral("受访者") : QStringLiteral("访谈员");
            s.startMs = at * 100;
            s.endMs = (at + 200) * 100;
            text += s.text.toUtf8().size() + s.speaker.toUtf8().size();
            segments.push_back(std::move(s));
        }
        if (auto ok = ops::importTranscript(*copy.session, logged[size_t(t)], segments,
                                            QStringLiteral("day-%1.txt").arg(t));
            !ok)
            return std::unexpected(ok.error());
    }
    for (int q = 0; q < quotes; ++q) {
        const RowId interview = logged[size_t(q % std::max(1, std::min(transcripts, int(logged.size()))))];
        const auto segments = read.segments(interview);
        if (!segments || segments->empty())
            return std::unexpected(Error{Error::Code::Internal, QStringLiteral("no transcript to quote")});
        const Segment& s = segments->at(size_t(random.bounded(int(segments->size()))));
        const QList<uint> points = s.text.toUcs4(); // quotes are placed in code points
        if (points.size() < 2)
            continue;
        Quote quote;
        quote.interviewId = interview;
        quote.startSegmentId = quote.endSegmentId = s.id;
        quote.startOffset = random.bounded(int(points.size()) / 2);
        quote.endOffset = std::min<qsizetype>(quote.startOffset + 20, points.size());
        if (auto made = ops::makeQuote(*copy.session, quote); !made)
            return std::unexpected(made.error());
        for (qsizetype c = quote.startOffset; c < quote.endOffset; ++c)
            text += points[c] < 0x80 ? 1 : points[c] < 0x800 ? 2 : points[c] < 0x10000 ? 3 : 4; // UTF-8
    }
    return text;
}

// Small edits, each a step of its own: the place of a random interview.
Status smallEdits(Copy& copy, quint64 seed, int count)
{
    const auto interviews = ops::Reader(*copy.project).interviews();
    if (!interviews || interviews->empty())
        return fail(Error::Code::Internal, QStringLiteral("no interviews"));
    QRandomGenerator random{quint32(seed)};
    for (int i = 0; i < count; ++i) {
        const RowId id = interviews->at(size_t(random.bounded(int(interviews->size())))).id;
        if (auto ok = ops::setInterviewField(*copy.session, id, InterviewField::Place,
                                             QStringLiteral("地点 %1-%2").arg(seed).arg(i));
            !ok)
            return ok;
    }
    return {};
}

} // namespace

int runSync(const QStringList& args)
{
    const int interviews = option(args, QStringLiteral("--interviews"), QStringLiteral("300")).toInt();
    const int chars = option(args, QStringLiteral("--chars"), QStringLiteral("1000")).toInt();
    const int dayInterviews = option(args, QStringLiteral("--day-interviews"), QStringLiteral("20")).toInt();
    const int dayTranscripts = option(args, QStringLiteral("--day-transcripts"), QStringLiteral("5")).toInt();
    const int dayChars = option(args, QStringLiteral("--day-chars"), QStringLiteral("3000")).toInt();
    const int dayQuotes = option(args, QStringLiteral("--day-quotes"), QStringLiteral("200")).toInt();
    const int edits = option(args, QStringLiteral("--edits"), QStringLiteral("10000")).toInt();
    const QString base = option(args, QStringLiteral("--dir"), QDir::tempPath());
    QTemporaryDir dir(QDir(base).filePath(QStringLiteral("tianye-bench-XXXXXX")));
    if (!dir.isValid() || interviews < 3 || dayInterviews < 1 || dayTranscripts < 1)
        return failure(QStringLiteral("tianye-bench sync: needs --interviews >= 3, a day of at least one "
                                      "interview and one transcript, and a writable --dir"));
    const QString bench = QStringLiteral("sync");

    // Two copies of a 3-city project.
    QString folderA, folderB;
    {
        auto created = Project::create(dir.filePath(QStringLiteral("a")));
        if (!created)
            return failure(created.error().message);
        demo::CorpusGenerator::Options options;
        options.cities = 3;
        options.interviewsPerCity = interviews / 3;
        options.charsPerInterview = chars;
        options.quotes = interviews * 3;
        options.seed = 11;
        auto generated = demo::CorpusGenerator::generate(**created, options);
        if (!generated)
            return failure(generated.error().message);
        report(bench, QStringLiteral("interviews"), double(generated->interviews), QStringLiteral("count"));
        report(bench, QStringLiteral("characters"), double(generated->characters), QStringLiteral("count"));
        ops::Session session(**created);
        auto cloned =
            ops::copyForColleague(session, dir.filePath(QStringLiteral("b")), QStringLiteral("王芳"), true);
        if (!cloned)
            return failure(cloned.error().message);
        folderA = (*created)->folder();
        folderB = cloned->folder;
    }
    auto a = open(folderA);
    auto b = open(folderB);
    if (!a || !b)
        return failure(a ? b.error().message : a.error().message);

    // A day of work on each.
    QElapsedTimer timer;
    timer.start();
    auto typedA = dayOfWork(*a, 1, dayInterviews, dayTranscripts, dayChars, dayQuotes);
    auto typedB = dayOfWork(*b, 2, dayInterviews, dayTranscripts, dayChars, dayQuotes);
    if (!typedA || !typedB)
        return failure(typedA ? typedB.error().message : typedA.error().message);
    report(bench, QStringLiteral("day_of_work_both_copies"), msSince(timer), QStringLiteral("ms"));
    report(bench, QStringLiteral("day_text"), double(*typedA), QStringLiteral("bytes"));

    // The exchange file A writes for B carries A's day.
    const QString file = dir.filePath(QStringLiteral("a-day.tianye-exchange"));
    auto written = ops::writeExchangeFile(*a->session, file);
    if (!written)
        return failure(written.error().message);
    report(bench, QStringLiteral("exchange_write"), msSince(timer), QStringLiteral("ms"));
    report(bench, QStringLiteral("exchange_steps"), written->steps, QStringLiteral("count"));
    report(bench, QStringLiteral("exchange_bytes"), double(written->bytes), QStringLiteral("bytes"));
    report(bench, QStringLiteral("exchange_to_day_text"), double(written->bytes) / double(*typedA),
           QStringLiteral("ratio"));

    timer.restart();
    auto synced = ops::syncWith(*a->session, *b->session);
    if (!synced)
        return failure(synced.error().message);
    report(bench, QStringLiteral("day_sync_both_ways"), msSince(timer), QStringLiteral("ms"));
    report(bench, QStringLiteral("day_sync_steps"), synced->received + synced->sent, QStringLiteral("count"));

    // Many small edits on each side.
    if (edits > 0) {
        timer.restart();
        if (auto ok = smallEdits(*a, 3, edits); !ok)
            return failure(ok.error().message);
        if (auto ok = smallEdits(*b, 4, edits); !ok)
            return failure(ok.error().message);
        report(bench, QStringLiteral("small_edits_made_both_copies"), msSince(timer), QStringLiteral("ms"));
        const double before = peakRssMiB();
        timer.restart();
        auto again = ops::syncWith(*a->session, *b->session);
        if (!again)
            return failure(again.error().message);
        report(bench, QStringLiteral("edits_sync_both_ways"), msSince(timer), QStringLiteral("ms"));
        report(bench, QStringLiteral("edits_sync_steps"), again->received + again->sent,
               QStringLiteral("count"));
        report(bench, QStringLiteral("edits_sync_conflicts"), again->conflicts, QStringLiteral("count"));
        report(bench, QStringLiteral("peak_rss_before_edits_sync"), before, QStringLiteral("MiB"));
    }
    report(bench, QStringLiteral("peak_rss"), peakRssMiB(), QStringLiteral("MiB"));
    return 0;
}

} // namespace tianye::bench
