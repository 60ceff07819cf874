// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/DictionaryRepository.h"

#include "core/Ids.h"
#include "store/Database.h"
#include "store/SqlValue.h"

namespace tianye {

Result<QStringList> DictionaryRepository::words(const QString& language)
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(),
                             "SELECT word FROM dictionary_words WHERE language = ? ORDER BY word");
        sql::bind(st, 1, language);
        QStringList out;
        while (st.executeStep())
            out << sql::text(st.getColumn(0));
        return out;
    });
}

Status DictionaryRepository::add(const WriteScope& w, const QString& word, const QString& language)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char(' ')))
        return fail(Error::Code::InvalidArgument, tr("Only single words can be added to the dictionary."));
    return m_db.write(w, [&] {
        SQLite::Statement st(
            m_db.sql(), "INSERT OR IGNORE INTO dictionary_words (uuid, created_at, updated_at, author_id, "
                        "word, language) VALUES (?, ?, ?, ?, ?, ?)");
        const qint64 now = nowMs();
        sql::bind(st, 1, newUuid());
        st.bind(2, static_cast<int64_t>(now));
        st.bind(3, static_cast<int64_t>(now));
        sql::bindId(st, 4, m_db.author());
        sql::bind(st, 5, trimmed);
        sql::bind(st, 6, language);
        st.exec();
    });
}

Status DictionaryRepository::remove(const WriteScope& w, const QString& word, const QString& language)
{
    return m_db.write(w, [&] {
        SQLite::Statement st(m_db.sql(), "DELETE FROM dictionary_words WHERE word = ? AND language = ?");
        sql::bind(st, 1, word);
        sql::bind(st, 2, language);
        st.exec();
    });
}

} // namespace tianye
