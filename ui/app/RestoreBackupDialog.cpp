// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "app/RestoreBackupDialog.h"

#include "store/Backups.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace tianye::ui {

namespace {

QString reasonLabel(const QString& reason)
{
    if (reason == QLatin1String("open"))
        return RestoreBackupDialog::tr("when the project was opened");
    if (reason == QLatin1String("auto"))
        return RestoreBackupDialog::tr("during editing");
    if (reason == QLatin1String("manual"))
        return RestoreBackupDialog::tr("made by hand");
    if (reason == QLatin1String("before-import"))
        return RestoreBackupDialog::tr("before an import");
    if (reason == QLatin1String("before-restore"))
        return RestoreBackupDialog::tr("before a restore");
    if (reason.startsWith(QLatin1String("before-v")))
        return RestoreBackupDialog::tr("before an upgrade of the project");
    return reason;
}

} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QString& backupDir, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from Backup"));
    resize(560, 420);
    auto* layout = new QVBoxLayout(this);
    auto* note =
        new QLabel(tr("The project goes back to the state of the backup you choose. What it holds "
                      "now is kept as another backup, so a restore can be undone by restoring that."),
                   this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups"));
    const QLocale locale;
    for (const BackupInfo& b : Backups::list(backupDir)) {
        auto* item =
            new QListWidgetItem(QStringLiteral("%1 — %2 (%3)")
                                    .arg(locale.toString(b.when, QLocale::ShortFormat), reasonLabel(b.reason),
                                         locale.formattedDataSize(b.sizeBytes)),
                                m_list);
        item->setData(Qt::UserRole, b.path);
    }
    m_list->setCurrentRow(0);
    layout->addWidget(m_list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Restore"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString RestoreBackupDialog::chosenFile() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace tianye::ui
