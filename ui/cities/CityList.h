// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Ids.h"

#include <QListView>

class QAction;

namespace tianye {
class Project;
}

namespace tianye::ui {

class CityListModel;
class ProjectSession;

// The cities of the project, each with its spirit word and progress, and the City
// verbs: Add City…, City Properties… (F2, Enter) and Remove City…, which the main
// window also puts into its City menu.
class CityList final : public QListView
{
    Q_OBJECT

public:
    CityList(ProjectSession* session, QWidget* parent = nullptr);

    void setProject(Project* project);
    void chooseFirst();
    RowId currentCity() const;
    QAction* addCityAction() const { return m_add; }
    QAction* editCityAction() const { return m_edit; }
    QAction* removeCityAction() const { return m_remove; }
    // Enables the verbs for an open project and a chosen city.
    void updateActions();

Q_SIGNALS:
    void cityChosen();
    void failed(const QString& action, const tianye::Error& error);

private:
    void addCity();
    void editCity();
    void removeCity();

    ProjectSession* m_session;
    CityListModel* m_model;
    QAction* m_add;
    QAction* m_edit;
    QAction* m_remove;
};

} // namespace tianye::ui
