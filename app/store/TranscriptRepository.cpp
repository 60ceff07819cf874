// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/TranscriptRepository.h"

#include "core/TextAnchor.h"
#include "store/Database.h"
#include "store/RecordSql.h"
#include "store/SqlValue.h"

namespace tianye {

namespace {

constexpr const char* Columns = "interview_id, position, speaker, start_ms, end_ms, text";

Segment readSegment(SQLite::Statement& st)
{
    Segment s;
    sql::readRecordInfo(st, s);
    s.interviewId = st.getColumn(5).getInt64();
    s.position = st.getColumn(6).getInt();
    s.speaker = sql::text(st.getColumn(7));
    s.startMs = sql::optionalInt(st.getColumn(8));
    s.endMs = sql::optionalInt(st.getColumn(9));
    s.text = sql::text(st.getColumn(10));
    return s;
}

struct QuoteAnchor
{
    RowId id;
    RowId startSegment;
    qsizetype startOffset;
    RowId endSegment;
    qsizetype endOffset;
    bool detached;
};

std::vector<QuoteAnchor> quotesTouching(SQLite::Database& db, RowId segmentId)
{
    SQLite::Statement st(
        db, "SELECT id, coalesce(start_segment_id, 0), start_offset, coalesce(end_segment_id, 0), "
            "end_offset, detached FROM quotes WHERE start_segment_id = ?1 OR end_segment_id = ?1");
    st.bind(1, static_cast<int64_t>(segmentId));
    return sql::collect<QuoteAnchor>(st, [](SQLite::Statement& s) {
        return QuoteAnchor{s.getColumn(0).getInt64(), s.getColumn(1).getInt64(),
                           s.getColumn(2).getInt64(), s.getColumn(3).getInt64(),
                           s.getColumn(4).getInt64(), s.getColumn(5).getInt() != 0};
    });
}

void writeAnchor(Database& db, const QuoteAnchor& q)
{
    SQLite::Statement st(db.sql(),
                         "UPDATE quotes SET start_segment_id = ?, start_offset = ?, end_segment_id = ?, "
                         "end_offset = ?, detached = ?, updated_at = ? WHERE id = ?");
    sql::bindId(st, 1, q.startSegment);
    st.bind(2, static_cast<int64_t>(q.startOffset));
    sql::bindId(st, 3, q.endSegment);
    st.bind(4, static_cast<int64_t>(q.endOffset));
    st.bind(5, q.detached ? 1 : 0);
    st.bind(6, static_cast<int64_t>(nowMs()));
    st.bind(7, static_cast<int64_t>(q.id));
    st.exec();
    db.record({Entity::Quote,
               ChangeKind::Updated,
               {q.id},
               {QStringLiteral("start_offset"), QStringLiteral("end_offset"), QStringLiteral("detached")}});
}

} // namespace

Result<std::vector<Segment>> TranscriptRepository::segments(RowId interviewId)
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), sql::selectRecord("segments", Columns) +
                                             " WHERE interview_id = ? ORDER BY position");
        st.bind(1, static_cast<int64_t>(interviewId));
        return sql::collect<Segment>(st, readSegment);
    });
}

Result<Segment> TranscriptRepository::segment(RowId id)
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), sql::selectRecord("segments", Columns) + " WHERE id = ?");
        st.bind(1, static_cast<int64_t>(id));
        if (!st.executeStep())
            sql::throwNotFound(Entity::Segment, id);
        return readSegment(st);
    });
}

