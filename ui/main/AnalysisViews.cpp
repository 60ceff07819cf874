// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "main/AnalysisViews.h"

#include "app/ProjectSession.h"
#include "dossier/InsightsBoard.h"
#include "quotes/QuoteBrowser.h"
#include "quotes/ThemeMatrixView.h"
#include "themes/CodebookView.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace tianye::ui {

namespace {

QWidget* holder(QTabWidget* tabs, const QString& title)
{
    auto* tab = new QWidget(tabs);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    tabs->addTab(tab, title);
    return tab;
}

} // namespace

AnalysisViews::AnalysisViews(ProjectSession* session, QTabWidget* tabs)
    : QObject(tabs)
    , m_session(session)
    , m_quotesTab(holder(tabs, tr("Quotes")))
    , m_matrixTab(holder(tabs, tr("Theme × City")))
    , m_codebookTab(holder(tabs, tr("Codebook")))
    , m_insightsTab(holder(tabs, tr("Insights")))
{}

void AnalysisViews::rebuild(Project* project, RowId city)
{
    delete m_quoteBrowser;
    delete m_matrix;
    delete m_codebook;
    delete m_insightsBoard;
    m_quoteBrowser = nullptr;
    m_matrix = nullptr;
    m_codebook = nullptr;
    m_insightsBoard = nullptr;
    if (!project)
        return;
    m_quoteBrowser = new QuoteBrowser(m_session, m_quotesTab);
    m_quotesTab->layout()->addWidget(m_quoteBrowser);
    connect(m_quoteBrowser, &QuoteBrowser::openQuoteRequested, this, &AnalysisViews::openQuoteRequested);
    connect(m_quoteBrowser, &QuoteBrowser::playQuoteRequested, this, &AnalysisViews::playQuoteRequested);
    m_matrix = new ThemeMatrixView(m_session, m_matrixTab);
    m_matrixTab->layout()->addWidget(m_matrix);
    connect(m_matrix, &ThemeMatrixView::cellActivated, this, [this](RowId theme, RowId inCity) {
        m_quoteBrowser->showThemeInCity(theme, inCity);
        Q_EMIT quotesShown();
    });
    connect(m_matrix, &ThemeMatrixView::quotesChosen, this,
            [this](const QList<RowId>& ids, const QString& what) {
                m_quoteBrowser->showQuotes(ids, what);
                Q_EMIT quotesShown();
            });
    m_codebook = new CodebookView(m_session, m_codebookTab);
    m_codebookTab->layout()->addWidget(m_codebook);
    m_insightsBoard = new InsightsBoard(m_session, m_insightsTab);
    m_insightsTab->layout()->addWidget(m_insightsBoard);
    showCity(city);
    connect(m_insightsBoard, &InsightsBoard::exportRequested, this, &AnalysisViews::exportRequested);
    connect(m_insightsBoard, &InsightsBoard::openQuoteRequested, this, &AnalysisViews::openQuoteRequested);
    connect(m_insightsBoard, &InsightsBoard::editFailed, this, &AnalysisViews::failed);
}

void AnalysisViews::showCity(RowId city)
{
    if (m_insightsBoard && city != NoRow)
        m_insightsBoard->showCity(city);
    if (m_quoteBrowser)
        m_quoteBrowser->followCity(city);
}

} // namespace tianye::ui
