// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QObject>

class QWidget;

namespace tianye::ui {

class ProjectSession;

// Looking after the project file: Tools → Check Project (in a worker, with Cancel),
// File → Restore from Backup, and the offer of the newest good backup when a
// damaged project does not open.
class ProjectCare final : public QObject
{
    Q_OBJECT

public:
    // window: the parent of the dialogs and questions.
    ProjectCare(ProjectSession* session, QWidget* window);

    void check();
    void restoreBackup();
    // Tells why a project did not open. A damaged one gets the offer to restore its
    // newest good backup (the damaged file is kept).
    void reportOpenFailure(const Error& error);

Q_SIGNALS:
    void failed(const QString& action, const tianye::Error& error);
    void message(const QString& text, int timeoutMs);

private:
    ProjectSession* m_session;
    QWidget* m_window;
};

} // namespace tianye::ui
