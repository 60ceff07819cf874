// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "ops/Team.h"

#include "media/MediaLibrary.h"
#include "ops/Reader.h"
#include "ops/Session.h"
#include "ops/Verbs.h"
#include "store/Backups.h"
#include "store/ChangeLog.h"
#include "store/Database.h"
#include "store/Exchange.h"
#include "store/Merge.h"
#include "store/Project.h"
#include "store/Schema.h"
#include "store/Sync.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonObject>
#include <QScopeGuard>
#include <QUndoStack>

#include <SQLiteCpp/Statement.h>

namespace tianye::ops {

namespace {

// The database of copy, just copied from original's, becomes a copy of its own: a new
// device identity, author as its default author (the colleague's name, or none: then
// their system user name; never the original's), and each noted as holding what the
// other holds (the copies the original met are not the new copy's).
Status becomeCopyOf(Project& original, Project& copy, const QString& author)
{
    if (auto ok = ChangeLog::becomeNewDevice(copy.db(), copy.folder()); !ok)
        return ok;
    if (auto ok = ChangeLog::setDefaultAuthor(copy.db(), author); !ok)
        return ok;
    if (auto ok = copy.db().writeLocal([&] { copy.db().sql().exec("DELETE FROM sync_peers"); }); !ok)
        return ok;
    if (auto held = Sync::held(original.db());
        !held || !Sync::notePeer(copy.db(), ChangeLog::deviceId(original.db()), *held) ||
        !Sync::notePeer(original.db(), ChangeLog::deviceId(copy.db()), *held))
        return fail(
            Error::Code::Io,
            Verbs::tr("Could not note the new copy in %1.").arg(QDir::toNativeSeparators(copy.folder())));
    return {};
}

} // namespace

Result<CopyMade> copyForColleague(Session& session, const QString& destination, const QString& author,
                                  bool withMedia)
{
    if (auto saved = session.flushTyping(); !saved)
        return std::unexpected(saved.error());
    Project& project = session.project();
    QString folder = QFileInfo(destination).absoluteFilePath();
    if (!folder.endsWith(QLatin1String(Project::FolderSuffix)))
        folder += QLatin1String(Project::FolderSuffix);
    const QString where = QDir::toNativeSeparators(folder);
    if (QDir(folder) == QDir(project.folder()))
        return fail(Error::Code::InvalidArgument,
                    Verbs::tr("%1 is the project itself; choose another folder.").arg(where));
    if (QDir(folder).exists() &&
        !QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return fail(Error::Code::InvalidArgument,
                    Verbs::tr("%1 already exists and is not empty; choose another name.").arg(where));
    const bool existed = QDir(folder).exists();
    if (!QDir().mkpath(QDir(folder).filePath(QStringLiteral("media"))))
        return fail(Error::Code::Io, Verbs::tr("Cannot create %1: the place is not writable.").arg(where));
    // Whatever fails from here leaves nothing behind.
    auto cleanUp = qScopeGuard([&] {
        QDir dir(folder);
        if (!existed) {
            dir.removeRecursively();
            return;
        }
        for (const QFileInfo& entry :
             dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
            entry.isDir() ? QDir(entry.filePath()).removeRecursively() : QFile::remove(entry.filePath());
    });

    CopyMade made;
    made.folder = folder;
    const QString database = QDir(folder).filePath(QLatin1String(Project::DatabaseName));
    if (auto copied = project.db().backupTo(database); !copied)
        return std::unexpected(copied.error());

    QDirIterator media(project.mediaDir(), QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (media.hasNext()) {
        const QString file = media.next();
        if (!withMedia) {
            ++made.mediaLeft;
            continue;
        }
        const QString target =
            QDir(folder).filePath(QStringLiteral("media/") + QDir(project.mediaDir()).relativeFilePath(file));
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(file, target))
            return fail(Error::Code::Io,
                        Verbs::tr("Could not copy %1 to %2 (is the disk full?).")
                            .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(target)));
        ++made.mediaFiles;
        made.mediaBytes += QFileInfo(file).size();
    }

    auto copy = Project::open(folder);
    if (!copy)
        return std::unexpected(copy.error());
    if (auto ok = becomeCopyOf(project, **copy, author); !ok)
        return std::unexpected(ok.error());
    cleanUp.dismiss();
    return made;
}

namespace {

// Copies the recordings that source has and to lacks, each checked by its SHA-256
// (media::MediaLibrary::relink: written whole or not at all); names those neither has
// whole, and says why the first copy that failed did (damaged there, a full disk).
MediaFetched copyMissingMedia(const media::MediaLibrary& source, Project& to)
{
    MediaFetched made;
    media::MediaLibrary target(to);
    for (const Media& m : Reader(to).mediaOf().value_or(std::vector<Media>())) {
        const QString there = target.pathOf(m);
        if (QFileInfo::exists(there))
            continue;
        const QString here = source.pathOf(m);
        if (!QFileInfo::exists(here)) {
            if (!made.missing.contains(m.originalName))
                made.missing << m.originalName;
            continue;
        }
        QDir().mkpath(QFileInfo(there).absolutePath());
        if (auto ok = target.relink(m, here); !ok) {
            if (made.problem.isEmpty())
                made.problem = ok.error().message;
            if (!made.missing.contains(m.originalName))
                made.missing << m.originalName;
            continue;
        }
        ++made.copied;
        made.bytes += QFileInfo(there).size();
    }
    return made;
}

// The other copy, open here for a moment; refused when it is this copy itself or a
// copy of another project.
Result<std::unique_ptr<Project>> openOtherCopy(Project& here, const QString& otherPath)
{
    if (QDir(Project::folderFor(otherPath)) == QDir(here.folder()))
        return fail(Error::Code::InvalidArgument,
                    Verbs::tr("%1 is this copy itself; choose another copy of the project.")
                        .arg(QDir::toNativeSeparators(otherPath)));
    return Project::open(otherPath);
}

Status sameProject(Project& here, Project& there)
{
    const QString ours = ChangeLog::projectId(here.db());
    const QString theirs = ChangeLog::projectId(there.db());
    if (ours == theirs)
        return {};
    return fail(Error::Code::InvalidArgument,
                Verbs::tr("%1 is another project than %2 (%3, not %4): only copies of one project can be "
                          "synced. To bring a project started separately in, merge it.")
                    .arg(QDir::toNativeSeparators(there.folder()), QDir::toNativeSeparators(here.folder()),
                         theirs.left(8), ours.left(8)));
}

} // namespace

Result<SyncMade> syncWith(Session& session, const QString& otherPath)
{
    if (auto saved = session.flushTyping(); !saved)
        return std::unexpected(saved.error());
    auto opened = openOtherCopy(session.project(), otherPath);
    if (!opened)
        return std::unexpected(opened.error());
    Session otherSession(**opened);
    return syncWith(session, otherSession);
}

Result<MediaFetched> fetchMedia(Session& session, const QString& otherPath)
{
    // Recordings are found by content (SHA-256), so the other copy's database is not
    // opened: a copy open in a colleague's window on a shared drive serves as well.
    const QString folder = Project::folderFor(otherPath);
    if (QDir(folder) == QDir(session.project().folder()))
        return fail(Error::Code::InvalidArgument,
                    Verbs::tr("%1 is this copy itself; choose another copy of the project.")
                        .arg(QDir::toNativeSeparators(otherPath)));
    if (!QFileInfo(QDir(folder).filePath(QStringLiteral("project.db"))).isFile())
        return fail(Error::Code::NotFound,
                    Verbs::tr("%1 is not a copy of a Tianye project (it has no project.db).")
                        .arg(QDir::toNativeSeparators(otherPath)));
    return copyMissingMedia(media::MediaLibrary(QDir(folder).filePath(QStringLiteral("media"))),
                            session.project());
}

namespace {

struct MergeSource
{
    std::unique_ptr<Project> other;
    MergePlan plan;
};

Result<MergeSource> planMerge(Session& session, const QString& otherPath, bool bringBackDeleted = false)
{
    Project& here = session.project();
    if (!QFileInfo(QDir(Project::folderFor(otherPath)).filePath(QStringLiteral("project.db"))).isFile())
        return fail(Error::Code::NotFound, Verbs::tr("%1 is not a Tianye project (it has no project.db).")
                                               .arg(QDir::toNativeSeparators(otherPath)));
    auto opened = openOtherCopy(here, otherPath);
    if (!opened)
        return std::unexpected(opened.error());
    Project& there = **opened;
    if (ChangeLog::projectId(here.db()) == ChangeLog::projectId(there.db()))
        return fail(
            Error::Code::InvalidArgument,
            Verbs::tr("%1 is a copy of this same project: sync it with Team → Sync with Another Copy… "
                      "instead of merging it.")
                .arg(QDir::toNativeSeparators(there.folder())));
    auto plan = Merge::plan(here.db(), there.db(), bringBackDeleted);
    if (!plan)
        return std::unexpected(plan.error());
    return MergeSource{std::move(*opened), std::move(*plan)};
}

MergeSummary summaryOf(const Project& other, const MergePlan& plan)
{
    MergeSummary s;
    s.project = other.name();
    s.folder = other.folder();
    s.matchedCities = plan.matchedCities;
    s.matchedResearchers = plan.matchedResearchers;
    s.matchedParticipants = plan.matchedParticipants;
    s.matchedThemes = plan.matchedThemes;
    s.cities = plan.addedCount("cities");
    s.researchers = plan.addedCount("researchers");
    s.participants = plan.addedCount("participants");
    s.interviews = plan.addedCount("interviews");
    s.segments = plan.addedCount("segments");
    s.themes = plan.addedCount("themes");
    s.quotes = plan.addedCount("quotes");
    s.insights = plan.addedCount("insights");
    s.recordings = int(plan.recordings.size());
    s.recordingBytes = plan.recordingBytes;
    s.alreadyHere = plan.alreadyHere;
    s.differing = plan.differing;
    s.deletedHere = plan.deletedHere;
    s.total = int(plan.rows.size() + plan.withdrawals.size());
    s.withdrawn = plan.withdrawn;
    return s;
}

} // namespace

Result<MergeSummary> previewMerge(Session& session, const QString& otherPath, bool bringBackDeleted)
{
    auto source = planMerge(session, otherPath, bringBackDeleted);
    if (!source)
        return std::unexpected(source.error());
    return summaryOf(*source->other, source->plan);
}

Result<MergeSummary> mergeProject(Session& session, const QString& otherPath, bool bringBackDeleted)
{
    if (auto saved = session.flushTyping(); !saved)
        return std::unexpected(saved.error());
    auto source = planMerge(session, otherPath, bringBackDeleted);
    if (!source)
        return std::unexpected(source.error());
    Project& here = session.project();
    MergeSummary made = summaryOf(*source->other, source->plan);
    if (source->plan.rows.isEmpty() && source->plan.withdrawals.isEmpty())
        return made; // merged before: nothing new
    if (auto saved = session.backupNow(QStringLiteral("before-merge")); !saved)
        return std::unexpected(saved.error());
    // The recordings first: files named by their content are harmless should the
    // merge itself then fail.
    const media::MediaLibrary from(*source->other);
    media::MediaLibrary target(here);
    for (const QJsonValue& v : source->plan.rows) {
        const QJsonObject row = v.toObject();
        if (row.value(QStringLiteral("t")).toString() != QLatin1String("media"))
            continue;
        const QJsonObject values = row.value(QStringLiteral("v")).toObject();
        Media m;
        m.sha256 = values.value(QStringLiteral("sha256")).toString();
        m.format = values.value(QStringLiteral("format")).toString();
        m.originalName = values.value(QStringLiteral("original_name")).toString();
        const QString there = from.pathOf(m);
        if (QFileInfo::exists(target.pathOf(m)))
            continue;
        if (!QFileInfo::exists(there)) {
            if (!made.recordingsMissing.contains(m.originalName))
                made.recordingsMissing << m.originalName;
            continue;
        }
        if (auto ok = target.relink(m, there); !ok) {
            if (made.recordingsProblem.isEmpty())
                made.recordingsProblem = ok.error().message;
            made.recordingsMissing << m.originalName;
        }
    }
    if (auto ok = session.run(Verbs::tr("Merge %1").arg(made.project),
                              [&](const WriteScope& w) {
                                  if (auto merged = Merge::apply(here.db(), w, source->plan); !merged)
                                      throw StoreFailure{merged.error()};
                              });
        !ok)
        return std::unexpected(ok.error());
    return made;
}

Result<BecameCopy> makeCopyOfThis(Session& session, const QString& otherPath)
{
    if (auto saved = session.flushTyping(); !saved)
        return std::unexpected(saved.error());
    Project& here = session.project();
    QString author;
    int formerCopies = 0;
    {
        // Everything of the other project is here (merged), or nothing happens.
        auto source = planMerge(session, otherPath);
        if (!source)
            return std::unexpected(source.error());
        const MergePlan& plan = source->plan;
        const QString there = QDir::toNativeSeparators(source->other->folder());
        if (!plan.rows.isEmpty() || !plan.withdrawals.isEmpty())
            return fail(Error::Code::InvalidArgument,
                        Verbs::tr("%1 holds %n record(s) not merged here yet; merge it first. Nothing was "
                                  "changed.",
                                  nullptr, int(plan.rows.size() + plan.withdrawals.size()))
                            .arg(there));
        // Its copy would hold this project's details instead of its own: said, not done.
        if (!plan.differing.isEmpty())
            return fail(Error::Code::InvalidArgument,
                        Verbs::tr("%1 holds details that differ from this project's, which it would lose as "
                                  "a copy: %2. Make them the same on one side (or keep the two projects "
                                  "apart); nothing was changed.")
                            .arg(there, plan.differing.mid(0, 5).join(QStringLiteral("; ")) +
                                            (plan.differing.size() > 5 ? QStringLiteral("; …") : QString())));
        // Its own default author, or none: never this laptop's user name.
        author = ChangeLog::defaultAuthorSet(source->other->db());
        // Copies made of it before stay copies of the project it was.
        SQLite::Statement peers(source->other->db().sql(), "SELECT count(*) FROM sync_peers");
        formerCopies = peers.executeStep() ? peers.getColumn(0).getInt() : 0;
    } // closed here: restoring takes its lock
    BecameCopy made;
    made.folder = Project::folderFor(otherPath);
    const QString incoming = QDir(made.folder).filePath(QStringLiteral("project.db.merged"));
    QFile::remove(incoming);
    const auto removeIncoming = qScopeGuard([&] { QFile::remove(incoming); });
    if (auto copied = here.db().backupTo(incoming); !copied)
        return std::unexpected(copied.error());
    const QString reason = QStringLiteral("before-becoming-copy");
    if (auto replaced = Backups::restore(made.folder, incoming, reason); !replaced)
        return std::unexpected(replaced.error());
    for (const BackupInfo& b : Backups::list(QDir(made.folder).filePath(QStringLiteral("backups"))))
        if (b.reason == reason) {
            made.keptAs = b.path;
            break;
        }
    auto copy = Project::open(made.folder);
    if (!copy)
        return std::unexpected(copy.error());
    if (auto ok = becomeCopyOf(here, **copy, author); !ok)
        return std::unexpected(ok.error());
    made.mediaCopied = copyMissingMedia(media::MediaLibrary(here), **copy).copied;
    made.formerCopies = formerCopies;
    // Undoing the merge now would take what it brought from the copy as well, at the
    // next sync: the history before this point is closed.
    if (QUndoStack* undo = session.undoStack())
        undo->clear();
    return made;
}

Result<SyncMade> syncWith(Session& session, Session& otherSession)
{
    if (auto saved = otherSession.flushTyping(); !saved)
        return std::unexpected(saved.error());
    Project& here = session.project();
    Project& there = otherSession.project();
    if (auto same = sameProject(here, there); !same)
        return std::unexpected(same.error());
    if (auto saved = session.backupNow(QStringLiteral("before-sync")); !saved)
        return std::unexpected(saved.error());
    if (auto saved = otherSession.backupNow(QStringLiteral("before-sync")); !saved)
        return std::unexpected(saved.error());

    auto heldHere = Sync::held(here.db());
    auto heldThere = Sync::held(there.db());
    if (!heldHere || !heldThere)
        return std::unexpected(heldHere ? heldThere.error() : heldHere.error());
    auto toThere = Sync::lacking(here.db(), *heldThere);
    auto toHere = Sync::lacking(there.db(), *heldHere);
    if (!toThere || !toHere)
        return std::unexpected(toThere ? toHere.error() : toThere.error());

    SyncMade made;
    auto bring = [](Session& into, Project& from, std::vector<LogEntry> entries, int& conflicts) -> Status {
        if (entries.empty())
            return {};
        Result<Received> got = Received{};
        auto ok = into.receive(Verbs::tr("Sync with %1").arg(from.name()), [&](const WriteScope& w) {
            got = Sync::receive(into.project().db(), w, std::move(entries));
            if (!got)
                throw StoreFailure{got.error()};
        });
        if (!ok)
            return ok;
        conflicts = got->conflicts;
        return {};
    };
    made.sent = int(toThere->size());
    made.received = int(toHere->size());
    // The other copy first: should this stop half way, this copy still lacks the
    // steps and the next sync brings them.
    if (auto ok = bring(otherSession, here, std::move(*toThere), made.otherConflicts); !ok)
        return std::unexpected(ok.error());
    if (auto ok = bring(session, there, std::move(*toHere), made.conflicts); !ok)
        return std::unexpected(ok.error());
    for (const MediaFetched& fetched : {copyMissingMedia(media::MediaLibrary(there), here),
                                        copyMissingMedia(media::MediaLibrary(here), there)}) {
        made.mediaCopied += fetched.copied;
        for (const QString& name : fetched.missing)
            if (!made.mediaMissing.contains(name))
                made.mediaMissing << name;
        if (made.mediaProblem.isEmpty())
            made.mediaProblem = fetched.problem;
    }
    // Both hold the same steps now.
    if (auto held = Sync::held(here.db()); held) {
        if (auto ok = Sync::notePeer(here.db(), ChangeLog::deviceId(there.db()), *held); !ok)
            return std::unexpected(ok.error());
        if (auto ok = Sync::notePeer(there.db(), ChangeLog::deviceId(here.db()), *held); !ok)
            return std::unexpected(ok.error());
    }
    return made;
}

namespace {

// Recordings this copy's records name that are not in it.
QStringList missingMedia(Project& project)
{
    QStringList missing;
    const media::MediaLibrary library(project);
    for (const Media& m : Reader(project).mediaOf().value_or(std::vector<Media>()))
        if (!QFileInfo::exists(library.pathOf(m)) && !missing.contains(m.originalName))
            missing << m.originalName;
    return missing;
}

} // namespace

Result<ExchangeWritten> writeExchangeFile(Session& session, const QString& file)
{
    if (auto saved = session.flushTyping(); !saved)
        return std::unexpected(saved.error());
    Database& db = session.project().db();
    auto floor = Sync::heldByAllPeers(db);
    if (!floor)
        return std::unexpected(floor.error());
    auto entries = Sync::lacking(db, *floor);
    auto held = Sync::held(db);
    if (!entries || !held)
        return std::unexpected(entries ? held.error() : entries.error());
    ExchangeFile out;
    out.format = Exchange::Format;
    out.schema = schema::currentVersion();
    out.project = ChangeLog::projectId(db);
    out.projectName = session.project().name();
    out.device = ChangeLog::deviceId(db);
    out.held = *held;
    out.entries = std::move(*entries);
    if (auto ok = Exchange::write(file, out); !ok)
        return std::unexpected(ok.error());
    return ExchangeWritten{QFileInfo(file).absoluteFilePath(), int(out.entries.size()),
                           QFileInfo(file).size()};
}

Result<SyncMade> bringInExchangeFile(Session& session, const QString& file)
{
    if (auto saved = session.flushTyping(); !saved)
        return std::unexpected(saved.error());
    auto read = Exchange::read(file);
    if (!read)
        return std::unexpected(read.error());
    Project& here = session.project();
    Database& db = here.db();
    const QString shown = QDir::toNativeSeparators(file);
    const QString ours = ChangeLog::projectId(db);
    if (read->project != ours)
        return fail(Error::Code::InvalidArgument,
                    Verbs::tr("%1 carries changes of the project \u201c%2\u201d (%3), not of this one, "
                              "\u201c%4\u201d (%5); nothing was changed. To bring a project started "
                              "separately in, merge it.")
                        .arg(shown, read->projectName, read->project.left(8), here.name(), ours.left(8)));
    if (read->device == ChangeLog::deviceId(db))
        return fail(
            Error::Code::InvalidArgument,
            Verbs::tr("%1 was written by this copy itself; bring it in on the other laptop.").arg(shown));
    const int version = schema::currentVersion();
    if (read->schema > version)
        return fail(
            Error::Code::InvalidArgument,
            Verbs::tr("%1 was written by a newer Tianye (project version %2; this one has %3). Upgrade "
                      "Tianye on this laptop, then bring the file in again; nothing was changed.")
                .arg(shown)
                .arg(read->schema)
                .arg(version));
    if (read->schema < version)
        return fail(
            Error::Code::InvalidArgument,
            Verbs::tr("%1 was written by an older Tianye (project version %2; this one has %3). Upgrade "
                      "Tianye on the laptop that wrote it and write the file again; nothing was changed.")
                .arg(shown)
                .arg(read->schema)
                .arg(version));
    auto held = Sync::held(db);
    if (!held)
        return std::unexpected(held.error());
    // Every device's steps must follow on from what this copy holds.
    QHash<QString, qint64> first;
    for (const LogEntry& e : read->entries)
        if (!first.contains(e.device) || e.deviceSeq < first.value(e.device))
            first.insert(e.device, e.deviceSeq);
    for (auto it = first.begin(); it != first.end(); ++it)
        if (it.value() > held->value(it.key(), 0) + 1)
            return fail(
                Error::Code::InvalidArgument,
                Verbs::tr("%1 starts after changes this copy has not got yet (of copy %2: it has up to "
                          "step %3, the file starts at %4). It was written for a copy that had them; "
                          "sync with that copy, or ask for a file written after this copy's last "
                          "exchange. Nothing was changed.")
                    .arg(shown, it.key().left(8))
                    .arg(held->value(it.key(), 0))
                    .arg(it.value()));
    SyncMade made;
    std::vector<LogEntry> entries;
    for (LogEntry& e : read->entries)
        if (e.deviceSeq > held->value(e.device, 0))
            entries.push_back(std::move(e));
    if (!entries.empty()) {
        if (auto saved = session.backupNow(QStringLiteral("before-sync")); !saved)
            return std::unexpected(saved.error());
        made.received = int(entries.size());
        Result<Received> got = Received{};
        auto ok = session.receive(Verbs::tr("Bring In Changes from %1").arg(QFileInfo(file).fileName()),
                                  [&](const WriteScope& w) {
                                      got = Sync::receive(db, w, std::move(entries));
                                      if (!got)
                                          throw StoreFailure{got.error()};
                                  });
        if (!ok)
            return std::unexpected(ok.error());
        made.conflicts = got->conflicts;
    }
    if (auto ok = Sync::notePeer(db, read->device, read->held); !ok)
        return std::unexpected(ok.error());
    made.mediaMissing = missingMedia(here);
    return made;
}

Status takeConflict(Session& session, qint64 id)
{
    auto c = Sync::conflict(session.project().db(), id);
    if (!c)
        return std::unexpected(c.error());
    return session.run(Verbs::tr("Take the Value That Lost (%1)").arg(c->record), [&](const WriteScope& w) {
        if (auto ok = Sync::take(session.project().db(), w, id); !ok)
            throw StoreFailure{ok.error()};
    });
}

QString fieldLabel(const QString& column)
{
    return Sync::fieldLabel(column);
}

} // namespace tianye::ops
