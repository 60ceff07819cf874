// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "store/ChangeSet.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace tianye {
class Database;
struct Error;
} // namespace tianye

namespace tianye::ops {

// One undoable edit: the changes it made to the project, recorded when it was
// committed. The edit is already done when the command is pushed, so the first
// redo() does nothing.
class EditCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(tianye::ops::EditCommand)

public:
    using ErrorSink = std::function<void(const QString& action, const Error& error)>;

    // mergeKey: consecutive edits with the same non-empty key become one step
    // (typing in one field).
    EditCommand(Database& db, const QString& label, ChangeSet changes, QString mergeKey, ErrorSink onError);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    Database& m_db;
    ChangeSet m_changes;
    QString m_mergeKey;
    ErrorSink m_onError;
    bool m_done = true;
};

} // namespace tianye::ops