Result<RowId> TranscriptRepository::insertSegment(const WriteScope& w, const Segment& segment, int position)
{
    return m_db.write(w, [&] {
        SQLite::Statement count(m_db.sql(), "SELECT count(*) FROM segments WHERE interview_id = ?");
        count.bind(1, static_cast<int64_t>(segment.interviewId));
        count.executeStep();
        const int size = count.getColumn(0).getInt();
        const int at = (position < 0 || position > size) ? size : position;
        if (at < size) {
            // Two steps through negative positions keep (interview, position) free of clashes.
            SQLite::Statement shift(m_db.sql(), "UPDATE segments SET position = -(position + 1) "
                                                "WHERE interview_id = ? AND position >= ?");
            shift.bind(1, static_cast<int64_t>(segment.interviewId));
            shift.bind(2, at);
            shift.exec();
            SQLite::Statement back(m_db.sql(),
                                   "UPDATE segments SET position = -position WHERE interview_id = ? AND "
                                   "position < 0");
            back.bind(1, static_cast<int64_t>(segment.interviewId));
            back.exec();
        }
        return sql::insertRecord(m_db, Entity::Segment, "segments",
                                 {"interview_id", "position", "speaker", "start_ms", "end_ms", "text"},
                                 segment, [&](SQLite::Statement& st, int i) {
                                     st.bind(i, static_cast<int64_t>(segment.interviewId));
                                     st.bind(i + 1, at);
                                     sql::bind(st, i + 2, segment.speaker);
                                     sql::bind(st, i + 3, segment.startMs);
                                     sql::bind(st, i + 4, segment.endMs);
                                     sql::bind(st, i + 5, segment.text);
                                 });
    });
}

Result<std::vector<RowId>> TranscriptRepository::appendSegments(const WriteScope& w, RowId interviewId,
                                                                const std::vector<Segment>& list,
                                                                const Progress& progress)
{
    constexpr size_t ProgressEvery = 2000;
    return m_db.write(w, [&] {
        SQLite::Statement count(m_db.sql(),
                                "SELECT coalesce(max(position) + 1, 0) FROM segments WHERE interview_id = ?");
        count.bind(1, static_cast<int64_t>(interviewId));
        count.executeStep();
        int position = count.getColumn(0).getInt();
        std::vector<RowId> ids;
        ids.reserve(list.size());
        for (const Segment& s : list) {
            if (progress && ids.size() % ProgressEvery == 0 &&
                !progress(qsizetype(ids.size()), qsizetype(list.size())))
                throw StoreFailure{
                    {Error::Code::Cancelled, tr("The import was cancelled; nothing was added.")}};
            ids.push_back(
                sql::insertRecord(m_db, Entity::Segment, "segments",
                                  {"interview_id", "position", "speaker", "start_ms", "end_ms", "text"}, s,
                                  [&](SQLite::Statement& st, int i) {
                                      st.bind(i, static_cast<int64_t>(interviewId));
                                      st.bind(i + 1, position++);
                                      sql::bind(st, i + 2, s.speaker);
                                      sql::bind(st, i + 3, s.startMs);
                                      sql::bind(st, i + 4, s.endMs);
                                      sql::bind(st, i + 5, s.text);
                                  }));
        }
        return ids;
    });
}

Status TranscriptRepository::setText(const WriteScope& w, RowId segmentId, const QString& text)
{
    return m_db.write(w, [&] {
        SQLite::Statement old(m_db.sql(), "SELECT text FROM segments WHERE id = ?");
        old.bind(1, static_cast<int64_t>(segmentId));
        if (!old.executeStep())
            sql::throwNotFound(Entity::Segment, segmentId);
        const QString oldText = sql::text(old.getColumn(0));
        old.reset();
        if (oldText == text)
            return;

        const qsizetype oldLength = codePointCount(oldText);
        std::vector<QuoteAnchor> quotes = quotesTouching(m_db.sql(), segmentId);
        // The part of each quote that lies in this segment, all moved with one diff.
        std::vector<TextSpan> parts;
        for (const QuoteAnchor& q : quotes) {
            parts.push_back({q.startSegment == segmentId ? q.startOffset : 0,
                             q.endSegment == segmentId ? q.endOffset : oldLength});
        }
        const std::vector<AnchoredSpan> movedParts = reanchor(oldText, text, parts);
        for (size_t i = 0; i < quotes.size(); ++i) {
            QuoteAnchor& q = quotes[i];
            const AnchoredSpan& moved = movedParts[i];
            const bool startsHere = q.startSegment == segmentId;
            const bool endsHere = q.endSegment == segmentId;
            if (startsHere)
                q.startOffset = moved.span.start;
            if (endsHere)
                q.endOffset = moved.span.end;
            // A quote spanning segments is detached only when nothing of it is left anywhere;
            // here that is when it lies in this segment alone.
            if (startsHere && endsHere && moved.detached)
                q.detached = true;
            writeAnchor(m_db, q);
        }
        SQLite::Statement st(m_db.sql(),
                             "UPDATE segments SET text = ?, updated_at = ?, author_id = ? WHERE id = ?");
        sql::bind(st, 1, text);
        st.bind(2, static_cast<int64_t>(nowMs()));
        sql::bindId(st, 3, m_db.author());
        st.bind(4, static_cast<int64_t>(segmentId));
        st.exec();
        m_db.record({Entity::Segment, ChangeKind::Updated, {segmentId}, {QStringLiteral("text")}});
    });
}

