// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QString>

// Verbs of team work: Team → Copy for a Colleague… (tianye-cli clone). Copies of one
// project share its identity and history and each is a device of its own, so that
// they can later be brought together (store/ChangeLog).
namespace tianye::ops {

class Session;

struct CopyMade
{
    QString folder;     // the new project folder
    int mediaFiles = 0; // recordings copied
    qint64 mediaBytes = 0;
    int mediaLeft = 0; // recordings not copied (--without-media)
};

// A copy of the open project at destination (".tianye" appended when missing), for a
// colleague: the same project and history, a device of its own, author (the
// colleague's name) as the default author of its changes. Recordings are copied
// unless withMedia is false. What is typed is saved first; the project itself is not
// changed. Refuses a destination that exists and is not empty; on failure (disk full)
// nothing is left at destination.
Result<CopyMade> copyForColleague(Session& session, const QString& destination, const QString& author,
                                  bool withMedia);

} // namespace tianye::ops
