// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "app/ProjectSession.h"

#include "app/EditCommand.h"
#include "app/Settings.h"
#include "demo/DemoProject.h"
#include "store/Project.h"

#include <QDir>
#include <QStandardPaths>
#include <QUndoStack>

namespace tianye::ui {

ProjectSession::ProjectSession(QObject* parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    m_undo->setUndoLimit(500);
}

ProjectSession::~ProjectSession() = default;

QString ProjectSession::demoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("Demo.tianye"));
}

Status ProjectSession::adopt(Result<std::unique_ptr<Project>> project)
{
    if (!project)
        return std::unexpected(project.error());
    m_project = std::move(*project);
    const QString folder = m_project->folder();
    settings::lastProject.set(folder);
    QStringList recent = settings::recentProjects.get();
    recent.removeAll(folder);
    recent.prepend(folder);
    settings::recentProjects.set(recent.mid(0, 8));
    Q_EMIT projectChanged(m_project.get());
    return {};
}

Status ProjectSession::open(const QString& path)
{
    close();
    return adopt(Project::open(path));
}

Status ProjectSession::create(const QString& path)
{
    close();
    return adopt(Project::create(path));
}

Status ProjectSession::openDemo()
{
    close();
    const QString path = demoPath();
    if (QDir(path).exists())
        return adopt(Project::open(path));
    QDir().mkpath(QFileInfo(path).absolutePath());
    return adopt(demo::DemoProject::create(path));
}

Status ProjectSession::openAtStart(const QStringList& args)
{
    if (!args.isEmpty())
        return open(args.front());
    const QString last = settings::lastProject.get();
    if (last.isEmpty())
        return openDemo();
    if (QDir(last).exists())
        return open(last);
    return {};
}

void ProjectSession::close()
{
    if (!m_project)
        return;
    m_undo->clear();
    Q_EMIT projectChanged(nullptr);
    m_project.reset();
}

Status ProjectSession::edit(const QString& label, const std::function<void()>& body, const QString& mergeKey)
{
    if (!m_project)
        return fail(Error::Code::InvalidArgument, tr("No project is open."));
    auto changes = ChangeSet::record(m_project->db(), body);
    if (!changes)
        return std::unexpected(changes.error());
    if (changes->isEmpty())
        return {};
    m_undo->push(new EditCommand(
        m_project->db(), label, std::move(*changes), mergeKey,
        [this](const QString& action, const Error& error) { Q_EMIT undoFailed(action, error); }));
    return {};
}

} // namespace tianye::ui
