// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Ids.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace tianye::ui {

class ProjectSession;
class EvidenceList;

// Per city: the spirit word and what it means, the insights written for the city and,
// for the chosen insight, the quotes that prove it (dropped from the quote browser or
// found by search), in order. Every change is one undo step.
class InsightsBoard final : public QWidget
{
    Q_OBJECT

public:
    explicit InsightsBoard(ProjectSession* session, QWidget* parent = nullptr);

    RowId city() const;
    void showCity(RowId cityId);
    RowId currentInsight() const;
    void selectInsight(RowId id);

    // What the buttons and drops do; tests drive them as the widgets would.
    RowId addInsight();
    void removeInsight();
    void moveInsight(int from, int to);
    // Inserts quotes (not already there) before row `at` of the evidence, at the end for -1.
    void addEvidence(const QList<RowId>& quoteIds, int at = -1);
    void removeEvidence();
    void moveEvidence(int from, int to);

    QListWidget* insightList() const { return m_insights; }
    QListWidget* evidenceList() const;
    QListWidget* searchResults() const { return m_results; }

Q_SIGNALS:
    void exportRequested(tianye::RowId cityId);
    void openQuoteRequested(tianye::RowId interviewId, tianye::RowId quoteId);
    void editFailed(const QString& action, const tianye::Error& error);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reloadCities();
    void reload();
    void showInsight();
    void showEvidence();
    void search();
    // Typing into a field of the city or the insight shown: saved after a pause.
    void typedCityField(int field, const QString& value);
    void typedInsightField(int field, const QString& value);
    QString cityKey(int field) const;
    QString insightKey(int field) const;
    void saveInsightField(int field, const QVariant& value, const QString& label, const QString& mergeKey);
    // change: an ops::EvidenceChange; added: how many quotes were added.
    void writeEvidence(const QList<RowId>& ids, int change, int added = 0);
    QList<RowId> evidenceIds() const;
    void report(const QString& action, const Error& error);

    ProjectSession* m_session;
    QComboBox* m_city;
    QLineEdit* m_spirit;
    QPlainTextEdit* m_statement;
    QListWidget* m_insights;
    QComboBox* m_kind;
    QLineEdit* m_title;
    QPlainTextEdit* m_insightStatement;
    EvidenceList* m_evidence;
    QLabel* m_evidenceHint;
    QLineEdit* m_search;
    QListWidget* m_results;
    QPushButton* m_addFound;
    QWidget* m_details;
    QTimer* m_reload;
    QTimer* m_searchDelay;
    bool m_loading = false;
    bool m_stale = false;
};

} // namespace tianye::ui