Status TranscriptRepository::setSpeaker(const WriteScope& w, RowId segmentId, const QString& speaker)
{
    return m_db.updateColumn(w, Entity::Segment, "segments", segmentId, QStringLiteral("speaker"),
                             speaker.trimmed());
}

Status TranscriptRepository::setTimes(const WriteScope& w, RowId segmentId, std::optional<qint64> startMs,
                                      std::optional<qint64> endMs)
{
    if (startMs && endMs && *endMs < *startMs)
        return fail(Error::Code::InvalidArgument, tr("A segment cannot end before it starts."));
    return m_db.write(w, [&] {
        SQLite::Statement st(m_db.sql(),
                             "UPDATE segments SET start_ms = ?, end_ms = ?, updated_at = ?, author_id = ? "
                             "WHERE id = ?");
        sql::bind(st, 1, startMs);
        sql::bind(st, 2, endMs);
        st.bind(3, static_cast<int64_t>(nowMs()));
        sql::bindId(st, 4, m_db.author());
        st.bind(5, static_cast<int64_t>(segmentId));
        if (st.exec() == 0)
            sql::throwNotFound(Entity::Segment, segmentId);
        m_db.record({Entity::Segment,
                     ChangeKind::Updated,
                     {segmentId},
                     {QStringLiteral("start_ms"), QStringLiteral("end_ms")}});
    });
}

Status TranscriptRepository::renameSpeaker(const WriteScope& w, RowId interviewId, const QString& from,
                                           const QString& to)
{
    if (to.trimmed().isEmpty())
        return fail(Error::Code::InvalidArgument, tr("A speaker label cannot be empty."));
    return m_db.write(w, [&] {
        SQLite::Statement ids(m_db.sql(), "SELECT id FROM segments WHERE interview_id = ? AND speaker = ?");
        ids.bind(1, static_cast<int64_t>(interviewId));
        sql::bind(ids, 2, from);
        QList<RowId> changed;
        while (ids.executeStep())
            changed.append(ids.getColumn(0).getInt64());
        SQLite::Statement st(m_db.sql(), "UPDATE segments SET speaker = ?, updated_at = ?, author_id = ? "
                                         "WHERE interview_id = ? AND speaker = ?");
        sql::bind(st, 1, to.trimmed());
        st.bind(2, static_cast<int64_t>(nowMs()));
        sql::bindId(st, 3, m_db.author());
        st.bind(4, static_cast<int64_t>(interviewId));
        sql::bind(st, 5, from);
        st.exec();
        // A tie goes with its label, unless the new label has one of its own.
        SQLite::Statement tie(m_db.sql(),
                              "UPDATE OR IGNORE speaker_labels SET label = ? WHERE interview_id = ? "
                              "AND label = ?");
        sql::bind(tie, 1, to.trimmed());
        tie.bind(2, static_cast<int64_t>(interviewId));
        sql::bind(tie, 3, from);
        tie.exec();
        if (!changed.isEmpty())
            m_db.record({Entity::Segment, ChangeKind::Updated, changed, {QStringLiteral("speaker")}});
    });
}

Result<std::vector<SpeakerLabel>> TranscriptRepository::speakerLabels(RowId interviewId)
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), R"sql(
            SELECT s.speaker, count(*), coalesce(max(ss.participant_id), 0), max(ss.interviewer),
                   coalesce(max(l.researcher_id), 0), max(l.label IS NOT NULL)
            FROM segments s JOIN segment_speakers ss ON ss.segment_id = s.id
            LEFT JOIN speaker_labels l ON l.interview_id = s.interview_id AND l.label = s.speaker
            WHERE s.interview_id = ? GROUP BY s.speaker ORDER BY min(s.position))sql");
        st.bind(1, static_cast<int64_t>(interviewId));
        std::vector<SpeakerLabel> out;
        while (st.executeStep())
            out.push_back({sql::text(st.getColumn(0)), st.getColumn(1).getInt(), st.getColumn(2).getInt64(),
                           st.getColumn(4).getInt64(), st.getColumn(3).getInt() != 0,
                           st.getColumn(5).getInt() != 0});
        return out;
    });
}

