// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "participants/ParticipantsView.h"

#include "app/ChoiceDelegate.h"
#include "app/ProjectSession.h"
#include "core/Records.h"
#include "ops/Participants.h"
#include "participants/ParticipantTableModel.h"
#include "store/Project.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tianye::ui {

ParticipantsView::ParticipantsView(ProjectSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ParticipantTableModel(session, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("participantsView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto* bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("participantFilter"));
    m_filter->setPlaceholderText(tr("Filter participants (code, name, occupation…)"));
    m_filter->setAccessibleName(tr("Filter participants"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_add = new QPushButton(tr("Add Participant"), this);
    m_add->setObjectName(QStringLiteral("addParticipant"));
    connect(m_add, &QPushButton::clicked, this, &ParticipantsView::addParticipant);
    m_remove = new QPushButton(tr("Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeParticipant"));
    connect(m_remove, &QPushButton::clicked, this, &ParticipantsView::removeSelected);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_add);
    bar->addWidget(m_remove);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("participantTable"));
    m_table->setAccessibleName(tr("Participants"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new ChoiceDelegate(ParticipantTableModel::ChoicesRole, m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ParticipantTableModel::Code, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ParticipantsView::updateButtons);
    connect(m_model, &ParticipantTableModel::editFailed, this, &ParticipantsView::editFailed);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table);
    updateButtons();
}

void ParticipantsView::setCity(RowId cityId)
{
    m_model->setCity(cityId);
    m_table->setColumnHidden(ParticipantTableModel::City, cityId != NoRow);
    m_table->resizeColumnsToContents();
    updateButtons();
}

QByteArray ParticipantsView::saveColumns() const
{
    return m_table->horizontalHeader()->saveState();
}

void ParticipantsView::restoreColumns(const QByteArray& state)
{
    m_table->horizontalHeader()->restoreState(state);
}

void ParticipantsView::updateButtons()
{
    m_add->setEnabled(m_model->city() != NoRow);
    m_add->setToolTip(m_model->city() == NoRow ? tr("Choose a city to add participants to it.") : QString());
    m_remove->setEnabled(m_table->selectionModel()->hasSelection());
}

RowId ParticipantsView::addParticipant()
{
    Project* project = m_session->project();
    const RowId city = m_model->city();
    if (!project || city == NoRow)
        return NoRow;
    auto added = ops::addParticipant(*m_session->ops(), city);
    if (!added) {
        Q_EMIT editFailed(tr("Add Participant"), added.error());
        return NoRow;
    }
    const int row = m_model->rowOf(*added);
    if (row >= 0) {
        const QModelIndex at = m_proxy->mapFromSource(m_model->index(row, ParticipantTableModel::Code));
        m_table->setCurrentIndex(at);
        m_table->scrollTo(at);
    }
    return *added;
}

void ParticipantsView::removeSelected()
{
    Project* project = m_session->project();
    QList<RowId> ids;
    QStringList codes;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        ids << index.data(ParticipantTableModel::ParticipantIdRole).toLongLong();
        codes << index.sibling(index.row(), ParticipantTableModel::Code).data().toString();
    }
    if (!project || ids.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove Participants"),
        tr("Remove %1? They are taken off their interviews; the interviews stay. You can undo this.")
            .arg(codes.join(QStringLiteral(", "))));
    if (answer != QMessageBox::Yes)
        return;
    if (auto ok = ops::removeParticipants(*m_session->ops(), ids); !ok)
        Q_EMIT editFailed(tr("Remove Participants"), ok.error());
}

} // namespace tianye::ui
