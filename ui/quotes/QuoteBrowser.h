// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Types.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace tianye {
struct Change;
}

namespace tianye::ui {

class ProjectSession;
class QuoteBrowserModel;

// Every quote across cities, as a table or as cards, with filters (city, theme with
// its sub-themes, who was speaking, interviewer, starred, in dossier), full-text
// search and sorting. Open a quote in its transcript, star it, add themes to many at
// once, copy them as formatted text, export what is shown to CSV or XLSX.
class QuoteBrowser final : public QWidget
{
    Q_OBJECT

public:
    explicit QuoteBrowser(ProjectSession* session, QWidget* parent = nullptr);

    QuoteBrowserModel* model() const { return m_model; }
    // Shows the quotes of one theme in one city (the matrix asks for this).
    void showThemeInCity(RowId themeId, RowId cityId);
    // The quotes with these words, of the city (NoRow: all cities), every other filter cleared.
    void showMatching(const QString& words, RowId cityId);
    // Just these quotes, said what they are ("T1 and T2, in the same interview"); the
    // next change of a filter shows the filter's quotes again.
    void showQuotes(const QList<RowId>& ids, const QString& what);
    // The city chosen in the sidebar (NoRow: all cities), chosen in the city box too.
    void followCity(RowId cityId);
    void setCardView(bool cards);
    QList<RowId> selectedQuotes() const;

    // Actions on the selection, also for tests.
    void toggleStar();
    void addThemesToSelection();
    void copySelection();
    void exportQuotes(const QString& path);

Q_SIGNALS:
    void openQuoteRequested(tianye::RowId interviewId, tianye::RowId quoteId);
    void playQuoteRequested(tianye::RowId interviewId, tianye::RowId quoteId);

private:
    void reloadChoices();
    void applyFilter();
    void openCurrent();
    void updateCount();
    void onChange(const tianye::Change& change);

    ProjectSession* m_session;
    QuoteBrowserModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_city;
    QComboBox* m_theme;
    QComboBox* m_category;
    QComboBox* m_gender;
    QComboBox* m_ageBand;
    QComboBox* m_tie;
    QComboBox* m_interviewer;
    QComboBox* m_sort;
    QCheckBox* m_starred;
    QCheckBox* m_dossier;
    QToolButton* m_tableButton;
    QToolButton* m_cardsButton;
    QStackedWidget* m_views;
    QTableView* m_table;
    QListView* m_cards;
    QLabel* m_count;
    QProgressBar* m_busy;
    bool m_loadingChoices = false;
    QString m_fixed; // what the quotes shown are, while they are not the filter's
};

} // namespace tianye::ui
