// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Records.h"
#include "core/Types.h"

#include <QVariant>

// Verbs on cities: City → Add City…, City Properties…, Remove City…, and the spirit
// word and statement typed on the Insights board.
namespace tianye::ops {

class Session;

// "Add City <name>": returns the new city.
Result<RowId> addCity(Session& session, const City& city);
// "Edit City <name>" / "Rename City <from> to <to>": name, region and target interviews
// where edited differs from what is stored.
Status editCity(Session& session, RowId cityId, const City& edited);
// One field (the board's spirit word and statement, typed: mergeKey joins the typing).
Status setCityField(Session& session, RowId cityId, CityField field, const QVariant& value,
                    const QString& mergeKey = {});
// "Remove City <name>": with its interviews, participants and insights (undoable).
Status removeCity(Session& session, RowId cityId);

} // namespace tianye::ops
