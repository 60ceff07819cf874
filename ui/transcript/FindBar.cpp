// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "transcript/FindBar.h"

#include "transcript/FindReplace.h"
#include "transcript/TranscriptEditor.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tianye::ui {

FindBar::FindBar(TranscriptEditor* editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("findBar"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 2, 0, 2);
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("findField"));
    m_find->setPlaceholderText(tr("Find in transcript"));
    m_find->setAccessibleName(tr("Find in transcript"));
    m_find->setClearButtonEnabled(true);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { find(false); });
    auto* previous = new QPushButton(tr("Previous"), this);
    connect(previous, &QPushButton::clicked, this, [this] { find(true); });
    auto* next = new QPushButton(tr("Next"), this);
    connect(next, &QPushButton::clicked, this, [this] { find(false); });
    m_result = new QLabel(this);
    auto* close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    grid->addWidget(m_find, 0, 0);
    grid->addWidget(previous, 0, 1);
    grid->addWidget(next, 0, 2);
    grid->addWidget(m_result, 0, 3);
    grid->addWidget(close, 0, 4);

    m_replaceRow = new QWidget(this);
    auto* row = new QHBoxLayout(m_replaceRow);
    row->setContentsMargins(0, 0, 0, 0);
    m_replace = new QLineEdit(m_replaceRow);
    m_replace->setObjectName(QStringLiteral("replaceField"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setAccessibleName(tr("Replace with"));
    auto* replace = new QPushButton(tr("Replace"), m_replaceRow);
    connect(replace, &QPushButton::clicked, this,
            [this] { showResult(replaceCurrent(*m_editor, m_find->text(), m_replace->text())); });
    auto* all = new QPushButton(tr("Replace All"), m_replaceRow);
    all->setObjectName(QStringLiteral("replaceAll"));
    connect(all, &QPushButton::clicked, this, [this] {
        const int n = replaceAll(*m_editor, m_find->text(), m_replace->text());
        m_result->setText(tr("%n replaced", nullptr, n));
    });
    row->addWidget(m_replace, 1);
    row->addWidget(replace);
    row->addWidget(all);
    grid->addWidget(m_replaceRow, 1, 0, 1, 5);
    grid->setColumnStretch(0, 1);
    hide();
}

void FindBar::open(bool replace)
{
    m_replaceRow->setVisible(replace);
    show();
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_find->setFocus();
    m_find->selectAll();
}

void FindBar::find(bool backward)
{
    showResult(findNext(*m_editor, m_find->text(), backward));
}

void FindBar::showResult(bool found)
{
    m_result->setText(found || m_find->text().isEmpty() ? QString() : tr("Not found"));
}

void FindBar::keyPressEvent(QKeyEvent* e)
{
    if (e->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(e);
}

} // namespace tianye::ui
