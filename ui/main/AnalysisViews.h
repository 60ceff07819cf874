// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Ids.h"

#include <QObject>

class QTabWidget;
class QWidget;

namespace tianye {
class Project;
}

namespace tianye::ui {

class CodebookView;
class InsightsBoard;
class ProjectSession;
class QuoteBrowser;
class ThemeMatrixView;

// The four tabs that look across the project — Quotes, Theme × City, Codebook and
// Insights — made anew for each project that opens (none while no project is).
class AnalysisViews final : public QObject
{
    Q_OBJECT

public:
    // Adds the four tabs to tabs, in that order.
    AnalysisViews(ProjectSession* session, QTabWidget* tabs);

    void rebuild(Project* project, RowId city);
    void showCity(RowId city);
    QuoteBrowser* quoteBrowser() const { return m_quoteBrowser; }
    ThemeMatrixView* themeMatrix() const { return m_matrix; }
    CodebookView* codebook() const { return m_codebook; }
    InsightsBoard* insightsBoard() const { return m_insightsBoard; }

Q_SIGNALS:
    void openQuoteRequested(tianye::RowId interviewId, tianye::RowId quoteId);
    void playQuoteRequested(tianye::RowId interviewId, tianye::RowId quoteId);
    void exportRequested(tianye::RowId cityId);
    // A matrix cell was chosen: the quote browser shows its quotes.
    void quotesShown();
    void failed(const QString& action, const tianye::Error& error);

private:
    ProjectSession* m_session;
    QWidget* m_quotesTab;
    QWidget* m_matrixTab;
    QWidget* m_codebookTab;
    QWidget* m_insightsTab;
    QuoteBrowser* m_quoteBrowser = nullptr;
    ThemeMatrixView* m_matrix = nullptr;
    CodebookView* m_codebook = nullptr;
    InsightsBoard* m_insightsBoard = nullptr;
};

} // namespace tianye::ui
