// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "search/SearchEngine.h"

#include <QAbstractTableModel>

namespace tianye::ui {

// Concordance lines (keyword in context) as a table: interview, speaker, time, left
// context, hit, right context. Sorting by the left column orders by the words before the
// hit read backwards, by the right column by the words after it, by any other column as
// the transcripts run (SearchEngine::sort).
class ConcordanceModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        InterviewColumn,
        SpeakerColumn,
        TimeColumn,
        LeftColumn,
        HitColumn,
        RightColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setConcordance(search::Concordance concordance);
    const search::Concordance& concordance() const { return m_concordance; }
    const search::ConcordanceLine& line(int row) const { return m_concordance.lines[size_t(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    search::Concordance m_concordance;
};

} // namespace tianye::ui
