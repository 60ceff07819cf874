// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/Change.h"

namespace tianye {

QString entityName(Entity e)
{
    switch (e) {
    case Entity::Researcher:
        return QStringLiteral("researcher");
    case Entity::City:
        return QStringLiteral("city");
    case Entity::Participant:
        return QStringLiteral("participant");
    case Entity::Interview:
        return QStringLiteral("interview");
    case Entity::Media:
        return QStringLiteral("media");
    case Entity::Marker:
        return QStringLiteral("marker");
    case Entity::Segment:
        return QStringLiteral("segment");
    case Entity::Theme:
        return QStringLiteral("theme");
    case Entity::Quote:
        return QStringLiteral("quote");
    case Entity::Insight:
        return QStringLiteral("insight");
    }
    return {};
}

} // namespace tianye
