// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Records.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace tianye {
class Project;
struct Change;
} // namespace tianye

namespace tianye::ui {

// The interview log of one city (or all): one row per interview. Follows the
// store's change notifications row by row instead of reloading.
class InterviewTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Participants,
        Occupation,
        Category,
        Mode,
        Interviewers,
        Duration,
        Status,
        Quotes,
        Material,
        City,
        ColumnCount
    };
    enum Role
    {
        InterviewIdRole = Qt::UserRole + 1,
        SortRole,
        // Everything the row shows, lower-cased in one string, for the filter box.
        SearchTextRole,
    };

    explicit InterviewTableModel(QObject* parent = nullptr);
    void setProject(Project* project);
    // NoRow shows every city.
    void setCity(RowId cityId);
    RowId city() const { return m_cityId; }
    RowId interviewAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void onChange(const tianye::Change& change);
    void refreshRows(const QList<RowId>& ids);
    void refreshCityNames(const QList<RowId>& cityIds);
    void removeRowAt(int at);
    int rowOf(RowId id) const;
    QString displayText(const InterviewSummary& row, int column) const;
    QString searchTextOf(const InterviewSummary& row) const;

    Project* m_project = nullptr;
    RowId m_cityId = NoRow;
    std::vector<InterviewSummary> m_rows;
    std::vector<QString> m_search; // searchTextOf each row
    QHash<RowId, int> m_rowOf;     // interview id -> row
    QMetaObject::Connection m_connection;
};

} // namespace tianye::ui
