// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tianye developers
#include "store/Database.h"

#include "store/ChangeSet.h"
#include "store/Schema.h"
#include "store/SqlValue.h"
#include "text/Ranking.h"
#include "text/Tokenizer.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QUrl>

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

namespace tianye {

namespace {

int pollCancel(void* context)
{
    const auto* cancelled = static_cast<const std::function<bool()>*>(context);
    return (*cancelled)() ? 1 : 0;
}

} // namespace

CancelWatch::CancelWatch(sqlite3* handle, const std::function<bool()>& cancelled, int steps)
    : m_handle(handle)
    , m_set(bool(cancelled))
{
    if (m_set)
        sqlite3_progress_handler(m_handle, steps, pollCancel, const_cast<std::function<bool()>*>(&cancelled));
}

CancelWatch::~CancelWatch()
{
    if (m_set)
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
}

namespace {

constexpr int BusyTimeoutMs = 5000;

} // namespace

QString Database::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

Database::Database(std::unique_ptr<SQLite::Database> db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
{}

Database::~Database() = default;

SQLite::Statement& Database::cached(const std::string& sql)
{
    auto& slot = m_statements[sql];
    if (!slot) {
        slot = std::make_unique<SQLite::Statement>(*m_db, sql);
    } else {
        // tryReset: reset() would throw again the error of the statement's last run
        // (a full disk, a constraint), failing a new write for an old reason.
        slot->tryReset();
        slot->clearBindings();
    }
    return *slot;
}

Result<std::unique_ptr<SQLite::Database>> Database::openReader(const QString& path)
{
    std::unique_ptr<SQLite::Database> db;
    try {
        db = std::make_unique<SQLite::Database>(QFile::encodeName(path).toStdString(), SQLite::OPEN_READONLY,
                                                BusyTimeoutMs);
        db->exec("PRAGMA query_only = 1");
    } catch (const std::exception& e) {
        return fail(Error::Code::Io, tr("Could not read %1: %2").arg(path, QString::fromUtf8(e.what())));
    }
    if (!text::Tokenizer::registerWith(db->getHandle()) || !text::Ranking::registerWith(db->getHandle()))
        return fail(Error::Code::Internal, tr("Could not set up full-text search on %1.").arg(path));
    return db;
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString& path)
{
    const auto connect = [&](bool immutable) -> std::unique_ptr<SQLite::Database> {
        // On a medium nothing can be written to, SQLite cannot make the -shm file a WAL
        // reader needs; immutable=1 reads the file as it is, which is then the truth.
        const std::string name =
            immutable ? QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded().toStdString() +
                            "?immutable=1"
                      : QFile::encodeName(path).toStdString();
        auto db = std::make_unique<SQLite::Database>(
            name, SQLite::OPEN_READONLY | (immutable ? SQLite::OPEN_URI : 0), BusyTimeoutMs);
        db->exec("PRAGMA query_only = 1");
        db->exec("PRAGMA temp_store = MEMORY");
        (void)db->execAndGet("PRAGMA user_version").getInt(); // the first read opens the WAL index
        return db;
    };
    std::unique_ptr<SQLite::Database> db;
    try {
        db = connect(false);
    } catch (const std::exception& first) {
        if (QFileInfo(QFileInfo(path).absolutePath()).isWritable() && QFileInfo(path).isWritable())
            return fail(Error::Code::Io,
                        tr("Could not read %1: %2").arg(path, QString::fromUtf8(first.what())));
        try {
            db = connect(true);
        } catch (const std::exception& e) {
            return fail(Error::Code::Io, tr("Could not read %1: %2").arg(path, QString::fromUtf8(e.what())));
        }
    }
    std::unique_ptr<Database> self(new Database(std::move(db), path));
    if (!text::Tokenizer::registerWith(self->handle()) || !text::Ranking::registerWith(self->handle()))
        return fail(Error::Code::Internal, tr("Could not set up full-text search on %1.").arg(path));
    int version = 0;
    try {
        version = self->schemaVersion();
    } catch (const std::exception& e) {
        return std::unexpected(self->toError(e));
    }
    if (version != schema::currentVersion()) {
        return fail(
            version > schema::currentVersion() ? Error::Code::TooNew : Error::Code::ReadOnly,
            version > schema::currentVersion()
                ? tr("%1 was written by a newer version of Tianye (schema %2; this version reads up to "
                     "%3). Update Tianye to open it.")
                      .arg(path)
                      .arg(version)
                      .arg(schema::currentVersion())
                : tr("%1 was written by an older version of Tianye (schema %2) and must be upgraded "
                     "before it can be read this way: open it once in Tianye (it is backed up first).")
                      .arg(path)
                      .arg(version));
    }
    return self;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, bool create, const QString& backupDir)
{
    std::unique_ptr<Database> self;
    try {
        const int flags = SQLite::OPEN_READWRITE | (create ? SQLite::OPEN_CREATE : 0);
        auto db =
            std::make_unique<SQLite::Database>(QFile::encodeName(path).toStdString(), flags, BusyTimeoutMs);
        self.reset(new Database(std::move(db), path));
    } catch (const std::exception& e) {
        return fail(Error::Code::Io, tr("Could not open %1: %2").arg(path, QString::fromUtf8(e.what())));
    }
    // The search index is kept in sync by triggers, so every connection that writes
    // needs the tokenizer before its first statement.
    if (!text::Tokenizer::registerWith(self->handle()) || !text::Ranking::registerWith(self->handle()))
        return fail(Error::Code::Internal, tr("Could not set up full-text search on %1.").arg(path));
    try {
        auto& db = self->sql();
        if (create) {
            // Page size must be chosen before the first table and before WAL.
            db.exec("PRAGMA page_size = 8192");
            db.exec("PRAGMA application_id = " + std::to_string(schema::ApplicationId));
        }
        db.exec("PRAGMA foreign_keys = ON");
        db.exec("PRAGMA journal_mode = WAL");
        // FULL in WAL mode: a committed change survives power loss, not only a crash.
        db.exec("PRAGMA synchronous = FULL");
        db.exec("PRAGMA temp_store = MEMORY");
        db.exec("PRAGMA cache_size = -32768");
    } catch (const std::exception& e) {
        return std::unexpected(self->toError(e));
    }
#ifndef QT_NO_DEBUG
    sqlite3_update_hook(self->handle(), &Database::checkWrite, self.get());
#endif
    if (auto migrated = self->migrate(backupDir); !migrated)
        return std::unexpected(migrated.error());
    return self;
}

Status Database::migrate(const QString& backupDir)
{
    const int from = schemaVersion();
    const int to = schema::currentVersion();
    if (from > to) {
        return fail(
            Error::Code::TooNew,
            tr("%1 was written by a newer version of Tianye (schema %2; this version reads up to %3). "
               "Update Tianye to open it.")
                .arg(m_path)
                .arg(from)
                .arg(to));
    }
    if (from == to)
        return {};
    if (from > 0 && !backupDir.isEmpty()) {
        QDir().mkpath(backupDir);
        const QString name =
            QStringLiteral("project-%1-before-v%2.db")
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
                .arg(to);
        if (auto saved = backupTo(QDir(backupDir).filePath(name)); !saved)
            return saved;
    }
    // Migrations may move data in recorded tables: they are not steps of the history.
    m_recording = true;
    const auto done = qScopeGuard([this] { m_recording = false; });
    return transact([&] {
        const auto steps = schema::migrations();
        for (int v = from; v < to; ++v) {
            m_db->exec(steps[size_t(v)]);
            m_db->exec("PRAGMA user_version = " + std::to_string(v + 1));
        }
        if (from == 0) {
            const QString now = QString::number(nowMs());
            SQLite::Statement st(*m_db, "INSERT INTO meta(key, value) VALUES ('created_at', ?)");
            sql::bind(st, 1, now);
            st.exec();
        }
    });
}

Result<QSet<RowId>> Database::consentRiskInterviews()
{
    return read([&] {
        SQLite::Statement& version = cached("PRAGMA data_version");
        version.executeStep();
        const qint64 dataVersion = version.getColumn(0).getInt64();
        version.reset();
        const qint64 changes = sqlite3_total_changes64(handle());
        if (dataVersion != m_risk.dataVersion || changes != m_risk.changes) {
            QSet<RowId> ids;
            SQLite::Statement& risk = cached("SELECT interview_id FROM consent_risk_interviews");
            while (risk.executeStep())
                ids.insert(risk.getColumn(0).getInt64());
            risk.reset();
            m_risk = {dataVersion, changes, std::move(ids)};
        }
        return m_risk.ids;
    });
}

int Database::schemaVersion()
{
    return m_db->execAndGet("PRAGMA user_version").getInt();
}

QString Database::meta(const QString& key)
{
    auto value = read([&] {
        SQLite::Statement st(*m_db, "SELECT value FROM meta WHERE key = ?");
        sql::bind(st, 1, key);
        return st.executeStep() ? sql::text(st.getColumn(0)) : QString();
    });
    return value.value_or(QString());
}

Status Database::setMeta(const QString& key, const QString& value)
{
    return writeLocal([&] {
        SQLite::Statement st(*m_db, "INSERT INTO meta(key, value) VALUES (?, ?) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        sql::bind(st, 1, key);
        sql::bind(st, 2, value);
        st.exec();
    });
}

void Database::checkWrite(void* self, int, const char*, const char* table, long long)
{
    const auto* db = static_cast<const Database*>(self);
    if (!db->m_recording && ChangeSet::records(table))
        qFatal("A write to %s of %s outside a recorded step of the history: every change must go through "
               "a verb (ops::Session::run).",
               table, qPrintable(db->m_path));
}

void Database::begin()
{
    m_db->exec("SAVEPOINT tianye_" + std::to_string(m_depth));
    m_pendingMarks.push_back(m_pending.size());
    ++m_depth;
}

void Database::commit()
{
    // Released first: a RELEASE that fails (a full disk at COMMIT) leaves the depth as
    // it was, for write() to roll back.
    m_db->exec("RELEASE tianye_" + std::to_string(m_depth - 1));
    --m_depth;
    const size_t from = m_pendingMarks.back();
    m_pendingMarks.pop_back();
    if (m_depth > 0 && from < m_pending.size()) {
        // The inner savepoint's changes now belong to the outer one: coalesce them there.
        std::vector<Change> inner(std::make_move_iterator(m_pending.begin() + qsizetype(from)),
                                  std::make_move_iterator(m_pending.end()));
        m_pending.resize(from);
        for (Change& c : inner)
            record(std::move(c));
    }
    if (m_depth == 0) {
        std::vector<Change> changes;
        changes.swap(m_pending);
        if (m_holds > 0) {
            m_held.insert(m_held.end(), changes.begin(), changes.end());
            return;
        }
        for (const Change& c : changes)
            Q_EMIT m_notifier.changed(c);
    }
}

void Database::releaseNotices()
{
    if (m_holds == 0 || --m_holds > 0)
        return;
    std::vector<Change> changes;
    changes.swap(m_held);
    for (const Change& c : changes)
        Q_EMIT m_notifier.changed(c);
}

void Database::rollback()
{
    --m_depth;
    const std::string name = "tianye_" + std::to_string(m_depth);
    try {
        m_db->exec("ROLLBACK TO " + name);
        m_db->exec("RELEASE " + name);
    } catch (const std::exception&) {
        // SQLite may already have rolled the transaction back itself (e.g. SQLITE_FULL).
    }
    m_pending.resize(m_pendingMarks.back());
    m_pendingMarks.pop_back();
}

void Database::releaseSpace() noexcept
{
    if (m_depth != 0)
        return;
    try {
        m_db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const std::exception&) {
        // Best effort: the disk may be too full even for that.
    }
}

void Database::record(Change change)
{
    if (m_depth == 0) {
        if (m_holds > 0)
            m_held.push_back(std::move(change));
        else
            Q_EMIT m_notifier.changed(change);
        return;
    }
    // Coalesce so bulk work sends few signals: inserts and removals with the change
    // just before them (their order matters), updates with any update of the same
    // fields recorded in this savepoint (re-reading a row twice gains nothing).
    const size_t first = m_pendingMarks.empty() ? 0 : m_pendingMarks.back();
    for (size_t i = m_pending.size(); i > first; --i) {
        Change& earlier = m_pending[i - 1];
        if (earlier.entity == change.entity && earlier.kind == change.kind &&
            earlier.fields == change.fields) {
            for (RowId id : std::as_const(change.ids)) {
                if (earlier.ids.isEmpty() || earlier.ids.back() != id)
                    earlier.ids.append(id);
            }
            return;
        }
        if (change.kind != ChangeKind::Updated)
            break;
    }
    m_pending.push_back(std::move(change));
}

void Database::announceParentInterview(Entity entity, const char* table, RowId id)
{
    if (entity != Entity::Segment && entity != Entity::Quote && entity != Entity::Media)
        return;
    SQLite::Statement& st = cached("SELECT interview_id FROM " + std::string(table) + " WHERE id = ?");
    st.bind(1, static_cast<int64_t>(id));
    if (st.executeStep())
        record({Entity::Interview,
                ChangeKind::Updated,
                {RowId(st.getColumn(0).getInt64())},
                {QStringLiteral("material")}});
    st.reset();
}

Status Database::updateColumn(const WriteScope& w, Entity entity, const char* table, RowId id,
                              const QString& column, const QVariant& value)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_]+$"));
    if (!identifier.match(column).hasMatch())
        return fail(Error::Code::InvalidArgument, tr("Unknown field \"%1\".").arg(column));
    return write(w, [&] {
        SQLite::Statement st(*m_db, "UPDATE " + std::string(table) + " SET " + column.toStdString() +
                                        " = ?, updated_at = ?, author_id = ? WHERE id = ?");
        sql::bindVariant(st, 1, value);
        st.bind(2, static_cast<int64_t>(nowMs()));
        sql::bindId(st, 3, m_author);
        st.bind(4, static_cast<int64_t>(id));
        if (st.exec() == 0) {
            throw StoreFailure{
                {Error::Code::NotFound, tr("There is no %1 with id %2.").arg(entityName(entity)).arg(id)}};
        }
        record({entity, ChangeKind::Updated, {id}, {column}});
    });
}

Status Database::removeRow(const WriteScope& w, Entity entity, const char* table, RowId id)
{
    return write(w, [&] {
        announceParentInterview(entity, table, id);
        SQLite::Statement st(*m_db, "DELETE FROM " + std::string(table) + " WHERE id = ?");
        st.bind(1, static_cast<int64_t>(id));
        if (st.exec() == 0) {
            throw StoreFailure{
                {Error::Code::NotFound, tr("There is no %1 with id %2.").arg(entityName(entity)).arg(id)}};
        }
        record({entity, ChangeKind::Removed, {id}, {}});
    });
}

RowId Database::rowIdForUuid(const char* table, const QString& uuid)
{
    auto found = read([&] {
        SQLite::Statement st(*m_db, "SELECT id FROM " + std::string(table) + " WHERE uuid = ?");
        sql::bind(st, 1, uuid);
        return st.executeStep() ? RowId(st.getColumn(0).getInt64()) : NoRow;
    });
    return found.value_or(NoRow);
}

Status Database::backupTo(const QString& file)
{
    try {
        SQLite::Database target(QFile::encodeName(file).toStdString(),
                                SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        SQLite::Backup backup(target, *m_db);
        backup.executeStep(-1);
        return {};
    } catch (const std::exception& e) {
        QFile::remove(file);
        return fail(Error::Code::Io,
                    tr("Could not write the backup %1: %2").arg(file, QString::fromUtf8(e.what())));
    }
}

Status Database::rebuildSearchIndex()
{
    return writeLocal([&] {
        for (const auto& table : schema::searchTables()) {
            const std::string fts = table.fts;
            m_db->exec("INSERT INTO " + fts + "(" + fts + ") VALUES ('rebuild')");
        }
    });
}

QStringList Database::checkSearchIndex()
{
    QStringList problems;
    for (const auto& table : schema::searchTables()) {
        const std::string fts = table.fts;
        try {
            m_db->exec("INSERT INTO " + fts + "(" + fts + ", rank) VALUES ('integrity-check', 1)");
        } catch (const std::exception& e) {
            problems << tr("Search index of %1: %2")
                            .arg(QLatin1String(table.content), QString::fromUtf8(e.what()));
        }
    }
    return problems;
}

Error Database::toError(const std::exception& e) const
{
    const QString what = QString::fromUtf8(e.what());
    int code = SQLITE_ERROR;
    if (const auto* se = dynamic_cast<const SQLite::Exception*>(&e))
        code = se->getErrorCode();
    switch (code & 0xff) {
    case SQLITE_FULL:
        return {
            Error::Code::DiskFull,
            tr("The disk holding %1 is full. The last change was not saved; everything before it is safe.")
                .arg(m_path)};
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return {
            Error::Code::ReadOnly,
            tr("%1 cannot be written (read-only file or disk). The last change was not saved.").arg(m_path)};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {Error::Code::Corrupt, tr("%1 is damaged: %2").arg(m_path, what)};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {Error::Code::Locked, tr("%1 is busy in another process: %2").arg(m_path, what)};
    case SQLITE_CONSTRAINT:
        return {Error::Code::Constraint, tr("The change was refused by %1: %2").arg(m_path, what)};
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return {Error::Code::Io, tr("Reading or writing %1 failed: %2").arg(m_path, what)};
    default:
        return {Error::Code::Internal, tr("Database error in %1: %2").arg(m_path, what)};
    }
}

} // namespace tianye
