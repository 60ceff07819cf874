// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>
#include <vector>

class QUndoStack;

namespace tianye {
class ChangeSet;
class Project;
class WriteScope;
} // namespace tianye

namespace tianye::ops {

// The one door through which a project is written. Every verb (one function per user
// action, in the files beside this one) runs its work through run(): one step of the
// project's history, recorded as an SQLite changeset, put on the undo stack under the
// verb's label. The window and tianye-cli hold one each for the project they have open.
//
// It also keeps the register of typing not yet saved (a transcript, a quote's note, a
// city's statement): each editor that saves with a delay registers how to save now,
// and flushTyping() is called before anything that must see every word (undo, redo,
// import, export, sync, closing).
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    // The history goes on undoStack when one is given (the window keeps one stack for
    // the projects it opens one after another), else on a stack of the session's own.
    explicit Session(Project& project, QUndoStack* undoStack = nullptr, QObject* parent = nullptr);
    ~Session() override;

    Project& project() const { return m_project; }
    QUndoStack* undoStack() const { return m_undo; }

    // Runs body as one step of the history under label ("Undo <label>"). Consecutive
    // steps with the same non-empty mergeKey become one (typing in one field). On
    // failure nothing is changed and the error is returned; a step that changed
    // nothing is not put on the history.
    Status run(const QString& label, const std::function<void(const WriteScope&)>& body,
               const QString& mergeKey = {});

    // Like run(), for long writes (imports): body runs on a second connection to the
    // project (Project::openAside) on a worker thread, and this thread waits in an
    // event loop, so a progress dialog keeps painting, without a transaction of its
    // own open (nothing the window does can join the step). The step is announced and
    // put on the history here when it has committed.
    Status runAside(const QString& label, const std::function<void(Project& aside, const WriteScope&)>& body);

    // Like run(), for steps made on other copies that sync brings in: one step of the
    // history (undoing it is a change of this copy's own), but not appended to the
    // change log as this copy's: sync keeps the other copies' steps there as they are.
    Status receive(const QString& label, const std::function<void(const WriteScope&)>& body);

    // A copy of the project's database into its backups/ folder now, then rotation;
    // done by the verbs before bulk changes (imports, merges).
    Result<QString> backupNow(const QString& reason);
    // How many backups rotation keeps (the window's preference; 10 unless set).
    void setBackupsKept(int keep) { m_backupsKept = keep; }
    int backupsKept() const { return m_backupsKept; }

    // Saves what is typed first, then undoes or redoes one step. An undo that cannot
    // be applied drops the step (undoFailed is emitted, and the error returned).
    Status undo();
    Status redo();

    // How an editor saves what it has not saved yet; removed when owner is destroyed.
    void registerTyping(QObject* owner, std::function<Status()> save);
    // Saves every editor's unsaved typing; the first failure is returned (the editor
    // keeps its words and will try again).
    Status flushTyping();

Q_SIGNALS:
    // An undo or redo could not be applied (the step is dropped from the history).
    void undoFailed(const QString& action, const tianye::Error& error);

private:
    Status step(const QString& label, const std::function<void(const WriteScope&)>& body,
                const QString& mergeKey, bool logged);
    void push(const QString& label, ChangeSet changes, const QString& mergeKey);

    Project& m_project;
    QUndoStack* m_undo;
    int m_backupsKept = 10;
    struct Typing
    {
        QPointer<QObject> owner;
        std::function<Status()> save;
    };
    std::vector<Typing> m_typing;
    std::optional<Error> m_stepError; // of the undo or redo running
};

} // namespace tianye::ops
