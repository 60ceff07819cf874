// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "ops/Team.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace tianye {
class Project;
}

// REFI-QDA project exchange (.qdpx), the format NVivo, ATLAS.ti, MAXQDA, QualCoder and
// Taguette read and write: File → Export → REFI-QDA Project… (tianye-cli qdpx export)
// and File → Import → REFI-QDA Project… (tianye-cli qdpx import).
//
// How a Tianye project maps (README "REFI-QDA"): researchers are Users; themes are
// Codes (memos as Notes); cities and participants are Cases with Variables (a
// participant's real name and contact never leave); each interview is a text source
// (sources/<GUID>.txt: one line per segment, "speaker: words") with its metadata as
// variables, its summary as description and field notes as a Note; its recording an
// audio source whose Transcript points at the same text, with a sync point at each
// segment's start and end time; each quote a PlainTextSelection (code points from the
// start of the text) coded with its themes, its note a Note. Under the consent rule,
// nothing a withdrawn participant said leaves: their segments, the quotes withheld,
// interviews every participant of which withdrew, and the participants themselves.
namespace tianye::ops {

class Session;

struct QdpxExportOptions
{
    bool withMedia = true; // the recordings go into the archive
};

struct QdpxExported
{
    QString file;
    qint64 bytes = 0;
    int users = 0, codes = 0, cases = 0, textSources = 0, audioSources = 0, selections = 0, codings = 0,
        notes = 0;
    // Left out under the consent rule.
    int withheldInterviews = 0, withheldSegments = 0, withheldQuotes = 0, withdrawnParticipants = 0;
    int withheldRecordings = 0;    // of interviews where someone's words are withheld: the voice would leave
    int detachedQuotes = 0;        // no longer on words of the transcript: nothing to select
    QStringList recordingsMissing; // not in this copy (original names)
    // What a .qdpx cannot carry (the same list every time; README).
    static QStringList notCarried();
};

// Progress: called with what is done of total (interviews); false stops (Cancelled).
using QdpxProgress = std::function<bool(int done, int total)>;

// Writes the project to file (a .qdpx). Reads only; the file is written whole or not
// at all (a full disk leaves any old file as it was).
Result<QdpxExported> exportQdpx(Project& project, const QString& file, const QdpxExportOptions& options = {},
                                const QdpxProgress& progress = {});

// What an import read, brought in, and left out, kind by kind.
struct QdpxReportLine
{
    QString kind; // translated, e.g. "Text sources"
    int read = 0;
    int imported = 0;
    int dropped = 0;
    QStringList why; // for each drop or change, what and why (names the element)
};

struct QdpxReport
{
    QString file;
    QString project; // the project's name in the file
    QString origin;  // the tool that wrote it, as the file says
    QString folder;  // the Tianye project written (a new one) or merged into
    std::vector<QdpxReportLine> lines;
    QStringList keptFiles;              // sources kept as files beside the project (attachments/), not coded
    std::optional<MergeSummary> merged; // import into an open project: what the merge brought
    const QdpxReportLine* line(const QString& kind) const;
    // What the merge brought, in a sentence (empty without a merge).
    QString mergedSummary() const;
    // The report as text (window and CLI).
    QString text() const;
};

// A variable of the file and the Tianye field it fills on import.
struct QdpxVariable
{
    QString name;
    QString type;        // Text, Integer, Date, …
    int cases = 0;       // values on cases
    int sources = 0;     // values on sources
    QStringList samples; // a few distinct values
    QString field;       // a key of qdpxFields(), guessed from the name; empty: kept as it is (a
                         // participant's own attribute, or a line of the interview's field notes)
};

// What a .qdpx holds, read before importing it (the import preview).
struct QdpxPreview
{
    QString project;
    QString origin;
    int users = 0, codes = 0, cases = 0, sources = 0, selections = 0, notes = 0;
    std::vector<QdpxVariable> variables;
};
// Reads the file's project.qde (with every check of an import) and nothing else.
Result<QdpxPreview> previewQdpx(const QString& file);

// The fields a variable can fill, as keys ("City", "Code", "Gender", "Age band",
// "Occupation", "Category", "Tie to city", "Consent", "Date", "Place", "Mode",
// "Status", "Language", "Duration (minutes)", "Interviewers"), and each one's label.
QStringList qdpxFields();
QString qdpxFieldLabel(const QString& key);

struct QdpxImportOptions
{
    // Variable name → field key, over the guess (an empty key: kept as it is).
    QHash<QString, QString> fields;
};

// Reads a .qdpx into a new Tianye project at destination (".tianye" appended when
// missing; refused when it exists and is not empty). Everything is checked before a
// project is made; on failure nothing is left at destination.
Result<QdpxReport> importQdpx(const QString& file, const QString& destination,
                              const QdpxImportOptions& options = {}, const QdpxProgress& progress = {});

// The same into the open project: imported into a project of its own first, then
// merged (Team → Merge Another Project…: one undoable step, after a backup).
Result<QdpxReport> importQdpxInto(Session& session, const QString& file,
                                  const QdpxImportOptions& options = {}, const QdpxProgress& progress = {});
// Its second half, for a caller that ran importQdpx into a folder of its own (on a
// worker thread, say): the imported project at made.folder merged into the open one,
// with what the merge brought added to the report.
Result<QdpxReport> mergeQdpxImport(Session& session, QdpxReport made);

} // namespace tianye::ops
