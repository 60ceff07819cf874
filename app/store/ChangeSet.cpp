// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers

// sqlite3.h declares the session extension only when asked; Debian's library has it.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include "store/ChangeSet.h"

#include "store/ChangeLog.h"
#include "store/Changesets.h"
#include "store/Database.h"
#include "store/TableShapes.h"

#include <QScopeGuard>

#include <SQLiteCpp/Statement.h>

#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tianye {

namespace {

// The tables a user's edit can change, with the entity announced for their rows.
// Link tables announce an update of their owner (first key column).
struct TableInfo
{
    const char* name;
    Entity entity;
    bool link;
};
constexpr TableInfo Tables[] = {
    {"researchers", Entity::Researcher, false},
    {"cities", Entity::City, false},
    {"participants", Entity::Participant, false},
    {"interviews", Entity::Interview, false},
    {"interview_participants", Entity::Interview, true},
    {"interview_interviewers", Entity::Interview, true},
    {"media", Entity::Media, false},
    {"markers", Entity::Marker, false},
    {"segments", Entity::Segment, false},
    {"themes", Entity::Theme, false},
    {"quotes", Entity::Quote, false},
    {"quote_themes", Entity::Quote, true},
    {"insights", Entity::Insight, false},
    {"insight_quotes", Entity::Insight, true},
    {"speaker_labels", Entity::Interview, true},
};
constexpr const char* UnannouncedTables[] = {"dictionary_words", "saved_searches"};

const TableInfo* tableInfo(const char* name)
{
    for (const TableInfo& t : Tables) {
        if (std::strcmp(t.name, name) == 0)
            return &t;
    }
    return nullptr;
}

bool recorded(const char* name)
{
    if (tableInfo(name))
        return true;
    for (const char* t : UnannouncedTables) {
        if (std::strcmp(t, name) == 0)
            return true;
    }
    return false;
}

std::vector<std::string> announcedTables()
{
    std::vector<std::string> names;
    for (const TableInfo& t : Tables)
        names.emplace_back(t.name);
    return names;
}

int recordTable(void*, const char* name)
{
    return recorded(name) ? 1 : 0;
}

struct SessionDeleter
{
    void operator()(sqlite3_session* s) const { sqlite3session_delete(s); }
};
struct FreeDeleter
{
    void operator()(void* p) const { sqlite3_free(p); }
};
// Refuses every conflict but one: a row a redo would delete that a cascade of the
// same redo has already deleted.
int onConflict(void*, int conflict, sqlite3_changeset_iter* iter)
{
    const int op = changeset::row(iter).op;
    if (conflict == SQLITE_CHANGESET_NOTFOUND && op == SQLITE_DELETE)
        return SQLITE_CHANGESET_OMIT;
    return SQLITE_CHANGESET_ABORT;
}

// A column's value in the current change: the new one of an insert or of a column an
// update changed, else the old one.
sqlite3_value* valueOf(sqlite3_changeset_iter* iter, int op, int column)
{
    if (sqlite3_value* value = op != SQLITE_DELETE ? changeset::newValue(iter, column) : nullptr)
        return value;
    return op != SQLITE_INSERT ? changeset::oldValue(iter, column) : nullptr;
}

std::optional<RowId> integer(sqlite3_value* value)
{
    if (!value || sqlite3_value_type(value) != SQLITE_INTEGER)
        return std::nullopt;
    return sqlite3_value_int64(value);
}

// The value of the first primary-key column of the current change (keys never change).
std::optional<RowId> firstKey(sqlite3_changeset_iter* iter, int op)
{
    sqlite3_value* value = nullptr;
    const int rc =
        op == SQLITE_INSERT ? sqlite3changeset_new(iter, 0, &value) : sqlite3changeset_old(iter, 0, &value);
    return rc == SQLITE_OK ? integer(value) : std::nullopt;
}

// Announces each changed row, as the repositories do for their own writes.
void announceRows(Database& db, Shapes& shapes, const QByteArray& bytes)
{
    const changeset::Iterator iter = changeset::iterate(bytes);
    if (!iter)
        return;
    while (sqlite3changeset_next(iter.get()) == SQLITE_ROW) {
        const auto [table, columns, op] = changeset::row(iter.get());
        const TableInfo* info = tableInfo(table);
        const std::optional<RowId> id = firstKey(iter.get(), op);
        if (!info || !id)
            continue;
        ChangeKind kind = ChangeKind::Updated;
        if (!info->link)
            kind = op == SQLITE_INSERT   ? ChangeKind::Inserted
                   : op == SQLITE_DELETE ? ChangeKind::Removed
                                         : ChangeKind::Updated;
        db.record({info->entity, kind, {*id}, {}});
        if (info->entity == Entity::Segment || info->entity == Entity::Quote ||
            info->entity == Entity::Media) {
            // Their interview's counts in the log changed.
            const int parent = shapes.of(table).indexOf("interview_id");
            if (const auto interview = parent < 0 ? std::nullopt : integer(valueOf(iter.get(), op, parent)))
                db.record(
                    {Entity::Interview, ChangeKind::Updated, {*interview}, {QStringLiteral("material")}});
        }
    }
}

// Foreign keys are off while a step is applied (see apply()); afterwards the rows it
// touched are checked: what it wrote refers to rows that exist, and nothing still
// refers to what it deleted. Returns the table of the first dangling reference.
std::optional<std::string> danglingReference(SQLite::Database& db, Shapes& shapes, const QByteArray& bytes)
{
    const changeset::Iterator iter = changeset::iterate(bytes);
    if (!iter)
        return std::string("?");
    while (sqlite3changeset_next(iter.get()) == SQLITE_ROW) {
        const auto [table, columns, op] = changeset::row(iter.get());
        const Shape& shape = shapes.of(table);
        if (op == SQLITE_DELETE) {
            const std::optional<RowId> id = firstKey(iter.get(), op);
            if (!id || shape.indexOf("id") != 0)
                continue;
            for (const Shape::Referrer& r : shape.referrers) {
                SQLite::Statement st(db, "SELECT 1 FROM " + r.table + " WHERE " + r.column + " = ? LIMIT 1");
                st.bind(1, static_cast<int64_t>(*id));
                if (st.executeStep())
                    return r.table;
            }
            continue;
        }
        for (const Shape::Reference& r : shape.references) {
            sqlite3_value* value = nullptr;
            if (r.column < 0 || sqlite3changeset_new(iter.get(), r.column, &value) != SQLITE_OK || !value)
                continue; // an update that left this column as it was
            const std::optional<RowId> parent = integer(value);
            if (!parent)
                continue; // NULL: no reference
            SQLite::Statement st(db, "SELECT 1 FROM " + r.parent + " WHERE id = ?");
            st.bind(1, static_cast<int64_t>(*parent));
            if (!st.executeStep())
                return std::string(table);
        }
    }
    return std::nullopt;
}

bool setForeignKeys(sqlite3* handle, bool on)
{
    if (sqlite3_exec(handle, on ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF", nullptr, nullptr,
                     nullptr) != SQLITE_OK)
        return false;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(handle, "PRAGMA foreign_keys", -1, &st, nullptr) != SQLITE_OK)
        return false;
    const bool now = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0) == (on ? 1 : 0);
    sqlite3_finalize(st);
    return now;
}

} // namespace

