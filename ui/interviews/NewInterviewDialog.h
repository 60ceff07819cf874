// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Ids.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace tianye::ui {

class ProjectSession;

// Logs an interview from the keyboard: every field has a sensible default (the
// current city, now, the next participant code, the last interviewer and mode), so
// Enter alone logs it. A new participant code or interviewer name is created with
// the interview, in one undoable step.
class NewInterviewDialog final : public QDialog
{
    Q_OBJECT

public:
    NewInterviewDialog(ProjectSession* session, RowId cityId, QWidget* parent = nullptr);
    // The interview logged when the dialog was accepted.
    RowId interviewId() const { return m_interviewId; }

    void accept() override;

private:
    void onCityChanged();
    void onParticipantChanged();

    ProjectSession* m_session;
    RowId m_interviewId = NoRow;
    bool m_showsExisting = false; // occupation and category show an existing participant's
    QComboBox* m_city;
    QComboBox* m_participant;
    QLineEdit* m_occupation;
    QComboBox* m_category;
    QDateTimeEdit* m_startedAt;
    QComboBox* m_mode;
    QComboBox* m_status;
    QComboBox* m_interviewer;
    QLineEdit* m_place;
    QLabel* m_error;
};

} // namespace tianye::ui
