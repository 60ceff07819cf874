// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/ParticipantRepository.h"

#include "store/Database.h"
#include "store/RecordSql.h"
#include "store/SqlValue.h"

#include <QHash>

namespace tianye {

namespace {

constexpr const char* Columns =
    "city_id, code, real_name, contact, gender, age_band, occupation, category, city_tie, "
    "consent_status, consent_date, notes, attributes";

Participant readParticipant(SQLite::Statement& st)
{
    Participant p;
    sql::readRecordInfo(st, p);
    p.cityId = sql::id(st.getColumn(5));
    p.code = sql::text(st.getColumn(6));
    p.realName = sql::text(st.getColumn(7));
    p.contact = sql::text(st.getColumn(8));
    p.gender = sql::text(st.getColumn(9));
    p.ageBand = sql::text(st.getColumn(10));
    p.occupation = sql::text(st.getColumn(11));
    p.category = sql::text(st.getColumn(12));
    p.tie = cityTieFromKey(sql::text(st.getColumn(13))).value_or(CityTie::Unknown);
    p.consent = consentStatusFromKey(sql::text(st.getColumn(14))).value_or(ConsentStatus::Pending);
    p.consentDate = sql::text(st.getColumn(15));
    p.notes = sql::text(st.getColumn(16));
    p.attributesJson = sql::text(st.getColumn(17));
    return p;
}

const char* columnOf(ParticipantField f)
{
    switch (f) {
    case ParticipantField::CityId:
        return "city_id";
    case ParticipantField::Code:
        return "code";
    case ParticipantField::RealName:
        return "real_name";
    case ParticipantField::Contact:
        return "contact";
    case ParticipantField::Gender:
        return "gender";
    case ParticipantField::AgeBand:
        return "age_band";
    case ParticipantField::Occupation:
        return "occupation";
    case ParticipantField::Category:
        return "category";
    case ParticipantField::Tie:
        return "city_tie";
    case ParticipantField::Consent:
        return "consent_status";
    case ParticipantField::ConsentDate:
        return "consent_date";
    case ParticipantField::Notes:
        return "notes";
    case ParticipantField::Attributes:
        return "attributes";
    }
    return "";
}

} // namespace

Result<RowId> ParticipantRepository::add(const WriteScope& w, const Participant& p)
{
    const QString code = p.code.trimmed();
    if (code.isEmpty())
        return fail(Error::Code::InvalidArgument, tr("A participant needs a code (pseudonym), e.g. DT-001."));
    auto existing = findByCode(code);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing != NoRow)
        return fail(Error::Code::Constraint,
                    tr("There is already a participant with the code %1.").arg(code));
    return m_db.write(w, [&] {
        return sql::insertRecord(
            m_db, Entity::Participant, "participants",
            {"city_id", "code", "real_name", "contact", "gender", "age_band", "occupation", "category",
             "city_tie", "consent_status", "consent_date", "notes", "attributes"},
            p, [&](SQLite::Statement& st, int i) {
                sql::bindId(st, i, p.cityId);
                sql::bind(st, i + 1, code);
                sql::bind(st, i + 2, p.realName);
                sql::bind(st, i + 3, p.contact);
                sql::bind(st, i + 4, p.gender);
                sql::bind(st, i + 5, p.ageBand);
                sql::bind(st, i + 6, p.occupation);
                sql::bind(st, i + 7, p.category);
                sql::bind(st, i + 8, toKey(p.tie));
                sql::bind(st, i + 9, toKey(p.consent));
                sql::bind(st, i + 10, p.consentDate);
                sql::bind(st, i + 11, p.notes);
                sql::bind(st, i + 12, p.attributesJson.isEmpty() ? QStringLiteral("{}") : p.attributesJson);
            });
    });
}

Result<Participant> ParticipantRepository::get(RowId id)
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), sql::selectRecord("participants", Columns) + " WHERE id = ?");
        st.bind(1, static_cast<int64_t>(id));
        if (!st.executeStep())
            sql::throwNotFound(Entity::Participant, id);
        return readParticipant(st);
    });
}

