// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/InterviewRepository.h"

#include "store/Database.h"
#include "store/RecordSql.h"
#include "store/SqlValue.h"

#include <QHash>

namespace tianye {

namespace {

constexpr const char* Columns =
    "city_id, started_at, duration_ms, place, mode, language, status, summary, field_notes";

Interview readInterview(SQLite::Statement& st, int first = 0)
{
    Interview iv;
    iv.id = st.getColumn(first).getInt64();
    iv.uuid = sql::text(st.getColumn(first + 1));
    iv.createdAt = st.getColumn(first + 2).getInt64();
    iv.updatedAt = st.getColumn(first + 3).getInt64();
    iv.authorId = sql::id(st.getColumn(first + 4));
    iv.cityId = st.getColumn(first + 5).getInt64();
    iv.startedAt = sql::text(st.getColumn(first + 6));
    iv.durationMs = st.getColumn(first + 7).getInt64();
    iv.place = sql::text(st.getColumn(first + 8));
    iv.mode = interviewModeFromKey(sql::text(st.getColumn(first + 9))).value_or(InterviewMode::InPerson);
    iv.language = sql::text(st.getColumn(first + 10));
    iv.status =
        interviewStatusFromKey(sql::text(st.getColumn(first + 11))).value_or(InterviewStatus::Planned);
    iv.summary = sql::text(st.getColumn(first + 12));
    iv.fieldNotes = sql::text(st.getColumn(first + 13));
    return iv;
}

const char* columnOf(InterviewField f)
{
    switch (f) {
    case InterviewField::CityId:
        return "city_id";
    case InterviewField::StartedAt:
        return "started_at";
    case InterviewField::DurationMs:
        return "duration_ms";
    case InterviewField::Place:
        return "place";
    case InterviewField::Mode:
        return "mode";
    case InterviewField::Language:
        return "language";
    case InterviewField::State:
        return "status";
    case InterviewField::Summary:
        return "summary";
    case InterviewField::FieldNotes:
        return "field_notes";
    case InterviewField::SpellLanguage:
        return "spell_language";
    }
    return "";
}

// Link rows (participants, interviewers) of many interviews in one query each.
QHash<RowId, QList<RowId>> loadLinks(SQLite::Database& db, const char* table, const char* column)
{
    QHash<RowId, QList<RowId>> out;
    SQLite::Statement st(db, "SELECT interview_id, " + std::string(column) + " FROM " + table +
                                 " ORDER BY interview_id, position");
    while (st.executeStep())
        out[st.getColumn(0).getInt64()].append(st.getColumn(1).getInt64());
    return out;
}

} // namespace

Result<RowId> InterviewRepository::add(const WriteScope& w, const Interview& iv)
{
    if (iv.cityId == NoRow)
        return fail(Error::Code::InvalidArgument, tr("An interview belongs to a city; choose one."));
    return m_db.write(w, [&] {
        const RowId id = sql::insertRecord(m_db, Entity::Interview, "interviews",
                                           {"city_id", "started_at", "duration_ms", "place", "mode",
                                            "language", "status", "summary", "field_notes"},
                                           iv, [&](SQLite::Statement& st, int i) {
                                               st.bind(i, static_cast<int64_t>(iv.cityId));
                                               sql::bind(st, i + 1, iv.startedAt);
                                               st.bind(i + 2, static_cast<int64_t>(iv.durationMs));
                                               sql::bind(st, i + 3, iv.place);
                                               sql::bind(st, i + 4, toKey(iv.mode));
                                               sql::bind(st, i + 5, iv.language);
                                               sql::bind(st, i + 6, toKey(iv.status));
                                               sql::bind(st, i + 7, iv.summary);
                                               sql::bind(st, i + 8, iv.fieldNotes);
                                           });
        writeLinks(id, "interview_participants", "participant_id", iv.participantIds);
        writeLinks(id, "interview_interviewers", "researcher_id", iv.interviewerIds);
        return id;
    });
}

void InterviewRepository::writeLinks(RowId id, const char* table, const char* column, const QList<RowId>& ids)
{
    SQLite::Statement del(m_db.sql(), "DELETE FROM " + std::string(table) + " WHERE interview_id = ?");
    del.bind(1, static_cast<int64_t>(id));
    del.exec();
    SQLite::Statement ins(m_db.sql(), "INSERT OR IGNORE INTO " + std::string(table) + " (interview_id, " +
                                          column + ", position) VALUES (?, ?, ?)");
    int position = 0;
    for (RowId other : ids) {
        ins.bind(1, static_cast<int64_t>(id));
        ins.bind(2, static_cast<int64_t>(other));
        ins.bind(3, position++);
        ins.exec();
        ins.reset();
    }
}

Result<Interview> InterviewRepository::get(RowId id)
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), sql::selectRecord("interviews", Columns) + " WHERE id = ?");
        st.bind(1, static_cast<int64_t>(id));
        if (!st.executeStep())
            sql::throwNotFound(Entity::Interview, id);
        Interview iv = readInterview(st);
        for (auto [table, column, target] :
             {std::tuple{"interview_participants", "participant_id", &iv.participantIds},
              std::tuple{"interview_interviewers", "researcher_id", &iv.interviewerIds}}) {
            SQLite::Statement links(m_db.sql(), "SELECT " + std::string(column) + " FROM " + table +
                                                    " WHERE interview_id = ? ORDER BY position");
            links.bind(1, static_cast<int64_t>(id));
            while (links.executeStep())
                target->append(links.getColumn(0).getInt64());
        }
        return iv;
    });
}