bool ChangeSet::records(const char* table)
{
    return recorded(table);
}

Result<ChangeSet> ChangeSet::record(Database& db, const std::function<void(const WriteScope&)>& body,
                                    const std::function<void(const ChangeSet&)>& beforeCommit)
{
    // One outer write: the session records the body, is deleted, and only then does the
    // write commit and announce its changes (a slot that writes is never recorded here).
    return db.transact([&] {
        sqlite3_session* raw = nullptr;
        if (sqlite3session_create(db.handle(), "main", &raw) != SQLITE_OK)
            throw StoreFailure{
                {Error::Code::Internal, tr("Could not start recording changes in %1.").arg(db.path())}};
        std::unique_ptr<sqlite3_session, SessionDeleter> session(raw);
        sqlite3session_table_filter(raw, recordTable, nullptr);
        if (sqlite3session_attach(raw, nullptr) != SQLITE_OK)
            throw StoreFailure{
                {Error::Code::Internal, tr("Could not start recording changes in %1.").arg(db.path())}};
        {
            db.setRecording(true);
            const auto stop = qScopeGuard([&] { db.setRecording(false); });
            const WriteScope scope;
            body(scope);
        }
        int size = 0;
        void* data = nullptr;
        if (sqlite3session_changeset(raw, &size, &data) != SQLITE_OK)
            throw StoreFailure{
                {Error::Code::Internal, tr("Could not read the recorded changes in %1.").arg(db.path())}};
        std::unique_ptr<void, FreeDeleter> owned(data);
        session.reset();
        ChangeSet changes(QByteArray(static_cast<const char*>(data), size));
        if (beforeCommit && !changes.isEmpty())
            beforeCommit(changes);
        return changes;
    });
}

