// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QObject>

class QWidget;

namespace tianye::ui {

class ProjectSession;

// The Team menu: Copy for a Colleague… (ops::copyForColleague, as tianye-cli clone),
// Sync with Another Copy… (a copy's folder, or an exchange file: tianye-cli sync),
// Write Exchange File… (tianye-cli sync --to), Fetch Recordings from Another Copy…
// (tianye-cli media --fetch-from), Merge Another Project… (tianye-cli merge), Conflicts (tianye-cli
// conflicts, where the value that lost can be taken) and Activity (tianye-cli activity).
class TeamWork final : public QObject
{
    Q_OBJECT

public:
    // window: the parent of the dialogs.
    TeamWork(ProjectSession* session, QWidget* window);

    void copyForColleague();
    void showActivity();
    void syncWithCopy();
    void fetchRecordings();
    void mergeProject();
    void writeExchangeFile();
    void showConflicts();

Q_SIGNALS:
    void failed(const QString& action, const tianye::Error& error);
    void message(const QString& text, int timeoutMs);

private:
    ProjectSession* m_session;
    QWidget* m_window;
};

} // namespace tianye::ui
