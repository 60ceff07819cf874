// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "ops/EditCommand.h"

#include "store/Database.h"

namespace tianye::ops {

namespace {
constexpr int MergeableId = 0x7479; // any fixed value: all mergeable edits share it
}

EditCommand::EditCommand(Database& db, const QString& label, ChangeSet changes, QString mergeKey,
                         ErrorSink onError)
    : m_db(db)
    , m_changes(std::move(changes))
    , m_mergeKey(std::move(mergeKey))
    , m_onError(std::move(onError))
{
    setText(label);
}

void EditCommand::undo()
{
    const QString action = tr("Undo %1").arg(text());
    if (auto ok = m_changes.apply(m_db, ChangeSet::Direction::Backward, action); !ok) {
        // The project no longer matches this step; drop it rather than half-apply.
        setObsolete(true);
        m_onError(action, ok.error());
        return;
    }
    m_done = false;
}

void EditCommand::redo()
{
    if (m_done)
        return;
    const QString action = tr("Redo %1").arg(text());
    if (auto ok = m_changes.apply(m_db, ChangeSet::Direction::Forward, action); !ok) {
        setObsolete(true);
        m_onError(action, ok.error());
        return;
    }
    m_done = true;
}

int EditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : MergeableId;
}

bool EditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* later = static_cast<const EditCommand*>(other);
    if (later->m_mergeKey != m_mergeKey || &later->m_db != &m_db)
        return false;
    auto merged = m_changes.followedBy(later->m_changes);
    if (!merged)
        return false;
    m_changes = std::move(*merged);
    return true;
}

} // namespace tianye::ops
