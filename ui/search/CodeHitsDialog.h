// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "ops/Coding.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace tianye::ui {

class ProjectSession;

// Code All Hits…: every hit of the search made a quote with one theme (the hit, its
// sentence or its segment), previewed first, made in one undoable step.
class CodeHitsDialog final : public QDialog
{
    Q_OBJECT

public:
    CodeHitsDialog(ProjectSession* session, const QString& query, QWidget* parent = nullptr);

    QComboBox* themeBox() const { return m_theme; }
    QComboBox* scopeBox() const { return m_scope; }
    QListWidget* preview() const { return m_preview; }
    const ops::CodingPlan& plan() const { return m_plan; }
    // How many quotes got the theme (after Code).
    int coded() const { return m_coded; }

    void accept() override;

private:
    void replan();

    ProjectSession* m_session;
    QString m_query;
    QComboBox* m_theme;
    QComboBox* m_scope;
    QLabel* m_summary;
    QListWidget* m_preview;
    QDialogButtonBox* m_buttons;
    ops::CodingPlan m_plan;
    int m_coded = 0;
};

} // namespace tianye::ui
