// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Records.h"

#include <QAbstractTableModel>
#include <QWidget>

class QComboBox;
class QLabel;
class QStandardItemModel;
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

// The Theme × City tab. Its "By" choice shows themes by another attribute of who said
// the quotes (category, gender, age band, tie to the city, interviewer, mode), with the
// share of each column's coded quotes and totals, or themes by themes: how often two
// are found in the same quote, segment or interview. Every cell lists its quotes.
class ThemeMatrixView final : public QWidget
{
    Q_OBJECT

public:
    explicit ThemeMatrixView(ProjectSession* session, QWidget* parent = nullptr);
    ThemeMatrixModel* model() const { return m_model; }
    // The table of another "By" choice (rows: themes; last row and column: totals).
    QStandardItemModel* otherTable() const { return m_other; }
    QComboBox* byChoice() const { return m_by; }
    QTableView* table() const { return m_table; }
    void refresh();
    bool exportCsv(const QString& path);

protected:
    // Counting runs over every quote: done while the view is shown, else when it is.
    void showEvent(QShowEvent* event) override;

Q_SIGNALS:
    // A cell was clicked: list its quotes.
    void cellActivated(tianye::RowId themeId, tianye::RowId cityId);
    // A cell of another "By" choice: these quotes, and what they are.
    void quotesChosen(const QList<tianye::RowId>& quoteIds, const QString& what);

private:
    void showOther();
    void activate(const QModelIndex& index);

    ProjectSession* m_session;
    ThemeMatrixModel* m_model;
    QStandardItemModel* m_other;
    QComboBox* m_by;
    QLabel* m_explain;
    QTableView* m_table;
    QTimer* m_refresh;
    bool m_stale = false;
};

} // namespace tianye::ui
