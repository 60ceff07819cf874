// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Ids.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace tianye::ui {

class ParticipantTableModel;
class ProjectSession;

// The roster of the selected city: add, edit in place, remove (undoable).
class ParticipantsView final : public QWidget
{
    Q_OBJECT

public:
    explicit ParticipantsView(ProjectSession* session, QWidget* parent = nullptr);
    void setCity(RowId cityId);
    ParticipantTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QByteArray saveColumns() const;
    void restoreColumns(const QByteArray& state);
    // Adds a participant with the next free code to the current city and starts
    // editing its code. Returns its id (NoRow when refused).
    RowId addParticipant();
    void removeSelected();

Q_SIGNALS:
    void editFailed(const QString& action, const tianye::Error& error);

private:
    void updateButtons();

    ProjectSession* m_session;
    ParticipantTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace tianye::ui