Status TranscriptRepository::tieSpeaker(const WriteScope& w, RowId interviewId, const QString& label,
                                        RowId participantId, RowId researcherId)
{
    return m_db.write(w, [&] {
        if (participantId == NoRow && researcherId == NoRow) {
            SQLite::Statement st(m_db.sql(),
                                 "DELETE FROM speaker_labels WHERE interview_id = ? AND label = ?");
            st.bind(1, static_cast<int64_t>(interviewId));
            sql::bind(st, 2, label);
            st.exec();
        } else {
            SQLite::Statement st(m_db.sql(),
                                 "INSERT INTO speaker_labels (interview_id, label, participant_id, "
                                 "researcher_id) VALUES (?, ?, ?, ?) ON CONFLICT (interview_id, label) "
                                 "DO UPDATE SET participant_id = excluded.participant_id, "
                                 "researcher_id = excluded.researcher_id");
            st.bind(1, static_cast<int64_t>(interviewId));
            sql::bind(st, 2, label);
            sql::bindId(st, 3, participantId);
            sql::bindId(st, 4, researcherId);
            st.exec();
        }
        m_db.record({Entity::Interview, ChangeKind::Updated, {interviewId}, {QStringLiteral("speakers")}});
        SQLite::Statement quotes(m_db.sql(), "SELECT id FROM quotes WHERE interview_id = ?");
        quotes.bind(1, static_cast<int64_t>(interviewId));
        QList<RowId> ids;
        while (quotes.executeStep())
            ids << quotes.getColumn(0).getInt64();
        if (!ids.isEmpty())
            m_db.record({Entity::Quote, ChangeKind::Updated, ids, {QStringLiteral("speaker")}});
    });
}

Status TranscriptRepository::removeSegment(const WriteScope& w, RowId segmentId)
{
    return m_db.write(w, [&] {
        const Segment removed = [&] {
            SQLite::Statement st(m_db.sql(), sql::selectRecord("segments", Columns) + " WHERE id = ?");
            st.bind(1, static_cast<int64_t>(segmentId));
            if (!st.executeStep())
                sql::throwNotFound(Entity::Segment, segmentId);
            return readSegment(st);
        }();
        const auto neighbour = [&](int position) -> std::pair<RowId, qsizetype> {
            SQLite::Statement st(m_db.sql(),
                                 "SELECT id, text FROM segments WHERE interview_id = ? AND position = ?");
            st.bind(1, static_cast<int64_t>(removed.interviewId));
            st.bind(2, position);
            if (!st.executeStep())
                return {NoRow, 0};
            return {st.getColumn(0).getInt64(), codePointCount(sql::text(st.getColumn(1)))};
        };
        for (QuoteAnchor q : quotesTouching(m_db.sql(), segmentId)) {
            const bool startsHere = q.startSegment == segmentId;
            const bool endsHere = q.endSegment == segmentId;
            if (startsHere && endsHere) {
                q.detached = true;
                q.startSegment = q.endSegment = NoRow;
                q.startOffset = q.endOffset = 0;
            } else if (startsHere) {
                q.startSegment = neighbour(removed.position + 1).first;
                q.startOffset = 0;
            } else {
                const auto [id, length] = neighbour(removed.position - 1);
                q.endSegment = id;
                q.endOffset = length;
            }
            writeAnchor(m_db, q);
        }
        SQLite::Statement del(m_db.sql(), "DELETE FROM segments WHERE id = ?");
        del.bind(1, static_cast<int64_t>(segmentId));
        del.exec();
        SQLite::Statement close(m_db.sql(),
                                "UPDATE segments SET position = position - 1 WHERE interview_id = ? AND "
                                "position > ?");
        close.bind(1, static_cast<int64_t>(removed.interviewId));
        close.bind(2, removed.position);
        close.exec();
        m_db.record({Entity::Segment, ChangeKind::Removed, {segmentId}, {}});
        m_db.record(
            {Entity::Interview, ChangeKind::Updated, {removed.interviewId}, {QStringLiteral("material")}});
    });
}

