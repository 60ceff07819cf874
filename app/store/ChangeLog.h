// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Records.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QString>

#include <optional>
#include <vector>

namespace SQLite {
class Statement;
}

namespace tianye {

class Database;

// The project's change log (schema v8): every step of the history that committed in
// this copy — verbs, undo and redo alike — appended in the same write as the step, so
// the log and the data never disagree. It is what copies exchange to come together
// (sync) and what Team → Activity lists. Also the copy's identity: the project's UUID
// (the same in every copy) and the device's (one per copy; a folder copied or moved
// by hand becomes a new device when opened, so two copies never share one).
class ChangeLog final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::ChangeLog)

public:
    // Gives the project a UUID if it has none, and this copy a device UUID if it has
    // none or the folder is not where (or on the machine where) it was last opened.
    static Status identify(Database& db, const QString& folder);
    // Makes this copy a new device (a copy made for a colleague).
    static Status becomeNewDevice(Database& db, const QString& folder);
    static QString projectId(Database& db);
    static QString deviceId(Database& db);
    // The name recorded as author of this copy's steps when no researcher is set as
    // author (Database::setAuthor): the colleague a copy was made for, else the
    // system's user name.
    static Status setDefaultAuthor(Database& db, const QString& name);
    static QString defaultAuthor(Database& db);
    // The default author set for this copy, or "" when none was (no fallback).
    static QString defaultAuthorSet(Database& db);

    // Appends what the changeset (SQLite session format, as applied) did, inside the
    // write that made it. Throws StoreFailure (rolling the write back) when it cannot.
    static void append(Database& db, const QByteArray& changeset, const QString& label);
    // The same for rows already in the log's form (what sync itself decides).
    static void appendRows(Database& db, const QJsonArray& rows, const QString& label);

    // Notes which write each field of rows now holds, and keeps deleted rows as
    // tombstones (sync_fields, sync_tombstones): for this copy's own steps and for the
    // rows sync applies from other copies.
    static void noteWrites(Database& db, const QJsonArray& rows, qint64 clock, const QString& device);
    // A row's key as sync_fields and sync_tombstones keep it: the UUID, or a link row's
    // key object as compact JSON.
    static QString keyText(const QJsonValue& key);
    // Moves this copy's clock past a clock seen in another copy's step.
    static void witness(Database& db, qint64 clock);

    // The newest entries first, at most limit.
    static Result<std::vector<LogEntry>> recent(Database& db, int limit);
    // The newest write to an interview (its fields or its transcript's segments) or a
    // quote (its fields or its themes), table "interviews" or "quotes": from the field
    // stamps sync keeps, with the author of the step that made it. Nothing for another
    // table, a row not here, or a record the log has no write of.
    static Result<std::optional<LastWrite>> lastWrite(Database& db, const QString& table, RowId id);
    // A step as read by a statement whose columns are seq, device, device_seq, clock,
    // author, label, changes, in that order (the log's readers, here and in store/Sync).
    static LogEntry entryAt(SQLite::Statement& st);
    static Result<qint64> count(Database& db);
};

} // namespace tianye
