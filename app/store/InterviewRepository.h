// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Records.h"
#include "core/Types.h"
#include "store/Change.h"

#include <QCoreApplication>
#include <QVariant>

#include <vector>

namespace tianye {

class Database;
class WriteScope;

class InterviewRepository final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::InterviewRepository)

public:
    explicit InterviewRepository(Database& db)
        : m_db(db)
    {}
    Result<RowId> add(const WriteScope& w, const Interview& interview);
    Result<Interview> get(RowId id);
    // All interviews, or those of one city, by start time.
    Result<std::vector<Interview>> list(RowId cityId = NoRow);
    Result<std::vector<InterviewSummary>> summaries(RowId cityId = NoRow);
    // The log lines of these interviews only (for refreshing changed rows).
    Result<std::vector<InterviewSummary>> summariesOf(const QList<RowId>& interviewIds);
    // The interviews these participants took part in, or these researchers led.
    Result<QList<RowId>> interviewsWith(Entity people, const QList<RowId>& ids);
    // Accepts a row id ("42") or a UUID; NoRow when nothing matches.
    Result<RowId> resolve(const QString& idOrUuid);
    // The spelling dictionary chosen for the interview ("" = the user's default).
    Result<QString> spellLanguage(RowId id);
    // Mode and Status take their enum values.
    Status set(const WriteScope& w, RowId id, InterviewField field, const QVariant& value);
    Status setParticipants(const WriteScope& w, RowId id, const QList<RowId>& participantIds);
    Status setInterviewers(const WriteScope& w, RowId id, const QList<RowId>& researcherIds);
    Status remove(const WriteScope& w, RowId id);

private:
    void writeLinks(RowId id, const char* table, const char* column, const QList<RowId>& ids);
    Database& m_db;
};

} // namespace tianye
