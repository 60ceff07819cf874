// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "quotes/QuoteDetails.h"

#include "app/LastWriteLabel.h"
#include "app/ProjectSession.h"
#include "app/UnsavedTyping.h"
#include "core/TimeCode.h"
#include "ops/Quotes.h"
#include "ops/Reader.h"
#include "store/Change.h"
#include "store/Project.h"
#include "themes/ThemePicker.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

namespace tianye::ui {

QuoteDetails::QuoteDetails(ProjectSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("quoteDetails"));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_text);
    m_detached = new QLabel(
        tr("The words of this quote were deleted from the transcript. Select the words it should quote and "
           "attach it again, or remove it."),
        this);
    m_detached->setWordWrap(true);
    m_detached->setStyleSheet(
        QStringLiteral("color: palette(bright-text); background: #b3261e; padding: 4px;"));
    m_reanchor = new QPushButton(tr("Attach to Selected Words"), this);
    m_reanchor->setObjectName(QStringLiteral("reanchorQuote"));
    connect(m_reanchor, &QPushButton::clicked, this, [this] { Q_EMIT reanchorRequested(m_id); });
    form->addRow(m_detached);
    form->addRow(m_reanchor);

    auto* themesRow = new QHBoxLayout;
    m_themes = new QLabel(this);
    m_themes->setObjectName(QStringLiteral("quoteThemes"));
    m_themes->setWordWrap(true);
    m_editThemes = new QPushButton(tr("Themes…"), this);
    m_editThemes->setObjectName(QStringLiteral("editQuoteThemes"));
    m_editThemes->setToolTip(tr("Tag the quote with themes (Ctrl+T)"));
    m_editThemes->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_editThemes, &QPushButton::clicked, this, &QuoteDetails::editThemes);
    themesRow->addWidget(m_themes, 1);
    themesRow->addWidget(m_editThemes);
    form->addRow(tr("Themes:"), themesRow);

    auto* flags = new QHBoxLayout;
    m_star = new QCheckBox(tr("Starred"), this);
    m_star->setObjectName(QStringLiteral("quoteStar"));
    m_dossier = new QCheckBox(tr("Use in dossier"), this);
    m_dossier->setObjectName(QStringLiteral("quoteInDossier"));
    flags->addWidget(m_star);
    flags->addWidget(m_dossier);
    flags->addStretch(1);
    form->addRow(flags);
    connect(m_star, &QCheckBox::toggled, this, [this](bool on) {
        save(int(QuoteField::Starred), on, on ? tr("Star Quote") : tr("Unstar Quote"));
    });
    connect(m_dossier, &QCheckBox::toggled, this, [this](bool on) {
        save(int(QuoteField::InDossier), on,
             on ? tr("Use Quote in Dossier") : tr("Leave Quote out of Dossier"));
    });

    const auto textField = [&](const QString& name, const QString& accessible) {
        auto* edit = new QPlainTextEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(fontMetrics().height() * 4);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] {
            if (m_loading || m_id == NoRow)
                return;
            // Saved after a pause to the quote it was typed for; kept (and tried again)
            // while saving fails.
            const QuoteField field = edit == m_translation ? QuoteField::Translation : QuoteField::Note;
            const QString text = edit->toPlainText();
            m_session->typing()->typed(this, typingKey(field), text,
                                       [this, field, text, id = m_id, key = typingKey(field)] {
                                           return ops::setQuoteField(*m_session->ops(), id, field, text, key);
                                       });
        });
        return edit;
    };
    m_translation = textField(QStringLiteral("quoteTranslation"), tr("English translation"));
    form->addRow(tr("Translation:"), m_translation);
    m_note = textField(QStringLiteral("quoteNote"), tr("Note"));
    form->addRow(tr("Note:"), m_note);

    auto* audio = new QHBoxLayout;
    const auto timeField = [&](const QString& name, const QString& accessible) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setPlaceholderText(QStringLiteral("00:00:00"));
        edit->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000:00:00.000")) + 16);
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] { saveTime(edit); });
        return edit;
    };
    m_audioStart = timeField(QStringLiteral("quoteAudioStart"), tr("Audio from"));
    m_audioEnd = timeField(QStringLiteral("quoteAudioEnd"), tr("Audio to"));
    audio->addWidget(m_audioStart);
    audio->addWidget(new QLabel(QStringLiteral("–"), this));
    audio->addWidget(m_audioEnd);
    m_play = new QPushButton(tr("Play"), this);
    m_play->setObjectName(QStringLiteral("playQuote"));
    m_play->setToolTip(tr("Play exactly this range of the recording"));
    connect(m_play, &QPushButton::clicked, this, [this] { Q_EMIT playRequested(m_id); });
    audio->addWidget(m_play);
    audio->addStretch(1);
    form->addRow(tr("Audio:"), audio);

    m_remove = new QPushButton(tr("Remove Quote"), this);
    m_remove->setObjectName(QStringLiteral("removeQuote"));
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (auto ok = ops::removeQuote(*m_session->ops(), m_id); !ok)
            Q_EMIT failed(tr("Remove Quote"), ok.error());
    });
    form->addRow(m_remove);
    m_lastWrite = new LastWriteLabel(QStringLiteral("quoteLastChanged"), this);
    form->addRow(m_lastWrite);

    connect(&m_session->project()->notifier(), &ChangeNotifier::changed, this, &QuoteDetails::onChange);
    showQuote(NoRow);
}

void QuoteDetails::setAudioAvailable(bool available)
{
    m_audio = available;
    reload();
}

