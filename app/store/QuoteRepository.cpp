// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/QuoteRepository.h"

#include "core/Ids.h"
#include "core/TextAnchor.h"
#include "store/Database.h"
#include "store/RecordSql.h"
#include "store/SqlValue.h"

#include <QHash>

namespace tianye {

namespace {

constexpr const char* Columns = "interview_id, coalesce(start_segment_id, 0), start_offset, "
                                "coalesce(end_segment_id, 0), end_offset, text, detached, audio_start_ms, "
                                "audio_end_ms, note, starred, in_dossier, translation";

// The same columns qualified, for queries that join segments.
constexpr const char* QualifiedSelect =
    "SELECT q.id, q.uuid, q.created_at, q.updated_at, q.author_id, q.interview_id, "
    "coalesce(q.start_segment_id, 0), "
    "q.start_offset, coalesce(q.end_segment_id, 0), q.end_offset, q.text, q.detached, q.audio_start_ms, "
    "q.audio_end_ms, q.note, q.starred, q.in_dossier, q.translation FROM quotes q";

Quote readQuote(SQLite::Statement& st)
{
    Quote q;
    sql::readRecordInfo(st, q);
    q.interviewId = st.getColumn(5).getInt64();
    q.startSegmentId = st.getColumn(6).getInt64();
    q.startOffset = st.getColumn(7).getInt64();
    q.endSegmentId = st.getColumn(8).getInt64();
    q.endOffset = st.getColumn(9).getInt64();
    q.text = sql::text(st.getColumn(10));
    q.detached = st.getColumn(11).getInt() != 0;
    q.audioStartMs = sql::optionalInt(st.getColumn(12));
    q.audioEndMs = sql::optionalInt(st.getColumn(13));
    q.note = sql::text(st.getColumn(14));
    q.starred = st.getColumn(15).getInt() != 0;
    q.inDossier = st.getColumn(16).getInt() != 0;
    q.translation = sql::text(st.getColumn(17));
    return q;
}

const char* columnOf(QuoteField f)
{
    switch (f) {
    case QuoteField::Note:
        return "note";
    case QuoteField::Starred:
        return "starred";
    case QuoteField::InDossier:
        return "in_dossier";
    case QuoteField::Translation:
        return "translation";
    case QuoteField::AudioStartMs:
        return "audio_start_ms";
    case QuoteField::AudioEndMs:
        return "audio_end_ms";
    case QuoteField::Text:
        return "text";
    }
    return "";
}

struct SegmentText
{
    RowId interviewId = NoRow;
    int position = 0;
    QString text;
};

SegmentText loadSegment(SQLite::Database& db, RowId id)
{
    SQLite::Statement st(db, "SELECT interview_id, position, text FROM segments WHERE id = ?");
    st.bind(1, static_cast<int64_t>(id));
    if (!st.executeStep())
        sql::throwNotFound(Entity::Segment, id);
    return {st.getColumn(0).getInt64(), st.getColumn(1).getInt(), sql::text(st.getColumn(2))};
}

// The text between two anchors; segments are joined by a line break.
QString textBetween(SQLite::Database& db, RowId startId, qsizetype startOffset, RowId endId,
                    qsizetype endOffset)
{
    const SegmentText first = loadSegment(db, startId);
    if (startId == endId)
        return codePointMid(first.text, {startOffset, endOffset});
    const SegmentText last = loadSegment(db, endId);
    QStringList parts{codePointMid(first.text, {startOffset, codePointCount(first.text)})};
    SQLite::Statement mid(
        db, "SELECT text FROM segments WHERE interview_id = ? AND position > ? AND position < ? "
            "ORDER BY position");
    mid.bind(1, static_cast<int64_t>(first.interviewId));
    mid.bind(2, first.position);
    mid.bind(3, last.position);
    while (mid.executeStep())
        parts << sql::text(mid.getColumn(0));
    parts << codePointMid(last.text, {0, endOffset});
    return parts.join(QLatin1Char('\n'));
}

void loadThemes(SQLite::Database& db, std::vector<Quote>& quotes)
{
    if (quotes.empty())
        return;
    QHash<RowId, Quote*> byId;
    for (Quote& q : quotes)
        byId.insert(q.id, &q);
    SQLite::Statement st(db, quotes.size() == 1
                                 ? "SELECT quote_id, theme_id FROM quote_themes WHERE quote_id = ?"
                                 : "SELECT quote_id, theme_id FROM quote_themes");
    if (quotes.size() == 1)
        st.bind(1, static_cast<int64_t>(quotes.front().id));
    while (st.executeStep()) {
        if (Quote* q = byId.value(st.getColumn(0).getInt64()))
            q->themeIds.append(st.getColumn(1).getInt64());
    }
}

void checkAnchors(SQLite::Database& db, const Quote& quote)
{
    const SegmentText first = loadSegment(db, quote.startSegmentId);
    const SegmentText last =
        quote.endSegmentId == quote.startSegmentId ? first : loadSegment(db, quote.endSegmentId);
    const bool valid = first.interviewId == quote.interviewId && last.interviewId == quote.interviewId &&
                       (first.position < last.position ||
                        (first.position == last.position && quote.startOffset < quote.endOffset)) &&
                       quote.startOffset >= 0 && quote.startOffset <= codePointCount(first.text) &&
                       quote.endOffset >= 0 && quote.endOffset <= codePointCount(last.text);
    if (!valid) {
        throw StoreFailure{
            {Error::Code::InvalidArgument,
             QuoteRepository::tr("The quote's position does not match the transcript of interview %1.")
                 .arg(quote.interviewId)}};
    }
}

} // namespace

Status QuoteRepository::reanchor(const WriteScope& w, RowId id, const Quote& at)
{
    return m_db.write(w, [&] {
        const Quote current = orThrow(get(id));
        Quote target = at;
        target.interviewId = current.interviewId;
        checkAnchors(m_db.sql(), target);
        const QString text = textBetween(m_db.sql(), target.startSegmentId, target.startOffset,
                                         target.endSegmentId, target.endOffset);
        SQLite::Statement st(m_db.sql(),
                             "UPDATE quotes SET start_segment_id = ?, start_offset = ?, end_segment_id = ?, "
                             "end_offset = ?, text = ?, detached = 0, updated_at = ?, author_id = ? "
                             "WHERE id = ?");
        st.bind(1, static_cast<int64_t>(target.startSegmentId));
        st.bind(2, static_cast<int64_t>(target.startOffset));
        st.bind(3, static_cast<int64_t>(target.endSegmentId));
        st.bind(4, static_cast<int64_t>(target.endOffset));
        sql::bind(st, 5, text);
        st.bind(6, static_cast<int64_t>(nowMs()));
        sql::bindId(st, 7, m_db.author());
        st.bind(8, static_cast<int64_t>(id));
        st.exec();
        m_db.record(
            {Entity::Quote,
             ChangeKind::Updated,
             {id},
             {QStringLiteral("start_segment_id"), QStringLiteral("text"), QStringLiteral("detached")}});
        m_db.announceParentInterview(Entity::Quote, "quotes", id);
    });
}

Result<RowId> QuoteRepository::add(const WriteScope& w, const Quote& quote)
{
    return m_db.write(w, [&] {
        checkAnchors(m_db.sql(), quote);
        const QString text = quote.text.isEmpty()
                                 ? textBetween(m_db.sql(), quote.startSegmentId, quote.startOffset,
                                               quote.endSegmentId, quote.endOffset)
                                 : quote.text;
        const RowId id = sql::insertRecord(
            m_db, Entity::Quote, "quotes",
            {"interview_id", "start_segment_id", "start_offset", "end_segment_id", "end_offset", "text",
             "detached", "audio_start_ms", "audio_end_ms", "note", "starred", "in_dossier", "translation"},
            quote, [&](SQLite::Statement& st, int i) {
                st.bind(i, static_cast<int64_t>(quote.interviewId));
                st.bind(i + 1, static_cast<int64_t>(quote.startSegmentId));
                st.bind(i + 2, static_cast<int64_t>(quote.startOffset));
                st.bind(i + 3, static_cast<int64_t>(quote.endSegmentId));
                st.bind(i + 4, static_cast<int64_t>(quote.endOffset));
                sql::bind(st, i + 5, text);
                st.bind(i + 6, 0);
                sql::bind(st, i + 7, quote.audioStartMs);
                sql::bind(st, i + 8, quote.audioEndMs);
                sql::bind(st, i + 9, quote.note);
                st.bind(i + 10, quote.starred ? 1 : 0);
                st.bind(i + 11, quote.inDossier ? 1 : 0);
                sql::bind(st, i + 12, quote.translation);
            });
        SQLite::Statement link(m_db.sql(),
                               "INSERT OR IGNORE INTO quote_themes(quote_id, theme_id) VALUES (?, ?)");
        for (RowId theme : quote.themeIds) {
            link.bind(1, static_cast<int64_t>(id));
            link.bind(2, static_cast<int64_t>(theme));
            link.exec();
            link.reset();
        }
        return id;
    });
}

Result<Quote> QuoteRepository::get(RowId id)
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), sql::selectRecord("quotes", Columns) + " WHERE id = ?");
        st.bind(1, static_cast<int64_t>(id));
        if (!st.executeStep())
            sql::throwNotFound(Entity::Quote, id);
        std::vector<Quote> one{readQuote(st)};
        loadThemes(m_db.sql(), one);
        return one.front();
    });
}

