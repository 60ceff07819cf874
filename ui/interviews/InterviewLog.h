// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Types.h"

#include <QList>
#include <QUrl>
#include <QWidget>

class QLineEdit;
class QMenu;
class QTableView;

namespace tianye {
class Project;
}

namespace tianye::ui {

class InterviewFilterModel;
class InterviewTableModel;
class ProjectSession;

// The interview log: every interview of the chosen city (or all), filtered by the
// words typed above it, sortable, columns chosen by the user; files dropped on a row
// go to that interview. Setting the status of, and removing, the selected rows.
class InterviewLog final : public QWidget
{
    Q_OBJECT

public:
    InterviewLog(ProjectSession* session, QWidget* parent = nullptr);

    void setProject(Project* project);
    void setCity(RowId cityId);
    // Column widths to what they show.
    void fitColumns();
    QList<RowId> selected() const;
    bool hasSelection() const;
    // Clears the filter and selects (and shows) the interview.
    void select(RowId interviewId);
    void focusFilter();
    int shown() const;
    int total() const;
    // View → Interview Log Columns (also on the header's right click).
    QMenu* columnsMenu() const { return m_columnsMenu; }
    // What a right click on a row offers.
    void setRowActions(const QList<QAction*>& actions);
    QByteArray saveColumns() const;
    void restoreColumns(const QByteArray& state);

    void setStatusOfSelected(InterviewStatus status);
    void removeSelected();

Q_SIGNALS:
    void openRequested();
    void selectionChanged();
    void countChanged();
    void filesDropped(tianye::RowId interviewId, const QList<QUrl>& urls);
    void failed(const QString& action, const tianye::Error& error);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ProjectSession* m_session;
    InterviewTableModel* m_model;
    InterviewFilterModel* m_proxy;
    QLineEdit* m_filter = nullptr;
    QTableView* m_view = nullptr;
    QMenu* m_columnsMenu = nullptr;
    QList<QAction*> m_rowActions;
};

} // namespace tianye::ui
