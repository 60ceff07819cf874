// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "DossierBench.h"
#include "EditorBench.h"
#include "ImportBench.h"
#include "LogBench.h"
#include "QdpxBench.h"
#include "QuotesBench.h"
#include "SearchBench.h"
#include "StoreBench.h"
#include "SyncBench.h"
#include "WaveformBench.h"
#include "WindowBench.h"
#include "WordsBench.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
    const bool widgets = argc > 1 && (qstrcmp(argv[1], "editor") == 0 || qstrcmp(argv[1], "dossier") == 0 ||
                                      qstrcmp(argv[1], "window") == 0);
    if (widgets && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app =
        widgets ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QString area = args.value(1);
    if (area == QLatin1String("editor"))
        return tianye::bench::runEditor(args.mid(2));
    if (area == QLatin1String("store"))
        return tianye::bench::runStore(args.mid(2));
    if (area == QLatin1String("search"))
        return tianye::bench::runSearch(args.mid(2));
    if (area == QLatin1String("log"))
        return tianye::bench::runLog(args.mid(2));
    if (area == QLatin1String("quotes"))
        return tianye::bench::runQuotes(args.mid(2));
    if (area == QLatin1String("waveform"))
        return tianye::bench::runWaveform(args.mid(2));
    if (area == QLatin1String("dossier"))
        return tianye::bench::runDossier(args.mid(2));
    if (area == QLatin1String("import"))
        return tianye::bench::runImport(args.mid(2));
    if (area == QLatin1String("sync"))
        return tianye::bench::runSync(args.mid(2));
    if (area == QLatin1String("window"))
        return tianye::bench::runWindow(args.mid(2));
    if (area == QLatin1String("words"))
        return tianye::bench::runWords(args.mid(2));
    if (area == QLatin1String("qdpx"))
        return tianye::bench::runQdpx(args.mid(2));
    std::fprintf(
        stderr,
        "Usage: tianye-bench AREA [options]\n\n"
        "Areas:\n"
        "  store   [--interviews N=10000] [--chars K=20000] [--dir DIR]\n"
        "          create a generated project, reopen it, time the first queries\n"
        "  search  [--interviews N=10000] [--chars K=20000] [--queries Q=200] [--like-queries L=10]\n"
        "          [--dir DIR | --project EXISTING.tianye [--reuse-index]]\n"
        "          index build time and size, query latency against LIKE on the same rows\n"
        "  window  [--interviews N=500] [--chars K=20000] [--queries Q=50] [--dir DIR | --project "
        "EXISTING.tianye]\n"
        "          the window: open to the interview log painted, the page check beside it,\n"
        "          search-as-you-type latency, memory with the busiest character's concordance\n"
        "  log     [--interviews N=10000] [--dir DIR]\n"
        "          the interview log: model load, sorting, filtering per keystroke, edits\n"
        "  quotes  [--quotes N=500000] [--dir DIR | --project EXISTING.tianye]\n"
        "          the quote browser: load, filter by theme and city, text search, scrolling, matrix\n"
        "  waveform [--minutes M=60] [--formats wav,mp3,m4a,opus] [--dir DIR]\n"
        "          peaks of a long recording in WAV, MP3, M4A, Opus against GStreamer decoding alone\n"
        "  dossier [--interviews N=200] [--quotes Q=2000] [--dir DIR]\n"
        "          one city's dossier: content model, charts, PDF/ODT/HTML/Markdown export, memory\n"
        "  import  [--megabytes M=50] [--rows R=100000] [--dir DIR]\n"
        "          huge inputs: an M MB transcript (SRT, text) read and stored, an R-row codebook CSV\n"
        "  sync    [--interviews N=300] [--chars K=1000] [--day-interviews 20] [--day-transcripts 5]\n"
        "          [--day-chars 3000] [--day-quotes 200] [--edits E=10000] [--dir DIR]\n"
        "          two copies: a day of work on each synced both ways, its exchange file, E small edits\n"
        "  words   [--cities 3] [--interviews-per-city 100] [--chars K=1000] [--dir DIR | --project "
        "EXISTING.tianye] [--gold FILE]\n"
        "          word analysis: segmentation against a hand-segmented sample (ours and ICU's),\n"
        "          a city's distinctive terms cold and cached, planted expressions' ranks, update, memory\n"
        "  qdpx    [--cities 10] [--interviews-per-city 1000] [--chars K=20000] [--quotes Q=50000]\n"
        "          [--dir DIR | --project EXISTING.tianye]\n"
        "          REFI-QDA: the project exported to a .qdpx, that file imported as a new project; time, "
        "memory\n"
        "  editor  [--chars 50000,200000]\n"
        "          the transcription editor: open, scroll, save a keystroke, split (offscreen)\n\n"
        "Each figure is printed as a JSON line: {\"bench\", \"metric\", \"value\", \"unit\"}.\n");
    return area == QLatin1String("--help") ? 0 : 2;
}
