// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Records.h"
#include "core/Types.h"

#include <QVariant>

// Verbs on participants: Interview → Add Participant, the roster's cells, Remove.
namespace tianye::ops {

class Session;

// "Add Participant": to the city, with the next free code. Returns the new participant.
Result<RowId> addParticipant(Session& session, RowId cityId);
// "Edit <field> of <code>": one field of the roster (consent, occupation, …).
Status setParticipantField(Session& session, RowId participantId, ParticipantField field,
                           const QVariant& value);
// "Remove <codes>": taken off their interviews; the interviews stay.
Status removeParticipants(Session& session, const QList<RowId>& participantIds);

// The name of a participant field as the roster shows it.
QString participantFieldName(ParticipantField field);

} // namespace tianye::ops
