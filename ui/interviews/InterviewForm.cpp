// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "interviews/InterviewForm.h"

#include "app/DateTimeField.h"
#include "app/ProjectSession.h"
#include "app/UnsavedTyping.h"
#include "ops/Interviews.h"
#include "ops/Reader.h"
#include "store/Change.h"
#include "store/Project.h"

#include <QComboBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace tianye::ui {

namespace {

const QString StoredDateTime = QStringLiteral("yyyy-MM-ddTHH:mm");

template <class E> void fillEnum(QComboBox* box, std::initializer_list<E> values)
{
    for (E v : values)
        box->addItem(label(v), QVariant::fromValue(v));
}

QListWidgetItem* checkItem(QListWidget* list, const QString& text, RowId id, bool checked)
{
    auto* item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QList<RowId> checkedIds(QListWidget* list)
{
    QList<RowId> ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

bool listsAny(QListWidget* list, const QList<RowId>& ids)
{
    for (int i = 0; i < list->count(); ++i)
        if (ids.contains(list->item(i)->data(Qt::UserRole).toLongLong()))
            return true;
    return false;
}

// Sets a text without touching the editor (cursor, undo) when it already shows it.
void setPlainText(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

} // namespace

InterviewForm::InterviewForm(ProjectSession* session, RowId interviewId, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_id(interviewId)
{
    auto* layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_startedAt = new DateTimeField(this);
    m_startedAt->setObjectName(QStringLiteral("startedAtEdit"));
    m_startedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_startedAt->setCalendarPopup(true);
    connect(m_startedAt, &QDateTimeEdit::editingFinished, this, [this] {
        setField(InterviewField::StartedAt, m_startedAt->dateTime().toString(StoredDateTime),
                 tr("Change Interview Date"));
    });
    layout->addRow(tr("&Date and time:"), m_startedAt);

    m_duration = new QTimeEdit(this);
    m_duration->setObjectName(QStringLiteral("durationEdit"));
    m_duration->setDisplayFormat(QStringLiteral("HH:mm:ss"));
    connect(m_duration, &QTimeEdit::editingFinished, this, [this] {
        setField(InterviewField::DurationMs, qint64(m_duration->time().msecsSinceStartOfDay()),
                 tr("Change Interview Duration"));
    });
    layout->addRow(tr("D&uration:"), m_duration);

    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("placeEdit"));
    m_place->setPlaceholderText(tr("e.g. a tea house near the Drum Tower"));
    connect(m_place, &QLineEdit::editingFinished, this,
            [this] { setField(InterviewField::Place, m_place->text().trimmed(), tr("Change Place")); });
    layout->addRow(tr("&Place:"), m_place);

    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("modeEdit"));
    fillEnum(m_mode, {InterviewMode::InPerson, InterviewMode::Phone, InterviewMode::Video});
    connect(m_mode, &QComboBox::activated, this,
            [this] { setField(InterviewField::Mode, m_mode->currentData(), tr("Change Interview Mode")); });
    layout->addRow(tr("&Mode:"), m_mode);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageEdit"));
    m_language->addItem(tr("Chinese"), QStringLiteral("zh"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Chinese and English"), QStringLiteral("zh,en"));
    m_language->addItem(tr("Cantonese"), QStringLiteral("yue"));
    connect(m_language, &QComboBox::activated, this, [this] {
        setField(InterviewField::Language, m_language->currentData(), tr("Change Interview Language"));
    });
    layout->addRow(tr("&Language:"), m_language);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusEdit"));
    fillEnum(m_status, {InterviewStatus::Planned, InterviewStatus::Recorded, InterviewStatus::Transcribed,
                        InterviewStatus::Coded, InterviewStatus::Reviewed});
    connect(m_status, &QComboBox::activated, this,
            [this] { setField(InterviewField::State, m_status->currentData(), tr("Change Status")); });
    layout->addRow(tr("&Status:"), m_status);

    m_participants = new QListWidget(this);
    m_participants->setObjectName(QStringLiteral("participantsEdit"));
    m_participants->setAccessibleName(tr("Participants"));
    m_participants->setMaximumHeight(120);
    connect(m_participants, &QListWidget::itemChanged, this, [this] { commitPeople(m_participants); });
    layout->addRow(tr("Pa&rticipants:"), m_participants);

    auto* interviewers = new QWidget(this);
    auto* interviewersLayout = new QVBoxLayout(interviewers);
    interviewersLayout->setContentsMargins(0, 0, 0, 0);
    m_interviewers = new QListWidget(interviewers);
    m_interviewers->setObjectName(QStringLiteral("interviewersEdit"));
    m_interviewers->setAccessibleName(tr("Interviewers"));
    m_interviewers->setMaximumHeight(100);
    connect(m_interviewers, &QListWidget::itemChanged, this, [this] { commitPeople(m_interviewers); });
    auto* addInterviewer = new QPushButton(tr("Add Interviewer…"), interviewers);
    connect(addInterviewer, &QPushButton::clicked, this, &InterviewForm::addInterviewer);
    interviewersLayout->addWidget(m_interviewers);
    interviewersLayout->addWidget(addInterviewer, 0, Qt::AlignLeft);
    layout->addRow(tr("&Interviewers:"), interviewers);

    m_summary = textArea("summaryEdit", InterviewField::Summary);
    layout->addRow(tr("Su&mmary:"), m_summary);
    m_fieldNotes = textArea("fieldNotesEdit", InterviewField::FieldNotes);
    layout->addRow(tr("&Field notes:"), m_fieldNotes);
}

QPlainTextEdit* InterviewForm::textArea(const char* name, InterviewField field)
{
    auto* edit = new QPlainTextEdit(this);
    edit->setObjectName(QLatin1String(name));
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(90);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, field] {
        if (m_loading)
            return;
        // Saved after a pause; kept (and tried again) while saving fails.
        const QString text = edit->toPlainText();
        m_session->typing()->typed(this, typingKey(field), text,
                                   [this, field, text, id = m_id, key = typingKey(field)] {
                                       return ops::setInterviewField(*m_session->ops(), id, field, text, key);
                                   });
    });
    return edit;
}

void InterviewForm::load(const Interview& iv)
{
    Project* project = m_session->project();
    m_loading = true;
    // A field being edited keeps what is typed in it until it is left (and saved):
    // another field's save reloads the form meanwhile.
    const QDateTime startedAt = QDateTime::fromString(iv.startedAt, StoredDateTime);
    if (!m_startedAt->hasFocus() || m_startedAt->dateTime() == m_shownStartedAt)
        m_startedAt->setDateTime(startedAt);
    m_shownStartedAt = startedAt;
    const QTime duration =
        QTime::fromMSecsSinceStartOfDay(int(std::clamp<qint64>(iv.durationMs, 0, 86'399'000)));
    if (!m_duration->hasFocus() || m_duration->time() == m_shownDuration)
        m_duration->setTime(duration);
    m_shownDuration = duration;
    if (m_place->text() != iv.place && !(m_place->hasFocus() && m_place->isModified()))
        m_place->setText(iv.place);
    m_mode->setCurrentIndex(m_mode->findData(QVariant::fromValue(iv.mode)));
    int language = m_language->findData(iv.language);
    if (language < 0) {
        m_language->addItem(iv.language, iv.language);
        language = m_language->count() - 1;
    }
    m_language->setCurrentIndex(language);
    m_status->setCurrentIndex(m_status->findData(QVariant::fromValue(iv.status)));
    // Words that wait to be saved rather than what the project has.
    const UnsavedTyping* typing = m_session->typing();
    setPlainText(m_summary, typing->waiting(typingKey(InterviewField::Summary)).value_or(iv.summary));
    setPlainText(m_fieldNotes,
                 typing->waiting(typingKey(InterviewField::FieldNotes)).value_or(iv.fieldNotes));

    m_participants->clear();
    QStringList codes;
    if (auto people = ops::Reader(*project).participants(iv.cityId)) {
        for (const Participant& p : *people) {
            const bool in = iv.participantIds.contains(p.id);
            QString text = p.code;
            if (!p.occupation.isEmpty())
                text += QStringLiteral(" · ") + p.occupation;
            checkItem(m_participants, text, p.id, in);
            if (in)
                codes << p.code;
        }
    }
    m_interviewers->clear();
    if (auto researchers = ops::Reader(*project).researchers()) {
        for (const Researcher& r : *researchers)
            checkItem(m_interviewers, r.name, r.id, iv.interviewerIds.contains(r.id));
    }
    m_loading = false;

    const QString date = iv.startedAt.left(10);
    const QString title =
        codes.isEmpty() ? date : QString(codes.join(QStringLiteral(", ")) + QStringLiteral(" · ") + date);
    if (title != m_title) {
        m_title = title;
        Q_EMIT titleChanged(m_title);
    }
}

bool InterviewForm::follows(const Change& change, RowId cityId) const
{
    switch (change.entity) {
    case Entity::Interview:
        return change.ids.contains(m_id);
    case Entity::Researcher:
        return true; // every researcher is listed
    case Entity::Participant:
        if (change.kind != ChangeKind::Inserted)
            return listsAny(m_participants, change.ids);
        // A new participant is listed when it is of this interview's city.
        for (RowId id : change.ids)
            if (auto p = ops::Reader(*m_session->project()).participant(id); p && p->cityId == cityId)
                return true;
        return false;
    default:
        return false;
    }
}

void InterviewForm::setField(InterviewField field, const QVariant& value, const QString& label)
{
    if (m_loading)
        return;
    if (auto ok = ops::setInterviewField(*m_session->ops(), m_id, field, value); !ok)
        Q_EMIT failed(label, ok.error());
}

void InterviewForm::commitPeople(QListWidget* list)
{
    if (m_loading)
        return;
    const QList<RowId> ids = checkedIds(list);
    const bool participants = list == m_participants;
    const QString label = participants ? tr("Change Participants") : tr("Change Interviewers");
    auto ok = participants ? ops::setInterviewParticipants(*m_session->ops(), m_id, ids)
                           : ops::setInterviewInterviewers(*m_session->ops(), m_id, ids);
    if (!ok)
        Q_EMIT failed(label, ok.error());
}

void InterviewForm::addInterviewer()
{
    bool accepted = false;
    const QString name =
        QInputDialog::getText(this, tr("Add Interviewer"), tr("Name:"), QLineEdit::Normal, {}, &accepted)
            .trimmed();
    if (!accepted || name.isEmpty())
        return;
    if (auto ok = ops::addInterviewer(*m_session->ops(), m_id, name); !ok)
        Q_EMIT failed(tr("Add Interviewer"), ok.error());
}

QString InterviewForm::typingKey(InterviewField field) const
{
    // The key is also the merge key: typing into one field is one undo step until
    // another edit comes between.
    return QStringLiteral("interview/%1/%2").arg(m_id).arg(int(field));
}

} // namespace tianye::ui
