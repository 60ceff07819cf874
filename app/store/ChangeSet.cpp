// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers

// sqlite3.h declares the session extension only when asked; Debian's library has it.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include "store/ChangeSet.h"

#include "store/Database.h"

#include <QScopeGuard>

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <cstring>
#include <memory>
#include <optional>

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
};
// id, uuid, created_at, updated_at, author_id, then interview_id (segments, quotes, media).
constexpr int ParentColumn = 5;
constexpr const char* UnannouncedTables[] = {"dictionary_words"};

const TableInfo* tableInfo(const char* name)
{
    for (const TableInfo& t : Tables) {
        if (std::strcmp(t.name, name) == 0)
            return &t;
    }
    return nullptr;
}

int recordTable(void*, const char* name)
{
    if (tableInfo(name))
        return 1;
    for (const char* t : UnannouncedTables) {
        if (std::strcmp(t, name) == 0)
            return 1;
    }
    return 0;
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
    const char* table = nullptr;
    int columns = 0;
    int op = 0;
    int indirect = 0;
    sqlite3changeset_op(iter, &table, &columns, &op, &indirect);
    if (conflict == SQLITE_CHANGESET_NOTFOUND && op == SQLITE_DELETE)
        return SQLITE_CHANGESET_OMIT;
    return SQLITE_CHANGESET_ABORT;
}

// The value of the first primary-key column of the current change.
std::optional<RowId> firstKey(sqlite3_changeset_iter* iter, int op)
{
    sqlite3_value* value = nullptr;
    const int rc =
        op == SQLITE_INSERT ? sqlite3changeset_new(iter, 0, &value) : sqlite3changeset_old(iter, 0, &value);
    if (rc != SQLITE_OK || !value || sqlite3_value_type(value) != SQLITE_INTEGER)
        return std::nullopt;
    return sqlite3_value_int64(value);
}

// Announces each changed row, as the repositories do for their own writes.
void announce(Database& db, const QByteArray& bytes)
{
    sqlite3_changeset_iter* raw = nullptr;
    if (sqlite3changeset_start(&raw, int(bytes.size()), const_cast<char*>(bytes.data())) != SQLITE_OK)
        return;
    while (sqlite3changeset_next(raw) == SQLITE_ROW) {
        const char* table = nullptr;
        int columns = 0;
        int op = 0;
        int indirect = 0;
        sqlite3changeset_op(raw, &table, &columns, &op, &indirect);
        const TableInfo* info = tableInfo(table);
        const std::optional<RowId> id = firstKey(raw, op);
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
            // Their interview's counts in the log changed (interview_id follows the record columns).
            sqlite3_value* parent = nullptr;
            const int rc = op == SQLITE_INSERT ? sqlite3changeset_new(raw, ParentColumn, &parent)
                                               : sqlite3changeset_old(raw, ParentColumn, &parent);
            if (rc == SQLITE_OK && parent && sqlite3_value_type(parent) == SQLITE_INTEGER)
                db.record({Entity::Interview,
                           ChangeKind::Updated,
                           {sqlite3_value_int64(parent)},
                           {QStringLiteral("material")}});
        }
    }
    sqlite3changeset_finalize(raw);
}

} // namespace

Result<ChangeSet> ChangeSet::record(Database& db, const std::function<void()>& body)
{
    sqlite3_session* raw = nullptr;
    if (sqlite3session_create(db.handle(), "main", &raw) != SQLITE_OK)
        return fail(Error::Code::Internal, tr("Could not start recording changes in %1.").arg(db.path()));
    std::unique_ptr<sqlite3_session, SessionDeleter> session(raw);
    sqlite3session_table_filter(raw, recordTable, nullptr);
    if (sqlite3session_attach(raw, nullptr) != SQLITE_OK)
        return fail(Error::Code::Internal, tr("Could not start recording changes in %1.").arg(db.path()));
    if (auto written = db.write(body); !written)
        return std::unexpected(written.error());
    int size = 0;
    void* data = nullptr;
    if (sqlite3session_changeset(raw, &size, &data) != SQLITE_OK)
        return fail(Error::Code::Internal, tr("Could not read the recorded changes in %1.").arg(db.path()));
    std::unique_ptr<void, FreeDeleter> owned(data);
    return ChangeSet(QByteArray(static_cast<const char*>(data), size));
}

Status ChangeSet::apply(Database& db, Direction direction) const
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
    // foreign keys are off while applying, and checked as a whole before commit.
    // (The pragma only works outside a transaction: undo and redo run there.)
    const bool outside = sqlite3_get_autocommit(db.handle()) != 0;
    if (outside)
        sqlite3_exec(db.handle(), "PRAGMA foreign_keys = OFF", nullptr, nullptr, nullptr);
    const auto restoreKeys = qScopeGuard([&] {
        if (outside)
            sqlite3_exec(db.handle(), "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
    });
    auto applied = db.write([&] {
        const int rc = sqlite3changeset_apply(db.handle(), int(bytes.size()), bytes.data(), nullptr,
                                              onConflict, nullptr);
        if (rc != SQLITE_OK) {
            throw StoreFailure{{Error::Code::Constraint,
                                tr("The change cannot be applied to %1: the data it touches was changed "
                                   "since (%2).")
                                    .arg(db.path(), QString::fromUtf8(sqlite3_errstr(rc)))}};
        }
        if (outside) {
            SQLite::Statement check(db.sql(), "PRAGMA foreign_key_check");
            if (check.executeStep()) {
                throw StoreFailure{{Error::Code::Constraint,
                                    tr("The change cannot be applied to %1: it would leave a reference to a "
                                       "missing row in %2.")
                                        .arg(db.path(), QString::fromUtf8(check.getColumn(0).getText()))}};
            }
        }
        announce(db, bytes);
    });
    return applied;
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