Status ChangeSet::apply(Database& db, Direction direction, const QString& label) const
{
    if (isEmpty())
        return {};
    QByteArray bytes = m_bytes;
    if (direction == Direction::Backward) {
        int size = 0;
        void* data = nullptr;
        if (sqlite3changeset_invert(int(m_bytes.size()), const_cast<char*>(m_bytes.data()), &size, &data) !=
            SQLITE_OK)
            return fail(Error::Code::Internal, tr("Could not reverse the recorded changes."));
        std::unique_ptr<void, FreeDeleter> owned(data);
        bytes = QByteArray(static_cast<const char*>(data), size);
    }
    // The recorded changes include what ON DELETE actions did when they were made;
    // letting those actions fire again while applying (a deleted segment nulling a
    // quote's anchor before the quote's own change is applied) would conflict. So
    // foreign keys are off while applying, and the rows the step touched are checked
    // before it commits. The pragma only works outside a transaction, where undo and
    // redo run; inside one (a test's outer write) the step is applied as it is.
    const bool outside = sqlite3_get_autocommit(db.handle()) != 0;
    if (outside && !setForeignKeys(db.handle(), false))
        return fail(
            Error::Code::Internal,
            tr("Could not apply the change to %1: foreign keys cannot be switched off.").arg(db.path()));
    const auto restoreKeys = qScopeGuard([&] {
        if (outside)
            setForeignKeys(db.handle(), true);
    });
    db.setRecording(true);
    const auto stop = qScopeGuard([&] { db.setRecording(false); });
    Shapes shapes(db.sql(), announcedTables());
    return db.transact([&] {
        const int rc = sqlite3changeset_apply(db.handle(), int(bytes.size()), bytes.data(), nullptr,
                                              onConflict, nullptr);
        if (rc != SQLITE_OK) {
            throw StoreFailure{{Error::Code::Constraint,
                                tr("The change cannot be applied to %1: the data it touches was changed "
                                   "since (%2).")
                                    .arg(db.path(), QString::fromUtf8(sqlite3_errstr(rc)))}};
        }
        if (outside) {
            if (const auto table = danglingReference(db.sql(), shapes, bytes)) {
                throw StoreFailure{{Error::Code::Constraint,
                                    tr("The change cannot be applied to %1: it would leave a reference to a "
                                       "missing row in %2.")
                                        .arg(db.path(), QString::fromStdString(*table))}};
            }
        }
        ChangeLog::append(db, bytes, label);
        announceRows(db, shapes, bytes);
    });
}

void ChangeSet::announce(Database& db) const
{
    Shapes shapes(db.sql(), announcedTables());
    announceRows(db, shapes, m_bytes);
}

void ChangeSet::announceWritten(Database& db, const char* table, RowId key, bool inserted)
{
    const TableInfo* info = tableInfo(table);
    if (!info)
        return;
    db.record(
        {info->entity, info->link || !inserted ? ChangeKind::Updated : ChangeKind::Inserted, {key}, {}});
    if (!info->link)
        db.announceParentInterview(info->entity, table, key);
}

Result<ChangeSet> ChangeSet::followedBy(const ChangeSet& later) const
{
    int size = 0;
    void* data = nullptr;
    if (sqlite3changeset_concat(int(m_bytes.size()), const_cast<char*>(m_bytes.data()),
                                int(later.m_bytes.size()), const_cast<char*>(later.m_bytes.data()), &size,
                                &data) != SQLITE_OK)
        return fail(Error::Code::Internal, tr("Could not combine two recorded changes."));
    std::unique_ptr<void, FreeDeleter> owned(data);
    return ChangeSet(QByteArray(static_cast<const char*>(data), size));
}

} // namespace tianye
