// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "main/TeamWork.h"

#include "app/ProjectSession.h"
#include "ops/Reader.h"
#include "ops/Team.h"
#include "store/Project.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tianye::ui {

namespace {

constexpr int ActivityShown = 200;

// Where the copy goes, for whom, and whether the recordings go with it.
class CopyDialog final : public QDialog
{
    Q_OBJECT

public:
    CopyDialog(const QString& projectName, const QString& suggestedFolder, QWidget* parent)
        : QDialog(parent)
    {
        setObjectName(QStringLiteral("copyForColleague"));
        setWindowTitle(tr("Copy for a Colleague"));
        auto* intro =
            new QLabel(tr("A copy of %1 for a colleague's laptop: the same project and history, so that "
                          "the copies can be brought together later.")
                           .arg(projectName));
        intro->setWordWrap(true);
        m_folder = new QLineEdit(suggestedFolder);
        m_folder->setObjectName(QStringLiteral("folder"));
        m_folder->setAccessibleName(tr("Folder of the copy"));
        auto* browse = new QPushButton(tr("Choose…"));
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString dir = QFileDialog::getExistingDirectory(this, tr("Where to Put the Copy"),
                                                                  QFileInfo(m_folder->text()).absolutePath());
            if (!dir.isEmpty())
                m_folder->setText(QDir(dir).filePath(QFileInfo(m_folder->text()).fileName()));
        });
        auto* folderRow = new QHBoxLayout;
        folderRow->addWidget(m_folder, 1);
        folderRow->addWidget(browse);
        m_name = new QLineEdit;
        m_name->setObjectName(QStringLiteral("colleague"));
        m_name->setPlaceholderText(tr("e.g. 李娜"));
        m_name->setAccessibleName(tr("Colleague's name"));
        m_media = new QCheckBox(tr("Include the recordings"));
        m_media->setObjectName(QStringLiteral("withMedia"));
        m_media->setChecked(true);
        m_media->setToolTip(tr("Recordings are large; a copy without them can fetch them later from any copy "
                               "that has them."));
        auto* form = new QFormLayout;
        auto* folderLabel = new QLabel(tr("&Folder:"));
        folderLabel->setBuddy(m_folder);
        form->addRow(folderLabel, folderRow);
        form->addRow(tr("Colleague's &name:"), m_name);
        form->addRow(QString(), m_media);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        buttons->button(QDialogButtonBox::Ok)->setText(tr("Make Copy"));
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(intro);
        layout->addLayout(form);
        layout->addWidget(buttons);
        resize(560, sizeHint().height());
    }

    QString folder() const { return m_folder->text().trimmed(); }
    QString colleague() const { return m_name->text().trimmed(); }
    bool withMedia() const { return m_media->isChecked(); }

private:
    QLineEdit* m_folder;
    QLineEdit* m_name;
    QCheckBox* m_media;
};

} // namespace

TeamWork::TeamWork(ProjectSession* session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{}

void TeamWork::copyForColleague()
{
    Project* project = m_session->project();
    if (!project || !m_session->ops())
        return;
    const QString suggested =
        QDir(QFileInfo(project->folder()).absolutePath())
            .filePath(tr("%1 (copy)").arg(project->name()) + QLatin1String(Project::FolderSuffix));
    CopyDialog dialog(project->name(), suggested, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.folder().isEmpty())
        return;
    auto made =
        ops::copyForColleague(*m_session->ops(), dialog.folder(), dialog.colleague(), dialog.withMedia());
    if (!made) {
        Q_EMIT failed(tr("Copy for a Colleague"), made.error());
        return;
    }
    Q_EMIT message(made->mediaLeft > 0
                       ? tr("Copy made in %1, without its %n recording(s).", nullptr, made->mediaLeft)
                             .arg(QDir::toNativeSeparators(made->folder))
                       : tr("Copy made in %1.").arg(QDir::toNativeSeparators(made->folder)),
                   10000);
}

void TeamWork::showActivity()
{
    Project* project = m_session->project();
    if (!project)
        return;
    ops::Reader read(*project);
    auto entries = read.recentChanges(ActivityShown);
    if (!entries) {
        Q_EMIT failed(tr("Activity"), entries.error());
        return;
    }
    const QString self = read.thisDevice();
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("activity"));
    dialog.setWindowTitle(tr("Activity — %1").arg(project->name()));
    auto* table = new QTableWidget(int(entries->size()), 4, &dialog);
    table->setObjectName(QStringLiteral("changes"));
    table->setAccessibleName(tr("Recent changes"));
    table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Copy"), tr("What")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    const QLocale locale;
    for (int row = 0; row < int(entries->size()); ++row) {
        const LogEntry& e = (*entries)[size_t(row)];
        table->setItem(row, 0,
                       new QTableWidgetItem(locale.toString(e.when().toLocalTime(), QLocale::ShortFormat)));
        table->setItem(row, 1, new QTableWidgetItem(e.author.isEmpty() ? tr("(unknown)") : e.author));
        auto* copy = new QTableWidgetItem(e.device == self ? tr("this copy") : e.device.left(8));
        copy->setToolTip(e.device);
        table->setItem(row, 2, copy);
        table->setItem(row, 3, new QTableWidgetItem(e.label));
    }
    table->resizeColumnsToContents();
    auto* note = new QLabel(
        entries->empty() ? tr("No changes yet.")
                         : tr("The newest %n change(s), newest first.", nullptr, int(entries->size())));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(note);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    dialog.resize(760, 520);
    dialog.exec();
}

} // namespace tianye::ui

#include "TeamWork.moc"
