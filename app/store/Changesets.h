// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

// Reading SQLite session changesets, for the history (ChangeSet) and the change log
// (ChangeLog). Internal to the store. sqlite3.h declares the session extension only
// when asked, so the including file defines these before its first include.
#if !defined(SQLITE_ENABLE_SESSION) || !defined(SQLITE_ENABLE_PREUPDATE_HOOK)
#error "define SQLITE_ENABLE_SESSION and SQLITE_ENABLE_PREUPDATE_HOOK before the first include"
#endif

#include <QByteArray>

#include <sqlite3.h>

#include <memory>

namespace tianye::changeset {

struct IterDeleter
{
    void operator()(sqlite3_changeset_iter* i) const { sqlite3changeset_finalize(i); }
};
using Iterator = std::unique_ptr<sqlite3_changeset_iter, IterDeleter>;

// An iterator over the rows of bytes; null when they are not a changeset.
inline Iterator iterate(const QByteArray& bytes)
{
    sqlite3_changeset_iter* raw = nullptr;
    if (sqlite3changeset_start(&raw, int(bytes.size()), const_cast<char*>(bytes.data())) != SQLITE_OK)
        return nullptr;
    return Iterator(raw);
}

// The row the iterator is at: its table, how many columns the table has, and
// SQLITE_INSERT, SQLITE_UPDATE or SQLITE_DELETE.
struct Row
{
    const char* table = nullptr;
    int columns = 0;
    int op = 0;
};
inline Row row(sqlite3_changeset_iter* iter)
{
    Row r;
    int indirect = 0;
    sqlite3changeset_op(iter, &r.table, &r.columns, &r.op, &indirect);
    return r;
}

// A column's value before and after the change; null where the change has none (an
// update leaves unchanged columns out).
inline sqlite3_value* oldValue(sqlite3_changeset_iter* iter, int column)
{
    sqlite3_value* v = nullptr;
    return sqlite3changeset_old(iter, column, &v) == SQLITE_OK ? v : nullptr;
}
inline sqlite3_value* newValue(sqlite3_changeset_iter* iter, int column)
{
    sqlite3_value* v = nullptr;
    return sqlite3changeset_new(iter, column, &v) == SQLITE_OK ? v : nullptr;
}

} // namespace tianye::changeset
