// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "main/ProjectCare.h"

#include "app/ProjectSession.h"
#include "app/RestoreBackupDialog.h"
#include "app/TypingPrompt.h"
#include "store/Backups.h"
#include "store/IntegrityReport.h"
#include "store/Project.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace tianye::ui {

ProjectCare::ProjectCare(ProjectSession* session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{}

void ProjectCare::check()
{
    Project* project = m_session->project();
    if (!project)
        return;
    const QString path = project->databasePath();
    auto* progress =
        new QProgressDialog(tr("Checking %1…").arg(project->name()), tr("Cancel"), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("checkProgress"));
    progress->setWindowTitle(tr("Check Project"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });

    using Outcome = Result<QStringList>;
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, progress, path] {
        watcher->deleteLater();
        progress->close();
        const Outcome outcome = watcher->result();
        Project* now = m_session->project();
        if (!now || now->databasePath() != path)
            return;
        if (!outcome && outcome.error().code == Error::Code::Cancelled) {
            Q_EMIT message(tr("Check cancelled."), 5000);
            return;
        }
        IntegrityReport report;
        report.problems = outcome ? *outcome : QStringList{outcome.error().message};
        report.checkProject(*now);
        auto* box = new QMessageBox(m_window);
        box->setObjectName(QStringLiteral("checkResult"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowTitle(tr("Check Project"));
        box->setIcon(report.ok() ? QMessageBox::Information : QMessageBox::Warning);
        box->setText(
            report.ok()
                ? tr("No problems found in %1.").arg(now->name())
                : tr("%n problem(s) found in %1.", nullptr, int(report.problems.size())).arg(now->name()));
        const QStringList details = report.problems + report.notes;
        if (!details.isEmpty())
            box->setInformativeText(details.mid(0, 20).join(QLatin1Char('\n')));
        box->open();
    });
    watcher->setFuture(QtConcurrent::run([path, cancelled] {
        return IntegrityReport::checkDatabaseFile(path, [cancelled] { return cancelled->load(); });
    }));
    progress->show();
}

void ProjectCare::restoreBackup()
{
    Project* project = m_session->project();
    if (!project)
        return;
    RestoreBackupDialog dialog(project->backupDir(), m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenFile().isEmpty() ||
        !mayLoseTyping(m_window, *m_session->typing(), tr("Restore from Backup")))
        return;
    if (auto ok = m_session->restore(dialog.chosenFile()); !ok)
        Q_EMIT failed(tr("Restore from Backup"), ok.error());
    else
        Q_EMIT message(tr("Restored from %1.").arg(QFileInfo(dialog.chosenFile()).fileName()), 8000);
}

void ProjectCare::reportOpenFailure(const Error& error)
{
    const QString folder = m_session->lastAttempt();
    const QString backupDir = QDir(folder).filePath(QStringLiteral("backups"));
    QString good;
    QDateTime when;
    if (error.code == Error::Code::Corrupt && !folder.isEmpty()) {
        for (const BackupInfo& b : Backups::list(backupDir)) {
            if (Backups::verify(b.path)) {
                good = b.path;
                when = b.when;
                break;
            }
        }
    }
    if (good.isEmpty()) {
        Q_EMIT failed(tr("Open Project"), error);
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Open Project"), error.message, QMessageBox::Cancel,
                                m_window);
    box->setObjectName(QStringLiteral("offerBackup"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setInformativeText(
        tr("The newest good backup is from %1. Restore it? The damaged database is kept in "
           "the backups folder.")
            .arg(QLocale().toString(when, QLocale::ShortFormat)));
    QPushButton* restore = box->addButton(tr("Restore Backup"), QMessageBox::AcceptRole);
    connect(box, &QMessageBox::finished, this, [this, box, restore, folder, good] {
        if (box->clickedButton() != restore)
            return;
        if (auto ok = Backups::restore(folder, good); !ok) {
            Q_EMIT failed(tr("Restore from Backup"), ok.error());
            return;
        }
        if (auto ok = m_session->open(folder); !ok)
            Q_EMIT failed(tr("Open Project"), ok.error());
        else
            Q_EMIT message(tr("Restored from %1.").arg(QFileInfo(good).fileName()), 8000);
    });
    box->open();
}

} // namespace tianye::ui
