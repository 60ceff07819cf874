// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QString>
#include <QStringList>

// Verbs of team work: Team → Copy for a Colleague… (tianye-cli clone). Copies of one
// project share its identity and history and each is a device of its own, so that
// they can later be brought together (store/ChangeLog).
namespace tianye::ops {

class Session;

struct CopyMade
{
    QString folder;     // the new project folder
    int mediaFiles = 0; // recordings copied
    qint64 mediaBytes = 0;
    int mediaLeft = 0; // recordings not copied (--without-media)
};

// A copy of the open project at destination (".tianye" appended when missing), for a
// colleague: the same project and history, a device of its own, author (the
// colleague's name) as the default author of its changes. Recordings are copied
// unless withMedia is false. What is typed is saved first; the project itself is not
// changed. Refuses a destination that exists and is not empty; on failure (disk full)
// nothing is left at destination.
Result<CopyMade> copyForColleague(Session& session, const QString& destination, const QString& author,
                                  bool withMedia);

struct SyncMade
{
    int received = 0;         // steps of the other copy brought here
    int sent = 0;             // steps of this copy taken there
    int conflicts = 0;        // listed here while bringing them in
    int otherConflicts = 0;   // listed there
    int mediaCopied = 0;      // recordings one copy had and the other lacked
    QStringList mediaMissing; // recordings neither copy has (original names)
    QString mediaProblem;     // why copying a recording failed (a full disk), when it did
};

// "Sync with <other>": brings this copy and the copy at otherPath (a folder on a USB
// stick or a share) together, both ways: each gets the steps it lacks, applied as one
// undoable step, after a backup of each; recordings one lacks are copied from the
// other. Refuses a copy of another project, naming both. Syncing again changes nothing.
Result<SyncMade> syncWith(Session& session, const QString& otherPath);
// The same for two copies open here (each through its session): what syncWith does
// once the other copy is open.
Result<SyncMade> syncWith(Session& session, Session& other);

struct ExchangeWritten
{
    QString file;
    int steps = 0;    // steps of the change log the file carries
    qint64 bytes = 0; // its size
};

// "Write Exchange File…" (tianye-cli sync PATH --to FILE): the steps of this copy that
// the copies it has met (synced with, made, or read a file of) may lack, in one
// checksummed file for a copy that cannot be reached as a folder. Nothing here changes.
Result<ExchangeWritten> writeExchangeFile(Session& session, const QString& file);
// "Bring In Exchange File…" (tianye-cli sync PATH --from FILE): applies the steps of
// another copy's exchange file that this copy lacks (one undoable step, after a
// backup). Refused, nothing changed, when the file is damaged, of another project,
// written by another version, or starts after steps this copy has not got.
Result<SyncMade> bringInExchangeFile(Session& session, const QString& file);

struct MediaFetched
{
    int copied = 0;      // recordings copied here
    qint64 bytes = 0;    // their size
    QStringList missing; // recordings this copy's records name that neither copy has (original names)
    QString problem;     // why a copy failed (a full disk), when one did
};
// "Fetch Recordings from Another Copy…" (tianye-cli media PATH --fetch-from OTHER):
// the recordings this copy lacks (a copy made without media, changes brought in from
// an exchange file) copied from another copy that has them, found and checked by
// their SHA-256 and written whole or not at all. The other copy is only read (it may
// be open elsewhere); this project's records do not change. Refuses a folder that is
// not a project, naming it.
Result<MediaFetched> fetchMedia(Session& session, const QString& otherPath);
// What merging another project brings in (the preview) or brought in.
struct MergeSummary
{
    QString project; // the other project's name
    QString folder;
    // Records of the other project matched with this project's: cities and
    // researchers by name, participants by code, themes by name under the same parent.
    QStringList matchedCities, matchedResearchers, matchedParticipants, matchedThemes;
    // New here.
    int cities = 0, researchers = 0, participants = 0, interviews = 0, segments = 0, themes = 0, quotes = 0,
        insights = 0, recordings = 0;
    qint64 recordingBytes = 0;
    int alreadyHere = 0;   // records merged before (the same UUID): left as they are here
    QStringList differing; // matched or merged records whose details differ there (kept here)
    QStringList withdrawn; // participants (codes) who withdrew there: the withdrawal is taken
    int deletedHere = 0;   // merged before and deleted here since: stay deleted unless asked
    int total = 0;         // rows to bring in, links and tags included, and withdrawals

    // Of total, the rows that are not records counted above: tags, links, markers, media rows.
    int otherRows() const
    {
        return total - cities - researchers - participants - interviews - segments - themes - quotes -
               insights - int(withdrawn.size());
    }
    QStringList recordingsMissing; // merged records whose recording neither project has (names)
    QString recordingsProblem;     // why copying a recording failed, when one did
};
// Team → Merge Another Project… (tianye-cli merge PATH OTHER --preview): what merging
// the project at otherPath, started separately, would bring in. Nothing changes.
// bringBackDeleted: records merged before and deleted here since come back too.
Result<MergeSummary> previewMerge(Session& session, const QString& otherPath, bool bringBackDeleted = false);
// "Merge <name>" (tianye-cli merge PATH OTHER): after a backup, every record of the
// other project comes in, in one undoable step of this copy (sent on to its other
// copies by sync), but those matched with a record here (see MergeSummary), which the
// merged records refer to instead; recordings are copied, checked by SHA-256. Merging
// the same project again brings nothing twice. Refuses a copy of this same project
// (sync it instead) and a folder that is not a project, naming it. The other project
// does not change (see makeCopyOfThis()).
Result<MergeSummary> mergeProject(Session& session, const QString& otherPath, bool bringBackDeleted = false);
struct BecameCopy
{
    QString folder;
    QString keptAs; // the other project's own database, kept in its backups
    int mediaCopied = 0;
    int formerCopies = 0; // copies made of it before: they stay copies of the project it was
};
// After a merge (tianye-cli merge PATH OTHER --then-copy; the preview's "then make it a
// copy" box): the project at otherPath becomes a copy of this one, so its team carries
// on in the merged project and syncs with this copy from then on. Refused, changing
// nothing, while it holds anything not merged here yet or is open elsewhere. Its own
// database is kept in its backups; its default author stays; this project's
// recordings it lacks are copied to it. This copy's undo history is closed (undoing
// the merge would take it from the other project too).
Result<BecameCopy> makeCopyOfThis(Session& session, const QString& otherPath);
// "Take This Value" in Team → Conflicts (tianye-cli conflicts PATH --take ID): the
// value that lost becomes current, as one undoable step of this copy's own (so it
// reaches the other copies at the next sync).
Status takeConflict(Session& session, qint64 id);
// A field of a record as a person reads it in Team → Conflicts ("spirit word").
QString fieldLabel(const QString& column);

} // namespace tianye::ops
