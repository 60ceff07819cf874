// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "interviews/NewInterviewDialog.h"

#include "app/DateTimeField.h"
#include "app/ProjectSession.h"
#include "app/Settings.h"
#include "ops/Interviews.h"
#include "ops/Reader.h"
#include "store/Project.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace tianye::ui {

namespace {

const QString StoredDateTime = QStringLiteral("yyyy-MM-ddTHH:mm");

// Now, on the minute below to the nearest five: interviews are logged in round times.
QDateTime roundedNow()
{
    QDateTime now = QDateTime::currentDateTime();
    const QTime t = now.time();
    now.setTime(QTime(t.hour(), t.minute() - t.minute() % 5));
    return now;
}

} // namespace

NewInterviewDialog::NewInterviewDialog(ProjectSession* session, RowId cityId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("newInterviewDialog"));
    setWindowTitle(tr("New Interview"));
    setMinimumWidth(440);
    Project* project = m_session->project();
    auto* form = new QFormLayout;

    m_city = new QComboBox(this);
    m_city->setObjectName(QStringLiteral("cityField"));
    if (auto cities = ops::Reader(*project).cities()) {
        for (const City& c : *cities)
            m_city->addItem(c.name, c.id);
    }
    m_city->setCurrentIndex(std::max(0, m_city->findData(cityId)));
    form->addRow(tr("&City:"), m_city);

    m_participant = new QComboBox(this);
    m_participant->setObjectName(QStringLiteral("participantField"));
    m_participant->setEditable(true);
    m_participant->setInsertPolicy(QComboBox::NoInsert);
    form->addRow(tr("&Participant code:"), m_participant);

    m_occupation = new QLineEdit(this);
    m_occupation->setObjectName(QStringLiteral("occupationField"));
    form->addRow(tr("&Occupation:"), m_occupation);

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryField"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    if (auto people = ops::Reader(*project).participants()) {
        QSet<QString> seen;
        for (const Participant& p : *people) {
            if (!p.category.isEmpty() && !seen.contains(p.category)) {
                seen.insert(p.category);
                m_category->addItem(p.category);
            }
        }
    }
    m_category->setCurrentIndex(-1);
    form->addRow(tr("Cate&gory:"), m_category);

    m_startedAt = new DateTimeField(roundedNow(), this);
    m_startedAt->setObjectName(QStringLiteral("startedAtField"));
    m_startedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_startedAt->setCalendarPopup(true);
    form->addRow(tr("&Date and time:"), m_startedAt);

    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("modeField"));
    for (InterviewMode m : {InterviewMode::InPerson, InterviewMode::Phone, InterviewMode::Video})
        m_mode->addItem(label(m), toKey(m));
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(settings::lastInterviewMode.get())));
    form->addRow(tr("&Mode:"), m_mode);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusField"));
    for (InterviewStatus s :
         {InterviewStatus::Planned, InterviewStatus::Recorded, InterviewStatus::Transcribed,
          InterviewStatus::Coded, InterviewStatus::Reviewed})
        m_status->addItem(label(s), toKey(s));
    m_status->setCurrentIndex(std::max(0, m_status->findData(settings::lastInterviewStatus.get())));
    form->addRow(tr("&Status:"), m_status);

    m_interviewer = new QComboBox(this);
    m_interviewer->setObjectName(QStringLiteral("interviewerField"));
    m_interviewer->setEditable(true);
    m_interviewer->setInsertPolicy(QComboBox::NoInsert);
    if (auto researchers = ops::Reader(*project).researchers()) {
        for (const Researcher& r : *researchers)
            m_interviewer->addItem(r.name);
    }
    QString interviewer = settings::lastInterviewer.get();
    if (interviewer.isEmpty()) {
        // First use on this computer: whoever did the latest interview of the project.
        if (auto interviews = ops::Reader(*project).interviews(); interviews && !interviews->empty()) {
            const QList<RowId>& ids = interviews->back().interviewerIds;
            if (!ids.isEmpty())
                interviewer = ops::Reader(*project).researcher(ids.front()).value_or(Researcher()).name;
        }
    }
    m_interviewer->setCurrentText(interviewer);
    form->addRow(tr("&Interviewer:"), m_interviewer);

    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("placeField"));
    form->addRow(tr("P&lace:"), m_place);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(link);"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log Interview"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_city, &QComboBox::currentIndexChanged, this, &NewInterviewDialog::onCityChanged);
    connect(m_participant, &QComboBox::currentTextChanged, this, &NewInterviewDialog::onParticipantChanged);
    onCityChanged();
    m_participant->setFocus();
    m_participant->lineEdit()->selectAll();
}

void NewInterviewDialog::onCityChanged()
{
    Project* project = m_session->project();
    const RowId city = m_city->currentData().toLongLong();
    m_participant->clear();
    if (city == NoRow)
        return;
    if (auto people = ops::Reader(*project).participants(city)) {
        for (const Participant& p : *people)
            m_participant->addItem(p.code, p.id);
    }
    m_participant->setCurrentText(ops::Reader(*project).suggestedCode(city).value_or(QString()));
    onParticipantChanged();
}

// An existing participant brings their occupation and category; a new code takes
// what is typed.
void NewInterviewDialog::onParticipantChanged()
{
    const int at = m_participant->findText(m_participant->currentText().trimmed());
    const bool existing = at >= 0;
    m_occupation->setEnabled(!existing);
    m_category->setEnabled(!existing);
    if (existing) {
        if (auto p =
                ops::Reader(*m_session->project()).participant(m_participant->itemData(at).toLongLong())) {
            m_occupation->setText(p->occupation);
            m_category->setCurrentText(p->category);
            m_showsExisting = true;
        }
    } else if (m_showsExisting) {
        m_occupation->clear();
        m_category->setCurrentIndex(-1);
        m_category->clearEditText();
        m_showsExisting = false;
    }
}

void NewInterviewDialog::accept()
{
    const RowId city = m_city->currentData().toLongLong();
    const QString code = m_participant->currentText().trimmed();
    const QString interviewer = m_interviewer->currentText().trimmed();
    if (city == NoRow) {
        m_error->setText(tr("Add a city first: every interview belongs to a city."));
        m_error->show();
        return;
    }
    Interview iv;
    iv.cityId = city;
    iv.startedAt = m_startedAt->dateTime().toString(StoredDateTime);
    iv.place = m_place->text().trimmed();
    iv.mode = interviewModeFromKey(m_mode->currentData().toString()).value_or(InterviewMode::InPerson);
    iv.status = interviewStatusFromKey(m_status->currentData().toString()).value_or(InterviewStatus::Planned);
    QList<ops::NewParticipant> people;
    if (!code.isEmpty())
        people.append({code, m_occupation->text().trimmed(), m_category->currentText().trimmed()});
    auto ok = ops::logInterview(*m_session->ops(), iv, people,
                                interviewer.isEmpty() ? QStringList() : QStringList{interviewer});
    if (ok)
        m_interviewId = *ok;
    if (!ok) {
        m_interviewId = NoRow;
        m_error->setText(ok.error().message);
        m_error->show();
        return;
    }
    settings::lastInterviewer.set(interviewer);
    settings::lastInterviewMode.set(m_mode->currentData().toString());
    settings::lastInterviewStatus.set(m_status->currentData().toString());
    QDialog::accept();
}

} // namespace tianye::ui
