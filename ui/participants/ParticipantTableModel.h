// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Types.h"

#include <QAbstractTableModel>

#include <vector>

namespace tianye {
struct Change;
}

namespace tianye::ui {

class ProjectSession;

// The participant roster of one city (or all). The only place that shows real
// names and contact details. Cells are edited in place; each edit is one undoable
// step through the session.
class ParticipantTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        RealName,
        Contact,
        Gender,
        AgeBand,
        Occupation,
        Category,
        Tie,
        Consent,
        ConsentDate,
        Interviews,
        City,
        ColumnCount
    };
    enum Role
    {
        ParticipantIdRole = Qt::UserRole + 1,
        // For enumerated columns: the labels to choose from; EditRole is the index.
        ChoicesRole,
    };

    explicit ParticipantTableModel(ProjectSession* session, QObject* parent = nullptr);
    // Follows the session's project; NoRow shows every city.
    void setCity(RowId cityId);
    RowId city() const { return m_cityId; }
    RowId participantAt(int row) const;
    int rowOf(RowId id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void editFailed(const QString& action, const tianye::Error& error);

private:
    struct Row
    {
        Participant participant;
        int interviews = 0;
        QString cityName;
    };
    void onProjectChanged();
    void reload();
    void onChange(const tianye::Change& change);
    std::vector<Row> fetch(const QList<RowId>& only = {}) const;

    ProjectSession* m_session;
    RowId m_cityId = NoRow;
    std::vector<Row> m_rows;
    QMetaObject::Connection m_connection;
};

} // namespace tianye::ui
