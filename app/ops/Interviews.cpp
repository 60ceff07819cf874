// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "ops/Interviews.h"

#include "ops/Session.h"
#include "ops/Verbs.h"
#include "store/CityRepository.h"
#include "store/InterviewRepository.h"
#include "store/ParticipantRepository.h"
#include "store/Project.h"
#include "store/ResearcherRepository.h"

namespace tianye::ops {

namespace {

QString labelOf(InterviewField field)
{
    switch (field) {
    case InterviewField::StartedAt:
        return Verbs::tr("Change Interview Date");
    case InterviewField::DurationMs:
        return Verbs::tr("Change Interview Duration");
    case InterviewField::Place:
        return Verbs::tr("Change Place");
    case InterviewField::Mode:
        return Verbs::tr("Change Interview Mode");
    case InterviewField::Language:
        return Verbs::tr("Change Interview Language");
    case InterviewField::State:
        return Verbs::tr("Change Status");
    case InterviewField::Summary:
        return Verbs::tr("Edit Summary");
    case InterviewField::FieldNotes:
        return Verbs::tr("Edit Field Notes");
    case InterviewField::SpellLanguage:
        return Verbs::tr("Change Spell Checking");
    case InterviewField::CityId:
        return Verbs::tr("Move Interview to Another City");
    }
    return {};
}

} // namespace

Result<RowId> logInterview(Session& session, Interview interview, const QList<NewParticipant>& participants,
                           const QStringList& interviewerNames)
{
    Project& project = session.project();
    const QString first = participants.isEmpty() ? QString() : participants.first().code.trimmed();
    const QString label =
        first.isEmpty() ? Verbs::tr("Log Interview") : Verbs::tr("Log Interview %1").arg(first);
    RowId made = NoRow;
    auto ok = session.run(label, [&](const WriteScope& w) {
        for (const NewParticipant& person : participants) {
            const QString code = person.code.trimmed();
            if (code.isEmpty())
                continue;
            RowId id = orThrow(project.participants().findByCode(code));
            if (id != NoRow && orThrow(project.participants().get(id)).cityId != interview.cityId) {
                const QString city = orThrow(project.cities().get(interview.cityId)).name;
                throw StoreFailure{
                    {Error::Code::Constraint,
                     Verbs::tr("The code %1 belongs to a participant of another city. Choose a "
                               "new code for a participant of %2.")
                         .arg(code, city)}};
            }
            if (id == NoRow) {
                Participant p;
                p.cityId = interview.cityId;
                p.code = code;
                p.occupation = person.occupation.trimmed();
                p.category = person.category.trimmed();
                id = orThrow(project.participants().add(w, p));
            }
            if (!interview.participantIds.contains(id))
                interview.participantIds << id;
        }
        for (const QString& name : interviewerNames) {
            if (name.trimmed().isEmpty())
                continue;
            const RowId id = orThrow(project.researchers().findOrAdd(w, name.trimmed()));
            if (!interview.interviewerIds.contains(id))
                interview.interviewerIds << id;
        }
        made = orThrow(project.interviews().add(w, interview));
    });
    if (!ok)
        return std::unexpected(ok.error());
    return made;
}

Status setInterviewField(Session& session, RowId interviewId, InterviewField field, const QVariant& value,
                         const QString& mergeKey)
{
    return session.run(
        labelOf(field),
        [&](const WriteScope& w) {
            orThrow(session.project().interviews().set(w, interviewId, field, value));
        },
        mergeKey);
}

Status setInterviewStatus(Session& session, const QList<RowId>& interviewIds, InterviewStatus status)
{
    const QString label = Verbs::tr("Set Status of %n Interview(s) to %1", nullptr, int(interviewIds.size()))
                              .arg(tianye::label(status));
    return session.run(label, [&](const WriteScope& w) {
        for (RowId id : interviewIds)
            orThrow(session.project().interviews().set(w, id, InterviewField::State,
                                                       QVariant::fromValue(status)));
    });
}

Status setInterviewParticipants(Session& session, RowId interviewId, const QList<RowId>& participantIds)
{
    return session.run(Verbs::tr("Change Participants"), [&](const WriteScope& w) {
        orThrow(session.project().interviews().setParticipants(w, interviewId, participantIds));
    });
}

Status setInterviewInterviewers(Session& session, RowId interviewId, const QList<RowId>& researcherIds)
{
    return session.run(Verbs::tr("Change Interviewers"), [&](const WriteScope& w) {
        orThrow(session.project().interviews().setInterviewers(w, interviewId, researcherIds));
    });
}

Status addInterviewer(Session& session, RowId interviewId, const QString& name)
{
    Project& project = session.project();
    return session.run(Verbs::tr("Add Interviewer %1").arg(name.trimmed()), [&](const WriteScope& w) {
        const RowId researcher = orThrow(project.researchers().findOrAdd(w, name.trimmed()));
        QList<RowId> ids = orThrow(project.interviews().get(interviewId)).interviewerIds;
        if (!ids.contains(researcher))
            ids.append(researcher);
        orThrow(project.interviews().setInterviewers(w, interviewId, ids));
    });
}

Status removeInterviews(Session& session, const QList<RowId>& interviewIds)
{
    return session.run(Verbs::tr("Remove %n Interview(s)", nullptr, int(interviewIds.size())),
                       [&](const WriteScope& w) {
                           for (RowId id : interviewIds)
                               orThrow(session.project().interviews().remove(w, id));
                       });
}

} // namespace tianye::ops
