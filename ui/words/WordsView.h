// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Ids.h"
#include "ops/Words.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QThreadPool;
class QTimer;

class QChartView;

namespace tianye {
class Project;
}

namespace tianye::ui {

class ProjectSession;

// The Words view (Ctrl+7): the words and expressions one city's people (or one group
// of participants) use more than the others do, ranked by keyness, as a table and a
// bar chart. From a term: its concordance in the Search view, its quotes, a theme of
// it, leaving it out (the project's stop list); the list exported as CSV/XLSX. The
// terms are counted once in the background (ops::WordIndex, on a read-only
// connection of its own) with progress and Cancel, and brought up to date with the
// edits since when the view is shown again.
class WordsView final : public QWidget
{
    Q_OBJECT

public:
    explicit WordsView(ProjectSession* session, QWidget* parent = nullptr);
    ~WordsView() override;

    void setProject(Project* project);
    // Compares this city with the others (the view's first choice).
    void showCity(RowId cityId);
    // Counts again what changed and compares (also on showing the view).
    void refresh();

    // For tests and the window.
    QComboBox* targetChoice() const { return m_target; }
    QComboBox* referenceChoice() const { return m_reference; }
    QTableView* table() const { return m_table; }
    QChartView* chart() const { return m_chart; }
    QProgressBar* progress() const { return m_progress; }
    bool busy() const { return m_running; }
    const ops::WordsReport& report() const { return m_report; }
    QString currentTerm() const;
    void selectTerm(const QString& term);
    // The actions on the current term.
    void showInContext();
    void showQuotes();
    void makeTheme();
    void leaveOut();
    void exportList(const QString& path);
    // The project's stop list: the words left out, each can be included again.
    void editStopList();
    QComboBox* modeChoice() const { return m_mode; }

Q_SIGNALS:
    // The Search view shows this query as a concordance.
    void concordanceRequested(const QString& query);
    // The Quotes tab shows the quotes with these words, of this city (NoRow: all).
    void quotesRequested(const QString& words, tianye::RowId cityId);
    void failed(const QString& action, const tianye::Error& error);
    // A comparison was shown (tests wait for it).
    void reportShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Engine;
    void reloadChoices();
    void run();
    void show(const ops::WordsReport& report);
    void drawChart();
    void updateButtons();
    ops::WordsComparison comparison() const;
    QString targetName() const;
    QString referenceName() const;

    ProjectSession* m_session;
    Project* m_project = nullptr;
    std::shared_ptr<Engine> m_engine;
    QThreadPool* m_pool;
    QComboBox* m_mode;
    QComboBox* m_target;
    QComboBox* m_reference;
    QCheckBox* m_interviewers;
    QSpinBox* m_minInterviews;
    QSpinBox* m_minLength;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_summary;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_table;
    QChartView* m_chart;
    QPushButton* m_contextButton;
    QPushButton* m_quotesButton;
    QPushButton* m_themeButton;
    QPushButton* m_leaveOutButton;
    QPushButton* m_exportButton;
    QPushButton* m_stopButton;
    QTimer* m_recount; // a change settles, then the shown words are counted again
    ops::WordsReport m_report;
    bool m_running = false;
    bool m_again = false; // asked while running: run once more after
    bool m_dirty = true;  // the project changed since the last count
};

} // namespace tianye::ui
