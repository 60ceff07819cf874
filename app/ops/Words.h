// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Ids.h"
#include "dossier/Dossier.h"
#include "formats/Sheet.h"
#include "words/StopWords.h"

#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>

// Word analysis: what sets a city (or any group of interviews) apart in the words its
// people use. The terms of every transcript (words/Segmenter, with the expressions
// found in the transcripts themselves) are counted once per interview and speaker in
// a WordIndex; a comparison ranks the target side's terms by keyness against the
// reference side. The Words view, `tianye-cli words` and the benchmark call these.
namespace tianye {
class Project;
}

namespace tianye::ops {

class Session;

// One side against the other. The target is a city's interviews (cityId) or the
// interviews given; the reference is the interviews given, or every other interview.
struct WordsComparison
{
    RowId cityId = NoRow;
    QSet<RowId> target;
    QSet<RowId> reference;
    QSet<RowId> referenceCities;      // or the interviews of these cities
    bool includeInterviewers = false; // interviewers' turns are left out by default
    // A term counts only when this many of the target's interviews use it (0: 1 for up
    // to 3 interviews, 2 for up to 9, else 3)…
    int minInterviews = 0;
    // …and, when the target has three speakers or more, no one speaker says more than
    // this share of its uses there: a word one talkative person repeats is not a city's.
    double maxSpeakerShare = 0.5;
    double minKeyness = 3.84; // log-likelihood; 3.84: p < 0.05
    int minLength = 1;        // characters of a Han term
    int top = 50;             // 0: all
    // Word frequency instead of keyness: the target's terms by uses (stop words left
    // out, no keyness or spread filter; minInterviews 0 means 1).
    bool frequency = false;
};

struct TermRow
{
    QString term;
    bool expression = false; // found in the transcripts, not in the word list
    qint64 targetUses = 0;
    qint64 referenceUses = 0;
    double targetPer10k = 0; // uses per 10,000 characters
    double referencePer10k = 0;
    double logLikelihood = 0;
    double logRatio = 0;
    int targetInterviews = 0;
    int referenceInterviews = 0;
    int targetSpeakers = 0;
    double topSpeakerShare = 0; // of the target's uses, the most any one speaker said
};

struct WordsReport
{
    qint64 targetCharacters = 0;
    qint64 referenceCharacters = 0;
    int targetInterviews = 0;
    int referenceInterviews = 0;
    int minInterviews = 0; // as applied
    QList<TermRow> terms;  // by keyness, most distinctive first
};

// The terms of every interview, by speaker, and the expressions found: built once,
// then brought up to date with what changed (transcripts, consent, speaker ties).
class WordIndex final
{
public:
    // done, total (interviews read); returns false to stop.
    using Progress = std::function<bool(qint64, qint64)>;
    ~WordIndex();

    static Result<std::shared_ptr<WordIndex>> build(Project& project, const Progress& progress = {});
    // Reads again the interviews whose transcripts changed, whose consent puts words
    // at risk (or did), and who the speakers are. Returns how many interviews were read.
    Result<qint64> update(Project& project, const Progress& progress = {});
    Result<WordsReport> compare(const WordsComparison& comparison, const words::StopList& stops) const;

    QStringList expressions() const; // found in the transcripts, most frequent first
    qint64 characters() const;       // of the participants' turns, all interviews
    int interviews() const;
    QString wordList() const; // the word list's path
    // Whether a speaker label of an interview is an interviewer's.
    bool interviewer(RowId interviewId, const QString& label) const;
    // Whether the segmenter reads code points [start, start + length) of text as one term (心
    // inside 操心 is not one).
    bool termAt(const QString& text, qsizetype start, qsizetype length) const;

    struct Data;

private:
    WordIndex();
    std::unique_ptr<Data> d;
};

// The interviews with a participant whose attribute (category, gender, age_band,
// city_tie) has this value: a side of a comparison ("women against the rest").
Result<QSet<RowId>> interviewsWith(Project& project, const QString& attribute, const QString& value);

// A city's most distinctive terms with one short example each (a participant's words,
// nothing consent withholds): the dossier's "Words that set … apart".
// cancelled() is asked as the terms are counted (the dossier dialog's Cancel).
Result<std::vector<dossier::WordItem>> cityWords(Project& project, RowId cityId, int top = 10,
                                                 const std::function<bool()>& cancelled = {});

// The stop list of the project: the default one with the project's own additions and
// exceptions (kept with the project dictionary, travelling with sync and merge).
Result<words::StopList> stopListOf(Project& project);
// "Leave Out" a term (add it to the stop list) / "Include" it again.
Status leaveOutWord(Session& session, const QString& word);
Status includeWord(Session& session, const QString& word);

// "Make Theme from Term": a theme named after the term, its description saying where
// it came from.
Result<RowId> makeThemeFromTerm(Session& session, const QString& term, const QString& description);

// The report as a sheet (CSV/XLSX export), and written by the file's suffix.
formats::Sheet wordsSheet(const WordsReport& report, const QString& target, const QString& reference);
Status exportWords(const WordsReport& report, const QString& target, const QString& reference,
                   const QString& path);

} // namespace tianye::ops
