// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "interviews/InterviewTableModel.h"

#include "core/TimeCode.h"
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
    if (m_project) {
        if (auto rows = m_project->interviews().summaries(m_cityId))
            m_rows = std::move(*rows);
    }
    endResetModel();
}

RowId InterviewTableModel::interviewAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].interview.id : NoRow;
}

int InterviewTableModel::rowOf(RowId id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].interview.id == id)
            return int(i);
    }
    return -1;
}

void InterviewTableModel::refreshRows(const QList<RowId>& ids)
{
    auto fresh = m_project->interviews().summariesOf(ids);
    if (!fresh)
        return;
    for (InterviewSummary& row : *fresh) {
        const int at = rowOf(row.interview.id);
        const bool belongs = m_cityId == NoRow || row.interview.cityId == m_cityId;
        if (at >= 0 && belongs) {
            m_rows[size_t(at)] = std::move(row);
            Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
        } else if (at >= 0) {
            beginRemoveRows({}, at, at);
            m_rows.erase(m_rows.begin() + at);
            endRemoveRows();
        } else if (belongs) {
            const int end = int(m_rows.size());
            beginInsertRows({}, end, end);
            m_rows.push_back(std::move(row));
            endInsertRows();
        }
    }
}

// Counts shown in the log (quotes, segments, audio, participant fields) changed:
// re-read the lines and signal only those that differ; no reset, so selection
// and scrolling stay.
void InterviewTableModel::refreshAll()
{
    auto fresh = m_project->interviews().summaries(m_cityId);
    if (!fresh || fresh->size() != m_rows.size()) {
        reload();
        return;
    }
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const InterviewSummary& a = m_rows[i];
        const InterviewSummary& b = (*fresh)[i];
        if (a.interview.id != b.interview.id) {
            reload();
            return;
        }
        if (a.quotes != b.quotes || a.segments != b.segments || a.hasAudio != b.hasAudio ||
            a.participantCodes != b.participantCodes || a.occupations != b.occupations ||
            a.categories != b.categories || a.interviewerNames != b.interviewerNames ||
            a.cityName != b.cityName) {
            m_rows[i] = b;
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        }
    }
}

void InterviewTableModel::onChange(const Change& change)
{
    if (!m_project)
        return;
    switch (change.entity) {
    case Entity::Interview:
        if (change.kind == ChangeKind::Removed) {
            for (RowId id : change.ids) {
                const int at = rowOf(id);
                if (at < 0)
                    continue;
                beginRemoveRows({}, at, at);
                m_rows.erase(m_rows.begin() + at);
                endRemoveRows();
            }
        } else {
            refreshRows(change.ids);
        }
        break;
    case Entity::City:
        // A removed city takes its interviews with it; which city to show next is the
        // city list's choice (its current row moves), not this model's.
        if (change.kind == ChangeKind::Removed && (m_cityId == NoRow || change.ids.contains(m_cityId))) {
            reload();
        } else if (change.kind == ChangeKind::Updated) {
            refreshAll();
        }
        break;
    case Entity::Quote:
    case Entity::Segment:
    case Entity::Media:
    case Entity::Participant:
    case Entity::Researcher:
        if (change.kind != ChangeKind::Updated || change.entity == Entity::Participant ||
            change.entity == Entity::Researcher)
            refreshAll();
        break;
    default:
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
    if (role == InterviewIdRole)
        return iv.id;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Quotes || index.column() == Duration)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Date: {
        if (role == SortRole)
            return iv.startedAt;
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
        if (role == SortRole)
            return iv.durationMs;
        return iv.durationMs > 0 ? formatDuration(iv.durationMs) : QString();
    case Status:
        return role == SortRole ? QVariant(int(iv.status)) : QVariant(label(iv.status));
    case Quotes:
        return row.quotes;
    case Material: {
        if (role == SortRole)
            return int(row.hasAudio) * 2 + int(row.segments > 0);
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
