// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "search/CodeHitsDialog.h"

#include "app/ErrorBox.h"
#include "app/ProjectSession.h"
#include "ops/Reader.h"
#include "store/Project.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tianye::ui {

namespace {
constexpr int PreviewLimit = 500;
}

CodeHitsDialog::CodeHitsDialog(ProjectSession* session, const QString& query, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_query(query)
    , m_theme(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_preview(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Code All Hits"));
    setObjectName(QStringLiteral("codeHitsDialog"));
    m_theme->setEditable(true);
    m_theme->setInsertPolicy(QComboBox::NoInsert);
    m_theme->lineEdit()->setPlaceholderText(tr("A theme, or a new name"));
    m_theme->setAccessibleName(tr("Theme"));
    if (auto themes = ops::Reader(*session->project()).themes())
        for (const Theme& t : *themes)
            m_theme->addItem(t.name, QVariant::fromValue(t.id));
    m_theme->setCurrentIndex(-1);
    m_scope->addItem(tr("The words found"), int(ops::CodingScope::Hit));
    m_scope->addItem(tr("The sentence around them"), int(ops::CodingScope::Sentence));
    m_scope->addItem(tr("The whole transcript segment"), int(ops::CodingScope::Segment));
    m_scope->setCurrentIndex(1);
    m_scope->setAccessibleName(tr("What each quote holds"));
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("codingSummary"));
    m_preview->setAccessibleName(tr("The quotes coding would make"));
    m_preview->setWordWrap(true);
    QPushButton* code = m_buttons->addButton(tr("Code"), QDialogButtonBox::AcceptRole);
    code->setObjectName(QStringLiteral("codeButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CodeHitsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CodeHitsDialog::reject);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CodeHitsDialog::replan);
    connect(m_theme, &QComboBox::currentTextChanged, this, [code, this](const QString& t) {
        code->setEnabled(!t.trimmed().isEmpty() && !m_plan.quotes.empty());
    });

    auto* form = new QFormLayout;
    form->addRow(tr("Search:"), new QLabel(query.toHtmlEscaped(), this));
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Quote:"), m_scope);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);
    resize(720, 520);
    replan();
}

void CodeHitsDialog::replan()
{
    const auto scope = ops::CodingScope(m_scope->currentData().toInt());
    auto plan = ops::planCoding(*m_session->project(), m_query, scope);
    m_preview->clear();
    if (!plan) {
        m_plan = {};
        m_summary->setText(plan.error().message);
    } else {
        m_plan = std::move(*plan);
        qsizetype existing = 0;
        for (const ops::PlannedQuote& p : m_plan.quotes) {
            existing += p.existing != NoRow;
            if (m_preview->count() >= PreviewLimit)
                continue;
            auto* item = new QListWidgetItem(
                p.existing != NoRow ? tr("%1  (already a quote: it gets the theme)").arg(p.quote.text)
                                    : p.quote.text,
                m_preview);
            item->setToolTip(p.quote.text);
        }
        QString text = tr("%n hit(s) in the transcripts", nullptr, int(m_plan.hits)) + QStringLiteral(" → ") +
                       tr("%n quote(s)", nullptr, int(m_plan.quotes.size()));
        if (existing > 0)
            text += QStringLiteral(", ") +
                    tr("%n of them already quoted (they get the theme)", nullptr, int(existing));
        if (m_plan.withheld > 0)
            text += QStringLiteral(". ") + tr("%n hit(s) in words withheld for consent are not coded.",
                                              nullptr, int(m_plan.withheld));
        if (m_plan.quotes.size() > size_t(PreviewLimit))
            text += QStringLiteral(" ") + tr("The first %1 are listed.").arg(PreviewLimit);
        m_summary->setText(text + QStringLiteral(" ") + tr("One step: Undo takes it all back."));
    }
    for (QAbstractButton* b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(!m_theme->currentText().trimmed().isEmpty() && !m_plan.quotes.empty());
        else
            b->setEnabled(true);
}

void CodeHitsDialog::accept()
{
    const QString name = m_theme->currentText().trimmed();
    if (name.isEmpty() || m_plan.quotes.empty())
        return;
    const int at = m_theme->findText(name);
    const ops::ThemeChoice choice =
        at >= 0 ? ops::ThemeChoice{m_theme->itemData(at).value<RowId>(), {}} : ops::ThemeChoice{NoRow, name};
    auto coded = ops::codeHits(*m_session->ops(), m_plan, choice);
    if (!coded) {
        showErrorBox(this, tr("Code All Hits"), coded.error());
        return;
    }
    m_coded = *coded;
    QDialog::accept();
}

} // namespace tianye::ui
