// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#pragma once

#include "core/Error.h"
#include "core/Ids.h"
#include "store/Change.h"
#include "store/WriteScope.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QVariant>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <functional>
#include <map>
#include <memory>
#include <type_traits>
#include <vector>

struct sqlite3;

namespace tianye {

// Thrown only inside a Database::write()/read() body to fail with a specific error;
// caught there and returned as std::unexpected. Never leaves the store.
struct StoreFailure
{
    Error error;
};

// Inside a write()/read() body: the value, or a StoreFailure that rolls the body back.
template <class T> T orThrow(Result<T> result)
{
    if (!result)
        throw StoreFailure{std::move(result.error())};
    return std::move(*result);
}

inline void orThrow(Status status)
{
    if (!status)
        throw StoreFailure{std::move(status.error())};
}

// While alive, SQLite calls cancelled every `steps` virtual-machine steps of the
// statements running on handle and interrupts them (SQLITE_INTERRUPT) once it
// returns true. An empty function watches nothing.
class CancelWatch final
{
    Q_DISABLE_COPY_MOVE(CancelWatch)

public:
    CancelWatch(sqlite3* handle, const std::function<bool()>& cancelled, int steps);
    ~CancelWatch();

private:
    sqlite3* m_handle;
    bool m_set = false;
};

// One SQLite connection to a project.db with Tianye's settings. Every write runs
// inside write(): a savepoint that commits as a whole or not at all, after which the
// changes it recorded are announced through the notifier.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(tianye::Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    // The SQLite library version in use, e.g. "3.40.1".
    static QString sqliteVersion();

    // Opens (or with create, makes) the database file read-write, applies the
    // connection settings and migrates it to the current schema. A backup is taken
    // into backupDir before an existing database is migrated.
    static Result<std::unique_ptr<Database>> open(const QString& path, bool create, const QString& backupDir);
    // The one way a worker thread reads a project beside the window's connection (the
    // quote browser's loads, dossiers, checks, backups): read-only and query-only,
    // waiting (busy_timeout) rather than failing while a write commits, with search's
    // tokenizer and ranking registered.
    static Result<std::unique_ptr<SQLite::Database>> openReader(const QString& path);
    // Opens the database for reading only (read-only tools: search, lists, exports): no
    // migration and no write; it reads while another process writes (WAL), and from a
    // folder or medium it cannot write to. A database of an older schema is refused with
    // a word on how to upgrade it.
    static Result<std::unique_ptr<Database>> openReadOnly(const QString& path);
    ~Database();

    SQLite::Database& sql() { return *m_db; }
    sqlite3* handle() const { return m_db->getHandle(); }
    const QString& path() const { return m_path; }
    ChangeNotifier& notifier() { return m_notifier; }

    // The researcher recorded as author of the rows written from now on.
    void setAuthor(RowId researcherId) { m_author = researcherId; }
    RowId author() const { return m_author; }

    int schemaVersion();
    QString meta(const QString& key);
    Status setMeta(const QString& key, const QString& value);

    // Runs body in a savepoint, as part of a recorded step of the history (the scope
    // proves it). Returns its value, or the error that made it roll back.
    template <class F> auto write(const WriteScope&, F&& body) -> Result<std::invoke_result_t<F>>
    {
        return transact(std::forward<F>(body));
    }
    // The same for what is local to this copy and never in the history: caches, prepared
    // search rankings, meta, the derived search index. Debug builds stop on a change to a
    // recorded table made outside a recorded step (a write that bypasses the history).
    template <class F> auto writeLocal(F&& body) -> Result<std::invoke_result_t<F>>
    {
        return transact(std::forward<F>(body));
    }
    // Runs a read-only body, turning SQLite exceptions into errors.
    template <class F> auto read(F&& body) -> Result<std::invoke_result_t<F>>;

