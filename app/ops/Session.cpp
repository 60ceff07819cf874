// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "ops/Session.h"

#include "ops/EditCommand.h"
#include "store/Backups.h"
#include "store/ChangeLog.h"
#include "store/ChangeSet.h"
#include "store/Project.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QScopeGuard>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace tianye::ops {

Session::Session(Project& project, QUndoStack* undoStack, QObject* parent)
    : QObject(parent)
    , m_project(project)
    , m_undo(undoStack ? undoStack : new QUndoStack(this))
{
    if (!undoStack)
        m_undo->setUndoLimit(500);
}

Session::~Session() = default;

Status Session::run(const QString& label, const std::function<void(const WriteScope&)>& body,
                    const QString& mergeKey)
{
    return step(label, body, mergeKey, true);
}

Status Session::receive(const QString& label, const std::function<void(const WriteScope&)>& body)
{
    return step(label, body, {}, false);
}

Status Session::step(const QString& label, const std::function<void(const WriteScope&)>& body,
                     const QString& mergeKey, bool logged)
{
    Database& db = m_project.db();
    db.holdNotices();
    const auto announce = qScopeGuard([&db] { db.releaseNotices(); });
    auto changes = ChangeSet::record(db, body, [&](const ChangeSet& c) {
        if (logged)
            ChangeLog::append(db, c.bytes(), label);
    });
    if (!changes)
        return std::unexpected(changes.error());
    push(label, std::move(*changes), mergeKey);
    return {};
}

Status Session::runAside(const QString& label,
                         const std::function<void(Project& aside, const WriteScope&)>& body)
{
    auto aside = m_project.openAside();
    if (!aside)
        return std::unexpected(aside.error());
    Project* other = aside->get();
    QFuture<Result<ChangeSet>> future = QtConcurrent::run([other, &body, &label] {
        return ChangeSet::record(
            other->db(), [&](const WriteScope& w) { body(*other, w); },
            [&](const ChangeSet& c) { ChangeLog::append(other->db(), c.bytes(), label); });
    });
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<Result<ChangeSet>> watcher;
        connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    Result<ChangeSet> changes = future.result();
    aside->reset();
    if (!changes)
        return std::unexpected(changes.error());
    Database& db = m_project.db();
    db.holdNotices();
    const auto announce = qScopeGuard([&db] { db.releaseNotices(); });
    changes->announce(db);
    push(label, std::move(*changes), {});
    return {};
}

void Session::push(const QString& label, ChangeSet changes, const QString& mergeKey)
{
    if (changes.isEmpty())
        return;
    m_undo->push(new EditCommand(m_project.db(), label, std::move(changes), mergeKey,
                                 [this](const QString& action, const Error& error) {
                                     m_stepError = error;
                                     Q_EMIT undoFailed(action, error);
                                 }));
}

Result<QString> Session::backupNow(const QString& reason)
{
    auto made = Backups::create(m_project.databasePath(), m_project.backupDir(), reason);
    if (made)
        Backups::rotate(m_project.backupDir(), m_backupsKept);
    return made;
}

Status Session::undo()
{
    if (auto saved = flushTyping(); !saved)
        return saved;
    m_stepError.reset();
    Database& db = m_project.db();
    db.holdNotices();
    m_undo->undo();
    db.releaseNotices();
    return m_stepError ? Status(std::unexpected(*m_stepError)) : Status();
}

Status Session::redo()
{
    if (auto saved = flushTyping(); !saved)
        return saved;
    m_stepError.reset();
    Database& db = m_project.db();
    db.holdNotices();
    m_undo->redo();
    db.releaseNotices();
    return m_stepError ? Status(std::unexpected(*m_stepError)) : Status();
}

void Session::registerTyping(QObject* owner, std::function<Status()> save)
{
    m_typing.push_back({owner, std::move(save)});
}

Status Session::flushTyping()
{
    std::erase_if(m_typing, [](const Typing& t) { return t.owner.isNull(); });
    Status first;
    // A copy: saving may open or close editors.
    const std::vector<Typing> typing = m_typing;
    for (const Typing& t : typing) {
        if (t.owner.isNull())
            continue;
        if (Status saved = t.save(); !saved && first)
            first = std::unexpected(saved.error());
    }
    return first;
}

} // namespace tianye::ops
