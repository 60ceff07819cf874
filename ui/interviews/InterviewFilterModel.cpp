// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "interviews/InterviewFilterModel.h"

#include "interviews/InterviewTableModel.h"

namespace tianye::ui {

void InterviewFilterModel::setFilterWords(const QString& text)
{
    const QStringList words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    // Narrowing (a word got longer or was added) only needs the rows still shown,
    // but QSortFilterProxyModel re-tests all rows either way; one pass is cheap.
    m_words = words;
    invalidateRowsFilter();
}

bool InterviewFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString text =
        sourceModel()->index(sourceRow, 0, sourceParent).data(InterviewTableModel::SearchTextRole).toString();
    for (const QString& word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

} // namespace tianye::ui
