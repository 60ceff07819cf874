// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

namespace tianye {

class Database;

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

    // Runs body in one write of db and records what it changed. Nothing is
    // recorded when the body fails (and rolls back).
    static Result<ChangeSet> record(Database& db, const std::function<void()>& body);

    // Applies the changes in one write. Fails, changing nothing, when a row has
    // been changed since in a way that conflicts (e.g. by another program).
    Status apply(Database& db, Direction direction) const;

    // This change set followed by later (e.g. typing in one field, merged into one
    // undo step). The result undoes both.
    Result<ChangeSet> followedBy(const ChangeSet& later) const;

private:
    explicit ChangeSet(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {}
    QByteArray m_bytes;
};

} // namespace tianye
