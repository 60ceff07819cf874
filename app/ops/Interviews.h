// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Records.h"
#include "core/Types.h"

#include <QStringList>
#include <QVariant>

// Verbs on interviews: Interview → New Interview…, Set Status, Remove Interview…, and
// the fields of the interview page.
namespace tianye::ops {

class Session;

// A participant named when an interview is logged: found by code in the interview's
// city, or added to it with these details.
struct NewParticipant
{
    QString code;
    QString occupation;
    QString category;
};

// "Log Interview <code>": the interview with its participants (by code) and its
// interviewers (by name, added to the researchers when new). A code that belongs to a
// participant of another city is refused. Returns the new interview.
Result<RowId> logInterview(Session& session, Interview interview, const QList<NewParticipant>& participants,
                           const QStringList& interviewerNames);
// One field of the interview page (its label says which); typing passes a mergeKey.
Status setInterviewField(Session& session, RowId interviewId, InterviewField field, const QVariant& value,
                         const QString& mergeKey = {});
// "Set Status of N Interview(s) to <status>".
Status setInterviewStatus(Session& session, const QList<RowId>& interviewIds, InterviewStatus status);
// "Change Participants" / "Change Interviewers": the people ticked on the page.
Status setInterviewParticipants(Session& session, RowId interviewId, const QList<RowId>& participantIds);
Status setInterviewInterviewers(Session& session, RowId interviewId, const QList<RowId>& researcherIds);
// "Add Interviewer <name>": a researcher by name (added when new) joins the interview.
Status addInterviewer(Session& session, RowId interviewId, const QString& name);
// "Remove N Interview(s)": with their transcripts, media links and quotes.
Status removeInterviews(Session& session, const QList<RowId>& interviewIds);

} // namespace tianye::ops
