// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QObject>

#include <functional>
#include <memory>

class QUndoStack;

namespace tianye {
class Project;
}

namespace tianye::ui {

// The project open in this window. Owns it; tells views when it changes.
class ProjectSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectSession)

public:
    explicit ProjectSession(QObject* parent = nullptr);
    ~ProjectSession() override;

    Project* project() const { return m_project.get(); }
    // Each closes the current project first, and on success remembers the new one.
    Status open(const QString& path);
    Status create(const QString& path);
    // The demo project in the user's data folder, written there the first time.
    Status openDemo();
    static QString demoPath();
    // What the app opens when it starts: the project named on the command line, else
    // the last project, else (the first start) the demo project, written then.
    // A last project that no longer exists opens nothing.
    Status openAtStart(const QStringList& args);
    void close();

    // The undo history of the open project; cleared when another project opens.
    QUndoStack* undoStack() const { return m_undo; }
    // Runs body as one write and puts it on the undo history under label (shown as
    // "Undo <label>"). Consecutive edits with the same non-empty mergeKey become one
    // step. On failure nothing is changed and the error is returned.
    Status edit(const QString& label, const std::function<void()>& body, const QString& mergeKey = {});

Q_SIGNALS:
    void projectChanged(tianye::Project* project); // nullptr when closed
    // An undo or redo could not be applied (the step is dropped from the history).
    void undoFailed(const QString& action, const tianye::Error& error);

private:
    Status adopt(Result<std::unique_ptr<Project>> project);
    std::unique_ptr<Project> m_project;
    QUndoStack* m_undo;
};

} // namespace tianye::ui
