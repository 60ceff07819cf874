// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Types.h"

#include <QMainWindow>
#include <QUrl>

class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;

namespace tianye {
class Project;
}

namespace tianye::ui {

class AnalysisViews;
class CityList;
class InterviewLog;
class InterviewPage;
class MaterialIntake;
class ProjectCare;
class TeamWork;
class QdpxExchange;
class WelcomePage;
class ParticipantsView;
class SearchView;
class WordsView;
class CodebookView;
class DossierDialog;
class InsightsBoard;
class QuoteBrowser;
class ThemeMatrixView;
class ProjectSession;

// Wires the features together: the project session, the welcome page, the city
// list, the interview log, the participants roster, the analysis tabs and one tab
// per open interview. Files coming in go through MaterialIntake, the project file's
// care (check, backups) through ProjectCare. Features live in their own folders;
// this connects them and owns the menus.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ProjectSession* session, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows a failed operation to the user without blocking (window-modal).
    void showError(const QString& title, const Error& error);
    // Tells why a project did not open. A damaged one gets the offer to restore its
    // newest good backup (the damaged file is kept).
    void reportOpenFailure(const Error& error);
    // Opens (or brings forward) the interview's page.
    InterviewPage* openInterview(RowId interviewId);
    // Opens the quote's interview with its words selected and its details shown.
    InterviewPage* openQuote(RowId interviewId, RowId quoteId);
    // The analysis tabs of the open project (nullptr when none is open).
    QuoteBrowser* quoteBrowser() const;
    ThemeMatrixView* themeMatrix() const;
    CodebookView* codebook() const;
    InsightsBoard* insightsBoard() const;
    SearchView* searchView() const { return m_search; }
    WordsView* wordsView() const { return m_words; }
    // Selects the city in the sidebar (the views follow it).
    void chooseCity(RowId cityId);
    // Search (Ctrl+Shift+F): the Search tab with the query field focused; with a query,
    // searching for it.
    void showSearch(const QString& query = {});
    // Export → Dossier for a city (NoRow: the city selected, else the first).
    DossierDialog* exportDossier(RowId cityId = NoRow);
    // Files dropped onto an interview: audio is attached, transcripts imported.
    void routeFiles(RowId interviewId, const QList<QUrl>& urls);
Q_SIGNALS:
    // Audio dropped on (or chosen for) an interview was copied and attached.
    void audioAttached(tianye::RowId interviewId);

public:
    // Recordings left unfinished (the app or the computer stopped while recording):
    // offered for recovery when the project opens.
    void offerRecovery();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // The tabs that are always there; interview pages follow them.
    enum Tab
    {
        InterviewsTab,
        ParticipantsTab,
        QuotesTab,
        MatrixTab,
        CodebookTab,
        InsightsTab,
        WordsTab,
        SearchTab,
        FixedTabs
    };
    // The menu bar (MainMenus.cpp).
    void createActions();
    QWidget* createWorkspace();
    void showMessage(const QString& text, int timeoutMs);
    void onProjectChanged(Project* project);
    void onCitySelected();
    void updateStatus();
    void updateActions();
    void rebuildRecentMenu();
    void restoreLayout();
    void saveLayout();
    void newProject();
    void openProject();
    void openPath(const QString& path);
    void openDemo();

    RowId currentCity() const;
    void newInterview();
    void openSelectedInterviews();
    void closeInterviewTab(int index);
    void showPreferences();
    // The interview the Interview menu acts on: the open page, else the selected row.
    RowId currentInterview() const;
    void chooseTranscriptFile();

    ProjectSession* m_session;
    Project* m_shownProject = nullptr;
    MaterialIntake* m_intake;
    ProjectCare* m_care;
    TeamWork* m_team;
    QdpxExchange* m_qdpx;
    WelcomePage* m_welcome = nullptr;
    InterviewLog* m_log = nullptr;
    QStackedWidget* m_stack = nullptr;
    QSplitter* m_splitter = nullptr;
    CityList* m_cityList = nullptr;
    QTabWidget* m_tabs = nullptr;
    ParticipantsView* m_participants = nullptr;
    AnalysisViews* m_analysis = nullptr;
    SearchView* m_search = nullptr;
    WordsView* m_words = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_statusMenu = nullptr;
    QList<QAction*> m_projectActions; // enabled only while a project is open
    QAction* m_openInterviewAction = nullptr;
    QAction* m_removeInterviewAction = nullptr;
    QAction* m_importTranscriptAction = nullptr;
};

} // namespace tianye::ui
