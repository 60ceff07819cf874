// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "ImportBench.h"

#include "BenchOutput.h"
#include "demo/CorpusGenerator.h"
#include "formats/Codebook.h"
#include "formats/TranscriptImport.h"
#include "ops/Cities.h"
#include "ops/Interviews.h"
#include "ops/Session.h"
#include "ops/Themes.h"
#include "ops/Transcripts.h"
#include "store/CityRepository.h"
#include "store/InterviewRepository.h"
#include "store/Project.h"
#include "store/TranscriptRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>

namespace tianye::bench {

namespace {

QString clock(qint64 ms, QChar fraction)
{
    return QStringLiteral("%1:%2:%3%4%5")
        .arg(ms / 3'600'000, 2, 10, QLatin1Char('0'))
        .arg(ms / 60'000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(fraction)
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

// A transcript of about `megabytes` MB of UTF-8: two speakers taking turns, a turn
// of 40-160 Chinese characters with some English.
Status writeTranscript(const QString& path, bool srt, int megabytes)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return tianye::fail(Error::Code::Io, out.errorString());
    const qint64 target = qint64(megabytes) * 1000 * 1000;
    qint64 at = 0;
    for (int turn = 0; out.size() < target; ++turn) {
        const QString text = demo::CorpusGenerator::sampleText(quint64(turn) * 7 + 1, 40 + (turn * 37) % 120);
        const QString speaker = turn % 2 ? QStringLiteral("受访者") : QStringLiteral("访谈员");
        // Short cues, so that 50 MB of them stay under SRT's 99 hours.
        const qint64 length = 1500 + text.size() * 5;
        QString block;
        if (srt)
            block =
                QStringLiteral("%1\n%2 --> %3\n%4：%5\n\n")
                    .arg(turn + 1)
                    .arg(clock(at, QLatin1Char(',')), clock(at + length, QLatin1Char(',')), speaker, text);
        else
            block = QStringLiteral("%1：%2\n\n").arg(speaker, text);
        at += length + 300;
        if (out.write(block.toUtf8()) < 0)
            return tianye::fail(Error::Code::Io, out.errorString());
    }
    return {};
}

Status writeCodebookCsv(const QString& path, int rows)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return tianye::fail(Error::Code::Io, out.errorString());
    out.write("guid,parent_guid,name,description,color,memo\n");
    QStringList guids;
    for (int i = 0; i < rows; ++i) {
        const QString guid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        // Ten top-level themes; every other row is a child of an earlier one.
        const QString parent = i < 10 ? QString() : guids.at((i * 7919) % i);
        guids << guid;
        out.write(QStringLiteral("%1,%2,主题 %3,,#%4,\n")
                      .arg(guid, parent)
                      .arg(i)
                      .arg((i * 2654435761u) & 0xffffff, 6, 16, QLatin1Char('0'))
                      .toUtf8());
    }
    return {};
}

int runOne(const QString& kind, const QString& dir, int megabytes, int rows)
{
    const QString bench = QStringLiteral("import");
    QElapsedTimer timer;
    timer.start();
    auto created =
        Project::create(QDir(dir).filePath(QStringLiteral("import-") + kind), QStringLiteral("Bench"));
    if (!created)
        return failure(created.error().message);
    Project& project = **created;
    City city;
    city.name = QStringLiteral("大同");
    Interview interview;
    ops::Session session(project);
    interview.cityId = *ops::addCity(session, city);
    const RowId interviewId = *ops::logInterview(session, interview, {}, {});

    if (kind == QLatin1String("csv")) {
        const QString file = QDir(dir).filePath(QStringLiteral("codebook.csv"));
        if (auto written = writeCodebookCsv(file, rows); !written)
            return failure(written.error().message);
        report(bench, QStringLiteral("csv_file_size"), double(QFileInfo(file).size()) / 1e6,
               QStringLiteral("MB"));
        timer.restart();
        auto codebook = formats::CodebookFile::readFile(file);
        if (!codebook)
            return failure(codebook.error().message);
        report(bench, QStringLiteral("csv_read"), msSince(timer), QStringLiteral("ms"));
        auto merged = ops::importCodebook(session, *codebook);
        if (!merged)
            return failure(merged.error().message);
        report(bench, QStringLiteral("csv_merge"), msSince(timer), QStringLiteral("ms"));
        report(bench, QStringLiteral("csv_rows"), double(codebook->entries.size()), QStringLiteral("count"));
        report(bench, QStringLiteral("csv_peak_rss"), peakRssMiB(), QStringLiteral("MiB"));
        return 0;
    }
    const bool srt = kind == QLatin1String("srt");
    const QString file = QDir(dir).filePath(srt ? QStringLiteral("long.srt") : QStringLiteral("long.txt"));
    if (auto written = writeTranscript(file, srt, megabytes); !written)
        return failure(written.error().message);
    report(bench, kind + QStringLiteral("_file_size"), double(QFileInfo(file).size()) / 1e6,
           QStringLiteral("MB"));
    timer.restart();
    auto imported = formats::TranscriptImporter::readFile(file);
    if (!imported)
        return failure(imported.error().message);
    report(bench, kind + QStringLiteral("_read"), msSince(timer), QStringLiteral("ms"));
    report(bench, kind + QStringLiteral("_segments"), double(imported->segments.size()),
           QStringLiteral("count"));
    report(bench, kind + QStringLiteral("_characters"), double(imported->characters()),
           QStringLiteral("count"));
    // As Import Transcript does it: a backup first, then the segments in one step.
    auto stored = ops::importTranscript(session, interviewId, imported->segments, QFileInfo(file).fileName());
    if (!stored)
        return failure(stored.error().message);
    report(bench, kind + QStringLiteral("_store_and_index"), msSince(timer), QStringLiteral("ms"));
    report(bench, kind + QStringLiteral("_peak_rss"), peakRssMiB(), QStringLiteral("MiB"));
    return 0;
}

} // namespace

int runImport(const QStringList& args)
{
    const int megabytes = option(args, QStringLiteral("--megabytes"), QStringLiteral("50")).toInt();
    const int rows = option(args, QStringLiteral("--rows"), QStringLiteral("100000")).toInt();
    QTemporaryDir temp;
    const QString dir = option(args, QStringLiteral("--dir"), temp.path());
    const QString only = option(args, QStringLiteral("--only"), QString());
    if (!only.isEmpty())
        return runOne(only, dir, megabytes, rows);
    // Each kind in a child process: peak memory is per process.
    for (const QString& kind : {QStringLiteral("srt"), QStringLiteral("txt"), QStringLiteral("csv")}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("import"), QStringLiteral("--only"), kind, QStringLiteral("--dir"), dir,
                     QStringLiteral("--megabytes"), QString::number(megabytes), QStringLiteral("--rows"),
                     QString::number(rows)});
        if (!child.waitForFinished(-1) || child.exitCode() != 0)
            return failure(QStringLiteral("the %1 import failed").arg(kind));
    }
    return 0;
}

} // namespace tianye::bench
