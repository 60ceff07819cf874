// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QDialog>

class QListWidget;

namespace tianye::ui {

// Lists the project's backups, newest first, and returns the one chosen.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QString& backupDir, QWidget* parent = nullptr);
    QString chosenFile() const;

private:
    QListWidget* m_list;
};

} // namespace tianye::ui
