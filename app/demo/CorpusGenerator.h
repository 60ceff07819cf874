// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace tianye {
class Project;
}

namespace tianye::demo {

// Writes a synthetic corpus for scale tests and benchmarks: Chinese-like transcripts
// mixed with English words and digits, participants, themes and quotes. The same
// options and seed always give the same content (UUIDs and times aside).
class CorpusGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::demo::CorpusGenerator)

public:
    struct Options
    {
        int cities = 3;
        int interviewsPerCity = 10;
        int charsPerInterview = 5000; // transcript code points per interview, roughly
        int quotes = 100;             // in the whole project
        quint64 seed = 1;
        // Expressions planted in one city's talk, to measure what word analysis finds:
        // in `percent` of its interviews, `uses` times each, as a clause of its own in
        // the participant's turns.
        struct Planted
        {
            int city = 0; // index among the generated cities
            QString expression;
            int percent = 33;
            int uses = 3;
        };
        std::vector<Planted> planted;
    };
    struct Totals
    {
        qint64 cities = 0;
        qint64 interviews = 0;
        qint64 participants = 0;
        qint64 segments = 0;
        qint64 quotes = 0;
        qint64 themes = 0;
        qint64 characters = 0;
        qint64 rows() const { return cities + interviews + participants + segments + quotes + themes; }
    };
    // Called after each batch with interviews written so far; return false to stop.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Result<Totals> generate(Project& project, const Options& options, const Progress& progress = {});
    // One transcript's text as the generator writes it (for tests of search and anchors).
    static QString sampleText(quint64 seed, int chars);
};

} // namespace tianye::demo