Result<std::vector<Interview>> InterviewRepository::list(RowId cityId)
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), sql::selectRecord("interviews", Columns) +
                                             (cityId == NoRow ? "" : " WHERE city_id = ?") +
                                             " ORDER BY started_at, id");
        if (cityId != NoRow)
            st.bind(1, static_cast<int64_t>(cityId));
        auto interviews = sql::collect<Interview>(st, [](SQLite::Statement& s) { return readInterview(s); });
        const auto participants = loadLinks(m_db.sql(), "interview_participants", "participant_id");
        const auto interviewers = loadLinks(m_db.sql(), "interview_interviewers", "researcher_id");
        for (Interview& iv : interviews) {
            iv.participantIds = participants.value(iv.id);
            iv.interviewerIds = interviewers.value(iv.id);
        }
        return interviews;
    });
}

namespace {

constexpr const char* SummarySelect = R"sql(
    SELECT i.id, i.uuid, i.created_at, i.updated_at, i.author_id, i.city_id, i.started_at, i.duration_ms,
           i.place, i.mode, i.language, i.status, i.summary, i.field_notes,
           c.name,
           (SELECT group_concat(code, ', ') FROM (SELECT p.code FROM interview_participants ip
              JOIN participants p ON p.id = ip.participant_id WHERE ip.interview_id = i.id ORDER BY ip.position)),
           (SELECT group_concat(occupation, ', ') FROM (SELECT p.occupation FROM interview_participants ip
              JOIN participants p ON p.id = ip.participant_id WHERE ip.interview_id = i.id AND p.occupation <> ''
              ORDER BY ip.position)),
           (SELECT group_concat(category, ', ') FROM (SELECT DISTINCT p.category FROM interview_participants ip
              JOIN participants p ON p.id = ip.participant_id WHERE ip.interview_id = i.id AND p.category <> '')),
           (SELECT group_concat(name, ', ') FROM (SELECT r.name FROM interview_interviewers ii
              JOIN researchers r ON r.id = ii.researcher_id WHERE ii.interview_id = i.id ORDER BY ii.position)),
           (SELECT count(*) FROM quotes q WHERE q.interview_id = i.id),
           (SELECT count(*) FROM segments s WHERE s.interview_id = i.id),
           EXISTS (SELECT 1 FROM media m WHERE m.interview_id = i.id)
    FROM interviews i JOIN cities c ON c.id = i.city_id)sql";

InterviewSummary readSummary(SQLite::Statement& s)
{
    InterviewSummary row;
    row.interview = readInterview(s);
    row.cityName = sql::text(s.getColumn(14));
    row.participantCodes = sql::text(s.getColumn(15));
    row.occupations = sql::text(s.getColumn(16));
    row.categories = sql::text(s.getColumn(17));
    row.interviewerNames = sql::text(s.getColumn(18));
    row.quotes = s.getColumn(19).getInt();
    row.segments = s.getColumn(20).getInt();
    row.hasAudio = s.getColumn(21).getInt() != 0;
    return row;
}

} // namespace

