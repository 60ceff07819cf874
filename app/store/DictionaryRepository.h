// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QStringList>

namespace tianye {

class Database;
class WriteScope;

// The project dictionary: words the spell checker accepts for everyone working on
// the project (names, places, brands), per spelling language.
class DictionaryRepository final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::DictionaryRepository)

public:
    explicit DictionaryRepository(Database& db)
        : m_db(db)
    {}
    Result<QStringList> words(const QString& language);
    // Adding a word that is there already changes nothing.
    Status add(const WriteScope& w, const QString& word, const QString& language);
    Status remove(const WriteScope& w, const QString& word, const QString& language);

private:
    Database& m_db;
};

} // namespace tianye