Result<std::vector<Quote>> QuoteRepository::list(RowId interviewId)
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(), std::string(QualifiedSelect) +
                                             " LEFT JOIN segments s ON s.id = q.start_segment_id" +
                                             (interviewId == NoRow ? "" : " WHERE q.interview_id = ?") +
                                             " ORDER BY q.interview_id, s.position, q.start_offset, q.id");
        if (interviewId != NoRow)
            st.bind(1, static_cast<int64_t>(interviewId));
        auto quotes = sql::collect<Quote>(st, readQuote);
        loadThemes(m_db.sql(), quotes);
        return quotes;
    });
}

Result<std::vector<Quote>> QuoteRepository::detached()
{
    return m_db.read([&] {
        SQLite::Statement st(m_db.sql(),
                             sql::selectRecord("quotes", Columns) + " WHERE detached = 1 ORDER BY id");
        auto quotes = sql::collect<Quote>(st, readQuote);
        loadThemes(m_db.sql(), quotes);
        return quotes;
    });
}

Result<QString> QuoteRepository::currentText(RowId id)
{
    auto quote = get(id);
    if (!quote)
        return std::unexpected(quote.error());
    if (quote->detached || quote->startSegmentId == NoRow || quote->endSegmentId == NoRow)
        return quote->text;
    return m_db.read([&] {
        return textBetween(m_db.sql(), quote->startSegmentId, quote->startOffset, quote->endSegmentId,
                           quote->endOffset);
    });
}

