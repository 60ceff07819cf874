// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Records.h"
#include "core/Types.h"

#include <QCoreApplication>
#include <QVariant>

#include <vector>

namespace tianye {

class Database;
class WriteScope;

class ParticipantRepository final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::ParticipantRepository)

public:
    explicit ParticipantRepository(Database& db)
        : m_db(db)
    {}
    Result<RowId> add(const WriteScope& w, const Participant& participant);
    Result<Participant> get(RowId id);
    // All participants, or those of one city; ordered by code.
    Result<std::vector<Participant>> list(RowId cityId = NoRow);
    Result<RowId> findByCode(const QString& code);
    // The next free code with this prefix: DT-017 after DT-016.
    Result<QString> nextCode(const QString& prefix);
    // The code a new participant of this city gets: the next number after the
    // prefix most of the city's codes use (DT-018 after DT-017); for a city without
    // participants, "P" unless the city name gives Latin letters.
    Result<QString> suggestCode(RowId cityId);
    // Enumerated fields take their enum value (CityTie, ConsentStatus).
    Status set(const WriteScope& w, RowId id, ParticipantField field, const QVariant& value);
    Status remove(const WriteScope& w, RowId id);

private:
    Database& m_db;
};

} // namespace tianye