namespace {

// Sets a segment's text without re-anchoring (the caller moves the quotes itself).
void writeText(Database& db, RowId segmentId, const QString& text)
{
    SQLite::Statement st(db.sql(),
                         "UPDATE segments SET text = ?, updated_at = ?, author_id = ? WHERE id = ?");
    sql::bind(st, 1, text);
    st.bind(2, static_cast<int64_t>(nowMs()));
    sql::bindId(st, 3, db.author());
    st.bind(4, static_cast<int64_t>(segmentId));
    st.exec();
    db.record({Entity::Segment, ChangeKind::Updated, {segmentId}, {QStringLiteral("text")}});
}

} // namespace

Result<RowId> TranscriptRepository::splitSegment(const WriteScope& w, RowId segmentId, qsizetype offset,
                                                 std::optional<qint64> startMs)
{
    return m_db.write(w, [&] {
        const Segment seg = orThrow(segment(segmentId));
        const QList<uint> points = seg.text.toUcs4();
        const qsizetype at = std::clamp<qsizetype>(offset, 0, points.size());
        const QString head = QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData()), at);
        const QString tail =
            QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData()) + at, points.size() - at);
        Segment next;
        next.interviewId = seg.interviewId;
        next.speaker = seg.speaker;
        next.startMs = startMs;
        next.endMs = seg.endMs;
        next.text = tail;
        if (startMs && next.endMs && *next.endMs < *startMs)
            next.endMs.reset();
        const RowId nextId = orThrow(insertSegment(w, next, seg.position + 1));
        writeText(m_db, segmentId, head);
        if (startMs && (!seg.startMs || *seg.startMs <= *startMs))
            orThrow(setTimes(w, segmentId, seg.startMs, startMs));
        for (QuoteAnchor q : quotesTouching(m_db.sql(), segmentId)) {
            bool moved = false;
            if (q.startSegment == segmentId && q.startOffset >= at) {
                q.startSegment = nextId;
                q.startOffset -= at;
                moved = true;
            }
            if (q.endSegment == segmentId && q.endOffset > at) {
                q.endSegment = nextId;
                q.endOffset -= at;
                moved = true;
            }
            if (moved)
                writeAnchor(m_db, q);
        }
        return nextId;
    });
}

Result<RowId> TranscriptRepository::mergeWithPrevious(const WriteScope& w, RowId segmentId)
{
    return m_db.write(w, [&] {
        const Segment seg = orThrow(segment(segmentId));
        SQLite::Statement st(m_db.sql(), "SELECT id FROM segments WHERE interview_id = ? AND position = ?");
        st.bind(1, static_cast<int64_t>(seg.interviewId));
        st.bind(2, seg.position - 1);
        if (!st.executeStep())
            throw StoreFailure{
                {Error::Code::InvalidArgument, tr("The first segment has none before it to join.")}};
        const RowId previousId = st.getColumn(0).getInt64();
        st.reset();
        const Segment previous = orThrow(segment(previousId));
        const qsizetype shift = codePointCount(previous.text);
        // Anchors first: removing the segment would otherwise detach its quotes.
        for (QuoteAnchor q : quotesTouching(m_db.sql(), segmentId)) {
            if (q.startSegment == segmentId) {
                q.startSegment = previousId;
                q.startOffset += shift;
            }
            if (q.endSegment == segmentId) {
                q.endSegment = previousId;
                q.endOffset += shift;
            }
            writeAnchor(m_db, q);
        }
        writeText(m_db, previousId, previous.text + seg.text);
        if (seg.endMs && (!previous.endMs || *previous.endMs < *seg.endMs) &&
            (!previous.startMs || *previous.startMs <= *seg.endMs))
            orThrow(setTimes(w, previousId, previous.startMs, seg.endMs));
        orThrow(removeSegment(w, segmentId));
        return previousId;
    });
}

} // namespace tianye