Status QuoteRepository::set(const WriteScope& w, RowId id, QuoteField field, const QVariant& value)
{
    QVariant stored = value;
    if (field == QuoteField::Starred || field == QuoteField::InDossier)
        stored = value.toBool() ? 1 : 0;
    return m_db.updateColumn(w, Entity::Quote, "quotes", id, QLatin1String(columnOf(field)), stored);
}

Status QuoteRepository::setThemes(const WriteScope& w, RowId id, const QList<RowId>& themeIds)
{
    return m_db.write(w, [&] {
        SQLite::Statement del(m_db.sql(), "DELETE FROM quote_themes WHERE quote_id = ?");
        del.bind(1, static_cast<int64_t>(id));
        del.exec();
        SQLite::Statement link(m_db.sql(),
                               "INSERT OR IGNORE INTO quote_themes(quote_id, theme_id) VALUES (?, ?)");
        for (RowId theme : themeIds) {
            link.bind(1, static_cast<int64_t>(id));
            link.bind(2, static_cast<int64_t>(theme));
            link.exec();
            link.reset();
        }
        m_db.record({Entity::Quote, ChangeKind::Updated, {id}, {QStringLiteral("themes")}});
    });
}

Status QuoteRepository::remove(const WriteScope& w, RowId id)
{
    return m_db.removeRow(w, Entity::Quote, "quotes", id);
}

} // namespace tianye
