// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace tianye::ui {

// Sorts the interview log and filters it by the words typed in the filter box: a
// row stays when every word occurs somewhere in what the row shows (case-folded).
// Matches against one prepared string per row, so a keystroke costs a scan of
// strings, not a call to data() per cell.
class InterviewFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFilterWords(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace tianye::ui
