// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "ops/Participants.h"

#include "ops/Session.h"
#include "ops/Verbs.h"
#include "store/ParticipantRepository.h"
#include "store/Project.h"

namespace tianye::ops {

QString participantFieldName(ParticipantField field)
{
    switch (field) {
    case ParticipantField::Code:
        return Verbs::tr("Code");
    case ParticipantField::RealName:
        return Verbs::tr("Real name");
    case ParticipantField::Contact:
        return Verbs::tr("Contact");
    case ParticipantField::Gender:
        return Verbs::tr("Gender");
    case ParticipantField::AgeBand:
        return Verbs::tr("Age band");
    case ParticipantField::Occupation:
        return Verbs::tr("Occupation");
    case ParticipantField::Category:
        return Verbs::tr("Category");
    case ParticipantField::Tie:
        return Verbs::tr("Tie to the city");
    case ParticipantField::Consent:
        return Verbs::tr("Consent");
    case ParticipantField::ConsentDate:
        return Verbs::tr("Consent date");
    case ParticipantField::Notes:
        return Verbs::tr("Notes");
    case ParticipantField::CityId:
        return Verbs::tr("City");
    case ParticipantField::Attributes:
        return Verbs::tr("Attributes");
    }
    return {};
}

Result<RowId> addParticipant(Session& session, RowId cityId)
{
    Project& project = session.project();
    RowId added = NoRow;
    auto ok = session.run(Verbs::tr("Add Participant"), [&](const WriteScope& w) {
        Participant p;
        p.cityId = cityId;
        p.code = orThrow(project.participants().suggestCode(cityId));
        added = orThrow(project.participants().add(w, p));
    });
    if (!ok)
        return std::unexpected(ok.error());
    return added;
}

Status setParticipantField(Session& session, RowId participantId, ParticipantField field,
                           const QVariant& value)
{
    Project& project = session.project();
    auto participant = project.participants().get(participantId);
    if (!participant)
        return std::unexpected(participant.error());
    const QString label = Verbs::tr("Edit %1 of %2").arg(participantFieldName(field), participant->code);
    return session.run(label, [&](const WriteScope& w) {
        orThrow(project.participants().set(w, participantId, field, value));
    });
}

Status removeParticipants(Session& session, const QList<RowId>& participantIds)
{
    Project& project = session.project();
    QStringList codes;
    for (RowId id : participantIds) {
        auto p = project.participants().get(id);
        if (!p)
            return std::unexpected(p.error());
        codes << p->code;
    }
    return session.run(Verbs::tr("Remove %1").arg(codes.join(QStringLiteral(", "))),
                       [&](const WriteScope& w) {
                           for (RowId id : participantIds)
                               orThrow(project.participants().remove(w, id));
                       });
}

} // namespace tianye::ops
