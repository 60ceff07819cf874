// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "cities/CityList.h"

#include "app/ProjectSession.h"
#include "cities/CityDialog.h"
#include "cities/CityItemDelegate.h"
#include "cities/CityListModel.h"
#include "ops/Cities.h"
#include "ops/Reader.h"
#include "store/Project.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace tianye::ui {

CityList::CityList(ProjectSession* session, QWidget* parent)
    : QListView(parent)
    , m_session(session)
    , m_model(new CityListModel(this))
{
    setObjectName(QStringLiteral("cityList"));
    setAccessibleName(tr("Cities"));
    setModel(m_model);
    setItemDelegate(new CityItemDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    setMinimumWidth(200);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, &CityList::cityChosen);
    connect(this, &QListView::activated, this, [this] {
        if (currentCity() != NoRow)
            editCity();
    });

    m_add = new QAction(tr("&Add City…"), this);
    m_add->setObjectName(QStringLiteral("addCityAction"));
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_add, &QAction::triggered, this, &CityList::addCity);
    m_edit = new QAction(tr("City &Properties…"), this);
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_edit, &QAction::triggered, this, &CityList::editCity);
    m_remove = new QAction(tr("&Remove City…"), this);
    connect(m_remove, &QAction::triggered, this, &CityList::removeCity);
    addActions({m_add, m_edit, m_remove});
}

void CityList::setProject(Project* project)
{
    m_model->setProject(project);
}

void CityList::chooseFirst()
{
    setCurrentIndex(m_model->index(0));
}

RowId CityList::currentCity() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(CityListModel::CityIdRole).toLongLong() : NoRow;
}

void CityList::updateActions()
{
    const bool open = m_session->project() != nullptr;
    const bool city = open && currentCity() != NoRow;
    m_add->setEnabled(open);
    m_edit->setEnabled(city);
    m_remove->setEnabled(city);
}

void CityList::addCity()
{
    CityDialog dialog(City(), true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto added = ops::addCity(*m_session->ops(), dialog.city());
    if (!added) {
        Q_EMIT failed(tr("Add City"), added.error());
        return;
    }
    setCurrentIndex(m_model->index(m_model->rowOf(*added)));
}

void CityList::editCity()
{
    Project* project = m_session->project();
    const RowId id = currentCity();
    auto city = project ? ops::Reader(*project).city(id) : Result<City>();
    if (!project || id == NoRow || !city)
        return;
    CityDialog dialog(*city, false, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto ok = ops::editCity(*m_session->ops(), id, dialog.city()); !ok)
        Q_EMIT failed(tr("City Properties"), ok.error());
}

void CityList::removeCity()
{
    const RowId id = currentCity();
    if (!m_session->project() || id == NoRow)
        return;
    const QModelIndex current = currentIndex();
    const QString name = current.data().toString();
    const int interviews = current.data(CityListModel::InterviewsRole).toInt();
    QMessageBox ask(QMessageBox::Question, tr("Remove City"),
                    tr("Remove %1 with its %n interview(s), their transcripts, quotes and participants?",
                       nullptr, interviews)
                        .arg(name),
                    QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("removeCityQuestion"));
    ask.setInformativeText(tr("You can bring it back with Edit → Undo."));
    QPushButton* remove = ask.addButton(tr("Remove City"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != remove)
        return;
    const int row = current.row();
    if (auto ok = ops::removeCity(*m_session->ops(), id); !ok) {
        Q_EMIT failed(tr("Remove City"), ok.error());
        return;
    }
    setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1)));
}

} // namespace tianye::ui