void QuoteDetails::showQuote(RowId id)
{
    m_id = id;
    reload();
}

QString QuoteDetails::typingKey(QuoteField field) const
{
    // Also the merge key: typing into one field is one undo step.
    return QStringLiteral("quote-%1-%2").arg(m_id).arg(field == QuoteField::Translation ? 't' : 'n');
}

void QuoteDetails::reload()
{
    auto quote = m_id == NoRow ? Result<Quote>(std::unexpected(Error{}))
                               : ops::Reader(*m_session->project()).quote(m_id);
    const bool have = bool(quote);
    for (QWidget* w : std::initializer_list<QWidget*>{m_editThemes, m_star, m_dossier, m_translation, m_note,
                                                      m_audioStart, m_audioEnd, m_remove})
        w->setEnabled(have);
    m_loading = true;
    if (!have) {
        m_text->setText(tr("Select a quote to see its details."));
        m_themes->clear();
        m_star->setChecked(false);
        m_dossier->setChecked(false);
        m_translation->clear();
        m_note->clear();
        m_audioStart->clear();
        m_audioEnd->clear();
        m_detached->hide();
        m_reanchor->hide();
        m_play->setVisible(m_audio);
        m_play->setEnabled(false);
        m_lastWrite->setWrite(std::nullopt, {});
        m_loading = false;
        return;
    }
    {
        ops::Reader read(*m_session->project());
        auto write = read.lastWriteOfQuote(m_id);
        m_lastWrite->setWrite(write ? *write : std::nullopt, read.thisDevice());
    }
    m_text->setText(QStringLiteral("“%1”").arg(quote->text));
    QStringList names;
    if (auto themes = ops::Reader(*m_session->project()).themes()) {
        for (const Theme& t : *themes)
            if (quote->themeIds.contains(t.id))
                names << t.name;
    }
    m_themes->setText(names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")));
    m_star->setChecked(quote->starred);
    m_dossier->setChecked(quote->inDossier);
    // Words that wait to be saved rather than what the project has.
    const UnsavedTyping* typing = m_session->typing();
    const QString translation =
        typing->waiting(typingKey(QuoteField::Translation)).value_or(quote->translation);
    if (m_translation->toPlainText() != translation)
        m_translation->setPlainText(translation);
    const QString note = typing->waiting(typingKey(QuoteField::Note)).value_or(quote->note);
    if (m_note->toPlainText() != note)
        m_note->setPlainText(note);
    m_audioStart->setText(quote->audioStartMs ? formatTimeCode(*quote->audioStartMs, true) : QString());
    m_audioEnd->setText(quote->audioEndMs ? formatTimeCode(*quote->audioEndMs, true) : QString());
    m_play->setEnabled(m_audio && quote->audioStartMs.has_value());
    m_play->setVisible(m_audio);
    m_detached->setVisible(quote->detached);
    m_reanchor->setVisible(quote->detached);
    m_loading = false;
}

void QuoteDetails::onChange(const Change& change)
{
    if (change.entity == Entity::Theme || (change.entity == Entity::Quote && change.ids.contains(m_id))) {
        if (change.entity == Entity::Quote && change.kind == ChangeKind::Removed)
            m_id = NoRow;
        reload();
    }
}

void QuoteDetails::save(int field, const QVariant& value, const QString& label, const QString& mergeKey)
{
    if (m_loading || m_id == NoRow)
        return;
    if (auto ok = ops::setQuoteField(*m_session->ops(), m_id, QuoteField(field), value, mergeKey); !ok) {
        Q_EMIT failed(label, ok.error());
        reload();
    }
}

void QuoteDetails::saveTime(QLineEdit* edit)
{
    if (m_loading || m_id == NoRow)
        return;
    const QString text = edit->text().trimmed();
    const bool start = edit == m_audioStart;
    std::optional<qint64> ms;
    if (!text.isEmpty()) {
        ms = parseTimeCode(text);
        if (!ms) {
            Q_EMIT failed(
                tr("Change Audio Range"),
                {Error::Code::InvalidArgument,
                 tr("“%1” is not a time. Write it as hours:minutes:seconds, e.g. 00:12:05.5.").arg(text)});
            reload();
            return;
        }
    }
    auto quote = ops::Reader(*m_session->project()).quote(m_id);
    if (!quote)
        return;
    const std::optional<qint64> other = start ? quote->audioEndMs : quote->audioStartMs;
    if (ms && other && (start ? *ms > *other : *ms < *other)) {
        Q_EMIT failed(tr("Change Audio Range"),
                      {Error::Code::InvalidArgument, tr("The audio range must start before it ends.")});
        reload();
        return;
    }
    if (ms == (start ? quote->audioStartMs : quote->audioEndMs))
        return;
    save(int(start ? QuoteField::AudioStartMs : QuoteField::AudioEndMs), ms ? QVariant(*ms) : QVariant(),
         tr("Change Audio Range"));
}

void QuoteDetails::editThemes()
{
    if (m_id == NoRow)
        return;
    auto quote = ops::Reader(*m_session->project()).quote(m_id);
    if (!quote)
        return;
    ThemePicker picker(m_session->project(), quote->themeIds, quote->text, this);
    if (picker.exec() != QDialog::Accepted)
        return;
    if (auto ok = ops::setQuoteThemes(*m_session->ops(), m_id, picker.chosen()); !ok)
        Q_EMIT failed(tr("Change Quote Themes"), ok.error());
}

} // namespace tianye::ui