    // Queues a change for announcement when the outermost write commits.
    void record(Change change);
    // While held, the changes of committed writes are kept, and announced when the
    // last hold is released: the verbs layer puts a step on the history before any
    // view hears of it (a view that writes then makes a step of its own, after it).
    void holdNotices() { ++m_holds; }
    void releaseNotices();
    // Segments, quotes and media change what the interview log shows about their
    // interview (counts, audio): records an update of that interview too.
    void announceParentInterview(Entity entity, const char* table, RowId id);

    // Generic helpers used by the repositories.
    Status updateColumn(const WriteScope& w, Entity entity, const char* table, RowId id,
                        const QString& column, const QVariant& value);
    Status removeRow(const WriteScope& w, Entity entity, const char* table, RowId id);
    RowId rowIdForUuid(const char* table, const QString& uuid);

    // A prepared statement kept for reuse, reset and with its bindings cleared.
    // For statements run to completion at once (inserts, updates), not for loops
    // that might run the same SQL again while iterating.
    SQLite::Statement& cached(const std::string& sql);

    // Online copy of the whole database (sqlite3 backup API) into file.
    Status backupTo(const QString& file);

    // The interviews in which consent may withhold words (consent_risk_interviews): read
    // again only after a write, by this connection or another, since it was last read
    // (every search asks; on 10,000 interviews reading it takes ~20 ms).
    Result<QSet<RowId>> consentRiskInterviews();

    // Re-reads every indexed row into the full-text index.
    Status rebuildSearchIndex();
    // FTS5's own check that each index matches its table; problems by table.
    QStringList checkSearchIndex();

    // Turns a SQLite exception into an error that names this database.
    Error toError(const std::exception& e) const;

private:
    friend class ChangeSet; // applies and records steps of the history
    Database(std::unique_ptr<SQLite::Database> db, QString path);
    template <class F> auto transact(F&& body) -> Result<std::invoke_result_t<F>>;
    // While a step is recorded or applied: writes to recorded tables are expected.
    void setRecording(bool on) { m_recording = on; }
    static void checkWrite(void* self, int op, const char* database, const char* table, long long rowid);
    void begin();
    void commit();
    void rollback();
    Status migrate(const QString& backupDir);

    // Statements are declared after the connection so they are finalized before it closes.
    std::unique_ptr<SQLite::Database> m_db;
    std::map<std::string, std::unique_ptr<SQLite::Statement>> m_statements;
    QString m_path;
    ChangeNotifier m_notifier;
    RowId m_author = NoRow;
    // After a write failed for a full disk: the rolled-back pages still fill the WAL
    // file; a truncating checkpoint gives that space back so small edits can go on.
    void releaseSpace() noexcept;

    struct RiskMemo
    {
        qint64 dataVersion = -1; // PRAGMA data_version: moves when another connection commits
        qint64 changes = -1;     // this connection's total changes
        QSet<RowId> ids;
    } m_risk;

    int m_depth = 0;
    int m_holds = 0;
    std::vector<Change> m_held;
    bool m_recording = false;
    std::vector<size_t> m_pendingMarks;
    std::vector<Change> m_pending;
};

template <class F> auto Database::transact(F&& body) -> Result<std::invoke_result_t<F>>
{
    using T = std::invoke_result_t<F>;
    try {
        begin();
    } catch (const std::exception& e) {
        return std::unexpected(toError(e));
    }
    try {
        if constexpr (std::is_void_v<T>) {
            body();
            commit();
            return {};
        } else {
            T value = body();
            commit();
            return value;
        }
    } catch (const StoreFailure& f) {
        rollback();
        return std::unexpected(f.error);
    } catch (const std::exception& e) {
        Error error = toError(e);
        rollback();
        if (error.code == Error::Code::DiskFull)
            releaseSpace();
        return std::unexpected(std::move(error));
    }
}

template <class F> auto Database::read(F&& body) -> Result<std::invoke_result_t<F>>
{
    using T = std::invoke_result_t<F>;
    try {
        if constexpr (std::is_void_v<T>) {
            body();
            return {};
        } else {
            return body();
        }
    } catch (const StoreFailure& f) {
        return std::unexpected(f.error);
    } catch (const std::exception& e) {
        return std::unexpected(toError(e));
    }
}

} // namespace tianye
