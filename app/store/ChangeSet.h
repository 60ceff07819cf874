// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Ids.h"
#include "store/WriteScope.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

namespace tianye {

class Database;
namespace ops {
class Session;
}

// The row changes of one write, recorded by SQLite's session extension. Applying it
// backwards undoes the write; applying it forwards again redoes it. Only the
// project's own tables are recorded: the search index follows through its triggers.
class ChangeSet final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::ChangeSet)

public:
    enum class Direction
    {
        Backward, // undo
        Forward   // redo
    };

    ChangeSet() = default;
    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype sizeBytes() const { return m_bytes.size(); }
    const QByteArray& bytes() const { return m_bytes; }

    // Whether changes to a table are recorded (the project's own tables; not caches,
    // meta or the search index, which follow the recorded tables).
    static bool records(const char* table);

    // Applies the changes in one write, and appends what it did to the change log
    // under label ("Undo Make Quote"). Fails, changing nothing, when a row has been
    // changed since in a way that conflicts (e.g. by another program), or when the
    // result would refer to a missing row.
    Status apply(Database& db, Direction direction, const QString& label) const;

    // Announces the changed rows through db's notifier, as if db had made them (a step
    // recorded on another connection to the same project: ops::Session::runAside).
    void announce(Database& db) const;

    // Announces one row written into a recorded table outside the repositories (a
    // merge), as they would: key is the value of the table's first key column (its
    // id; for a link table, the record it belongs to).
    static void announceWritten(Database& db, const char* table, RowId key, bool inserted);

    // This change set followed by later (e.g. typing in one field, merged into one
    // undo step). The result undoes both.
    Result<ChangeSet> followedBy(const ChangeSet& later) const;

private:
    friend class ops::Session; // the verbs layer: the only code that writes
    // Runs body in one write of db and records what it changed. Nothing is recorded
    // when the body fails (and rolls back). beforeCommit runs in the same write once
    // the recording has stopped (a change log entry written there is not recorded),
    // and the changes are announced after the commit.
    static Result<ChangeSet> record(Database& db, const std::function<void(const WriteScope&)>& body,
                                    const std::function<void(const ChangeSet&)>& beforeCommit = {});
    explicit ChangeSet(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {}
    QByteArray m_bytes;
};

} // namespace tianye
