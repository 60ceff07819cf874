// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/MediaRepository.h"

#include "store/Database.h"
#include "store/RecordSql.h"
#include "store/SqlValue.h"

#include <QRegularExpression>

namespace tianye {

namespace {

constexpr const char* Columns =
    "interview_id, sha256, original_name, format, duration_ms, size_bytes, origin";

Media readMedia(SQLite::Statement& st)
{
    Media m;
    sql::readRecordInfo(st, m);
    m.interviewId = st.getColumn(5).getInt64();
    m.sha256 = sql::text(st.getColumn(6));
    m.originalName = sql::text(st.getColumn(7));
    m.format = sql::text(st.getColumn(8));
    m.durationMs = st.getColumn(9).getInt64();
    m.sizeBytes = st.getColumn(10).getInt64();
    m.origin = mediaOriginFromKey(sql::text(st.getColumn(11))).value_or(MediaOrigin::Imported);
    return m;
}

Marker readMarker(SQLite::Statement& st)
{
    Marker m;
    sql::readRecordInfo(st, m);
    m.mediaId = st.getColumn(5).getInt64();
    m.timeMs = st.getColumn(6).getInt64();
    m.label = sql::text(st.getColumn(7));
    return m;
}

} // namespace

Result<RowId> MediaRepository::add(const WriteScope& w, const Media& media)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(media.sha256).hasMatch())
        return fail(Error::Code::InvalidArgument, tr("A media record needs the SHA-256 of its file."));
    return m_db.write(w, [&] {
        return sql::insertRecord(
            m_db, Entity::Media, "media",
            {"interview_id", "sha256", "original_name", "format", "duration_ms", "size_bytes", "origin"},
            media, [&](SQLite::Statement& st, int i) {
                st.bind(i, static_cast<int64_t>(media.interviewId));
                sql::bind(st, i + 1, media.sha256);
                sql::bind(st, i + 2, media.originalName);
                sql::bind(st, i + 3, media.format);
                st.bind(i + 4, static_cast<int64_t>(media.durationMs));
                st.bind(i + 5, static_cast<int64_t>(media.sizeBytes));
                sql::bind(st, i + 6, toKey(media.origin));
            });
    });
}

Result<Media> MediaRepository::get(RowId id)
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), sql::selectRecord("media", Columns) + " WHERE id = ?");
        st.bind(1, static_cast<int64_t>(id));
        if (!st.executeStep())
            sql::throwNotFound(Entity::Media, id);
        return readMedia(st);
    });
}

Result<std::vector<Media>> MediaRepository::list(RowId interviewId)
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), sql::selectRecord("media", Columns) +
                                             (interviewId == NoRow ? "" : " WHERE interview_id = ?") +
                                             " ORDER BY id");
        if (interviewId != NoRow)
            st.bind(1, static_cast<int64_t>(interviewId));
        return sql::collect<Media>(st, readMedia);
    });
}

Status MediaRepository::setDuration(const WriteScope& w, RowId id, qint64 durationMs)
{
    return m_db.updateColumn(w, Entity::Media, "media", id, QStringLiteral("duration_ms"), durationMs);
}

Status MediaRepository::remove(const WriteScope& w, RowId id)
{
    return m_db.removeRow(w, Entity::Media, "media", id);
}

Result<RowId> MediaRepository::addMarker(const WriteScope& w, const Marker& marker)
{
    return m_db.write(w, [&] {
        return sql::insertRecord(m_db, Entity::Marker, "markers", {"media_id", "time_ms", "label"}, marker,
                                 [&](SQLite::Statement& st, int i) {
                                     st.bind(i, static_cast<int64_t>(marker.mediaId));
                                     st.bind(i + 1, static_cast<int64_t>(marker.timeMs));
                                     sql::bind(st, i + 2, marker.label);
                                 });
    });
}

Result<std::vector<Marker>> MediaRepository::markers(RowId mediaId)
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), sql::selectRecord("markers", "media_id, time_ms, label") +
                                             " WHERE media_id = ? ORDER BY time_ms");
        st.bind(1, static_cast<int64_t>(mediaId));
        return sql::collect<Marker>(st, readMarker);
    });
}

Status MediaRepository::removeMarker(const WriteScope& w, RowId id)
{
    return m_db.removeRow(w, Entity::Marker, "markers", id);
}

} // namespace tianye
