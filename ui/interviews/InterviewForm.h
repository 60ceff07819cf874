// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Records.h"
#include "core/Types.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimeEdit;

namespace tianye {
struct Change;
}

namespace tianye::ui {

class ProjectSession;

// The left side of an interview page: date, duration, place, mode, language and
// status, who took part and who asked, the summary and field notes. Each field is
// saved as an undoable edit when it is left (the text areas while typing).
class InterviewForm final : public QWidget
{
    Q_OBJECT

public:
    InterviewForm(ProjectSession* session, RowId interviewId, QWidget* parent = nullptr);

    // Shows the interview as stored (typing that waits to be saved stays).
    void load(const Interview& interview);
    // Whether a change elsewhere concerns what this form shows (its interview, or a
    // participant of its city, or a researcher).
    bool follows(const Change& change, RowId cityId) const;
    // The tab title: participant codes and date.
    QString title() const { return m_title; }

Q_SIGNALS:
    void titleChanged(const QString& title);
    void failed(const QString& action, const tianye::Error& error);

private:
    void setField(InterviewField field, const QVariant& value, const QString& label);
    void commitPeople(QListWidget* list);
    void addInterviewer();
    QPlainTextEdit* textArea(const char* name, InterviewField field);
    QString typingKey(InterviewField field) const;

    ProjectSession* m_session;
    RowId m_id;
    bool m_loading = false;
    QString m_title;
    QDateTimeEdit* m_startedAt = nullptr;
    QDateTime m_shownStartedAt; // as last loaded
    QTime m_shownDuration;
    QTimeEdit* m_duration = nullptr;
    QLineEdit* m_place = nullptr;
    QComboBox* m_mode = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_status = nullptr;
    QListWidget* m_participants = nullptr;
    QListWidget* m_interviewers = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QPlainTextEdit* m_fieldNotes = nullptr;
};

} // namespace tianye::ui
