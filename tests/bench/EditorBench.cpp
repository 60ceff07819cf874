// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "EditorBench.h"

#include "BenchOutput.h"
#include "app/ProjectSession.h"
#include "demo/CorpusGenerator.h"
#include "ops/Cities.h"
#include "ops/Interviews.h"
#include "ops/Quotes.h"
#include "ops/Session.h"
#include "ops/Transcripts.h"
#include "store/CityRepository.h"
#include "store/InterviewRepository.h"
#include "store/Project.h"
#include "store/TranscriptRepository.h"
#include "transcript/TranscriptEditor.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextBlock>

#include <cstdio>

namespace tianye::bench {

int runEditor(const QStringList& args)
{
    const QString bench = QStringLiteral("editor");
    const QStringList sizes = option(args, QStringLiteral("--chars"), QStringLiteral("50000,200000"))
                                  .split(QLatin1Char(','), Qt::SkipEmptyParts);
    QTemporaryDir dir(QDir(QDir::tempPath()).filePath(QStringLiteral("tianye-bench-XXXXXX")));
    ui::ProjectSession session;
    if (!dir.isValid() || !session.create(dir.filePath(QStringLiteral("editor")))) {
        std::fprintf(stderr, "tianye-bench editor: cannot create a project in %s\n",
                     qPrintable(QDir::tempPath()));
        return 1;
    }
    City city;
    city.name = QStringLiteral("大同");
    ops::Session& verbs = *session.ops();
    const RowId cityId = *ops::addCity(verbs, city);
    for (const QString& size : sizes) {
        const int chars = size.toInt();
        Interview iv;
        iv.cityId = cityId;
        const RowId interview = *ops::logInterview(verbs, iv, {}, {});
        // Turns of 40 to 400 characters, two speakers, as an interview has them.
        const QString text = demo::CorpusGenerator::sampleText(quint64(chars), chars);
        std::vector<Segment> segments;
        qsizetype at = 0;
        qint64 ms = 0;
        while (at < text.size()) {
            const qsizetype length = 40 + (at * 7919) % 360;
            Segment s;
            s.speaker = segments.size() % 2 ? QStringLiteral("DT-001") : QStringLiteral("访谈员");
            s.startMs = ms;
            s.text = text.mid(at, length);
            segments.push_back(s);
            at += length;
            ms += 4000 + length * 180;
        }
        if (auto imported = ops::importTranscript(verbs, interview, segments, QStringLiteral("bench"));
            !imported)
            return failure(imported.error().message);
        // Quotes as a coded interview has them: one in every third turn, two in the
        // turn typed into, so that saving a keystroke has quotes to move.
        const auto stored = session.project()->transcripts().segments(interview);
        if (!stored)
            return failure(stored.error().message);
        const size_t middle = stored->size() / 2;
        int quotes = 0;
        for (size_t i = 0; i < stored->size(); ++i) {
            const Segment& s = stored->at(i);
            if ((i % 3 != 0 && i != middle) || s.text.size() < 20)
                continue;
            for (qsizetype from : i == middle ? QList<qsizetype>{5, 12} : QList<qsizetype>{5}) {
                Quote q;
                q.interviewId = interview;
                q.startSegmentId = q.endSegmentId = s.id;
                q.startOffset = from;
                q.endOffset = from + 6;
                if (auto made = ops::makeQuote(verbs, q); !made)
                    return failure(made.error().message);
                ++quotes;
            }
        }
        const QString label = QStringLiteral("%1_chars_").arg(chars);
        report(bench, label + QStringLiteral("quotes"), double(quotes), QStringLiteral("count"));

        QElapsedTimer timer;
        timer.start();
        ui::TranscriptEditor editor(&session, interview);
        editor.resize(900, 700);
        editor.show();
        QCoreApplication::processEvents();
        report(bench, label + QStringLiteral("open_until_shown"), double(timer.nsecsElapsed()) / 1e6,
               QStringLiteral("ms"));
        report(bench, label + QStringLiteral("segments"), double(editor.document()->blockCount()),
               QStringLiteral("count"));

        // Scroll page by page to the end, painting each page.
        QScrollBar* bar = editor.verticalScrollBar();
        int pages = 0;
        double worst = 0;
        timer.restart();
        QElapsedTimer page;
        while (bar->value() < bar->maximum() && pages < 5000) {
            page.start();
            bar->setValue(bar->value() + bar->pageStep());
            editor.viewport()->repaint();
            worst = std::max(worst, double(page.nsecsElapsed()) / 1e6);
            ++pages;
        }
        report(bench, label + QStringLiteral("scroll_page_mean"),
               pages ? double(timer.nsecsElapsed()) / 1e6 / pages : 0.0, QStringLiteral("ms"));
        report(bench, label + QStringLiteral("scroll_page_worst"), worst, QStringLiteral("ms"));

        // A keystroke at the start of the middle turn, saved (the pause skipped) with the
        // re-anchoring of the quotes after it.
        QTextCursor c(editor.document()->findBlockByNumber(int(middle)));
        editor.setTextCursor(c);
        editor.insertPlainText(QStringLiteral("嗯"));
        timer.restart();
        if (!editor.saveTyping(QStringLiteral("bench")))
            return failure(QStringLiteral("saving a keystroke failed"));
        report(bench, label + QStringLiteral("save_keystroke"), double(timer.nsecsElapsed()) / 1e6,
               QStringLiteral("ms"));
        // Enter: split the segment in the store, then rebuild the text.
        c.movePosition(QTextCursor::StartOfBlock);
        c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 10);
        editor.setTextCursor(c);
        timer.restart();
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
        QCoreApplication::sendEvent(&editor, &enter);
        QCoreApplication::processEvents();
        report(bench, label + QStringLiteral("split_segment"), double(timer.nsecsElapsed()) / 1e6,
               QStringLiteral("ms"));
    }
    report(bench, QStringLiteral("peak_rss"), peakRssMiB(), QStringLiteral("MiB"));
    return 0;
}

} // namespace tianye::bench