Result<std::vector<Participant>> ParticipantRepository::list(RowId cityId)
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(),
                             sql::selectRecord("participants", Columns) +
                                 (cityId == NoRow ? " ORDER BY code" : " WHERE city_id = ? ORDER BY code"));
        if (cityId != NoRow)
            st.bind(1, static_cast<int64_t>(cityId));
        return sql::collect<Participant>(st, readParticipant);
    });
}

Result<RowId> ParticipantRepository::findByCode(const QString& code)
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), "SELECT id FROM participants WHERE code = ?");
        sql::bind(st, 1, code.trimmed());
        return st.executeStep() ? RowId(st.getColumn(0).getInt64()) : NoRow;
    });
}

Result<QString> ParticipantRepository::nextCode(const QString& prefix)
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), "SELECT code FROM participants WHERE substr(code, 1, ?) = ?");
        const QString head = prefix + QLatin1Char('-');
        st.bind(1, int(head.size()));
        sql::bind(st, 2, head);
        int highest = 0;
        int width = 3;
        while (st.executeStep()) {
            const QString rest = sql::text(st.getColumn(0)).mid(head.size());
            bool ok = false;
            const int n = rest.toInt(&ok);
            if (ok && n > highest) {
                highest = n;
                width = std::max(width, int(rest.size()));
            }
        }
        return QString(head + QStringLiteral("%1").arg(highest + 1, width, 10, QLatin1Char('0')));
    });
}

Result<QString> ParticipantRepository::suggestCode(RowId cityId)
{
    auto prefix = m_db.read([&] {
        SQLite::Statement st(m_db.sql(), "SELECT code FROM participants WHERE city_id = ?");
        st.bind(1, static_cast<int64_t>(cityId));
        QHash<QString, int> uses;
        while (st.executeStep()) {
            const QString code = sql::text(st.getColumn(0));
            const qsizetype dash = code.lastIndexOf(QLatin1Char('-'));
            if (dash > 0)
                ++uses[code.left(dash)];
        }
        QString best;
        for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
            if (best.isEmpty() || it.value() > uses.value(best) ||
                (it.value() == uses.value(best) && it.key() < best))
                best = it.key();
        }
        if (best.isEmpty()) {
            SQLite::Statement name(m_db.sql(), "SELECT name FROM cities WHERE id = ?");
            name.bind(1, static_cast<int64_t>(cityId));
            if (name.executeStep()) {
                for (QChar c : sql::text(name.getColumn(0))) {
                    if (c.isLetter() && c.unicode() < 0x80 && best.size() < 2)
                        best += c.toUpper();
                }
            }
        }
        return best.isEmpty() ? QStringLiteral("P") : best;
    });
    if (!prefix)
        return std::unexpected(prefix.error());
    return nextCode(*prefix);
}

Status ParticipantRepository::set(const WriteScope& w, RowId id, ParticipantField field,
                                  const QVariant& value)
{
    QVariant stored = value;
    if (field == ParticipantField::Tie)
        stored = toKey(value.value<CityTie>());
    else if (field == ParticipantField::Consent)
        stored = toKey(value.value<ConsentStatus>());
    else if (field == ParticipantField::Code) {
        const QString code = value.toString().trimmed();
        if (code.isEmpty())
            return fail(Error::Code::InvalidArgument,
                        tr("A participant needs a code (pseudonym), e.g. DT-001."));
        auto existing = findByCode(code);
        if (existing && *existing != NoRow && *existing != id)
            return fail(Error::Code::Constraint,
                        tr("There is already a participant with the code %1.").arg(code));
        stored = code;
    }
    return m_db.updateColumn(w, Entity::Participant, "participants", id, QLatin1String(columnOf(field)),
                             stored);
}

Status ParticipantRepository::remove(const WriteScope& w, RowId id)
{
    // Their interviews stay, without them: announce those as changed.
    return m_db.write(w, [&] {
        SQLite::Statement st(m_db.sql(),
                             "SELECT interview_id FROM interview_participants WHERE participant_id = ?");
        st.bind(1, static_cast<int64_t>(id));
        QList<RowId> interviews;
        while (st.executeStep())
            interviews.append(st.getColumn(0).getInt64());
        orThrow(m_db.removeRow(w, Entity::Participant, "participants", id));
        if (!interviews.isEmpty())
            m_db.record(
                {Entity::Interview, ChangeKind::Updated, interviews, {QStringLiteral("participants")}});
    });
}

} // namespace tianye
