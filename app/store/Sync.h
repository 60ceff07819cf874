// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "store/ChangeLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <vector>

namespace tianye {

class Database;
class WriteScope;

struct Received
{
    int entries = 0;   // steps of other copies applied
    int conflicts = 0; // listed while applying them
};

// Bringing copies of a project together (store/ChangeLog keeps each copy's steps).
// Each copy holds, for every device, a prefix of that device's steps; sync sends each
// side the steps it lacks and applies them in clock order. A field holds the write
// with the greatest (clock, device) — the same on every copy, whatever the order of
// syncs — and a conflict is listed where the losing value was written concurrently.
// A withdrawal of consent wins whatever the clock; a delete wins over an edit, except
// that a row still referred to (a city another copy logged interviews in) is kept.
class Sync final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::Sync)

public:
    // device → the highest of its steps this copy holds.
    static Result<QHash<QString, qint64>> held(Database& db);
    // This copy's steps that a copy holding `held` lacks, oldest first.
    static Result<std::vector<LogEntry>> lacking(Database& db, const QHash<QString, qint64>& held);
    // Applies steps of other copies (in the verbs layer's step: one undo step); steps
    // already held are skipped, so receiving twice changes nothing.
    static Result<Received> receive(Database& db, const WriteScope& w, std::vector<LogEntry> entries);

    static Result<std::vector<Conflict>> conflicts(Database& db, bool includeTaken = false);
    static Result<Conflict> conflict(Database& db, qint64 id);
    // A record as a person reads it ("city 大同", "quote “…”"), from its fields.
    static QString describe(const QString& table, const std::function<QString(const char* column)>& field);
    // A field as a person reads it ("spirit word" for spirit_word).
    static QString fieldLabel(const QString& column);
    // Makes a conflict's lost value current (in the verbs layer's step): a field gets
    // the value that lost; a record deleted against an edit comes back, with the edit
    // and with what the same delete took with it (a quote's themes).
    static Status take(Database& db, const WriteScope& w, qint64 id);

    // The other copies met (synced with, made, or read an exchange file of) and what
    // each held then.
    static Status notePeer(Database& db, const QString& device, const QHash<QString, qint64>& held);
    // Per device, the fewest of its steps any copy met holds: what an exchange file
    // must carry from (every step when no copy was met).
    static Result<QHash<QString, qint64>> heldByAllPeers(Database& db);
};

} // namespace tianye
