// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "interviews/QuotesPanel.h"

#include "app/ProjectSession.h"
#include "ops/Quotes.h"
#include "ops/Reader.h"
#include "quotes/QuoteDetails.h"
#include "store/Change.h"
#include "store/Project.h"
#include "themes/ThemePicker.h"
#include "transcript/TranscriptEditor.h"

#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tianye::ui {

QuotesPanel::QuotesPanel(ProjectSession* session, RowId interviewId, TranscriptEditor* transcript,
                         QWidget* parent)
    : QGroupBox(tr("Quotes"), parent)
    , m_session(session)
    , m_id(interviewId)
    , m_transcript(transcript)
{
    auto* layout = new QVBoxLayout(this);
    auto* make = new QPushButton(tr("Make Quote"), this);
    make->setObjectName(QStringLiteral("makeQuote"));
    make->setToolTip(tr("Make the selected words of the transcript a quote and tag it (Ctrl+M)"));
    connect(make, &QPushButton::clicked, this, &QuotesPanel::makeQuote);
    m_quotes = new QListWidget(this);
    m_quotes->setObjectName(QStringLiteral("quoteList"));
    m_quotes->setAccessibleName(tr("Quotes of this interview"));
    m_quotes->setWordWrap(true);
    m_details = new QuoteDetails(m_session, this);
    connect(m_details, &QuoteDetails::failed, this, &QuotesPanel::failed);
    connect(m_details, &QuoteDetails::reanchorRequested, this, &QuotesPanel::reanchor);
    connect(m_details, &QuoteDetails::playRequested, this, &QuotesPanel::playRequested);
    connect(m_quotes, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        m_details->showQuote(item ? item->data(Qt::UserRole).value<RowId>() : NoRow);
    });
    connect(m_quotes, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (m_transcript->selectQuote(item->data(Qt::UserRole).value<RowId>()))
            m_transcript->setFocus();
    });
    layout->addWidget(make, 0, Qt::AlignLeft);
    layout->addWidget(m_quotes, 2);
    layout->addWidget(m_details, 3);
}

void QuotesPanel::reload()
{
    const RowId current = m_details->quoteId();
    const QSignalBlocker block(m_quotes);
    m_quotes->clear();
    Project* project = m_session->project();
    auto quotes = ops::Reader(*project).quotes(m_id);
    if (!quotes)
        return;
    QHash<RowId, Theme> themes;
    if (auto all = ops::Reader(*project).themes())
        for (const Theme& t : *all)
            themes.insert(t.id, t);
    const QHash<RowId, Withheld> withheld =
        ops::Reader(*project).withheldIn(m_id).value_or(QHash<RowId, Withheld>());
    const QColor red(0xb3, 0x26, 0x1e);
    std::vector<TranscriptEditor::QuoteMark> marks;
    for (const Quote& q : *quotes) {
        QStringList names;
        for (RowId t : q.themeIds)
            names << themes.value(t).name;
        QString label = q.starred ? QString(QStringLiteral("★ ") + q.text) : q.text;
        if (!names.isEmpty())
            label += QStringLiteral("\n") + names.join(QStringLiteral(" · "));
        auto* item = new QListWidgetItem(label, m_quotes);
        item->setData(Qt::UserRole, q.id);
        if (q.detached) {
            item->setToolTip(tr("The words of this quote were deleted from the transcript."));
            item->setForeground(red);
            item->setText(tr("Detached: %1").arg(label));
        }
        if (const Withheld why = withheld.value(q.id, Withheld::No); why != Withheld::No) {
            item->setForeground(red);
            item->setToolTip(withheldReason(why));
        }
        if (q.id == current)
            m_quotes->setCurrentItem(item);
        if (!q.detached && q.startSegmentId != NoRow && q.endSegmentId != NoRow) {
            const QString color = q.themeIds.isEmpty() ? QString() : themes.value(q.themeIds.first()).color;
            marks.push_back({q.id, q.startSegmentId, q.startOffset, q.endSegmentId, q.endOffset,
                             QColor::isValidColorName(color) ? QColor::fromString(color) : QColor()});
        }
    }
    m_transcript->setQuoteMarks(std::move(marks));
    if (!m_quotes->currentItem())
        m_details->showQuote(NoRow);
}

bool QuotesPanel::follows(const Change& change) const
{
    switch (change.entity) {
    case Entity::Interview:
        // New or removed material, who took part, how speakers map: attribution and
        // consent may differ.
        return change.ids.contains(m_id) &&
               (change.fields.isEmpty() || change.fields.contains(QStringLiteral("material")) ||
                change.fields.contains(QStringLiteral("participants")) ||
                change.fields.contains(QStringLiteral("interviewers")) ||
                change.fields.contains(QStringLiteral("speakers")));
    case Entity::Participant: // consent or code of someone who may have spoken (or back by undo)
    case Entity::Researcher:  // an interviewer's words are never withheld
        return true;
    case Entity::Theme: {
        // A theme's description or memo is not shown here.
        static const QStringList unseen{QStringLiteral("description"), QStringLiteral("memo")};
        if (change.kind == ChangeKind::Inserted)
            return false;
        return change.fields.isEmpty() || std::any_of(change.fields.begin(), change.fields.end(),
                                                      [](const QString& f) { return !unseen.contains(f); });
    }
    case Entity::Quote:
        for (int i = 0; i < m_quotes->count(); ++i)
            if (change.ids.contains(m_quotes->item(i)->data(Qt::UserRole).value<RowId>()))
                return true;
        return false;
    default:
        return false;
    }
}

void QuotesPanel::makeQuote()
{
    if (!m_transcript->saveTyping(tr("Make Quote")))
        return;
    auto quote = m_transcript->quoteFromSelection();
    if (!quote) {
        Q_EMIT failed(tr("Make Quote"), {Error::Code::InvalidArgument,
                                         tr("Select the words of the quote in the transcript first.")});
        return;
    }
    QString words =
        m_transcript->textCursor().selectedText().replace(QChar::ParagraphSeparator, QLatin1Char(' '));
    ThemePicker picker(m_session->project(), {}, words.trimmed(), this);
    if (picker.exec() != QDialog::Accepted)
        return;
    auto made = ops::makeQuote(*m_session->ops(), *quote, picker.chosen());
    if (!made) {
        Q_EMIT failed(tr("Make Quote"), made.error());
        return;
    }
    showQuote(*made);
    m_transcript->setFocus();
}

void QuotesPanel::showQuote(RowId quoteId)
{
    for (int i = 0; i < m_quotes->count(); ++i) {
        if (m_quotes->item(i)->data(Qt::UserRole).value<RowId>() == quoteId) {
            m_quotes->setCurrentRow(i);
            break;
        }
    }
    m_transcript->selectQuote(quoteId);
}

void QuotesPanel::reanchor(RowId quoteId)
{
    if (!m_transcript->saveTyping(tr("Attach Quote")))
        return;
    auto at = m_transcript->quoteFromSelection();
    if (!at) {
        Q_EMIT failed(tr("Attach Quote"),
                      {Error::Code::InvalidArgument,
                       tr("Select the words this quote should cover in the transcript first.")});
        return;
    }
    if (auto ok = ops::reanchorQuote(*m_session->ops(), quoteId, *at); !ok)
        Q_EMIT failed(tr("Attach Quote"), ok.error());
}

} // namespace tianye::ui
