// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "cities/CityListModel.h"

#include "ops/Reader.h"
#include "store/Change.h"
#include "store/Project.h"

#include <QHash>

namespace tianye::ui {

CityListModel::CityListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void CityListModel::setProject(Project* project)
{
    QObject::disconnect(m_connection);
    m_project = project;
    if (m_project)
        m_connection =
            connect(&m_project->notifier(), &ChangeNotifier::changed, this, &CityListModel::onChange);
    reload();
}

std::vector<CityListModel::Row> CityListModel::fetch(const QList<RowId>& only) const
{
    std::vector<Row> rows;
    if (!m_project)
        return rows;
    auto cities = ops::Reader(*m_project).cities();
    auto stats = ops::Reader(*m_project).cityStats();
    if (!cities || !stats)
        return rows;
    QHash<RowId, CityStats> byCity;
    for (const CityStats& s : *stats)
        byCity.insert(s.cityId, s);
    for (City& c : *cities) {
        if (only.isEmpty() || only.contains(c.id)) {
            const CityStats s = byCity.value(c.id);
            rows.push_back({std::move(c), s});
        }
    }
    return rows;
}

void CityListModel::reload()
{
    beginResetModel();
    m_rows = fetch();
    endResetModel();
}

void CityListModel::refreshCounts()
{
    if (!m_project)
        return;
    auto stats = ops::Reader(*m_project).cityStats();
    if (!stats)
        return;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        for (const CityStats& s : *stats) {
            if (s.cityId == m_rows[i].city.id)
                m_rows[i].stats = s;
        }
    }
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size())),
                           {InterviewsRole, TranscribedRole, ProgressTextRole});
}

void CityListModel::onChange(const Change& change)
{
    if (change.entity != Entity::City) {
        // The list shows interview counts and transcription progress only.
        if (change.entity == Entity::Interview)
            refreshCounts();
        return;
    }
    switch (change.kind) {
    case ChangeKind::Inserted:
        for (Row& row : fetch(change.ids)) {
            const int at = int(m_rows.size()) + 1;
            beginInsertRows({}, at, at);
            m_rows.push_back(std::move(row));
            endInsertRows();
        }
        break;
    case ChangeKind::Removed:
        for (RowId id : change.ids) {
            const int at = rowOf(id);
            if (at <= 0)
                continue;
            beginRemoveRows({}, at, at);
            m_rows.erase(m_rows.begin() + (at - 1));
            endRemoveRows();
        }
        refreshCounts();
        break;
    case ChangeKind::Updated:
        for (Row& row : fetch(change.ids)) {
            const int at = rowOf(row.city.id);
            if (at <= 0)
                continue;
            m_rows[size_t(at - 1)] = std::move(row);
            Q_EMIT dataChanged(index(at), index(at));
        }
        break;
    }
}

int CityListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_project ? 0 : int(m_rows.size()) + 1;
}

int CityListModel::rowOf(RowId cityId) const
{
    if (cityId == NoRow)
        return 0;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].city.id == cityId)
            return int(i) + 1;
    }
    return -1;
}

QVariant CityListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    int interviews = 0, transcribed = 0, target = 0;
    QString name, spirit;
    RowId id = NoRow;
    if (index.row() == 0) {
        name = tr("All cities");
        for (const Row& r : m_rows) {
            interviews += r.stats.interviews;
            transcribed += r.stats.transcribed;
            target += std::max(r.city.targetInterviews, r.stats.interviews);
        }
    } else {
        const Row& r = m_rows[size_t(index.row() - 1)];
        id = r.city.id;
        name = r.city.name;
        spirit = r.city.spiritWord;
        interviews = r.stats.interviews;
        transcribed = r.stats.transcribed;
        target = std::max(r.city.targetInterviews, r.stats.interviews);
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return name;
    case Qt::AccessibleTextRole:
        return spirit.isEmpty() ? name : tr("%1, spirit word %2").arg(name, spirit);
    case Qt::ToolTipRole:
    case ProgressTextRole:
        return tr("%n interview(s), %1/%2 transcribed", nullptr, interviews).arg(transcribed).arg(target);
    case CityIdRole:
        return id;
    case SpiritWordRole:
        return spirit;
    case InterviewsRole:
        return interviews;
    case TranscribedRole:
        return transcribed;
    case TargetRole:
        return target;
    default:
        return {};
    }
}

QHash<int, QByteArray> CityListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CityIdRole, "cityId");
    names.insert(SpiritWordRole, "spiritWord");
    names.insert(InterviewsRole, "interviews");
    names.insert(TranscribedRole, "transcribed");
    names.insert(TargetRole, "target");
    return names;
}

} // namespace tianye::ui
