// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Ids.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace tianye {

enum class Entity
{
    Researcher,
    City,
    Participant,
    Interview,
    Media,
    Marker,
    Segment,
    Theme,
    Quote,
    Insight
};
enum class ChangeKind
{
    Inserted,
    Updated,
    Removed
};

// What one committed write did: which rows of which entity, and for updates which
// columns. Item models turn these into their begin/end signals.
struct Change
{
    Entity entity = Entity::City;
    ChangeKind kind = ChangeKind::Updated;
    QList<RowId> ids;
    QStringList fields; // column names, for Updated; empty means "any"
    bool operator==(const Change&) const = default;
};

QString entityName(Entity e);

// Emits each change once its transaction has committed, never for rolled-back work.
class ChangeNotifier final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
Q_SIGNALS:
    void changed(const tianye::Change& change);
};

} // namespace tianye

Q_DECLARE_METATYPE(tianye::Change)
