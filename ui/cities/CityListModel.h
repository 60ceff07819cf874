// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Records.h"
#include "core/Types.h"

#include <QAbstractListModel>

#include <vector>

namespace tianye {
class Project;
struct Change;
} // namespace tianye

namespace tianye::ui {

// The cities of a project, with "All cities" as the first row, and per city the
// interview count and transcription progress. Follows the store's changes.
class CityListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        CityIdRole = Qt::UserRole + 1, // NoRow for "All cities"
        SpiritWordRole,
        InterviewsRole,
        TranscribedRole,
        TargetRole,
        ProgressTextRole,
    };

    explicit CityListModel(QObject* parent = nullptr);
    void setProject(Project* project);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // The row showing this city (0 for NoRow, "All cities").
    int rowOf(RowId cityId) const;

private:
    struct Row
    {
        City city;
        CityStats stats;
    };
    void reload();
    void onChange(const tianye::Change& change);
    void refreshCounts();
    std::vector<Row> fetch(const QList<RowId>& only = {}) const;

    Project* m_project = nullptr;
    std::vector<Row> m_rows; // cities; "All cities" is computed
    QMetaObject::Connection m_connection;
};

} // namespace tianye::ui
