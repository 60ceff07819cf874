// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "interviews/InterviewLog.h"

#include "app/ProjectSession.h"
#include "interviews/InterviewFilterModel.h"
#include "interviews/InterviewTableModel.h"
#include "ops/Interviews.h"

#include <QDragMoveEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tianye::ui {

InterviewLog::InterviewLog(ProjectSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new InterviewTableModel(this))
    , m_proxy(new InterviewFilterModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(InterviewTableModel::SortRole);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("interviewFilter"));
    m_filter->setPlaceholderText(tr("Filter interviews (participant, occupation, interviewer, status…)"));
    m_filter->setAccessibleName(tr("Filter interviews"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterWords(text);
        Q_EMIT countChanged();
    });
    layout->addWidget(m_filter);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("interviewTable"));
    m_view->setAccessibleName(tr("Interview log"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(InterviewTableModel::Date, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint& pos) {
        if (!m_session->project())
            return;
        QMenu menu(this);
        menu.addActions(m_rowActions);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view, &QTableView::activated, this, &InterviewLog::openRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InterviewLog::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InterviewLog::countChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &InterviewLog::countChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &InterviewLog::countChanged);
    m_view->viewport()->setAcceptDrops(true);
    m_view->viewport()->installEventFilter(this);
    layout->addWidget(m_view);

    m_columnsMenu = new QMenu(tr("Interview Log &Columns"), this);
    for (int column = 0; column < InterviewTableModel::City; ++column) {
        QAction* toggle = m_columnsMenu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setData(column);
        connect(toggle, &QAction::toggled, this,
                [this, column](bool on) { m_view->setColumnHidden(column, !on); });
    }
    connect(m_columnsMenu, &QMenu::aboutToShow, this, [this] {
        for (QAction* a : m_columnsMenu->actions()) {
            const QSignalBlocker block(a);
            a->setChecked(!m_view->isColumnHidden(a->data().toInt()));
        }
    });
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint& pos) { m_columnsMenu->exec(m_view->horizontalHeader()->mapToGlobal(pos)); });
}

void InterviewLog::setProject(Project* project)
{
    m_model->setProject(project);
    if (!project)
        m_filter->clear();
}

void InterviewLog::fitColumns()
{
    m_view->resizeColumnsToContents();
}

void InterviewLog::setCity(RowId cityId)
{
    m_model->setCity(cityId);
    m_view->setColumnHidden(InterviewTableModel::City, cityId != NoRow);
}

QList<RowId> InterviewLog::selected() const
{
    QList<RowId> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << index.data(InterviewTableModel::InterviewIdRole).toLongLong();
    return ids;
}

bool InterviewLog::hasSelection() const
{
    return m_view->selectionModel()->hasSelection();
}

void InterviewLog::select(RowId interviewId)
{
    m_filter->clear();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->interviewAt(row) == interviewId) {
            const QModelIndex at = m_proxy->mapFromSource(m_model->index(row, 0));
            m_view->setCurrentIndex(at);
            m_view->scrollTo(at);
            break;
        }
    }
    m_view->setFocus();
}

void InterviewLog::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

int InterviewLog::shown() const
{
    return m_proxy->rowCount();
}

int InterviewLog::total() const
{
    return m_model->rowCount();
}

void InterviewLog::setRowActions(const QList<QAction*>& actions)
{
    m_rowActions = actions;
}

QByteArray InterviewLog::saveColumns() const
{
    return m_view->horizontalHeader()->saveState();
}

void InterviewLog::restoreColumns(const QByteArray& state)
{
    m_view->horizontalHeader()->restoreState(state);
}

void InterviewLog::setStatusOfSelected(InterviewStatus status)
{
    const QList<RowId> ids = selected();
    if (!m_session->project() || ids.isEmpty())
        return;
    if (auto ok = ops::setInterviewStatus(*m_session->ops(), ids, status); !ok)
        Q_EMIT failed(tr("Set Status"), ok.error());
}

void InterviewLog::removeSelected()
{
    const QList<RowId> ids = selected();
    if (!m_session->project() || ids.isEmpty())
        return;
    QMessageBox ask(QMessageBox::Question, tr("Remove Interviews"),
                    tr("Remove %n interview(s) with their transcripts, audio links and quotes?", nullptr,
                       int(ids.size())),
                    QMessageBox::Cancel, this);
    ask.setInformativeText(tr("You can bring them back with Edit → Undo."));
    QPushButton* remove = ask.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != remove)
        return;
    if (auto ok = ops::removeInterviews(*m_session->ops(), ids); !ok)
        Q_EMIT failed(tr("Remove Interviews"), ok.error());
}

bool InterviewLog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    const auto interviewAt = [this](const QPointF& pos) {
        const QModelIndex index = m_view->indexAt(pos.toPoint());
        return index.isValid() ? index.data(InterviewTableModel::InterviewIdRole).toLongLong() : NoRow;
    };
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (drag->mimeData()->hasUrls() && interviewAt(drag->position()) != NoRow)
            drag->acceptProposedAction();
        else
            drag->ignore();
        return true;
    }
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        const RowId id = interviewAt(drop->position());
        if (id == NoRow || !drop->mimeData()->hasUrls())
            return false;
        drop->acceptProposedAction();
        Q_EMIT filesDropped(id, drop->mimeData()->urls());
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

} // namespace tianye::ui
