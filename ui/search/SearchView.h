// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/TextAnchor.h"
#include "core/Types.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QThreadPool;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace tianye {
class Project;
}

namespace tianye::ui {

class ConcordanceModel;
class ProjectSession;

// Search (Ctrl+Shift+F): the project's full-text search in the window. Results come as
// you type, on a read-only connection of their own on a worker thread, each new key
// cancelling the search before it; they are grouped by interview (transcript hits, then
// quotes and notes), with participants, cities and insights in their own sections, a
// page at a time. The query's filters (city:, theme:, speaker:, interviewer:, mode:)
// show as chips that remove them; Filter ▾ writes them. The same query as a
// concordance (keyword in context), sortable by the words either side of the hit;
// from there a quote of one line, or Code All Hits….
class SearchView final : public QWidget
{
    Q_OBJECT

public:
    explicit SearchView(ProjectSession* session, QWidget* parent = nullptr);
    ~SearchView() override;

    void setProject(Project* project);
    // Puts the query in the field and searches at once.
    void search(const QString& query);
    // The same, showing the concordance (keyword in context) page.
    void showConcordance(const QString& query);
    void focusQuery();
    QString query() const;

    // For tests and the window.
    QLineEdit* queryField() const { return m_query; }
    QTreeWidget* results() const { return m_results; }
    QTableView* concordanceView() const { return m_kwic; }
    ConcordanceModel* concordance() const { return m_kwicModel; }
    QTabWidget* pages() const { return m_pages; }
    QWidget* chips() const { return m_chipBox; }
    bool busy() const { return m_running > 0; }
    qint64 totalSegments() const { return m_total; }
    // The interview page at the current result or concordance line; Space: its audio.
    void openCurrent();
    void playCurrent();
    // Loads the next page of transcript hits.
    void loadMore();
    // A quote of the current concordance line's sentence, themes through the picker.
    void makeQuoteFromLine();
    void codeAllHits();
    void exportConcordance(const QString& path);
    void copyConcordance();
    // Removes a filter from the query (the chip's ✕).
    void removeFilter(const QString& key);
    // Saves the query in the field under the name, for the team (Saved ▾ → Save This
    // Search…); the Saved ▾ menu lists them.
    void saveSearch(const QString& name);
    QToolButton* savedButton() const { return m_savedButton; }

Q_SIGNALS:
    void openHitRequested(tianye::RowId interviewId, tianye::RowId segmentId, tianye::TextSpan at);
    void playHitRequested(tianye::RowId interviewId, tianye::RowId segmentId);
    void openQuoteRequested(tianye::RowId interviewId, tianye::RowId quoteId);
    void openInterviewRequested(tianye::RowId interviewId);
    // A participant, city or insight hit was opened (its section in the results).
    void openParticipantRequested(tianye::RowId participantId);
    void openCityRequested(tianye::RowId cityId);
    void openInsightRequested(tianye::RowId insightId);
    void failed(const QString& action, const tianye::Error& error);
    // Results (or the concordance) for the query in the field are shown.
    void resultsShown();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Reader;
    void scheduleSearch();
    void runSearch(int offset);
    void runConcordance();
    void updateChips();
    void fillFilterMenu();
    void fillSavedMenu();
    void updateButtons();
    void showStatus();

    ProjectSession* m_session;
    Project* m_project = nullptr;
    QLineEdit* m_query;
    QToolButton* m_filterButton;
    QToolButton* m_savedButton;
    QWidget* m_chipBox;
    QHBoxLayout* m_chipLayout;
    QLabel* m_status;
    QTabWidget* m_pages;
    QTreeWidget* m_results;
    QPushButton* m_more;
    QTableView* m_kwic;
    ConcordanceModel* m_kwicModel;
    QPushButton* m_makeQuote;
    QPushButton* m_codeAll;
    QPushButton* m_export;
    QTimer* m_debounce;
    QThreadPool* m_pool;
    std::shared_ptr<Reader> m_reader;
    std::shared_ptr<std::atomic<int>> m_generation;     // of result searches
    std::shared_ptr<std::atomic<int>> m_kwicGeneration; // of concordances
    int m_running = 0;
    qint64 m_total = 0;
    int m_nextOffset = 0;
    int m_interviews = 0;
    QString m_shownQuery; // the query the results are of
    QString m_kwicQuery;  // the query the concordance is of
    QString m_error;
};

} // namespace tianye::ui
