// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "search/ConcordanceModel.h"

#include "core/TimeCode.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace tianye::ui {

void ConcordanceModel::setConcordance(search::Concordance concordance)
{
    beginResetModel();
    m_concordance = std::move(concordance);
    endResetModel();
}

int ConcordanceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_concordance.lines.size());
}

int ConcordanceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConcordanceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const search::ConcordanceLine& l = line(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case InterviewColumn:
            return m_concordance.interviews.value(l.interviewId);
        case SpeakerColumn:
            return l.speaker;
        case TimeColumn:
            return l.startMs ? formatTimeCode(*l.startMs) : QString();
        case LeftColumn:
            return l.left;
        case HitColumn:
            return l.hit;
        case RightColumn:
            return l.right;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LeftColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == HitColumn)
            return QVariant::fromValue(Qt::AlignHCenter | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == HitColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (l.withheld != Withheld::No)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (index.column() == HitColumn)
            return QGuiApplication::palette().brush(QPalette::Link);
        return {};
    default:
        return {};
    }
}

QVariant ConcordanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case InterviewColumn:
        return tr("Interview");
    case SpeakerColumn:
        return tr("Speaker");
    case TimeColumn:
        return tr("Time");
    case LeftColumn:
        return tr("Left context");
    case HitColumn:
        return tr("Hit");
    case RightColumn:
        return tr("Right context");
    }
    return {};
}

void ConcordanceModel::sort(int column, Qt::SortOrder order)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<qsizetype> kept;
    for (const QModelIndex& i : before)
        kept.push_back(line(i.row()).index);
    const search::ConcordanceOrder by = column == LeftColumn    ? search::ConcordanceOrder::Left
                                        : column == RightColumn ? search::ConcordanceOrder::Right
                                                                : search::ConcordanceOrder::Transcript;
    search::SearchEngine::sort(m_concordance.lines, by);
    if (order == Qt::DescendingOrder)
        std::reverse(m_concordance.lines.begin(), m_concordance.lines.end());
    // The selection and current line follow their lines to their new rows.
    std::vector<int> rowOf(m_concordance.lines.size());
    for (size_t r = 0; r < m_concordance.lines.size(); ++r)
        rowOf[size_t(m_concordance.lines[r].index)] = int(r);
    QModelIndexList after;
    for (qsizetype k = 0; k < before.size(); ++k)
        after << createIndex(rowOf[size_t(kept[size_t(k)])], before[k].column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace tianye::ui
