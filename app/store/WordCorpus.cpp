// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/WordCorpus.h"

#include "store/Database.h"
#include "store/SqlValue.h"

#include <QCoreApplication>

#include <SQLiteCpp/SQLiteCpp.h>

namespace tianye {

namespace {

std::string_view utf8(const SQLite::Column& c)
{
    const char* p = static_cast<const char*>(c.getBlob());
    return p ? std::string_view(p, std::size_t(c.getBytes())) : std::string_view();
}

} // namespace

Status WordCorpus::snapshot(const std::function<void()>& body)
{
    // A savepoint starts a read transaction outside one and nests inside one.
    return m_db.read([&] {
        m_db.sql().exec("SAVEPOINT word_corpus");
        try {
            body();
        } catch (...) {
            m_db.sql().exec("ROLLBACK TO word_corpus");
            m_db.sql().exec("RELEASE word_corpus");
            throw;
        }
        m_db.sql().exec("RELEASE word_corpus");
    });
}

Result<QList<WordCorpus::Interview>> WordCorpus::interviews()
{
    return m_db.read([&] {
        QList<Interview> out;
        SQLite::Statement st(m_db.sql(), "SELECT id, city_id FROM interviews ORDER BY id");
        while (st.executeStep())
            out.append(Interview{st.getColumn(0).getInt64(),
                                 st.getColumn(1).isNull() ? NoRow : st.getColumn(1).getInt64()});
        return out;
    });
}

Result<qint64> WordCorpus::lastStamp()
{
    return m_db.read([&] {
        return qint64(
            m_db.sql().execAndGet("SELECT coalesce(max(stamp), 0) FROM transcript_changes").getInt64());
    });
}

Result<qint64> WordCorpus::segmentCount()
{
    return m_db.read(
        [&] { return qint64(m_db.sql().execAndGet("SELECT count(*) FROM segments").getInt64()); });
}

Result<QSet<RowId>> WordCorpus::interviewsWith(const QString& attribute, const QString& value)
{
    static const QStringList columns{QStringLiteral("category"), QStringLiteral("gender"),
                                     QStringLiteral("age_band"), QStringLiteral("city_tie")};
    const bool custom = attribute.startsWith(QLatin1String("attr:")) && attribute.size() > 5;
    if (!custom && !columns.contains(attribute))
        return fail(Error::Code::InvalidArgument,
                    QCoreApplication::translate("tianye::WordCorpus",
                                                "“%1” is not a participant attribute (one of: %2, attr:KEY).")
                        .arg(attribute, columns.join(QStringLiteral(", "))));
    return m_db.read([&] {
        QSet<RowId> out;
        const std::string column =
            custom ? std::string("CAST(json_extract(p.attributes, '$.\"' || ?2 || '\"') AS TEXT)")
                   : "p." + attribute.toStdString();
        SQLite::Statement st(m_db.sql(), ("SELECT DISTINCT ip.interview_id FROM interview_participants ip "
                                          "JOIN participants p ON p.id = ip.participant_id WHERE " +
                                          column + " = ?1")
                                             .c_str());
        st.bind(1, value.toStdString());
        if (custom)
            st.bind(2, attribute.mid(5).toStdString());
        while (st.executeStep())
            out.insert(st.getColumn(0).getInt64());
        return out;
    });
}

Result<QSet<RowId>> WordCorpus::changedSince(qint64 stamp)
{
    return m_db.read([&] {
        QSet<RowId> out;
        SQLite::Statement st(m_db.sql(), "SELECT interview_id FROM transcript_changes WHERE stamp > ?");
        st.bind(1, static_cast<std::int64_t>(stamp));
        while (st.executeStep())
            out.insert(st.getColumn(0).getInt64());
        return out;
    });
}

Result<QList<WordCorpus::Speaker>> WordCorpus::speakers()
{
    return m_db.read([&] {
        QList<Speaker> out;
        SQLite::Statement st(
            m_db.sql(),
            "SELECT ss.interview_id, s.speaker, ss.participant_id, ss.interviewer "
            "FROM segment_speakers ss JOIN segments s ON s.id = ss.segment_id "
            "WHERE ss.segment_id IN (SELECT min(id) FROM segments GROUP BY interview_id, speaker)");
        while (st.executeStep())
            out.append(Speaker{st.getColumn(0).getInt64(), sql::text(st.getColumn(1)),
                               st.getColumn(2).isNull() ? NoRow : st.getColumn(2).getInt64(),
                               st.getColumn(3).getInt() != 0});
        return out;
    });
}

Result<QSet<RowId>> WordCorpus::withheldSegments()
{
    return m_db.read([&] {
        QSet<RowId> out;
        SQLite::Statement st(m_db.sql(), "SELECT segment_id FROM withheld_segments");
        while (st.executeStep())
            out.insert(st.getColumn(0).getInt64());
        return out;
    });
}

Result<QSet<RowId>> WordCorpus::interviewsAtRisk()
{
    return m_db.consentRiskInterviews();
}

Status WordCorpus::forEachSegment(const QSet<RowId>* only, const std::function<bool(const Segment&)>& each)
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), only ? "SELECT id, interview_id, speaker, text FROM segments "
                                                "WHERE interview_id = ? ORDER BY position"
                                              : "SELECT id, interview_id, speaker, text FROM segments");
        const auto run = [&] {
            while (st.executeStep()) {
                if (!each(Segment{st.getColumn(0).getInt64(), st.getColumn(1).getInt64(),
                                  utf8(st.getColumn(2)), utf8(st.getColumn(3))}))
                    throw StoreFailure{Error{Error::Code::Cancelled,
                                             QCoreApplication::translate("tianye::WordCorpus", "Stopped.")}};
            }
            st.reset();
        };
        if (!only) {
            run();
            return;
        }
        for (const RowId id : *only) {
            st.bind(1, static_cast<std::int64_t>(id));
            run();
        }
    });
}

} // namespace tianye
