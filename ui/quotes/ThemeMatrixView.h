// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Records.h"

#include <QAbstractTableModel>
#include <QWidget>

class QTableView;
class QTimer;

namespace tianye {
struct Change;
}

namespace tianye::ui {

class ProjectSession;

// Themes (rows, with their sub-themes counted in) by cities (columns): quotes and
// distinct interviews per cell, shaded like a heat map. Quotes of participants who
// withdrew consent are not counted.
class ThemeMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int ThemeRole = Qt::UserRole;
    static constexpr int CityRole = Qt::UserRole + 1;
    static constexpr int QuotesRole = Qt::UserRole + 2;

    explicit ThemeMatrixModel(QObject* parent = nullptr);
    void setMatrix(ThemeMatrix matrix);
    const ThemeMatrix& matrix() const { return m_matrix; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ThemeMatrix m_matrix;
    int m_max = 0;
};

class ThemeMatrixView final : public QWidget
{
    Q_OBJECT

public:
    explicit ThemeMatrixView(ProjectSession* session, QWidget* parent = nullptr);
    ThemeMatrixModel* model() const { return m_model; }
    void refresh();
    bool exportCsv(const QString& path);

protected:
    // Counting runs over every quote: done while the view is shown, else when it is.
    void showEvent(QShowEvent* event) override;

Q_SIGNALS:
    // A cell was clicked: list its quotes.
    void cellActivated(tianye::RowId themeId, tianye::RowId cityId);

private:
    ProjectSession* m_session;
    ThemeMatrixModel* m_model;
    QTableView* m_table;
    QTimer* m_refresh;
    bool m_stale = false;
};

} // namespace tianye::ui
