// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "interviews/MediaPanel.h"

#include "app/FileDialogs.h"
#include "app/ProjectSession.h"
#include "core/TimeCode.h"
#include "media/MediaLibrary.h"
#include "ops/Reader.h"
#include "player/RecordDialog.h"
#include "store/Change.h"
#include "store/Project.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tianye::ui {

MediaPanel::MediaPanel(ProjectSession* session, RowId interviewId, QWidget* parent)
    : QGroupBox(tr("Audio"), parent)
    , m_session(session)
    , m_id(interviewId)
{
    auto* layout = new QVBoxLayout(this);
    m_media = new QTreeWidget(this);
    m_media->setObjectName(QStringLiteral("mediaList"));
    m_media->setAccessibleName(tr("Attached audio"));
    m_media->setRootIsDecorated(false);
    m_media->setHeaderLabels({tr("File"), tr("Format"), tr("Duration"), tr("Size")});
    m_media->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_media->header()->setStretchLastSection(false);
    m_media->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_media, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QTreeWidgetItem* item = m_media->itemAt(pos);
        if (!item || !item->data(0, Qt::UserRole + 1).toBool())
            return;
        const RowId id = item->data(0, Qt::UserRole).value<RowId>();
        QMenu menu(this);
        menu.addAction(tr("Locate File…"), this, [this, id, item] {
            const QString path = QFileDialog::getOpenFileName(
                this, tr("Locate %1").arg(item->data(0, Qt::UserRole + 2).toString()), {},
                openFilter(FileKind::Audio));
            if (!path.isEmpty())
                locate(id, path);
        });
        menu.exec(m_media->viewport()->mapToGlobal(pos));
    });
    auto* attach = new QPushButton(tr("Attach Audio…"), this);
    attach->setObjectName(QStringLiteral("attachAudio"));
    connect(attach, &QPushButton::clicked, this, &MediaPanel::attach);
    // Enter or a double click plays that recording.
    connect(m_media, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { Q_EMIT playChosen(item->data(0, Qt::UserRole).value<RowId>()); });
    auto* record = new QPushButton(tr("Record…"), this);
    record->setObjectName(QStringLiteral("recordAudio"));
    record->setToolTip(tr("Record the interview from this computer's microphone"));
    connect(record, &QPushButton::clicked, this, [this] {
        auto* dialog = new RecordDialog(m_session, m_id, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // What was just recorded goes into the player.
        connect(dialog, &RecordDialog::kept, this, &MediaPanel::playChosen);
        dialog->show();
    });
    layout->addWidget(m_media);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(attach);
    buttons->addWidget(record);
    buttons->addStretch();
    layout->addLayout(buttons);
}

void MediaPanel::reload()
{
    Project* project = m_session->project();
    m_media->clear();
    auto media = ops::Reader(*project).mediaOf(m_id);
    if (!media)
        return;
    const media::MediaLibrary library(*project);
    const QLocale locale;
    for (const Media& m : *media) {
        auto* item = new QTreeWidgetItem(m_media);
        item->setText(0, m.originalName);
        item->setText(1, m.format.toUpper());
        item->setText(2, m.durationMs > 0 ? formatTimeCode(m.durationMs) : QString());
        item->setText(3, locale.formattedDataSize(m.sizeBytes));
        item->setData(0, Qt::UserRole, QVariant::fromValue(m.id));
        item->setData(0, Qt::UserRole + 2, m.originalName);
        if (!QFileInfo::exists(library.pathOf(m))) {
            item->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
            item->setText(0, tr("%1 (missing)").arg(m.originalName));
            item->setData(0, Qt::UserRole + 1, true);
            item->setToolTip(
                0, tr("The file %1 is missing from the project's media folder. Right-click to locate it.")
                       .arg(m.originalName));
        }
    }
}

bool MediaPanel::follows(const Change& change) const
{
    if (change.entity == Entity::Interview)
        return change.ids.contains(m_id) &&
               (change.fields.isEmpty() || change.fields.contains(QStringLiteral("material")));
    if (change.entity != Entity::Media)
        return false;
    for (int i = 0; i < m_media->topLevelItemCount(); ++i)
        if (change.ids.contains(m_media->topLevelItem(i)->data(0, Qt::UserRole).value<RowId>()))
            return true;
    return false;
}

bool MediaPanel::locate(RowId mediaId, const QString& path)
{
    Project* project = m_session->project();
    auto media = ops::Reader(*project).media(mediaId);
    if (!media)
        return false;
    if (Status linked = media::MediaLibrary(*project).relink(*media, path); !linked) {
        Q_EMIT failed(tr("Locate File"), linked.error());
        return false;
    }
    reload();
    Q_EMIT relinked(mediaId);
    return true;
}

void MediaPanel::attach()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Attach Audio"), {}, openFilter(FileKind::Audio));
    if (files.isEmpty())
        return;
    QList<QUrl> urls;
    for (const QString& f : files)
        urls.append(QUrl::fromLocalFile(f));
    Q_EMIT filesChosen(urls);
}

} // namespace tianye::ui
