// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Types.h"

#include <QCoreApplication>

#include <vector>

namespace tianye {

class Database;
class WriteScope;

// Researchers are the interviewers and the authors of every change.
class ResearcherRepository final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::ResearcherRepository)

public:
    explicit ResearcherRepository(Database& db)
        : m_db(db)
    {}
    Result<RowId> add(const WriteScope& w, const Researcher& researcher);
    Result<Researcher> get(RowId id);
    Result<std::vector<Researcher>> list();
    // The researcher of that name, added if there is none yet.
    Result<RowId> findOrAdd(const WriteScope& w, const QString& name);
    Status rename(const WriteScope& w, RowId id, const QString& name);

private:
    Database& m_db;
};

} // namespace tianye
