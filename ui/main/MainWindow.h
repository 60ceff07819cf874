// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace tianye {
class Project;
}

namespace tianye::ui {

class CityListModel;
class InterviewTableModel;
class ProjectSession;

// Wires the features together: the project session, the city list and the
// interview log. Features live in their own folders; this only connects them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ProjectSession* session, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows a failed operation to the user without blocking (window-modal).
    void showError(const QString& title, const Error& error);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    QWidget* createWorkspace();
    QWidget* createWelcome();
    void onProjectChanged(Project* project);
    void onCitySelected();
    void updateStatus();
    void rebuildRecentMenu();
    void restoreLayout();
    void saveLayout();
    void newProject();
    void openProject();
    void openPath(const QString& path);

    ProjectSession* m_session;
    CityListModel* m_cities;
    InterviewTableModel* m_interviews;
    QSortFilterProxyModel* m_interviewProxy;
    QStackedWidget* m_stack = nullptr;
    QSplitter* m_splitter = nullptr;
    QListView* m_cityView = nullptr;
    QTableView* m_interviewView = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_closeAction = nullptr;
};

} // namespace tianye::ui
