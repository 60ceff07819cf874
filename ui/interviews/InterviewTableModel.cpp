// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "interviews/InterviewTableModel.h"

#include "core/TimeCode.h"
#include "ops/Reader.h"
#include "store/Change.h"
#include "store/Project.h"

#include <QDateTime>
#include <QLocale>

namespace tianye::ui {

InterviewTableModel::InterviewTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void InterviewTableModel::setProject(Project* project)
{
    QObject::disconnect(m_connection);
    m_project = project;
    m_cityId = NoRow;
    if (m_project)
        m_connection =
            connect(&m_project->notifier(), &ChangeNotifier::changed, this, &InterviewTableModel::onChange);
    reload();
}

void InterviewTableModel::setCity(RowId cityId)
{
    if (cityId == m_cityId)
        return;
    m_cityId = cityId;
    reload();
}

void InterviewTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_search.clear();
    m_rowOf.clear();
    if (m_project) {
        if (auto rows = ops::Reader(*m_project).logLines(m_cityId))
            m_rows = std::move(*rows);
    }
    m_search.reserve(m_rows.size());
    for (size_t i = 0; i < m_rows.size(); ++i) {
        m_search.push_back(searchTextOf(m_rows[i]));
        m_rowOf.insert(m_rows[i].interview.id, int(i));
    }
    endResetModel();
}

RowId InterviewTableModel::interviewAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].interview.id : NoRow;
}

int InterviewTableModel::rowOf(RowId id) const
{
    return m_rowOf.value(id, -1);
}

void InterviewTableModel::refreshRows(const QList<RowId>& ids)
{
    auto fresh = ops::Reader(*m_project).logLinesOf(ids);
    if (!fresh)
        return;
    // Rows that no longer exist (removed in the same write) are dropped below.
    QList<RowId> gone = ids;
    for (InterviewSummary& row : *fresh) {
        gone.removeAll(row.interview.id);
        const int at = rowOf(row.interview.id);
        const bool belongs = m_cityId == NoRow || row.interview.cityId == m_cityId;
        if (at >= 0 && belongs) {
            m_search[size_t(at)] = searchTextOf(row);
            m_rows[size_t(at)] = std::move(row);
            Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
        } else if (at >= 0) {
            removeRowAt(at);
        } else if (belongs) {
            const int end = int(m_rows.size());
            beginInsertRows({}, end, end);
            m_search.push_back(searchTextOf(row));
            m_rowOf.insert(row.interview.id, end);
            m_rows.push_back(std::move(row));
            endInsertRows();
        }
    }
    for (RowId id : gone) {
        if (const int at = rowOf(id); at >= 0)
            removeRowAt(at);
    }
}

void InterviewTableModel::removeRowAt(int at)
{
    beginRemoveRows({}, at, at);
    m_rowOf.remove(m_rows[size_t(at)].interview.id);
    m_rows.erase(m_rows.begin() + at);
    m_search.erase(m_search.begin() + at);
    for (size_t i = size_t(at); i < m_rows.size(); ++i)
        m_rowOf[m_rows[i].interview.id] = int(i);
    endRemoveRows();
}

// A city was renamed: its rows show the new name.
void InterviewTableModel::refreshCityNames(const QList<RowId>& cityIds)
{
    QList<RowId> ids;
    for (const InterviewSummary& row : m_rows) {
        if (cityIds.contains(row.interview.cityId))
            ids.append(row.interview.id);
    }
    if (!ids.isEmpty())
        refreshRows(ids);
}

void InterviewTableModel::onChange(const Change& change)
{
    if (!m_project)
        return;
    switch (change.entity) {
    case Entity::Interview:
        if (change.kind == ChangeKind::Removed) {
            for (RowId id : change.ids) {
                if (const int at = rowOf(id); at >= 0)
                    removeRowAt(at);
            }
        } else {
            refreshRows(change.ids);
        }
        break;
    case Entity::City:
        // A removed city takes its interviews with it; which city to show next is the
        // city list's choice (its current row moves), not this model's.
        if (change.kind == ChangeKind::Removed && (m_cityId == NoRow || change.ids.contains(m_cityId)))
            reload();
        else if (change.kind == ChangeKind::Updated)
            refreshCityNames(change.ids);
        break;
    case Entity::Participant:
    case Entity::Researcher:
        // Codes, occupations and names shown in the rows of their interviews. Added
        // people are in no interview yet; removed ones announce their interviews.
        if (change.kind == ChangeKind::Updated) {
            if (auto ids = ops::Reader(*m_project).interviewsWith(change.entity, change.ids))
                refreshRows(*ids);
        }
        break;
    default:
        // Segments, quotes and media announce their interview as updated.
        break;
    }
}

int InterviewTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InterviewTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InterviewTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InterviewSummary& row = m_rows[size_t(index.row())];
    const Interview& iv = row.interview;
    switch (role) {
    case InterviewIdRole:
        return iv.id;
    case SearchTextRole:
        return m_search[size_t(index.row())];
    case Qt::TextAlignmentRole:
        if (index.column() == Quotes || index.column() == Duration)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case Date:
            return iv.startedAt;
        case Duration:
            return iv.durationMs;
        case Status:
            return int(iv.status);
        case Quotes:
            return row.quotes;
        case Material:
            return int(row.hasAudio) * 2 + int(row.segments > 0);
        default:
            return displayText(row, index.column());
        }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (index.column() == Quotes)
            return row.quotes;
        return displayText(row, index.column());
    default:
        return {};
    }
}

QString InterviewTableModel::displayText(const InterviewSummary& row, int column) const
{
    const Interview& iv = row.interview;
    switch (Column(column)) {
    case Date: {
        const QDateTime at = QDateTime::fromString(iv.startedAt, Qt::ISODate);
        if (!at.isValid())
            return iv.startedAt;
        return QString(QLocale().toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
                       at.time().toString(QStringLiteral("HH:mm")));
    }
    case Participants:
        return row.participantCodes;
    case Occupation:
        return row.occupations;
    case Category:
        return row.categories;
    case Mode:
        return label(iv.mode);
    case Interviewers:
        return row.interviewerNames;
    case Duration:
        return iv.durationMs > 0 ? formatDuration(iv.durationMs) : QString();
    case Status:
        return label(iv.status);
    case Quotes:
        return QString::number(row.quotes);
    case Material: {
        QStringList parts;
        if (row.hasAudio)
            parts << tr("Audio");
        if (row.segments > 0)
            parts << tr("Transcript");
        return parts.join(QStringLiteral(" · "));
    }
    case City:
        return row.cityName;
    case ColumnCount:
        break;
    }
    return {};
}

QString InterviewTableModel::searchTextOf(const InterviewSummary& row) const
{
    QString text;
    for (int column = 0; column < ColumnCount; ++column) {
        if (column == Quotes)
            continue;
        text += displayText(row, column);
        text += QLatin1Char('\n');
    }
    // The date as stored too, so "2026-10" finds October whatever the locale shows.
    text += row.interview.startedAt;
    return text.toCaseFolded();
}

QVariant InterviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Date:
        return tr("Date");
    case Participants:
        return tr("Participant");
    case Occupation:
        return tr("Occupation");
    case Category:
        return tr("Category");
    case Mode:
        return tr("Mode");
    case Interviewers:
        return tr("Interviewer");
    case Duration:
        return tr("Duration");
    case Status:
        return tr("Status");
    case Quotes:
        return tr("Quotes");
    case Material:
        return tr("Audio / transcript");
    case City:
        return tr("City");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tianye::ui