Result<std::vector<InterviewSummary>> InterviewRepository::summaries(RowId cityId)
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), std::string(SummarySelect) +
                                             (cityId == NoRow ? "" : " WHERE i.city_id = ?") +
                                             " ORDER BY i.started_at, i.id");
        if (cityId != NoRow)
            st.bind(1, static_cast<int64_t>(cityId));
        return sql::collect<InterviewSummary>(st, readSummary);
    });
}

Result<std::vector<InterviewSummary>> InterviewRepository::summariesOf(const QList<RowId>& interviewIds)
{
    return m_db.read([&] {
        std::vector<InterviewSummary> out;
        SQLite::Statement& st = m_db.cached(std::string(SummarySelect) + " WHERE i.id = ?");
        for (RowId id : interviewIds) {
            st.reset();
            st.bind(1, static_cast<int64_t>(id));
            if (st.executeStep())
                out.push_back(readSummary(st));
        }
        st.reset();
        return out;
    });
}

Result<QList<RowId>> InterviewRepository::interviewsWith(Entity people, const QList<RowId>& ids)
{
    return m_db.read([&] {
        QList<RowId> out;
        const bool participants = people == Entity::Participant;
        SQLite::Statement& st = m_db.cached(
            participants ? "SELECT interview_id FROM interview_participants WHERE participant_id = ?"
                         : "SELECT interview_id FROM interview_interviewers WHERE researcher_id = ?");
        for (RowId id : ids) {
            st.reset();
            st.bind(1, static_cast<int64_t>(id));
            while (st.executeStep())
                out.append(st.getColumn(0).getInt64());
        }
        st.reset();
        return out;
    });
}

Result<RowId> InterviewRepository::resolve(const QString& idOrUuid)
{
    bool numeric = false;
    const RowId asNumber = idOrUuid.toLongLong(&numeric);
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), numeric ? "SELECT id FROM interviews WHERE id = ?"
                                                 : "SELECT id FROM interviews WHERE uuid = lower(?)");
        if (numeric)
            st.bind(1, static_cast<int64_t>(asNumber));
        else
            sql::bind(st, 1, idOrUuid.trimmed().remove(QLatin1Char('{')).remove(QLatin1Char('}')));
        return st.executeStep() ? RowId(st.getColumn(0).getInt64()) : NoRow;
    });
}

Result<QString> InterviewRepository::spellLanguage(RowId id)
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), "SELECT spell_language FROM interviews WHERE id = ?");
        st.bind(1, static_cast<int64_t>(id));
        if (!st.executeStep())
            sql::throwNotFound(Entity::Interview, id);
        return sql::text(st.getColumn(0));
    });
}

Status InterviewRepository::set(const WriteScope& w, RowId id, InterviewField field, const QVariant& value)
{
    QVariant stored = value;
    if (field == InterviewField::Mode)
        stored = toKey(value.value<InterviewMode>());
    else if (field == InterviewField::State)
        stored = toKey(value.value<InterviewStatus>());
    return m_db.updateColumn(w, Entity::Interview, "interviews", id, QLatin1String(columnOf(field)), stored);
}

Status InterviewRepository::setParticipants(const WriteScope& w, RowId id, const QList<RowId>& participantIds)
{
    return m_db.write(w, [&] {
        writeLinks(id, "interview_participants", "participant_id", participantIds);
        m_db.record({Entity::Interview, ChangeKind::Updated, {id}, {QStringLiteral("participants")}});
    });
}

Status InterviewRepository::setInterviewers(const WriteScope& w, RowId id, const QList<RowId>& researcherIds)
{
    return m_db.write(w, [&] {
        writeLinks(id, "interview_interviewers", "researcher_id", researcherIds);
        m_db.record({Entity::Interview, ChangeKind::Updated, {id}, {QStringLiteral("interviewers")}});
    });
}

Status InterviewRepository::remove(const WriteScope& w, RowId id)
{
    return m_db.removeRow(w, Entity::Interview, "interviews", id);
}

} // namespace tianye
